// SqliteRepository: status history and revisions.
#include "storage/sqliterepository.h"
#include "storage/revisionrows.h"
#include "storage/sqlitedetail.h"

#include "storage/libraryerror.h"
#include "storage/resourcesnapshot.h"
#include "storage/schema.h"
#include "text/indexingtext.h"
#include "text/searchtext.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <algorithm>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace Actes {

using namespace SqliteDetail;

// --- Status history and revisions --------------------------------------------------------

using namespace RevisionRows;

void SqliteRepository::recordStatusChange(qint64 resourceId, Status from, Status to, const QString &at,
                                          const QString &author, const QString &comment, qint64 revisionId)
{
    SqliteStatement insert = prepare(uR"(INSERT INTO status_change (resource_id, from_status, to_status, at, author,
            comment, revision_id) VALUES (?, ?, ?, ?, ?, ?, ?))"_s);
    insert.bindValue(0, resourceId);
    insert.bindValue(1, statusKey(from));
    insert.bindValue(2, statusKey(to));
    insert.bindValue(3, at);
    insert.bindValue(4, text(author.trimmed()));
    insert.bindValue(5, text(comment.trimmed()));
    insert.bindValue(6, revisionId > 0 ? QVariant(revisionId) : QVariant());
    exec(insert);
}

qint64 SqliteRepository::recordRevision(const Resource &stored, const std::optional<Resource> &before,
                                        const QString &rawAuthor, RevisionCause cause, const QDateTime &at,
                                        int restoredFrom)
{
    const QString author = rawAuthor.trimmed();
    const QString atText = timestamp(at);
    auto insertRevision = [&](int number, const QString &time, const QString &revisionAuthor, RevisionCause why,
                              const Resource &state, bool approved, const QStringList &changed, int from) {
        SqliteStatement insert = prepare(uR"(INSERT INTO revision (resource_id, number, at, session_start, author, cause,
                status, approved, changed, restored_from, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            RETURNING id)"_s);
        insert.bindValue(0, stored.id);
        insert.bindValue(1, number);
        insert.bindValue(2, time);
        insert.bindValue(3, time);
        insert.bindValue(4, text(revisionAuthor));
        insert.bindValue(5, revisionCauseKey(why));
        insert.bindValue(6, statusKey(state.status));
        insert.bindValue(7, approved ? 1 : 0);
        insert.bindValue(8, fieldsJson(changed));
        insert.bindValue(9, from);
        insert.bindValue(10, QString::fromUtf8(ResourceSnapshot::toJson(state)));
        exec(insert);
        if (!insert.next())
            fail(insert.lastError());
        const qint64 id = insert.value(0).toLongLong();
        insert.finish();
        return id;
    };

    struct Latest
    {
        qint64 id = 0;
        int number = 0;
        QDateTime sessionStart;
        QString author;
        std::optional<RevisionCause> cause;
        bool approved = false;
        QStringList changed;
    };
    std::optional<Latest> latest;
    if (before) {   // a resource just created has no revision yet
        SqliteStatement query = prepare(u"SELECT id, number, session_start, author, cause, approved, changed FROM revision "
                                  u"WHERE resource_id = ? ORDER BY number DESC LIMIT 1"_s);
        query.bindValue(0, stored.id);
        exec(query);
        if (query.next()) {
            latest = Latest{query.value(0).toLongLong(), query.value(1).toInt(), timestampFrom(query.value(2)),
                            query.value(3).toString(), revisionCauseFromKey(query.value(4).toString()),
                            query.value(5).toBool(), fieldsFrom(query.value(6))};
        }
    }
    if (!latest && before) {
        // Stored before revisions existed: keep the old state first, so that it can be restored.
        const QString time = before->modified.isValid() ? timestamp(before->modified) : atText;
        const bool approved = isApprovedStatus(before->status);
        const qint64 id = insertRevision(1, time, QString(), RevisionCause::Baseline, *before, approved, {}, 0);
        latest = Latest{id, 1, timestampFrom(time), QString(), RevisionCause::Baseline, approved, {}};
    }

    const Resource nothing;
    const QStringList changed = RevisionFields::changed(before ? *before : nothing, stored);
    if (before && changed.isEmpty() && (cause == RevisionCause::Edit || cause == RevisionCause::Import))
        return 0;   // a save that changed nothing

    const bool coalesce = cause == RevisionCause::Edit && latest
        && (latest->cause == RevisionCause::Edit || latest->cause == RevisionCause::Create)
        && latest->author == author && !latest->approved && latest->sessionStart.isValid()
        && latest->sessionStart <= at && latest->sessionStart.secsTo(at) < qint64(m_policy.sessionMinutes) * 60;
    if (coalesce) {
        // The session's changes: against the revision before it (nothing before a creation).
        QStringList sessionChanged;
        if (latest->cause == RevisionCause::Create) {
            sessionChanged = RevisionFields::changed(nothing, stored);
        } else {
            SqliteStatement previous = prepare(u"SELECT snapshot FROM revision WHERE resource_id = ? AND number < ? "
                                         u"ORDER BY number DESC LIMIT 1"_s);
            previous.bindValue(0, stored.id);
            previous.bindValue(1, latest->number);
            exec(previous);
            const std::optional<Resource> base =
                previous.next() ? ResourceSnapshot::fromJson(previous.value(0).toString().toUtf8()) : std::nullopt;
            sessionChanged = base ? RevisionFields::changed(*base, stored) : unitedFields(latest->changed, changed);
        }
        SqliteStatement update = prepare(u"UPDATE revision SET at = ?, status = ?, changed = ?, snapshot = ? WHERE id = ?"_s);
        update.bindValue(0, atText);
        update.bindValue(1, statusKey(stored.status));
        update.bindValue(2, fieldsJson(sessionChanged));
        update.bindValue(3, QString::fromUtf8(ResourceSnapshot::toJson(stored)));
        update.bindValue(4, latest->id);
        exec(update);
        return latest->id;
    }

    const bool approved = isApprovedStatus(stored.status) && (!before || before->status != stored.status);
    const int number = latest ? latest->number + 1 : 1;
    const qint64 id = insertRevision(number, atText, author, cause, stored, approved, changed, restoredFrom);

    // Bounded growth: approved revisions stay forever; of the others, the newest are kept.
    // Numbers grow by one from 1, so there is nothing to prune while number <= keptRevisions.
    if (m_policy.keptRevisions > 0 && number > m_policy.keptRevisions) {
        SqliteStatement prune = prepare(uR"(DELETE FROM revision WHERE resource_id = :resource AND approved = 0
            AND id NOT IN (SELECT id FROM revision WHERE resource_id = :resource AND approved = 0
                           ORDER BY number DESC LIMIT :kept))"_s);
        prune.bindValue(u":resource"_s, stored.id);
        prune.bindValue(u":kept"_s, m_policy.keptRevisions);
        exec(prune);
    }
    return id;
}

