// The PostgreSQL library where its engine has limits a file does not: texts past the limits of a
// tsvector, searched as in SQLite. Everything both backends share runs on both in tst_storage,
// tst_connections, tst_revisions and tst_searchindex; opening, refusals and connection errors:
// tst_pgopening.
#include "storage/libraryerror.h"
#include "storage/postgresrepository.h"
#include "storage/sqliterepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

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

    void searchInLongTexts();
    void listTellsWhetherPrivacyIsConfirmed();

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

// The list's lock icons come from the summaries: a public resource whose privacy someone
// confirmed is listed as such, not as "privacy not confirmed" (as SQLite lists it).
void TestPgRepository::listTellsWhetherPrivacyIsConfirmed()
{
    auto pg = openLibrary();
    Resource confirmedPublic;
    confirmedPublic.title = u"Forum public"_s;
    confirmedPublic.privateConfirmed = true;
    Resource unconfirmed;
    unconfirmed.title = u"Forum à confirmer"_s;
    Resource confirmedPrivate;
    confirmedPrivate.title = u"Forum privé"_s;
    confirmedPrivate.isPrivate = true;
    confirmedPrivate.privateConfirmed = true;
    QHash<qint64, QString> expected;
    for (const Resource &r : {confirmedPublic, unconfirmed, confirmedPrivate}) {
        const Resource stored = pg->createResource(r);
        expected.insert(stored.id, u"%1 %2"_s.arg(r.isPrivate).arg(r.privateConfirmed));
    }
    const QList<ResourceSummary> listed = pg->listResources();
    QCOMPARE(listed.size(), 3);
    for (const ResourceSummary &s : listed)
        QCOMPARE(u"%1 %2"_s.arg(s.isPrivate).arg(s.privateConfirmed), expected.value(s.id));
}

QTEST_GUILESS_MAIN(TestPgRepository)
#include "tst_pgrepository.moc"
