#pragma once

#include <QDateTime>
#include <QString>

namespace Actes {

// The text field of a resource a review comment is about.
enum class CommentField { Summary, Body };

// "summary", "body" (storage, command line, JSON); the reverse returns false for anything else.
QString commentFieldKey(CommentField field);
bool commentFieldFromKey(const QString &key, CommentField *field);
// The field's name for people, translated ("Summary", "Body").
QString commentFieldLabel(CommentField field);

// Where a comment points in the text of its field, and enough around it to find it again after
// edits: offsets in the field's anchor text (see CommentAnchors::anchorText(): the characters of
// the QTextDocument, one per cursor position), the quoted text and a few characters before and
// after it. A detached anchor's text was deleted: quote keeps what the comment was about.
struct CommentAnchor
{
    int start = 0;
    int end = 0;                        // exclusive
    QString quote;
    QString before;                     // up to CommentAnchors::ContextLength characters
    QString after;
    bool detached = false;

    friend bool operator==(const CommentAnchor &, const CommentAnchor &) = default;
};

// A review comment on a resource. A thread is a first comment (parentId 0), anchored to a
// quote of the summary or the body, and its replies (parentId = the first comment's id; their
// field and anchor are the thread's). A thread is resolved or open as a whole (the first
// comment carries it).
struct Comment
{
    qint64 id = 0;
    qint64 resourceId = 0;
    qint64 parentId = 0;
    CommentField field = CommentField::Body;
    CommentAnchor anchor;
    QString text;
    QString author;                     // team library: the server's login; personal: the user's name
    QDateTime created;                  // UTC
    QDateTime edited;                   // UTC; invalid when the text was never changed
    bool resolved = false;
    QString resolvedBy;
    QDateTime resolvedAt;

    bool isReply() const { return parentId != 0; }
    friend bool operator==(const Comment &, const Comment &) = default;
};

} // namespace Actes
