// Opening a PostgreSQL library: the schema of a new library, addresses and libpq options, and
// every way opening or writing can fail (foreign, newer or non-Unicode database, unreachable
// server, wrong password, missing privilege, lost connection) without changing what the server holds.
#include "storage/libraryerror.h"
#include "storage/postgresrepository.h"

#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Actes;
using Kind = LibraryError::Kind;

Q_DECLARE_METATYPE(Actes::Resource)

#include "pgrepositorytest.h"
#include "storagetest.h"

using namespace StorageTest;

class TestPgOpening final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newLibraryIsSetUp();
    void simultaneousFirstOpeningsSetUpOnce();
    void uriForms();
    void libpqOptionsArePassed();
    void foreignDatabaseIsRefusedAndUntouched();
    void newerSchemaIsRefusedAndUntouched();
    void earlierSchemaIsUpgradedInPlace();
    void schemaTwoIsUpgradedInPlace();
    void earlierSchemaNeedsItsOwner();
    void nonUnicodeDatabaseIsRefused();
    void connectionErrorsNameTheServer();
    void passwordInAddressIsRefused();
    void missingPrivilegeWritesNothing();
    void readOnlyUserGetsReadOnlyLibrary();
    void lostConnectionIsReported();

private:
    std::unique_ptr<PostgresRepository> openLibrary() { return PostgresRepository::open(m_fixture.uri(m_database)); }

    PgRepositoryTest::Fixture m_fixture;
    QString m_database;
};

void TestPgOpening::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s), "the QPSQL driver (libqt6sql6-psql) is missing");
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
}

void TestPgOpening::init()
{
    m_database = m_fixture.freshDatabase();
    QVERIFY2(!m_database.isEmpty(), qPrintable(m_fixture.errorString()));
}

void TestPgOpening::cleanup()
{
    m_fixture.closeDirect(m_database);
}

void TestPgOpening::newLibraryIsSetUp()
{
    QCOMPARE(m_fixture.state(m_database), QString());   // empty
    auto repo = openLibrary();
    QVERIFY(!repo->isReadOnly());
    QCOMPARE(repo->schemaVersion(), PostgresRepository::latestSchemaVersion());
    QCOMPARE(repo->countResources(), 0);
    QCOMPARE(repo->databaseName(), m_database);
    QVERIFY2(repo->location().startsWith(u"postgresql://postgres@/"_s), qPrintable(repo->location()));
    QVERIFY(repo->resourceTypes().contains(u"Étude"_s));
    const QString state = m_fixture.state(m_database);
    QVERIFY2(state.contains(u"application=actes-library"_s), qPrintable(state));
    QVERIFY2(state.contains(u"schema_version=%1"_s.arg(PostgresRepository::latestSchemaVersion())), qPrintable(state));
    QVERIFY2(state.contains(u"public.resource 0"_s), qPrintable(state));
    QVERIFY2(state.contains(u"public.resource_type 5"_s), qPrintable(state));

    // Reopening finds the same library and changes nothing.
    repo.reset();
    repo = openLibrary();
    QCOMPARE(repo->schemaVersion(), PostgresRepository::latestSchemaVersion());
    QCOMPARE(m_fixture.state(m_database), state);
}

void TestPgOpening::simultaneousFirstOpeningsSetUpOnce()
{
    // Several users open the same empty database at once: one sets it up, the others find it.
    const QString uri = m_fixture.uri(m_database);
    std::atomic<bool> go{false};
    std::atomic<int> opened{0};
    std::vector<std::thread> users;
    for (int i = 0; i < 4; ++i) {
        users.emplace_back([&] {
            while (!go)
                std::this_thread::yield();
            try {
                if (PostgresRepository::open(uri)->schemaVersion() == PostgresRepository::latestSchemaVersion())
                    ++opened;
            } catch (const LibraryError &) {
            }
        });
    }
    go = true;
    for (std::thread &user : users)
        user.join();
    QCOMPARE(opened.load(), 4);
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM resource_type"_s), 5);
    // application, schema_version and the library's three group roles, once each.
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM actes_meta"_s), 5);
}

