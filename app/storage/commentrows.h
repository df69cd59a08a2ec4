#pragma once

// Shared by the two backends (storage/sqlitecomments.cpp, storage/postgrescomments.cpp): how a
// review comment is read back from a row of review_comment, its columns in this order: id,
// resource_id, parent_id, field, anchor_start, anchor_end, quote, context_before,
// context_after, detached, text, author, created, edited, resolved, resolved_by, resolved_at.
// No SQL here.

#include "domain/comment.h"

#include <QDateTime>
#include <QVariant>

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

} // namespace Actes::CommentRows
