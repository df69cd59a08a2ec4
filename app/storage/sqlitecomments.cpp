// SqliteRepository: review comments (issue #13). A personal library has one user, who holds
// every role: they may edit, delete, resolve and reopen every comment.
#include "storage/sqliterepository.h"
#include "storage/commentrows.h"
#include "storage/sqlitedetail.h"

#include "storage/libraryerror.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Actes {

using namespace SqliteDetail;

namespace {

const QString commentColumns = u"id, resource_id, parent_id, field, anchor_start, anchor_end, quote, "
                               u"context_before, context_after, detached, text, author, created, edited, "
                               u"resolved, resolved_by, resolved_at"_s;

Comment commentFrom(const QSqlQuery &query)
{
    return CommentRows::commentFrom(query, [](const QVariant &value) { return timestampFrom(value); });
}

} // namespace

QList<Comment> SqliteRepository::comments(qint64 resourceId) const
{
    SqliteStatement query = prepare(u"SELECT "_s + commentColumns
                                    + u" FROM review_comment WHERE resource_id = ? "
                                      u"ORDER BY coalesce(parent_id, id), parent_id IS NOT NULL, id"_s);
    query.bindValue(0, resourceId);
    exec(query);
    QList<Comment> result;
    while (query.next())
        result.append(commentFrom(query));
    return result;
}

int SqliteRepository::unresolvedCommentCount(qint64 resourceId) const
{
    SqliteStatement query = prepare(u"SELECT count(*) FROM review_comment "
                                    u"WHERE resource_id = ? AND parent_id IS NULL AND NOT resolved"_s);
    query.bindValue(0, resourceId);
    exec(query);
    return query.next() ? query.value(0).toInt() : 0;
}

Comment SqliteRepository::addComment(const Comment &comment)
{
    requireWritable();
    const QString body = comment.text.trimmed();
    if (body.isEmpty())
        throw LibraryError(Kind::Invalid, tr("A comment needs a text; nothing was added."), m_path);
    Comment stored = comment;
    write([&] {
        {
            SqliteStatement resource = prepare(u"SELECT count(*) FROM resource WHERE id = ?"_s);
            resource.bindValue(0, comment.resourceId);
            exec(resource);
            if (!resource.next() || resource.value(0).toInt() == 0) {
                throw LibraryError(Kind::NotFound,
                                   tr("The resource number %1 does not exist in the library %2; the comment "
                                      "was not added.")
                                       .arg(comment.resourceId)
                                       .arg(m_path),
                                   m_path);
            }
        }
        std::optional<Comment> thread;
        if (comment.parentId != 0) {
            SqliteStatement parent = prepare(u"SELECT "_s + commentColumns + u" FROM review_comment WHERE id = ?"_s);
            parent.bindValue(0, comment.parentId);
            exec(parent);
            if (parent.next())
                thread = commentFrom(parent);
        }
        CommentRows::placeInThread(stored, thread, m_path);
        stored.text = body;
        stored.author = currentMember().displayName();
        stored.created = now();
        stored.edited = QDateTime();
        stored.resolved = false;
        stored.resolvedBy.clear();
        stored.resolvedAt = QDateTime();
        SqliteStatement insert = prepare(uR"(INSERT INTO review_comment (resource_id, parent_id, field,
                anchor_start, anchor_end, quote, context_before, context_after, detached, text, author, created)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
        insert.bindValue(0, stored.resourceId);
        insert.bindValue(1, stored.parentId != 0 ? QVariant(stored.parentId) : QVariant());
        insert.bindValue(2, commentFieldKey(stored.field));
        insert.bindValue(3, stored.anchor.start);
        insert.bindValue(4, stored.anchor.end);
        insert.bindValue(5, text(stored.anchor.quote));
        insert.bindValue(6, text(stored.anchor.before));
        insert.bindValue(7, text(stored.anchor.after));
        insert.bindValue(8, stored.anchor.detached);
        insert.bindValue(9, stored.text);
        insert.bindValue(10, text(stored.author));
        insert.bindValue(11, timestamp(stored.created));
        exec(insert);
        stored.id = static_cast<QSqlQuery &>(insert).lastInsertId().toLongLong();
    });
    // As read back (times rounded to what is stored).
    for (const Comment &c : comments(stored.resourceId)) {
        if (c.id == stored.id)
            return c;
    }
    return stored;
}

