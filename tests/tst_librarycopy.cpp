// Copying a library whole into a new or empty one of either kind: resources, revisions and
// status history exactly, trash, directory, types, images and library values; one transaction
// on the destination, verified before it commits; a non-empty destination refused and left
// unchanged; a cancelled copy writes nothing.
#include "cli/resourcejson.h"
#include "storage/libraryarchive.h"
#include "storage/librarycopy.h"
#include "storage/libraryerror.h"
#include "storage/libraryopener.h"
#include "storage/postgresrepository.h"
#include "storage/sqliterepository.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Actes;

#include "pgrepositorytest.h"
#include "storagetest.h"

namespace {

// The bytes of a small PNG-like image (the library stores any bytes under their hash).
QByteArray imageBytes(char seed, int size)
{
    QByteArray data("\x89PNG\r\n\x1a\n", 8);
    for (int i = 0; i < size; ++i)
        data.append(char((seed * 31 + i * 7) & 0xff));
    return data;
}

QByteArray json(const std::optional<Resource> &resource)
{
    return resource ? QJsonDocument(resourceToJson(*resource, true)).toJson(QJsonDocument::Compact) : QByteArray("none");
}

// Everything a user can see of a library, through the repository interface only.
QStringList visibleContent(ResourceRepository &library, const QStringList &imageKeys)
{
    QStringList lines;
    QList<qint64> ids;
    for (bool trash : {false, true}) {
        ResourceFilter filter;
        filter.trash = trash;
        for (const ResourceSummary &summary : library.listResources(filter))
            ids.append(summary.id);
    }
    for (qint64 id : ids) {
        lines.append(u"resource %1 trash=%2 version=%3 %4"_s.arg(id)
                         .arg(library.isInTrash(id))
                         .arg(library.storedVersion(id))
                         .arg(QString::fromUtf8(json(library.loadResource(id)))));
        const std::optional<Resource> resource = library.loadResource(id);
        lines.append(u"  times %1 %2"_s.arg(resource->created.toString(Qt::ISODateWithMs),
                                             resource->modified.toString(Qt::ISODateWithMs)));
        for (const RevisionInfo &revision : library.revisions(id)) {
            lines.append(u"  revision %1 #%2 %3 %4 cause=%5 status=%6 approved=%7 restored=%8 changed=%9"_s
                             .arg(revision.id)
                             .arg(revision.number)
                             .arg(revision.at.toString(Qt::ISODateWithMs), revision.author)
                             .arg(int(revision.cause))
                             .arg(statusKey(revision.status))
                             .arg(revision.approved)
                             .arg(revision.restoredFrom)
                             .arg(revision.changedFields.join(u',')));
            lines.append(u"    snapshot "_s + QString::fromUtf8(json(library.revisionSnapshot(revision.id))));
        }
        for (const StatusChange &change : library.statusHistory(id)) {
            lines.append(u"  status %1 %2→%3 %4 %5 «%6»"_s.arg(change.id)
                             .arg(statusKey(change.from), statusKey(change.to),
                                  change.at.toString(Qt::ISODateWithMs), change.author, change.comment));
        }
        if (const std::optional<qint64> approved = library.lastApprovedRevision(id))
            lines.append(u"  last approved %1"_s.arg(*approved));
        // Attachments: every value, and the content they name, byte for byte.
        for (const Attachment &a : resource->attachments) {
            const QByteArray data = a.isFile() ? library.attachmentData(a.sha256) : QByteArray();
            lines.append(u"  attachment %1 «%2» %3 members=%4 %5 %6 %7 %8 %9 data=%10"_s.arg(a.id)
                             .arg(a.title, attachmentKindKey(a.kind))
                             .arg(a.membersOnly)
                             .arg(a.fileName, a.mimeType)
                             .arg(a.size)
                             .arg(a.sha256, a.url,
                                  QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())));
        }
        lines.append(u"  dismissed "_s + resource->dismissedChecks.join(u','));
    }
    lines.append(u"types "_s + library.resourceTypes().join(u'|'));
    for (const Person &person : library.people())
        lines.append(u"person %1 %2 %3 %4"_s.arg(person.id).arg(person.name, person.function, person.organisation));
    for (const Organisation &organisation : library.organisations())
        lines.append(u"organisation %1 %2"_s.arg(organisation.id).arg(organisation.name));
    for (const QString &key : imageKeys) {
        QString mime;
        const QByteArray data = library.loadImage(key, &mime);
        lines.append(u"image %1 %2 %3"_s.arg(key, mime,
                                              QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())));
    }
    lines.append(u"value language="_s + library.libraryValue(u"document-language"_s));
    lines.append(u"value other="_s + library.libraryValue(u"réglage"_s));
    ResourceFilter search;
    search.searchText = u"oeuvre commu"_s;
    QStringList found;
    for (const ResourceSummary &summary : library.listResources(search))
        found.append(QString::number(summary.id));
    lines.append(u"search "_s + found.join(u','));
    // Found by an attachment's title and by the text of its file.
    for (const QString &text : {u"diaporama economie"_s, u"cooperatives habitants"_s}) {
        search.searchText = text;
        found.clear();
        for (const ResourceSummary &summary : library.listResources(search))
            found.append(QString::number(summary.id));
        lines.append(u"search %1: %2"_s.arg(text, found.join(u',')));
    }
    return lines;
}

} // namespace

