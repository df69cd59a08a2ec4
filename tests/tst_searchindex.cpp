// The full-text index inside transactions, on both backends (SQLite defers its entries to the
// end of a transaction, written back to back for speed; PostgreSQL writes them with the row):
// every search, inside or after a transaction, nested rollbacks and rewrites included, sees
// exactly the stored text, and the index holds one entry per live or trashed resource.
#include "storage/libraryerror.h"

#include <QStandardPaths>
#include <QTest>

#include "backendfixture.h"

using namespace Qt::StringLiterals;
using namespace Actes;

class TestSearchIndex final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { BackendFixture::addBackendRows(); }
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup()
    {
        if (m_searchLibraryBackend.isEmpty())
            m_repo.reset();
    }
    void searchInsideTransactionSeesItsWrites();
    void nestedRollbackAfterFlushKeepsOuterEntries();
    void nestedRollbackDropsItsEntries();
    void rewriteInOneTransactionKeepsLastText();
    void largeTransactionIsFullyIndexed();
    void emptyTrashInsideTransaction();
    void failedTransactionLeavesNoEntry();
    void search_data();
    void search();
    void searchFollowsEveryWrite();

private:
    Resource make(const QString &title, const QString &word) const;
    QList<qint64> search(const QString &text) const;
    int indexRows();

    BackendFixture::Fixture m_fixture;
    std::unique_ptr<ResourceRepository> m_repo;
    QString m_searchLibraryBackend;   // the backend of the library search() shares, if open
};

