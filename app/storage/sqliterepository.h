#pragma once

#include "storage/resourcerepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlError;
class QSqlQuery;

namespace Actes {

enum class OpenMode { ReadWrite, ReadOnly };

// A library stored in one SQLite file (the embedded, single-user case).
//
// Opening never writes to a file before it is known to be an Actes library of a supported
// version: foreign, damaged or newer files are refused with a LibraryError and left untouched.
// A file that cannot be written is opened read-only (isReadOnly()); writes then throw
// LibraryError::Kind::ReadOnly. One uniquely named Qt SQL connection per instance: use an
// instance from the thread that opened it.
class SqliteRepository final : public ResourceRepository
{
    Q_DECLARE_TR_FUNCTIONS(Actes::SqliteRepository)
public:
    using OpenMode = Actes::OpenMode;

    // Opens the library at path, creating it (with its folder's permission) when missing.
    // A 0-byte or empty SQLite file is set up as a new library. Older libraries are migrated.
    static std::unique_ptr<SqliteRepository> open(const QString &path, OpenMode mode = OpenMode::ReadWrite);
    static int latestSchemaVersion();
    // Creates an empty library at an older schema version (for migration tests). The file
    // must not exist or be empty.
    static void createAtSchemaVersion(const QString &path, int version);

    ~SqliteRepository() override;
    Q_DISABLE_COPY_MOVE(SqliteRepository)

    // The Qt SQL connection name of this instance (tests and maintenance tools).
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const;

    QString location() const override { return m_path; }
    bool isReadOnly() const override { return m_readOnly; }

    QList<ResourceSummary> listResources(const ResourceFilter &filter = {}) const override;
    int countResources(const ResourceFilter &filter = {}) const override;
    std::optional<Resource> loadResource(qint64 id) const override;
    QList<Resource> loadResources(const QList<qint64> &ids) const override;
    Resource createResource(const Resource &resource) override;
    // A resource with id 0 is created. Participants whose personId is unknown or whose
    // name, function or organisation differ from the stored person are matched by those
    // three fields (or a new person is created): editing a participant in one resource
    // never rewrites the directory entry shown in other resources. Partners likewise.
    Resource saveResource(const Resource &resource) override;
    int storedVersion(qint64 id) const override;

    void moveToTrash(const QList<qint64> &ids) override;
    void restoreFromTrash(const QList<qint64> &ids) override;
    int emptyTrash() override;

    std::optional<qint64> findResource(const QString &title, const QDate &dateStart) const override;

    void inTransaction(const std::function<void()> &fn) override;

    QStringList resourceTypes() const override;
    void addResourceType(const QString &name) override;

    QList<Person> people() const override;
    QList<Organisation> organisations() const override;
    QStringList participantRoles() const override;
    QStringList partnerRoles() const override;
    Person savePerson(const Person &person) override;
    Organisation saveOrganisation(const Organisation &organisation) override;
    void mergePeople(qint64 keepId, const QList<qint64> &duplicateIds) override;
    void mergeOrganisations(qint64 keepId, const QList<qint64> &duplicateIds) override;
    QList<ResourceSummary> resourcesOfPerson(qint64 personId) const override;
    QList<ResourceSummary> resourcesOfOrganisation(qint64 organisationId) const override;

    QString storeImage(const QByteArray &data, const QString &mimeType) override;
    QByteArray loadImage(const QString &key, QString *mimeType = nullptr) const override;

    QString libraryValue(const QString &key, const QString &defaultValue = {}) const override;
    void setLibraryValue(const QString &key, const QString &value) override;

    qint64 externalChangeCounter() const override;

private:
    SqliteRepository(QString path, QString connectionName, bool readOnly);

    QSqlQuery prepare(const QString &sql) const;
    void exec(QSqlQuery &query) const;
    void exec(const QString &sql) const;
    [[noreturn]] void fail(const QSqlError &error) const;
    void requireWritable() const;
    void write(const std::function<void()> &fn);

    QList<ResourceSummary> querySummaries(const QString &where, const QVariantList &values) const;
    qint64 typeIdFor(const QString &name);
    qint64 personIdFor(const Participant &participant);
    qint64 organisationIdFor(const QString &name, qint64 organisationId);
    void writeLinks(qint64 resourceId, const Resource &resource);
    void writeSearchIndex(qint64 resourceId, const Resource &resource);
    void bumpVersions(const QString &linkTable, const QString &column, const QList<qint64> &ids);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
};

} // namespace Actes
