// SqliteRepository: people, organisations, images and library settings.
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

// --- Directory ---------------------------------------------------------------------------

QList<Person> SqliteRepository::people() const
{
    SqliteStatement query = prepare(u"SELECT id, name, function, organisation FROM person ORDER BY name_key, name, id"_s);
    query.setForwardOnly(true);
    exec(query);
    QList<Person> result;
    while (query.next()) {
        result.append(Person{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                             query.value(3).toString()});
    }
    return result;
}

QList<Organisation> SqliteRepository::organisations() const
{
    SqliteStatement query = prepare(u"SELECT id, name FROM organisation ORDER BY sort_key, name, id"_s);
    query.setForwardOnly(true);
    exec(query);
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

QStringList SqliteRepository::participantRoles() const
{
    SqliteStatement query = prepare(u"SELECT DISTINCT role FROM resource_person WHERE role <> ''"_s);
    exec(query);
    return withUsedRoles(builtInParticipantRoles, query);
}

QStringList SqliteRepository::partnerRoles() const
{
    SqliteStatement query = prepare(u"SELECT DISTINCT role FROM resource_organisation WHERE role <> ''"_s);
    exec(query);
    return withUsedRoles(builtInPartnerRoles, query);
}

void SqliteRepository::bumpVersions(const QString &linkTable, const QString &column, const QList<qint64> &ids)
{
    // Resources showing a changed directory entry get a new version, so that an editor holding
    // the old copy gets a conflict instead of silently bringing the old entry back.
    SqliteStatement query = prepare(u"UPDATE resource SET version = version + 1 WHERE id IN (SELECT resource_id FROM "_s
                              + linkTable + u" WHERE "_s + column + u" IN (SELECT value FROM json_each(?)))"_s);
    query.bindValue(0, idsJson(ids));
    exec(query);
}

Person SqliteRepository::savePerson(const Person &person)
{
    requireWritable();
    Person stored{person.id, person.name.trimmed(), person.function.trimmed(), person.organisation.trimmed()};
    if (stored.name.isEmpty())
        throw LibraryError(Kind::Invalid, tr("A person needs a name; it was not saved."), m_path);
    write([&] {
        if (stored.id == 0) {
            stored.id = personIdFor(Participant{0, stored.name, stored.function, stored.organisation, {}});
            return;
        }
        SqliteStatement update = prepare(
            u"UPDATE person SET name = ?, function = ?, organisation = ?, name_key = ? WHERE id = ?"_s);
        update.bindValue(0, text(stored.name));
        update.bindValue(1, text(stored.function));
        update.bindValue(2, text(stored.organisation));
        update.bindValue(3, SearchText::sortKey(stored.name));
        update.bindValue(4, stored.id);
        exec(update);
        if (update.numRowsAffected() == 0) {
            throw LibraryError(Kind::NotFound,
                               tr("The person %1 no longer exists in the library %2.")
                                   .arg(quoted(stored.name), native(m_path)),
                               m_path);
        }
        bumpVersions(u"resource_person"_s, u"person_id"_s, {stored.id});
    });
    return stored;
}

Organisation SqliteRepository::saveOrganisation(const Organisation &organisation)
{
    requireWritable();
    Organisation stored{organisation.id, organisation.name.trimmed()};
    if (stored.name.isEmpty())
        throw LibraryError(Kind::Invalid, tr("An organisation needs a name; it was not saved."), m_path);
    write([&] {
        const QString key = SearchText::identityKey(stored.name);
        SqliteStatement find = prepare(u"SELECT id, name FROM organisation WHERE name_key = ?"_s);
        find.bindValue(0, key);
        exec(find);
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
                                   m_path);
            }
        }
        find.finish();
        if (stored.id == 0) {
            stored.id = organisationIdFor(stored.name, 0);
            return;
        }
        SqliteStatement update = prepare(u"UPDATE organisation SET name = ?, name_key = ?, sort_key = ? WHERE id = ?"_s);
        update.bindValue(0, stored.name);
        update.bindValue(1, key);
        update.bindValue(2, SearchText::sortKey(stored.name));
        update.bindValue(3, stored.id);
        exec(update);
        if (update.numRowsAffected() == 0) {
            throw LibraryError(Kind::NotFound,
                               tr("The organisation %1 no longer exists in the library %2.")
                                   .arg(quoted(stored.name), native(m_path)),
                               m_path);
        }
        bumpVersions(u"resource_organisation"_s, u"organisation_id"_s, {stored.id});
    });
    return stored;
}

namespace {

// SQL merging the links of duplicates into the kept entry (table/column are constants).
QStringList mergeStatements(const QString &linkTable, const QString &column, const QString &entityTable)
{
    const QString sameResourceKept = u"other.resource_id = "_s + linkTable + u".resource_id AND other."_s + column
        + u" = :keep"_s;
    return {
        u"UPDATE "_s + linkTable + u" SET "_s + column
            + u" = :keep WHERE "_s + column + u" IN (SELECT value FROM json_each(:ids))"_s,
        // A resource linked to both: the first link stays, taking the role of a later one if it had none.
        u"UPDATE "_s + linkTable + u" SET role = (SELECT other.role FROM "_s + linkTable + u" other WHERE "_s
            + sameResourceKept + u" AND other.position > "_s + linkTable
            + u".position AND other.role <> '' ORDER BY other.position LIMIT 1) WHERE "_s + column
            + u" = :keep AND role = '' AND EXISTS (SELECT 1 FROM "_s + linkTable + u" other WHERE "_s
            + sameResourceKept + u" AND other.position > "_s + linkTable + u".position AND other.role <> '')"_s,
        u"DELETE FROM "_s + linkTable + u" WHERE "_s + column + u" = :keep AND EXISTS (SELECT 1 FROM "_s
            + linkTable + u" other WHERE "_s + sameResourceKept + u" AND other.position < "_s + linkTable
            + u".position)"_s,
        u"DELETE FROM "_s + entityTable + u" WHERE id IN (SELECT value FROM json_each(:ids))"_s,
    };
}

} // namespace

