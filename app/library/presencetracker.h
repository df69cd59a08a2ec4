#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>

class QTimer;

namespace Actes {

class EditSession;
class Library;
class ResourceRepository;

// Presence in a team library, without widgets: tells the other members which resource is
// being edited here, and follows which ones they are editing.
//
// Here, a resource counts as being edited while the session holds unsaved changes of it, and
// for RecentEditMs after the last change was saved (someone who paused for a minute is still at
// work on it). That is said to the repository (PresenceStore::setEditing()) when it changes and
// again every heartbeat while it lasts; nothing is said for a read-only library. The others'
// presence is read when the repository announces a change of it and every poll interval
// (a member whose application closed or crashed sends nothing: the poll finds them gone).
class PresenceTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresenceTracker)
public:
    explicit PresenceTracker(QObject *parent = nullptr);
    ~PresenceTracker() override;

    // The library whose repository is told and read (followed when it is replaced), and the
    // session whose open resource may be being edited here.
    void setLibrary(Library *library);
    void setSession(EditSession *session);

    static constexpr int RecentEditMs = 2 * 60 * 1000;
    static constexpr int DefaultPollMs = 5000;
    // Tests shorten them; 0 stops that timer.
    void setIntervals(int heartbeatMs, int pollMs, int recentEditMs);

    // The resource this instance says it is editing (0: none).
    qint64 editingHere() const { return m_said; }
    // The names of the other members editing a resource now, sorted; empty when nobody is.
    QStringList editorsOf(qint64 resourceId) const { return m_editors.value(resourceId); }
    const QHash<qint64, QStringList> &editors() const { return m_editors; }

    // "Claire Martin is editing", "Claire Martin and Paul Durand are editing" (translated).
    static QString editingText(const QStringList &names);
    // A list of names or things: "a", "a and b", "a, b and c" (translated).
    static QString listText(const QStringList &items);

    // Reads the others' presence now (editorsChanged() when it differs).
    void refresh();
    // Says at once that nothing is being edited here any more, and stops (the window closes).
    void stop();

signals:
    void editorsChanged();

private:
    void repositoryReplaced();
    void update(bool heartbeat = false);
    qint64 editingNow() const;
    bool ready() const;

    Library *m_library = nullptr;
    EditSession *m_session = nullptr;
    ResourceRepository *m_repository = nullptr;
    QTimer *m_heartbeat = nullptr;
    QTimer *m_poll = nullptr;
    int m_recentEditMs = RecentEditMs;
    QElapsedTimer m_lastEdit;       // the last change made here (unsaved, or saved since)
    qint64 m_lastEditId = 0;        // ... to this resource
    qint64 m_said = 0;              // what the repository was last told
    bool m_stopped = false;
    QHash<qint64, QStringList> m_editors;
};

} // namespace Actes
