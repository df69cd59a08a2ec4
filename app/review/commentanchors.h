#pragma once

#include "domain/comment.h"

#include <QString>

class QTextDocument;

namespace Actes::CommentAnchors {

// How many characters before and after a quote are kept to tell its occurrences apart.
inline constexpr int ContextLength = 24;

// The text anchors count in: one character per cursor position of the document (paragraph
// breaks as '\n'), so that offsets are QTextCursor positions in the editor and in a document
// loaded from the stored HTML alike.
QString anchorText(const QTextDocument &document);
// The same, for a field's stored clean HTML (loaded into a QTextDocument as the editor loads it).
QString anchorTextOfHtml(const QString &html);

// The anchor of [start, end) of text, with its quote and context.
CommentAnchor anchorFor(const QString &text, int start, int end);

// The anchor after an edit of the text (QTextDocument::contentsChange: at position, removed
// characters replaced by added ones); textAfter is the whole text after the edit. Typing just
// before or just after the quote leaves it as it is; typing inside it is part of it. When the
// quoted text is gone (the range is empty) the anchor is detached and keeps its last quote.
CommentAnchor adjusted(const CommentAnchor &anchor, int position, int removed, int added,
                       const QString &textAfter);

// Finds the anchor in text (e.g. after the field was edited elsewhere): the quote at its stored
// offsets, else the occurrence of the quote whose context matches best, nearest to the stored
// offsets. No occurrence: detached (a detached anchor is found again only where its context
// also matches).
CommentAnchor relocate(const CommentAnchor &anchor, const QString &text);

// The first occurrence of quote in text as an anchor; detached when there is none.
CommentAnchor firstOccurrence(const QString &text, const QString &quote);

} // namespace Actes::CommentAnchors
