// The library on both backends (SQLite and PostgreSQL, the same test code): round trips,
// validation, conflicts, the directory, trash, filters and order, types, images, library values,
// transactions and change detection. Search: tst_searchindex; revisions and status history:
// tst_revisions; several connections at once: tst_connections; SQLite files: tst_libraryfiles,
// tst_migrations; PostgreSQL only: tst_pgrepository, tst_pgopening.
#include "domain/resource.h"
#include "storage/libraryerror.h"

#include <QCryptographicHash>
#include <QStandardPaths>
#include <QTest>

#include <functional>
#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace Actes;
using Kind = LibraryError::Kind;

Q_DECLARE_METATYPE(Actes::Resource)

#include "backendfixture.h"
#include "storagetest.h"

using namespace StorageTest;

class TestStorage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void newLibraryIsEmpty();
    void roundTrip_data();
    void roundTrip();
    void nullStringsAreStoredAsEmpty();
    void createKeepsGivenCreationTime();
    void validation_data();
    void validation();
    void validationWritesNothing();
    void participantsAndPartnersAreReused();
    void participantOrderIsKept();
    void editingAParticipantKeepsOtherResources();
    void conflictIsDetected();
    void missingResource();
    void loadResourcesKeepsOrder();
    void trash();
    void filters();
    void ordering();
    void findResource();
    void resourceTypes();
    void directoryEdits();
    void mergePeople();
    void mergeOrganisations();
    void roles();
    void accentsCaseAndLigaturesSortAndMatchAlike();
    void images();
    void libraryValues();
    void transactionIsAllOrNothing();
    void nestedTransactionFailureKeepsOuterWork();



private:
    std::unique_ptr<ResourceRepository> openLibrary() { return m_fixture.open(); }

    BackendFixture::Fixture m_fixture;
};

void TestStorage::initTestCase_data()
{
    BackendFixture::addBackendRows();
}

void TestStorage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStorage::init()
{
    m_fixture.freshForCurrentRow();
}

void TestStorage::cleanup()
{
}

void TestStorage::newLibraryIsEmpty()
{
    auto repo = openLibrary();
    QVERIFY(!repo->isReadOnly());
    QVERIFY(!repo->location().isEmpty());
    QCOMPARE(repo->countResources(), 0);
    QVERIFY(repo->people().isEmpty());
    QVERIFY(repo->organisations().isEmpty());
    QVERIFY(repo->eventYears().isEmpty());
    QVERIFY(repo->resourceTypes().contains(u"Actes de colloque"_s));
    QVERIFY(repo->resourceTypes().contains(u"Étude"_s));
    // Reopening finds the same library.
    repo.reset();
    repo = openLibrary();
    QCOMPARE(repo->countResources(), 0);
}

void TestStorage::roundTrip_data()
{
    QTest::addColumn<Resource>("resource");

    QTest::newRow("every field, French typography") << fullResource(u"Séminaire « L’œuvre commune »\u00A0: 2023"_s);
    QTest::newRow("narrow no-break space and emoji")
        << fullResource(u"Rencontre\u202F! 🎉 Fête de l’ESS 👩🏽‍🌾"_s);
    QTest::newRow("SQL injection looking")
        << fullResource(u"Robert'); DROP TABLE resource;-- \" OR 1=1 -- $1 ? :name \\x00"_s);
    QTest::newRow("HTML in the title") << fullResource(u"<b>Gras</b> & <i>co</i> &amp; <script>x</script>"_s);

    Resource minimal;
    minimal.title = u"Æ minimal"_s;
    QTest::newRow("minimal: unknown dates, no attendance, no type") << minimal;

    Resource zero = fullResource(u"Zéro participant"_s);
    zero.attendance = 0;
    zero.dateEnd = zero.dateStart;
    zero.participants.clear();
    zero.partners.clear();
    zero.status = Status::Archived;
    zero.isPrivate = false;
    QTest::newRow("attendance zero, one day, no links") << zero;

    Resource extreme = zero;
    extreme.title = u"Dates extrêmes"_s;
    extreme.dateStart = QDate(1, 1, 1);
    extreme.dateEnd = QDate(9999, 12, 31);
    QTest::newRow("extreme dates") << extreme;
}

