// SqliteRepository: listing, loading and writing resources, the search index, the trash, types.
#include "storage/sqliterepository.h"
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

// --- Resources ---------------------------------------------------------------------------

QList<ResourceSummary> SqliteRepository::querySummaries(const QString &where, const QVariantList &values) const
{
    SqliteStatement query = prepare(u"SELECT "_s + summaryColumns
                              + u" FROM resource r LEFT JOIN resource_type t ON t.id = r.type_id WHERE "_s + where
                              // SQLite sorts NULL before every value, so DESC puts unknown dates last.
                              + u" ORDER BY r.date_start DESC, r.title_key, r.id"_s);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    query.setForwardOnly(true);
    exec(query);
    QList<ResourceSummary> result;
    QStringList types;   // each type name stored once, shared by its rows (100,000 rows...)
    while (query.next()) {
        ResourceSummary summary = summaryFrom(query);
        const qsizetype known = types.indexOf(summary.type);
        if (known >= 0)
            summary.type = types.at(known);
        else if (types.size() < 64)
            types.append(summary.type);
        result.append(std::move(summary));
    }
    return result;
}

QList<ResourceSummary> SqliteRepository::listResources(const ResourceFilter &filter) const
{
    flushSearchIndex();   // a search inside a transaction sees its writes
    QVariantList values;
    const QString where = filterClause(filter, &values);
    return querySummaries(where, values);
}

int SqliteRepository::countResources(const ResourceFilter &filter) const
{
    flushSearchIndex();
    QVariantList values;
    const QString where = filterClause(filter, &values);
    SqliteStatement query = prepare(u"SELECT count(*) FROM resource r WHERE "_s + where);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    exec(query);
    return query.next() ? query.value(0).toInt() : 0;
}

QList<int> SqliteRepository::eventYears() const
{
    // One index seek per year (resource_live_order starts with date_start), not a scan.
    QList<int> years;
    QString below = u"9999-99"_s;
    for (;;) {
        SqliteStatement query = prepare(
            u"SELECT max(date_start) FROM resource WHERE deleted_at IS NULL AND date_start < ?"_s);
        query.bindValue(0, below);
        exec(query);
        if (!query.next() || query.value(0).isNull())
            break;
        const QString latest = query.value(0).toString();
        bool ok = false;
        const int year = latest.left(4).toInt(&ok);
        if (!ok || latest.size() < 4 || year <= 0)
            break;
        years.append(year);
        below = latest.left(4);   // every date of that year sorts after "YYYY"
    }
    return years;
}

