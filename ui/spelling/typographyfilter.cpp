#include "spelling/typographyfilter.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>

namespace Actes {

TypographyFilter::TypographyFilter(QTextEdit *editor) : QObject(editor), m_editor(editor)
{
    editor->installEventFilter(this);
}

TypographyFilter::~TypographyFilter()
{
    if (m_editor)
        m_editor->removeEventFilter(this);
}

bool TypographyFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_editor || event->type() != QEvent::KeyPress || m_forwarding || !m_enabled
        || m_editor->isReadOnly())
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    QChar typed;
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        if (key->modifiers() & ~(Qt::KeypadModifier))
            return QObject::eventFilter(watched, event);   // Shift+Enter: a line break
        typed = QChar::ParagraphSeparator;
    } else {
        const QString text = key->text();
        if (text.size() != 1 || !text.at(0).isPrint()
            || (key->modifiers() & (Qt::ControlModifier | Qt::MetaModifier)))
            return QObject::eventFilter(watched, event);
        typed = text.at(0);
    }
    // Let the editor handle the key first, then look at what it did.
    const int blocksBefore = m_editor->document()->blockCount();
    m_forwarding = true;
    QCoreApplication::sendEvent(m_editor, event);
    m_forwarding = false;
    afterKey(typed, blocksBefore);
    return true;
}

void TypographyFilter::afterKey(QChar typed, int blocksBefore)
{
    QTextCursor cursor = m_editor->textCursor();
    if (cursor.hasSelection())
        return;
    QTextBlock block = cursor.block();
    int inBlock = cursor.positionInBlock();
    if (typed == QChar::ParagraphSeparator) {
        // Enter split the paragraph: look at the end of the previous one.
        if (m_editor->document()->blockCount() != blocksBefore + 1 || !cursor.atBlockStart()
            || !block.previous().isValid())
            return;
        block = block.previous();
        inBlock = block.length() - 1;
        if (inBlock < 1)
            return;
    } else {
        if (inBlock < 1 || block.text().at(inBlock - 1) != typed)
            return;   // the key did not insert the character (autocompletion, shortcut...)
    }
    // Never in links or code.
    QTextCursor probe(block);
    probe.setPosition(block.position() + inBlock);
    if (isTypographyProtectedFormat(probe.charFormat()))
        return;

    const TypographyEdit edit = typographyForKeystroke(block.text(), inBlock, typed, m_options);
    if (edit.isNull())
        return;
    // Its own undo step: Ctrl+Z undoes the fix and leaves what was typed.
    QTextCursor change(block);
    const QTextCharFormat format = probe.charFormat();
    change.beginEditBlock();
    change.setPosition(block.position() + edit.position);
    change.setPosition(block.position() + edit.position + edit.length, QTextCursor::KeepAnchor);
    change.insertText(edit.text, format);
    change.endEditBlock();
    if (typed != QChar::ParagraphSeparator
        && m_editor->textCursor().position() != block.position() + edit.cursorPosition) {
        cursor.setPosition(block.position() + edit.cursorPosition);
        m_editor->setTextCursor(cursor);
    }
    ++m_fixCount;
    emit fixed();
}

} // namespace Actes