void TestStorage::roundTrip()
{
    QFETCH(Resource, resource);
    auto repo = openLibrary();
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);

    const Resource created = repo->createResource(resource);
    QVERIFY(created.id > 0);
    QCOMPARE(created.version, 1);
    QVERIFY(created.created.isValid());
    QCOMPARE(created.created.timeSpec(), Qt::UTC);
    QVERIFY(created.created >= before);
    QCOMPARE(created.modified, created.created);
    QVERIFY(sameContent(created, resource));
    QCOMPARE(withoutIds(created.participants), resource.participants);
    QCOMPARE(withoutIds(created.partners), resource.partners);
    for (const Participant &p : created.participants)
        QVERIFY(p.personId > 0);
    for (const Partner &p : created.partners)
        QVERIFY(p.organisationId > 0);

    // Through a fresh connection: what is on disk, not a cached copy.
    repo.reset();
    repo = openLibrary();
    const std::optional<Resource> loaded = repo->loadResource(created.id);
    QVERIFY(loaded);
    QVERIFY(loaded->sameContentAs(created));
    QCOMPARE(loaded->title, resource.title);
    QCOMPARE(loaded->place, resource.place.isNull() ? u""_s : resource.place);
    QCOMPARE(loaded->summaryHtml, resource.summaryHtml.isNull() ? u""_s : resource.summaryHtml);
    QCOMPARE(loaded->bodyHtml, resource.bodyHtml.isNull() ? u""_s : resource.bodyHtml);
    QCOMPARE(loaded->attendance, resource.attendance);
    QCOMPARE(loaded->dateStart, resource.dateStart);
    QCOMPARE(loaded->dateEnd, resource.dateEnd);
    QCOMPARE(loaded->created, created.created);
    QCOMPARE(loaded->modified, created.modified);
    QCOMPARE(loaded->version, 1);
    QCOMPARE(loaded->participants, created.participants);
    QCOMPARE(loaded->partners, created.partners);

    // The list row carries the same summary fields.
    const QList<ResourceSummary> rows = repo->listResources();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().id, created.id);
    QCOMPARE(rows.first().title, resource.title);
    QCOMPARE(rows.first().type, resource.type);
    QCOMPARE(rows.first().isPrivate, resource.isPrivate);
    QCOMPARE(rows.first().status, resource.status);
    QCOMPARE(rows.first().dateStart, resource.dateStart);
    QCOMPARE(rows.first().dateEnd, resource.dateEnd);
    QCOMPARE(rows.first().modified, created.modified);
    QCOMPARE(rows.first().needsReview, resource.needsReview);

    // Changing every field and saving.
    Resource edited = *loaded;
    edited.title += u" (révisé)"_s;
    edited.type = u"Étude"_s;
    edited.isPrivate = !edited.isPrivate;
    edited.privateConfirmed = !edited.privateConfirmed;
    edited.status = Status::Published;
    edited.dateStart = QDate(2024, 2, 29);
    edited.dateEnd = QDate();
    edited.place = u"En ligne"_s;
    edited.attendance = std::nullopt;
    edited.summaryHtml = u"<p>Nouveau résumé</p>"_s;
    edited.bodyHtml = u"<blockquote>« Citation »</blockquote>"_s;
    edited.needsReview = false;
    edited.reviewNote.clear();
    edited.participants.append(Participant{0, u"Ève Martin"_s, u"Maire"_s, u"Commune d’Arles"_s, u"Grand témoin"_s});
    if (!edited.partners.isEmpty())
        edited.partners.removeFirst();
    QTest::qWait(2);
    const Resource saved = repo->saveResource(edited);
    QCOMPARE(saved.version, 2);
    QVERIFY(saved.modified > created.modified);
    QCOMPARE(saved.created, created.created);
    QVERIFY(sameContent(saved, edited));
    QVERIFY(sameContent(*repo->loadResource(created.id), edited));
    QCOMPARE(repo->storedVersion(created.id), 2);
    QCOMPARE(repo->eventYears(), QList<int>{2024});
}

