#pragma once

#include "attachments/attachmentfiles.h"
#include "domain/comment.h"
#include "domain/resource.h"
#include "storage/resourcerepository.h"

#include <QList>
#include <QObject>

class QTimer;

namespace Actes {

class ResourceRepository;
class ServerReconnector;

// The open library as the views see it: the one place that writes to the repository, and
// the one that announces what changed. Views (the list, the metadata and history panels, the
// dialogs) subscribe to its signals; no view is told to refresh by another one.
//
// Changes made here are announced at once. Changes made by other connections to the same
// library (another window, another process) are noticed by polling the repository's
// external-change counter (SQLite data_version) and announced as externalChange(); where the
// repository pushes them (PostgreSQL's notifications, see setChangeListener()), they are
// announced within a fraction of a second, the poll staying as the fallback. A pushed change
// that names the resources written (a save, a status change) is announced as
// resourcesChangedElsewhere(ids), then statusChanged(id) and resourcesChanged(ids) as for a
// write made here (after directoryChanged() when it added people, organisations or types), so
// that the views reload those rows only; any other as externalChange().
class Library final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Library)
public:
    explicit Library(QObject *parent = nullptr);
    ~Library() override;

    // The repository read from and written to (not owned); nullptr: no library is open.
    void setRepository(ResourceRepository *repository);
    ResourceRepository *repository() const { return m_repository; }
    bool isOpen() const { return m_repository != nullptr; }
    bool isReadOnly() const;

    // How often other connections' changes are looked for (0: never, tests call poll()).
    void setPollInterval(int ms);
    static constexpr int defaultPollIntervalMs = 2000;
    // Announces externalChange() when another connection changed the library since the
    // last look; returns whether it did.
    bool poll();
    // True when the repository pushes other connections' changes (no need to wait for a poll).
    bool hasPushedChanges() const { return m_pushed; }

    // A library on a server: false from the moment a call finds the connection lost until it is
    // back. Meanwhile the reconnector tries again with back-off (reconnectNow(): at once) and
    // nothing waits for the server; once back, the notifications are listened to again and
    // externalChange() makes the views catch up with what others changed meanwhile. A library
    // in a file is always connected.
    bool isConnected() const;
    void reconnectNow();
    ServerReconnector *reconnector() const { return m_reconnector; }

    // Writes. Each one throws LibraryError like the repository and announces on success.
    Resource createResource(const Resource &resource);
    Resource saveResource(const Resource &resource);
    void moveToTrash(const QList<qint64> &ids);
    void restoreFromTrash(const QList<qint64> &ids);
    int emptyTrash();
    Resource restoreRevision(qint64 revisionId, const QString &author, int expectedVersion = 0);
    void addResourceType(const QString &name);
    Person savePerson(const Person &person);
    Organisation saveOrganisation(const Organisation &organisation);
    void mergePeople(qint64 keepId, const QList<qint64> &duplicateIds);
    void mergeOrganisations(qint64 keepId, const QList<qint64> &duplicateIds);

    // Attachments of a resource, for the command line (the window edits them in its
    // ResourceDocument, undoably, and saves them with the resource). Each write is one
    // transaction: the files' content is stored and the resource saved with its new list (one
    // revision), or nothing is. Throws LibraryError (NotFound: no such resource or attachment;
    // Invalid/Io from AttachmentFiles, naming the file; Invalid: already attached) and
    // announces resourcesChanged() on success. Returns the resource as stored.
    // attachFiles: every file is read and checked before anything is written, then they go at
    // the end of the list in that order, with options (title, kind, visibility) for each.
    Resource attachFiles(qint64 resourceId, const QStringList &paths, const AttachmentOptions &options = {});
    // A link made by AttachmentFiles::makeLink(), at the end of the list.
    Resource attachLink(qint64 resourceId, const Attachment &link);
    Resource detach(qint64 resourceId, qint64 attachmentId);

    // Review comments of a resource (CommentStore); each write announces commentsChanged().
    QList<Comment> comments(qint64 resourceId) const;
    Comment addComment(const Comment &comment);
    void setCommentResolved(qint64 resourceId, qint64 commentId, bool resolved);
    void editComment(qint64 resourceId, qint64 commentId, const QString &text);
    void deleteComment(qint64 resourceId, qint64 commentId);
    // Where the threads' anchors are now (after the text around them was edited); announced
    // only when something was written.
    void updateCommentAnchors(qint64 resourceId, const QList<Comment> &threads);

    // For writes done on repository() by a core service (a status change, an import):
    // announces them like the writes above.
    void announceStatusChanged(qint64 id);
    void announceImport();

signals:
    // Stored content of these resources changed (created, saved, restored, imported...).
    // An empty list means "any resource may have changed".
    void resourcesChanged(const QList<qint64> &ids);
    // These resources left the library's list (moved to the trash or purged).
    void resourceRemoved(const QList<qint64> &ids);
    void statusChanged(qint64 id);
    // People, organisations, resource types or roles changed.
    void directoryChanged();
    // The review comments of this resource changed (added, replied to, resolved, reopened,
    // edited, deleted, anchors moved). Also a reason to run its checks again.
    void commentsChanged(qint64 resourceId);
    // Another connection changed the library: anything may differ.
    void externalChange();
    // Another connection stored these resources (followed by statusChanged() for those whose
    // status changed, then resourcesChanged(ids)): the open one may need a reload, or a word
    // to the user that someone else changed it.
    void resourcesChangedElsewhere(const QList<qint64> &ids);
    // The repository was replaced (another library opened, or closed).
    void repositoryChanged();
    // The connection to the server was lost (connected false, message: why) or is back.
    void connectionChanged(bool connected, const QString &message);

private:
    void resetCounter();
    void onPushedChange(const ExternalChange &change);

    ResourceRepository *m_repository = nullptr;
    QTimer *m_pollTimer = nullptr;
    qint64 m_externalCounter = 0;
    bool m_pushed = false;
    ServerReconnector *m_reconnector = nullptr;
};

} // namespace Actes
