#pragma once

#include <QString>
#include <QTextCursor>

class QTextDocument;
class QTextEdit;

namespace Actes {

// The formatting operations of the editor, as free functions on a cursor, so that the
// actions, the editor's keyboard handling and the tests share them. Every function that
// changes the document makes one undo step.
namespace TextFormatting {

enum class BlockStyle { Paragraph, Heading2, Heading3, Heading4, Quotation };

BlockStyle blockStyle(const QTextBlock &block);
void setBlockStyle(QTextCursor cursor, BlockStyle style);

// Bold, italic, underline, strikethrough: applied to the selection, or to the word under the
// cursor when there is no selection (like word processors), and to what is typed next.
void setBold(QTextEdit *edit, bool on);
void setItalic(QTextEdit *edit, bool on);
void setUnderline(QTextEdit *edit, bool on);
void setStrikeOut(QTextEdit *edit, bool on);
void mergeFormatOnWordOrSelection(QTextEdit *edit, const QTextCharFormat &format);

// Toggles a bullet (ordered == false) or numbered list on the selected blocks.
void toggleList(QTextCursor cursor, bool ordered);
bool isInList(const QTextCursor &cursor, bool ordered);
// Nests (+1) or un-nests (-1) the current list item(s). Outside a list, does nothing.
void changeListIndent(QTextCursor cursor, int delta);

// Character formatting back to plain text (links included); headings and quotations of the
// selected blocks become paragraphs when the whole block is selected or nothing is.
void clearFormatting(QTextEdit *edit);

// Links: the href and the span of the link under the cursor (empty when none).
QString linkAt(const QTextCursor &cursor, QTextCursor *span = nullptr);
// Replaces the selection (or inserts at the cursor) with text linked to href.
void insertLink(QTextEdit *edit, const QString &text, const QString &href);
void removeLink(QTextEdit *edit);

// Tables.
void insertTable(QTextEdit *edit, int rows, int columns); // the cursor goes to the first cell
void insertTableRow(QTextCursor cursor, bool below);
void insertTableColumn(QTextCursor cursor, bool after);
void removeTableRow(QTextCursor cursor);
void removeTableColumn(QTextCursor cursor);

// Plain text as paragraphs: when the text has blank lines, they separate paragraphs and
// single newlines are line breaks; otherwise every line is a paragraph.
void insertPlainTextParagraphs(QTextCursor cursor, const QString &text);

// Qt's HTML importer turns the Unicode spaces other than U+0020 and U+00A0 (U+202F narrow
// no-break space of French typography, thin spaces...) into plain spaces. These load HTML
// keeping them: setHtml for a whole document, insertHtml for a fragment at a cursor.
void setHtmlKeepingSpaces(QTextDocument *doc, const QString &html);
void insertHtmlKeepingSpaces(QTextCursor cursor, const QString &html);

// Find & replace.
struct FindOptions
{
    bool caseSensitive = false;
    bool wholeWords = false;
};
// Next (or previous) occurrence from the cursor, wrapping around; null cursor when none.
QTextCursor find(const QTextDocument *doc, const QString &text, const QTextCursor &from,
                 FindOptions options, bool backward = false);
// Replaces every occurrence in one undo step; returns how many.
int replaceAll(QTextDocument *doc, const QString &text, const QString &replacement,
               FindOptions options);

} // namespace TextFormatting
} // namespace Actes
