#pragma once

#include "domain/resource.h"
#include "session/draftjournal.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

namespace Actes {

class Library;
class LibraryError;
class ResourceDocument;
class ResourceRepository;

// The open resource and its life cycle, without widgets:
// - the open resource is a ResourceDocument (document()): opened and loaded here, its metadata
//   edited through its undo stack, saved from here; each change of it marks the session dirty;
// - markDirty() after each edit; autosave after ~2 s of quiet, at least every ~15 s while
//   typing goes on, and when save() is called (switching resource, quitting);
// - a draft journal written ~0.5 s after an edit and removed after a successful save, so an
//   unsaved edit survives a crash (pendingDrafts() at the next start);
// - conflicts through the version counter: when the stored resource changed elsewhere,
//   conflict(mine, theirs) is emitted and nothing is written until resolveConflict().
class EditSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditSession)
public:
    enum class ConflictChoice { KeepMine, KeepTheirs, KeepBoth };
    // Fills a resource with the text the user sees (title, summary, body) before a save; the
    // metadata come from the document.
    using Collector = std::function<void(Resource &)>;

    explicit EditSession(QObject *parent = nullptr);
    ~EditSession() override;   // does not save; flushes the draft of an unsaved edit

    // draftDirectory empty = <AppDataLocation>/drafts. Forgets the open resource (no save).
    void setRepository(ResourceRepository *repository, const QString &draftDirectory = {});
    ResourceRepository *repository() const { return m_repository; }
    void setCollector(Collector collector);
    // Writes go through library (which announces them) when one is set; its repository must
    // be the session's. The open resource, when not being edited, follows the changes the
    // library announces (saved by another view, restored, status changed).
    void setLibrary(Library *library);
    void setDelays(int idleMs, int maxIntervalMs, int draftMs);

    // Saves the open resource if needed, then loads id and emits resourceLoaded.
    // Returns false (and keeps the current one) when the current one cannot be saved.
    bool open(qint64 id);
    // Saves the open resource if needed and forgets it. False when it cannot be saved.
    bool close();
    bool hasResource() const { return m_resource.id != 0; }
    qint64 resourceId() const { return m_resource.id; }
    // The resource as last loaded or stored (not the unsaved edits).
    const Resource &storedResource() const { return m_resource; }
    // What would be saved now: the stored resource with the user's edits applied.
    Resource currentContent() const;
    // The open resource as edited (empty and closed when no resource is open). The session
    // owns it; it loads it on open() and on reloads, and marks it saved after each save.
    ResourceDocument *document() const { return m_document; }

    // Without a collector (tests, scripts): replaces the working content (the document's
    // fields) and marks it dirty.
    void updateContent(const Resource &content);

    bool isDirty() const { return m_dirty; }
    bool isConflictPending() const { return m_conflictPending; }

    // Writes now when dirty. True when nothing is left unsaved; false on conflict or error
    // (conflict() or saveFailed() emitted, the draft kept on disk).
    bool save();
    void resolveConflict(ConflictChoice choice);

    // Drafts left by a previous run (crash) for the current library.
    QList<Draft> pendingDrafts() const;
    // Opens the draft's resource with the draft's content and saves it (a conflict is
    // reported as usual when the stored resource changed since).
    bool restoreDraft(const Draft &draft);
    void discardDraft(const Draft &draft);
    const DraftJournal &journal() const { return m_journal; }

    // When the stored resource changed elsewhere and nothing is being edited here,
    // reloads it (resourceLoaded; the document's undo stack is emptied: undoing must not take
    // back what someone else stored). Returns true when it did.
    bool reloadIfChangedElsewhere();
    // What a change stored elsewhere did to the open resource, for the user: who (the author
    // of its latest revision), which fields, when, and whether it is shown now.
    struct ChangeElsewhere
    {
        qint64 resourceId = 0;
        QString author;
        QStringList fields;   // RevisionFields keys, in display order
        QDateTime at;         // UTC
        bool reloaded = false;   // false: the unsaved edits here are kept (saving is a conflict)
        bool byMe = false;       // the author is this repository's current author (another window)
    };
    // Follows a change stored elsewhere (another member, another window): reloads the open
    // resource when nothing is being edited here, and emits changedElsewhere() once per new
    // stored version either way. True when the stored resource had changed.
    bool followChangeElsewhere();

    // The open resource was moved to the trash by another window: it stays open, and what is
    // typed is still saved with it (nothing is lost; restoring it brings it back with the
    // edits). Looks at the library (after an external change) and emits trashedElsewhere()
    // once when the resource is found in the trash; true while it is there.
    bool checkTrashedElsewhere();
    bool isTrashedElsewhere() const { return m_trashedElsewhere; }
    // Takes the open resource out of the trash. False (saveFailed emitted) on error.
    bool restoreFromTrash();

    // When a save fails because the library cannot be reached for now (a server gone away or
    // a lost connection, a lock, a full disk: LibraryError Io, Locked, DiskFull), the edits stay
    // in the editors and the draft journal, waitingForLibrary() is emitted once, and the save
    // is tried again every interval until one succeeds (then libraryReachable()), and at once
    // when the library says its server is back (Library::connectionChanged).
    void setRetryInterval(int ms) { m_retryTimer.setInterval(ms); }
    bool isWaitingForLibrary() const { return m_waitingForLibrary; }

public slots:
    void markDirty();

signals:
    void resourceLoaded(const Actes::Resource &resource);    // display it (not dirty)
    void resourceCreated(const Actes::Resource &resource);   // "keep both", or saved as new
    void saved(const Actes::Resource &resource);
    void dirtyChanged(bool dirty);
    void conflict(const Actes::Resource &mine, const Actes::Resource &theirs);
    void saveFailed(const QString &message);
    void notice(const QString &message);
    void trashedElsewhere(const Actes::Resource &resource);
    void waitingForLibrary(const QString &message);
    void libraryReachable();
    void changedElsewhere(const Actes::EditSession::ChangeElsewhere &change);

private:
    void setDirty(bool dirty);
    void stopTimers();
    void autosave();
    void writeDraft();
    void load(const Resource &resource);
    void loadDocument(const std::optional<Resource> &resource);   // nullopt: no resource
    void storedInDocument(const Resource &stored);

    static bool isTemporary(const LibraryError &error);
    void retryLater(const LibraryError &error);
    void stopRetrying();

    Resource storeSaved(const Resource &resource);
    Resource storeCreated(const Resource &resource);
    ResourceRepository *m_repository = nullptr;
    Library *m_library = nullptr;
    Collector m_collector;
    DraftJournal m_journal;
    Resource m_resource;           // as stored
    ResourceDocument *m_document = nullptr;   // as edited (with the collector's text)
    Resource m_pendingMine;        // during a conflict
    bool m_dirty = false;
    bool m_conflictPending = false;
    bool m_loading = false;
    bool m_saving = false;
    bool m_trashedElsewhere = false;
    QTimer m_idleTimer;
    QTimer m_maxTimer;
    QTimer m_draftTimer;
    QTimer m_retryTimer;
    bool m_waitingForLibrary = false;
    int m_announcedVersion = 0;   // the stored version changedElsewhere() last told about
};

} // namespace Actes
