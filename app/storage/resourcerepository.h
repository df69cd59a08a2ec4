#pragma once

#include "domain/comment.h"
#include "domain/member.h"
#include "domain/resource.h"
#include "domain/revision.h"
#include "domain/statuschange.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Actes {

class ServerConnection;

// What the resource list asks for. Every criterion is optional; they combine with AND.
struct ResourceFilter
{
    QString searchText;                 // full-text query as typed (accent-insensitive, prefix on last word)
    QString type;                       // exact type name; empty = any
    std::optional<Status> status;
    std::optional<bool> isPrivate;
    int year = 0;                       // event year (date_start); 0 = any
    bool trash = false;                 // list the trash instead of the live resources
    QList<qint64> ids;                  // restrict to these ids; empty = no restriction
    // The review queue of this login: live resources In review whose submission named this
    // login as reviewer or named nobody (anyone may review them); nothing = no restriction.
    std::optional<QString> reviewQueueFor;
};

// Storage of a library, split by concern into small interfaces: a backend implements each of
// them (SqliteRepository, PostgresRepository, the tests' MemoryRepository), and code that needs
// one concern may take that interface only. ResourceRepository is their aggregate. No method
// has a default implementation. SQLite is the embedded implementation and PostgreSQL the team
// one, so nothing backend-specific appears here. Every method throws LibraryError on failure
// and leaves the stored data as it was (each write is one transaction).

// --- Resources, their trash and their types ---------------------------------------------
class ResourceStore
{
public:
    virtual ~ResourceStore() = default;

    // Rows for the list, ordered by event date (newest first, unknown dates last), then title.
    virtual QList<ResourceSummary> listResources(const ResourceFilter &filter = {}) const = 0;
    virtual int countResources(const ResourceFilter &filter = {}) const = 0;
    // The years of the event dates of the live resources, newest first (the list's year filter).
    virtual QList<int> eventYears() const = 0;
    virtual std::optional<Resource> loadResource(qint64 id) const = 0;
    // Full resources (bodies, participants, partners) in the order of ids; unknown ids skipped.
    virtual QList<Resource> loadResources(const QList<qint64> &ids) const = 0;

    // Stores a new resource; returns it with id, version 1 and times set.
    virtual Resource createResource(const Resource &resource) = 0;
    // Stores changes. resource.version must equal the stored version, otherwise
    // LibraryError::Kind::Conflict is thrown and nothing is written. Returns the stored
    // resource with its new version and modified time.
    virtual Resource saveResource(const Resource &resource) = 0;
    virtual int storedVersion(qint64 id) const = 0;   // 0 when there is no such resource

    // Trash: a deleted resource is kept until the trash is emptied.
    virtual void moveToTrash(const QList<qint64> &ids) = 0;
    virtual void restoreFromTrash(const QList<qint64> &ids) = 0;
    virtual int emptyTrash() = 0;                      // returns how many were purged
    // True when the resource is in the trash (loadResource() still reads it there).
    virtual bool isInTrash(qint64 id) const = 0;

    // For re-imports: the live resource with exactly this title and start date (may be invalid).
    virtual std::optional<qint64> findResource(const QString &title, const QDate &dateStart) const = 0;

    // Resource types (user-extensible).
    virtual QStringList resourceTypes() const = 0;
    virtual void addResourceType(const QString &name) = 0;   // no-op if it exists
};

// --- Directory of people and organisations ------------------------------------------------
class DirectoryStore
{
public:
    virtual ~DirectoryStore() = default;

    virtual QList<Person> people() const = 0;
    virtual QList<Organisation> organisations() const = 0;
    virtual QStringList participantRoles() const = 0;         // suggestions: built-ins + used ones
    virtual QStringList partnerRoles() const = 0;
    virtual Person savePerson(const Person &person) = 0;     // id 0 = create
    virtual Organisation saveOrganisation(const Organisation &organisation) = 0;
    // Re-points every link of the duplicates to keep, then deletes the duplicates.
    virtual void mergePeople(qint64 keepId, const QList<qint64> &duplicateIds) = 0;
    virtual void mergeOrganisations(qint64 keepId, const QList<qint64> &duplicateIds) = 0;
    virtual QList<ResourceSummary> resourcesOfPerson(qint64 personId) const = 0;
    virtual QList<ResourceSummary> resourcesOfOrganisation(qint64 organisationId) const = 0;
};

// --- Workflow status, revisions and history -----------------------------------------------
class RevisionStore
{
public:
    virtual ~RevisionStore() = default;

