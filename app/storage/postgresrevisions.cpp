// PostgresRepository: status history and revisions (the policy of SqliteRepository).
#include "storage/postgresrepository.h"
#include "storage/revisionrows.h"
#include "storage/postgresdetail.h"
#include "storage/sqlitedetail.h"   // validate(): shared rules, no SQL

#include "storage/libraryerror.h"
#include "storage/resourcesnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Actes {

using namespace PostgresDetail;
using SqliteDetail::validate;

using namespace RevisionRows;

void PostgresRepository::recordStatusChange(qint64 resourceId, Status from, Status to, const QString &at,
                                            const QString &author, const QString &comment, qint64 revisionId)
{
    run(uR"(INSERT INTO status_change (resource_id, from_status, to_status, at, author, comment, revision_id)
        VALUES (?, ?, ?, CAST(? AS timestamptz), ?, ?, ?))"_s,
        {resourceId, statusKey(from), statusKey(to), at, text(writerName(author)), text(comment.trimmed()),
         revisionId > 0 ? QVariant(revisionId) : QVariant()});
}

qint64 PostgresRepository::recordRevision(const Resource &stored, const std::optional<Resource> &before,
                                          const QString &rawAuthor, RevisionCause cause, const QDateTime &at,
                                          int restoredFrom)
{
    const QString author = writerName(rawAuthor);
    const QString atText = timestamp(at);
    auto insertRevision = [&](int number, const QString &time, const QString &revisionAuthor, RevisionCause why,
                              const Resource &state, bool approved, const QStringList &changed, int from) {
        QSqlQuery insert = run(uR"(INSERT INTO revision (resource_id, number, at, session_start, author, cause,
                status, approved, changed, restored_from, snapshot)
            VALUES (?, ?, CAST(? AS timestamptz), CAST(? AS timestamptz), ?, ?, ?, ?, ?, ?, ?) RETURNING id)"_s,
                               {stored.id, number, time, time, text(revisionAuthor), revisionCauseKey(why),
                                statusKey(state.status), approved, fieldsJson(changed), from,
                                QString::fromUtf8(ResourceSnapshot::toJson(state))});
        if (!insert.next())
            fail(insert.lastError());
        return insert.value(0).toLongLong();
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
        QSqlQuery query = run(u"SELECT id, number, "_s + timeColumn(u"session_start"_s)
                                  + u", author, cause, approved, changed FROM revision "
                                    u"WHERE resource_id = ? ORDER BY number DESC LIMIT 1"_s,
                              {stored.id});
        if (query.next()) {
            latest = Latest{query.value(0).toLongLong(), query.value(1).toInt(), timestampFrom(query.value(2)),
                            query.value(3).toString(), revisionCauseFromKey(query.value(4).toString()),
                            query.value(5).toBool(), fieldsFrom(query.value(6))};
        }
    }
    if (!latest && before) {
        // A resource without revisions (written by a tool that keeps none): keep the old state first.
        const QString time = before->modified.isValid() ? timestamp(before->modified) : atText;
        const bool approved = isApprovedStatus(before->status);
        const qint64 id = insertRevision(1, time, QString(), RevisionCause::Baseline, *before, approved, {}, 0);
        latest = Latest{id, 1, QDateTime::fromString(time, Qt::ISODateWithMs).toUTC(), QString(),
                        RevisionCause::Baseline, approved, {}};
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
            QSqlQuery previous = run(u"SELECT snapshot FROM revision WHERE resource_id = ? AND number < ? "
                                     u"ORDER BY number DESC LIMIT 1"_s,
                                     {stored.id, latest->number});
            const std::optional<Resource> base =
                previous.next() ? ResourceSnapshot::fromJson(previous.value(0).toString().toUtf8()) : std::nullopt;
            sessionChanged = base ? RevisionFields::changed(*base, stored) : unitedFields(latest->changed, changed);
        }
        run(u"UPDATE revision SET at = CAST(? AS timestamptz), status = ?, changed = ?, snapshot = ? WHERE id = ?"_s,
            {atText, statusKey(stored.status), fieldsJson(sessionChanged),
             QString::fromUtf8(ResourceSnapshot::toJson(stored)), latest->id});
        return latest->id;
    }

    const bool approved = isApprovedStatus(stored.status) && (!before || before->status != stored.status);
    const int number = latest ? latest->number + 1 : 1;
    const qint64 id = insertRevision(number, atText, author, cause, stored, approved, changed, restoredFrom);

    // Bounded growth: approved revisions stay forever; of the others, the newest are kept.
    if (m_policy.keptRevisions > 0 && number > m_policy.keptRevisions && !m_trusted) {
        // A member may not delete revisions: the server prunes (keeping at least its default).
        run(u"SELECT actes_prune_revisions(?, ?)"_s, {stored.id, m_policy.keptRevisions});
    } else if (m_policy.keptRevisions > 0 && number > m_policy.keptRevisions) {
        run(uR"(DELETE FROM revision WHERE resource_id = ? AND NOT approved
            AND id NOT IN (SELECT id FROM revision WHERE resource_id = ? AND NOT approved
                           ORDER BY number DESC LIMIT ?))"_s,
            {stored.id, stored.id, m_policy.keptRevisions});
    }
    return id;
}