std::optional<Resource> SqliteRepository::loadResource(qint64 id) const
{
    const QList<Resource> found = loadResources({id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Resource> SqliteRepository::loadResources(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return {};
    const QString json = idsJson(ids);
    const ReadSnapshot snapshot(m_db, m_transactionDepth == 0);
    QHash<qint64, Resource> byId;
    {
        SqliteStatement query = prepare(uR"(SELECT r.id, r.title, t.name, r.is_private, r.private_confirmed, r.status,
                r.date_start, r.date_end, r.place, r.attendance, x.summary_html, x.body_html, r.created,
                r.modified, r.version, r.needs_review, r.review_note, r.dismissed_checks
            FROM resource r
            LEFT JOIN resource_type t ON t.id = r.type_id
            LEFT JOIN resource_text x ON x.resource_id = r.id
            WHERE r.id IN (SELECT value FROM json_each(?)))"_s);
        query.bindValue(0, json);
        query.setForwardOnly(true);
        exec(query);
        while (query.next()) {
            Resource r;
            r.id = query.value(0).toLongLong();
            r.title = query.value(1).toString();
            r.type = query.value(2).toString();
            r.isPrivate = query.value(3).toBool();
            r.privateConfirmed = query.value(4).toBool();
            r.status = statusFromKey(query.value(5).toString()).value_or(Status::Draft);
            r.dateStart = dateFrom(query.value(6));
            r.dateEnd = dateFrom(query.value(7));
            r.place = query.value(8).toString();
            if (!query.value(9).isNull())
                r.attendance = query.value(9).toInt();
            r.summaryHtml = query.value(10).toString();
            r.bodyHtml = query.value(11).toString();
            r.created = timestampFrom(query.value(12));
            r.modified = timestampFrom(query.value(13));
            r.version = query.value(14).toInt();
            r.needsReview = query.value(15).toBool();
            r.reviewNote = query.value(16).toString();
            r.dismissedChecks = checksFrom(query.value(17));
            byId.insert(r.id, r);
        }
    }
    if (byId.isEmpty())
        return {};
    {
        SqliteStatement query = prepare(uR"(SELECT rp.resource_id, p.id, p.name, p.function, p.organisation, rp.role
            FROM resource_person rp JOIN person p ON p.id = rp.person_id
            WHERE rp.resource_id IN (SELECT value FROM json_each(?))
            ORDER BY rp.resource_id, rp.position)"_s);
        query.bindValue(0, json);
        query.setForwardOnly(true);
        exec(query);
        while (query.next()) {
            auto it = byId.find(query.value(0).toLongLong());
            if (it == byId.end())
                continue;
            it->participants.append(Participant{query.value(1).toLongLong(), query.value(2).toString(),
                                                query.value(3).toString(), query.value(4).toString(),
                                                query.value(5).toString()});
        }
    }
    {
        SqliteStatement query = prepare(uR"(SELECT ro.resource_id, o.id, o.name, ro.role
            FROM resource_organisation ro JOIN organisation o ON o.id = ro.organisation_id
            WHERE ro.resource_id IN (SELECT value FROM json_each(?))
            ORDER BY ro.resource_id, ro.position)"_s);
        query.bindValue(0, json);
        query.setForwardOnly(true);
        exec(query);
        while (query.next()) {
            auto it = byId.find(query.value(0).toLongLong());
            if (it == byId.end())
                continue;
            it->partners.append(Partner{query.value(1).toLongLong(), query.value(2).toString(),
                                        query.value(3).toString()});
        }
    }
    readAttachments(json, byId);
    QList<Resource> result;
    result.reserve(ids.size());
    for (qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd())
            result.append(*it);
    }
    return result;
}

namespace SqliteDetail {

void validate(const Resource &r)
{
    const QString title = r.title.trimmed();
    if (title.isEmpty()) {
        throw LibraryError(Kind::Invalid, SqliteRepository::tr("A resource needs a title; it was not saved."));
    }
    for (const QDate &d : {r.dateStart, r.dateEnd}) {
        if (d.isValid() && (d.year() < 1 || d.year() > 9999)) {
            throw LibraryError(Kind::Invalid,
                               SqliteRepository::tr("The date of the resource %1 is out of range (%2); it was not saved.")
                                   .arg(quoted(title), d.toString(Qt::ISODate)));
        }
    }
    if (r.dateStart.isValid() && r.dateEnd.isValid() && r.dateEnd < r.dateStart) {
        throw LibraryError(Kind::Invalid,
                           SqliteRepository::tr("The resource %1 ends (%2) before it starts (%3); it was not saved.")
                               .arg(quoted(title), r.dateEnd.toString(Qt::ISODate),
                                    r.dateStart.toString(Qt::ISODate)));
    }
    if (r.attendance && *r.attendance < 0) {
        throw LibraryError(Kind::Invalid,
                           SqliteRepository::tr("The attendance of the resource %1 cannot be negative (%2); it was not saved.")
                               .arg(quoted(title))
                               .arg(*r.attendance));
    }
    for (const Participant &p : r.participants) {
        if (p.name.trimmed().isEmpty()) {
            throw LibraryError(Kind::Invalid,
                               SqliteRepository::tr("A participant of the resource %1 has no name; it was not saved.")
                                   .arg(quoted(title)));
        }
    }
    for (const Partner &p : r.partners) {
        if (p.name.trimmed().isEmpty()) {
            throw LibraryError(Kind::Invalid,
                               SqliteRepository::tr("A partner of the resource %1 has no name; it was not saved.")
                                   .arg(quoted(title)));
        }
    }
}

} // namespace SqliteDetail

qint64 SqliteRepository::typeIdFor(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return 0;
    const QString key = SearchText::identityKey(trimmed);
    SqliteStatement find = prepare(u"SELECT id FROM resource_type WHERE name_key = ?"_s);
    find.bindValue(0, key);
    exec(find);
    if (find.next())
        return find.value(0).toLongLong();
    find.finish();
    SqliteStatement insert = prepare(u"INSERT INTO resource_type (name, name_key) VALUES (?, ?) RETURNING id"_s);
    insert.bindValue(0, trimmed);
    insert.bindValue(1, key);
    exec(insert);
    const qint64 id = insert.next() ? insert.value(0).toLongLong() : 0;
    insert.finish();
    return id;
}

qint64 SqliteRepository::personIdFor(const Participant &participant)
{
    const QString name = participant.name.trimmed();
    const QString function = participant.function.trimmed();
    const QString organisation = participant.organisation.trimmed();
    if (participant.personId > 0) {
        SqliteStatement stored = prepare(u"SELECT name, function, organisation FROM person WHERE id = ?"_s);
        stored.bindValue(0, participant.personId);
        exec(stored);
        if (stored.next() && stored.value(0).toString() == name && stored.value(1).toString() == function
            && stored.value(2).toString() == organisation) {
            return participant.personId;
        }
    }
    SqliteStatement find = prepare(
        u"SELECT id FROM person WHERE name = ? AND function = ? AND organisation = ? ORDER BY id LIMIT 1"_s);
    find.bindValue(0, text(name));
    find.bindValue(1, text(function));
    find.bindValue(2, text(organisation));
    exec(find);
    if (find.next())
        return find.value(0).toLongLong();
    find.finish();
    SqliteStatement insert = prepare(
        u"INSERT INTO person (name, function, organisation, name_key) VALUES (?, ?, ?, ?) RETURNING id"_s);
    insert.bindValue(0, text(name));
    insert.bindValue(1, text(function));
    insert.bindValue(2, text(organisation));
    insert.bindValue(3, SearchText::sortKey(name));
    exec(insert);
    const qint64 id = insert.next() ? insert.value(0).toLongLong() : 0;
    insert.finish();
    return id;
}

qint64 SqliteRepository::organisationIdFor(const QString &rawName, qint64 organisationId)
{
    const QString name = rawName.trimmed();
    if (organisationId > 0) {
        SqliteStatement stored = prepare(u"SELECT name FROM organisation WHERE id = ?"_s);
        stored.bindValue(0, organisationId);
        exec(stored);
        if (stored.next() && stored.value(0).toString() == name)
            return organisationId;
    }
    const QString key = SearchText::identityKey(name);
    SqliteStatement find = prepare(u"SELECT id FROM organisation WHERE name_key = ?"_s);
    find.bindValue(0, key);
    exec(find);
    if (find.next())
        return find.value(0).toLongLong();
    find.finish();
    SqliteStatement insert =
        prepare(u"INSERT INTO organisation (name, name_key, sort_key) VALUES (?, ?, ?) RETURNING id"_s);
    insert.bindValue(0, text(name));
    insert.bindValue(1, key);
    insert.bindValue(2, SearchText::sortKey(name));
    exec(insert);
    const qint64 id = insert.next() ? insert.value(0).toLongLong() : 0;
    insert.finish();
    return id;
}

void SqliteRepository::writeLinks(qint64 resourceId, const Resource &resource)
{
    SqliteStatement clearPeople = prepare(u"DELETE FROM resource_person WHERE resource_id = ?"_s);
    clearPeople.bindValue(0, resourceId);
    exec(clearPeople);
    SqliteStatement clearOrganisations = prepare(u"DELETE FROM resource_organisation WHERE resource_id = ?"_s);
    clearOrganisations.bindValue(0, resourceId);
    exec(clearOrganisations);

    int position = 0;
    for (const Participant &participant : resource.participants) {
        const qint64 personId = personIdFor(participant);
        SqliteStatement link = prepare(
            u"INSERT INTO resource_person (resource_id, position, person_id, role) VALUES (?, ?, ?, ?)"_s);
        link.bindValue(0, resourceId);
        link.bindValue(1, position++);
        link.bindValue(2, personId);
        link.bindValue(3, text(participant.role.trimmed()));
        exec(link);
    }
    position = 0;
    for (const Partner &partner : resource.partners) {
        const qint64 organisationId = organisationIdFor(partner.name, partner.organisationId);
        SqliteStatement link = prepare(u"INSERT INTO resource_organisation (resource_id, position, organisation_id, role) "
                                 u"VALUES (?, ?, ?, ?)"_s);
        link.bindValue(0, resourceId);
        link.bindValue(1, position++);
        link.bindValue(2, organisationId);
        link.bindValue(3, text(partner.role.trimmed()));
        exec(link);
    }
}

// The entry is deleted at once but inserted later, by flushSearchIndex(). FTS5 writes its
// in-memory terms out as a new index segment at every statement savepoint, and each write of a
// resource runs statements that open one (foreign keys): inserting entries as they come made
// one segment per resource, and the merging of those segments was a fifth of an import.
// Inserted back to back, the entries of a whole transaction share a few segments.
void SqliteRepository::writeSearchIndex(qint64 resourceId, const Resource &resource)
{
    Q_ASSERT(m_transactionDepth > 0);
    SqliteStatement remove = prepare(u"DELETE FROM resource_fts WHERE rowid = ?"_s);
    remove.bindValue(0, resourceId);
    exec(remove);
    // The words of SearchText::indexableText(), without laying the text out (tst_indexingtext).
    PendingIndexEntry entry{resourceId, SearchText::fold(resource.title),
                            IndexingText::indexable(resource.summaryHtml), IndexingText::indexable(resource.bodyHtml),
                            attachmentSearchText(resource)};
    m_pendingIndexChars += entry.chars();
    m_pendingIndex.append(std::move(entry));
    constexpr qsizetype MaxPendingChars = 8 * 1024 * 1024;
    if (m_pendingIndexChars > MaxPendingChars)
        flushSearchIndex();
}

// Defers the index entries of these resources again, from their stored text.
void SqliteRepository::queueSearchIndex(const QList<qint64> &ids)
{
    const QList<Resource> stored = loadResources(uniqueIds(ids));
    for (const Resource &resource : stored) {
        PendingIndexEntry entry{resource.id, SearchText::fold(resource.title),
                                IndexingText::indexable(resource.summaryHtml),
                                IndexingText::indexable(resource.bodyHtml), attachmentSearchText(resource)};
        m_pendingIndexChars += entry.chars();
        m_pendingIndex.append(std::move(entry));
    }
}

void SqliteRepository::flushSearchIndex() const
{
    if (m_pendingIndex.isEmpty())
        return;
    const QList<PendingIndexEntry> pending = std::exchange(m_pendingIndex, {});
    m_pendingIndexChars = 0;
    for (SavepointFrame &frame : m_savepoints) {
        for (qsizetype i = 0; i < frame.pendingMark; ++i)
            frame.flushedOuterIds.append(pending.at(i).id);
        frame.pendingMark = 0;
    }
    QHash<qint64, qsizetype> last;
    last.reserve(pending.size());
    for (qsizetype i = 0; i < pending.size(); ++i)
        last.insert(pending.at(i).id, i);
    SqliteStatement insert =
        prepare(u"INSERT INTO resource_fts (rowid, title, summary, body, attachments) VALUES (?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < pending.size(); ++i) {
        const PendingIndexEntry &entry = pending.at(i);
        if (last.value(entry.id) != i)
            continue;   // written again later in the transaction
        insert.bindValue(0, entry.id);
        insert.bindValue(1, entry.title);
        insert.bindValue(2, entry.summary);
        insert.bindValue(3, entry.body);
        insert.bindValue(4, entry.attachments);
        exec(insert);
    }
}

Resource SqliteRepository::createResource(const Resource &resource)
{
    requireWritable();
    validate(resource);
    const QDateTime at = now();
    const QString nowText = timestamp(at);
    std::optional<Resource> stored;
    write([&] {
        checkAttachments(resource);
        SqliteStatement insert = prepare(uR"(INSERT INTO resource (title, title_key, type_id, is_private,
                private_confirmed, status, date_start, date_end, place, attendance, created, modified, version,
                needs_review, review_note, dismissed_checks)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?) RETURNING id)"_s);
        const qint64 typeId = typeIdFor(resource.type);
        insert.bindValue(0, text(resource.title));
        insert.bindValue(1, SearchText::sortKey(resource.title));
        insert.bindValue(2, typeId > 0 ? QVariant(typeId) : QVariant());
        insert.bindValue(3, resource.isPrivate ? 1 : 0);
        insert.bindValue(4, resource.privateConfirmed ? 1 : 0);
        insert.bindValue(5, statusKey(resource.status));
        insert.bindValue(6, date(resource.dateStart));
        insert.bindValue(7, date(resource.dateEnd));
        insert.bindValue(8, text(resource.place));
        insert.bindValue(9, resource.attendance ? QVariant(*resource.attendance) : QVariant());
        insert.bindValue(10, resource.created.isValid() ? timestamp(resource.created) : nowText);
        insert.bindValue(11, nowText);
        insert.bindValue(12, resource.needsReview ? 1 : 0);
        insert.bindValue(13, text(resource.reviewNote));
        insert.bindValue(14, checksJson(resource.dismissedChecks));
        exec(insert);
        if (!insert.next())
            fail(insert.lastError());
        const qint64 id = insert.value(0).toLongLong();
        insert.finish();

        SqliteStatement body = prepare(u"INSERT INTO resource_text (resource_id, summary_html, body_html) VALUES (?, ?, ?)"_s);
        body.bindValue(0, id);
        body.bindValue(1, text(resource.summaryHtml));
        body.bindValue(2, text(resource.bodyHtml));
        exec(body);
        writeLinks(id, resource);
        writeAttachments(id, resource, true);
        writeSearchIndex(id, resource);

        stored = loadResource(id);
        if (!stored)
            fail(insert.lastError());
        const RevisionCause cause = m_cause == RevisionCause::Edit ? RevisionCause::Create : m_cause;
        const qint64 revision = recordRevision(*stored, std::nullopt, m_author, cause, at);
        if (stored->status != Status::Draft)
            recordStatusChange(id, Status::Draft, stored->status, nowText, m_author, {}, revision);
        stored = applyWriteGuard(*stored, cause, m_author);
    });
    return *stored;
}

