// Library files: every way opening or writing a library can fail without losing what is
// stored (foreign, damaged, newer, read-only, locked, full disk), and a 100,000-resource library.
#include "storage/libraryerror.h"
#include "storage/sqliterepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Actes;
using Kind = LibraryError::Kind;

Q_DECLARE_METATYPE(Actes::Resource)

#include "storagetest.h"
#include "unprivileged.h"

using namespace StorageTest;

class TestLibraryFiles final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void newLibraryFileIsSetUp();
    void openingErrors_data();
    void openingErrors();
    void emptyFileBecomesALibrary();
    void emptySqliteDatabaseBecomesALibrary();
    void missingFolder();
    void readOnlyMode();
    void readOnlyByPermissions();
    void lockedWrite();
    void lockedOpen();
    void diskFullRollsBack();

    void hundredThousandResources();

private:
    QString path(const QString &name = u"library.actes"_s) const { return m_dir->filePath(name); }
    std::unique_ptr<SqliteRepository> openLibrary() { return SqliteRepository::open(path()); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

// A new SQLite library: the file, its pragmas, no journal left after closing.
void TestLibraryFiles::newLibraryFileIsSetUp()
{
    const QString path = m_dir->filePath(u"library.actes"_s);
    QVERIFY(!QFile::exists(path));
    auto repo = SqliteRepository::open(path);
    QVERIFY(QFile::exists(path));
    QVERIFY(!repo->isReadOnly());
    QCOMPARE(repo->location(), path);
    QCOMPARE(repo->schemaVersion(), SqliteRepository::latestSchemaVersion());
    QVERIFY(SqliteRepository::latestSchemaVersion() >= 2);
    QCOMPARE(repo->countResources(), 0);

    {
        QSqlQuery query(QSqlDatabase::database(repo->connectionName(), false));
        QVERIFY(query.exec(u"PRAGMA application_id"_s) && query.next());
        QCOMPARE(query.value(0).toLongLong(), 0x41435445);
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    // Closing checkpoints: no journal file is left next to the library.
    repo.reset();
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    QVERIFY(!QFile::exists(path + u"-shm"_s));
    // Reopening the same file finds the same library.
    repo = SqliteRepository::open(path);
    QCOMPARE(repo->schemaVersion(), SqliteRepository::latestSchemaVersion());
}

void TestLibraryFiles::openingErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("expected");
    QTest::newRow("random bytes") << u"random"_s << int(Kind::NotALibrary);
    QTest::newRow("text file") << u"text"_s << int(Kind::NotALibrary);
    QTest::newRow("another application's database") << u"foreign"_s << int(Kind::NotALibrary);
    QTest::newRow("truncated header") << u"shortheader"_s << int(Kind::Corrupt);
    QTest::newRow("truncated library") << u"truncated"_s << int(Kind::Corrupt);
    QTest::newRow("damaged pages") << u"damaged"_s << int(Kind::Corrupt);
    QTest::newRow("newer version") << u"newer"_s << int(Kind::NewerVersion);
    QTest::newRow("a folder") << u"folder"_s << int(Kind::NotALibrary);
}

void TestLibraryFiles::openingErrors()
{
    QFETCH(QString, kind);
    QFETCH(int, expected);
    const QString file = path(u"sous dossier/bibliothèque « test ».actes"_s);
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));

    auto makeLibrary = [&] {
        auto repo = SqliteRepository::open(file);
        for (int i = 0; i < 60; ++i) {
            Resource r = fullResource(u"Ressource %1"_s.arg(i));
            r.bodyHtml = u"<p>%1</p>"_s.arg(QString(u"Texte long de la ressource. "_s).repeated(60));
            repo->createResource(r);
        }
        return repo;
    };
    auto rawConnection = [&](const std::function<void(QSqlQuery &)> &fn) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            fn(query);
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
    };

    if (kind == u"random"_s) {
        QByteArray bytes;
        for (int i = 0; i < 8192; ++i)
            bytes.append(char((i * 7919 + 13) % 256));
        writeFile(file, bytes);
    } else if (kind == u"text"_s) {
        writeFile(file, QString(u"Compte rendu du séminaire\nLigne deux\n"_s).toUtf8());
    } else if (kind == u"foreign"_s) {
        rawConnection([](QSqlQuery &query) {
            QVERIFY(query.exec(u"CREATE TABLE contacts (name TEXT)"_s));
            QVERIFY(query.exec(u"INSERT INTO contacts VALUES ('x')"_s));
        });
    } else if (kind == u"shortheader"_s) {
        writeFile(file, QByteArray("SQLite format 3\0\x10\0", 19));
    } else if (kind == u"truncated"_s) {
        makeLibrary().reset();
        QFile f(file);
        QVERIFY(f.size() > 3 * 4096);
        QVERIFY(f.resize(f.size() / 2));
    } else if (kind == u"damaged"_s) {
        makeLibrary().reset();
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 6 * 4096);
        QVERIFY(f.seek(2 * 4096));
        f.write(QByteArray(3 * 4096, '\xA5'));
    } else if (kind == u"newer"_s) {
        makeLibrary().reset();
        rawConnection([](QSqlQuery &query) {
            QVERIFY(query.exec(u"PRAGMA journal_mode = DELETE"_s));
            QVERIFY(query.exec(u"PRAGMA user_version = 99"_s));
        });
    } else if (kind == u"folder"_s) {
        QVERIFY(QDir().mkpath(file));
    }
    QVERIFY(!QFile::exists(file + u"-wal"_s));
    QVERIFY(!QFile::exists(file + u"-shm"_s));
    const QByteArray before = fileHash(file);

    for (const OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        QString message;
        const Kind got = kindOf([&] { SqliteRepository::open(file, mode); }, &message);
        QCOMPARE(int(got), expected);
        QVERIFY2(message.contains(QDir::toNativeSeparators(file)), qPrintable(message));
        QCOMPARE(fileHash(file), before);
        QVERIFY(!QFile::exists(file + u"-wal"_s));
        QVERIFY(!QFile::exists(file + u"-shm"_s));
        if (kind == u"newer"_s)
            QVERIFY2(message.contains(u"newer version of Actes"_s), qPrintable(message));
    }
}

