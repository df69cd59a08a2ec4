#include "library.h"

#include "library/serverreconnector.h"
#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace Actes {

Library::Library(QObject *parent)
    : QObject(parent), m_pollTimer(new QTimer(this)), m_reconnector(new ServerReconnector(this))
{
    m_pollTimer->setInterval(defaultPollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &Library::poll);
    connect(m_reconnector, &ServerReconnector::connectedChanged, this, [this](bool connected, const QString &message) {
        if (connected && m_repository) {
            // Notifications sent while the connection was down never arrive: catch up.
            resetCounter();
            emit connectionChanged(true, message);
            emit externalChange();
            return;
        }
        emit connectionChanged(connected, message);
    });
}

Library::~Library() = default;

void Library::setRepository(ResourceRepository *repository)
{
    m_repository = repository;
    m_reconnector->setConnection(repository ? repository->serverConnection() : nullptr);
    resetCounter();
    m_pushed = false;
    if (m_repository) {
        // Another connection's commit reaches the views at once where the backend says so
        // (PostgreSQL), without waiting for the next poll; the poll stays as the fallback.
        QPointer<Library> self(this);
        m_pushed = m_repository->setChangeListener([self](const ExternalChange &change) {
            if (self)
                self->onPushedChange(change);
        });
    }
    if (m_repository && m_pollTimer->interval() > 0)
        m_pollTimer->start();
    else
        m_pollTimer->stop();
    emit repositoryChanged();
}

bool Library::isReadOnly() const
{
    return !m_repository || m_repository->isReadOnly();
}

void Library::setPollInterval(int ms)
{
    m_pollTimer->setInterval(ms);
    if (ms <= 0)
        m_pollTimer->stop();
    else if (m_repository)
        m_pollTimer->start();
}

void Library::resetCounter()
{
    m_externalCounter = 0;
    if (!m_repository)
        return;
    try {
        m_externalCounter = m_repository->externalChangeCounter();
    } catch (const LibraryError &) {
    }
}

bool Library::isConnected() const
{
    return m_reconnector->isConnected();
}

void Library::reconnectNow()
{
    m_reconnector->reconnectNow();
}

bool Library::poll()
{
    if (!m_repository || !isConnected())
        return false;   // the reconnector says when the server is back
    qint64 counter = 0;
    try {
        counter = m_repository->externalChangeCounter();
    } catch (const LibraryError &) {
        return false;
    }
    if (counter == m_externalCounter)
        return false;
    m_externalCounter = counter;
    emit externalChange();
    return true;
}

void Library::onPushedChange(const ExternalChange &change)
{
    // Counted now, so that the next poll does not announce it again (nor a later change whose
    // own notification is on its way: each commit sends one).
    resetCounter();
    if (change.anything) {
        emit externalChange();
        return;
    }
    if (change.directory)
        emit directoryChanged();
    emit resourcesChangedElsewhere(change.resources);
    for (qint64 id : change.statuses)
        emit statusChanged(id);
    emit resourcesChanged(change.resources);
}

Resource Library::createResource(const Resource &resource)
{
    const Resource created = m_repository->createResource(resource);
    emit resourcesChanged({created.id});
    return created;
}

Resource Library::saveResource(const Resource &resource)
{
    const Resource saved = m_repository->saveResource(resource);
    emit resourcesChanged({saved.id});
    return saved;
}

void Library::moveToTrash(const QList<qint64> &ids)
{
    m_repository->moveToTrash(ids);
    emit resourceRemoved(ids);
}

void Library::restoreFromTrash(const QList<qint64> &ids)
{
    m_repository->restoreFromTrash(ids);
    emit resourcesChanged(ids);
}

int Library::emptyTrash()
{
    const int purged = m_repository->emptyTrash();
    if (purged > 0)
        emit resourceRemoved({});
    return purged;
}

Resource Library::restoreRevision(qint64 revisionId, const QString &author, int expectedVersion)
{
    const Resource restored = m_repository->restoreRevision(revisionId, author, expectedVersion);
    emit resourcesChanged({restored.id});
    return restored;
}

void Library::addResourceType(const QString &name)
{
    m_repository->addResourceType(name);
    emit directoryChanged();
}

Person Library::savePerson(const Person &person)
{
    const Person saved = m_repository->savePerson(person);
    emit directoryChanged();
    return saved;
}

Organisation Library::saveOrganisation(const Organisation &organisation)
{
    const Organisation saved = m_repository->saveOrganisation(organisation);
    emit directoryChanged();
    return saved;
}

void Library::mergePeople(qint64 keepId, const QList<qint64> &duplicateIds)
{
    m_repository->mergePeople(keepId, duplicateIds);
    emit directoryChanged();
    emit resourcesChanged({});
}

