#pragma once

// Shared by the two backends (storage/sqlitecomments.cpp, storage/postgrescomments.cpp): how a
// review comment is read back from a row of review_comment, its columns in this order: id,
// resource_id, parent_id, field, anchor_start, anchor_end, quote, context_before,
// context_after, detached, text, author, created, edited, resolved, resolved_by, resolved_at.
// No SQL here.

#include "domain/comment.h"
#include "storage/libraryerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVariant>

#include <optional>

namespace Actes::CommentRows {

// Query: a QSqlQuery or the SQLite statement wrapper (value(int)); timeFrom reads the backend's
// stored times (a NULL time is no time).
template<typename Query, typename TimeFrom>
Comment commentFrom(const Query &query, TimeFrom timeFrom)
{
    const auto optionalTime = [&](int column) {
        const QVariant value = query.value(column);
        return value.isNull() ? QDateTime() : timeFrom(value);
    };
    Comment c;
    c.id = query.value(0).toLongLong();
    c.resourceId = query.value(1).toLongLong();
    c.parentId = query.value(2).isNull() ? 0 : query.value(2).toLongLong();
    commentFieldFromKey(query.value(3).toString(), &c.field);
    c.anchor.start = query.value(4).toInt();
    c.anchor.end = query.value(5).toInt();
    c.anchor.quote = query.value(6).toString();
    c.anchor.before = query.value(7).toString();
    c.anchor.after = query.value(8).toString();
    c.anchor.detached = query.value(9).toBool();
    c.text = query.value(10).toString();
    c.author = query.value(11).toString();
    c.created = optionalTime(12);
    c.edited = optionalTime(13);
    c.resolved = query.value(14).toBool();
    c.resolvedBy = query.value(15).toString();
    c.resolvedAt = optionalTime(16);
    return c;
}

// Where a new comment goes, by the same rules on both backends: a reply (parentId) joins the
// thread of the comment it answers (a reply to a reply joins that thread too), takes its field
// and has no anchor of its own; a first comment needs the text it is about. thread: the comment
// parentId names, as stored (nothing when there is none). Throws LibraryError NotFound or
// Invalid, before anything is written.
inline void placeInThread(Comment &stored, const std::optional<Comment> &thread, const QString &location)
{
    if (stored.parentId != 0) {
        if (!thread) {
            throw LibraryError(LibraryError::Kind::NotFound,
                               QCoreApplication::translate("Actes::CommentRows", "The comment number %1 no longer "
                                                                                 "exists; the reply was not added.")
                                   .arg(stored.parentId),
                               location);
        }
        if (thread->resourceId != stored.resourceId) {
            throw LibraryError(LibraryError::Kind::Invalid,
                               QCoreApplication::translate("Actes::CommentRows", "The comment number %1 is about "
                                                                                 "another resource; the reply was "
                                                                                 "not added.")
                                   .arg(stored.parentId),
                               location);
        }
        stored.parentId = thread->parentId != 0 ? thread->parentId : thread->id;
        stored.field = thread->field;
        stored.anchor = CommentAnchor{};
    } else if (stored.anchor.quote.isEmpty()) {
        throw LibraryError(LibraryError::Kind::Invalid,
                           QCoreApplication::translate("Actes::CommentRows",
                                                       "A comment needs the text it is about; nothing was added."),
                           location);
    }
}

} // namespace Actes::CommentRows