void TestLibraryFiles::emptyFileBecomesALibrary()
{
    writeFile(path(), QByteArray());
    {
        auto repo = openLibrary();
        QCOMPARE(repo->schemaVersion(), SqliteRepository::latestSchemaVersion());
        Resource r;
        r.title = u"Première"_s;
        repo->createResource(r);
    }
    QCOMPARE(openLibrary()->countResources(), 1);

    // Read-only, an empty file cannot be set up: refused, untouched.
    writeFile(path(u"vide.actes"_s), QByteArray());
    EXPECT_LIBRARY_ERROR(SqliteRepository::open(path(u"vide.actes"_s), OpenMode::ReadOnly), Kind::ReadOnly);
    QCOMPARE(QFileInfo(path(u"vide.actes"_s)).size(), 0);
}

void TestLibraryFiles::emptySqliteDatabaseBecomesALibrary()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"VACUUM"_s));   // a valid SQLite header, no table
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    QVERIFY(QFileInfo(path()).size() > 0);
    QCOMPARE(openLibrary()->schemaVersion(), SqliteRepository::latestSchemaVersion());
}

void TestLibraryFiles::missingFolder()
{
    QString message;
    const QString file = path(u"absent/library.actes"_s);
    QCOMPARE(kindOf([&] { SqliteRepository::open(file); }, &message), Kind::Io);
    QVERIFY(message.contains(QDir::toNativeSeparators(file)));
    QVERIFY(!QFile::exists(file));
    QCOMPARE(kindOf([&] { SqliteRepository::open(path(u"absent.actes"_s), OpenMode::ReadOnly); }), Kind::Io);
    QVERIFY(!QFile::exists(path(u"absent.actes"_s)));
}

