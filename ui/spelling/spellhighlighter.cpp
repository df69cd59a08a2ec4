#include "spelling/spellhighlighter.h"

#include "text/spellchecker.h"
#include "text/typography.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>

namespace Actes {

SpellHighlighter::SpellHighlighter(QTextDocument *document, SpellChecker *checker)
    : QSyntaxHighlighter(document), m_checker(checker)
{
}

void SpellHighlighter::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    rehighlight();
}

bool SpellHighlighter::isEnabled() const
{
    return m_enabled;
}

bool SpellHighlighter::isActive() const
{
    return m_enabled && m_checker && m_checker->isValid();
}

void SpellHighlighter::setChecker(SpellChecker *checker)
{
    m_checker = checker;
    rehighlight();
}

void SpellHighlighter::setEditor(QTextEdit *editor)
{
    if (m_editor)
        disconnect(m_editor, nullptr, this, nullptr);
    m_editor = editor;
    if (editor)
        connect(editor, &QTextEdit::cursorPositionChanged, this, &SpellHighlighter::cursorMoved);
}

void SpellHighlighter::cursorMoved()
{
    if (m_deferredBlock < 0 || !m_editor)
        return;
    if (m_editor->textCursor().position() == m_deferredPosition)
        return;
    const QTextBlock block = document()->findBlockByNumber(m_deferredBlock);
    m_deferredBlock = -1;
    m_deferredPosition = -1;
    if (block.isValid())
        rehighlightBlock(block);
}

void SpellHighlighter::rehighlightWord(const QString &word)
{
    QTextDocument *doc = document();
    if (!doc || word.isEmpty())
        return;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.text().contains(word))
            rehighlightBlock(block);
    }
}

QTextCharFormat SpellHighlighter::misspelledFormat()
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    format.setUnderlineColor(QColor(Qt::red));
    return format;
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    if (!isActive() || text.isEmpty())
        return;
    // Code-formatted runs are not prose.
    QList<TextRange> code;
    const QTextBlock block = currentBlock();
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (fragment.isValid() && isCodeFormat(fragment.charFormat()))
            code.append({fragment.position() - block.position(), fragment.length()});
    }
    // The word being typed: the editor's cursor right at its end.
    int typing = -1;
    if (m_editor) {
        const QTextCursor cursor = m_editor->textCursor();
        if (!cursor.hasSelection() && cursor.block() == block)
            typing = cursor.positionInBlock();
    }
    static const QTextCharFormat format = misspelledFormat();
    for (const TextRange &word : SpellChecker::words(text)) {
        if (std::any_of(code.cbegin(), code.cend(),
                        [&](const TextRange &r) { return r.contains(word.start); }))
            continue;
        if (word.end() == typing) {
            m_deferredBlock = block.blockNumber();
            m_deferredPosition = block.position() + typing;
            continue;
        }
        if (!m_checker->isCorrect(text.mid(word.start, word.length)))
            setFormat(word.start, word.length, format);
    }
}

} // namespace Actes
