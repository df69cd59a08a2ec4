#pragma once

#include "storage/resourcerepository.h"
#include "storage/serverconnection.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

class QSqlError;
class QSqlQuery;

namespace Actes {

// A library stored in a PostgreSQL database (the team library: several people on one server).
// It behaves like SqliteRepository in everything the ResourceRepository interface promises:
// one transaction per write, nested inTransaction() calls as savepoints, the version counter
// and its Conflict, revisions with the same coalescing policy, status history, trash,
// directory merges, images keyed by their SHA-256, full-text search giving the same results
// in the same order.
//
// Connection: open() takes a libpq URI, postgresql://user@host:port/database?param=value
// (host may also be given as a query parameter, e.g. a Unix socket directory). A password in
// the URI is refused (it would end up wherever the address is saved): libpq's own sources
// apply (~/.pgpass, PGPASSWORD, a service file). Other parameters (sslmode, connect_timeout,
// service...) are passed to libpq as they are.
//
// Opening never writes before the database is known to be an Actes library of a supported
// version, or an empty database: the schema is then created in one transaction. A database
// holding other tables, or an Actes schema newer than this build, is refused and left
// untouched. A user who may read but not write the library gets it read-only (isReadOnly()).
//
// Search: the text is folded in C++ exactly as for SQLite (SearchText, IndexingText) and cut
// into the words SQLite's unicode61 tokenizer would see; they are stored as a tsvector of the
// distinct words (GIN index, 'simple' lexemes, no dictionary) that finds the candidates, and as
// the words in order, field by field, on which LIKE confirms phrases and prefixes. No extension
// (unaccent) and no text search configuration is needed; results and order are SQLite's.
//
// Change detection: a one-row counter table (actes_change) bumped by every committed write that
// changed rows (a write that found nothing to do is not a change others must reload for);
// externalChangeCounter() is that counter minus this instance's own bumps. The same transaction
// sends a notification on the channel actes_change (delivered by PostgreSQL at commit only);
// setChangeListener() LISTENs to it (again after a reconnection) and calls the listener for the
// notifications of other connections (the sending backend's pid differs from this one's). The
// payload names the resources written and those whose status changed ({"resources":[…],
// "statuses":[…]}), so that the others reload those rows only; it is empty (anything may have
// changed) when a write of the transaction is of another kind or the ids do not fit.
//
// Presence (postgrespresence.cpp): the table actes_presence holds one row per connection that
// says it is editing a resource, keyed by the server process and its start time; a row counts
// only while pg_stat_activity shows that very session and its heartbeat is recent, so it ends
// with the connection (an application closed or crashed) and, at the latest, when its
// heartbeats stop. Changes are announced on the channel actes_presence.
//
// Several users: the version check of a save locks the resource's row until the transaction
// ends, so two saves of the same version give one success and one Conflict, never a lost
// update; a lock held longer than 5 seconds gives LibraryError::Kind::Locked. Errors name the
// server and the database (unreachable server, wrong password, missing database or privilege,
// lost connection); after a lost connection the next call outside a transaction reconnects,
// unless a loss listener is set (ServerConnection: Library reconnects with back-off, and calls
// fail at once meanwhile instead of each waiting for the server).
//
// One uniquely named Qt SQL connection (QPSQL) per instance: use it from the thread that
// opened it.
class PostgresRepository final : public ResourceRepository, public ServerConnection
{
    Q_DECLARE_TR_FUNCTIONS(Actes::PostgresRepository)
public:
    enum class Mode { ReadWrite, ReadOnly };

    // password: given by the user for this connection only (empty: libpq's own sources). A
    // server that wants a password it did not get throws PasswordRequiredError.
    static std::unique_ptr<PostgresRepository> open(const QString &uri, Mode mode = Mode::ReadWrite,
                                                    const QString &password = {});

    // The parts of a libpq address (postgresql://user@host:port/database?key=value...).
    struct Address
    {
        QString host;       // name, address or Unix socket directory; empty = libpq's default
        int port = -1;      // -1: libpq's default (5432)
        QString user;       // empty: libpq's default (PGUSER, the login name)
        QString database;   // empty: libpq's default (the user name)
        QMap<QString, QString> options;   // everything else (sslmode...), for libpq
    };
    // Throws LibraryError Invalid for what is not a PostgreSQL address, or holds a password.
    static Address parseAddress(const QString &uri);
    // The address as shown and saved: normalised, with every part given (never a password).
    static QString addressText(const Address &address);
    static int latestSchemaVersion();
    // Sets up an empty database as a library of an older schema version (for migration tests),
    // as the release that wrote that version did.
    static void createAtSchemaVersion(const QString &uri, int version);