QDateTime SqliteRepository::now() const
{
    const QDateTime time = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    return time.toUTC();
}

// Throws NotFound when there is no resource id, Conflict when checkVersion and its stored
// version is not expectedVersion. Returns the stored version.
int SqliteRepository::checkedVersion(qint64 id, const QString &title, int expectedVersion, bool checkVersion)
{
    SqliteStatement stored = prepare(u"SELECT version, title FROM resource WHERE id = ?"_s);
    stored.bindValue(0, id);
    exec(stored);
    if (!stored.next()) {
        if (title.isEmpty()) {
            throw LibraryError(Kind::NotFound,
                               tr("The resource number %1 no longer exists in the library %2; nothing was changed.")
                                   .arg(id)
                                   .arg(native(m_path)),
                               m_path);
        }
        throw LibraryError(Kind::NotFound,
                           tr("The resource %1 no longer exists in the library %2; it was not saved.")
                               .arg(quoted(title), native(m_path)),
                           m_path);
    }
    const int storedVersion = stored.value(0).toInt();
    const QString storedTitle = stored.value(1).toString();
    stored.finish();
    if (checkVersion && storedVersion != expectedVersion) {
        throw LibraryError(Kind::Conflict,
                           tr("The resource %1 was changed elsewhere since it was opened (version %2 is "
                              "stored, this copy is version %3). Nothing was saved; reload the resource "
                              "to see the other changes.")
                               .arg(quoted(title.isEmpty() ? storedTitle : title))
                               .arg(storedVersion)
                               .arg(expectedVersion),
                           m_path);
    }
    return storedVersion;
}

