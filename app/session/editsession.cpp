#include "session/editsession.h"

#include "library/library.h"
#include "domain/revision.h"
#include "session/resourcedocument.h"

#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QFile>
#include <QUndoStack>

namespace Actes {

EditSession::EditSession(QObject *parent)
    : QObject(parent), m_document(new ResourceDocument(this))
{
    // Every edit of the document (an undo command, updateContent()) is an edit to save.
    connect(m_document, &ResourceDocument::changed, this, &EditSession::markDirty);
    m_idleTimer.setSingleShot(true);
    m_maxTimer.setSingleShot(true);
    m_draftTimer.setSingleShot(true);
    setDelays(2000, 15000, 500);
    connect(&m_idleTimer, &QTimer::timeout, this, &EditSession::autosave);
    connect(&m_maxTimer, &QTimer::timeout, this, &EditSession::autosave);
    connect(&m_draftTimer, &QTimer::timeout, this, &EditSession::writeDraft);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(5000);
    connect(&m_retryTimer, &QTimer::timeout, this, &EditSession::autosave);
}

EditSession::~EditSession()
{
    // A crash or a kill loses at most the draft delay; a normal destruction keeps everything.
    if (m_dirty && hasResource())
        m_journal.write(currentContent());
}

void EditSession::setDelays(int idleMs, int maxIntervalMs, int draftMs)
{
    m_idleTimer.setInterval(idleMs);
    m_maxTimer.setInterval(maxIntervalMs);
    m_draftTimer.setInterval(draftMs);
}

void EditSession::setRepository(ResourceRepository *repository, const QString &draftDirectory)
{
    stopTimers();
    if (m_dirty && hasResource())
        m_journal.write(currentContent());
    m_repository = repository;
    m_journal = DraftJournal(repository ? repository->location() : QString(), draftDirectory);
    m_resource = {};
    loadDocument(std::nullopt);
    m_pendingMine = {};
    m_conflictPending = false;
    m_trashedElsewhere = false;
    stopRetrying();
    setDirty(false);
}

void EditSession::setCollector(Collector collector)
{
    m_collector = std::move(collector);
}

Resource EditSession::currentContent() const
{
    Resource r = m_document->content();
    if (m_collector) {
        m_collector(r);
        r.status = m_resource.status;   // the status changes through the review, not by editing
    }
    r.id = m_resource.id;
    r.version = m_resource.version;
    r.created = m_resource.created;
    r.modified = m_resource.modified;
    return r;
}

void EditSession::updateContent(const Resource &content)
{
    m_document->setContent(content);
    markDirty();
}

void EditSession::markDirty()
{
    if (m_loading || !hasResource() || !m_repository || m_repository->isReadOnly())
        return;
    setDirty(true);
    if (m_conflictPending)
        return;                          // wait for the user's choice
    m_idleTimer.start();
    if (!m_maxTimer.isActive())
        m_maxTimer.start();
    m_draftTimer.start();
}

void EditSession::setDirty(bool dirty)
{
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    emit dirtyChanged(dirty);
}

void EditSession::stopTimers()
{
    m_idleTimer.stop();
    m_maxTimer.stop();
    m_draftTimer.stop();
}

void EditSession::autosave()
{
    if (!m_saving)
        save();
}

void EditSession::writeDraft()
{
    if (!m_dirty || !hasResource())
        return;
    QString error;
    if (!m_journal.write(currentContent(), &error))
        emit notice(tr("The draft copy could not be written in %1: %2").arg(m_journal.directory(), error));
}

void EditSession::load(const Resource &resource)
{
    if (resource.id != m_resource.id) {
        m_trashedElsewhere = false;
        m_announcedVersion = 0;
    }
    m_resource = resource;
    loadDocument(resource);
    m_loading = true;
    emit resourceLoaded(resource);
    m_loading = false;
}

void EditSession::loadDocument(const std::optional<Resource> &resource)
{
    const bool wasLoading = m_loading;
    m_loading = true;   // showing is not editing
    if (resource)
        m_document->load(*resource);
    else
        m_document->clear();
    m_loading = wasLoading;
}

void EditSession::storedInDocument(const Resource &stored)
{
    // The fields the user edits stay as typed; the status is the stored one (a save may move
    // an approved resource back to review) and this state of the metadata is the saved one.
    m_loading = true;
    m_document->setStatus(stored.status);
    m_loading = false;
    m_document->markSaved();
}

bool EditSession::save()
{
    if (m_conflictPending) {
        std::optional<Resource> theirs;
        try {
            theirs = m_repository->loadResource(m_resource.id);
        } catch (const LibraryError &) {
        }
        emit conflict(m_pendingMine, theirs.value_or(Resource{}));
        return false;
    }
    if (!m_dirty || !hasResource() || !m_repository) {
        stopTimers();
        stopRetrying();   // nothing is left to save
        return true;
    }
    stopTimers();
    const Resource mine = currentContent();
    if (mine.sameContentAs(m_resource)) {
        m_journal.remove(m_resource.id);
        m_document->markSaved();
        setDirty(false);
        return true;
    }

    m_saving = true;
    try {
        const Resource stored = storeSaved(mine);
        m_saving = false;
        m_resource = stored;
        storedInDocument(stored);
        m_journal.remove(stored.id);
        setDirty(false);
        stopRetrying();
        emit saved(stored);
        if (stored.status != mine.status && stored.status == Status::InReview) {
            // The repository's approval guard: the edit left a blocking problem.
            emit notice(tr("“%1” went back to review: this change left a problem that blocks publication "
                           "(see the checks).")
                            .arg(stored.title));
        }
        return true;
    } catch (const LibraryError &error) {
        m_saving = false;
        m_journal.write(mine);   // whatever happens next, the text is on disk
        if (error.kind() == LibraryError::Kind::Conflict) {
            std::optional<Resource> theirs;
            try {
                theirs = m_repository->loadResource(mine.id);
            } catch (const LibraryError &) {
            }
            m_pendingMine = mine;
            m_conflictPending = true;
            emit conflict(mine, theirs.value_or(Resource{}));
            return false;
        }
        if (error.kind() == LibraryError::Kind::NotFound) {
            // Deleted elsewhere: never drop the text, keep it as a new resource.
            try {
                Resource copy = mine;
                copy.id = 0;
                copy.version = 0;
                const Resource created = storeCreated(copy);
                m_journal.remove(mine.id);
                setDirty(false);
                load(created);
                emit resourceCreated(created);
                emit notice(tr("“%1” had been deleted elsewhere: your text was saved as a new resource.")
                                .arg(created.title));
                return true;
            } catch (const LibraryError &second) {
                emit saveFailed(second.message());
                return false;
            }
        }
        if (!m_waitingForLibrary || !isTemporary(error))
            emit saveFailed(error.message());   // while waiting, the retries fail quietly
        retryLater(error);
        return false;
    }
}

// A library that cannot be reached for now: the save is tried again on a timer (the text is
// in the draft journal meanwhile), and the window says so once.
bool EditSession::isTemporary(const LibraryError &error)
{
    using Kind = LibraryError::Kind;
    return error.kind() == Kind::Io || error.kind() == Kind::Locked || error.kind() == Kind::DiskFull;
}

void EditSession::retryLater(const LibraryError &error)
{
    if (!isTemporary(error))
        return;
    m_retryTimer.start();
    if (!m_waitingForLibrary) {
        m_waitingForLibrary = true;
        emit waitingForLibrary(error.message());
    }
}

void EditSession::stopRetrying()
{
    m_retryTimer.stop();
    if (m_waitingForLibrary) {
        m_waitingForLibrary = false;
        emit libraryReachable();
    }
}

void EditSession::resolveConflict(ConflictChoice choice)
{
    if (!m_conflictPending || !m_repository)
        return;
    m_conflictPending = false;
    Resource mine = m_pendingMine;
    m_pendingMine = {};
    std::optional<Resource> theirs;
    try {
        theirs = m_repository->loadResource(mine.id);
    } catch (const LibraryError &error) {
        emit saveFailed(error.message());
    }

    switch (choice) {
    case ConflictChoice::KeepMine:
        if (!theirs) {
            // Nothing left to overwrite: keep mine as a new resource (below).
            break;
        }
        // Base on the stored version; the editors still show my text, so saving writes it.
        m_resource = *theirs;
        if (!m_collector) {   // the document holds the whole content
            m_loading = true;
            m_document->setContent(mine);
            m_loading = false;
        }
        setDirty(true);
        save();
        return;
    case ConflictChoice::KeepTheirs:
        m_journal.remove(mine.id);
        setDirty(false);
        if (theirs)
            load(*theirs);
        return;
    case ConflictChoice::KeepBoth:
        break;
    }

    // Keep both: the stored resource stays as it is, mine becomes a new resource.
    try {
        Resource copy = mine;
        copy.id = 0;
        copy.version = 0;
        if (theirs)
            copy.title = tr("%1 (my version)").arg(mine.title);
        const Resource created = storeCreated(copy);
        m_journal.remove(mine.id);
        setDirty(false);
        load(created);
        emit resourceCreated(created);
    } catch (const LibraryError &error) {
        // Keep the conflict open: the text is still in the draft and the editors.
        m_pendingMine = mine;
        m_conflictPending = true;
        emit saveFailed(error.message());
    }
}

bool EditSession::open(qint64 id)
{
    if (!m_repository)
        return false;
    if (hasResource() && id == m_resource.id && !m_conflictPending)
        return true;
    if (!save())
        return false;
    std::optional<Resource> resource;
    try {
        resource = m_repository->loadResource(id);
    } catch (const LibraryError &error) {
        emit saveFailed(error.message());
        return false;
    }
    if (!resource)
        return false;
    stopTimers();
    setDirty(false);
    load(*resource);
    return true;
}

bool EditSession::close()
{
    if (!save())
        return false;
    stopTimers();
    m_resource = {};
    loadDocument(std::nullopt);
    m_trashedElsewhere = false;
    setDirty(false);
    return true;
}

QList<Draft> EditSession::pendingDrafts() const
{
    return m_journal.pending();
}

bool EditSession::restoreDraft(const Draft &draft)
{
    if (!m_repository)
        return false;
    if (!save())
        return false;
    std::optional<Resource> stored;
    try {
        stored = m_repository->loadResource(draft.resourceId);
    } catch (const LibraryError &error) {
        emit saveFailed(error.message());
        return false;
    }
    if (!stored) {
        // The resource is gone (emptied trash...): keep the text as a new resource.
        try {
            Resource copy = draft.resource;
            copy.id = 0;
            copy.version = 0;
            const Resource created = storeCreated(copy);
            QFile::remove(draft.filePath);
            setDirty(false);
            load(created);
            emit resourceCreated(created);
            return true;
        } catch (const LibraryError &error) {
            emit saveFailed(error.message());
            return false;
        }
    }
    Resource base = *stored;
    if (draft.baseVersion > 0)
        base.version = draft.baseVersion;   // a later change elsewhere is then a conflict
    m_resource = base;
    Resource working = draft.resource;
    working.id = base.id;
    working.version = base.version;
    loadDocument(working);
    m_loading = true;
    emit resourceLoaded(working);
    m_loading = false;
    setDirty(true);
    return save();
}

void EditSession::discardDraft(const Draft &draft)
{
    QFile::remove(draft.filePath);
}

bool EditSession::reloadIfChangedElsewhere()
{
    if (!m_repository || !hasResource() || m_dirty || m_conflictPending)
        return false;
    try {
        const int version = m_repository->storedVersion(m_resource.id);
        if (version == 0 || version == m_resource.version)
            return false;
        if (const std::optional<Resource> stored = m_repository->loadResource(m_resource.id)) {
            load(*stored);
            m_document->undoStack()->clear();
            return true;
        }
    } catch (const LibraryError &) {
    }
    return false;
}

bool EditSession::followChangeElsewhere()
{
    if (!m_repository || !hasResource() || m_saving || m_loading)
        return false;
    const Resource before = m_resource;
    std::optional<Resource> after;
    try {
        const int version = m_repository->storedVersion(before.id);
        if (version == 0 || version == before.version || version == m_announcedVersion)
            return false;
        after = m_repository->loadResource(before.id);
    } catch (const LibraryError &) {
        return false;
    }
    if (!after)
        return false;
    ChangeElsewhere change;
    change.resourceId = before.id;
    change.fields = RevisionFields::changed(before, *after);
    change.at = after->modified;
    try {
        const QList<RevisionInfo> revisions = m_repository->revisions(before.id);
        if (!revisions.isEmpty()) {
            change.author = revisions.constFirst().author;
            change.at = revisions.constFirst().at;
            change.byMe = !change.author.isEmpty() && change.author == m_repository->currentAuthor();
        }
    } catch (const LibraryError &) {
    }
    change.reloaded = !m_dirty && !m_conflictPending && reloadIfChangedElsewhere();
    m_announcedVersion = after->version;
    emit changedElsewhere(change);
    return true;
}

void EditSession::setLibrary(Library *library)
{
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
    m_library = library;
    if (!m_library)
        return;
    // Another member's or window's change: reload (or say so) first, before the views.
    connect(m_library, &Library::resourcesChangedElsewhere, this, [this](const QList<qint64> &ids) {
        if (hasResource() && (ids.isEmpty() || ids.contains(m_resource.id)))
            followChangeElsewhere();
    });
    connect(m_library, &Library::externalChange, this, &EditSession::followChangeElsewhere);
    connect(m_library, &Library::resourcesChanged, this, [this](const QList<qint64> &ids) {
        if (!m_saving && !m_loading && hasResource() && (ids.isEmpty() || ids.contains(m_resource.id)))
            reloadIfChangedElsewhere();   // does nothing while the resource is being edited
    });
    // The server is back: what waited is saved now, not at the next retry (a resource changed
    // there meanwhile gives the conflict, as always).
    connect(m_library, &Library::connectionChanged, this, [this](bool connected) {
        if (connected && m_waitingForLibrary)
            autosave();
    });
}

Resource EditSession::storeSaved(const Resource &resource)
{
    return m_library ? m_library->saveResource(resource) : m_repository->saveResource(resource);
}

Resource EditSession::storeCreated(const Resource &resource)
{
    return m_library ? m_library->createResource(resource) : m_repository->createResource(resource);
}

bool EditSession::checkTrashedElsewhere()
{
    if (!m_repository || !hasResource())
        return false;
    bool inTrash = false;
    try {
        inTrash = m_repository->isInTrash(m_resource.id);
    } catch (const LibraryError &) {
        return m_trashedElsewhere;
    }
    if (inTrash && !m_trashedElsewhere) {
        m_trashedElsewhere = true;
        if (m_dirty)
            writeDraft();   // the draft journal holds the text whatever the user chooses
        emit trashedElsewhere(m_resource);
    }
    m_trashedElsewhere = inTrash;
    return inTrash;
}

bool EditSession::restoreFromTrash()
{
    if (!m_repository || !hasResource())
        return false;
    try {
        if (m_library)
            m_library->restoreFromTrash({m_resource.id});
        else
            m_repository->restoreFromTrash({m_resource.id});
    } catch (const LibraryError &error) {
        emit saveFailed(error.message());
        return false;
    }
    m_trashedElsewhere = false;
    return true;
}

} // namespace Actes