void TestPgOpening::uriForms()
{
    // Over TCP, with a user, a port, a percent-encoded database and libpq options.
    QVERIFY(m_fixture.server().psql(u"CREATE ROLE camille LOGIN PASSWORD 'secret-camille'"_s));
    QVERIFY(m_fixture.server().psql(u"ALTER DATABASE \"%1\" OWNER TO camille"_s.arg(m_database)));
    QVERIFY(m_fixture.server().psql(u"GRANT ALL ON SCHEMA public TO camille"_s, m_database));
    qputenv("PGPASSWORD", "secret-camille");
    auto cleanup = qScopeGuard([] { qunsetenv("PGPASSWORD"); });
    const QString uri = m_fixture.server().tcpUri(m_database, u"camille"_s) + u"?sslmode=disable&connect_timeout=5"_s;
    auto repo = PostgresRepository::open(uri);
    QVERIFY(!repo->isReadOnly());
    // The address kept has everything needed to connect the same way again.
    QCOMPARE(repo->location(), u"postgresql://camille@127.0.0.1:%1/%2?connect_timeout=5&sslmode=disable"_s
                                   .arg(m_fixture.server().port())
                                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_database))));
    repo.reset();
    repo = PostgresRepository::open(uri);
    QCOMPARE(PostgresRepository::open(repo->location())->location(), repo->location());
    QCOMPARE(repo->serverDescription(), u"127.0.0.1:%1"_s.arg(m_fixture.server().port()));
    QCOMPARE(repo->createResource(fullResource(u"Par TCP"_s)).version, 1);

    // Not a PostgreSQL address at all.
    EXPECT_LIBRARY_ERROR(PostgresRepository::open(u"mysql://camille@localhost/x"_s), Kind::Invalid);
    EXPECT_LIBRARY_ERROR(PostgresRepository::open(u"postgresql://camille@localhost:99999/x"_s), Kind::Invalid);
}

