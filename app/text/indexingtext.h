#pragma once

#include <QString>
#include <QStringView>

// Plain text of rich text for the full-text index, without building a QTextDocument.
//
// SearchText::plainTextFromHtml() lays the HTML out in Qt's text engine: exact, but it costs
// about a millisecond per kilobyte, which made indexing dominate the import of a library.
// What the index needs is only the words in reading order, separated where the reader sees a
// separation. This single pass over the markup gives that for the clean HTML subset (see
// text/cleanhtml.h) and degrades gracefully on anything else:
//   - tags are removed; inline tags (strong, em, a, span...) do not split a word,
//     block tags (p, h1-h6, li, div, tr, br...) end a line, cells end with a tab;
//   - <img> becomes a space (its alt text is not indexed, as with the QTextDocument path);
//   - the contents of <head>, <style>, <script>, <title> and comments are dropped;
//   - character references are decoded: numeric (&#233; &#xE9;) and the HTML 4 named ones
//     (&eacute; &rsquo; &oelig; &nbsp;...); an unknown one stays as written;
//   - runs of ASCII whitespace collapse to one space; U+00A0 and U+202F are kept (the index
//     folds them, see SearchText::fold()).
// The words it yields are those of SearchText::plainTextFromHtml() (tested in tst_indexingtext).
namespace Actes::IndexingText {

QString plainText(QStringView html);

// What goes into the full-text index for a rich-text field: SearchText::fold(plainText(html)),
// with a fast path for text whose folding needs no Unicode normalization. Same words as
// SearchText::indexableText(), much faster.
QString indexable(QStringView html);

} // namespace Actes::IndexingText
