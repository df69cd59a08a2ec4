// PostgresRepository: listing, loading and writing resources, the search index, the trash, types.
#include "storage/postgresrepository.h"
#include "storage/postgresdetail.h"
#include "storage/sqlitedetail.h"   // validate() and quoted(): shared rules, no SQL

#include "storage/libraryerror.h"
#include "text/indexingtext.h"
#include "text/searchtext.h"

#include <QHash>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes {

using namespace PostgresDetail;
using SqliteDetail::quoted;
using SqliteDetail::validate;

// --- Resources ---------------------------------------------------------------------------

QList<ResourceSummary> PostgresRepository::querySummaries(const QString &where, const QVariantList &values) const
{
    QSqlQuery query = run(u"SELECT "_s + summaryColumns
                              + u" FROM resource r LEFT JOIN resource_type t ON t.id = r.type_id WHERE "_s + where
                              + listOrder,
                          values);
    QList<ResourceSummary> result;
    QStringList types;   // each type name stored once, shared by its rows
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

QList<ResourceSummary> PostgresRepository::listResources(const ResourceFilter &filter) const
{
    QVariantList values;
    const QString where = filterClause(filter, &values);
    return querySummaries(where, values);
}

int PostgresRepository::countResources(const ResourceFilter &filter) const
{
    QVariantList values;
    const QString where = filterClause(filter, &values);
    QSqlQuery query = run(u"SELECT count(*) FROM resource r WHERE "_s + where, values);
    return query.next() ? query.value(0).toInt() : 0;
}

QList<int> PostgresRepository::eventYears() const
{
    QSqlQuery query = run(u"SELECT DISTINCT CAST(extract(year FROM date_start) AS integer) AS year FROM resource "
                          u"WHERE deleted_at IS NULL AND date_start IS NOT NULL ORDER BY year DESC"_s);
    QList<int> years;
    while (query.next()) {
        const int year = query.value(0).toInt();
        if (year > 0)
            years.append(year);
    }
    return years;
}

std::optional<Resource> PostgresRepository::loadResource(qint64 id) const
{
    const QList<Resource> found = loadResources({id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Resource> PostgresRepository::loadResources(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return {};
    const QString array = idsArray(ids);
    // The three reads see one state of the library, even while others write.
    const bool ownSnapshot = m_transactionDepth == 0;
    if (ownSnapshot)
        run(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s);
    auto endSnapshot = qScopeGuard([&] {
        if (ownSnapshot) {
            QSqlQuery commit(m_db);
            commit.exec(u"COMMIT"_s);
        }
    });
    QHash<qint64, Resource> byId;
    {
        QSqlQuery query = run(u"SELECT r.id, r.title, t.name, r.is_private, r.private_confirmed, r.status, "_s
                                  + dateColumn(u"r.date_start"_s) + u", "_s + dateColumn(u"r.date_end"_s)
                                  + u", r.place, r.attendance, x.summary_html, x.body_html, "_s
                                  + timeColumn(u"r.created"_s) + u", "_s + timeColumn(u"r.modified"_s)
                                  + uR"(, r.version, r.needs_review, r.review_note, r.dismissed_checks
            FROM resource r
            LEFT JOIN resource_type t ON t.id = r.type_id
            LEFT JOIN resource_text x ON x.resource_id = r.id
            WHERE r.id = ANY (CAST(? AS bigint[])))"_s,
                              {array});
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
        QSqlQuery query = run(uR"(SELECT rp.resource_id, p.id, p.name, p.function, p.organisation, rp.role
            FROM resource_person rp JOIN person p ON p.id = rp.person_id
            WHERE rp.resource_id = ANY (CAST(? AS bigint[]))
            ORDER BY rp.resource_id, rp.position)"_s,
                              {array});
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
        QSqlQuery query = run(uR"(SELECT ro.resource_id, o.id, o.name, ro.role
            FROM resource_organisation ro JOIN organisation o ON o.id = ro.organisation_id
            WHERE ro.resource_id = ANY (CAST(? AS bigint[]))
            ORDER BY ro.resource_id, ro.position)"_s,
                              {array});
        while (query.next()) {
            auto it = byId.find(query.value(0).toLongLong());
            if (it == byId.end())
                continue;
            it->partners.append(Partner{query.value(1).toLongLong(), query.value(2).toString(),
                                        query.value(3).toString()});
        }
    }
    readAttachments(array, byId);
    QList<Resource> result;
    result.reserve(ids.size());
    for (qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd())
            result.append(*it);
    }
    return result;
}

