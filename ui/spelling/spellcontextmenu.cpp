#include "spelling/spellcontextmenu.h"

#include "spelling/spellhighlighter.h"
#include "text/spellchecker.h"
#include "text/typography.h"

#include <QAction>
#include <QFont>
#include <QMenu>
#include <QPointer>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>

namespace Actes {

QTextCursor SpellContextMenu::wordAt(QTextDocument *document, int position)
{
    QTextCursor cursor(document);
    cursor.setPosition(position);
    const QTextBlock block = cursor.block();
    const int inBlock = position - block.position();
    for (const TextRange &word : SpellChecker::words(block.text())) {
        // The mouse may be just after the last letter.
        if (inBlock >= word.start && inBlock <= word.end()) {
            cursor.setPosition(block.position() + word.start);
            cursor.setPosition(block.position() + word.end(), QTextCursor::KeepAnchor);
            return cursor;
        }
    }
    return cursor;
}

void SpellContextMenu::replaceWord(QTextCursor cursor, const QString &text)
{
    if (!cursor.hasSelection())
        return;
    QTextCursor probe(cursor);
    probe.setPosition(cursor.selectionStart() + 1);
    const QTextCharFormat format = probe.charFormat();
    cursor.beginEditBlock();
    cursor.insertText(text, format);
    cursor.endEditBlock();
}

int SpellContextMenu::extend(QMenu *menu, QTextEdit *editor, const QPoint &pos,
                             SpellChecker &checker, SpellHighlighter &highlighter)
{
    if (!menu || !editor || !highlighter.isActive())
        return 0;
    const QTextCursor at = editor->cursorForPosition(pos);
    const QTextCursor word = wordAt(editor->document(), at.position());
    if (!word.hasSelection())
        return 0;
    const QString text = word.selectedText();
    if (isCodeFormat(word.charFormat()))
        return 0;
    if (checker.isCorrect(text))
        return 0;

    QAction *first = menu->actions().isEmpty() ? nullptr : menu->actions().constFirst();
    QList<QAction *> added;
    const int start = word.selectionStart();
    const int end = word.selectionEnd();
    QPointer<QTextEdit> target(editor);

    if (!editor->isReadOnly()) {
        const QStringList suggestions = checker.suggestions(text, MaxSuggestions);
        for (const QString &suggestion : suggestions) {
            auto *action = new QAction(suggestion, menu);
            QFont font = action->font();
            font.setBold(true);
            action->setFont(font);
            QObject::connect(action, &QAction::triggered, editor, [target, start, end, text, suggestion] {
                if (!target)
                    return;
                QTextCursor cursor(target->document());
                cursor.setPosition(start);
                cursor.setPosition(end, QTextCursor::KeepAnchor);
                if (cursor.selectedText() != text)
                    return;   // the text changed meanwhile
                replaceWord(cursor, suggestion);
            });
            added.append(action);
        }
        if (suggestions.isEmpty()) {
            auto *none = new QAction(tr("No Suggestions"), menu);
            none->setEnabled(false);
            added.append(none);
        }
    }
    SpellChecker *spell = &checker;
    QPointer<SpellHighlighter> highlight(&highlighter);
    auto *add = new QAction(tr("Add \u201C%1\u201D to Dictionary").arg(text), menu);
    QObject::connect(add, &QAction::triggered, editor, [spell, highlight, text] {
        spell->addToPersonalDictionary(text);
        if (highlight)
            highlight->rehighlightWord(text);
    });
    added.append(add);
    auto *ignore = new QAction(tr("Ignore \u201C%1\u201D").arg(text), menu);
    QObject::connect(ignore, &QAction::triggered, editor, [spell, highlight, text] {
        spell->ignoreWord(text);
        if (highlight)
            highlight->rehighlightWord(text);
    });
    added.append(ignore);

    menu->insertActions(first, added);
    if (first)
        menu->insertSeparator(first);
    return int(added.size());
}

} // namespace Actes
