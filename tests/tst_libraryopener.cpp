// Opening a library from its location: a file path gives the SQLite library, a PostgreSQL
// address the server's; the same calls work on both (data-driven over the backend).
#include "storage/libraryerror.h"
#include "storage/libraryopener.h"
#include "storage/postgresrepository.h"
#include "storage/sqliterepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Actes;

#include "pgrepositorytest.h"
#include "storagetest.h"

class TestLibraryOpener final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void kindOfLocation_data();
    void kindOfLocation();
    void displayName_data();
    void displayName();
    void resolveKeepsServerAddresses();

    void opensEitherKind_data();
    void opensEitherKind();
    void readOnlyOpening_data();
    void readOnlyOpening();
    void foreignLibraryIsRefused_data();
    void foreignLibraryIsRefused();

private:
    void addBackendRows();
    // A location of a new library of the row's kind.
    QString newLocation(const QString &backend);

    QTemporaryDir m_dir;
    PgRepositoryTest::Fixture m_fixture;
    int m_files = 0;
};

void TestLibraryOpener::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s), "the QPSQL driver (libqt6sql6-psql) is missing");
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
}

void TestLibraryOpener::kindOfLocation_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<bool>("server");
    QTest::newRow("absolute file") << u"/home/anais/Actes/library.actes"_s << false;
    QTest::newRow("relative file") << u"library.actes"_s << false;
    QTest::newRow("file named like a scheme") << u"postgresql.actes"_s << false;
    QTest::newRow("folder named postgresql:") << u"./postgresql://x"_s << false;
    QTest::newRow("postgresql uri") << u"postgresql://anais@db.example.org:5432/actes?sslmode=verify-full"_s << true;
    QTest::newRow("postgres uri") << u"postgres://db.example.org/actes"_s << true;
    QTest::newRow("socket") << u"postgresql:///actes?host=/run/postgresql"_s << true;
    QTest::newRow("spaces around") << u"  postgresql://db/actes "_s << true;
}

void TestLibraryOpener::kindOfLocation()
{
    QFETCH(QString, location);
    QFETCH(bool, server);
    QCOMPARE(LibraryLocation::isServerLocation(location), server);
}

void TestLibraryOpener::displayName_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("expected");
    QTest::newRow("file") << u"/home/anais/Actes/Réseau 2024.actes"_s << u"Réseau 2024.actes"_s;
    QTest::newRow("server") << u"postgresql://anais@db.example.org:5432/actes?sslmode=verify-full"_s
                            << u"actes on db.example.org"_s;
    QTest::newRow("no port, no user") << u"postgres://db.example.org/bibliothèque"_s
                                      << u"bibliothèque on db.example.org"_s;
    QTest::newRow("percent-encoded") << u"postgresql://db.example.org/biblioth%C3%A8que"_s
                                     << u"bibliothèque on db.example.org"_s;
    QTest::newRow("ipv6") << u"postgresql://[2001:db8::1]:5433/actes"_s << u"actes on 2001:db8::1"_s;
    QTest::newRow("socket") << u"postgresql:///actes?host=/run/postgresql"_s << u"actes on this computer"_s;
    QTest::newRow("host parameter") << u"postgresql:///equipe?host=db.lan&port=5433"_s << u"equipe on db.lan"_s;
    QTest::newRow("dbname parameter") << u"postgresql://db.lan?dbname=equipe"_s << u"equipe on db.lan"_s;
    QTest::newRow("database of the user") << u"postgresql://anais@db.lan"_s << u"anais on db.lan"_s;
}

void TestLibraryOpener::displayName()
{
    QFETCH(QString, location);
    QFETCH(QString, expected);
    QCOMPARE(LibraryLocation::displayName(location), expected);
}

