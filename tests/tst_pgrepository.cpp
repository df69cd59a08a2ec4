// The PostgreSQL library: the same round trips, directory, trash, transactions and search as
// the SQLite library (search results compared with a SQLite library holding the same texts).
// Opening, refusals and connection errors: tst_pgopening.
#include "storage/libraryerror.h"
#include "storage/postgresrepository.h"
#include "storage/sqliterepository.h"

#include <QCryptographicHash>
#include <QScopeGuard>
#include <QUrl>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Actes;
using Kind = LibraryError::Kind;

Q_DECLARE_METATYPE(Actes::Resource)

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

    void roundTrip_data();
    void roundTrip();
    void validationWritesNothing();
    void participantsAndPartnersAreReused();
    void conflictIsDetected();
    void conflictBetweenTwoConnections();
    void concurrentSavesLoseNothing();
    void loadResourcesKeepsOrder();
    void trash();
    void filters();
    void ordering();
    void searchParityWithSqlite();
    void searchFollowsEveryWrite();
    void searchInLongTexts();
    void findResource();
    void resourceTypes();
    void directoryEdits();
    void mergePeople();
    void mergeOrganisations();
    void roles();
    void images();
    void libraryValues();
    void transactionIsAllOrNothing();
    void nestedTransactionFailureKeepsOuterWork();
    void externalChanges();

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

void TestPgRepository::roundTrip_data()
{
    QTest::addColumn<Resource>("resource");
    QTest::newRow("every field, French typography")
        << fullResource(u"Séminaire « L’œuvre commune »\u00A0: 2023\u202F!"_s);
    QTest::newRow("emoji") << fullResource(u"Rencontre 🎉 Fête de l’ESS 👩🏽‍🌾"_s);
    QTest::newRow("SQL injection looking")
        << fullResource(u"Robert'); DROP TABLE resource;-- \" OR 1=1 -- $1 ? :name \\x00"_s);
    Resource minimal;
    minimal.title = u"Æ minimal"_s;
    QTest::newRow("minimal: unknown dates, no attendance, no type") << minimal;
    Resource zero = fullResource(u"Zéro participant"_s);
    zero.attendance = 0;
    zero.dateStart = QDate(1, 1, 1);
    zero.dateEnd = QDate(9999, 12, 31);
    zero.participants.clear();
    zero.partners.clear();
    zero.status = Status::Archived;
    QTest::newRow("attendance zero, extreme dates, no links") << zero;
}

void TestPgRepository::roundTrip()
{
    QFETCH(Resource, resource);
    auto repo = openLibrary();
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const Resource created = repo->createResource(resource);
    QVERIFY(created.id > 0);
    QCOMPARE(created.version, 1);
    QCOMPARE(created.created.timeSpec(), Qt::UTC);
    QVERIFY(created.created >= before);
    QCOMPARE(created.modified, created.created);
    QVERIFY(sameContent(created, resource));
    for (const Participant &p : created.participants)
        QVERIFY(p.personId > 0);

    // Through a new connection: what the server holds, not a cached copy.
    repo.reset();
    repo = openLibrary();
    const std::optional<Resource> loaded = repo->loadResource(created.id);
    QVERIFY(loaded);
    QVERIFY(loaded->sameContentAs(created));
    QCOMPARE(loaded->title, resource.title);
    QCOMPARE(loaded->place, resource.place.isNull() ? u""_s : resource.place);
    QCOMPARE(loaded->summaryHtml, resource.summaryHtml.isNull() ? u""_s : resource.summaryHtml);
    QCOMPARE(loaded->bodyHtml, resource.bodyHtml.isNull() ? u""_s : resource.bodyHtml);
    QCOMPARE(loaded->dateStart, resource.dateStart);
    QCOMPARE(loaded->dateEnd, resource.dateEnd);
    QCOMPARE(loaded->attendance, resource.attendance);
    QCOMPARE(loaded->created, created.created);
    QCOMPARE(loaded->participants, created.participants);
    QCOMPARE(loaded->partners, created.partners);

    const QList<ResourceSummary> rows = repo->listResources();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().title, resource.title);
    QCOMPARE(rows.first().type, resource.type);
    QCOMPARE(rows.first().isPrivate, resource.isPrivate);
    QCOMPARE(rows.first().status, resource.status);
    QCOMPARE(rows.first().dateStart, resource.dateStart);
    QCOMPARE(rows.first().modified, created.modified);
    QCOMPARE(rows.first().needsReview, resource.needsReview);

    Resource edited = *loaded;
    edited.title += u" (révisé)"_s;
    edited.type = u"Étude"_s;
    edited.isPrivate = !edited.isPrivate;
    edited.status = Status::Published;
    edited.dateStart = QDate(2024, 2, 29);
    edited.dateEnd = QDate();
    edited.attendance = std::nullopt;
    edited.bodyHtml = u"<blockquote>« Citation »</blockquote>"_s;
    edited.participants.append(Participant{0, u"Ève Martin"_s, u"Maire"_s, u"Commune d’Arles"_s, u"Grand témoin"_s});
    QTest::qWait(2);
    const Resource saved = repo->saveResource(edited);
    QCOMPARE(saved.version, 2);
    QVERIFY(saved.modified > created.modified);
    QCOMPARE(saved.created, created.created);
    QVERIFY(sameContent(saved, edited));
    QVERIFY(sameContent(*repo->loadResource(created.id), edited));
    QCOMPARE(repo->eventYears(), QList<int>{2024});
}