class TestLibraryCopy final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void roundTripSqlitePostgresSqlite();
    void copyIntoNonEmptyLibraryIsRefused_data();
    void copyIntoNonEmptyLibraryIsRefused();
    void cancelWritesNothing_data();
    void cancelWritesNothing();
    void copyOntoItselfIsRefused();
    void attachmentsTravelWithTheirResources();
    void archiveCoversEveryColumn_data();
    void archiveCoversEveryColumn();

private:
    QString newLocation(const QString &backend);
    // A SQLite library with edits, revisions, status changes, images, a restore, a merge and
    // a trashed resource; returns the keys of its images.
    QStringList fillLibrary(SqliteRepository &library);

    QTemporaryDir m_dir;
    PgRepositoryTest::Fixture m_fixture;
    int m_files = 0;
};

void TestLibraryCopy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s), "the QPSQL driver (libqt6sql6-psql) is missing");
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
}

QString TestLibraryCopy::newLocation(const QString &backend)
{
    if (backend == u"sqlite"_s)
        return m_dir.filePath(u"library-%1.actes"_s.arg(++m_files));
    const QString database = m_fixture.freshDatabase();
    return database.isEmpty() ? QString() : m_fixture.uri(database);
}

QStringList TestLibraryCopy::fillLibrary(SqliteRepository &library)
{
    QDateTime now(QDate(2024, 3, 14), QTime(9, 26, 53, 589), Qt::UTC);
    library.setClock([&now] { return now; });
    auto later = [&now](int seconds) { now = now.addMSecs(seconds * 1000 + 7); };

    library.addResourceType(u"Note interne"_s);
    library.setLibraryValue(u"document-language"_s, u"fr_FR"_s);
    library.setLibraryValue(u"réglage"_s, u"valeur « typographique »"_s);
    const QString photo = library.storeImage(imageBytes('a', 3000), u"image/png"_s);
    const QString chart = library.storeImage(imageBytes('b', 70000), u"image/jpeg"_s);

    library.setCurrentAuthor(u"Claire"_s);
    Resource first = StorageTest::fullResource(u"Rencontre de l’œuvre commune"_s);
    first.status = Status::Draft;
    // Attached documents: a file with its text, a members-only file, a link; one of them is
    // detached later (its content stays for the revision that names it).
    Attachment slides;
    slides.title = u"Diaporama – économie sociale"_s;
    slides.kind = AttachmentKind::Slides;
    slides.fileName = u"diaporama.pdf"_s;
    slides.mimeType = u"application/pdf"_s;
    slides.size = 5000;
    slides.sha256 = library.storeAttachmentData(imageBytes('p', 5000), u"Les coopératives d’habitants"_s);
    Attachment study = slides;
    study.title = u"Étude réservée"_s;
    study.kind = AttachmentKind::Study;
    study.membersOnly = true;
    study.fileName = u"étude.odt"_s;
    study.mimeType = u"application/vnd.oasis.opendocument.text"_s;
    study.size = 90000;
    study.sha256 = library.storeAttachmentData(imageBytes('s', 90000));
    Attachment video;
    video.title = u"Vidéo"_s;
    video.kind = AttachmentKind::Video;
    video.url = u"https://videos.example.org/rencontre"_s;
    first.attachments = {slides, study, video};
    first.dismissedChecks = {u"missing-programme"_s};
    first.bodyHtml += u"<p><img src=\"actes-image:%1\"></p>"_s.arg(photo);
    first = library.createResource(first);
    later(60);
    first.place = u"Lille"_s;
    first.attachments.removeAt(1);
    first = library.saveResource(first);   // coalesced into the creation session
    later(20 * 60);
    library.setCurrentAuthor(u"Mehdi"_s);
    first.bodyHtml = u"<p>Version de Mehdi, œuvre commune.</p><p><img src=\"actes-image:%1\"></p>"_s.arg(chart);
    first = library.saveResource(first);
    later(30);
    library.changeStatus(first.id, Status::InReview, u"Mehdi"_s, u"Prêt à relire"_s, first.version);
    later(45);
    library.changeStatus(first.id, Status::Approved, u"Claire"_s, u"Validé"_s, library.storedVersion(first.id));
    later(15 * 60);
    const QList<RevisionInfo> revisions = library.revisions(first.id);
    library.restoreRevision(revisions.constLast().id, u"Claire"_s, library.storedVersion(first.id));

    Resource second = StorageTest::fullResource(u"Séminaire « Économie sociale »"_s);
    second.type = u"Note interne"_s;
    second.dateStart = QDate();
    second.dateEnd = QDate();
    second.attendance.reset();
    library.setCurrentAuthor(u"Anaïs"_s);
    second = library.createResource(second);

    Resource trashed = StorageTest::fullResource(u"Brouillon abandonné"_s);
    Attachment programme;
    programme.title = u"Programme"_s;
    programme.kind = AttachmentKind::Programme;
    programme.fileName = u"programme.pdf"_s;
    programme.mimeType = u"application/pdf"_s;
    programme.size = 1200;
    programme.sha256 = library.storeAttachmentData(imageBytes('g', 1200));
    trashed.attachments = {programme};
    trashed = library.createResource(trashed);
    later(90);
    library.moveToTrash({trashed.id});

    Person alone;
    alone.name = u"Ophélie Martin"_s;
    alone.function = u"Directrice"_s;
    library.savePerson(alone);
    const QList<Person> people = library.people();
    // Two entries for one person, merged: the links follow.
    Person duplicate;
    duplicate.name = u"Anaïs Lefèvre"_s;
    duplicate.function = u"Élue"_s;
    duplicate = library.savePerson(duplicate);
    library.mergePeople(people.constFirst().id, {duplicate.id});
    return {photo, chart};
}

