// When the server of a team library goes away (no widgets): Library says the connection is
// lost, calls fail at once instead of waiting for the server, the reconnector tries again with
// back-off, and once the server is back it reconnects by itself, listens to the notifications
// again and makes the views catch up with what others changed meanwhile. A server that does not
// answer at all (a vanished host) never blocks the thread of the window.
#include "library/library.h"
#include "library/serverreconnector.h"
#include "storage/libraryerror.h"
#include "storage/postgresrepository.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Actes;

#include "pgrepositorytest.h"
#include "storagetest.h"

using namespace StorageTest;

namespace {

// Listens on 127.0.0.1:port and never accepts: a client's connection is taken by the system and
// then nothing answers, as with a host that vanished behind a firewall.
class Blackhole
{
public:
    explicit Blackhole(int port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        const int yes = 1;
        ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = htons(quint16(port));
        m_listening = ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
            && ::listen(m_fd, 16) == 0;
    }
    ~Blackhole() { close(); }
    Blackhole(const Blackhole &) = delete;
    Blackhole &operator=(const Blackhole &) = delete;
    bool isListening() const { return m_listening; }
    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd = -1;
    bool m_listening = false;
};

// The longest time the event loop of this thread went without running a timer, while waiting ms.
qint64 longestStall(int ms)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longest = 0;
    QTimer tick;
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        const qint64 now = clock.elapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    tick.start();
    while (clock.elapsed() < ms)
        QTest::qWait(5);
    return std::max(longest, clock.elapsed() - last);
}

} // namespace

class TestServerConnection final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void lossIsAnnouncedAndReconnectionBacksOff();
    void reconnectNowTriesAtOnce();
    void unreachableServerNeverBlocksTheWindowThread();
    void fileLibraryHasNoConnectionToLose();

private:
    std::unique_ptr<PostgresRepository> open() { return PostgresRepository::open(m_fixture.uri(m_database)); }

    PgRepositoryTest::Fixture m_fixture;
    QString m_database;
};

void TestServerConnection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("PGPASSWORD");
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s), "the QPSQL driver (libqt6sql6-psql) is missing");
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
}

void TestServerConnection::init()
{
    QVERIFY2(m_fixture.server().isRunning() || m_fixture.server().resume(), qPrintable(m_fixture.errorString()));
    m_database = m_fixture.freshDatabase();
    QVERIFY2(!m_database.isEmpty(), qPrintable(m_fixture.errorString()));
}

void TestServerConnection::cleanup()
{
    m_fixture.closeDirect(m_database);
    if (!m_fixture.server().isRunning())
        m_fixture.server().resume();
}

void TestServerConnection::lossIsAnnouncedAndReconnectionBacksOff()
{
    auto repository = open();
    Library library;
    library.setPollInterval(50);   // the loss is found by the poll, without any edit
    library.reconnector()->setDelays({150, 300, 600});
    library.setRepository(repository.get());
    QVERIFY(library.isConnected());
    QSignalSpy connection(&library, &Library::connectionChanged);
    QSignalSpy external(&library, &Library::externalChange);
    QList<qint64> attemptTimes;
    QElapsedTimer clock;
    clock.start();
    connect(library.reconnector(), &ServerReconnector::attemptStateChanged, this, [&] {
        if (library.reconnector()->isAttempting())
            attemptTimes.append(clock.elapsed());
    });

    // The server stops: the library says so, and why.
    QVERIFY2(m_fixture.server().pause(), qPrintable(m_fixture.server().errorString()));
    QVERIFY(connection.wait(3000));
    QCOMPARE(connection.count(), 1);
    QCOMPARE(connection.at(0).at(0).toBool(), false);
    QVERIFY2(connection.at(0).at(1).toString().contains(u"connection to the server"_s),
             qPrintable(connection.at(0).at(1).toString()));
    QVERIFY(!library.isConnected());
    QVERIFY(library.reconnector()->lostSince().isValid());

    // Meanwhile a call fails at once (the window never waits for a server that is away).
    QElapsedTimer call;
    call.start();
    QVERIFY_THROWS_EXCEPTION(LibraryError, repository->countResources());
    QVERIFY2(call.elapsed() < 200, qPrintable(QString::number(call.elapsed())));

    // It tries again by itself, each time waiting longer: 150, 300, 600, then 600 ms again.
    QTRY_VERIFY_WITH_TIMEOUT(attemptTimes.size() >= 5, 5000);
    QVERIFY(!library.isConnected());
    QCOMPARE(connection.count(), 1);   // said once
    const QList<int> expected{150, 300, 600, 600};
    for (int i = 0; i < expected.size(); ++i) {
        const qint64 gap = attemptTimes.at(i + 1) - attemptTimes.at(i);
        qInfo("attempt %d after %lld ms", i + 2, gap);
        QVERIFY2(gap >= expected.at(i) * 9 / 10 && gap < expected.at(i) + 1000,
                 qPrintable(u"gap %1: %2 ms"_s.arg(i).arg(gap)));
    }
    QVERIFY(!library.reconnector()->lastFailure().isEmpty());

    // The server starts again, and another member commits before this library is back.
    QVERIFY2(m_fixture.server().resume(), qPrintable(m_fixture.server().errorString()));
    const Resource theirs = open()->createResource(fullResource(u"Écrit pendant la coupure"_s));
    external.clear();
    QVERIFY(connection.wait(5000));
    QCOMPARE(connection.count(), 2);
    QCOMPARE(connection.at(1).at(0).toBool(), true);
    QVERIFY(library.isConnected());
    // The views are told to catch up, and the repository works again.
    QTRY_VERIFY_WITH_TIMEOUT(!external.isEmpty(), 1000);
    QCOMPARE(repository->loadResource(theirs.id)->title, u"Écrit pendant la coupure"_s);
    QCOMPARE(library.reconnector()->attempts(), 0);

    // It listens again: another member's commit is announced without any poll (named by its
    // notification: that resource changed elsewhere).
    library.setPollInterval(0);
    QSignalSpy elsewhere(&library, &Library::resourcesChangedElsewhere);
    auto other = open();
    QElapsedTimer latency;
    latency.start();
    const Resource after = other->createResource(fullResource(u"Après le retour du serveur"_s));
    QVERIFY(elsewhere.wait(1000));
    QCOMPARE(elsewhere.last().at(0).value<QList<qint64>>(), QList<qint64>{after.id});
    qInfo("a commit after the reconnection announced in %lld ms", latency.elapsed());
}

