// The SQLite library: round trips, directory, search, filters, and every way opening or
// writing can fail without losing what is stored.
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

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

Resource fullResource(const QString &title)
{
    Resource r;
    r.title = title;
    r.type = u"Compte rendu"_s;
    r.isPrivate = true;
    r.privateConfirmed = true;
    r.status = Status::InReview;
    r.dateStart = QDate(2023, 11, 28);
    r.dateEnd = QDate(2023, 11, 30);
    r.place = u"Salle Œuvre — Lyon 7\u1d49"_s;
    r.attendance = 142;
    r.summaryHtml = u"<p>Résumé\u00A0: l’<strong>économie</strong> « sociale\u202F»</p>"_s;
    r.bodyHtml = u"<h2>Ouverture</h2><p>Les élu·es ont présenté l’œuvre commune.</p>"
                 u"<ul><li>un</li><li>deux</li></ul><p><img src=\"actes-image:abc\" alt=\"photo\"></p>"_s;
    r.needsReview = true;
    r.reviewNote = u"Limites du compte rendu devinées à l’import"_s;
    r.participants = {
        Participant{0, u"Anaïs Lefèvre"_s, u"Vice-présidente"_s, u"Métropole de Lyon"_s, u"Intervenant·e"_s},
        Participant{0, u"Jean-Noël Œhmichen"_s, u"Chargé de mission"_s, u"RTES"_s, u"Animateur·rice"_s},
        Participant{0, u"Zoé Ndiaye"_s, QString(), QString(), QString()},
    };
    r.partners = {
        Partner{0, u"Ville de Lyon"_s, u"Hôte"_s},
        Partner{0, u"Caisse des dépôts"_s, u"Financeur"_s},
    };
    return r;
}

// Participants as loaded carry the ids given by the repository; compare the rest.
QList<Participant> withoutIds(QList<Participant> list)
{
    for (Participant &p : list)
        p.personId = 0;
    return list;
}

QList<Partner> withoutIds(QList<Partner> list)
{
    for (Partner &p : list)
        p.organisationId = 0;
    return list;
}

// Content equality where directory ids given as 0 ("find or create") count as equal to any id.
bool sameContent(Resource a, Resource b)
{
    a.participants = withoutIds(a.participants);
    b.participants = withoutIds(b.participants);
    a.partners = withoutIds(a.partners);
    b.partners = withoutIds(b.partners);
    return a.sameContentAs(b);
}

#define EXPECT_LIBRARY_ERROR(statement, expectedKind)                                                     \
    do {                                                                                                 \
        bool thrown_ = false;                                                                            \
        try {                                                                                            \
            statement;                                                                                   \
        } catch (const LibraryError &error_) {                                                           \
            thrown_ = true;                                                                              \
            QVERIFY2(error_.kind() == (expectedKind), error_.what());                                    \
            QVERIFY(!error_.message().isEmpty());                                                        \
        }                                                                                                \
        QVERIFY2(thrown_, "no LibraryError thrown by " #statement);                                     \
    } while (false)

LibraryError::Kind kindOf(const std::function<void()> &fn, QString *message = nullptr)
{
    try {
        fn();
    } catch (const LibraryError &error) {
        if (message)
            *message = error.message();
        return error.kind();
    }
    return Kind(-1);
}

} // namespace

class TestStorage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newLibraryIsSetUp();
    void roundTrip_data();
    void roundTrip();
    void nullStringsAreStoredAsEmpty();
    void createKeepsGivenCreationTime();
    void validation_data();
    void validation();
    void participantsAndPartnersAreReused();
    void participantOrderIsKept();
    void editingAParticipantKeepsOtherResources();
    void conflictIsDetected();
    void conflictBetweenTwoInstances();
    void missingResource();
    void loadResourcesKeepsOrder();
    void trash();
    void filters();
    void ordering();
    void search_data();
    void search();
    void searchFollowsEveryWrite();
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

void TestStorage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStorage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStorage::cleanup()
{
    m_dir.reset();
}

void TestStorage::newLibraryIsSetUp()
{
    QVERIFY(!QFile::exists(path()));
    auto repo = openLibrary();
    QVERIFY(QFile::exists(path()));
    QVERIFY(!repo->isReadOnly());
    QCOMPARE(repo->location(), path());
    QCOMPARE(repo->schemaVersion(), SqliteRepository::latestSchemaVersion());
    QVERIFY(SqliteRepository::latestSchemaVersion() >= 2);
    QCOMPARE(repo->countResources(), 0);
    QVERIFY(repo->resourceTypes().contains(u"Actes de colloque"_s));
    QVERIFY(repo->resourceTypes().contains(u"Étude"_s));

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
    QVERIFY(!QFile::exists(path() + u"-wal"_s));
    QVERIFY(!QFile::exists(path() + u"-shm"_s));
    // Reopening the same file finds the same library.
    repo = openLibrary();
    QCOMPARE(repo->schemaVersion(), SqliteRepository::latestSchemaVersion());
}