    // The name recorded as author of the revisions of subsequent createResource() and
    // saveResource() calls on this instance (the UI passes its "user name" setting, the CLI
    // the setting or $USER). Empty until set.
    virtual void setCurrentAuthor(const QString &author) = 0;
    virtual QString currentAuthor() const = 0;
    // Why subsequent createResource()/saveResource() calls are made; Edit by default. Set
    // Import around an import (see RevisionCauseScope) so that it starts its own revision.
    virtual void setRevisionCause(RevisionCause cause) = 0;
    virtual RevisionCause revisionCause() const = 0;

    // Changes the workflow status: bumps the version and records, in one transaction, the
    // status change (time, author, comment) and a new revision. expectedVersion must equal the
    // stored version, otherwise LibraryError::Kind::Conflict is thrown and nothing is written.
    // Setting the status it already has writes nothing. Which transitions are allowed (checks
    // before Approved/Published) is decided by StatusService (app/review/statusservice.h),
    // not here: call ReviewWorkflow (app/review/reviewworkflow.h) from the UI and the CLI.
    virtual void changeStatus(qint64 id, Status newStatus, const QString &author, const QString &comment,
                              int expectedVersion) = 0;
    // Every status change of a resource, newest first. Saves that changed the status field
    // directly (saveResource() with another status, an import) are listed too, with an empty
    // comment; a resource created with a status other than Draft starts with Draft → status.
    virtual QList<StatusChange> statusHistory(qint64 id) const = 0;

    // Revisions of a resource, newest first. Every write of a resource records one; consecutive
    // saves by the same author within a few minutes are coalesced into one (an editing session).
    virtual QList<RevisionInfo> revisions(qint64 id) const = 0;
    // The full state of the resource in that revision (id = the resource's id, version = its
    // version then, modified = the time of the revision); nothing for an unknown revision.
    virtual std::optional<Resource> revisionSnapshot(qint64 revisionId) const = 0;
    // Writes the content and metadata of that revision back as the current state (the status
    // stays as it is now: it only changes through changeStatus()), recording a new revision by
    // author. When expectedVersion is not 0 it must equal the stored version (Conflict
    // otherwise). Returns the stored resource. NotFound for an unknown revision.
    virtual Resource restoreRevision(qint64 revisionId, const QString &author, int expectedVersion = 0) = 0;
    // The newest revision marked approved (made by a change to Approved or Published), for
    // "changes since the last approved version"; nothing when it was never approved.
    virtual std::optional<qint64> lastApprovedRevision(qint64 id) const = 0;
};

// --- Images stored inside the library (never as paths to the user's disk) -----------------
class ImageStore
{
public:
    virtual ~ImageStore() = default;

    // Returns the key used in HTML as "actes-image:<key>" (content hash; storing twice is a no-op).
    virtual QString storeImage(const QByteArray &data, const QString &mimeType) = 0;
    virtual QByteArray loadImage(const QString &key, QString *mimeType = nullptr) const = 0;
};

// --- Per-library values (e.g. spelling language, document language) ------------------------
class LibraryValueStore
{
public:
    virtual ~LibraryValueStore() = default;

    virtual QString libraryValue(const QString &key, const QString &defaultValue = {}) const = 0;
    virtual void setLibraryValue(const QString &key, const QString &value) = 0;
};

// --- Members of the library and what they may do ------------------------------------------
class MemberStore
{
public:
    virtual ~MemberStore() = default;

    // Who this connection acts as. PostgreSQL: the server's login of the connection, with its
    // display name and role. SQLite: the single local user, who holds every role (Admin).
    virtual Member currentMember() const = 0;
    // Every member, disabled ones included, ordered by display name.
    virtual QList<Member> members() const = 0;
    // Whether the library has members to manage (a team library); a personal library has one
    // user and refuses the three calls below (LibraryError Invalid).
    virtual bool hasMembers() const = 0;
    // Administration, for an administrator of the library (else PermissionDenied, refused by
    // the server): adds member (creates its login with password, generated when empty, unless
    // the login exists) and returns the password used; changes a member's role; disables a
    // member (may no longer connect, kept in the list and in the history).
    virtual QString addMember(const Member &member, const QString &password) = 0;
    virtual void setMemberRole(const QString &login, MemberRole role) = 0;
    virtual void disableMember(const QString &login) = 0;
};