void TestStorage::nullStringsAreStoredAsEmpty()
{
    auto repo = openLibrary();
    Resource r;
    r.title = u"Titre"_s;
    r.participants = {Participant{0, u"Nom"_s, QString(), QString(), QString()}};
    r.partners = {Partner{0, u"Orga"_s, QString()}};
    QVERIFY(r.place.isNull() && r.bodyHtml.isNull() && r.reviewNote.isNull());
    const Resource created = repo->createResource(r);
    QVERIFY(sameContent(created, r));
    QCOMPARE(created.place, u""_s);
    QCOMPARE(created.participants.first().function, u""_s);
}

void TestStorage::createKeepsGivenCreationTime()
{
    auto repo = openLibrary();
    Resource r;
    r.title = u"Importé"_s;
    r.created = QDateTime(QDate(2019, 5, 6), QTime(7, 8, 9, 10), Qt::UTC);
    const Resource created = repo->createResource(r);
    QCOMPARE(created.created, r.created);
    QVERIFY(created.modified > r.created);
}

void TestStorage::validation_data()
{
    QTest::addColumn<Resource>("resource");
    Resource r;
    r.title = u"Valide"_s;

    Resource noTitle = r;
    noTitle.title.clear();
    QTest::newRow("empty title") << noTitle;
    Resource blankTitle = r;
    blankTitle.title = u" \u00A0\t"_s;
    QTest::newRow("blank title") << blankTitle;
    Resource backwards = r;
    backwards.dateStart = QDate(2024, 3, 2);
    backwards.dateEnd = QDate(2024, 3, 1);
    QTest::newRow("ends before it starts") << backwards;
    Resource negative = r;
    negative.attendance = -1;
    QTest::newRow("negative attendance") << negative;
    Resource nameless = r;
    nameless.participants = {Participant{0, u" "_s, u"Fonction"_s, {}, {}}};
    QTest::newRow("participant without name") << nameless;
    Resource partnerless = r;
    partnerless.partners = {Partner{0, QString(), u"Hôte"_s}};
    QTest::newRow("partner without name") << partnerless;
}

void TestStorage::validation()
{
    QFETCH(Resource, resource);
    auto repo = openLibrary();
    EXPECT_LIBRARY_ERROR(repo->createResource(resource), Kind::Invalid);
    QCOMPARE(repo->countResources(), 0);
    QCOMPARE(repo->people().size(), 0);

    // Saving an existing resource with the same problem leaves it unchanged.
    Resource valid;
    valid.title = u"Valide"_s;
    const Resource stored = repo->createResource(valid);
    Resource bad = resource;
    bad.id = stored.id;
    bad.version = stored.version;
    EXPECT_LIBRARY_ERROR(repo->saveResource(bad), Kind::Invalid);
    QCOMPARE(repo->storedVersion(stored.id), 1);
    QVERIFY(repo->loadResource(stored.id)->sameContentAs(stored));
}

void TestStorage::validationWritesNothing()
{
    auto repo = openLibrary();
    const QString before = m_fixture.state();
    Resource bad = fullResource(u"Valide"_s);
    bad.dateEnd = bad.dateStart.addDays(-1);
    EXPECT_LIBRARY_ERROR(repo->createResource(bad), Kind::Invalid);
    bad = fullResource(u"Valide"_s);
    bad.participants.append(Participant{0, u" "_s, {}, {}, {}});
    EXPECT_LIBRARY_ERROR(repo->createResource(bad), Kind::Invalid);
    QCOMPARE(m_fixture.state(), before);
}