void TestSearchIndex::init()
{
    // search() only reads: its rows share one library per backend, written by its first row.
    QFETCH_GLOBAL(QString, backend);
    const bool sharedSearchLibrary = qstrcmp(QTest::currentTestFunction(), "search") == 0;
    if (sharedSearchLibrary && m_repo && m_searchLibraryBackend == backend)
        return;
    m_repo.reset();
    m_fixture.freshForCurrentRow();
    m_repo = m_fixture.open();
    m_searchLibraryBackend = sharedSearchLibrary ? backend : QString();
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

int TestSearchIndex::indexRows()
{
    return m_fixture.count(u"SELECT count(*) FROM "_s + m_fixture.searchIndexTable());
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

// --- The same queries on the same texts give the same resources, in list order, on both backends

// Searching as the list does: accents and case ignored, œ/æ folded, every word needed, prefix on
// the last word, markup and image keys not text, the trash apart, operators as plain words.
void TestSearchIndex::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");   // titles, in list order
    QTest::addColumn<QStringList>("trashed");    // the same search in the trash

    const QStringList none;
    const QStringList trash{u"Poubelle séminaire"_s};
    QTest::newRow("accents ignored") << u"seminaire"_s
        << QStringList{u"Séminaire national"_s} << trash;
    QTest::newRow("case ignored") << u"SÉMINAIRE"_s
        << QStringList{u"Séminaire national"_s} << trash;
    QTest::newRow("oe finds œ") << u"oeuvre"_s
        << QStringList{u"L’œuvre collective"_s, u"Économie sociale et solidaire"_s} << none;
    QTest::newRow("œ finds oe") << u"Œuvre"_s
        << QStringList{u"L’œuvre collective"_s, u"Économie sociale et solidaire"_s} << none;
    QTest::newRow("ae finds æ in body") << u"caecum"_s
        << QStringList{u"Séminaire national"_s, u"Économie sociale et solidaire"_s} << none;
    QTest::newRow("prefix while typing") << u"sémi"_s
        << QStringList{u"Séminaire national"_s} << trash;
    QTest::newRow("prefix of œ word") << u"l’œuv"_s
        << QStringList{u"L’œuvre collective"_s} << none;
    QTest::newRow("summary text") << u"résumé"_s
        << QStringList{u"Forum des territoires"_s} << none;
    QTest::newRow("body text") << u"coopératives"_s
        << QStringList{u"Séminaire national"_s, u"Forum des territoires"_s} << trash;
    QTest::newRow("all words needed") << u"coopératives forum"_s
        << QStringList{u"Forum des territoires"_s} << none;
    QTest::newRow("no-break space in text") << u"ESS"_s
        << QStringList{u"Forum des territoires"_s, u"Économie sociale et solidaire"_s} << none;
    QTest::newRow("markup is not text") << u"strong"_s
        << none << none;
    QTest::newRow("image key is not text") << u"actes"_s
        << none << none;
    QTest::newRow("trashed not found") << u"poubelle"_s
        << none << trash;
    QTest::newRow("operators are plain words") << u"NEAR(forum) OR \"x"_s
        << none << none;
    QTest::newRow("sql-looking") << u"'; DELETE FROM resource; --"_s
        << none << none;
    QTest::newRow("only punctuation means no criterion") << u"« ! »"_s
        << QStringList{u"« Agir » ensemble"_s, u"Séminaire national"_s, u"L’œuvre collective"_s, u"Forum des territoires"_s, u"Rencontre économie"_s, u"Zèbre et éléphant"_s, u"Économie sociale et solidaire"_s} << trash;
    QTest::newRow("both words, anywhere") << u"economie sociale"_s
        << QStringList{u"Rencontre économie"_s, u"Économie sociale et solidaire"_s} << none;
    QTest::newRow("a phrase: inside one field") << u"économie-sociale"_s
        << QStringList{u"Économie sociale et solidaire"_s} << none;
    QTest::newRow("l'oeuvre coll") << u"l'oeuvre coll"_s
        << QStringList{u"L’œuvre collective"_s} << none;
    QTest::newRow("économie") << u"économie"_s
        << QStringList{u"« Agir » ensemble"_s, u"Rencontre économie"_s, u"Économie sociale et solidaire"_s} << none;
    QTest::newRow("econ") << u"econ"_s
        << QStringList{u"« Agir » ensemble"_s, u"Rencontre économie"_s, u"Économie sociale et solidaire"_s} << none;
    QTest::newRow("e") << u"e"_s
        << QStringList{u"« Agir » ensemble"_s, u"Séminaire national"_s, u"Forum des territoires"_s, u"Rencontre économie"_s, u"Zèbre et éléphant"_s, u"Économie sociale et solidaire"_s} << none;
    QTest::newRow("l économie sociale") << u"l économie sociale"_s
        << QStringList{u"Économie sociale et solidaire"_s} << none;
    QTest::newRow("économie sociale") << u"économie sociale"_s
        << QStringList{u"Rencontre économie"_s, u"Économie sociale et solidaire"_s} << none;
    QTest::newRow("sociale économie") << u"sociale économie"_s
        << QStringList{u"Rencontre économie"_s, u"Économie sociale et solidaire"_s} << none;
    QTest::newRow("élu") << u"élu"_s
        << QStringList{u"Zèbre et éléphant"_s, u"Économie sociale et solidaire"_s} << none;
    QTest::newRow("es") << u"es"_s
        << QStringList{u"Forum des territoires"_s, u"Économie sociale et solidaire"_s} << none;
    QTest::newRow("3 000") << u"3 000"_s
        << QStringList{u"Économie sociale et solidaire"_s} << none;
    QTest::newRow("financement") << u"financement"_s
        << QStringList{u"« Agir » ensemble"_s} << none;
    QTest::newRow("fin") << u"fin"_s
        << QStringList{u"« Agir » ensemble"_s, u"Rencontre économie"_s} << none;
    QTest::newRow("jean-noël") << u"jean-noël"_s
        << QStringList{u"« Agir » ensemble"_s} << none;
    QTest::newRow("noel") << u"noel"_s
        << QStringList{u"« Agir » ensemble"_s} << none;
    QTest::newRow("aero") << u"aero"_s
        << none << none;
    QTest::newRow("strasse") << u"strasse"_s
        << QStringList{u"Zèbre et éléphant"_s} << none;
    QTest::newRow("texte sociale") << u"texte sociale"_s
        << QStringList{u"Rencontre économie"_s} << none;
    QTest::newRow("ouverture budget") << u"ouverture budget"_s
        << QStringList{u"Économie sociale et solidaire"_s} << none;
    QTest::newRow("colle") << u"colle"_s
        << QStringList{u"L’œuvre collective"_s} << none;
    QTest::newRow("ensemble agir") << u"ensemble agir"_s
        << QStringList{u"« Agir » ensemble"_s} << none;
    QTest::newRow("économie collective") << u"économie collective"_s
        << none << none;
    QTest::newRow("rencontre-economie-sociale") << u"rencontre-economie-sociale"_s
        << none << none;
    QTest::newRow("le") << u"le"_s
        << QStringList{u"« Agir » ensemble"_s, u"Séminaire national"_s, u"Forum des territoires"_s, u"Zèbre et éléphant"_s} << none;
    QTest::newRow("les élu") << u"les élu"_s
        << QStringList{u"Zèbre et éléphant"_s} << none;
    QTest::newRow("titre:forum") << u"titre:forum"_s
        << none << none;
    QTest::newRow("for*") << u"for*"_s
        << QStringList{u"Forum des territoires"_s} << none;
    QTest::newRow("-forum") << u"-forum"_s
        << QStringList{u"Forum des territoires"_s} << none;
    QTest::newRow("^forum") << u"^forum"_s
        << QStringList{u"Forum des territoires"_s} << none;
    QTest::newRow("\\") << u"\\"_s
        << QStringList{u"« Agir » ensemble"_s, u"Séminaire national"_s, u"L’œuvre collective"_s, u"Forum des territoires"_s, u"Rencontre économie"_s, u"Zèbre et éléphant"_s, u"Économie sociale et solidaire"_s} << trash;
    QTest::newRow("''") << u"''"_s
        << QStringList{u"« Agir » ensemble"_s, u"Séminaire national"_s, u"L’œuvre collective"_s, u"Forum des territoires"_s, u"Rencontre économie"_s, u"Zèbre et éléphant"_s, u"Économie sociale et solidaire"_s} << trash;
    QTest::newRow("%") << u"%"_s
        << QStringList{u"« Agir » ensemble"_s, u"Séminaire national"_s, u"L’œuvre collective"_s, u"Forum des territoires"_s, u"Rencontre économie"_s, u"Zèbre et éléphant"_s, u"Économie sociale et solidaire"_s} << trash;
    QTest::newRow("_") << u"_"_s
        << QStringList{u"« Agir » ensemble"_s, u"Séminaire national"_s, u"L’œuvre collective"_s, u"Forum des territoires"_s, u"Rencontre économie"_s, u"Zèbre et éléphant"_s, u"Économie sociale et solidaire"_s} << trash;
    QTest::newRow("$1") << u"$1"_s
        << none << none;
    QTest::newRow("&") << u"&"_s
        << QStringList{u"« Agir » ensemble"_s, u"Séminaire national"_s, u"L’œuvre collective"_s, u"Forum des territoires"_s, u"Rencontre économie"_s, u"Zèbre et éléphant"_s, u"Économie sociale et solidaire"_s} << trash;
    QTest::newRow("!") << u"!"_s
        << QStringList{u"« Agir » ensemble"_s, u"Séminaire national"_s, u"L’œuvre collective"_s, u"Forum des territoires"_s, u"Rencontre économie"_s, u"Zèbre et éléphant"_s, u"Économie sociale et solidaire"_s} << trash;
    QTest::newRow("|") << u"|"_s
        << QStringList{u"« Agir » ensemble"_s, u"Séminaire national"_s, u"L’œuvre collective"_s, u"Forum des territoires"_s, u"Rencontre économie"_s, u"Zèbre et éléphant"_s, u"Économie sociale et solidaire"_s} << trash;
    QTest::newRow("<->") << u"<->"_s
        << QStringList{u"« Agir » ensemble"_s, u"Séminaire national"_s, u"L’œuvre collective"_s, u"Forum des territoires"_s, u"Rencontre économie"_s, u"Zèbre et éléphant"_s, u"Économie sociale et solidaire"_s} << trash;
    QTest::newRow(":*") << u":*"_s
        << QStringList{u"« Agir » ensemble"_s, u"Séminaire national"_s, u"L’œuvre collective"_s, u"Forum des territoires"_s, u"Rencontre économie"_s, u"Zèbre et éléphant"_s, u"Économie sociale et solidaire"_s} << trash;
}

void TestSearchIndex::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, trashed);
    struct Text
    {
        QString title;
        QDate date;
        QString summary;
        QString body;
        bool trashed = false;
    };
    const QList<Text> texts{
        {u"Séminaire national"_s, QDate(2024, 3, 1), {}, u"<p>Les <strong>coopératives</strong> et le cæcum.</p>"_s},
        {u"L’œuvre collective"_s, QDate(2024, 2, 1), u"<p>Un texte</p>"_s,
         u"<p><img src=\"actes-image:0123\" alt=\"\"> Sans rapport</p>"_s},
        {u"Forum des territoires"_s, QDate(2024, 1, 1), u"<p>Le résumé du forum</p>"_s,
         u"<p>Les coopératives de l’«\u00A0ESS\u00A0»</p>"_s},
        {u"Poubelle séminaire"_s, QDate(2024, 4, 1), {}, u"<p>coopératives</p>"_s, true},
        {u"Économie sociale et solidaire"_s, QDate(), u"<p>L’économie «\u202Fsociale\u202F» des élu·es</p>"_s,
         u"<h2>Ouverture</h2><p>Budget de l’ESS&nbsp;: 3&#8239;000&nbsp;€, &oelig;uvre &amp; c&aelig;cum</p>"_s},
        {u"« Agir » ensemble"_s, QDate(2024, 3, 1), u"<p>Économie circulaire</p>"_s,
         u"<p>Le ﬁnancement participatif, Jean-Noël et l’ÉCONOMIE</p>"_s},
        {u"Rencontre économie"_s, QDate(2023, 6, 1), u"<p>Sociale</p>"_s, u"<p>fin du texte</p>"_s},
        {u"Zèbre et éléphant"_s, QDate(2023, 6, 1), {}, u"<p>les élus et les élues, Ærø, straße</p>"_s},
    };
    const bool written = m_repo->countResources() > 0;   // by an earlier row
    for (const Text &t : written ? QList<Text>() : texts) {
        Resource r;
        r.title = t.title;
        r.dateStart = t.date;
        r.summaryHtml = t.summary;
        r.bodyHtml = t.body;
        const qint64 id = m_repo->createResource(r).id;
        if (t.trashed)
            m_repo->moveToTrash({id});
    }

    ResourceFilter filter;
    filter.searchText = query;
    auto titles = [&] {
        QStringList result;
        for (const ResourceSummary &s : m_repo->listResources(filter))
            result.append(s.title);
        return result;
    };
    const QStringList live = titles();
    QCOMPARE(live, expected);
    QCOMPARE(m_repo->countResources(filter), expected.size());
    filter.trash = true;
    QCOMPARE(titles(), trashed);
    QCOMPARE(m_repo->countResources(filter), trashed.size());
}

