#pragma once

#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QTextEdit;

namespace Actes {

class SpellChecker;

// Underlines the words the spell checker does not know with a red wavy line
// (QTextCharFormat::SpellCheckUnderline), block by block. Code-formatted text (fixed pitch),
// URLs, e-mail addresses and `code` are not checked. With no checker, or a checker without
// a dictionary, nothing is underlined.
//
// QSyntaxHighlighter re-highlights only the blocks that change; word results are cached by
// the SpellChecker, so a keystroke costs one paragraph and a few hash lookups.
class SpellHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellHighlighter)
public:
    // The checker must outlive the highlighter (one checker can serve several editors).
    SpellHighlighter(QTextDocument *document, SpellChecker *checker);

    // Turns checking on or off (re-highlights the document).
    void setEnabled(bool enabled);
    bool isEnabled() const;
    // Whether words are actually checked: enabled and the checker has a dictionary.
    bool isActive() const;

    SpellChecker *checker() const { return m_checker; }
    // After the checker's language changed.
    void setChecker(SpellChecker *checker);

    // With an editor, the word being typed (the cursor right at its end) is not underlined
    // until the cursor leaves it, as in word processors.
    void setEditor(QTextEdit *editor);

    // Re-highlights the blocks that contain `word` (after "Add to dictionary" or "Ignore").
    void rehighlightWord(const QString &word);

    // The underline format used for unknown words.
    static QTextCharFormat misspelledFormat();

protected:
    void highlightBlock(const QString &text) override;

private:
    void cursorMoved();

    SpellChecker *m_checker = nullptr;
    bool m_enabled = true;
    QPointer<QTextEdit> m_editor;
    int m_deferredBlock = -1;     // block number where the word at the cursor was not checked
    int m_deferredPosition = -1;  // cursor position (in the document) at that time
};

} // namespace Actes