void TestPgRepository::validationWritesNothing()
{
    auto repo = openLibrary();
    const QString before = m_fixture.state(m_database);
    Resource bad = fullResource(u"Valide"_s);
    bad.dateEnd = bad.dateStart.addDays(-1);
    EXPECT_LIBRARY_ERROR(repo->createResource(bad), Kind::Invalid);
    bad = fullResource(u"Valide"_s);
    bad.participants.append(Participant{0, u" "_s, {}, {}, {}});
    EXPECT_LIBRARY_ERROR(repo->createResource(bad), Kind::Invalid);
    QCOMPARE(m_fixture.state(m_database), before);
}

void TestPgRepository::participantsAndPartnersAreReused()
{
    auto repo = openLibrary();
    const Resource a = repo->createResource(fullResource(u"A"_s));
    Resource bSource = fullResource(u"B"_s);
    bSource.partners = {Partner{0, u"VILLE DE LYON"_s, u"Partenaire"_s}};
    bSource.participants.append(Participant{0, u"Anaïs Lefèvre"_s, u"Présidente"_s, u"Métropole de Lyon"_s, {}});
    Resource b = repo->createResource(bSource);
    QCOMPARE(repo->people().size(), 4);
    QCOMPARE(b.participants.at(0).personId, a.participants.at(0).personId);
    QVERIFY(b.participants.at(3).personId != a.participants.at(0).personId);
    QCOMPARE(repo->organisations().size(), 2);
    QCOMPARE(b.partners.at(0).organisationId, a.partners.at(0).organisationId);
    QCOMPARE(b.partners.at(0).name, u"Ville de Lyon"_s);
    QCOMPARE(repo->resourcesOfPerson(a.participants.at(0).personId).size(), 2);

    // Order is kept; editing a participant in one resource leaves the other as it was.
    std::reverse(b.participants.begin(), b.participants.end());
    b.participants[0].function = u"Présidente d’honneur"_s;
    b = repo->saveResource(b);
    QCOMPARE(b.participants.at(0).function, u"Présidente d’honneur"_s);
    QCOMPARE(b.participants.at(3).name, u"Anaïs Lefèvre"_s);
    QCOMPARE(repo->loadResource(a.id)->participants, a.participants);
}

