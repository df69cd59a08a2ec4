#include "library/serverreconnector.h"

#include "storage/libraryerror.h"
#include "storage/serverconnection.h"

#include <QThread>

#include <algorithm>
#include <memory>

namespace Actes {

ServerReconnector::ServerReconnector(QObject *parent) : QObject(parent), m_delays(defaultDelays())
{
    m_attemptTimer.setSingleShot(true);
    m_attemptTimer.setTimerType(Qt::PreciseTimer);   // the banner counts down to it
    connect(&m_attemptTimer, &QTimer::timeout, this, &ServerReconnector::startAttempt);
}

ServerReconnector::~ServerReconnector()
{
    // A probe under way holds no pointer to this object or to the repository; it ends by
    // itself within connect_timeout. It is waited for so that no thread outlives the program.
    for (const QPointer<QThread> &thread : std::as_const(m_probes)) {
        if (thread) {
            thread->wait();
            delete thread.data();
        }
    }
}

QList<int> ServerReconnector::defaultDelays()
{
    return {1000, 2000, 4000, 8000, 15000, 30000};
}

void ServerReconnector::setDelays(const QList<int> &delaysMs)
{
    m_delays = delaysMs.isEmpty() ? defaultDelays() : delaysMs;
}

void ServerReconnector::setConnection(ServerConnection *connection)
{
    // The previous connection may be gone already (its repository deleted): it is not touched.
    ++m_generation;
    m_connection = connection;
    const bool wasConnected = m_connected;
    clearState();
    if (m_connection) {
        QPointer<ServerReconnector> self(this);
        m_connection->setLossListener([self](const QString &message) {
            if (self)
                self->lost(message);
        });
    }
    if (!wasConnected)
        emit connectedChanged(true, QString());   // another library (or none): nothing is lost now
}

void ServerReconnector::clearState()
{
    m_attemptTimer.stop();
    m_connected = true;
    m_announced = false;
    m_probing = false;
    m_attempts = 0;
    m_message.clear();
    m_lastFailure.clear();
    m_lostSince = QDateTime();
}

QDateTime ServerReconnector::nextAttempt() const
{
    if (m_connected || !m_attemptTimer.isActive())
        return {};
    return QDateTime::currentDateTimeUtc().addMSecs(m_attemptTimer.remainingTime());
}

// From inside the failing call of the repository: noted now, said and acted on from the event
// loop (the caller is still unwinding its own work).
void ServerReconnector::lost(const QString &message)
{
    m_message = message;
    if (!m_connected)
        return;
    m_connected = false;
    m_lostSince = QDateTime::currentDateTimeUtc();
    m_attempts = 0;
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            announceLoss();
    });
}

void ServerReconnector::announceLoss()
{
    if (m_connected || m_announced)
        return;
    m_announced = true;
    emit connectedChanged(false, m_message);
    startAttempt();   // a server restarted, or a connection cut by the server, answers at once
}

void ServerReconnector::reconnectNow()
{
    if (m_connected || m_probing)
        return;
    startAttempt();
}

void ServerReconnector::startAttempt()
{
    if (m_connected || m_probing || !m_connection)
        return;
    m_attemptTimer.stop();
    m_probing = true;
    ++m_attempts;
    emit attemptStateChanged();
    const ServerConnection::Probe probe = m_connection->connectionProbe();
    auto reason = std::make_shared<QString>();
    QThread *thread = QThread::create([probe, reason] { *reason = probe(); });
    thread->setObjectName(QStringLiteral("actes-server-probe"));
    m_probes.append(thread);
    const quint64 generation = m_generation;
    connect(thread, &QThread::finished, this, [this, thread, generation, reason] {
        m_probes.removeAll(thread);
        thread->deleteLater();
        probeFinished(generation, *reason);
    });
    thread->start();
}

void ServerReconnector::probeFinished(quint64 generation, const QString &reason)
{
    if (generation != m_generation)
        return;   // the window moved on to another library meanwhile
    m_probing = false;
    if (m_connected || !m_connection)
        return;
    QString failure = reason;
    if (failure.isEmpty()) {
        // The server answers: the repository's own connection opens again (quickly) here.
        try {
            m_connection->reconnect();
        } catch (const LibraryError &error) {
            failure = error.message();
        }
    }
    if (!failure.isEmpty()) {
        m_lastFailure = failure;
        scheduleNext();
        return;
    }
    const int attempts = m_attempts;
    clearState();
    emit connectedChanged(true, tr("The connection to the server %1 is back (after %n attempt(s)).", nullptr,
                                   attempts)
                                    .arg(m_connection->serverDescription()));
}

void ServerReconnector::scheduleNext()
{
    const int index = std::min<int>(std::max(m_attempts - 1, 0), int(m_delays.size()) - 1);
    m_attemptTimer.start(m_delays.at(index));
    emit attemptStateChanged();
}

} // namespace Actes