void TestStorage::roundTrip_data()
{
    QTest::addColumn<Resource>("resource");

    QTest::newRow("every field, French typography") << fullResource(u"Séminaire « L’œuvre commune »\u00A0: 2023"_s);
    QTest::newRow("narrow no-break space and emoji")
        << fullResource(u"Rencontre\u202F! 🎉 Fête de l’ESS 👩🏽‍🌾"_s);
    QTest::newRow("SQL injection looking")
        << fullResource(u"Robert'); DROP TABLE resource;-- \" OR 1=1 --"_s);
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

    // Reloading resolves it.
    Resource reloaded = now;
    reloaded.place = u"Seconde"_s;
    QCOMPARE(repo->saveResource(reloaded).version, 3);
}

void TestStorage::conflictBetweenTwoInstances()
{
    auto one = openLibrary();
    auto two = openLibrary();
    const Resource stored = one->createResource(fullResource(u"Deux fenêtres"_s));
    Resource inTwo = *two->loadResource(stored.id);
    Resource inOne = stored;
    inOne.title = u"Modifié dans la première"_s;
    one->saveResource(inOne);
    inTwo.title = u"Modifié dans la seconde"_s;
    EXPECT_LIBRARY_ERROR(two->saveResource(inTwo), Kind::Conflict);
    QCOMPARE(two->loadResource(stored.id)->title, u"Modifié dans la première"_s);
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

void TestStorage::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");   // titles, in list order

    QTest::newRow("accents ignored") << u"seminaire"_s << QStringList{u"Séminaire national"_s};
    QTest::newRow("case ignored") << u"SÉMINAIRE"_s << QStringList{u"Séminaire national"_s};
    QTest::newRow("oe finds œ") << u"oeuvre"_s << QStringList{u"L’œuvre collective"_s};
    QTest::newRow("œ finds oe") << u"Œuvre"_s << QStringList{u"L’œuvre collective"_s};
    QTest::newRow("ae finds æ in body") << u"caecum"_s << QStringList{u"Séminaire national"_s};
    QTest::newRow("prefix while typing") << u"sémi"_s << QStringList{u"Séminaire national"_s};
    QTest::newRow("prefix of œ word") << u"l’œuv"_s << QStringList{u"L’œuvre collective"_s};
    QTest::newRow("summary text") << u"résumé"_s << QStringList{u"Forum des territoires"_s};
    QTest::newRow("body text") << u"coopératives"_s << QStringList{u"Séminaire national"_s, u"Forum des territoires"_s};
    QTest::newRow("all words needed") << u"coopératives forum"_s << QStringList{u"Forum des territoires"_s};
    QTest::newRow("no-break space in text") << u"ESS"_s << QStringList{u"Forum des territoires"_s};
    QTest::newRow("markup is not text") << u"strong"_s << QStringList{};
    QTest::newRow("image key is not text") << u"actes"_s << QStringList{};
    QTest::newRow("trashed not found") << u"poubelle"_s << QStringList{};
    QTest::newRow("operators are plain words") << u"NEAR(forum) OR \"x"_s << QStringList{};
    QTest::newRow("sql-looking") << u"'; DELETE FROM resource; --"_s << QStringList{};
    QTest::newRow("only punctuation means no criterion")
        << u"« ! »"_s << QStringList{u"Séminaire national"_s, u"L’œuvre collective"_s, u"Forum des territoires"_s};
}

void TestStorage::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    auto repo = openLibrary();
    auto make = [&](const QString &title, QDate date, const QString &summary, const QString &body) {
        Resource r;
        r.title = title;
        r.dateStart = date;
        r.summaryHtml = summary;
        r.bodyHtml = body;
        return repo->createResource(r).id;
    };
    make(u"Séminaire national"_s, QDate(2024, 3, 1), QString(),
         u"<p>Les <strong>coopératives</strong> et le cæcum.</p>"_s);
    make(u"L’œuvre collective"_s, QDate(2024, 2, 1), u"<p>Un texte</p>"_s,
         u"<p><img src=\"actes-image:0123\" alt=\"\"> Sans rapport</p>"_s);
    make(u"Forum des territoires"_s, QDate(2024, 1, 1), u"<p>Le résumé du forum</p>"_s,
         u"<p>Les coopératives de l’«\u00A0ESS\u00A0»</p>"_s);
    const qint64 trashed = make(u"Poubelle séminaire"_s, QDate(2024, 4, 1), QString(), u"<p>coopératives</p>"_s);
    repo->moveToTrash({trashed});

    ResourceFilter filter;
    filter.searchText = query;
    QStringList titles;
    for (const ResourceSummary &s : repo->listResources(filter))
        titles.append(s.title);
    QCOMPARE(titles, expected);
    QCOMPARE(repo->countResources(filter), expected.size());
}

