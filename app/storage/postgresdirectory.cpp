// PostgresRepository: people, organisations and images.
#include "storage/postgresrepository.h"
#include "storage/postgresdetail.h"
#include "storage/sqlitedetail.h"   // quoted(), uniqueIds() and the built-in roles: shared, no SQL

#include "storage/libraryerror.h"
#include "text/searchtext.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes {

using namespace PostgresDetail;
using SqliteDetail::builtInParticipantRoles;
using SqliteDetail::builtInPartnerRoles;
using SqliteDetail::quoted;
using SqliteDetail::uniqueIds;

// --- Directory ---------------------------------------------------------------------------

QList<Person> PostgresRepository::people() const
{
    QSqlQuery query = run(uR"(SELECT id, name, function, organisation FROM person
        ORDER BY name_key COLLATE "C", name COLLATE "C", id)"_s);
    QList<Person> result;
    while (query.next()) {
        result.append(Person{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                             query.value(3).toString()});
    }
    return result;
}

QList<Organisation> PostgresRepository::organisations() const
{
    QSqlQuery query = run(uR"(SELECT id, name FROM organisation ORDER BY sort_key COLLATE "C", name COLLATE "C", id)"_s);
    QList<Organisation> result;
    while (query.next())
        result.append(Organisation{query.value(0).toLongLong(), query.value(1).toString()});
    return result;
}

namespace {

QStringList withUsedRoles(QStringList roles, QSqlQuery &used)
{
    QStringList extra;
    while (used.next()) {
        const QString role = used.value(0).toString();
        if (!roles.contains(role) && !extra.contains(role))
            extra.append(role);
    }
    std::sort(extra.begin(), extra.end(), [](const QString &a, const QString &b) {
        return SearchText::sortKey(a) < SearchText::sortKey(b);
    });
    return roles + extra;
}

} // namespace

QStringList PostgresRepository::participantRoles() const
{
    QSqlQuery query = run(u"SELECT DISTINCT role FROM resource_person WHERE role <> ''"_s);
    return withUsedRoles(builtInParticipantRoles, query);
}

QStringList PostgresRepository::partnerRoles() const
{
    QSqlQuery query = run(u"SELECT DISTINCT role FROM resource_organisation WHERE role <> ''"_s);
    return withUsedRoles(builtInPartnerRoles, query);
}

void PostgresRepository::bumpVersions(const QString &linkTable, const QString &column, const QList<qint64> &ids)
{
    // Resources showing a changed directory entry get a new version, so that an editor holding
    // the old copy gets a conflict instead of silently bringing the old entry back.
    run(u"UPDATE resource SET version = version + 1 WHERE id IN (SELECT resource_id FROM "_s + linkTable
            + u" WHERE "_s + column + u" = ANY (CAST(? AS bigint[])))"_s,
        {idsArray(ids)});
}

Person PostgresRepository::savePerson(const Person &person)
{
    requireWritable();
    Person stored{person.id, person.name.trimmed(), person.function.trimmed(), person.organisation.trimmed()};
    if (stored.name.isEmpty())
        throw LibraryError(Kind::Invalid, tr("A person needs a name; it was not saved."), m_location);
    write([&] {
        if (stored.id == 0) {
            stored.id = personIdFor(Participant{0, stored.name, stored.function, stored.organisation, {}});
            return;
        }
        QSqlQuery update = run(u"UPDATE person SET name = ?, function = ?, organisation = ?, name_key = ? WHERE id = ?"_s,
                               {text(stored.name), text(stored.function), text(stored.organisation),
                                SearchText::sortKey(stored.name), stored.id});
        if (update.numRowsAffected() == 0) {
            throw LibraryError(Kind::NotFound,
                               tr("The person %1 no longer exists in the library %2.")
                                   .arg(quoted(stored.name), m_location),
                               m_location);
        }
        bumpVersions(u"resource_person"_s, u"person_id"_s, {stored.id});
    });
    return stored;
}

Organisation PostgresRepository::saveOrganisation(const Organisation &organisation)
{
    requireWritable();
    Organisation stored{organisation.id, organisation.name.trimmed()};
    if (stored.name.isEmpty())
        throw LibraryError(Kind::Invalid, tr("An organisation needs a name; it was not saved."), m_location);
    write([&] {
        const QString key = SearchText::identityKey(stored.name);
        QSqlQuery find = run(u"SELECT id, name FROM organisation WHERE name_key = ?"_s, {key});
        if (find.next()) {
            const qint64 existing = find.value(0).toLongLong();
            if (stored.id == 0) {
                stored = Organisation{existing, find.value(1).toString()};
                return;
            }
            if (existing != stored.id) {
                throw LibraryError(Kind::Invalid,
                                   tr("An organisation named %1 already exists in the library. Merge the two "
                                      "organisations instead of giving them the same name.")
                                       .arg(quoted(find.value(1).toString())),
                                   m_location);
            }
        }
        if (stored.id == 0) {
            stored.id = organisationIdFor(stored.name, 0);
            return;
        }
        QSqlQuery update = run(u"UPDATE organisation SET name = ?, name_key = ?, sort_key = ? WHERE id = ?"_s,
                               {stored.name, key, SearchText::sortKey(stored.name), stored.id});
        if (update.numRowsAffected() == 0) {
            throw LibraryError(Kind::NotFound,
                               tr("The organisation %1 no longer exists in the library %2.")
                                   .arg(quoted(stored.name), m_location),
                               m_location);
        }
        bumpVersions(u"resource_organisation"_s, u"organisation_id"_s, {stored.id});
    });
    return stored;
}