void TestLibraryOpener::resolveKeepsServerAddresses()
{
    const QString uri = u"postgresql://anais@db.example.org/actes?sslmode=verify-full"_s;
    QCOMPARE(LibraryLocation::resolve(uri), uri);
    QCOMPARE(LibraryLocation::resolve(u"relative.actes"_s), QDir::current().absoluteFilePath(u"relative.actes"_s));

    const QByteArray previous = qgetenv("ACTES_DB");
    auto restore = qScopeGuard([&] {
        if (previous.isNull())
            qunsetenv("ACTES_DB");
        else
            qputenv("ACTES_DB", previous);
    });
    qputenv("ACTES_DB", uri.toUtf8());
    QCOMPARE(LibraryLocation::resolve(QString()), uri);
    QCOMPARE(LibraryLocation::resolve(u"/tmp/other.actes"_s), u"/tmp/other.actes"_s);   // --db wins
    qputenv("ACTES_DB", "env.actes");
    QCOMPARE(LibraryLocation::resolve(QString()), QDir::current().absoluteFilePath(u"env.actes"_s));
}

void TestLibraryOpener::addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

QString TestLibraryOpener::newLocation(const QString &backend)
{
    if (backend == u"sqlite"_s)
        return m_dir.filePath(u"library-%1.actes"_s.arg(++m_files));
    const QString database = m_fixture.freshDatabase();
    return database.isEmpty() ? QString() : m_fixture.uri(database);
}

void TestLibraryOpener::opensEitherKind_data()
{
    addBackendRows();
}

void TestLibraryOpener::opensEitherKind()
{
    QFETCH(QString, backend);
    const QString location = newLocation(backend);
    QVERIFY(!location.isEmpty());
    qint64 id = 0;
    QString stored;
    {
        std::unique_ptr<ResourceRepository> repo = openLibrary(location);
        QVERIFY(repo);
        QVERIFY(!repo->isReadOnly());
        if (backend == u"sqlite"_s)
            QVERIFY(dynamic_cast<SqliteRepository *>(repo.get()));
        else
            QVERIFY(dynamic_cast<PostgresRepository *>(repo.get()));
        id = repo->createResource(StorageTest::fullResource(u"Rencontre régionale"_s)).id;
        stored = repo->location();
    }
    // What the library reports as its location opens it again (saved in the settings).
    std::unique_ptr<ResourceRepository> again = openLibrary(stored);
    QCOMPARE(LibraryLocation::isServerLocation(stored), backend == u"postgresql"_s);
    const std::optional<Resource> loaded = again->loadResource(id);
    QVERIFY(loaded);
    QCOMPARE(loaded->title, u"Rencontre régionale"_s);
    QVERIFY(!LibraryLocation::displayName(stored).isEmpty());
}

void TestLibraryOpener::readOnlyOpening_data()
{
    addBackendRows();
}

void TestLibraryOpener::readOnlyOpening()
{
    QFETCH(QString, backend);
    const QString location = newLocation(backend);
    QVERIFY(!location.isEmpty());
    openLibrary(location)->createResource(StorageTest::fullResource(u"Séminaire"_s));

    std::unique_ptr<ResourceRepository> repo = openLibrary(location, LibraryLocation::Mode::ReadOnly);
    QVERIFY(repo->isReadOnly());
    QCOMPARE(repo->countResources(), 1);
    try {
        repo->createResource(StorageTest::fullResource(u"Refusé"_s));
        QFAIL("a read-only library accepted a write");
    } catch (const LibraryError &error) {
        QCOMPARE(error.kind(), LibraryError::Kind::ReadOnly);
    }
    QCOMPARE(openLibrary(location)->countResources(), 1);
}

void TestLibraryOpener::foreignLibraryIsRefused_data()
{
    addBackendRows();
}

void TestLibraryOpener::foreignLibraryIsRefused()
{
    QFETCH(QString, backend);
    QString location;
    if (backend == u"sqlite"_s) {
        location = m_dir.filePath(u"notes.txt"_s);
        StorageTest::writeFile(location, "not a library\n");
    } else {
        const QString database = m_fixture.freshDatabase();
        QVERIFY(m_fixture.server().psql(u"CREATE TABLE invoices (id int)"_s, database));
        location = m_fixture.uri(database);
    }
    try {
        openLibrary(location);
        QFAIL("a foreign library was opened");
    } catch (const LibraryError &error) {
        QCOMPARE(error.kind(), LibraryError::Kind::NotALibrary);
    }
}

QTEST_GUILESS_MAIN(TestLibraryOpener)
#include "tst_libraryopener.moc"