qint64 PostgresRepository::typeIdFor(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return 0;
    const QString key = SearchText::identityKey(trimmed);
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlQuery find = run(u"SELECT id FROM resource_type WHERE name_key = ?"_s, {key});
        if (find.next())
            return find.value(0).toLongLong();
        // Another user may add the same type at the same moment: the unique key decides.
        QSqlQuery insert = run(u"INSERT INTO resource_type (name, name_key) VALUES (?, ?) "
                               u"ON CONFLICT (name_key) DO NOTHING RETURNING id"_s,
                               {trimmed, key});
        if (insert.next()) {
            m_changedDirectory = true;   // the others' choices of types follow
            return insert.value(0).toLongLong();
        }
    }
    return 0;
}

qint64 PostgresRepository::personIdFor(const Participant &participant)
{
    const QString name = participant.name.trimmed();
    const QString function = participant.function.trimmed();
    const QString organisation = participant.organisation.trimmed();
    if (participant.personId > 0) {
        QSqlQuery stored = run(u"SELECT name, function, organisation FROM person WHERE id = ?"_s,
                               {participant.personId});
        if (stored.next() && stored.value(0).toString() == name && stored.value(1).toString() == function
            && stored.value(2).toString() == organisation) {
            return participant.personId;
        }
    }
    QSqlQuery find = run(
        u"SELECT id FROM person WHERE name = ? AND function = ? AND organisation = ? ORDER BY id LIMIT 1"_s,
        {text(name), text(function), text(organisation)});
    if (find.next())
        return find.value(0).toLongLong();
    QSqlQuery insert = run(
        u"INSERT INTO person (name, function, organisation, name_key) VALUES (?, ?, ?, ?) RETURNING id"_s,
        {text(name), text(function), text(organisation), SearchText::sortKey(name)});
    if (!insert.next())
        return 0;
    m_changedDirectory = true;   // the others' address book and completions follow
    return insert.value(0).toLongLong();
}

qint64 PostgresRepository::organisationIdFor(const QString &rawName, qint64 organisationId)
{
    const QString name = rawName.trimmed();
    if (organisationId > 0) {
        QSqlQuery stored = run(u"SELECT name FROM organisation WHERE id = ?"_s, {organisationId});
        if (stored.next() && stored.value(0).toString() == name)
            return organisationId;
    }
    const QString key = SearchText::identityKey(name);
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlQuery find = run(u"SELECT id FROM organisation WHERE name_key = ?"_s, {key});
        if (find.next())
            return find.value(0).toLongLong();
        QSqlQuery insert = run(u"INSERT INTO organisation (name, name_key, sort_key) VALUES (?, ?, ?) "
                               u"ON CONFLICT (name_key) DO NOTHING RETURNING id"_s,
                               {text(name), key, SearchText::sortKey(name)});
        if (insert.next()) {
            m_changedDirectory = true;
            return insert.value(0).toLongLong();
        }
    }
    return 0;
}

void PostgresRepository::writeLinks(qint64 resourceId, const Resource &resource)
{
    run(u"DELETE FROM resource_person WHERE resource_id = ?"_s, {resourceId});
    run(u"DELETE FROM resource_organisation WHERE resource_id = ?"_s, {resourceId});
    int position = 0;
    for (const Participant &participant : resource.participants) {
        const qint64 personId = personIdFor(participant);
        run(u"INSERT INTO resource_person (resource_id, position, person_id, role) VALUES (?, ?, ?, ?)"_s,
            {resourceId, position++, personId, text(participant.role.trimmed())});
    }
    position = 0;
    for (const Partner &partner : resource.partners) {
        const qint64 organisationId = organisationIdFor(partner.name, partner.organisationId);
        run(u"INSERT INTO resource_organisation (resource_id, position, organisation_id, role) VALUES (?, ?, ?, ?)"_s,
            {resourceId, position++, organisationId, text(partner.role.trimmed())});
    }
}