void SqliteRepository::updateResource(const Resource &resource, const QString &modified)
{
    checkAttachments(resource);
    SqliteStatement update = prepare(uR"(UPDATE resource SET title = ?, title_key = ?, type_id = ?,
            is_private = ?, private_confirmed = ?, status = ?, date_start = ?, date_end = ?, place = ?,
            attendance = ?, modified = ?, version = version + 1, needs_review = ?, review_note = ?,
            dismissed_checks = ?
        WHERE id = ?)"_s);
    const qint64 typeId = typeIdFor(resource.type);
    update.bindValue(0, text(resource.title));
    update.bindValue(1, SearchText::sortKey(resource.title));
    update.bindValue(2, typeId > 0 ? QVariant(typeId) : QVariant());
    update.bindValue(3, resource.isPrivate ? 1 : 0);
    update.bindValue(4, resource.privateConfirmed ? 1 : 0);
    update.bindValue(5, statusKey(resource.status));
    update.bindValue(6, date(resource.dateStart));
    update.bindValue(7, date(resource.dateEnd));
    update.bindValue(8, text(resource.place));
    update.bindValue(9, resource.attendance ? QVariant(*resource.attendance) : QVariant());
    update.bindValue(10, modified);
    update.bindValue(11, resource.needsReview ? 1 : 0);
    update.bindValue(12, text(resource.reviewNote));
    update.bindValue(13, checksJson(resource.dismissedChecks));
    update.bindValue(14, resource.id);
    exec(update);

    SqliteStatement body = prepare(
        u"INSERT OR REPLACE INTO resource_text (resource_id, summary_html, body_html) VALUES (?, ?, ?)"_s);
    body.bindValue(0, resource.id);
    body.bindValue(1, text(resource.summaryHtml));
    body.bindValue(2, text(resource.bodyHtml));
    exec(body);
    writeLinks(resource.id, resource);
    writeAttachments(resource.id, resource, false);
    writeSearchIndex(resource.id, resource);
}