void TestStorage::participantsAndPartnersAreReused()
{
    auto repo = openLibrary();
    const Resource a = repo->createResource(fullResource(u"A"_s));
    Resource bSource = fullResource(u"B"_s);
    bSource.partners = {Partner{0, u"VILLE DE LYON"_s, u"Partenaire"_s}};   // same organisation, other case
    bSource.participants.append(Participant{0, u"Anaïs Lefèvre"_s, u"Présidente"_s, u"Métropole de Lyon"_s, {}});
    const Resource b = repo->createResource(bSource);

    QCOMPARE(repo->people().size(), 4);   // 3 + the same name with another function
    QCOMPARE(b.participants.at(0).personId, a.participants.at(0).personId);
    QCOMPARE(b.participants.at(1).personId, a.participants.at(1).personId);
    QVERIFY(b.participants.at(3).personId != a.participants.at(0).personId);

    QCOMPARE(repo->organisations().size(), 2);
    QCOMPARE(b.partners.at(0).organisationId, a.partners.at(0).organisationId);
    QCOMPARE(b.partners.at(0).name, u"Ville de Lyon"_s);   // the stored spelling
    QCOMPARE(b.partners.at(0).role, u"Partenaire"_s);

    const QList<ResourceSummary> ofAnais = repo->resourcesOfPerson(a.participants.at(0).personId);
    QCOMPARE(ofAnais.size(), 2);
    QCOMPARE(repo->resourcesOfOrganisation(a.partners.at(1).organisationId).size(), 1);

    // Reordered and one function edited in B: A stays as it was.
    Resource edited = b;
    std::reverse(edited.participants.begin(), edited.participants.end());
    edited.participants[0].function = u"Présidente d’honneur"_s;
    edited = repo->saveResource(edited);
    QCOMPARE(edited.participants.at(0).function, u"Présidente d’honneur"_s);
    QCOMPARE(edited.participants.at(3).name, u"Anaïs Lefèvre"_s);
    QCOMPARE(repo->loadResource(a.id)->participants, a.participants);
}

void TestStorage::participantOrderIsKept()
{
    auto repo = openLibrary();
    Resource r = repo->createResource(fullResource(u"Ordre"_s));
    const QList<Participant> original = r.participants;
    std::reverse(r.participants.begin(), r.participants.end());
    std::reverse(r.partners.begin(), r.partners.end());
    const Resource saved = repo->saveResource(r);
    QCOMPARE(saved.participants, r.participants);
    QCOMPARE(saved.partners, r.partners);
    QCOMPARE(saved.participants.first(), original.last());
    QCOMPARE(repo->people().size(), 3);   // same people, only reordered
}

void TestStorage::editingAParticipantKeepsOtherResources()
{
    auto repo = openLibrary();
    const Resource a = repo->createResource(fullResource(u"A"_s));
    Resource b = repo->createResource(fullResource(u"B"_s));
    b.participants[0].function = u"Présidente"_s;   // she changed jobs since event A
    b = repo->saveResource(b);
    QCOMPARE(b.participants.at(0).function, u"Présidente"_s);
    QVERIFY(b.participants.at(0).personId != a.participants.at(0).personId);
    QCOMPARE(repo->loadResource(a.id)->participants, a.participants);
}

void TestStorage::conflictIsDetected()
{
    auto repo = openLibrary();
    const Resource stored = repo->createResource(fullResource(u"Conflit « ici »"_s));
    Resource first = stored;
    Resource second = stored;
    first.place = u"Première"_s;
    second.place = u"Seconde"_s;
    const Resource saved = repo->saveResource(first);
    QCOMPARE(saved.version, 2);

    QString message;
    QCOMPARE(kindOf([&] { repo->saveResource(second); }, &message), Kind::Conflict);
    QVERIFY2(message.contains(u"Conflit « ici »"_s), qPrintable(message));
    const Resource now = *repo->loadResource(stored.id);
    QCOMPARE(now.place, u"Première"_s);
    QCOMPARE(now.version, 2);
    QCOMPARE(repo->revisions(stored.id).size(), 1);   // the refused save recorded nothing

    // Reloading resolves it.
    Resource reloaded = now;
    reloaded.place = u"Seconde"_s;
    QCOMPARE(repo->saveResource(reloaded).version, 3);
}

void TestStorage::missingResource()
{
    auto repo = openLibrary();
    QVERIFY(!repo->loadResource(42));
    QCOMPARE(repo->storedVersion(42), 0);
    Resource ghost;
    ghost.id = 42;
    ghost.version = 1;
    ghost.title = u"Fantôme"_s;
    EXPECT_LIBRARY_ERROR(repo->saveResource(ghost), Kind::NotFound);
    QCOMPARE(repo->countResources(), 0);

    // id 0 is a new resource.
    ghost.id = 0;
    ghost.version = 0;
    QCOMPARE(repo->saveResource(ghost).version, 1);
}