// --- Who else is editing what (team library presence) ---------------------------------------
// Another connection that says it is editing a resource.
struct EditingPresence
{
    qint64 resourceId = 0;
    QString login;   // the server's login of that connection
    QString name;    // the name it gave (its member's display name); the login when empty

    QString displayName() const { return name.isEmpty() ? login : name; }
    friend bool operator==(const EditingPresence &, const EditingPresence &) = default;
};

class PresenceStore
{
public:
    virtual ~PresenceStore() = default;

    // This connection is editing resourceId under name (0: nothing any more). While editing, it
    // is said again at least every PresenceHeartbeatSeconds (the heartbeat): an entry whose
    // heartbeat is older than PresenceExpirySeconds, or whose connection to the server ended
    // (the application closed or crashed), no longer counts. A personal library (SQLite) has no
    // other members: nothing is stored and othersEditing() is always empty.
    virtual void setEditing(qint64 resourceId, const QString &name) = 0;
    // What the other connections are editing now (never this one's), by resource then name.
    virtual QList<EditingPresence> othersEditing() const = 0;
    // Called from the event loop soon after another connection starts or stops editing
    // (PostgreSQL: a notification). False when the backend has none: poll othersEditing(),
    // which a connection that ended leaves at once (there is no notification for that).
    virtual bool setPresenceListener(std::function<void()> listener) = 0;

    static constexpr int PresenceHeartbeatSeconds = 10;
    static constexpr int PresenceExpirySeconds = 20;
};

// What another connection committed, as its notification says (see setChangeListener()).
struct ExternalChange
{
    QList<qint64> resources;   // stored content changed: created, saved, restored
    QList<qint64> statuses;    // the workflow status changed
    bool directory = false;    // people, organisations or types were added on the way
    bool anything = true;      // anything else may have changed: reload everything
};

// --- Review comments on the summary and the body of resources ----------------------------
class CommentStore
{
public:
    virtual ~CommentStore() = default;

    // Every comment of a resource: threads in the order they were started, each first comment
    // followed by its replies in order.
    virtual QList<Comment> comments(qint64 resourceId) const = 0;
    // How many threads of the resource are not resolved (they block approval).
    virtual int unresolvedCommentCount(qint64 resourceId) const = 0;
    // Stores a new comment: parentId 0 starts a thread (field and anchor as given), otherwise a
    // reply to that thread (it takes the thread's field and anchor). The author is who this
    // connection acts as (PostgreSQL: the server's login, set by the server), the time is now.
    // Returns the comment as stored. Invalid for an empty text, NotFound for an unknown
    // resource or thread.
    virtual Comment addComment(const Comment &comment) = 0;
    // Resolves or reopens a thread (any comment of it); anyone may. Records who and when.
    virtual void setCommentResolved(qint64 commentId, bool resolved) = 0;
    // Changes the text of a comment; only its author may (PermissionDenied otherwise).
    virtual void editComment(qint64 commentId, const QString &text) = 0;
    // Deletes a comment, and a thread's replies with its first comment; only their author may
    // (PermissionDenied when the comment, or a reply to it, is someone else's).
    virtual void deleteComment(qint64 commentId) = 0;
    // Stores where the anchors of these threads are now (id and anchor of each; replies and
    // unknown ids are ignored), after the text around them was edited. Anyone may.
    virtual void updateCommentAnchors(const QList<Comment> &threads) = 0;
};

// --- The review queue: whom a resource in review waits for ---------------------------------
class ReviewQueueStore
{
public:
    virtual ~ReviewQueueStore() = default;

    // Names the member (login) the resource In review waits for; empty = anyone may review it.
    // Recorded on the resource and on its newest status change to In review, in one
    // transaction; the storage clears it when the resource leaves In review (whatever the
    // write). Throws Invalid when the resource is not In review, NotFound when there is none.
    virtual void setRequestedReviewer(qint64 id, const QString &login) = 0;
    // The login the resource waits for; empty when anyone may review it or it is not In review.
    virtual QString requestedReviewer(qint64 id) const = 0;
};

// --- The content of attached files (Resource::attachments) -------------------------------
// A file's content is kept once per library, under its SHA-256, whatever the number of
// attachments and revisions that use it. The attachment rows themselves (title, kind, order,
// visibility, file name, size, hash) belong to the resource: createResource(), saveResource()
// and restoreRevision() write Resource::attachments in the transaction of the revision, and
// loadResource() and revisionSnapshot() read them back. Storing a resource whose file
// attachment names content that is not stored throws Invalid and writes nothing.
class AttachmentStore
{
public:
    virtual ~AttachmentStore() = default;