Resource SqliteRepository::saveResource(const Resource &resource)
{
    requireWritable();
    if (resource.id == 0)
        return createResource(resource);
    validate(resource);
    std::optional<Resource> stored;
    write([&] {
        checkedVersion(resource.id, resource.title, resource.version, true);
        const std::optional<Resource> before = loadResource(resource.id);
        const QDateTime at = now();
        updateResource(resource, timestamp(at));
        stored = loadResource(resource.id);
        if (!before || !stored)
            return;
        const bool statusChanged = before->status != stored->status;
        RevisionCause cause = m_cause;
        if (cause == RevisionCause::Edit && statusChanged)
            cause = RevisionCause::StatusChange;
        const qint64 revision = recordRevision(*stored, before, m_author, cause, at);
        if (statusChanged)
            recordStatusChange(resource.id, before->status, stored->status, timestamp(at), m_author, {}, revision);
        stored = applyWriteGuard(*stored, cause, m_author);
    });
    if (!stored)
        return loadResource(resource.id).value();
    return *stored;
}

int SqliteRepository::storedVersion(qint64 id) const
{
    SqliteStatement query = prepare(u"SELECT version FROM resource WHERE id = ?"_s);
    query.bindValue(0, id);
    exec(query);
    return query.next() ? query.value(0).toInt() : 0;
}

