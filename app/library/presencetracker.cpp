#include "library/presencetracker.h"

#include "library/library.h"
#include "session/editsession.h"
#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QPointer>
#include <QTimer>

namespace Actes {

PresenceTracker::PresenceTracker(QObject *parent)
    : QObject(parent), m_heartbeat(new QTimer(this)), m_poll(new QTimer(this))
{
    m_heartbeat->setInterval(PresenceStore::PresenceHeartbeatSeconds * 1000);
    m_poll->setInterval(DefaultPollMs);
    connect(m_heartbeat, &QTimer::timeout, this, [this] { update(true); });
    connect(m_poll, &QTimer::timeout, this, &PresenceTracker::refresh);
}

// The repository's listener holds a guarded pointer: nothing to undo here (the repository
// may be gone already).
PresenceTracker::~PresenceTracker() = default;

void PresenceTracker::setLibrary(Library *library)
{
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
    m_library = library;
    if (m_library)
        connect(m_library, &Library::repositoryChanged, this, &PresenceTracker::repositoryReplaced);
    repositoryReplaced();
}

void PresenceTracker::setSession(EditSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (!m_session)
        return;
    connect(m_session, &EditSession::dirtyChanged, this, [this](bool dirty) {
        // Becoming dirty is an edit; becoming clean again is the save of the edits (unless
        // another resource is opened: then the last edit was not to it).
        if (dirty || (m_lastEdit.isValid() && m_lastEditId == m_session->resourceId())) {
            m_lastEditId = m_session->resourceId();
            m_lastEdit.start();
        }
        update();
    });
    connect(m_session, &EditSession::resourceLoaded, this, [this] { update(); });
    update();
}

void PresenceTracker::setIntervals(int heartbeatMs, int pollMs, int recentEditMs)
{
    m_recentEditMs = recentEditMs;
    for (auto [timer, ms] : {std::pair{m_heartbeat, heartbeatMs}, std::pair{m_poll, pollMs}}) {
        timer->setInterval(ms);
        if (ms <= 0)
            timer->stop();
        else if (m_repository && !m_stopped)
            timer->start();
    }
}

void PresenceTracker::repositoryReplaced()
{
    // The previous repository is gone (and its connection with what it said).
    m_repository = m_library ? m_library->repository() : nullptr;
    m_said = 0;
    m_lastEdit.invalidate();
    m_lastEditId = 0;
    m_stopped = false;
    if (!m_repository) {
        m_heartbeat->stop();
        m_poll->stop();
        if (!m_editors.isEmpty()) {
            m_editors.clear();
            emit editorsChanged();
        }
        return;
    }
    QPointer<PresenceTracker> self(this);
    m_repository->setPresenceListener([self] {
        if (self)
            self->refresh();
    });
    if (m_heartbeat->interval() > 0)
        m_heartbeat->start();
    if (m_poll->interval() > 0)
        m_poll->start();
    refresh();
    update();
}

bool PresenceTracker::ready() const
{
    // While a window replaces its library, the session may hold the new repository already.
    return m_repository && !m_stopped && (!m_session || m_session->repository() == m_repository);
}

qint64 PresenceTracker::editingNow() const
{
    if (!m_session || !m_session->hasResource() || m_repository->isReadOnly())
        return 0;
    const qint64 id = m_session->resourceId();
    const bool recent = m_lastEdit.isValid() && m_lastEditId == id && m_lastEdit.elapsed() < m_recentEditMs;
    return m_session->isDirty() || recent ? id : 0;
}

void PresenceTracker::update(bool heartbeat)
{
    if (!ready())
        return;
    const qint64 id = editingNow();
    if (id == m_said && (id == 0 || !heartbeat))
        return;
    try {
        m_repository->setEditing(id, id ? m_repository->currentMember().displayName() : QString());
        m_said = id;
    } catch (const LibraryError &) {
        m_said = -1;   // said again at the next heartbeat
    }
}

void PresenceTracker::refresh()
{
    if (!ready())
        return;
    QHash<qint64, QStringList> editors;
    try {
        for (const EditingPresence &presence : m_repository->othersEditing()) {
            QStringList &names = editors[presence.resourceId];
            if (!names.contains(presence.displayName()))
                names.append(presence.displayName());
        }
    } catch (const LibraryError &) {
        return;   // the server cannot be reached now: what was known stays until it answers
    }
    for (QStringList &names : editors)
        names.sort(Qt::CaseInsensitive);
    if (editors == m_editors)
        return;
    m_editors = editors;
    emit editorsChanged();
}

QString PresenceTracker::listText(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return tr("%1 and %2", "the last two items of a list")
        .arg(items.mid(0, items.size() - 1).join(tr(", ", "between the items of a list")), items.last());
}

QString PresenceTracker::editingText(const QStringList &names)
{
    if (names.size() <= 1)
        return tr("%1 is editing").arg(names.value(0));
    return tr("%1 are editing", "several names").arg(listText(names));
}

void PresenceTracker::stop()
{
    if (ready() && m_said != 0) {
        try {
            m_repository->setEditing(0, {});
        } catch (const LibraryError &) {
        }
    }
    m_said = 0;
    m_stopped = true;
    m_heartbeat->stop();
    m_poll->stop();
}

} // namespace Actes