void PostgresRepository::changeStatus(qint64 id, Status newStatus, const QString &author, const QString &comment,
                                      int expectedVersion)
{
    requireWritable();
    write([&] {
        checkedVersion(id, {}, expectedVersion, true);
        const std::optional<Resource> before = loadResource(id);
        if (!before || before->status == newStatus)
            return;
        const QDateTime at = now();
        run(u"UPDATE resource SET status = ?, modified = CAST(? AS timestamptz), version = version + 1 WHERE id = ?"_s,
            {statusKey(newStatus), timestamp(at), id});
        noteChanged(id, true);
        const std::optional<Resource> stored = loadResource(id);
        const qint64 revision = recordRevision(*stored, before, author, RevisionCause::StatusChange, at);
        recordStatusChange(id, before->status, newStatus, timestamp(at), author, comment, revision);
    });
}

QList<StatusChange> PostgresRepository::statusHistory(qint64 id) const
{
    // A member's entries hold the login: shown as the member's display name.
    QSqlQuery query = run(u"SELECT s.id, s.from_status, s.to_status, "_s + timeColumn(u"s.at"_s)
                              + u", coalesce(nullif(m.name, ''), s.author), s.comment, s.reviewer FROM status_change s "
                                u"LEFT JOIN member m ON m.login = s.author WHERE s.resource_id = ? "
                                u"ORDER BY s.at DESC, s.id DESC"_s,
                          {id});
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

QList<RevisionInfo> PostgresRepository::revisions(qint64 id) const
{
    QSqlQuery query = run(u"SELECT r.id, r.number, "_s + timeColumn(u"r.at"_s)
                              + u", coalesce(nullif(m.name, ''), r.author), r.changed, r.status, r.approved, "
                                u"r.cause, r.restored_from FROM revision r LEFT JOIN member m ON m.login = r.author "
                                u"WHERE r.resource_id = ? ORDER BY r.number DESC"_s,
                          {id});
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

std::optional<Resource> PostgresRepository::revisionSnapshot(qint64 revisionId) const
{
    QSqlQuery query = run(u"SELECT resource_id, "_s + timeColumn(u"at"_s) + u", snapshot FROM revision WHERE id = ?"_s,
                          {revisionId});
    if (!query.next())
        return std::nullopt;
    std::optional<Resource> resource = ResourceSnapshot::fromJson(query.value(2).toString().toUtf8());
    if (!resource) {
        throw LibraryError(Kind::Corrupt,
                           tr("The revision number %1 in the library %2 is damaged and cannot be read.")
                               .arg(revisionId)
                               .arg(m_location),
                           m_location);
    }
    resource->id = query.value(0).toLongLong();
    resource->modified = timestampFrom(query.value(1));
    return resource;
}

Resource PostgresRepository::restoreRevision(qint64 revisionId, const QString &author, int expectedVersion)
{
    requireWritable();
    std::optional<Resource> stored;
    write([&] {
        QSqlQuery query = run(u"SELECT resource_id, number FROM revision WHERE id = ?"_s, {revisionId});
        if (!query.next()) {
            throw LibraryError(Kind::NotFound,
                               tr("The revision number %1 no longer exists in the library %2; nothing was "
                                  "restored.")
                                   .arg(revisionId)
                                   .arg(m_location),
                               m_location);
        }
        const qint64 resourceId = query.value(0).toLongLong();
        const int number = query.value(1).toInt();
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
        noteChanged(resourceId);
        stored = loadResource(resourceId);
        recordRevision(*stored, before, author, RevisionCause::Restore, at, number);
        stored = applyWriteGuard(*stored, RevisionCause::Restore, author);
    });
    return *stored;
}

std::optional<qint64> PostgresRepository::lastApprovedRevision(qint64 id) const
{
    QSqlQuery query = run(u"SELECT id FROM revision WHERE resource_id = ? AND approved ORDER BY number DESC LIMIT 1"_s,
                          {id});
    if (query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

} // namespace Actes