void SqliteRepository::moveToTrash(const QList<qint64> &ids)
{
    requireWritable();
    if (ids.isEmpty())
        return;
    write([&] {
        SqliteStatement query = prepare(u"UPDATE resource SET deleted_at = ? "
                                  u"WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))"_s);
        query.bindValue(0, timestamp(QDateTime::currentDateTimeUtc()));
        query.bindValue(1, idsJson(ids));
        exec(query);
    });
}

void SqliteRepository::restoreFromTrash(const QList<qint64> &ids)
{
    requireWritable();
    if (ids.isEmpty())
        return;
    write([&] {
        SqliteStatement query = prepare(u"UPDATE resource SET deleted_at = NULL "
                                  u"WHERE deleted_at IS NOT NULL AND id IN (SELECT value FROM json_each(?))"_s);
        query.bindValue(0, idsJson(ids));
        exec(query);
    });
}

int SqliteRepository::emptyTrash()
{
    int purged = 0;
    write([&] {
        flushSearchIndex();
        exec(u"DELETE FROM resource_fts WHERE rowid IN (SELECT id FROM resource WHERE deleted_at IS NOT NULL)"_s);
        SqliteStatement query = prepare(u"DELETE FROM resource WHERE deleted_at IS NOT NULL"_s);
        exec(query);
        purged = query.numRowsAffected();
        query.finish();
        purgeUnusedAttachmentDataNow();
    });
    return purged;
}

bool SqliteRepository::isInTrash(qint64 id) const
{
    SqliteStatement query = prepare(u"SELECT 1 FROM resource WHERE id = ? AND deleted_at IS NOT NULL"_s);
    query.bindValue(0, id);
    exec(query);
    return query.next();
}

std::optional<qint64> SqliteRepository::findResource(const QString &title, const QDate &dateStart) const
{
    SqliteStatement query = prepare(u"SELECT id FROM resource WHERE deleted_at IS NULL AND title = ? "
                              u"AND date_start IS ? ORDER BY id LIMIT 1"_s);
    query.bindValue(0, text(title));
    query.bindValue(1, date(dateStart));
    exec(query);
    if (query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

// --- Resource types ----------------------------------------------------------------------

QStringList SqliteRepository::resourceTypes() const
{
    SqliteStatement query = prepare(u"SELECT name, builtin, position FROM resource_type"_s);
    exec(query);
    struct Row { QString name; bool builtin; int position; QString key; };
    QList<Row> rows;
    while (query.next()) {
        const QString name = query.value(0).toString();
        rows.append({name, query.value(1).toBool(), query.value(2).toInt(), SearchText::sortKey(name)});
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.builtin != b.builtin)
            return a.builtin;
        if (a.builtin && a.position != b.position)
            return a.position < b.position;
        return a.key < b.key;
    });
    QStringList names;
    for (const Row &row : rows)
        names.append(row.name);
    return names;
}

void SqliteRepository::addResourceType(const QString &name)
{
    requireWritable();
    if (name.trimmed().isEmpty())
        throw LibraryError(Kind::Invalid, tr("A resource type needs a name."), m_path);
    write([&] { typeIdFor(name); });
}

} // namespace Actes
