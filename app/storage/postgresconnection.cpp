// PostgresRepository as a ServerConnection: connecting again after a lost connection, and the
// probe that finds out, off the window's thread, whether the server answers again.
#include "storage/postgresrepository.h"

#include "storage/libraryerror.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

using Kind = LibraryError::Kind;

QString probeConnectionName()
{
    static QAtomicInt counter;
    return u"actes-postgres-probe-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

QString databaseText(const QSqlError &error)
{
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.simplified();
}

// Connection options (key=value;...) with connect_timeout at most seconds.
QString withConnectTimeoutAtMost(const QString &options, int seconds)
{
    QStringList parts = options.split(u';', Qt::SkipEmptyParts);
    bool found = false;
    for (QString &part : parts) {
        if (!part.startsWith(u"connect_timeout="_s))
            continue;
        found = true;
        QString value = part.mid(16);
        value.remove(u'\'');
        const int given = value.toInt();
        if (given <= 0 || given > seconds)
            part = u"connect_timeout=%1"_s.arg(seconds);
    }
    if (!found)
        parts.append(u"connect_timeout=%1"_s.arg(seconds));
    return parts.join(u';');
}

} // namespace

void PostgresRepository::reconnect()
{
    if (m_transactionDepth > 0)
        throw LibraryError(Kind::Io, m_lostMessage, m_location);
    QSqlDatabase db = m_db;
    db.close();
    // Called once a probe found the server: if it went away again since, the window waits a few
    // seconds at most, not the connect_timeout of the address.
    const QString options = db.connectOptions();
    db.setConnectOptions(withConnectTimeoutAtMost(options, 3));
    const bool opened = db.open();
    db.setConnectOptions(options);
    if (!opened) {
        m_lost = true;
        m_lostMessage = tr("The connection to the server %1 was lost (%2). The last change was not saved; "
                           "open the library %3 again.")
                            .arg(m_server, databaseText(db.lastError()), m_location);
        throw LibraryError(Kind::Io, m_lostMessage, m_location);
    }
    m_lost = false;
    configureSession();
    if (m_changeListener || m_presenceListener)
        listenForChanges();   // a new connection listens to nothing
    m_editing = 0;            // nor is it editing anything
}

ServerConnection::Probe PostgresRepository::connectionProbe() const
{
    // The parameters are copied here (this thread); the probe opens a connection of its own.
    struct Parameters
    {
        QString host, user, password, database, options;
        int port = -1;
    };
    const Parameters p{m_db.hostName(), m_db.userName(), m_db.password(), m_db.databaseName(),
                       m_db.connectOptions(), m_db.port()};
    return [p]() -> QString {
        const QString name = probeConnectionName();
        QString reason;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            db.setHostName(p.host);
            db.setPort(p.port);
            db.setUserName(p.user);
            db.setPassword(p.password);
            db.setDatabaseName(p.database);
            db.setConnectOptions(p.options);
            if (!db.open()) {
                reason = databaseText(db.lastError());
                if (reason.isEmpty())
                    reason = u"no answer"_s;
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return reason;
    };
}

} // namespace Actes
