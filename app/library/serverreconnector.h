#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QThread;

namespace Actes {

class ServerConnection;

// Keeps a library on a server connected, for Library: it hears when a call of the repository
// finds the connection lost, says so (connectedChanged(false)), then tries to connect again by
// itself with back-off (1, 2, 4, 8, 15, then every 30 s; reconnectNow() at once), and says when
// the connection is back (connectedChanged(true)). Each attempt first probes the server on a
// thread of its own (an unreachable host takes up to connect_timeout to answer), then, when it
// answers, reopens the repository's connection on this thread (the same address and
// credentials), which also listens to the change notifications again. The window's thread is
// never blocked by a server that does not answer.
//
// No widgets: the window shows a banner from the signals and the state read here.
class ServerReconnector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerReconnector)
public:
    explicit ServerReconnector(QObject *parent = nullptr);
    ~ServerReconnector() override;   // waits for a probe under way (bounded by connect_timeout)

    // The connection watched (not owned); nullptr: none (a library in a file, or no library).
    void setConnection(ServerConnection *connection);
    ServerConnection *connection() const { return m_connection; }

    // The delays between attempts, in ms; the last one repeats.
    void setDelays(const QList<int> &delaysMs);
    QList<int> delays() const { return m_delays; }
    static QList<int> defaultDelays();

    bool isConnected() const { return m_connected; }
    // Why the connection is lost (the last failure, a complete sentence); empty when connected.
    QString message() const { return m_message; }
    // Why the last attempt failed (empty before the first one).
    QString lastFailure() const { return m_lastFailure; }
    // When the loss was found (invalid when connected).
    QDateTime lostSince() const { return m_lostSince; }
    // When the next attempt starts (invalid when connected or while one is under way).
    QDateTime nextAttempt() const;
    bool isAttempting() const { return m_probing; }
    // Attempts made since the loss.
    int attempts() const { return m_attempts; }

public slots:
    // Tries at once (does nothing while connected or while an attempt is under way).
    void reconnectNow();

signals:
    void connectedChanged(bool connected, const QString &message);
    // An attempt started, or failed and the next one is planned: for the banner's countdown.
    void attemptStateChanged();

private:
    void lost(const QString &message);
    void announceLoss();
    void startAttempt();
    void probeFinished(quint64 generation, const QString &reason);
    void scheduleNext();
    void clearState();

    ServerConnection *m_connection = nullptr;
    QList<int> m_delays;
    bool m_connected = true;
    bool m_announced = false;
    bool m_probing = false;
    int m_attempts = 0;
    quint64 m_generation = 0;   // a probe of an earlier connection is ignored
    QString m_message;
    QString m_lastFailure;
    QDateTime m_lostSince;
    QTimer m_attemptTimer;
    QList<QPointer<QThread>> m_probes;   // under way (one per attempt; earlier libraries' ones end by themselves)
};

} // namespace Actes
