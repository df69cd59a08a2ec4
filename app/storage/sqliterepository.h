#pragma once

#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlError;
class QSqlQuery;

namespace Actes {

struct SqliteCachedStatement;
class SqliteStatement;

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
    QList<int> eventYears() const override;
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
    // SQLite has no push notification: other connections' commits are found by polling.
    bool setChangeListener(ChangeListener) override { return false; }
    // A personal library has no other members: nobody else can be editing.
    void setEditing(qint64, const QString &) override {}
    QList<EditingPresence> othersEditing() const override { return {}; }
    bool setPresenceListener(std::function<void()>) override { return false; }
    ServerConnection *serverConnection() override { return nullptr; }   // a file: nothing to lose

    // --- Status history and revisions ------------------------------------------------
    // Every createResource(), saveResource(), changeStatus() and restoreRevision() records a
    // revision in its own transaction. Consecutive Edit saves of the same author are coalesced
    // into the latest revision while it is an Edit (or Create) revision of that author, younger
    // than RevisionPolicy::sessionMinutes (counted from the session's first save) and not
    // approved. A status change, a restore, an import, another author or an older session
    // start a new revision. Saves that change nothing record nothing. Revisions made by a
    // change to Approved or Published are kept forever; of the others, the newest
    // RevisionPolicy::keptRevisions per resource are kept. A resource stored before revisions
    // existed gets a Baseline revision of its old state on its first write.
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
    Member currentMember() const override { return localMember(m_author); }
    QList<Member> members() const override { return {currentMember()}; }
    bool hasMembers() const override { return false; }
    QString addMember(const Member &, const QString &) override { refuseMembers(); }
    void setMemberRole(const QString &, MemberRole) override { refuseMembers(); }
    void disableMember(const QString &) override { refuseMembers(); }
    [[noreturn]] void refuseMembers() const
    {
        throw LibraryError(LibraryError::Kind::Invalid, personalLibraryMembersMessage(), location());
    }
    void setRequestedReviewer(qint64 id, const QString &login) override;
    QString requestedReviewer(qint64 id) const override;
    // Attachments (sqliteattachments.cpp)
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
    void mergeDirectoryEntries(qint64 keepId, const QList<qint64> &duplicateIds, const QString &entityTable,
                               const QString &linkTable, const QString &column,
                               const QString &notFoundMessage);
    SqliteRepository(QString path, QString connectionName, bool readOnly);

    // A prepared statement for sql, taken from the per-connection cache (prepared once per
    // instance); it is reset when the returned object goes out of scope.
    SqliteStatement prepare(const QString &sql) const;
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
    // Attachments (sqliteattachments.cpp): checked before a write, written in its transaction
    // (ids kept), read back in order, and their words for the search index.
    void checkAttachments(const Resource &resource) const;
    void writeAttachments(qint64 resourceId, const Resource &resource, bool isNew);
    void readAttachments(const QString &idsJson, QHash<qint64, Resource> &byId) const;
    QString attachmentSearchText(const Resource &resource) const;
    int purgeUnusedAttachmentDataNow();
    // Writes the index entries deferred by writeSearchIndex() (see there). Called before the
    // outermost transaction commits, before anything reads or deletes index entries, and when
    // the deferred text grows large.
    void flushSearchIndex() const;
    void bumpVersions(const QString &linkTable, const QString &column, const QList<qint64> &ids);

    QDateTime now() const;
    int checkedVersion(qint64 id, const QString &title, int expectedVersion, bool checkVersion);
    void updateResource(const Resource &resource, const QString &modified);
    void recordStatusChange(qint64 resourceId, Status from, Status to, const QString &at, const QString &author,
                            const QString &comment, qint64 revisionId);
    // Records the revision of the state just written (before: the state before the write,
    // nothing for a creation). Returns the id of the revision written or updated, 0 if none.
    qint64 recordRevision(const Resource &stored, const std::optional<Resource> &before, const QString &author,
                          RevisionCause cause, const QDateTime &at, int restoredFrom = 0);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
    QString m_author;
    RevisionCause m_cause = RevisionCause::Edit;
    RevisionPolicy m_policy;
    std::function<QDateTime()> m_clock;
    // Prepared statements of this connection, by SQL text (cleared before the connection closes).
    mutable QHash<QString, std::shared_ptr<SqliteCachedStatement>> m_statements;
    // Full-text index entries written in the current transaction but not yet inserted
    // (append-only; for an id written twice the last entry wins).
    struct PendingIndexEntry
    {
        qint64 id = 0;
        QString title;
        QString summary;
        QString body;
        QString attachments;
        qsizetype chars() const { return title.size() + summary.size() + body.size() + attachments.size(); }
    };
    mutable QList<PendingIndexEntry> m_pendingIndex;
    mutable qsizetype m_pendingIndexChars = 0;
    // Open savepoints (nested inTransaction() calls), innermost last: where the pending list
    // stood when each opened, and the ids of entries deferred outside it that a flush inserted
    // inside it (rolling it back undoes those inserts: they are queued again from the table).
    struct SavepointFrame
    {
        qsizetype pendingMark = 0;
        QList<qint64> flushedOuterIds;
    };
    mutable QList<SavepointFrame> m_savepoints;
    void queueSearchIndex(const QList<qint64> &ids);
    bool m_indexLost = false;
};

} // namespace Actes