void SqliteRepository::mergePeople(qint64 keepId, const QList<qint64> &duplicateIds)
{
    mergeDirectoryEntries(keepId, duplicateIds, u"person"_s, u"resource_person"_s, u"person_id"_s,
                          tr("The person to keep (number %1) no longer exists in the library %2.")
                              .arg(keepId)
                              .arg(native(m_path)));
}

void SqliteRepository::mergeOrganisations(qint64 keepId, const QList<qint64> &duplicateIds)
{
    mergeDirectoryEntries(keepId, duplicateIds, u"organisation"_s, u"resource_organisation"_s,
                          u"organisation_id"_s,
                          tr("The organisation to keep (number %1) no longer exists in the library %2.")
                              .arg(keepId)
                              .arg(native(m_path)));
}

// Re-points the links of the duplicates to the entry kept, then deletes the duplicates, in one
// transaction; the resources concerned get a new version so stale editors see a conflict.
void SqliteRepository::mergeDirectoryEntries(qint64 keepId, const QList<qint64> &duplicateIds,
                                             const QString &entityTable, const QString &linkTable,
                                             const QString &column, const QString &notFoundMessage)
{
    requireWritable();
    const QList<qint64> duplicates = uniqueIds(duplicateIds, keepId);
    if (duplicates.isEmpty())
        return;
    write([&] {
        SqliteStatement exists = prepare(u"SELECT 1 FROM "_s + entityTable + u" WHERE id = ?"_s);
        exists.bindValue(0, keepId);
        exec(exists);
        if (!exists.next())
            throw LibraryError(Kind::NotFound, notFoundMessage, m_path);
        exists.finish();
        bumpVersions(linkTable, column, duplicates);
        for (const QString &sql : mergeStatements(linkTable, column, entityTable)) {
            SqliteStatement query = prepare(sql);
            if (sql.contains(u":keep"_s))
                query.bindValue(u":keep"_s, keepId);
            if (sql.contains(u":ids"_s))
                query.bindValue(u":ids"_s, idsJson(duplicates));
            exec(query);
        }
    });
}

QList<ResourceSummary> SqliteRepository::resourcesOfPerson(qint64 personId) const
{
    return querySummaries(
        u"r.deleted_at IS NULL AND r.id IN (SELECT resource_id FROM resource_person WHERE person_id = ?)"_s,
        {personId});
}

QList<ResourceSummary> SqliteRepository::resourcesOfOrganisation(qint64 organisationId) const
{
    return querySummaries(u"r.deleted_at IS NULL AND r.id IN "
                          u"(SELECT resource_id FROM resource_organisation WHERE organisation_id = ?)"_s,
                          {organisationId});
}

// --- Images ------------------------------------------------------------------------------

QString SqliteRepository::storeImage(const QByteArray &data, const QString &mimeType)
{
    requireWritable();
    if (data.isEmpty())
        throw LibraryError(Kind::Invalid, tr("An empty image cannot be stored in the library."), m_path);
    const QString key = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    write([&] {
        SqliteStatement query = prepare(
            u"INSERT INTO image (key, mime, data, created) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO NOTHING"_s);
        query.bindValue(0, key);
        query.bindValue(1, mimeType.trimmed().isEmpty() ? u"application/octet-stream"_s : mimeType.trimmed());
        query.bindValue(2, data);
        query.bindValue(3, timestamp(QDateTime::currentDateTimeUtc()));
        exec(query);
    });
    return key;
}

QByteArray SqliteRepository::loadImage(const QString &key, QString *mimeType) const
{
    SqliteStatement query = prepare(u"SELECT mime, data FROM image WHERE key = ?"_s);
    query.bindValue(0, text(key.trimmed().toLower()));
    exec(query);
    if (!query.next()) {
        if (mimeType)
            mimeType->clear();
        return {};
    }
    if (mimeType)
        *mimeType = query.value(0).toString();
    return query.value(1).toByteArray();
}

// --- Settings and change detection -------------------------------------------------------

QString SqliteRepository::libraryValue(const QString &key, const QString &defaultValue) const
{
    SqliteStatement query = prepare(u"SELECT value FROM library_setting WHERE key = ?"_s);
    query.bindValue(0, text(key));
    exec(query);
    return query.next() ? query.value(0).toString() : defaultValue;
}

void SqliteRepository::setLibraryValue(const QString &key, const QString &value)
{
    requireWritable();
    if (key.isEmpty())
        throw LibraryError(Kind::Invalid, tr("A library setting needs a name."), m_path);
    write([&] {
        SqliteStatement query = prepare(u"INSERT INTO library_setting (key, value) VALUES (?, ?) "
                                  u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        query.bindValue(0, key);
        query.bindValue(1, text(value));
        exec(query);
    });
}

qint64 SqliteRepository::externalChangeCounter() const
{
    SqliteStatement query = prepare(u"PRAGMA data_version"_s);
    exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace Actes