void SqliteRepository::setCommentResolved(qint64 commentId, bool resolved)
{
    requireWritable();
    write([&] {
        SqliteStatement update = prepare(uR"(UPDATE review_comment SET resolved = ?, resolved_by = ?, resolved_at = ?
            WHERE id = (SELECT coalesce(parent_id, id) FROM review_comment WHERE id = ?) AND resolved <> ?)"_s);
        update.bindValue(0, resolved);
        update.bindValue(1, resolved ? text(currentMember().displayName()) : QVariant(u""_s));
        update.bindValue(2, resolved ? QVariant(timestamp(now())) : QVariant());
        update.bindValue(3, commentId);
        update.bindValue(4, resolved);
        exec(update);
        SqliteStatement exists = prepare(u"SELECT count(*) FROM review_comment WHERE id = ?"_s);
        exists.bindValue(0, commentId);
        exec(exists);
        if (!exists.next() || exists.value(0).toInt() == 0)
            throw LibraryError(Kind::NotFound, tr("The comment number %1 no longer exists.").arg(commentId), m_path);
    });
}

void SqliteRepository::editComment(qint64 commentId, const QString &newText)
{
    requireWritable();
    const QString body = newText.trimmed();
    if (body.isEmpty())
        throw LibraryError(Kind::Invalid, tr("A comment needs a text; delete it instead."), m_path);
    write([&] {
        SqliteStatement update = prepare(u"UPDATE review_comment SET text = ?, edited = ? WHERE id = ?"_s);
        update.bindValue(0, body);
        update.bindValue(1, timestamp(now()));
        update.bindValue(2, commentId);
        exec(update);
        if (static_cast<QSqlQuery &>(update).numRowsAffected() == 0)
            throw LibraryError(Kind::NotFound, tr("The comment number %1 no longer exists.").arg(commentId), m_path);
    });
}

void SqliteRepository::deleteComment(qint64 commentId)
{
    requireWritable();
    write([&] {
        SqliteStatement replies = prepare(u"DELETE FROM review_comment WHERE parent_id = ?"_s);
        replies.bindValue(0, commentId);
        exec(replies);
        SqliteStatement remove = prepare(u"DELETE FROM review_comment WHERE id = ?"_s);
        remove.bindValue(0, commentId);
        exec(remove);
        if (static_cast<QSqlQuery &>(remove).numRowsAffected() == 0)
            throw LibraryError(Kind::NotFound, tr("The comment number %1 no longer exists.").arg(commentId), m_path);
    });
}

void SqliteRepository::updateCommentAnchors(const QList<Comment> &threads)
{
    requireWritable();
    if (threads.isEmpty())
        return;
    write([&] {
        SqliteStatement update = prepare(uR"(UPDATE review_comment SET anchor_start = ?, anchor_end = ?, quote = ?,
            context_before = ?, context_after = ?, detached = ? WHERE id = ? AND parent_id IS NULL
            AND (anchor_start <> ? OR anchor_end <> ? OR quote <> ? OR context_before <> ?
                 OR context_after <> ? OR detached <> ?))"_s);
        for (const Comment &c : threads) {
            update.bindValue(0, c.anchor.start);
            update.bindValue(1, c.anchor.end);
            update.bindValue(2, text(c.anchor.quote));
            update.bindValue(3, text(c.anchor.before));
            update.bindValue(4, text(c.anchor.after));
            update.bindValue(5, c.anchor.detached);
            update.bindValue(6, c.id);
            update.bindValue(7, c.anchor.start);
            update.bindValue(8, c.anchor.end);
            update.bindValue(9, text(c.anchor.quote));
            update.bindValue(10, text(c.anchor.before));
            update.bindValue(11, text(c.anchor.after));
            update.bindValue(12, c.anchor.detached);
            exec(update);
        }
    });
}

} // namespace Actes