void Library::mergeOrganisations(qint64 keepId, const QList<qint64> &duplicateIds)
{
    m_repository->mergeOrganisations(keepId, duplicateIds);
    emit directoryChanged();
    emit resourcesChanged({});
}

namespace {

Resource loadForAttachments(const ResourceRepository &repository, qint64 resourceId)
{
    std::optional<Resource> r = repository.loadResource(resourceId);
    if (!r)
        throw LibraryError(LibraryError::Kind::NotFound,
                           Library::tr("There is no resource %1 in %2.").arg(resourceId).arg(repository.location()),
                           repository.location());
    return *r;
}

// The same content, or the same address, twice on one resource is a mistake.
void refuseDuplicate(const Resource &resource, const Attachment &added)
{
    for (const Attachment &a : resource.attachments) {
        const bool same = added.isFile() ? a.isFile() && a.sha256 == added.sha256 : a.url == added.url;
        if (!same)
            continue;
        const QString what = added.isFile() ? added.fileName : added.url;
        throw LibraryError(LibraryError::Kind::Invalid,
                           Library::tr("“%1” is already attached to resource %2 as “%3”. Nothing was attached.")
                               .arg(what)
                               .arg(resource.id)
                               .arg(a.title));
    }
}

} // namespace

Resource Library::attachFiles(qint64 resourceId, const QStringList &paths, const AttachmentOptions &options)
{
    // Read and checked first, outside the transaction: a missing, unreadable or too large
    // file refuses the whole command before anything is written.
    QList<PreparedAttachment> prepared;
    for (const QString &path : paths)
        prepared.append(AttachmentFiles::readFile(*m_repository, path, options));
    Resource stored;
    m_repository->inTransaction([&] {
        Resource r = loadForAttachments(*m_repository, resourceId);
        for (const PreparedAttachment &file : std::as_const(prepared)) {
            const Attachment a = AttachmentFiles::store(*m_repository, file);
            refuseDuplicate(r, a);
            r.attachments.append(a);
        }
        stored = m_repository->saveResource(r);
    });
    emit resourcesChanged({stored.id});
    return stored;
}

Resource Library::attachLink(qint64 resourceId, const Attachment &link)
{
    Resource stored;
    m_repository->inTransaction([&] {
        Resource r = loadForAttachments(*m_repository, resourceId);
        refuseDuplicate(r, link);
        Attachment added = link;
        added.id = 0;
        r.attachments.append(added);
        stored = m_repository->saveResource(r);
    });
    emit resourcesChanged({stored.id});
    return stored;
}

Resource Library::detach(qint64 resourceId, qint64 attachmentId)
{
    Resource stored;
    m_repository->inTransaction([&] {
        Resource r = loadForAttachments(*m_repository, resourceId);
        const auto removed = std::remove_if(r.attachments.begin(), r.attachments.end(),
                                            [attachmentId](const Attachment &a) { return a.id == attachmentId; });
        if (removed == r.attachments.end())
            throw LibraryError(LibraryError::Kind::NotFound,
                               tr("Resource %1 has no attachment %2.").arg(resourceId).arg(attachmentId));
        r.attachments.erase(removed, r.attachments.end());
        // The content stays in the library: the revisions before this one still name it.
        stored = m_repository->saveResource(r);
    });
    emit resourcesChanged({stored.id});
    return stored;
}

QList<Comment> Library::comments(qint64 resourceId) const
{
    return m_repository ? m_repository->comments(resourceId) : QList<Comment>();
}

Comment Library::addComment(const Comment &comment)
{
    const Comment stored = m_repository->addComment(comment);
    emit commentsChanged(stored.resourceId);
    return stored;
}

void Library::setCommentResolved(qint64 resourceId, qint64 commentId, bool resolved)
{
    m_repository->setCommentResolved(commentId, resolved);
    emit commentsChanged(resourceId);
}

void Library::editComment(qint64 resourceId, qint64 commentId, const QString &text)
{
    m_repository->editComment(commentId, text);
    emit commentsChanged(resourceId);
}

void Library::deleteComment(qint64 resourceId, qint64 commentId)
{
    m_repository->deleteComment(commentId);
    emit commentsChanged(resourceId);
}

void Library::updateCommentAnchors(qint64 resourceId, const QList<Comment> &threads)
{
    if (threads.isEmpty())
        return;
    m_repository->updateCommentAnchors(threads);
    emit commentsChanged(resourceId);
}

void Library::announceStatusChanged(qint64 id)
{
    emit statusChanged(id);
    emit resourcesChanged({id});
}

void Library::announceImport()
{
    emit directoryChanged();
    emit resourcesChanged({});
}

} // namespace Actes