void TestStorage::loadResourcesKeepsOrder()
{
    auto repo = openLibrary();
    QList<qint64> ids;
    for (const QString &title : {u"Un"_s, u"Deux"_s, u"Trois"_s})
        ids.append(repo->createResource(fullResource(title)).id);
    const QList<Resource> loaded = repo->loadResources({ids.at(2), 999, ids.at(0), ids.at(1)});
    QCOMPARE(loaded.size(), 3);
    QCOMPARE(loaded.at(0).title, u"Trois"_s);
    QCOMPARE(loaded.at(1).title, u"Un"_s);
    QCOMPARE(loaded.at(2).title, u"Deux"_s);
    QCOMPARE(loaded.at(1).participants.size(), 3);
    QCOMPARE(loaded.at(2).partners.size(), 2);
    QVERIFY(repo->loadResources({}).isEmpty());
}

void TestStorage::trash()
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
    QVERIFY(repo->loadResource(gone.id));   // still openable from the trash
    QVERIFY(!repo->findResource(u"Jeté"_s, gone.dateStart));

    repo->restoreFromTrash({back.id});
    QCOMPARE(repo->countResources(), 2);
    QCOMPARE(repo->countResources(inTrash), 1);

    QCOMPARE(repo->emptyTrash(), 1);
    QVERIFY(!repo->loadResource(gone.id));
    QCOMPARE(repo->storedVersion(gone.id), 0);
    QCOMPARE(repo->countResources(inTrash), 0);
    QCOMPARE(repo->countResources(), 2);
    QCOMPARE(repo->people().size(), 3);   // the directory keeps its people
    QCOMPARE(repo->emptyTrash(), 0);
    // Nothing of the purged resource is left behind.
    const QString id = QString::number(gone.id);
    for (const QString &table : {u"resource_text"_s, u"resource_person"_s, u"resource_organisation"_s,
                                 u"revision"_s, u"status_change"_s})
        QCOMPARE(m_fixture.count(u"SELECT count(*) FROM %1 WHERE resource_id = %2"_s.arg(table, id)), 0);
    const QString indexKey = m_fixture.isPostgres() ? u"resource_id"_s : u"rowid"_s;
    QCOMPARE(m_fixture.count(u"SELECT count(*) FROM %1 WHERE %2 = %3"_s.arg(m_fixture.searchIndexTable(), indexKey, id)),
             0);
}

void TestStorage::filters()
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
            result.append(-1);   // count and list disagree
        return result;
    };
    ResourceFilter f;
    QCOMPARE(ids(f), (QList<qint64>{b, c, a, d}));

    f = {};
    f.type = u"compte rendu"_s;   // names are case-insensitive
    QCOMPARE(ids(f), (QList<qint64>{b, a}));
    f.type = u"Inconnu"_s;
    QCOMPARE(ids(f), QList<qint64>{});

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
    QCOMPARE(ids(f), (QList<qint64>{a}));   // e is in the trash

    f = {};
    f.ids = {a, d, e, 999};
    QCOMPARE(ids(f), (QList<qint64>{a, d}));

    // Everything combined.
    f = {};
    f.searchText = u"semi"_s;
    f.type = u"Compte rendu"_s;
    f.status = Status::Published;
    f.isPrivate = true;
    f.year = 2024;
    f.ids = {a, b, c};
    QCOMPARE(ids(f), (QList<qint64>{b}));
    f.year = 2023;
    QCOMPARE(ids(f), QList<qint64>{});

    // The same criteria apply to the trash.
    f = {};
    f.trash = true;
    f.year = 2023;
    f.searchText = u"séminaire"_s;
    QCOMPARE(ids(f), (QList<qint64>{e}));

    // The year filter offers the years of the live resources only.
    QCOMPARE(repo->eventYears(), (QList<int>{2024, 2023}));
}