void TestPgOpening::libpqOptionsArePassed()
{
    // Options of the address reach the server; with the old string syntax (backslash escapes),
    // quotes and backslashes are still stored as written.
    auto repo = PostgresRepository::open(m_fixture.uri(m_database)
                                         + u"&options=-c%20standard_conforming_strings%3Doff&application_name=essai"_s);
    QSqlQuery query(QSqlDatabase::database(repo->connectionName(), false));
    QVERIFY(query.exec(u"SELECT current_setting('standard_conforming_strings'), current_setting('application_name')"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"off"_s);
    QCOMPARE(query.value(1).toString(), u"essai"_s);
    query.finish();
    Resource r = fullResource(u"C:\\dossier\\l’œuvre 'cité' \\' OR 1=1 --"_s);
    r.bodyHtml = u"<p>\\x00 \\n \\' ''</p>"_s;
    const Resource stored = repo->createResource(r);
    QCOMPARE(repo->loadResource(stored.id)->title, r.title);
    QCOMPARE(repo->loadResource(stored.id)->bodyHtml, r.bodyHtml);
    const QByteArray bytes("\\'\0x", 4);
    QCOMPARE(repo->loadImage(repo->storeImage(bytes, u"image/x"_s)), bytes);
}

void TestPgOpening::foreignDatabaseIsRefusedAndUntouched()
{
    QVERIFY(m_fixture.server().psql(
        u"CREATE TABLE clients (id int PRIMARY KEY, nom text); INSERT INTO clients VALUES (1, 'Élise');"_s,
        m_database));
    const QString before = m_fixture.state(m_database);
    QString message;
    QCOMPARE(kindOf([&] { openLibrary(); }, &message), Kind::NotALibrary);
    QVERIFY2(message.contains(m_database) && message.contains(m_fixture.server().socketDir()), qPrintable(message));
    QCOMPARE(m_fixture.state(m_database), before);
    // A table of another application named like ours is not mistaken for a library.
    QVERIFY(m_fixture.server().psql(u"CREATE TABLE actes_meta (key text, value text)"_s, m_database));
    const QString withMeta = m_fixture.state(m_database);
    QCOMPARE(kindOf([&] { openLibrary(); }), Kind::NotALibrary);
    QCOMPARE(m_fixture.state(m_database), withMeta);
}

void TestPgOpening::newerSchemaIsRefusedAndUntouched()
{
    openLibrary()->createResource(fullResource(u"Gardée"_s));
    QVERIFY(m_fixture.server().psql(u"UPDATE actes_meta SET value = '%1' WHERE key = 'schema_version'"_s.arg(
                                        PostgresRepository::latestSchemaVersion() + 1),
                                    m_database));
    const QString before = m_fixture.state(m_database);
    QString message;
    QCOMPARE(kindOf([&] { openLibrary(); }, &message), Kind::NewerVersion);
    QVERIFY2(message.contains(m_database) && message.contains(u"newer"_s), qPrintable(message));
    QCOMPARE(m_fixture.state(m_database), before);
    QCOMPARE(kindOf([&] { PostgresRepository::open(m_fixture.uri(m_database), PostgresRepository::Mode::ReadOnly); }),
             Kind::NewerVersion);
    QCOMPARE(m_fixture.state(m_database), before);
}

void TestPgOpening::earlierSchemaIsUpgradedInPlace()
{
    // A library made by the release of schema 1 (the first team library) with a resource in it.
    PostgresRepository::createAtSchemaVersion(m_fixture.uri(m_database), 1);
    QVERIFY2(m_fixture.state(m_database).contains(u"schema_version=1"_s), qPrintable(m_fixture.state(m_database)));
    QVERIFY(m_fixture.server().psql(uR"(INSERT INTO resource (title, title_key, created, modified)
        VALUES ('Séminaire d’avant', 'seminaire d avant', now(), now()))"_s,
                                    m_database));
    auto repo = openLibrary();
    QCOMPARE(repo->schemaVersion(), PostgresRepository::latestSchemaVersion());
    const QList<ResourceSummary> rows = repo->listResources();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().title, u"Séminaire d’avant"_s);
    const Resource created = repo->createResource(fullResource(u"Après la mise à niveau"_s));
    QCOMPARE(repo->loadResource(created.id)->title, u"Après la mise à niveau"_s);
}

void TestPgOpening::schemaTwoIsUpgradedInPlace()
{
    // A library made by the release of schema 2 (members and review), before attachments.
    PostgresRepository::createAtSchemaVersion(m_fixture.uri(m_database), 2);
    QVERIFY2(m_fixture.state(m_database).contains(u"schema_version=2"_s), qPrintable(m_fixture.state(m_database)));
    QVERIFY(!m_fixture.state(m_database).contains(u"attachment"_s));
    QVERIFY(m_fixture.server().psql(uR"(INSERT INTO resource (title, title_key, status, created, modified)
        VALUES ('Séminaire d’avant', 'seminaire d avant', 'review', now(), now()))"_s,
                                    m_database));
    auto repo = openLibrary();
    QCOMPARE(repo->schemaVersion(), 3);
    const QString state = m_fixture.state(m_database);
    QVERIFY2(state.contains(u"public.attachment_data 0"_s) && state.contains(u"public.resource_attachment 0"_s),
             qPrintable(state));
    const QList<ResourceSummary> rows = repo->listResources();
    QCOMPARE(rows.size(), 1);
    Resource old = repo->loadResource(rows.first().id).value();
    QCOMPARE(old.title, u"Séminaire d’avant"_s);
    QCOMPARE(old.status, Status::InReview);
    QVERIFY(old.attachments.isEmpty());
    // Attaching works at once.
    Attachment programme;
    programme.title = u"Programme"_s;
    programme.kind = AttachmentKind::Programme;
    programme.fileName = u"programme.pdf"_s;
    programme.size = 4;
    programme.sha256 = repo->storeAttachmentData("%PDF"_ba);
    old.attachments = {programme};
    const Resource saved = repo->saveResource(old);
    QCOMPARE(openLibrary()->loadResource(saved.id)->attachments, saved.attachments);
}