// The same folded words as the SQLite index (SearchText::fold, IndexingText::indexable).
void PostgresRepository::writeSearchIndex(qint64 resourceId, const Resource &resource)
{
    const SearchDocument document = searchDocument(SearchText::fold(resource.title),
                                                   IndexingText::indexable(resource.summaryHtml),
                                                   IndexingText::indexable(resource.bodyHtml),
                                                   attachmentSearchText(resource));
    run(u"INSERT INTO resource_search (resource_id, document, words, complete) VALUES (?, CAST(? AS tsvector), ?, ?) "
        u"ON CONFLICT (resource_id) DO UPDATE SET document = excluded.document, words = excluded.words, "
        u"complete = excluded.complete"_s,
        {resourceId, document.vector, document.words, document.complete});
}

Resource PostgresRepository::createResource(const Resource &resource)
{
    requireWritable();
    validate(resource);
    const QDateTime at = now();
    const QString nowText = timestamp(at);
    std::optional<Resource> stored;
    write([&] {
        const qint64 typeId = typeIdFor(resource.type);
        QSqlQuery insert = run(uR"(INSERT INTO resource (title, title_key, type_id, is_private,
                private_confirmed, status, date_start, date_end, place, attendance, created, modified, version,
                needs_review, review_note, dismissed_checks)
            VALUES (?, ?, ?, ?, ?, ?, CAST(? AS date), CAST(? AS date), ?, ?, CAST(? AS timestamptz),
                CAST(? AS timestamptz), 1, ?, ?, ?) RETURNING id)"_s,
                               {text(resource.title), SearchText::sortKey(resource.title),
                                typeId > 0 ? QVariant(typeId) : QVariant(), resource.isPrivate,
                                resource.privateConfirmed, statusKey(resource.status), date(resource.dateStart),
                                date(resource.dateEnd), text(resource.place),
                                resource.attendance ? QVariant(*resource.attendance) : QVariant(),
                                resource.created.isValid() ? timestamp(resource.created) : nowText, nowText,
                                resource.needsReview, text(resource.reviewNote),
                                checksJson(resource.dismissedChecks)});
        if (!insert.next())
            fail(insert.lastError());
        const qint64 id = insert.value(0).toLongLong();
        noteChanged(id, resource.status != Status::Draft);
        run(u"INSERT INTO resource_text (resource_id, summary_html, body_html) VALUES (?, ?, ?)"_s,
            {id, text(resource.summaryHtml), text(resource.bodyHtml)});
        writeLinks(id, resource);
        writeAttachments(id, resource);
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

// Throws NotFound when there is no resource id, Conflict when checkVersion and its stored
// version is not expectedVersion. Returns the stored version. The row stays locked until the
// transaction ends, so that two users cannot both pass the check.
int PostgresRepository::checkedVersion(qint64 id, const QString &title, int expectedVersion, bool checkVersion)
{
    QSqlQuery stored = run(u"SELECT version, title FROM resource WHERE id = ? FOR UPDATE"_s, {id});
    if (!stored.next()) {
        if (title.isEmpty()) {
            throw LibraryError(Kind::NotFound,
                               tr("The resource number %1 no longer exists in the library %2; nothing was changed.")
                                   .arg(id)
                                   .arg(m_location),
                               m_location);
        }
        throw LibraryError(Kind::NotFound,
                           tr("The resource %1 no longer exists in the library %2; it was not saved.")
                               .arg(quoted(title), m_location),
                           m_location);
    }
    const int storedVersion = stored.value(0).toInt();
    const QString storedTitle = stored.value(1).toString();
    if (checkVersion && storedVersion != expectedVersion) {
        throw LibraryError(Kind::Conflict,
                           tr("The resource %1 was changed elsewhere since it was opened (version %2 is "
                              "stored, this copy is version %3). Nothing was saved; reload the resource "
                              "to see the other changes.")
                               .arg(quoted(title.isEmpty() ? storedTitle : title))
                               .arg(storedVersion)
                               .arg(expectedVersion),
                           m_location);
    }
    return storedVersion;
}

void PostgresRepository::updateResource(const Resource &resource, const QString &modified)
{
    const qint64 typeId = typeIdFor(resource.type);
    run(uR"(UPDATE resource SET title = ?, title_key = ?, type_id = ?, is_private = ?, private_confirmed = ?,
            status = ?, date_start = CAST(? AS date), date_end = CAST(? AS date), place = ?, attendance = ?,
            modified = CAST(? AS timestamptz), version = version + 1, needs_review = ?, review_note = ?,
            dismissed_checks = ?
        WHERE id = ?)"_s,
        {text(resource.title), SearchText::sortKey(resource.title), typeId > 0 ? QVariant(typeId) : QVariant(),
         resource.isPrivate, resource.privateConfirmed, statusKey(resource.status), date(resource.dateStart),
         date(resource.dateEnd), text(resource.place),
         resource.attendance ? QVariant(*resource.attendance) : QVariant(), modified, resource.needsReview,
         text(resource.reviewNote), checksJson(resource.dismissedChecks), resource.id});
    run(u"INSERT INTO resource_text (resource_id, summary_html, body_html) VALUES (?, ?, ?) ON CONFLICT "
        u"(resource_id) DO UPDATE SET summary_html = excluded.summary_html, body_html = excluded.body_html"_s,
        {resource.id, text(resource.summaryHtml), text(resource.bodyHtml)});
    writeLinks(resource.id, resource);
    writeAttachments(resource.id, resource);
    writeSearchIndex(resource.id, resource);
}

