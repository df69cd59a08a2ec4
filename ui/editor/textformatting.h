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

// Paragraph alignment: Qt::AlignLeft (the default), Qt::AlignHCenter, Qt::AlignRight or
// Qt::AlignJustify, stored as the align attribute of the clean subset. It applies to the
// paragraphs and headings (quoted ones too) among the selected blocks; list items and table
// cells are left alone (the subset has no alignment for them). One undo step; left removes
// the alignment property rather than writing "left".
void setAlignment(QTextCursor cursor, Qt::Alignment alignment);
// The alignment of a block as the clean subset sees it (see Actes::cleanAlignment()).
Qt::Alignment alignment(const QTextBlock &block);
// Whether a block can carry an alignment (not a list item, not in a table).
bool canAlign(const QTextBlock &block);

// Loading HTML keeping U+202F and the other Unicode spaces is Actes::loadCleanHtml() and
// Actes::insertCleanHtml() (app/text/cleanhtml.h), shared with the PDF export.

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