void TestPgOpening::earlierSchemaNeedsItsOwner()
{
    PostgresRepository::createAtSchemaVersion(m_fixture.uri(m_database), 1);
    QVERIFY(m_fixture.server().psql(u"CREATE ROLE redactrice LOGIN"_s));
    QVERIFY(m_fixture.server().psql(u"GRANT ALL ON ALL TABLES IN SCHEMA public TO redactrice"_s, m_database));
    const QString before = m_fixture.state(m_database);
    QString message;
    QCOMPARE(kindOf([&] { PostgresRepository::open(m_fixture.server().socketUri(m_database, u"redactrice"_s)); },
                    &message),
             Kind::PermissionDenied);
    QVERIFY2(message.contains(u"upgraded"_s) && message.contains(u"postgres"_s), qPrintable(message));
    QCOMPARE(m_fixture.state(m_database), before);
}

void TestPgOpening::nonUnicodeDatabaseIsRefused()
{
    const QString latin1 = m_database + u"_latin1"_s;
    QVERIFY(m_fixture.server().psql(u"CREATE DATABASE \"%1\" ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' "
                                    u"TEMPLATE template0"_s.arg(latin1)));
    QString message;
    QCOMPARE(kindOf([&] { PostgresRepository::open(m_fixture.uri(latin1)); }, &message), Kind::NotALibrary);
    QVERIFY2(message.contains(u"LATIN1"_s) && message.contains(latin1), qPrintable(message));
    QCOMPARE(m_fixture.state(latin1), QString());
    m_fixture.closeDirect(latin1);
}

void TestPgOpening::connectionErrorsNameTheServer()
{
    QString message;
    // Nothing listens on port 1.
    QCOMPARE(kindOf([&] { PostgresRepository::open(u"postgresql://camille@127.0.0.1:1/actes"_s); }, &message),
             Kind::Io);
    QVERIFY2(message.contains(u"127.0.0.1:1"_s), qPrintable(message));
    // No such database.
    QCOMPARE(kindOf([&] { PostgresRepository::open(m_fixture.uri(u"absente"_s)); }, &message), Kind::Io);
    QVERIFY2(message.contains(m_fixture.server().socketDir()) && message.contains(u"absente"_s), qPrintable(message));
    // A wrong password (from PGPASSWORD, as libpq reads it).
    QVERIFY(m_fixture.server().psql(u"CREATE ROLE mehdi LOGIN PASSWORD 'le-bon'"_s));
    qputenv("PGPASSWORD", "le-mauvais");
    auto restore = qScopeGuard([] { qunsetenv("PGPASSWORD"); });
    QCOMPARE(kindOf([&] { PostgresRepository::open(m_fixture.server().tcpUri(m_database, u"mehdi"_s)); }, &message),
             Kind::Io);
    QVERIFY2(message.contains(u"127.0.0.1:%1"_s.arg(m_fixture.server().port())) && message.contains(u"password"_s),
             qPrintable(message));
    QVERIFY(!message.contains(u"le-mauvais"_s));
    QCOMPARE(m_fixture.state(m_database), QString());
}