void SqliteRepository::changeStatus(qint64 id, Status newStatus, const QString &author, const QString &comment,
                                    int expectedVersion)
{
    requireWritable();
    write([&] {
        checkedVersion(id, {}, expectedVersion, true);
        const std::optional<Resource> before = loadResource(id);
        if (!before || before->status == newStatus)
            return;
        const QDateTime at = now();
        SqliteStatement update =
            prepare(u"UPDATE resource SET status = ?, modified = ?, version = version + 1 WHERE id = ?"_s);
        update.bindValue(0, statusKey(newStatus));
        update.bindValue(1, timestamp(at));
        update.bindValue(2, id);
        exec(update);
        const std::optional<Resource> stored = loadResource(id);
        const qint64 revision = recordRevision(*stored, before, author, RevisionCause::StatusChange, at);
        recordStatusChange(id, before->status, newStatus, timestamp(at), author, comment, revision);
    });
}

QList<StatusChange> SqliteRepository::statusHistory(qint64 id) const
{
    SqliteStatement query = prepare(u"SELECT id, from_status, to_status, at, author, comment, reviewer FROM status_change "
                              u"WHERE resource_id = ? ORDER BY at DESC, id DESC"_s);
    query.bindValue(0, id);
    query.setForwardOnly(true);
    exec(query);
    QList<StatusChange> result;
    while (query.next()) {
        StatusChange change;
        change.id = query.value(0).toLongLong();
        change.resourceId = id;
        change.from = statusFromKey(query.value(1).toString()).value_or(Status::Draft);
        change.to = statusFromKey(query.value(2).toString()).value_or(Status::Draft);
        change.at = timestampFrom(query.value(3));
        change.author = query.value(4).toString();
        change.comment = query.value(5).toString();
        change.reviewer = query.value(6).toString();
        result.append(change);
    }
    return result;
}