    // Stores the content of a file (storing the same content again is a no-op) and returns its
    // SHA-256, 64 lowercase hex digits. searchText is the file's text for the search (the text
    // of a PDF; empty for a file without text): search finds a resource by the titles of its
    // attachments and by this text. Joins the current transaction (inTransaction()) if any.
    virtual QString storeAttachmentData(const QByteArray &data, const QString &searchText = {}) = 0;
    // The content stored under sha256; NotFound when there is none.
    virtual QByteArray attachmentData(const QString &sha256) const = 0;
    virtual bool hasAttachmentData(const QString &sha256) const = 0;
    // Deletes the content that no attachment of a resource (live or in the trash) and no
    // revision uses any more, and returns how many files were deleted. emptyTrash() does it too.
    virtual int purgeUnusedAttachmentData() = 0;
};

// The whole library: every concern, plus what they share (where it is, whether it may be
// written, transactions, change detection).
class ResourceRepository : public ResourceStore,
                           public DirectoryStore,
                           public RevisionStore,
                           public ImageStore,
                           public LibraryValueStore,
                           public MemberStore,
                           public PresenceStore,
                           public CommentStore,
                           public ReviewQueueStore,
                           public AttachmentStore
{
public:
    ~ResourceRepository() override = default;

    virtual QString location() const = 0;          // file path or connection description
    virtual bool isReadOnly() const = 0;

    // Runs fn inside one transaction: all of its writes land, or none (fn may throw).
    // Nested calls join the outer transaction.
    virtual void inTransaction(const std::function<void()> &fn) = 0;

    // Changes whenever another connection (another process) commits to the library.
    virtual qint64 externalChangeCounter() const = 0;
    // Push change detection, where the backend has it (PostgreSQL: LISTEN/NOTIFY): listener
    // is called from the event loop of the thread that opened the library soon after another
    // connection committed a change (never for this instance's own writes), with what changed
    // as far as the notification says (the ids of the resources written, or anything); it
    // then reads externalChangeCounter(). Returns false when the backend has none (SQLite:
    // polling externalChangeCounter() is the only way). An empty listener stops the calls; a
    // new one replaces the previous one.
    using ChangeListener = std::function<void(const ExternalChange &change)>;
    virtual bool setChangeListener(ChangeListener listener) = 0;
    // The connection to the server of a library kept on one (storage/serverconnection.h: lost,
    // probed, opened again); nullptr for a library in a file, which has no connection to lose.
    virtual ServerConnection *serverConnection() = 0;

    // --- A rule applied after every write of a resource --------------------------------
    // Called inside the transaction of createResource(), saveResource() and restoreRevision(),
    // right after the write, with the resource as stored, why it was written (Create, Edit,
    // StatusChange, Import or Restore) and by whom. It may write more (through this
    // repository, in the same transaction) and returns the resource as stored afterwards;
    // if it throws, the whole write is undone. The window and the command line install
    // ApprovalGuard (app/review/approvalguard.h) on every library they open: an approved
    // resource that a write leaves with a blocking problem goes back to review. Storage knows
    // nothing of the rule itself. Implementations call applyWriteGuard().
    using WriteGuard = std::function<Resource(ResourceRepository &repository, const Resource &stored,
                                              RevisionCause cause, const QString &author)>;
    void setWriteGuard(WriteGuard guard) { m_writeGuard = std::move(guard); }
    bool hasWriteGuard() const { return bool(m_writeGuard); }

protected:
    Resource applyWriteGuard(const Resource &stored, RevisionCause cause, const QString &author)
    {
        return m_writeGuard ? m_writeGuard(*this, stored, cause, author) : stored;
    }

private:
    WriteGuard m_writeGuard;
};

// Sets the revision cause of a repository for the lifetime of the scope (e.g. Import around
// an import), then puts the previous one back.
class RevisionCauseScope
{
public:
    RevisionCauseScope(RevisionStore &repository, RevisionCause cause)
        : m_repository(repository), m_previous(repository.revisionCause())
    {
        m_repository.setRevisionCause(cause);
    }
    ~RevisionCauseScope() { m_repository.setRevisionCause(m_previous); }
    RevisionCauseScope(const RevisionCauseScope &) = delete;
    RevisionCauseScope &operator=(const RevisionCauseScope &) = delete;

private:
    RevisionStore &m_repository;
    RevisionCause m_previous;
};

} // namespace Actes