void PostgresRepository::mergePeople(qint64 keepId, const QList<qint64> &duplicateIds)
{
    mergeDirectoryEntries(keepId, duplicateIds, u"person"_s, u"resource_person"_s, u"person_id"_s,
                          tr("The person to keep (number %1) no longer exists in the library %2.")
                              .arg(keepId)
                              .arg(m_location));
}

void PostgresRepository::mergeOrganisations(qint64 keepId, const QList<qint64> &duplicateIds)
{
    mergeDirectoryEntries(keepId, duplicateIds, u"organisation"_s, u"resource_organisation"_s,
                          u"organisation_id"_s,
                          tr("The organisation to keep (number %1) no longer exists in the library %2.")
                              .arg(keepId)
                              .arg(m_location));
}

// Re-points the links of the duplicates to the entry kept, then deletes the duplicates, in one
// transaction; the resources concerned get a new version so stale editors see a conflict.
// The table and column names are constants of this class, never user input.
void PostgresRepository::mergeDirectoryEntries(qint64 keepId, const QList<qint64> &duplicateIds,
                                               const QString &entityTable, const QString &linkTable,
                                               const QString &column, const QString &notFoundMessage)
{
    requireWritable();
    const QList<qint64> duplicates = uniqueIds(duplicateIds, keepId);
    if (duplicates.isEmpty())
        return;
    const QString ids = idsArray(duplicates);
    write([&] {
        QSqlQuery exists = run(u"SELECT 1 FROM "_s + entityTable + u" WHERE id = ? FOR UPDATE"_s, {keepId});
        if (!exists.next())
            throw LibraryError(Kind::NotFound, notFoundMessage, m_location);
        bumpVersions(linkTable, column, duplicates);
        const QString l = linkTable;
        const QString sameResourceKept =
            u"other.resource_id = "_s + l + u".resource_id AND other."_s + column + u" = ?"_s;
        run(u"UPDATE "_s + l + u" SET "_s + column + u" = ? WHERE "_s + column + u" = ANY (CAST(? AS bigint[]))"_s,
            {keepId, ids});
        // A resource linked to both: the first link stays, taking the role of a later one if it had none.
        run(u"UPDATE "_s + l + u" SET role = (SELECT other.role FROM "_s + l + u" other WHERE "_s + sameResourceKept
                + u" AND other.position > "_s + l + u".position AND other.role <> '' ORDER BY other.position "
                  u"LIMIT 1) WHERE "_s + column + u" = ? AND role = '' AND EXISTS (SELECT 1 FROM "_s + l
                + u" other WHERE "_s + sameResourceKept + u" AND other.position > "_s + l
                + u".position AND other.role <> '')"_s,
            {keepId, keepId, keepId});
        run(u"DELETE FROM "_s + l + u" WHERE "_s + column + u" = ? AND EXISTS (SELECT 1 FROM "_s + l
                + u" other WHERE "_s + sameResourceKept + u" AND other.position < "_s + l + u".position)"_s,
            {keepId, keepId});
        run(u"DELETE FROM "_s + entityTable + u" WHERE id = ANY (CAST(? AS bigint[]))"_s, {ids});
    });
}

QList<ResourceSummary> PostgresRepository::resourcesOfPerson(qint64 personId) const
{
    return querySummaries(
        u"r.deleted_at IS NULL AND r.id IN (SELECT resource_id FROM resource_person WHERE person_id = ?)"_s,
        {personId});
}

QList<ResourceSummary> PostgresRepository::resourcesOfOrganisation(qint64 organisationId) const
{
    return querySummaries(u"r.deleted_at IS NULL AND r.id IN "
                          u"(SELECT resource_id FROM resource_organisation WHERE organisation_id = ?)"_s,
                          {organisationId});
}

// --- Images ------------------------------------------------------------------------------

QString PostgresRepository::storeImage(const QByteArray &data, const QString &mimeType)
{
    requireWritable();
    if (data.isEmpty())
        throw LibraryError(Kind::Invalid, tr("An empty image cannot be stored in the library."), m_location);
    // The same key as in a SQLite library, so that HTML moves between them unchanged.
    const QString key = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    write([&] {
        run(u"INSERT INTO image (key, mime, data, created) VALUES (?, ?, ?, CAST(? AS timestamptz)) "
            u"ON CONFLICT (key) DO NOTHING"_s,
            {key, mimeType.trimmed().isEmpty() ? u"application/octet-stream"_s : mimeType.trimmed(), data,
             timestamp(QDateTime::currentDateTimeUtc())});
    });
    return key;
}

QByteArray PostgresRepository::loadImage(const QString &key, QString *mimeType) const
{
    QSqlQuery query = run(u"SELECT mime, data FROM image WHERE key = ?"_s, {text(key.trimmed().toLower())});
    if (!query.next()) {
        if (mimeType)
            mimeType->clear();
        return {};
    }
    if (mimeType)
        *mimeType = query.value(0).toString();
    return query.value(1).toByteArray();
}

} // namespace Actes