void TestServerConnection::reconnectNowTriesAtOnce()
{
    auto repository = open();
    Library library;
    library.setPollInterval(50);
    library.reconnector()->setDelays({60000});   // the next attempt would be in a minute
    library.setRepository(repository.get());
    QSignalSpy connection(&library, &Library::connectionChanged);

    QVERIFY(m_fixture.server().pause());
    QVERIFY(connection.wait(3000));
    QTRY_VERIFY_WITH_TIMEOUT(library.reconnector()->nextAttempt().isValid(), 3000);
    QVERIFY(QDateTime::currentDateTimeUtc().secsTo(library.reconnector()->nextAttempt()) > 30);
    QVERIFY(m_fixture.server().resume());
    QElapsedTimer clock;
    clock.start();
    library.reconnectNow();
    QVERIFY(connection.wait(5000));
    QVERIFY(library.isConnected());
    qInfo("reconnected %lld ms after Reconnect Now", clock.elapsed());
    QCOMPARE(repository->countResources(), 0);
}

void TestServerConnection::unreachableServerNeverBlocksTheWindowThread()
{
    // A member with a password, over TCP, with a connect_timeout of 3 s.
    QVERIFY(m_fixture.server().psql(u"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dominique') "
                                    u"THEN CREATE ROLE dominique LOGIN PASSWORD 'mot de passe'; END IF; END $$"_s));
    QVERIFY(m_fixture.server().psql(u"ALTER DATABASE \"%1\" OWNER TO dominique"_s.arg(m_database)));
    const QString uri = m_fixture.server().tcpUri(m_database, u"dominique"_s) + u"?connect_timeout=3"_s;
    auto repository = PostgresRepository::open(uri, PostgresRepository::Mode::ReadWrite, u"mot de passe"_s);
    auto unwatched = PostgresRepository::open(uri, PostgresRepository::Mode::ReadWrite, u"mot de passe"_s);
    Library library;
    library.setPollInterval(50);
    library.reconnector()->setDelays({100});
    library.setRepository(repository.get());
    QSignalSpy connection(&library, &Library::connectionChanged);

    // The server goes, and its port is taken by something that never answers.
    QVERIFY(m_fixture.server().pause());
    Blackhole blackhole(m_fixture.server().port());
    QVERIFY(blackhole.isListening());
    QVERIFY(connection.wait(3000));
    QVERIFY(!library.isConnected());

    // Without a reconnector, a call waits for the connect_timeout (what the window used to do
    // at every call): the blackhole is real.
    QElapsedTimer blocked;
    blocked.start();
    try {
        unwatched->countResources();
    } catch (const LibraryError &) {
    }
    try {
        unwatched->countResources();   // the first one found the loss, this one connects again
    } catch (const LibraryError &) {
    }
    qInfo("a call without the reconnector waited %lld ms", blocked.elapsed());
    QVERIFY2(blocked.elapsed() >= 2500, qPrintable(QString::number(blocked.elapsed())));

    // With it, the probes wait on their own thread: this thread keeps running its events.
    QTRY_VERIFY_WITH_TIMEOUT(library.reconnector()->isAttempting(), 2000);
    const qint64 stall = longestStall(4000);
    qInfo("longest stall of the event loop while probing a server that does not answer: %lld ms", stall);
    QVERIFY2(stall < 1000, qPrintable(QString::number(stall)));
    QVERIFY(library.reconnector()->attempts() >= 1);
    QVERIFY(!library.isConnected());

    // Once the server is really back, it reconnects by itself.
    blackhole.close();
    QVERIFY(m_fixture.server().resume());
    QTRY_VERIFY_WITH_TIMEOUT(library.isConnected(), 10000);
    QCOMPARE(repository->countResources(), 0);
}

void TestServerConnection::fileLibraryHasNoConnectionToLose()
{
    QTemporaryDir dir;
    auto file = SqliteRepository::open(dir.filePath(u"a.actes"_s));
    QVERIFY(!file->serverConnection());
    Library library;
    library.setRepository(file.get());
    QVERIFY(library.isConnected());
    QVERIFY(open()->serverConnection());
}

QTEST_GUILESS_MAIN(TestServerConnection)
#include "tst_serverconnection.moc"