void TestStorage::ordering()
{
    auto repo = openLibrary();
    const QDate day(2024, 5, 1);
    for (const auto &[title, date] : std::initializer_list<std::pair<QString, QDate>>{
             {u"zèbre"_s, QDate()},
             {u"Forum"_s, day},
             {u"Économie"_s, day},
             {u"« Agir »"_s, day},
             {u"dialogue"_s, day},
             {u"Ancien"_s, QDate(2020, 1, 1)},
             {u"Avenir"_s, QDate()},
             {u"Récent"_s, QDate(2025, 6, 1)},
         }) {
        Resource r;
        r.title = title;
        r.dateStart = date;
        repo->createResource(r);
    }
    QStringList titles;
    for (const ResourceSummary &s : repo->listResources())
        titles.append(s.title);
    const QStringList expected{u"Récent"_s, u"« Agir »"_s, u"dialogue"_s, u"Économie"_s, u"Forum"_s,
                               u"Ancien"_s, u"Avenir"_s, u"zèbre"_s};
    QCOMPARE(titles, expected);
}

void TestStorage::findResource()
{
    auto repo = openLibrary();
    Resource dated;
    dated.title = u"Rencontre « annuelle »"_s;
    dated.dateStart = QDate(2022, 6, 15);
    const qint64 datedId = repo->createResource(dated).id;
    Resource undated;
    undated.title = u"Rencontre « annuelle »"_s;
    const qint64 undatedId = repo->createResource(undated).id;

    QCOMPARE(repo->findResource(dated.title, QDate(2022, 6, 15)), std::optional<qint64>(datedId));
    QCOMPARE(repo->findResource(dated.title, QDate()), std::optional<qint64>(undatedId));
    QVERIFY(!repo->findResource(dated.title, QDate(2022, 6, 16)));
    QVERIFY(!repo->findResource(u"rencontre « annuelle »"_s, QDate(2022, 6, 15)));   // exact title
    repo->moveToTrash({datedId});
    QVERIFY(!repo->findResource(dated.title, QDate(2022, 6, 15)));
}

void TestStorage::resourceTypes()
{
    auto repo = openLibrary();
    const QStringList builtIn{u"Ressources RTES"_s, u"Compte rendu"_s, u"Actes de colloque"_s, u"Étude"_s,
                              u"Publication"_s};
    QCOMPARE(repo->resourceTypes(), builtIn);
    repo->addResourceType(u"Webinaire"_s);
    repo->addResourceType(u"webinaire"_s);   // exists
    repo->addResourceType(u"Atelier"_s);
    QCOMPARE(repo->resourceTypes(), builtIn + QStringList({u"Atelier"_s, u"Webinaire"_s}));
    EXPECT_LIBRARY_ERROR(repo->addResourceType(u"  "_s), Kind::Invalid);

    Resource r;
    r.title = u"Avec un type nouveau"_s;
    r.type = u"Visite de terrain"_s;
    QCOMPARE(repo->createResource(r).type, u"Visite de terrain"_s);
    QVERIFY(repo->resourceTypes().contains(u"Visite de terrain"_s));
}