Resource PostgresRepository::saveResource(const Resource &resource)
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
        noteChanged(resource.id, before && stored && before->status != stored->status);
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

int PostgresRepository::storedVersion(qint64 id) const
{
    QSqlQuery query = run(u"SELECT version FROM resource WHERE id = ?"_s, {id});
    return query.next() ? query.value(0).toInt() : 0;
}

void PostgresRepository::moveToTrash(const QList<qint64> &ids)
{
    requireWritable();
    if (ids.isEmpty())
        return;
    write([&] {
        run(u"UPDATE resource SET deleted_at = CAST(? AS timestamptz) "
            u"WHERE deleted_at IS NULL AND id = ANY (CAST(? AS bigint[]))"_s,
            {timestamp(QDateTime::currentDateTimeUtc()), idsArray(ids)});
    });
}

void PostgresRepository::restoreFromTrash(const QList<qint64> &ids)
{
    requireWritable();
    if (ids.isEmpty())
        return;
    write([&] {
        run(u"UPDATE resource SET deleted_at = NULL WHERE deleted_at IS NOT NULL AND id = ANY (CAST(? AS bigint[]))"_s,
            {idsArray(ids)});
    });
}

int PostgresRepository::emptyTrash()
{
    int purged = 0;
    write([&] {
        // Texts, index entries, links, revisions and status history go with them (ON DELETE CASCADE).
        QSqlQuery query = run(u"DELETE FROM resource WHERE deleted_at IS NOT NULL"_s);
        purged = query.numRowsAffected();
        query.finish();
        // The content of their files that nothing else uses goes too (an administrator's
        // purge: an author emptying an empty trash is not refused for it).
        run(u"SELECT actes_purge_attachment_data() WHERE actes_session_role() = 'admin'"_s);
    });
    return purged;
}

bool PostgresRepository::isInTrash(qint64 id) const
{
    return run(u"SELECT 1 FROM resource WHERE id = ? AND deleted_at IS NOT NULL"_s, {id}).next();
}

std::optional<qint64> PostgresRepository::findResource(const QString &title, const QDate &dateStart) const
{
    QSqlQuery query = run(u"SELECT id FROM resource WHERE deleted_at IS NULL AND title = ? "
                          u"AND date_start IS NOT DISTINCT FROM CAST(? AS date) ORDER BY id LIMIT 1"_s,
                          {text(title), date(dateStart)});
    if (query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

// --- Resource types ----------------------------------------------------------------------

QStringList PostgresRepository::resourceTypes() const
{
    QSqlQuery query = run(u"SELECT name, builtin, position FROM resource_type"_s);
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

void PostgresRepository::addResourceType(const QString &name)
{
    requireWritable();
    if (name.trimmed().isEmpty())
        throw LibraryError(Kind::Invalid, tr("A resource type needs a name."), m_location);
    write([&] { typeIdFor(name); });
}

} // namespace Actes