QList<RevisionInfo> SqliteRepository::revisions(qint64 id) const
{
    SqliteStatement query = prepare(u"SELECT id, number, at, author, changed, status, approved, cause, restored_from "
                              u"FROM revision WHERE resource_id = ? ORDER BY number DESC"_s);
    query.bindValue(0, id);
    query.setForwardOnly(true);
    exec(query);
    QList<RevisionInfo> result;
    while (query.next()) {
        RevisionInfo info;
        info.id = query.value(0).toLongLong();
        info.resourceId = id;
        info.number = query.value(1).toInt();
        info.at = timestampFrom(query.value(2));
        info.author = query.value(3).toString();
        info.changedFields = fieldsFrom(query.value(4));
        info.status = statusFromKey(query.value(5).toString()).value_or(Status::Draft);
        info.approved = query.value(6).toBool();
        info.cause = revisionCauseFromKey(query.value(7).toString()).value_or(RevisionCause::Edit);
        info.restoredFrom = query.value(8).toInt();
        result.append(info);
    }
    return result;
}

std::optional<Resource> SqliteRepository::revisionSnapshot(qint64 revisionId) const
{
    SqliteStatement query = prepare(u"SELECT resource_id, at, snapshot FROM revision WHERE id = ?"_s);
    query.bindValue(0, revisionId);
    exec(query);
    if (!query.next())
        return std::nullopt;
    std::optional<Resource> resource = ResourceSnapshot::fromJson(query.value(2).toString().toUtf8());
    if (!resource) {
        throw LibraryError(Kind::Corrupt,
                           tr("The revision number %1 in the library %2 is damaged and cannot be read.")
                               .arg(revisionId)
                               .arg(native(m_path)),
                           m_path);
    }
    resource->id = query.value(0).toLongLong();
    resource->modified = timestampFrom(query.value(1));
    return resource;
}

Resource SqliteRepository::restoreRevision(qint64 revisionId, const QString &author, int expectedVersion)
{
    requireWritable();
    std::optional<Resource> stored;
    write([&] {
        SqliteStatement query = prepare(u"SELECT resource_id, number FROM revision WHERE id = ?"_s);
        query.bindValue(0, revisionId);
        exec(query);
        if (!query.next()) {
            throw LibraryError(Kind::NotFound,
                               tr("The revision number %1 no longer exists in the library %2; nothing was "
                                  "restored.")
                                   .arg(revisionId)
                                   .arg(native(m_path)),
                               m_path);
        }
        const qint64 resourceId = query.value(0).toLongLong();
        const int number = query.value(1).toInt();
        query.finish();
        checkedVersion(resourceId, {}, expectedVersion, expectedVersion != 0);
        const std::optional<Resource> before = loadResource(resourceId);
        Resource restored = revisionSnapshot(revisionId).value();
        restored.id = resourceId;
        restored.version = before->version;
        restored.status = before->status;   // the status only changes through changeStatus()
        restored.created = before->created;
        validate(restored);
        const QDateTime at = now();
        updateResource(restored, timestamp(at));
        stored = loadResource(resourceId);
        recordRevision(*stored, before, author, RevisionCause::Restore, at, number);
        stored = applyWriteGuard(*stored, RevisionCause::Restore, author);
    });
    return *stored;
}

std::optional<qint64> SqliteRepository::lastApprovedRevision(qint64 id) const
{
    SqliteStatement query = prepare(
        u"SELECT id FROM revision WHERE resource_id = ? AND approved = 1 ORDER BY number DESC LIMIT 1"_s);
    query.bindValue(0, id);
    exec(query);
    if (query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

} // namespace Actes