void TestStorage::searchFollowsEveryWrite()
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
    QCOMPARE(found(u"participatif"_s), 0);
    QCOMPARE(found(u"conseil"_s), 1);
    QCOMPARE(found(u"moral"_s), 1);

    repo->moveToTrash({r.id});
    QCOMPARE(found(u"conseil"_s), 0);
    repo->restoreFromTrash({r.id});
    QCOMPARE(found(u"conseil"_s), 1);
    repo->moveToTrash({r.id});
    repo->emptyTrash();
    QCOMPARE(found(u"conseil"_s), 0);

    QSqlQuery query(QSqlDatabase::database(repo->connectionName(), false));
    QVERIFY(query.exec(u"SELECT count(*) FROM resource_fts"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);   // no orphan index rows
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

void TestStorage::images()
{
    auto repo = openLibrary();
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png.append(QByteArray(5000, '\0'));
    png.append("fin");
    const QString key = repo->storeImage(png, u"image/png"_s);
    QCOMPARE(key, QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(repo->storeImage(png, u"image/png"_s), key);   // no-op
    QString mime;
    QCOMPARE(repo->loadImage(key, &mime), png);
    QCOMPARE(mime, u"image/png"_s);
    QVERIFY(repo->loadImage(u"0000"_s, &mime).isEmpty());
    QVERIFY(mime.isEmpty());
    EXPECT_LIBRARY_ERROR(repo->storeImage(QByteArray(), u"image/png"_s), Kind::Invalid);
}

void TestStorage::libraryValues()
{
    auto repo = openLibrary();
    QCOMPARE(repo->libraryValue(u"spelling"_s, u"fr_FR"_s), u"fr_FR"_s);
    repo->setLibraryValue(u"spelling"_s, u"fr_BE"_s);
    repo->setLibraryValue(u"title"_s, u"Actes «\u00A0RTES\u00A0»"_s);
    repo->setLibraryValue(u"spelling"_s, u"fr_CH"_s);
    repo.reset();
    repo = openLibrary();
    QCOMPARE(repo->libraryValue(u"spelling"_s), u"fr_CH"_s);
    QCOMPARE(repo->libraryValue(u"title"_s), u"Actes «\u00A0RTES\u00A0»"_s);
}

void TestStorage::transactionIsAllOrNothing()
{
    auto repo = openLibrary();
    bool caught = false;
    try {
        repo->inTransaction([&] {
            Resource r;
            r.title = u"Premier"_s;
            repo->createResource(r);
            r.title = u"Second"_s;
            repo->createResource(r);
            Resource bad;   // no title
            repo->createResource(bad);
        });
    } catch (const LibraryError &error) {
        caught = error.kind() == Kind::Invalid;
    }
    QVERIFY(caught);
    QCOMPARE(repo->countResources(), 0);
    QCOMPARE(repo->people().size(), 0);

    repo->inTransaction([&] {
        Resource r;
        r.title = u"Premier"_s;
        repo->createResource(r);
        r.title = u"Second"_s;
        repo->createResource(r);
    });
    QCOMPARE(repo->countResources(), 2);

    // Any exception (not only LibraryError) rolls back.
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, repo->inTransaction([&] {
        repo->setLibraryValue(u"k"_s, u"v"_s);
        throw std::runtime_error("stop");
    }));
    QCOMPARE(repo->libraryValue(u"k"_s), QString());
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
        repo->inTransaction([&] { repo->setLibraryValue(u"inner2"_s, u"1"_s); });
    });
    QCOMPARE(repo->libraryValue(u"outer"_s), u"1"_s);
    QCOMPARE(repo->libraryValue(u"inner"_s), QString());
    QCOMPARE(repo->libraryValue(u"inner2"_s), u"1"_s);
}

void TestStorage::externalChanges()
{
    auto mine = openLibrary();
    auto other = openLibrary();
    const qint64 start = mine->externalChangeCounter();
    mine->setLibraryValue(u"a"_s, u"1"_s);
    QCOMPARE(mine->externalChangeCounter(), start);   // own writes are not external
    other->setLibraryValue(u"a"_s, u"2"_s);
    QVERIFY(mine->externalChangeCounter() != start);
    QCOMPARE(mine->libraryValue(u"a"_s), u"2"_s);
}

// --- Opening errors: each one leaves the file exactly as it was -------------------------

void TestStorage::openingErrors_data()
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

void TestStorage::openingErrors()
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

void TestStorage::emptyFileBecomesALibrary()
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

void TestStorage::emptySqliteDatabaseBecomesALibrary()
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

void TestStorage::missingFolder()
{
    QString message;
    const QString file = path(u"absent/library.actes"_s);
    QCOMPARE(kindOf([&] { SqliteRepository::open(file); }, &message), Kind::Io);
    QVERIFY(message.contains(QDir::toNativeSeparators(file)));
    QVERIFY(!QFile::exists(file));
    QCOMPARE(kindOf([&] { SqliteRepository::open(path(u"absent.actes"_s), OpenMode::ReadOnly); }), Kind::Io);
    QVERIFY(!QFile::exists(path(u"absent.actes"_s)));
}

void TestStorage::readOnlyMode()
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

void TestStorage::readOnlyByPermissions()
{
    if (::geteuid() == 0)
        QSKIP("Running as root: file permissions do not stop writes (OpenMode::ReadOnly is tested instead).");
    openLibrary()->setLibraryValue(u"k"_s, u"v"_s);
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

void TestStorage::lockedWrite()
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

void TestStorage::lockedOpen()
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

void TestStorage::diskFullRollsBack()
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

void TestStorage::hundredThousandResources()
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

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