void TestLibraryCopy::roundTripSqlitePostgresSqlite()
{
    auto source = SqliteRepository::open(newLocation(u"sqlite"_s));
    const QStringList images = fillLibrary(*source);
    const QStringList original = visibleContent(*source, images);
    QVERIFY(original.size() > 20);

    auto server = openLibrary(newLocation(u"postgresql"_s));
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    const LibraryCopy::Result first = LibraryCopy::copy(*source, *server, [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    QVERIFY(!first.cancelled);
    QCOMPARE(lastDone, lastTotal);
    QCOMPARE(lastTotal, first.rows());
    QCOMPARE(visibleContent(*server, images), original);
    QCOMPARE(LibraryCopy::summarize(*server), first.tables);
    QCOMPARE(LibraryCopy::summarize(*source), first.tables);

    auto personal = openLibrary(newLocation(u"sqlite"_s));
    const LibraryCopy::Result second = LibraryCopy::copy(*server, *personal);
    QVERIFY(!second.cancelled);
    QCOMPARE(second.tables, first.tables);
    QCOMPARE(visibleContent(*personal, images), original);

    // The copies go on as libraries: new ids follow the copied ones, revisions keep counting.
    for (ResourceRepository *copy : {server.get(), personal.get()}) {
        copy->setCurrentAuthor(u"Zoé"_s);
        const Resource added = copy->createResource(StorageTest::fullResource(u"Après la copie"_s));
        QVERIFY(added.id > source->listResources({}).constFirst().id);
        const qint64 firstId = source->findResource(u"Rencontre de l’œuvre commune"_s, QDate(2023, 11, 28)).value();
        Resource edited = copy->loadResource(firstId).value();
        edited.place = u"Roubaix"_s;
        copy->saveResource(edited);
        QCOMPARE(copy->revisions(firstId).constFirst().number, source->revisions(firstId).constFirst().number + 1);
    }
}

void TestLibraryCopy::attachmentsTravelWithTheirResources()
{
    auto source = SqliteRepository::open(newLocation(u"sqlite"_s));
    const QStringList images = fillLibrary(*source);
    const QStringList original = visibleContent(*source, images);
    QVERIFY(original.filter(u"  attachment "_s).size() >= 3);
    QVERIFY(original.contains(u"search diaporama economie: %1"_s.arg(
        source->findResource(u"Rencontre de l’œuvre commune"_s, QDate(2023, 11, 28)).value())));

    auto copy = SqliteRepository::open(newLocation(u"sqlite"_s));
    const LibraryCopy::Result result = LibraryCopy::copy(*source, *copy);
    QVERIFY(!result.cancelled);
    QCOMPARE(visibleContent(*copy, images), original);
    QCOMPARE(LibraryCopy::summarize(*copy), result.tables);
    // Every stored content travels: the used ones, the trashed resource's, and the members-only
    // study detached in the creation session (nothing names it until a purge deletes it).
    const qint64 firstId = source->findResource(u"Rencontre de l’œuvre commune"_s, QDate(2023, 11, 28)).value();
    const int contents = [&] {
        QSqlQuery query(QSqlDatabase::database(copy->connectionName()));
        query.exec(u"SELECT count(*) FROM attachment_data"_s);
        return query.next() ? query.value(0).toInt() : -1;
    }();
    QCOMPARE(contents, 3);

    // A new attachment in the copy never takes an id the original used.
    qint64 highest = 0;
    for (const QString &line : original.filter(u"  attachment "_s))
        highest = std::max(highest, line.section(u' ', 3, 3).toLongLong());
    Resource edited = copy->loadResource(firstId).value();
    Attachment link;
    link.title = u"Photos"_s;
    link.kind = AttachmentKind::Photos;
    link.url = u"https://photos.example.org/"_s;
    edited.attachments.append(link);
    edited = copy->saveResource(edited);
    QVERIFY2(edited.attachments.constLast().id > highest, qPrintable(QString::number(highest)));
}

void TestLibraryCopy::copyIntoNonEmptyLibraryIsRefused_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void TestLibraryCopy::copyIntoNonEmptyLibraryIsRefused()
{
    QFETCH(QString, backend);
    auto source = SqliteRepository::open(newLocation(u"sqlite"_s));
    fillLibrary(*source);
    const QString location = newLocation(backend);
    {
        auto destination = openLibrary(location);
        destination->createResource(StorageTest::fullResource(u"Déjà là"_s));
    }
    const QString database = location.section(u'/', 3).section(u'?', 0, 0);
    auto before = [&] {
        return backend == u"sqlite"_s ? QString::fromLatin1(StorageTest::fileHash(location).toHex())
                                      : m_fixture.state(QUrl::fromPercentEncoding(database.toUtf8()));
    };
    const QString state = before();
    QVERIFY(!state.isEmpty());
    {
        auto destination = openLibrary(location);
        try {
            LibraryCopy::copy(*source, *destination);
            QFAIL("a copy into a non-empty library was accepted");
        } catch (const LibraryError &error) {
            QCOMPARE(error.kind(), LibraryError::Kind::Invalid);
            QVERIFY2(error.message().contains(u"not empty"_s), qPrintable(error.message()));
        }
        QCOMPARE(destination->countResources(), 1);
    }
    QCOMPARE(before(), state);
}

void TestLibraryCopy::cancelWritesNothing_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("cancelAfter");   // progress calls answered true before the cancel
    QTest::newRow("sqlite, at once") << u"sqlite"_s << 0;
    QTest::newRow("sqlite, midway") << u"sqlite"_s << 3;
    QTest::newRow("postgresql, at once") << u"postgresql"_s << 0;
    QTest::newRow("postgresql, midway") << u"postgresql"_s << 3;
}

void TestLibraryCopy::cancelWritesNothing()
{
    QFETCH(QString, backend);
    QFETCH(int, cancelAfter);
    auto source = SqliteRepository::open(newLocation(u"sqlite"_s));
    fillLibrary(*source);
    auto destination = openLibrary(newLocation(backend));
    const QList<LibraryCopy::TableSummary> empty = LibraryCopy::summarize(*destination);
    int calls = 0;
    const LibraryCopy::Result result = LibraryCopy::copy(*source, *destination, [&](qint64, qint64) {
        return calls++ < cancelAfter;
    });
    QVERIFY(result.cancelled);
    QCOMPARE(calls, cancelAfter + 1);
    QCOMPARE(LibraryCopy::summarize(*destination), empty);
    QCOMPARE(destination->countResources(), 0);
    QVERIFY(LibraryArchive::of(*destination)->isEmptyLibrary());
    // Still usable, and a copy after the cancel goes through.
    QVERIFY(!LibraryCopy::copy(*source, *destination).cancelled);
    QCOMPARE(LibraryCopy::summarize(*destination), LibraryCopy::summarize(*source));
}

void TestLibraryCopy::copyOntoItselfIsRefused()
{
    auto library = SqliteRepository::open(newLocation(u"sqlite"_s));
    try {
        LibraryCopy::copy(*library, *library);
        QFAIL("a library was copied onto itself");
    } catch (const LibraryError &error) {
        QCOMPARE(error.kind(), LibraryError::Kind::Invalid);
    }
}

void TestLibraryCopy::archiveCoversEveryColumn_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

// A column added to the schema but not to archiveTables() would be silently left out of every
// copy: every stored column is either archived or derived data that finishLoad() rebuilds.
void TestLibraryCopy::archiveCoversEveryColumn()
{
    QFETCH(QString, backend);
    QStringList archived;
    for (const ArchiveTable &table : archiveTables()) {
        for (const ArchiveColumn &column : table.columns)
            archived.append(table.name + u'.' + column.name);
    }
    archived.sort();

    QStringList stored;
    auto library = openLibrary(newLocation(backend));
    if (backend == u"sqlite"_s) {
        auto *sqlite = dynamic_cast<SqliteRepository *>(library.get());
        QSqlDatabase db = QSqlDatabase::database(sqlite->connectionName(), false);
        QSqlQuery tables(db);
        QVERIFY(tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                            u"AND name NOT LIKE 'resource_fts%'"_s));
        while (tables.next()) {
            QSqlQuery columns(db);
            QVERIFY(columns.exec(u"PRAGMA table_info(%1)"_s.arg(tables.value(0).toString())));
            while (columns.next())
                stored.append(tables.value(0).toString() + u'.' + columns.value(1).toString());
        }
    } else {
        auto *postgres = dynamic_cast<PostgresRepository *>(library.get());
        QSqlQuery columns(QSqlDatabase::database(postgres->connectionName(), false));
        QVERIFY(columns.exec(u"SELECT table_name || '.' || column_name FROM information_schema.columns "
                             u"WHERE table_schema = 'public' AND table_name NOT IN "
                             u"('actes_meta', 'actes_change', 'resource_search', 'member', 'actes_presence')"_s));
        // member: the logins of the server that may use this library, not copied (a copy is
        // another library, whose owner adds its members); the history keeps their logins.
        // actes_presence: who is editing now, transient.
        while (columns.next())
            stored.append(columns.value(0).toString());
    }
    stored.sort();
    QCOMPARE(stored, archived);
}

QTEST_GUILESS_MAIN(TestLibraryCopy)
#include "tst_librarycopy.moc"