void TestPgRepository::conflictIsDetected()
{
    auto repo = openLibrary();
    const Resource stored = repo->createResource(fullResource(u"Conflit « ici »"_s));
    Resource first = stored;
    Resource second = stored;
    first.place = u"Première"_s;
    second.place = u"Seconde"_s;
    QCOMPARE(repo->saveResource(first).version, 2);
    QString message;
    QCOMPARE(kindOf([&] { repo->saveResource(second); }, &message), Kind::Conflict);
    QVERIFY2(message.contains(u"Conflit « ici »"_s), qPrintable(message));
    QCOMPARE(repo->loadResource(stored.id)->place, u"Première"_s);
    QCOMPARE(repo->revisions(stored.id).size(), 1);   // the refused save recorded nothing

    Resource ghost = stored;
    ghost.id = 4242;
    EXPECT_LIBRARY_ERROR(repo->saveResource(ghost), Kind::NotFound);
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

void TestPgRepository::loadResourcesKeepsOrder()
{
    auto repo = openLibrary();
    QList<qint64> ids;
    for (const QString &title : {u"Un"_s, u"Deux"_s, u"Trois"_s})
        ids.append(repo->createResource(fullResource(title)).id);
    const QList<Resource> loaded = repo->loadResources({ids.at(2), 999, ids.at(0), ids.at(1)});
    QCOMPARE(loaded.size(), 3);
    QCOMPARE(loaded.at(0).title, u"Trois"_s);
    QCOMPARE(loaded.at(1).title, u"Un"_s);
    QCOMPARE(loaded.at(2).partners.size(), 2);
    QVERIFY(repo->loadResources({}).isEmpty());
}

void TestPgRepository::trash()
{
    auto repo = openLibrary();
    const Resource keep = repo->createResource(fullResource(u"Gardé"_s));
    const Resource gone = repo->createResource(fullResource(u"Jeté"_s));
    const Resource back = repo->createResource(fullResource(u"Revenu"_s));
    repo->moveToTrash({gone.id, back.id});
    QCOMPARE(repo->countResources(), 1);
    QCOMPARE(repo->listResources().first().id, keep.id);
    ResourceFilter inTrash;
    inTrash.trash = true;
    QCOMPARE(repo->countResources(inTrash), 2);
    QVERIFY(repo->loadResource(gone.id));
    QVERIFY(!repo->findResource(u"Jeté"_s, gone.dateStart));
    repo->restoreFromTrash({back.id});
    QCOMPARE(repo->countResources(), 2);
    QCOMPARE(repo->emptyTrash(), 1);
    QVERIFY(!repo->loadResource(gone.id));
    QCOMPARE(repo->storedVersion(gone.id), 0);
    QCOMPARE(repo->countResources(inTrash), 0);
    QCOMPARE(repo->people().size(), 3);
    QCOMPARE(repo->emptyTrash(), 0);
    const QString id = QString::number(gone.id);
    for (const QString &table : {u"resource_text"_s, u"resource_search"_s, u"resource_person"_s, u"revision"_s,
                                 u"status_change"_s}) {
        QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM %1 WHERE resource_id = %2"_s.arg(table, id)), 0);
    }
}

void TestPgRepository::filters()
{
    auto repo = openLibrary();
    auto make = [&](const QString &title, const QString &type, Status status, bool isPrivate, QDate start) {
        Resource r;
        r.title = title;
        r.type = type;
        r.status = status;
        r.isPrivate = isPrivate;
        r.dateStart = start;
        r.dateEnd = start;
        r.bodyHtml = u"<p>Texte de "_s + title + u"</p>"_s;
        return repo->createResource(r).id;
    };
    const qint64 a = make(u"Séminaire A"_s, u"Compte rendu"_s, Status::Draft, false, QDate(2023, 1, 10));
    const qint64 b = make(u"Séminaire B"_s, u"Compte rendu"_s, Status::Published, true, QDate(2024, 12, 31));
    const qint64 c = make(u"Étude C"_s, u"Étude"_s, Status::Published, false, QDate(2024, 1, 1));
    const qint64 d = make(u"Sans date"_s, QString(), Status::Draft, true, QDate());
    const qint64 e = make(u"Séminaire E"_s, u"Étude"_s, Status::Draft, false, QDate(2023, 12, 31));
    repo->moveToTrash({e});
    auto ids = [&](const ResourceFilter &filter) {
        QList<qint64> result;
        for (const ResourceSummary &s : repo->listResources(filter))
            result.append(s.id);
        if (repo->countResources(filter) != result.size())
            result.append(-1);
        return result;
    };
    ResourceFilter f;
    QCOMPARE(ids(f), (QList<qint64>{b, c, a, d}));
    f.type = u"compte rendu"_s;
    QCOMPARE(ids(f), (QList<qint64>{b, a}));
    f = {};
    f.status = Status::Published;
    QCOMPARE(ids(f), (QList<qint64>{b, c}));
    f = {};
    f.isPrivate = true;
    QCOMPARE(ids(f), (QList<qint64>{b, d}));
    f.isPrivate = false;
    QCOMPARE(ids(f), (QList<qint64>{c, a}));
    f = {};
    f.year = 2024;
    QCOMPARE(ids(f), (QList<qint64>{b, c}));
    f.year = 2023;
    QCOMPARE(ids(f), (QList<qint64>{a}));
    f = {};
    f.ids = {a, d, e, 999};
    QCOMPARE(ids(f), (QList<qint64>{a, d}));
    f = {};
    f.searchText = u"semi"_s;
    f.type = u"Compte rendu"_s;
    f.status = Status::Published;
    f.isPrivate = true;
    f.year = 2024;
    f.ids = {a, b, c};
    QCOMPARE(ids(f), (QList<qint64>{b}));
    f = {};
    f.trash = true;
    f.year = 2023;
    f.searchText = u"séminaire"_s;
    QCOMPARE(ids(f), (QList<qint64>{e}));
    QCOMPARE(repo->eventYears(), (QList<int>{2024, 2023}));
}

void TestPgRepository::ordering()
{
    auto repo = openLibrary();
    const QDate day(2024, 5, 1);
    for (const auto &[title, date] : std::initializer_list<std::pair<QString, QDate>>{
             {u"zèbre"_s, QDate()}, {u"Forum"_s, day}, {u"Économie"_s, day}, {u"« Agir »"_s, day},
             {u"dialogue"_s, day}, {u"Ancien"_s, QDate(2020, 1, 1)}, {u"Avenir"_s, QDate()},
             {u"Récent"_s, QDate(2025, 6, 1)}}) {
        Resource r;
        r.title = title;
        r.dateStart = date;
        repo->createResource(r);
    }
    QStringList titles;
    for (const ResourceSummary &s : repo->listResources())
        titles.append(s.title);
    QCOMPARE(titles, (QStringList{u"Récent"_s, u"« Agir »"_s, u"dialogue"_s, u"Économie"_s, u"Forum"_s,
                                  u"Ancien"_s, u"Avenir"_s, u"zèbre"_s}));
}

void TestPgRepository::searchParityWithSqlite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto sqlite = SqliteRepository::open(dir.filePath(u"parité.actes"_s));
    auto pg = openLibrary();
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
    for (const Text &t : texts) {
        Resource r;
        r.title = t.title;
        r.dateStart = t.date;
        r.summaryHtml = t.summary;
        r.bodyHtml = t.body;
        const qint64 a = sqlite->createResource(r).id;
        const qint64 b = pg->createResource(r).id;
        QCOMPARE(a, b);
        if (t.trashed) {
            sqlite->moveToTrash({a});
            pg->moveToTrash({b});
        }
    }
    const QStringList queries{
        u"seminaire"_s, u"SÉMINAIRE"_s, u"oeuvre"_s, u"Œuvre"_s, u"caecum"_s, u"sémi"_s, u"l’œuv"_s,
        u"l'oeuvre coll"_s, u"résumé"_s, u"coopératives"_s, u"coopératives forum"_s, u"ESS"_s, u"strong"_s,
        u"actes"_s, u"poubelle"_s, u"NEAR(forum) OR \"x"_s, u"'; DELETE FROM resource; --"_s, u"« ! »"_s,
        u"économie"_s, u"econ"_s, u"e"_s, u"l économie sociale"_s, u"économie sociale"_s, u"sociale économie"_s,
        u"élu"_s, u"es"_s, u"3 000"_s, u"financement"_s, u"fin"_s, u"jean-noël"_s, u"noel"_s, u"aero"_s,
        u"strasse"_s, u"texte sociale"_s, u"ouverture budget"_s, u"colle"_s, u"ensemble agir"_s,
        u"économie collective"_s, u"économie-sociale"_s, u"rencontre-economie-sociale"_s, u"le"_s, u"les élu"_s, u"titre:forum"_s, u"for*"_s, u"-forum"_s, u"^forum"_s,
        u"\\"_s, u"''"_s, u"%"_s, u"_"_s, u"$1"_s, u"&"_s, u"!"_s, u"|"_s, u"<->"_s, u":*"_s};
    int nonEmpty = 0;
    for (const QString &query : queries) {
        ResourceFilter filter;
        filter.searchText = query;
        QList<qint64> expected;
        for (const ResourceSummary &s : sqlite->listResources(filter))
            expected.append(s.id);
        QList<qint64> actual;
        for (const ResourceSummary &s : pg->listResources(filter))
            actual.append(s.id);
        QVERIFY2(actual == expected, qPrintable(u"query «%1»"_s.arg(query)));
        QCOMPARE(pg->countResources(filter), expected.size());
        filter.trash = true;
        QCOMPARE(pg->countResources(filter), sqlite->countResources(filter));
        if (!expected.isEmpty() && expected.size() < texts.size() - 1)
            ++nonEmpty;
    }
    QVERIFY(nonEmpty > 25);   // the queries do select, they are not all "everything" or "nothing"
    // Spot checks that do not depend on SQLite.
    ResourceFilter filter;
    filter.searchText = u"l’œuv"_s;
    QCOMPARE(pg->listResources(filter).value(0).title, u"L’œuvre collective"_s);
    filter.searchText = u"economie sociale"_s;   // both words, anywhere
    QCOMPARE(pg->countResources(filter), 2);
    filter.searchText = u"économie-sociale"_s;   // a phrase: inside one field, not across title and summary
    QCOMPARE(pg->countResources(filter), 1);
}