void TestStorage::directoryEdits()
{
    auto repo = openLibrary();
    const Resource r = repo->createResource(fullResource(u"Annuaire"_s));

    Person person = repo->people().first();
    QCOMPARE(person.name, u"Anaïs Lefèvre"_s);   // sorted by name
    person.function = u"Présidente"_s;
    QCOMPARE(repo->savePerson(person), person);
    QCOMPARE(repo->loadResource(r.id)->participants.first().function, u"Présidente"_s);
    // The open copy of the resource is now stale: saving it must not bring the old function back.
    EXPECT_LIBRARY_ERROR(repo->saveResource(r), Kind::Conflict);

    const Person created = repo->savePerson(Person{0, u"Élodie Blanc"_s, u"Élue"_s, u"Nantes"_s});
    QVERIFY(created.id > 0);
    QCOMPARE(repo->savePerson(Person{0, u"Élodie Blanc"_s, u"Élue"_s, u"Nantes"_s}).id, created.id);
    QStringList names;
    for (const Person &p : repo->people())
        names.append(p.name);
    QCOMPARE(names, (QStringList{u"Anaïs Lefèvre"_s, u"Élodie Blanc"_s, u"Jean-Noël Œhmichen"_s, u"Zoé Ndiaye"_s}));
    EXPECT_LIBRARY_ERROR(repo->savePerson(Person{0, u" "_s, {}, {}}), Kind::Invalid);
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

void TestStorage::mergePeople()
{
    auto repo = openLibrary();
    Resource a = fullResource(u"A"_s);
    a.participants = {Participant{0, u"Marie Curie"_s, {}, {}, {}},
                      Participant{0, u"M. Curie"_s, u"Chercheuse"_s, {}, u"Grand témoin"_s}};
    a = repo->createResource(a);
    Resource b = fullResource(u"B"_s);
    b.participants = {Participant{0, u"Marie  Curie"_s, {}, {}, u"Intervenant·e"_s}};
    b = repo->createResource(b);
    QCOMPARE(repo->people().size(), 3);

    const qint64 keep = a.participants.at(0).personId;
    repo->mergePeople(keep, {a.participants.at(1).personId, b.participants.at(0).personId, keep});
    QCOMPARE(repo->people().size(), 1);

    const Resource mergedA = *repo->loadResource(a.id);
    QCOMPARE(mergedA.participants.size(), 1);   // no duplicate link
    QCOMPARE(mergedA.participants.first().personId, keep);
    QCOMPARE(mergedA.participants.first().role, u"Grand témoin"_s);   // the role is not lost
    QVERIFY(mergedA.version > a.version);
    const Resource mergedB = *repo->loadResource(b.id);
    QCOMPARE(mergedB.participants.first().personId, keep);
    QCOMPARE(mergedB.participants.first().role, u"Intervenant·e"_s);
    QCOMPARE(repo->resourcesOfPerson(keep).size(), 2);

    EXPECT_LIBRARY_ERROR(repo->mergePeople(999, {keep}), Kind::NotFound);
    QCOMPARE(repo->people().size(), 1);
}

void TestStorage::mergeOrganisations()
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

void TestStorage::roles()
{
    auto repo = openLibrary();
    QVERIFY(repo->participantRoles().contains(u"Grand témoin"_s));
    QVERIFY(repo->partnerRoles().contains(u"Financeur"_s));
    Resource r;
    r.title = u"Rôles"_s;
    r.participants = {Participant{0, u"A"_s, {}, {}, u"Rapporteure"_s}, Participant{0, u"B"_s, {}, {}, u"Intervenant·e"_s}};
    r.partners = {Partner{0, u"P"_s, u"Mécène"_s}};
    repo->createResource(r);
    const QStringList participantRoles = repo->participantRoles();
    QCOMPARE(participantRoles.count(u"Intervenant·e"_s), 1);
    QCOMPARE(participantRoles.first(), u"Intervenant·e"_s);   // built-ins first
    QCOMPARE(participantRoles.last(), u"Rapporteure"_s);
    QCOMPARE(repo->partnerRoles().last(), u"Mécène"_s);
}

// The directory, the types and the list sort and match names the same way on both backends:
// accents, case, œ/æ and apostrophes do not scatter names that a reader looks for together.
void TestStorage::accentsCaseAndLigaturesSortAndMatchAlike()
{
    auto repo = openLibrary();
    Resource r;
    r.title = u"Tri"_s;
    r.type = u"étude de cas"_s;
    for (const QString &name : {u"émile Zola"_s, u"Emma Bovary"_s, u"eric"_s, u"Éric"_s, u"Œdipe"_s, u"Oscar"_s, u"zoé"_s,
                                u"Zoe"_s, u"ångström"_s, u"Anne"_s, u"d’Artagnan"_s, u"De Gaulle"_s, u"l'Abbé"_s, u"1er"_s})
        r.participants.append(Participant{0, name, {}, {}, {}});
    for (const QString &name : {u"émile SA"_s, u"Emma SARL"_s, u"Œuvre"_s, u"Oscar"_s, u"Ville d’Arles"_s,
                                u"Ville de Lyon"_s, u"« Asso »"_s, u"Asso B"_s})
        r.partners.append(Partner{0, name, {}});
    repo->createResource(r);

    QStringList people;
    for (const Person &p : repo->people())
        people << p.name;
    QCOMPARE(people.join(u'|'), u"1er|ångström|Anne|De Gaulle|d’Artagnan|émile Zola|Emma Bovary|eric|Éric|l'Abbé|"
                                u"Œdipe|Oscar|Zoe|zoé"_s);
    QStringList organisations;
    for (const Organisation &o : repo->organisations())
        organisations << o.name;
    QCOMPARE(organisations.join(u'|'), u"Asso B|« Asso »|émile SA|Emma SARL|Œuvre|Oscar|Ville de Lyon|Ville d’Arles"_s);

    // A type written with another case is the same type; a partner too.
    Resource other;
    other.title = u"Autre"_s;
    other.type = u"Étude de cas"_s;
    other.partners = {Partner{0, u"ÉMILE sa"_s, {}}};
    other = repo->createResource(other);
    QCOMPARE(other.type, u"étude de cas"_s);
    QCOMPARE(other.partners.first().name, u"émile SA"_s);
    QCOMPARE(repo->resourceTypes().count(u"étude de cas"_s), 1);

    for (const QString &title : {u"b"_s, u"B"_s, u"a"_s, u"À"_s, u"Â"_s, u"A"_s, u"æ"_s, u"ae"_s, u"œ"_s, u"oe"_s}) {
        Resource dated;
        dated.title = title;
        dated.dateStart = QDate(2030, 1, 1);
        repo->createResource(dated);
    }
    ResourceFilter sameDay;
    sameDay.year = 2030;
    QStringList titles;
    for (const ResourceSummary &s : repo->listResources(sameDay))
        titles << s.title;
    QCOMPARE(titles.join(u'|'), u"a|À|Â|A|æ|ae|b|B|œ|oe"_s);
}

void TestStorage::images()
{
    auto repo = openLibrary();
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png.append(QByteArray(5000, '\0'));
    png.append("fin\\x'\"");
    const QString key = repo->storeImage(png, u"image/png"_s);
    QCOMPARE(key, QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(repo->storeImage(png, u"image/png"_s), key);   // no-op
    QString mime;
    QCOMPARE(repo->loadImage(key, &mime), png);
    QCOMPARE(mime, u"image/png"_s);
    QCOMPARE(repo->loadImage(key.toUpper()), png);   // the key as typed in HTML, any case
    QVERIFY(repo->loadImage(u"0000"_s, &mime).isEmpty());
    QVERIFY(mime.isEmpty());
    EXPECT_LIBRARY_ERROR(repo->storeImage(QByteArray(), u"image/png"_s), Kind::Invalid);
    // Stored once, inside the library, byte for byte.
    QCOMPARE(m_fixture.count(u"SELECT count(*) FROM image"_s), 1);
    QCOMPARE(m_fixture.count(u"SELECT length(data) FROM image"_s), png.size());
}

void TestStorage::libraryValues()
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

void TestStorage::transactionIsAllOrNothing()
{
    auto repo = openLibrary();
    const QString before = m_fixture.state();
    bool caught = false;
    try {
        repo->inTransaction([&] {
            repo->createResource(fullResource(u"Premier"_s));
            Resource r;
            r.title = u"Second"_s;
            repo->createResource(r);
            repo->storeImage("image", u"image/png"_s);
            repo->setLibraryValue(u"k"_s, u"v"_s);
            Resource bad;   // no title
            repo->createResource(bad);
        });
    } catch (const LibraryError &error) {
        caught = error.kind() == Kind::Invalid;
    }
    QVERIFY(caught);
    QCOMPARE(m_fixture.state(), before);
    QCOMPARE(repo->countResources(), 0);
    QCOMPARE(repo->people().size(), 0);

    // Any exception (not only LibraryError) rolls back, and nothing is left half-written.
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, repo->inTransaction([&] {
        repo->createResource(fullResource(u"Second"_s));
        repo->setLibraryValue(u"k"_s, u"v"_s);
        throw std::runtime_error("stop");
    }));
    QCOMPARE(m_fixture.state(), before);
    QCOMPARE(repo->countResources(), 0);
    QCOMPARE(repo->libraryValue(u"k"_s), QString());

    repo->inTransaction([&] {
        repo->createResource(fullResource(u"Premier"_s));
        repo->createResource(fullResource(u"Second"_s));
    });
    QCOMPARE(repo->countResources(), 2);
}

void TestStorage::nestedTransactionFailureKeepsOuterWork()
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
        // A failing write inside leaves the transaction usable.
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

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