    ~PostgresRepository() override;
    Q_DISABLE_COPY_MOVE(PostgresRepository)

    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const;
    // The server as shown in messages ("db.example.org:5432", "localhost (socket in /run/x, port 5432)").
    QString serverDescription() const override { return m_server; }
    QString databaseName() const { return m_database; }
    // Throws the LibraryError of a failed statement on this connection, as the repository's own
    // calls do (lost connection, missing privilege, lock timeout...): for LibraryArchive.
    [[noreturn]] void throwError(const QSqlError &error) const { fail(error); }

    QString location() const override { return m_location; }
    bool isReadOnly() const override { return m_readOnly; }

    QList<ResourceSummary> listResources(const ResourceFilter &filter = {}) const override;
    int countResources(const ResourceFilter &filter = {}) const override;
    QList<int> eventYears() const override;
    std::optional<Resource> loadResource(qint64 id) const override;
    QList<Resource> loadResources(const QList<qint64> &ids) const override;
    Resource createResource(const Resource &resource) override;
    Resource saveResource(const Resource &resource) override;
    int storedVersion(qint64 id) const override;

    void moveToTrash(const QList<qint64> &ids) override;
    void restoreFromTrash(const QList<qint64> &ids) override;
    int emptyTrash() override;
    bool isInTrash(qint64 id) const override;

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
    bool setChangeListener(ChangeListener listener) override;
    ServerConnection *serverConnection() override { return this; }

    // ServerConnection: the loss found, probed off this thread, connecting again.
    bool isConnectionLost() const override { return m_lost; }
    void setLossListener(LossListener listener) override { m_lossListener = std::move(listener); }
    Probe connectionProbe() const override;
    void reconnect() override;

    void setEditing(qint64 resourceId, const QString &name) override;
    QList<EditingPresence> othersEditing() const override;
    bool setPresenceListener(std::function<void()> listener) override;

    // Same policy and semantics as SqliteRepository::RevisionPolicy.
    struct RevisionPolicy
    {
        int sessionMinutes = 10;
        int keptRevisions = 200;
    };
    void setRevisionPolicy(const RevisionPolicy &policy) { m_policy = policy; }
    RevisionPolicy revisionPolicy() const { return m_policy; }
    // The clock of the writes (UTC); tests replace it. Empty = the system clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void setCurrentAuthor(const QString &author) override { m_author = author; }
    QString currentAuthor() const override { return m_author; }
    Member currentMember() const override;
    QList<Member> members() const override;
    bool hasMembers() const override;
    QString addMember(const Member &member, const QString &password) override;
    void setMemberRole(const QString &login, MemberRole role) override;
    void disableMember(const QString &login) override;
    void setRequestedReviewer(qint64 id, const QString &login) override;
    QString requestedReviewer(qint64 id) const override;
    // Attachments (postgresattachments.cpp)
    QString storeAttachmentData(const QByteArray &data, const QString &searchText = {}) override;
    QByteArray attachmentData(const QString &sha256) const override;
    bool hasAttachmentData(const QString &sha256) const override;
    int purgeUnusedAttachmentData() override;
    void setRevisionCause(RevisionCause cause) override { m_cause = cause; }
    RevisionCause revisionCause() const override { return m_cause; }

    void changeStatus(qint64 id, Status newStatus, const QString &author, const QString &comment,
                      int expectedVersion) override;
    QList<StatusChange> statusHistory(qint64 id) const override;
    QList<RevisionInfo> revisions(qint64 id) const override;
    std::optional<Resource> revisionSnapshot(qint64 revisionId) const override;
    Resource restoreRevision(qint64 revisionId, const QString &author, int expectedVersion = 0) override;
    std::optional<qint64> lastApprovedRevision(qint64 id) const override;

    // Review comments (sqlitecomments.cpp / postgrescomments.cpp).
    QList<Comment> comments(qint64 resourceId) const override;
    int unresolvedCommentCount(qint64 resourceId) const override;
    Comment addComment(const Comment &comment) override;
    void setCommentResolved(qint64 commentId, bool resolved) override;
    void editComment(qint64 commentId, const QString &text) override;
    void deleteComment(qint64 commentId) override;
    void updateCommentAnchors(const QList<Comment> &threads) override;

private:
    PostgresRepository(QString connectionName, QString location, QString server, QString database);