void TestLibraryFiles::readOnlyMode()
{
    qint64 id = 0;
    {
        auto repo = openLibrary();
        id = repo->createResource(fullResource(u"Lecture seule"_s)).id;
        repo->storeImage("image", u"image/png"_s);
    }
    const QByteArray before = fileHash(path());

    auto repo = SqliteRepository::open(path(), OpenMode::ReadOnly);
    QVERIFY(repo->isReadOnly());
    QCOMPARE(repo->countResources(), 1);
    QCOMPARE(repo->loadResource(id)->title, u"Lecture seule"_s);
    ResourceFilter filter;
    filter.searchText = u"lecture"_s;
    QCOMPARE(repo->countResources(filter), 1);

    Resource r = *repo->loadResource(id);
    const Person person = repo->people().first();
    const Organisation organisation = repo->organisations().first();
    const QList<std::pair<const char *, std::function<void()>>> writes{
        {"createResource", [&] { repo->createResource(r); }},
        {"saveResource", [&] { repo->saveResource(r); }},
        {"moveToTrash", [&] { repo->moveToTrash({id}); }},
        {"restoreFromTrash", [&] { repo->restoreFromTrash({id}); }},
        {"emptyTrash", [&] { repo->emptyTrash(); }},
        {"addResourceType", [&] { repo->addResourceType(u"Nouveau"_s); }},
        {"savePerson", [&] { repo->savePerson(person); }},
        {"saveOrganisation", [&] { repo->saveOrganisation(organisation); }},
        {"mergePeople", [&] { repo->mergePeople(person.id, {person.id + 1}); }},
        {"mergeOrganisations", [&] { repo->mergeOrganisations(organisation.id, {organisation.id + 1}); }},
        {"storeImage", [&] { repo->storeImage("autre", u"image/png"_s); }},
        {"setLibraryValue", [&] { repo->setLibraryValue(u"k"_s, u"v"_s); }},
        {"inTransaction", [&] { repo->inTransaction([&] { repo->setLibraryValue(u"k"_s, u"v"_s); }); }},
    };
    for (const auto &[name, fn] : writes) {
        QString message;
        QCOMPARE(kindOf(fn, &message), Kind::ReadOnly);
        QVERIFY2(message.contains(QDir::toNativeSeparators(path())), name);
    }
    repo.reset();
    QCOMPARE(fileHash(path()), before);
}

