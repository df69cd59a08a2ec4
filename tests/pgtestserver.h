#pragma once
// A throwaway PostgreSQL 15 server for the tests: initdb + pg_ctl on a temporary directory,
// listening on a Unix socket in that directory and on a free 127.0.0.1 port, removed at the end.
// No system service is used. When the tests run as root (as CI does), the server runs as the
// unprivileged `postgres` user through runuser, since initdb refuses root.
//
// Thread: the GUI/test thread. Errors: start() returns false and errorString() says why.

#include <QString>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Actes::Test {

class PgTestServer final
{
public:
    PgTestServer() = default;
    ~PgTestServer();                      // stops the server and removes its directory
    PgTestServer(const PgTestServer &) = delete;
    PgTestServer &operator=(const PgTestServer &) = delete;

    // initdb and start; false with errorString() when a step failed (its output is included).
    bool start();
    void stop();
    // Stops the server and keeps its data (a server gone away); resume() starts it again on
    // the same socket and port.
    bool pause();
    bool resume();
    bool isRunning() const { return m_running; }

    QString errorString() const { return m_error; }
    QString socketDir() const { return m_dir; }
    int port() const { return m_port; }
    static QString superuser() { return u"postgres"_s; }

    // Runs SQL as the superuser through psql on the socket (one call, ON_ERROR_STOP);
    // false with errorString() on failure.
    bool psql(const QString &sql, const QString &database = u"postgres"_s);
    // Creates an empty database owned by the superuser.
    bool createDatabase(const QString &name);

    // libpq URIs to reach a database: over the Unix socket, or over TCP on 127.0.0.1.
    QString socketUri(const QString &database, const QString &user = superuser()) const;
    QString tcpUri(const QString &database, const QString &user) const;

    // The PostgreSQL binaries (pg_ctl, initdb, psql…), from /usr/lib/postgresql/15/bin.
    static QString binDir();

private:
    bool run(const QString &program, const QStringList &args, int timeoutMs, QString *output = nullptr);
    static int freePort();
    bool startOnPort();

    QString m_dir;          // the temporary directory: data/, the socket, the log
    int m_port = 0;
    bool m_running = false;
    bool m_asPostgresUser = false;
    QString m_error;
};

} // namespace Actes::Test
