#include "editor/findreplacebar.h"

#include "editor/textformatting.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Actes {

FindReplaceBar::FindReplaceBar(QWidget *parent)
    : QWidget(parent)
{
    m_find = new QLineEdit(this);
    m_find->setPlaceholderText(tr("Find"));
    m_find->setAccessibleName(tr("Text to find"));
    m_find->setClearButtonEnabled(true);
    m_replace = new QLineEdit(this);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setAccessibleName(tr("Replacement text"));
    m_case = new QCheckBox(tr("Match &case"), this);
    m_wholeWords = new QCheckBox(tr("&Whole words"), this);
    m_message = new QLabel(this);
    m_message->setMinimumWidth(80);

    auto *previous = new QPushButton(tr("&Previous"), this);
    previous->setToolTip(tr("Find the previous occurrence (Shift+F3)"));
    auto *next = new QPushButton(tr("&Next"), this);
    next->setToolTip(tr("Find the next occurrence (Enter, F3)"));
    auto *replace = new QPushButton(tr("&Replace"), this);
    replace->setToolTip(tr("Replace this occurrence and find the next one"));
    auto *replaceAllButton = new QPushButton(tr("Replace &All"), this);
    replaceAllButton->setToolTip(tr("Replace every occurrence (one undo step)"));
    auto *close = new QToolButton(this);
    close->setIcon(QIcon::fromTheme(u"window-close"_s));
    if (close->icon().isNull())
        close->setText(u"×"_s);
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Esc)"));
    close->setAccessibleName(tr("Close the find bar"));

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(close);
    m_replaceRow = new QWidget(this);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(replace);
    replaceRow->addWidget(replaceAllButton);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_case);
    optionsRow->addWidget(m_wholeWords);
    optionsRow->addStretch();
    optionsRow->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);
    layout->addLayout(optionsRow);

    connect(m_find, &QLineEdit::returnPressed, this, &FindReplaceBar::findNext);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindReplaceBar::replaceCurrent);
    connect(next, &QPushButton::clicked, this, &FindReplaceBar::findNext);
    connect(previous, &QPushButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(replace, &QPushButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(replaceAllButton, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_find, &QLineEdit::textChanged, this, [this] { setMessage({}); });
    hide();
}

void FindReplaceBar::setEditor(QTextEdit *editor)
{
    m_editor = editor;
}

void FindReplaceBar::prepare(bool replace)
{
    if (m_editor) {
        const QString selected = m_editor->textCursor().selectedText();
        if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
            m_find->setText(selected);
    }
    m_replaceRow->setVisible(replace);
    setMessage({});
    show();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

void FindReplaceBar::showFind()
{
    prepare(false);
}

void FindReplaceBar::showReplace()
{
    prepare(true);
    if (!m_find->text().isEmpty())
        m_replace->setFocus(Qt::ShortcutFocusReason);
}

bool FindReplaceBar::find(bool backward)
{
    if (!m_editor || m_find->text().isEmpty())
        return false;
    const TextFormatting::FindOptions options{m_case->isChecked(), m_wholeWords->isChecked()};
    const QTextCursor found = TextFormatting::find(m_editor->document(), m_find->text(),
                                                   m_editor->textCursor(), options, backward);
    if (found.isNull()) {
        setMessage(tr("Not found"), true);
        return false;
    }
    setMessage({});
    m_editor->setTextCursor(found);
    m_editor->ensureCursorVisible();
    return true;
}

bool FindReplaceBar::findNext()
{
    return find(false);
}

bool FindReplaceBar::findPrevious()
{
    return find(true);
}

bool FindReplaceBar::replaceCurrent()
{
    if (!m_editor || m_editor->isReadOnly() || m_find->text().isEmpty())
        return false;
    QTextCursor cursor = m_editor->textCursor();
    const Qt::CaseSensitivity cs = m_case->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (cursor.hasSelection() && cursor.selectedText().compare(m_find->text(), cs) == 0) {
        cursor.insertText(m_replace->text());
        m_editor->setTextCursor(cursor);
    }
    return findNext();
}

int FindReplaceBar::replaceAll()
{
    if (!m_editor || m_editor->isReadOnly())
        return 0;
    const TextFormatting::FindOptions options{m_case->isChecked(), m_wholeWords->isChecked()};
    const int count = TextFormatting::replaceAll(m_editor->document(), m_find->text(),
                                                 m_replace->text(), options);
    setMessage(count == 0 ? tr("Not found") : tr("%n replaced", nullptr, count), count == 0);
    return count;
}

void FindReplaceBar::setMessage(const QString &message, bool problem)
{
    m_message->setText(message);
    QPalette pal = palette();
    if (problem)
        pal.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_message->setPalette(pal);
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        if (m_editor)
            m_editor->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (event->key() == Qt::Key_F3) {
        find(event->modifiers() & Qt::ShiftModifier);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Actes