    // Runs sql with the values bound in order; throws LibraryError on failure. The query is
    // forward-only and positioned before its first row.
    QSqlQuery run(const QString &sql, const QVariantList &values = {}) const;
    [[noreturn]] void fail(const QSqlError &error) const;
    void requireWritable() const;
    void write(const std::function<void()> &fn);
    void configureSession() const;
    void reconnectIfLost() const;
    bool listenForChanges() const;
    void connectNotifications();
    // What the open transaction changed, for the payload of its notification (postgrespresence.cpp).
    void noteChanged(qint64 resourceId, bool statusChanged = false);
    QString changePayload() const;
    static ExternalChange changeFromPayload(const QString &payload);
    void inspectAndSetUp(Mode mode);
    void createSchema(int version = 0);   // 0: SchemaVersion
    void migrateSchema();
    // postgresmembers.cpp: who the connection acts as; the author name sent with a write.
    void readSessionIdentity();
    QString writerName(const QString &author) const;

    QList<ResourceSummary> querySummaries(const QString &where, const QVariantList &values) const;
    qint64 typeIdFor(const QString &name);
    qint64 personIdFor(const Participant &participant);
    qint64 organisationIdFor(const QString &name, qint64 organisationId);
    void writeLinks(qint64 resourceId, const Resource &resource);
    void writeSearchIndex(qint64 resourceId, const Resource &resource);
    // postgresattachments.cpp: the attachment rows of a resource, written in its transaction
    // (ids kept; a file must name stored content, else Invalid), read in order; the words of
    // its attachments (titles, text of the files) for the search, folded.
    void writeAttachments(qint64 resourceId, const Resource &resource);
    void readAttachments(const QString &idsArrayLiteral, QHash<qint64, Resource> &byId) const;
    QString attachmentSearchText(const Resource &resource) const;
    void bumpVersions(const QString &linkTable, const QString &column, const QList<qint64> &ids);
    void mergeDirectoryEntries(qint64 keepId, const QList<qint64> &duplicateIds, const QString &entityTable,
                               const QString &linkTable, const QString &column, const QString &notFoundMessage);

    QDateTime now() const;
    int checkedVersion(qint64 id, const QString &title, int expectedVersion, bool checkVersion);
    void updateResource(const Resource &resource, const QString &modified);
    void recordStatusChange(qint64 resourceId, Status from, Status to, const QString &at, const QString &author,
                            const QString &comment, qint64 revisionId);
    qint64 recordRevision(const Resource &stored, const std::optional<Resource> &before, const QString &author,
                          RevisionCause cause, const QDateTime &at, int restoredFrom = 0);

    QString m_connectionName;
    QString m_location;   // the address as given, normalised (it never holds a password)
    QString m_server;
    QString m_database;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    mutable bool m_lost = false;   // the connection was found broken: reconnect before the next call
    mutable QString m_lostMessage; // ... and the message that said so
    LossListener m_lossListener;
    int m_transactionDepth = 0;
    bool m_wrote = false;          // the open transaction wrote something: bump the change counter
    mutable bool m_changedRows = false;   // ... and a statement of it changed rows (else no bump)
    qint64 m_ownChanges = 0;       // bumps of the change counter committed by this instance
    ChangeListener m_changeListener;
    std::function<void()> m_presenceListener;
    bool m_notificationsConnected = false;
    // What the open transaction's writes changed: resources written, statuses changed; a write
    // that noted nothing (directory, trash, values...) makes it "anything".
    QList<qint64> m_changedResources;
    QList<qint64> m_changedStatuses;
    bool m_changedAnything = false;
    bool m_changedDirectory = false;   // a person, organisation or type was added on the way
    int m_notes = 0;
    mutable qint64 m_editing = 0;  // the resource this connection says it is editing
    QString m_author;
    QString m_sessionLogin;        // session_user
    bool m_trusted = false;        // the owner or a superuser: the server's checks trust it
    mutable bool m_settingUp = false;   // creating the schema: a refusal means "cannot set up"
    RevisionCause m_cause = RevisionCause::Edit;
    RevisionPolicy m_policy;
    std::function<QDateTime()> m_clock;
};

} // namespace Actes