void TestPgRepository::searchFollowsEveryWrite()
{
    auto repo = openLibrary();
    auto found = [&](const QString &text) {
        ResourceFilter filter;
        filter.searchText = text;
        return repo->countResources(filter);
    };
    Resource r;
    r.title = u"Assemblée générale"_s;
    r.bodyHtml = u"<p>Budget participatif</p>"_s;
    r = repo->createResource(r);
    QCOMPARE(found(u"assemblee"_s), 1);
    QCOMPARE(found(u"participatif"_s), 1);
    r.title = u"Conseil d’administration"_s;
    r.bodyHtml = u"<p>Rapport moral</p>"_s;
    r = repo->saveResource(r);
    QCOMPARE(found(u"assemblee"_s), 0);
    QCOMPARE(found(u"moral"_s), 1);
    // A search inside a transaction sees its writes.
    repo->inTransaction([&] {
        Resource s;
        s.title = u"Atelier numérique"_s;
        repo->createResource(s);
        QCOMPARE(found(u"numerique"_s), 1);
    });
    repo->moveToTrash({r.id});
    QCOMPARE(found(u"conseil"_s), 0);
    repo->restoreFromTrash({r.id});
    QCOMPARE(found(u"conseil"_s), 1);
    repo->moveToTrash({r.id});
    repo->emptyTrash();
    QCOMPARE(found(u"conseil"_s), 0);
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM resource_search"_s), 1);
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

void TestPgRepository::findResource()
{
    auto repo = openLibrary();
    Resource dated;
    dated.title = u"Rencontre « annuelle »"_s;
    dated.dateStart = QDate(2022, 6, 15);
    const qint64 datedId = repo->createResource(dated).id;
    Resource undated;
    undated.title = dated.title;
    const qint64 undatedId = repo->createResource(undated).id;
    QCOMPARE(repo->findResource(dated.title, QDate(2022, 6, 15)), std::optional<qint64>(datedId));
    QCOMPARE(repo->findResource(dated.title, QDate()), std::optional<qint64>(undatedId));
    QVERIFY(!repo->findResource(dated.title, QDate(2022, 6, 16)));
    QVERIFY(!repo->findResource(u"rencontre « annuelle »"_s, QDate(2022, 6, 15)));
    repo->moveToTrash({datedId});
    QVERIFY(!repo->findResource(dated.title, QDate(2022, 6, 15)));
}

void TestPgRepository::resourceTypes()
{
    auto repo = openLibrary();
    const QStringList builtIn{u"Ressources RTES"_s, u"Compte rendu"_s, u"Actes de colloque"_s, u"Étude"_s,
                              u"Publication"_s};
    QCOMPARE(repo->resourceTypes(), builtIn);
    repo->addResourceType(u"Webinaire"_s);
    repo->addResourceType(u"webinaire"_s);
    repo->addResourceType(u"Atelier"_s);
    QCOMPARE(repo->resourceTypes(), builtIn + QStringList({u"Atelier"_s, u"Webinaire"_s}));
    EXPECT_LIBRARY_ERROR(repo->addResourceType(u"  "_s), Kind::Invalid);
    Resource r;
    r.title = u"Avec un type nouveau"_s;
    r.type = u"Visite de terrain"_s;
    QCOMPARE(repo->createResource(r).type, u"Visite de terrain"_s);
    QVERIFY(repo->resourceTypes().contains(u"Visite de terrain"_s));
}

void TestPgRepository::directoryEdits()
{
    auto repo = openLibrary();
    const Resource r = repo->createResource(fullResource(u"Annuaire"_s));
    Person person = repo->people().first();
    QCOMPARE(person.name, u"Anaïs Lefèvre"_s);
    person.function = u"Présidente"_s;
    QCOMPARE(repo->savePerson(person), person);
    QCOMPARE(repo->loadResource(r.id)->participants.first().function, u"Présidente"_s);
    EXPECT_LIBRARY_ERROR(repo->saveResource(r), Kind::Conflict);
    const Person created = repo->savePerson(Person{0, u"Élodie Blanc"_s, u"Élue"_s, u"Nantes"_s});
    QCOMPARE(repo->savePerson(Person{0, u"Élodie Blanc"_s, u"Élue"_s, u"Nantes"_s}).id, created.id);
    QStringList names;
    for (const Person &p : repo->people())
        names.append(p.name);
    QCOMPARE(names, (QStringList{u"Anaïs Lefèvre"_s, u"Élodie Blanc"_s, u"Jean-Noël Œhmichen"_s, u"Zoé Ndiaye"_s}));
    EXPECT_LIBRARY_ERROR(repo->savePerson(Person{999, u"X"_s, {}, {}}), Kind::NotFound);
    Organisation org = repo->organisations().first();
    QCOMPARE(org.name, u"Caisse des dépôts"_s);
    org.name = u"Banque des Territoires"_s;
    QCOMPARE(repo->saveOrganisation(org), org);
    QCOMPARE(repo->loadResource(r.id)->partners.at(1).name, u"Banque des Territoires"_s);
    org.name = u"ville de lyon"_s;
    EXPECT_LIBRARY_ERROR(repo->saveOrganisation(org), Kind::Invalid);
    QCOMPARE(repo->saveOrganisation(Organisation{0, u"VILLE DE LYON"_s}).name, u"Ville de Lyon"_s);
    QCOMPARE(repo->organisations().size(), 2);
}

void TestPgRepository::mergePeople()
{
    auto repo = openLibrary();
    Resource a = fullResource(u"A"_s);
    a.participants = {Participant{0, u"Marie Curie"_s, {}, {}, {}},
                      Participant{0, u"M. Curie"_s, u"Chercheuse"_s, {}, u"Grand témoin"_s}};
    a = repo->createResource(a);
    Resource b = fullResource(u"B"_s);
    b.participants = {Participant{0, u"Marie  Curie"_s, {}, {}, u"Intervenant·e"_s}};
    b = repo->createResource(b);
    const qint64 keep = a.participants.at(0).personId;
    repo->mergePeople(keep, {a.participants.at(1).personId, b.participants.at(0).personId, keep});
    QCOMPARE(repo->people().size(), 1);
    const Resource mergedA = *repo->loadResource(a.id);
    QCOMPARE(mergedA.participants.size(), 1);
    QCOMPARE(mergedA.participants.first().role, u"Grand témoin"_s);
    QVERIFY(mergedA.version > a.version);
    QCOMPARE(repo->loadResource(b.id)->participants.first().personId, keep);
    QCOMPARE(repo->resourcesOfPerson(keep).size(), 2);
    EXPECT_LIBRARY_ERROR(repo->mergePeople(999, {keep}), Kind::NotFound);
    QCOMPARE(repo->people().size(), 1);
}

void TestPgRepository::mergeOrganisations()
{
    auto repo = openLibrary();
    Resource a = fullResource(u"A"_s);
    a.partners = {Partner{0, u"RTES"_s, u"Hôte"_s}, Partner{0, u"Réseau des collectivités"_s, {}}};
    a = repo->createResource(a);
    const qint64 keep = a.partners.at(0).organisationId;
    const qint64 duplicate = a.partners.at(1).organisationId;
    repo->mergeOrganisations(keep, {duplicate});
    const Resource merged = *repo->loadResource(a.id);
    QCOMPARE(merged.partners.size(), 1);
    QCOMPARE(merged.partners.first().name, u"RTES"_s);
    QCOMPARE(repo->organisations().size(), 1);
    QCOMPARE(repo->resourcesOfOrganisation(duplicate).size(), 0);
}

void TestPgRepository::roles()
{
    auto repo = openLibrary();
    Resource r;
    r.title = u"Rôles"_s;
    r.participants = {Participant{0, u"A"_s, {}, {}, u"Rapporteure"_s}, Participant{0, u"B"_s, {}, {}, u"Intervenant·e"_s}};
    r.partners = {Partner{0, u"P"_s, u"Mécène"_s}};
    repo->createResource(r);
    const QStringList participantRoles = repo->participantRoles();
    QCOMPARE(participantRoles.count(u"Intervenant·e"_s), 1);
    QCOMPARE(participantRoles.first(), u"Intervenant·e"_s);
    QCOMPARE(participantRoles.last(), u"Rapporteure"_s);
    QCOMPARE(repo->partnerRoles().last(), u"Mécène"_s);
}

void TestPgRepository::images()
{
    auto repo = openLibrary();
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png.append(QByteArray(5000, '\0'));
    png.append("fin\\x'\"");
    const QString key = repo->storeImage(png, u"image/png"_s);
    QCOMPARE(key, QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
    QTemporaryDir dir;
    QCOMPARE(SqliteRepository::open(dir.filePath(u"a.actes"_s))->storeImage(png, u"image/png"_s), key);
    QCOMPARE(repo->storeImage(png, u"image/png"_s), key);
    QString mime;
    QCOMPARE(repo->loadImage(key, &mime), png);
    QCOMPARE(mime, u"image/png"_s);
    QCOMPARE(repo->loadImage(key.toUpper()), png);
    QVERIFY(repo->loadImage(u"0000"_s, &mime).isEmpty());
    QVERIFY(mime.isEmpty());
    EXPECT_LIBRARY_ERROR(repo->storeImage(QByteArray(), u"image/png"_s), Kind::Invalid);
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM image"_s), 1);
    QCOMPARE(m_fixture.count(m_database, u"SELECT length(data) FROM image"_s), png.size());
}

void TestPgRepository::libraryValues()
{
    auto repo = openLibrary();
    QCOMPARE(repo->libraryValue(u"spelling"_s, u"fr_FR"_s), u"fr_FR"_s);
    repo->setLibraryValue(u"spelling"_s, u"fr_BE"_s);
    repo->setLibraryValue(u"title"_s, u"Actes «\u00A0RTES\u00A0» l’œuvre\u202F!"_s);
    repo->setLibraryValue(u"spelling"_s, u"fr_CH"_s);
    repo.reset();
    repo = openLibrary();
    QCOMPARE(repo->libraryValue(u"spelling"_s), u"fr_CH"_s);
    QCOMPARE(repo->libraryValue(u"title"_s), u"Actes «\u00A0RTES\u00A0» l’œuvre\u202F!"_s);
    EXPECT_LIBRARY_ERROR(repo->setLibraryValue(QString(), u"x"_s), Kind::Invalid);
}

void TestPgRepository::transactionIsAllOrNothing()
{
    auto repo = openLibrary();
    const QString before = m_fixture.state(m_database);
    bool caught = false;
    try {
        repo->inTransaction([&] {
            repo->createResource(fullResource(u"Premier"_s));
            repo->storeImage("image", u"image/png"_s);
            repo->setLibraryValue(u"k"_s, u"v"_s);
            Resource bad;   // no title
            repo->createResource(bad);
        });
    } catch (const LibraryError &error) {
        caught = error.kind() == Kind::Invalid;
    }
    QVERIFY(caught);
    QCOMPARE(m_fixture.state(m_database), before);

    // Any exception (not only LibraryError) rolls back, and nothing is left half-written.
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, repo->inTransaction([&] {
        repo->createResource(fullResource(u"Second"_s));
        throw std::runtime_error("stop");
    }));
    QCOMPARE(m_fixture.state(m_database), before);
    QCOMPARE(repo->countResources(), 0);

    repo->inTransaction([&] {
        repo->createResource(fullResource(u"Premier"_s));
        repo->createResource(fullResource(u"Second"_s));
    });
    QCOMPARE(repo->countResources(), 2);
}

void TestPgRepository::nestedTransactionFailureKeepsOuterWork()
{
    auto repo = openLibrary();
    repo->inTransaction([&] {
        repo->setLibraryValue(u"outer"_s, u"1"_s);
        try {
            repo->inTransaction([&] {
                repo->setLibraryValue(u"inner"_s, u"1"_s);
                throw std::runtime_error("inner failure");
            });
        } catch (const std::runtime_error &) {
        }
        // A failing write inside (its own savepoint) leaves the transaction usable.
        Resource bad = fullResource(u"Mauvais"_s);
        bad.attendance = -3;
        EXPECT_LIBRARY_ERROR(repo->createResource(bad), Kind::Invalid);
        Resource stale = repo->createResource(fullResource(u"Dedans"_s));
        stale.version = 7;
        EXPECT_LIBRARY_ERROR(repo->saveResource(stale), Kind::Conflict);
        repo->inTransaction([&] { repo->setLibraryValue(u"inner2"_s, u"1"_s); });
    });
    QCOMPARE(repo->libraryValue(u"outer"_s), u"1"_s);
    QCOMPARE(repo->libraryValue(u"inner"_s), QString());
    QCOMPARE(repo->libraryValue(u"inner2"_s), u"1"_s);
    QCOMPARE(repo->countResources(), 1);
}

void TestPgRepository::externalChanges()
{
    auto mine = openLibrary();
    auto other = openLibrary();
    const qint64 start = mine->externalChangeCounter();
    mine->setLibraryValue(u"a"_s, u"1"_s);
    mine->createResource(fullResource(u"Le mien"_s));
    QCOMPARE(mine->externalChangeCounter(), start);   // own writes are not external
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, other->inTransaction([&] {
        other->setLibraryValue(u"a"_s, u"annulé"_s);
        throw std::runtime_error("rolled back");
    }));
    QCOMPARE(mine->externalChangeCounter(), start);   // a rolled-back write changed nothing
    other->setLibraryValue(u"a"_s, u"2"_s);
    const qint64 afterOther = mine->externalChangeCounter();
    QVERIFY(afterOther != start);
    QCOMPARE(mine->libraryValue(u"a"_s), u"2"_s);
    mine->setLibraryValue(u"b"_s, u"3"_s);
    QCOMPARE(mine->externalChangeCounter(), afterOther);
}

QTEST_GUILESS_MAIN(TestPgRepository)
#include "tst_pgrepository.moc"
