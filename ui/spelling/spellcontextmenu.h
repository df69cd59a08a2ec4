#pragma once

#include <QCoreApplication>
#include <QPoint>
#include <QTextCursor>

class QMenu;
class QTextEdit;

namespace Actes {

class SpellChecker;
class SpellHighlighter;

// Adds the spelling actions at the top of an editor's context menu when the word under the
// mouse is misspelt: up to five suggestions (choosing one replaces the word as one undo
// step, keeping its formatting), "Add to Dictionary" and "Ignore", then a separator.
//
// In the editor's contextMenuEvent():
//     QMenu *menu = createStandardContextMenu(event->pos());
//     SpellContextMenu::extend(menu, this, event->pos(), checker, highlighter);
class SpellContextMenu
{
    Q_DECLARE_TR_FUNCTIONS(SpellContextMenu)
public:
    // `pos` in the editor's viewport coordinates (QContextMenuEvent::pos() in a QTextEdit).
    // Returns the number of actions added (0 when the word is correct, the highlighter is
    // inactive or there is no word there). The checker must outlive the menu.
    static int extend(QMenu *menu, QTextEdit *editor, const QPoint &pos, SpellChecker &checker,
                      SpellHighlighter &highlighter);

    // The word at a document position, selected in the returned cursor (no selection when
    // there is no word there).
    static QTextCursor wordAt(QTextDocument *document, int position);

    // Replaces the selection of `cursor` with `text` as one undo step, keeping the character
    // format of the first selected character.
    static void replaceWord(QTextCursor cursor, const QString &text);

    static constexpr int MaxSuggestions = 5;
};

} // namespace Actes
