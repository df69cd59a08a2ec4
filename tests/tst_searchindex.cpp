// The full-text index kept by SqliteRepository when its entries are deferred to the end of a
// transaction (written back to back for speed): every search, inside or after a transaction,
// nested rollbacks and rewrites included, sees exactly the stored text.
#include "storage/libraryerror.h"
#include "storage/sqliterepository.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Actes;

class TestSearchIndex final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_repo.reset(); }
    void searchInsideTransactionSeesItsWrites();
    void nestedRollbackAfterFlushKeepsOuterEntries();
    void nestedRollbackDropsItsEntries();
    void rewriteInOneTransactionKeepsLastText();
    void largeTransactionIsFullyIndexed();
    void emptyTrashInsideTransaction();
    void failedTransactionLeavesNoEntry();

private:
    Resource make(const QString &title, const QString &word) const;
    QList<qint64> search(const QString &text) const;
    int indexRows() const;

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteRepository> m_repo;
    int m_count = 0;
};

void TestSearchIndex::init()
{
    QVERIFY(m_dir.isValid());
    m_repo = SqliteRepository::open(m_dir.filePath(u"library%1.actes"_s.arg(++m_count)));
}

Resource TestSearchIndex::make(const QString &title, const QString &word) const
{
    Resource r;
    r.title = title;
    r.summaryHtml = u"<p>Résumé de la rencontre.</p>"_s;
    r.bodyHtml = u"<h2>Atelier</h2>\n<p>Les échanges sur l’<strong>"_s + word + u"</strong> ont été riches.</p>"_s;
    return r;
}

QList<qint64> TestSearchIndex::search(const QString &text) const
{
    ResourceFilter filter;
    filter.searchText = text;
    QList<qint64> ids;
    for (const ResourceSummary &s : m_repo->listResources(filter))
        ids << s.id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

int TestSearchIndex::indexRows() const
{
    QSqlQuery query(QSqlDatabase::database(m_repo->connectionName(), false));
    if (!query.exec(u"SELECT count(*) FROM resource_fts"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestSearchIndex::searchInsideTransactionSeesItsWrites()
{
    m_repo->inTransaction([&] {
        const Resource a = m_repo->createResource(make(u"Forum A"_s, u"coopération"_s));
        QCOMPARE(search(u"cooperation"_s), QList<qint64>{a.id});
        ResourceFilter filter;
        filter.searchText = u"coopé"_s;
        QCOMPARE(m_repo->countResources(filter), 1);
    });
    QCOMPARE(search(u"coopération"_s).size(), 1);
}

void TestSearchIndex::nestedRollbackAfterFlushKeepsOuterEntries()
{
    qint64 a = 0, b = 0;
    m_repo->inTransaction([&] {
        a = m_repo->createResource(make(u"Forum A"_s, u"monnaie"_s)).id;
        try {
            m_repo->inTransaction([&] {
                b = m_repo->createResource(make(u"Forum B"_s, u"tiers-lieu"_s)).id;
                // The search writes the deferred entries of A and B inside the savepoint.
                QCOMPARE(search(u"monnaie"_s), QList<qint64>{a});
                QCOMPARE(search(u"tiers lieu"_s), QList<qint64>{b});
                throw LibraryError(LibraryError::Kind::Invalid, u"test"_s);
            });
            QFAIL("the inner transaction should have thrown");
        } catch (const LibraryError &) {
        }
        QCOMPARE(search(u"monnaie"_s), QList<qint64>{a});
        QVERIFY(search(u"tiers lieu"_s).isEmpty());
    });
    QCOMPARE(search(u"monnaie"_s), QList<qint64>{a});
    QVERIFY(search(u"tiers lieu"_s).isEmpty());
    QCOMPARE(m_repo->storedVersion(b), 0);
    QCOMPARE(indexRows(), 1);
}

void TestSearchIndex::nestedRollbackDropsItsEntries()
{
    m_repo->inTransaction([&] {
        m_repo->createResource(make(u"Forum A"_s, u"monnaie"_s));
        try {
            m_repo->inTransaction([&] {
                m_repo->createResource(make(u"Forum B"_s, u"ressourcerie"_s));
                throw LibraryError(LibraryError::Kind::Invalid, u"test"_s);
            });
        } catch (const LibraryError &) {
        }
        m_repo->createResource(make(u"Forum C"_s, u"épicerie"_s));
    });
    QCOMPARE(search(u"monnaie"_s).size(), 1);
    QCOMPARE(search(u"epicerie"_s).size(), 1);
    QVERIFY(search(u"ressourcerie"_s).isEmpty());
    QCOMPARE(indexRows(), 2);
}

void TestSearchIndex::rewriteInOneTransactionKeepsLastText()
{
    qint64 id = 0;
    m_repo->inTransaction([&] {
        Resource r = m_repo->createResource(make(u"Forum"_s, u"alimentation"_s));
        id = r.id;
        r.bodyHtml = u"<p>Le réemploi.</p>"_s;
        r = m_repo->saveResource(r);
        r.bodyHtml = u"<p>La réparation.</p>"_s;
        m_repo->saveResource(r);
    });
    QVERIFY(search(u"alimentation"_s).isEmpty());
    QVERIFY(search(u"reemploi"_s).isEmpty());
    QCOMPARE(search(u"reparation"_s), QList<qint64>{id});
    QCOMPARE(indexRows(), 1);
}

void TestSearchIndex::largeTransactionIsFullyIndexed()
{
    // About 12 million characters: more than the deferred entries are allowed to hold.
    QString filler;
    for (int i = 0; i < 4000; ++i)
        filler += u"<p>La coopération territoriale et l’économie solidaire avancent ensemble.</p>\n"_s;
    const int count = 40;
    m_repo->inTransaction([&] {
        for (int i = 0; i < count; ++i) {
            Resource r = make(u"Rencontre %1"_s.arg(i), u"mot%1"_s.arg(i));
            r.bodyHtml += u'\n' + filler;
            m_repo->createResource(r);
        }
    });
    QCOMPARE(indexRows(), count);
    QCOMPARE(search(u"mot7"_s).size(), 1);
    QCOMPARE(search(u"mot39"_s).size(), 1);
    QCOMPARE(search(u"economie solidaire"_s).size(), count);
}

void TestSearchIndex::emptyTrashInsideTransaction()
{
    m_repo->inTransaction([&] {
        const Resource a = m_repo->createResource(make(u"Forum A"_s, u"foncier"_s));
        m_repo->createResource(make(u"Forum B"_s, u"patrimoine"_s));
        m_repo->moveToTrash({a.id});
        QCOMPARE(m_repo->emptyTrash(), 1);
    });
    QVERIFY(search(u"foncier"_s).isEmpty());
    QCOMPARE(search(u"patrimoine"_s).size(), 1);
    QCOMPARE(indexRows(), 1);
}

void TestSearchIndex::failedTransactionLeavesNoEntry()
{
    try {
        m_repo->inTransaction([&] {
            m_repo->createResource(make(u"Forum A"_s, u"subvention"_s));
            throw LibraryError(LibraryError::Kind::Invalid, u"test"_s);
        });
    } catch (const LibraryError &) {
    }
    m_repo->createResource(make(u"Forum B"_s, u"gouvernance"_s));
    QVERIFY(search(u"subvention"_s).isEmpty());
    QCOMPARE(search(u"gouvernance"_s).size(), 1);
    QCOMPARE(indexRows(), 1);
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