void TestLibraryFiles::readOnlyByPermissions()
{
    openLibrary()->setLibraryValue(u"k"_s, u"v"_s);
    // Root is not stopped by permissions: as root, this case runs as the user nobody.
    const Unprivileged::AsNobody user(m_dir->path());
    QVERIFY2(user.ok(), user.error().constData());
    QFile::setPermissions(path(), QFile::ReadOwner | QFile::ReadUser);
    auto repo = openLibrary();
    QVERIFY(repo->isReadOnly());
    QCOMPARE(repo->libraryValue(u"k"_s), u"v"_s);
    EXPECT_LIBRARY_ERROR(repo->setLibraryValue(u"k"_s, u"w"_s), Kind::ReadOnly);
    repo.reset();
    QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner);

    // A writable file in a folder that is not: SQLite needs the folder for its journal.
    const QString folder = path(u"dossier « é » #1 50% ?"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString inFolder = folder + u"/library.actes"_s;
    SqliteRepository::open(inFolder)->setLibraryValue(u"k"_s, u"v"_s);
    const QByteArray before = fileHash(inFolder);
    const auto restore = qScopeGuard([&] { QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    repo = SqliteRepository::open(inFolder);
    QVERIFY(repo->isReadOnly());
    QCOMPARE(repo->libraryValue(u"k"_s), u"v"_s);
    EXPECT_LIBRARY_ERROR(repo->setLibraryValue(u"k"_s, u"w"_s), Kind::ReadOnly);
    repo.reset();
    QCOMPARE(fileHash(inFolder), before);
    // Nor can a new library be created there.
    EXPECT_LIBRARY_ERROR(SqliteRepository::open(folder + u"/nouvelle.actes"_s), Kind::Io);
}

void TestLibraryFiles::lockedWrite()
{
    auto repo = openLibrary();
    repo->setLibraryValue(u"k"_s, u"avant"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery other(db);
        QVERIFY(other.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(other.exec(u"INSERT INTO library_setting (key, value) VALUES ('x', 'y')"_s));

        QElapsedTimer timer;
        timer.start();
        QString message;
        QCOMPARE(kindOf([&] { repo->setLibraryValue(u"k"_s, u"après"_s); }, &message), Kind::Locked);
        QVERIFY(timer.elapsed() >= 4500);   // waited for the busy timeout first
        QVERIFY2(message.contains(QDir::toNativeSeparators(path())), qPrintable(message));
        QCOMPARE(repo->libraryValue(u"k"_s), u"avant"_s);   // reading still works (WAL)
        QVERIFY(other.exec(u"ROLLBACK"_s));
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    repo->setLibraryValue(u"k"_s, u"après"_s);
    QCOMPARE(repo->libraryValue(u"k"_s), u"après"_s);
}

void TestLibraryFiles::lockedOpen()
{
    openLibrary()->setLibraryValue(u"k"_s, u"v"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery other(db);
        // Another program holding the whole file: not even reading is possible.
        QVERIFY(other.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        QVERIFY(other.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(other.exec(u"INSERT INTO library_setting (key, value) VALUES ('x', 'y')"_s));
        QString message;
        QCOMPARE(kindOf([&] { SqliteRepository::open(path()); }, &message), Kind::Locked);
        QVERIFY2(message.contains(QDir::toNativeSeparators(path())), qPrintable(message));
        QVERIFY(other.exec(u"ROLLBACK"_s));
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    QCOMPARE(openLibrary()->libraryValue(u"k"_s), u"v"_s);
}

void TestLibraryFiles::diskFullRollsBack()
{
    auto repo = openLibrary();
    const Resource first = repo->createResource(fullResource(u"Déjà là"_s));
    auto pragma = [&](const QString &sql) {
        QSqlQuery query(QSqlDatabase::database(repo->connectionName(), false));
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toInt();
    };
    const int pages = pragma(u"PRAGMA page_count"_s);
    QVERIFY(pages > 0);
    QCOMPARE(pragma(u"PRAGMA max_page_count = %1"_s.arg(pages + 2)), pages + 2);

    Resource big = fullResource(u"Trop grosse"_s);
    QString body;
    for (int i = 0; i < 4000; ++i)
        body += u"<p>Paragraphe %1 du très long compte rendu.</p>"_s.arg(i);
    big.bodyHtml = body;
    QString message;
    QCOMPARE(kindOf([&] { repo->createResource(big); }, &message), Kind::DiskFull);
    QVERIFY2(message.contains(QDir::toNativeSeparators(path())), qPrintable(message));
    QCOMPARE(repo->countResources(), 1);
    QCOMPARE(repo->people().size(), 3);

    Resource grown = first;
    grown.bodyHtml = body;
    grown.title = u"Renommée"_s;
    QCOMPARE(kindOf([&] { repo->saveResource(grown); }), Kind::DiskFull);
    const Resource after = *repo->loadResource(first.id);
    QVERIFY(after.sameContentAs(first));
    QCOMPARE(after.version, 1);
    ResourceFilter filter;
    filter.searchText = u"renommee"_s;
    QCOMPARE(repo->countResources(filter), 0);

    // Once there is room again, the same write succeeds.
    QCOMPARE(pragma(u"PRAGMA max_page_count = 1000000"_s), 1000000);
    QCOMPARE(repo->saveResource(grown).version, 2);
    repo.reset();
    QCOMPARE(openLibrary()->loadResource(first.id)->title, u"Renommée"_s);
}

// --- Scale ---------------------------------------------------------------------------------

void TestLibraryFiles::hundredThousandResources()
{
    const int count = qEnvironmentVariableIntValue("ACTES_STORAGE_SCALE") > 0
        ? qEnvironmentVariableIntValue("ACTES_STORAGE_SCALE")
        : 100000;
    auto repo = openLibrary();
    // Bulk rows through SQL (createResource one by one would measure the import, not the list).
    QElapsedTimer timer;
    timer.start();
    repo->inTransaction([&] {
        QSqlQuery query(QSqlDatabase::database(repo->connectionName(), false));
        const QString generate = uR"(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) )"_s
                                     .arg(count);
        QVERIFY2(query.exec(generate + uR"(INSERT INTO resource (id, title, title_key, type_id, is_private, status,
                date_start, date_end, place, created, modified, version)
            SELECT i, 'Séminaire numéro ' || i || ' sur l''économie ' || (i % 97), 'seminaire numero ' || i,
                1 + i % 5, i % 7 = 0, CASE i % 3 WHEN 0 THEN 'draft' ELSE 'published' END,
                CASE WHEN i % 50 = 0 THEN NULL ELSE date('2000-01-01', '+' || (i % 9000) || ' days') END,
                NULL, 'Lyon', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', 1 FROM n)"_s),
                 qPrintable(query.lastError().text()));
        // About 300 bytes of text per body, a realistic vocabulary, one word shared by every 1000th.
        QVERIFY2(query.exec(generate + uR"(INSERT INTO resource_text (resource_id, summary_html, body_html)
            SELECT i, '<p>Résumé ' || i || '</p>',
                '<p>' || replace(hex(zeroblob(3)), '00',
                    'Les collectivités locales et les acteurs de l''économie sociale débattent de l''emploi '
                    || (i % 313) || '. ') || ' coopérative' || (i % 1000) || '</p>' FROM n)"_s),
                 qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(uR"(INSERT INTO resource_fts (rowid, title, summary, body)
            SELECT r.id, r.title, 'Résumé ' || r.id, substr(x.body_html, 4, length(x.body_html) - 7)
            FROM resource r JOIN resource_text x ON x.resource_id = r.id)"_s),
                 qPrintable(query.lastError().text()));
    });
    const qint64 fillMs = timer.elapsed();
    QCOMPARE(repo->countResources(), count);

    timer.restart();
    const QList<ResourceSummary> all = repo->listResources();
    const qint64 listMs = timer.elapsed();
    QCOMPARE(all.size(), count);
    QVERIFY(all.first().dateStart >= all.at(count / 2).dateStart);
    QVERIFY(!all.last().dateStart.isValid());

    ResourceFilter search;
    search.searchText = u"economie 4"_s;   // prefix on the last word: many matches
    timer.restart();
    const QList<ResourceSummary> found = repo->listResources(search);
    const qint64 searchMs = timer.elapsed();
    QVERIFY(!found.isEmpty());

    ResourceFilter narrow;
    narrow.searchText = u"cooperative123"_s;
    timer.restart();
    const int narrowCount = repo->listResources(narrow).size();
    const qint64 narrowMs = timer.elapsed();
    QCOMPARE(narrowCount, count / 1000);

    ResourceFilter combined;
    combined.year = all.at(count / 3).dateStart.year();
    combined.status = Status::Published;
    combined.isPrivate = false;
    timer.restart();
    const int combinedCount = repo->listResources(combined).size();
    const qint64 combinedMs = timer.elapsed();
    QVERIFY2(combinedCount > 0, qPrintable(QString::number(combined.year)));

    timer.restart();
    repo.reset();
    repo = openLibrary();
    const qint64 reopenMs = timer.elapsed();

    qInfo("%d resources: fill %lld ms; list all %lld ms; search \"economie 4\" (%lld rows) %lld ms; "
          "search one word (%d rows) %lld ms; year+status+private (%d rows) %lld ms; reopen with quick_check %lld ms; "
          "file %lld MB",
          count, fillMs, listMs, qint64(found.size()), searchMs, narrowCount, narrowMs, combinedCount, combinedMs,
          reopenMs, QFileInfo(path()).size() / (1024 * 1024));
    // About 0.3-0.5 s (list) and 0.1-0.2 s (search) on an idle 2-core machine in a Debug build;
    // the bound leaves room for a busy CI machine while still catching a lost index or a
    // list that reads bodies (several seconds).
    QVERIFY2(listMs < 2000, "listing 100,000 resources is too slow");
    QVERIFY2(searchMs < 2000, "searching 100,000 resources is too slow");
    QVERIFY2(narrowMs < 500, "searching one word is too slow");
    QVERIFY2(combinedMs < 500, "filtering is too slow");
}

QTEST_GUILESS_MAIN(TestLibraryFiles)
#include "tst_libraryfiles.moc"