void TestPgOpening::passwordInAddressIsRefused()
{
    QString message;
    QCOMPARE(kindOf([&] { PostgresRepository::open(u"postgresql://camille:secret@127.0.0.1/x"_s); }, &message),
             Kind::Invalid);
    QVERIFY2(message.contains(u"pgpass"_s) && !message.contains(u"secret"_s), qPrintable(message));
    QCOMPARE(kindOf([&] { PostgresRepository::open(m_fixture.uri(m_database) + u"&password=secret"_s); }, &message),
             Kind::Invalid);
    QVERIFY(!message.contains(u"secret"_s));
    QCOMPARE(m_fixture.state(m_database), QString());
}

void TestPgOpening::missingPrivilegeWritesNothing()
{
    // Since PostgreSQL 15 a user may not create tables in the public schema of a database it does not own.
    QVERIFY(m_fixture.server().psql(u"CREATE ROLE lecteur LOGIN"_s));
    QString message;
    QCOMPARE(kindOf([&] { PostgresRepository::open(m_fixture.server().socketUri(m_database, u"lecteur"_s)); },
                    &message),
             Kind::ReadOnly);
    QVERIFY2(message.contains(m_fixture.server().socketDir()), qPrintable(message));
    QCOMPARE(m_fixture.state(m_database), QString());
}

void TestPgOpening::readOnlyUserGetsReadOnlyLibrary()
{
    const Resource stored = openLibrary()->createResource(fullResource(u"Lecture seule"_s));
    QVERIFY(m_fixture.server().psql(u"CREATE ROLE relectrice LOGIN"_s));
    QVERIFY(m_fixture.server().psql(u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO relectrice"_s, m_database));
    const QString before = m_fixture.state(m_database);
    auto repo = PostgresRepository::open(m_fixture.server().socketUri(m_database, u"relectrice"_s));
    QVERIFY(repo->isReadOnly());
    QCOMPARE(repo->loadResource(stored.id)->title, u"Lecture seule"_s);
    ResourceFilter filter;
    filter.searchText = u"lecture"_s;
    QCOMPARE(repo->countResources(filter), 1);
    EXPECT_LIBRARY_ERROR(repo->saveResource(stored), Kind::ReadOnly);
    EXPECT_LIBRARY_ERROR(repo->setLibraryValue(u"a"_s, u"b"_s), Kind::ReadOnly);
    EXPECT_LIBRARY_ERROR(repo->changeStatus(stored.id, Status::Approved, u"x"_s, {}, stored.version), Kind::ReadOnly);
    QCOMPARE(m_fixture.state(m_database), before);
    // Asked read-only, a writable library is read-only too.
    auto asked = PostgresRepository::open(m_fixture.uri(m_database), PostgresRepository::Mode::ReadOnly);
    QVERIFY(asked->isReadOnly());
    EXPECT_LIBRARY_ERROR(asked->moveToTrash({stored.id}), Kind::ReadOnly);
    QCOMPARE(m_fixture.state(m_database), before);
}

void TestPgOpening::lostConnectionIsReported()
{
    auto repo = openLibrary();
    const Resource stored = repo->createResource(fullResource(u"Coupure"_s));
    const QString before = m_fixture.state(m_database);
    QVERIFY(m_fixture.server().psql(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                    u"WHERE application_name = 'Actes' AND datname = '%1'"_s.arg(m_database)));
    Resource edited = stored;
    edited.title = u"Jamais écrit"_s;
    QString message;
    QCOMPARE(kindOf([&] { repo->saveResource(edited); }, &message), Kind::Io);
    QVERIFY2(message.contains(m_fixture.server().socketDir()), qPrintable(message));
    QCOMPARE(m_fixture.state(m_database), before);
    QCOMPARE(openLibrary()->loadResource(stored.id)->title, u"Coupure"_s);

    // The next call connects again: the same instance goes on working once the server is back.
    edited.title = u"Écrit après la reconnexion"_s;
    QCOMPARE(repo->saveResource(edited).version, 2);
    QCOMPARE(openLibrary()->loadResource(stored.id)->title, u"Écrit après la reconnexion"_s);
}

QTEST_GUILESS_MAIN(TestPgOpening)
#include "tst_pgopening.moc"
