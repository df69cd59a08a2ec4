// The PostgreSQL library where it differs from a file: several connections writing at once (row
// locks: a waiting write gives up as Locked, concurrent saves of one version end in a conflict),
// and texts past the limits of a tsvector, searched as in SQLite. Everything both backends share
// runs on both in tst_storage, tst_revisions and tst_searchindex; opening, refusals and
// connection errors: tst_pgopening.
#include "storage/libraryerror.h"
#include "storage/postgresrepository.h"
#include "storage/sqliterepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Actes;
using Kind = LibraryError::Kind;

#include "pgrepositorytest.h"
#include "storagetest.h"

using namespace StorageTest;

class TestPgRepository final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void conflictBetweenTwoConnections();
    void concurrentSavesLoseNothing();
    void searchInLongTexts();

private:
    std::unique_ptr<PostgresRepository> openLibrary() { return PostgresRepository::open(m_fixture.uri(m_database)); }

    PgRepositoryTest::Fixture m_fixture;
    QString m_database;
};

void TestPgRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s), "the QPSQL driver (libqt6sql6-psql) is missing");
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
}

void TestPgRepository::init()
{
    m_database = m_fixture.freshDatabase();
    QVERIFY2(!m_database.isEmpty(), qPrintable(m_fixture.errorString()));
}

void TestPgRepository::cleanup()
{
    m_fixture.closeDirect(m_database);
}

void TestPgRepository::conflictBetweenTwoConnections()
{
    auto one = openLibrary();
    auto two = openLibrary();
    const Resource stored = one->createResource(fullResource(u"Deux postes"_s));
    Resource inTwo = *two->loadResource(stored.id);
    Resource inOne = stored;
    inOne.title = u"Modifié sur le premier poste"_s;
    one->saveResource(inOne);
    inTwo.title = u"Modifié sur le second poste"_s;
    EXPECT_LIBRARY_ERROR(two->saveResource(inTwo), Kind::Conflict);
    QCOMPARE(two->loadResource(stored.id)->title, u"Modifié sur le premier poste"_s);

    // A write waiting for another connection's open transaction gives up as Locked, not forever.
    one->inTransaction([&] {
        Resource again = *one->loadResource(stored.id);
        again.place = u"Verrou"_s;
        one->saveResource(again);
        Resource fromTwo = *two->loadResource(stored.id);   // sees the committed state
        QCOMPARE(fromTwo.place, stored.place);
        fromTwo.place = u"Bloqué"_s;
        EXPECT_LIBRARY_ERROR(two->saveResource(fromTwo), Kind::Locked);
    });
    QCOMPARE(two->loadResource(stored.id)->place, u"Verrou"_s);
}

void TestPgRepository::concurrentSavesLoseNothing()
{
    // Two users save the same version at the same moment: the second waits for the first to
    // commit, then gets a conflict instead of overwriting its change (the version check locks the row).
    using namespace std::chrono_literals;
    auto repo = openLibrary();
    const Resource stored = repo->createResource(fullResource(u"Concurrence"_s));
    const QString uri = m_fixture.uri(m_database);
    std::atomic<int> phase{0};
    std::atomic<bool> otherSaved{false};
    std::atomic<int> otherKind{-1};
    std::thread other([&] {
        try {
            auto theirs = PostgresRepository::open(uri);
            Resource copy = *theirs->loadResource(stored.id);
            phase = 1;
            while (phase < 2)
                std::this_thread::sleep_for(5ms);
            copy.place = u"Second poste"_s;
            theirs->saveResource(copy);
            otherSaved = true;
        } catch (const LibraryError &error) {
            otherKind = int(error.kind());
        }
        phase = 3;
    });
    while (phase < 1)
        std::this_thread::sleep_for(5ms);
    repo->inTransaction([&] {
        Resource mine = stored;
        mine.place = u"Premier poste"_s;
        repo->saveResource(mine);
        phase = 2;
        std::this_thread::sleep_for(1500ms);   // the other save now waits for this transaction
    });
    other.join();
    QVERIFY(!otherSaved);
    QCOMPARE(otherKind.load(), int(Kind::Conflict));
    QCOMPARE(repo->loadResource(stored.id)->place, u"Premier poste"_s);
    QCOMPARE(repo->storedVersion(stored.id), 2);
}

void TestPgRepository::searchInLongTexts()
{
    // Past PostgreSQL's limits of a tsvector (16383 positions, 1 MB): phrases at the end of a
    // long text, and words of a text with more distinct words than a tsvector holds, are found
    // as in SQLite.
    QTemporaryDir dir;
    auto sqlite = SqliteRepository::open(dir.filePath(u"longs.actes"_s));
    auto pg = openLibrary();
    QString longBody = u"<p>"_s;
    for (int i = 0; i < 20000; ++i)
        longBody += (i % 2 ? u"économie "_s : u"sociale "_s);
    longBody += u"fin de l’œuvre</p>"_s;
    QString hugeBody = u"<p>"_s;
    for (int i = 0; i < 120000; ++i)
        hugeBody += u"mot%1x "_s.arg(i);
    hugeBody += u"dernière phrase</p>"_s;
    for (const QString &body : {longBody, hugeBody}) {
        Resource r;
        r.title = body == longBody ? u"Long"_s : u"Énorme"_s;
        r.bodyHtml = body;
        QCOMPARE(sqlite->createResource(r).id, pg->createResource(r).id);
    }
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM resource_search WHERE NOT complete"_s), 1);
    for (const QString &query : {u"fin de l’oeuvre"_s, u"sociale fin"_s, u"économie-sociale"_s, u"sociale-sociale"_s,
                                 u"mot119999x dernière"_s, u"mot119999x-dernière"_s, u"mot5x-mot6"_s, u"mot5x-mot7"_s,
                                 u"mot11999"_s, u"dernière-phra"_s, u"phrase-dernière"_s}) {
        ResourceFilter filter;
        filter.searchText = query;
        QList<qint64> expected;
        for (const ResourceSummary &s : sqlite->listResources(filter))
            expected.append(s.id);
        QList<qint64> actual;
        for (const ResourceSummary &s : pg->listResources(filter))
            actual.append(s.id);
        QVERIFY2(actual == expected, qPrintable(u"query «%1»"_s.arg(query)));
    }
    ResourceFilter filter;
    filter.searchText = u"mot119999x-dernière"_s;
    QCOMPARE(pg->countResources(filter), 1);
    filter.searchText = u"fin de l’oeuvre"_s;
    QCOMPARE(pg->countResources(filter), 1);
}

QTEST_GUILESS_MAIN(TestPgRepository)
#include "tst_pgrepository.moc"