void TestSearchIndex::searchFollowsEveryWrite()
{
    auto found = [&](const QString &text) {
        ResourceFilter filter;
        filter.searchText = text;
        return m_repo->countResources(filter);
    };
    Resource r;
    r.title = u"Assemblée générale"_s;
    r.bodyHtml = u"<p>Budget participatif</p>"_s;
    r = m_repo->createResource(r);
    QCOMPARE(found(u"assemblee"_s), 1);
    QCOMPARE(found(u"participatif"_s), 1);

    r.title = u"Conseil d’administration"_s;
    r.bodyHtml = u"<p>Rapport moral</p>"_s;
    r = m_repo->saveResource(r);
    QCOMPARE(found(u"assemblee"_s), 0);
    QCOMPARE(found(u"participatif"_s), 0);
    QCOMPARE(found(u"conseil"_s), 1);
    QCOMPARE(found(u"moral"_s), 1);

    // A search inside a transaction sees its writes.
    m_repo->inTransaction([&] {
        Resource s;
        s.title = u"Atelier numérique"_s;
        m_repo->createResource(s);
        QCOMPARE(found(u"numerique"_s), 1);
    });

    m_repo->moveToTrash({r.id});
    QCOMPARE(found(u"conseil"_s), 0);
    m_repo->restoreFromTrash({r.id});
    QCOMPARE(found(u"conseil"_s), 1);
    m_repo->moveToTrash({r.id});
    m_repo->emptyTrash();
    QCOMPARE(found(u"conseil"_s), 0);
    QCOMPARE(indexRows(), 1);   // no orphan index rows: only the workshop's
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
