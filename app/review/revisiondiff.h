#pragma once

#include "domain/resource.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Actes {

// One run of text in a comparison.
struct DiffSegment
{
    enum class Kind { Same, Added, Removed };
    Kind kind = Kind::Same;
    QString text;

    friend bool operator==(const DiffSegment &, const DiffSegment &) = default;
};

// The comparison of one field of two states of a resource.
// Concatenating the Same and Removed segments gives oldText; Same and Added give newText.
// Line breaks ('\n') separate paragraphs (rich text) or entries (participants, partners).
struct FieldDiff
{
    QString field;              // key from RevisionFields (domain/revision.h): "title", "body"...
    QString label;              // translated field name, for headings
    QString oldText;            // the field as shown to a reader (plain text)
    QString newText;
    QList<DiffSegment> segments;
    bool formattingOnly = false;  // the rich text differs but its text is the same (bold, links...)

    bool changed() const { return formattingOnly || oldText != newText; }
};

enum class DiffLayout {
    Inline,         // one column: removed text struck through in red, added text in green
    SideBySide,     // two columns per field: older version on the left, newer on the right
};

namespace RevisionDiff {

// The tokens compared: words (letters, digits and combining marks; an apostrophe ’ or ' right
// after letters stays with them, as in "l’" or "aujourd’"), runs of spaces (including
// U+00A0 and U+202F), each line break, and each other character (punctuation, « »...).
// Concatenating the tokens gives the text back unchanged.
QStringList tokenize(const QString &text);

// Word-level comparison of two plain texts (paragraphs first, then the words of the changed
// paragraphs), with dtl. Adjacent segments of one kind are merged; in a changed stretch the
// removed text comes before the added text. Canonically equivalent text (é precomposed or
// as e + accent) counts as equal; the segments keep the characters of the texts given.
QList<DiffSegment> diffTexts(const QString &older, const QString &newer);

} // namespace RevisionDiff

// The fields that differ between two states of a resource, in display order: title, type,
// private, status, dates, place, attendance, summary, text (body), participants, partners,
// review note. Rich text is compared as plain text paragraphs. With includeUnchanged, every
// field is listed (unchanged ones as one Same segment).
QList<FieldDiff> compareResources(const Resource &older, const Resource &newer, bool includeUnchanged = false);

// An HTML document showing the comparison, for a QTextBrowser (or a web page): each field
// under its name as a heading, removed text in <del> (red, struck through), added text in <ins>
// (green), styled inline so that QTextDocument renders it. A caption names the two states
// (e.g. "Revision 3, 12 May 2024" and "Current version"); empty captions are left out.
// An empty list gives a "no differences" message.
QString diffToHtml(const QList<FieldDiff> &diffs, DiffLayout layout = DiffLayout::Inline,
                   const QString &olderCaption = {}, const QString &newerCaption = {});

} // namespace Actes
