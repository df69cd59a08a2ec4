#include "pgtestserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QUrl>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Actes::Test {

namespace {

// The socket path must fit in sockaddr_un (about 107 bytes): a short directory under /tmp.
QString makeShortTempDir()
{
    QByteArray pattern = QByteArrayLiteral("/tmp/actes-pg-XXXXXX");
    if (!::mkdtemp(pattern.data()))
        return {};
    return QString::fromLocal8Bit(pattern);
}

} // namespace

PgTestServer::~PgTestServer()
{
    stop();
}

QString PgTestServer::binDir()
{
    return u"/usr/lib/postgresql/15/bin"_s;
}

int PgTestServer::freePort()
{
    // Bind port 0 on 127.0.0.1 and read back what the kernel chose.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

bool PgTestServer::run(const QString &program, const QStringList &args, int timeoutMs, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"PGPASSWORD"_s);
    env.remove(u"PGSERVICE"_s);
    process.setProcessEnvironment(env);
    const QString path = binDir() + u'/' + program;
    if (m_asPostgresUser)
        process.start(u"runuser"_s, QStringList{u"-u"_s, superuser(), u"--"_s, path} + args);
    else
        process.start(path, args);
    if (!process.waitForStarted(10000)) {
        m_error = u"%1 did not start: %2"_s.arg(program, process.errorString());
        return false;
    }
    const bool finished = process.waitForFinished(timeoutMs);
    const QString out = QString::fromLocal8Bit(process.readAll());
    if (output)
        *output = out;
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
        m_error = u"%1 timed out: %2"_s.arg(program, out);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = u"%1 failed (exit %2): %3"_s.arg(program, QString::number(process.exitCode()), out);
        return false;
    }
    return true;
}

bool PgTestServer::start()
{
    if (m_running)
        return true;
    if (!QFileInfo::exists(binDir() + u"/initdb"_s)) {
        m_error = u"PostgreSQL 15 is not installed (%1/initdb is missing)"_s.arg(binDir());
        return false;
    }
    m_dir = makeShortTempDir();
    if (m_dir.isEmpty()) {
        m_error = u"cannot create a temporary directory under /tmp"_s;
        return false;
    }
    // initdb refuses to run as root: hand the directory to the postgres user and run as it.
    m_asPostgresUser = ::geteuid() == 0;
    if (m_asPostgresUser) {
        const passwd *pw = ::getpwnam("postgres");
        if (!pw) {
            m_error = u"running as root and there is no 'postgres' user to run the server"_s;
            return false;
        }
        if (::chown(QFile::encodeName(m_dir).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            m_error = u"cannot give %1 to the postgres user"_s.arg(m_dir);
            return false;
        }
    }
    const QString data = m_dir + u"/data"_s;
    if (!run(u"initdb"_s,
             {u"-D"_s, data, u"-U"_s, superuser(), u"--auth-local=trust"_s,
              u"--auth-host=scram-sha-256"_s, u"-E"_s, u"UTF8"_s, u"--locale=C.UTF-8"_s,
              u"--no-sync"_s},
             120000))
        return false;
    // A port can be taken between the probe and the start: try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        if (startOnPort()) {
            m_running = true;
            return true;
        }
    }
    QFile log(m_dir + u"/server.log"_s);
    if (log.open(QIODevice::ReadOnly))
        m_error += u"\n"_s + QString::fromLocal8Bit(log.readAll());
    return false;
}

void PgTestServer::stop()
{
    if (m_running) {
        run(u"pg_ctl"_s, {u"-D"_s, m_dir + u"/data"_s, u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s}, 60000);
        m_running = false;
    }
    if (!m_dir.isEmpty()) {
        QDir(m_dir).removeRecursively();
        m_dir.clear();
    }
}

bool PgTestServer::pause()
{
    if (!m_running)
        return false;
    m_running = !run(u"pg_ctl"_s, {u"-D"_s, m_dir + u"/data"_s, u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s}, 60000);
    return !m_running;
}

bool PgTestServer::resume()
{
    if (m_running || m_dir.isEmpty())
        return m_running;
    m_running = startOnPort();
    return m_running;
}

bool PgTestServer::startOnPort()
{
    const QString options = u"-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off"_s
                                .arg(m_dir, QString::number(m_port));
    return run(u"pg_ctl"_s,
               {u"-D"_s, m_dir + u"/data"_s, u"-l"_s, m_dir + u"/server.log"_s, u"-w"_s, u"-t"_s, u"60"_s, u"-o"_s,
                options, u"start"_s},
               90000);
}

bool PgTestServer::psql(const QString &sql, const QString &database)
{
    return run(u"psql"_s,
               {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s, m_dir, u"-p"_s,
                QString::number(m_port), u"-U"_s, superuser(), u"-d"_s, database, u"-c"_s, sql},
               60000);
}

bool PgTestServer::createDatabase(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', u"\"\""_s);
    return psql(u"CREATE DATABASE \"%1\" ENCODING 'UTF8' TEMPLATE template0"_s.arg(quoted));
}

QString PgTestServer::socketUri(const QString &database, const QString &user) const
{
    return u"postgresql://%1@/%2?host=%3&port=%4"_s
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(user)),
             QString::fromLatin1(QUrl::toPercentEncoding(database)),
             QString::fromLatin1(QUrl::toPercentEncoding(m_dir)), QString::number(m_port));
}

QString PgTestServer::tcpUri(const QString &database, const QString &user) const
{
    return u"postgresql://%1@127.0.0.1:%2/%3"_s
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(user)), QString::number(m_port),
             QString::fromLatin1(QUrl::toPercentEncoding(database)));
}

} // namespace Actes::Test
