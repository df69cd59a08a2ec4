// Seeing each other work in a team library: two connections (two members' applications) on one
// throwaway server. A save and a status change made by one are announced to the other within a
// second, naming the resources, so that only those rows are reloaded; presence ("is editing")
// appears for the other, and goes when the editing connection ends or its heartbeat stops;
// the server lets a member write only their own presence.
#include "library/library.h"
#include "library/presencetracker.h"
#include "session/editsession.h"
#include "session/resourcedocument.h"
#include "storage/libraryerror.h"
#include "storage/postgresrepository.h"
#include "storage/sqliterepository.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "pgrepositorytest.h"
#include "storagetest.h"

using namespace Qt::StringLiterals;
using namespace Actes;
using namespace StorageTest;

class TestPgLive final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void saveIsAnnouncedToTheOtherWithItsIdsWithinASecond();
    void statusChangeIsAnnouncedToTheOtherWithinASecond();
    void changesOfAnotherKindReloadEverything();
    void openResourceFollowsAnotherMembersChange();
    void personalLibraryFollowsAnotherWindowAndHasNoPresence();
    void presenceAppearsForTheOtherAndEndsWithTheConnection();
    void presenceExpiresWithoutHeartbeat();
    void trackersShowWhoIsEditing();
    void serverLetsMembersWriteOnlyTheirOwnPresence();

private:
    std::unique_ptr<PostgresRepository> open(const QString &author)
    {
        auto repository = PostgresRepository::open(m_fixture.uri(m_database));
        repository->setCurrentAuthor(author);
        return repository;
    }
    qint64 backendPid(const PostgresRepository &repository)
    {
        QSqlQuery query(QSqlDatabase::database(repository.connectionName(), false));
        return query.exec(u"SELECT pg_backend_pid()"_s) && query.next() ? query.value(0).toLongLong() : 0;
    }
    static QList<qint64> idsOf(const QSignalSpy &spy, int index)
    {
        return spy.at(index).at(0).value<QList<qint64>>();
    }

    PgRepositoryTest::Fixture m_fixture;
    QString m_database;
    QTemporaryDir m_drafts;
};

void TestPgLive::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s), "the QPSQL driver (libqt6sql6-psql) is missing");
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
}

void TestPgLive::init()
{
    m_database = m_fixture.freshDatabase();
    QVERIFY2(!m_database.isEmpty(), qPrintable(m_fixture.errorString()));
}

void TestPgLive::cleanup()
{
    m_fixture.closeDirect(m_database);
}

void TestPgLive::saveIsAnnouncedToTheOtherWithItsIdsWithinASecond()
{
    auto claire = open(u"Claire Martin"_s);
    auto paul = open(u"Paul Durand"_s);
    const Resource first = claire->createResource(fullResource(u"Assemblée générale"_s));
    const Resource second = claire->createResource(fullResource(u"Forum des associations"_s));
    Library clairesLibrary;
    Library paulsLibrary;
    for (Library *library : {&clairesLibrary, &paulsLibrary})
        library->setPollInterval(0);   // only the notification can tell
    clairesLibrary.setRepository(claire.get());
    paulsLibrary.setRepository(paul.get());
    QSignalSpy elsewhere(&paulsLibrary, &Library::resourcesChangedElsewhere);
    QSignalSpy changed(&paulsLibrary, &Library::resourcesChanged);
    QSignalSpy external(&paulsLibrary, &Library::externalChange);
    QSignalSpy directory(&paulsLibrary, &Library::directoryChanged);

    Resource edited = first;
    edited.title = u"Assemblée générale de printemps"_s;
    QElapsedTimer clock;
    clock.start();
    clairesLibrary.saveResource(edited);
    QVERIFY(elsewhere.wait(1000));
    const qint64 latency = clock.elapsed();
    qInfo("a save announced to the other member after %lld ms", latency);
    QVERIFY2(latency < 1000, qPrintable(QString::number(latency)));
    QCOMPARE(idsOf(elsewhere, 0), QList<qint64>{first.id});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(idsOf(changed, 0), QList<qint64>{first.id});   // that row only, not "anything"
    QCOMPARE(external.count(), 0);
    QCOMPARE(paul->loadResource(first.id)->title, u"Assemblée générale de printemps"_s);
    QVERIFY(!paulsLibrary.poll());   // counted once

    // Several resources in one transaction: all of them, still no "anything".
    claire->inTransaction([&] {
        Resource a = *claire->loadResource(first.id);
        a.place = u"Lyon"_s;
        claire->saveResource(a);
        Resource b = *claire->loadResource(second.id);
        b.place = u"Lyon"_s;
        claire->saveResource(b);
    });
    QVERIFY(elsewhere.wait(1000));
    QList<qint64> ids = idsOf(elsewhere, 1);
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<qint64>{first.id, second.id}));
    QCOMPARE(external.count(), 0);

    // A new resource is named too (the list reloads its rows to show it).
    const Resource third = clairesLibrary.createResource(fullResource(u"Journée d’étude"_s));
    QVERIFY(elsewhere.wait(1000));
    QCOMPARE(idsOf(elsewhere, 2), QList<qint64>{third.id});
    QCOMPARE(external.count(), 0);
    QCOMPARE(directory.count(), 0);   // nobody new in the address book so far

    // A save that adds someone to the address book says so (the others' completions follow).
    Resource withNewcomer = *claire->loadResource(third.id);
    withNewcomer.participants.append(Participant{0, u"Inès Garnier"_s, u"Chargée de mission"_s, {}, {}});
    clairesLibrary.saveResource(withNewcomer);
    QVERIFY(elsewhere.wait(1000));
    QCOMPARE(directory.count(), 1);
    QCOMPARE(idsOf(elsewhere, 3), QList<qint64>{third.id});
    QCOMPARE(external.count(), 0);
}

void TestPgLive::statusChangeIsAnnouncedToTheOtherWithinASecond()
{
    auto claire = open(u"Claire Martin"_s);
    auto paul = open(u"Paul Durand"_s);
    const Resource stored = claire->createResource(fullResource(u"Rencontre régionale"_s));
    Library clairesLibrary;
    Library paulsLibrary;
    for (Library *library : {&clairesLibrary, &paulsLibrary})
        library->setPollInterval(0);
    clairesLibrary.setRepository(claire.get());
    paulsLibrary.setRepository(paul.get());
    QSignalSpy status(&paulsLibrary, &Library::statusChanged);
    QSignalSpy changed(&paulsLibrary, &Library::resourcesChanged);
    QSignalSpy external(&paulsLibrary, &Library::externalChange);

    QElapsedTimer clock;
    clock.start();
    claire->changeStatus(stored.id, Status::Approved, u"Claire Martin"_s, u"Relu"_s, stored.version);
    clairesLibrary.announceStatusChanged(stored.id);
    QVERIFY2(status.wait(1000), qPrintable(u"%1 %2"_s.arg(changed.count()).arg(external.count())));
    const qint64 latency = clock.elapsed();
    qInfo("a status change announced to the other member after %lld ms", latency);
    QVERIFY2(latency < 1000, qPrintable(QString::number(latency)));
    QCOMPARE(status.count(), 1);
    QCOMPARE(status.at(0).at(0).toLongLong(), stored.id);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(idsOf(changed, 0), QList<qint64>{stored.id});
    QCOMPARE(external.count(), 0);
    QCOMPARE(paul->loadResource(stored.id)->status, Status::Approved);

    // A plain save does not say the status changed.
    Resource edited = *claire->loadResource(stored.id);
    edited.place = u"Grenoble"_s;
    clairesLibrary.saveResource(edited);
    QVERIFY(changed.wait(1000));
    QCOMPARE(status.count(), 1);
}

void TestPgLive::changesOfAnotherKindReloadEverything()
{
    auto claire = open(u"Claire Martin"_s);
    auto paul = open(u"Paul Durand"_s);
    const Resource stored = claire->createResource(fullResource(u"Atelier"_s));
    Library paulsLibrary;
    paulsLibrary.setPollInterval(0);
    paulsLibrary.setRepository(paul.get());
    QSignalSpy external(&paulsLibrary, &Library::externalChange);
    QSignalSpy elsewhere(&paulsLibrary, &Library::resourcesChangedElsewhere);

    // The trash, the directory, a library value: anything may differ.
    claire->moveToTrash({stored.id});
    QVERIFY(external.wait(1000));
    Person person;
    person.name = u"Jeanne Roux"_s;
    claire->savePerson(person);
    QVERIFY(external.wait(1000));
    claire->setLibraryValue(u"document/language"_s, u"en"_s);
    QVERIFY(external.wait(1000));
    QCOMPARE(elsewhere.count(), 0);
    QCOMPARE(external.count(), 3);
    QVERIFY(!paulsLibrary.poll());
}

void TestPgLive::openResourceFollowsAnotherMembersChange()
{
    auto claire = open(u"Claire Martin"_s);
    auto paul = open(u"Paul Durand"_s);
    Resource stored = claire->createResource(fullResource(u"Conseil d’administration"_s));
    Library paulsLibrary;
    paulsLibrary.setPollInterval(0);
    paulsLibrary.setRepository(paul.get());
    EditSession session;
    session.setRepository(paul.get(), m_drafts.path());
    session.setLibrary(&paulsLibrary);
    QVERIFY(session.open(stored.id));
    QSignalSpy elsewhere(&session, &EditSession::changedElsewhere);
    QSignalSpy loaded(&session, &EditSession::resourceLoaded);

    // Nothing edited here: the new version is shown, and who changed what is said.
    Resource theirs = stored;
    theirs.title = u"Conseil d’administration de juin"_s;
    theirs.bodyHtml = u"<p>Ordre du jour modifié.</p>"_s;
    stored = claire->saveResource(theirs);
    QVERIFY(elsewhere.wait(1000));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(session.storedResource().title, u"Conseil d’administration de juin"_s);
    QCOMPARE(session.document()->content().title, u"Conseil d’administration de juin"_s);
    QVERIFY(!session.document()->undoStack()->canUndo());
    auto change = elsewhere.at(0).at(0).value<EditSession::ChangeElsewhere>();
    QCOMPARE(change.resourceId, stored.id);
    QCOMPARE(change.author, u"Claire Martin"_s);
    QCOMPARE(change.fields, (QStringList{u"title"_s, u"body"_s}));
    QVERIFY(change.reloaded);
    QVERIFY(!change.byMe);   // Paul did not write it
    QVERIFY(change.at.isValid());

    // Edited here: the edit stays, it is said once, and saving is a conflict as before.
    Resource mine = session.currentContent();
    mine.place = u"Chambéry"_s;
    session.updateContent(mine);
    QVERIFY(session.isDirty());
    theirs = stored;
    theirs.summaryHtml = u"<p>Résumé revu.</p>"_s;
    claire->saveResource(theirs);
    QVERIFY(elsewhere.wait(1000));
    change = elsewhere.at(1).at(0).value<EditSession::ChangeElsewhere>();
    QCOMPARE(change.fields, QStringList{u"summary"_s});
    QVERIFY(!change.reloaded);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(session.currentContent().place, u"Chambéry"_s);
    QVERIFY(!session.followChangeElsewhere());   // said once only
    QSignalSpy conflict(&session, &EditSession::conflict);
    QVERIFY(!session.save());
    QCOMPARE(conflict.count(), 1);
}

// SQLite: another window of the same person is found by the poll; the change is theirs ("you,
// in another window"); nobody else can be editing.
void TestPgLive::personalLibraryFollowsAnotherWindowAndHasNoPresence()
{
    const QString path = m_drafts.filePath(u"personnelle.actes"_s);
    auto mine = SqliteRepository::open(path);
    auto other = SqliteRepository::open(path);
    mine->setCurrentAuthor(u"Claire Martin"_s);
    other->setCurrentAuthor(u"Claire Martin"_s);
    Resource stored = mine->createResource(fullResource(u"Réunion d’équipe"_s));
    Library library;
    library.setPollInterval(0);
    library.setRepository(mine.get());
    EditSession session;
    session.setRepository(mine.get(), m_drafts.path());
    session.setLibrary(&library);
    QVERIFY(session.open(stored.id));
    QSignalSpy elsewhere(&session, &EditSession::changedElsewhere);

    stored.place = u"Valence"_s;
    other->saveResource(stored);
    QVERIFY(library.poll());
    QCOMPARE(elsewhere.count(), 1);
    const auto change = elsewhere.at(0).at(0).value<EditSession::ChangeElsewhere>();
    QVERIFY(change.byMe);
    QVERIFY(change.reloaded);
    QCOMPARE(change.fields, QStringList{u"place"_s});
    QCOMPARE(session.storedResource().place, u"Valence"_s);

    other->setEditing(stored.id, u"Claire Martin"_s);
    QVERIFY(mine->othersEditing().isEmpty());
    QVERIFY(!mine->setPresenceListener([] {}));
}

void TestPgLive::presenceAppearsForTheOtherAndEndsWithTheConnection()
{
    auto claire = open(u"Claire Martin"_s);
    auto paul = open(u"Paul Durand"_s);
    const Resource stored = claire->createResource(fullResource(u"Séminaire"_s));
    QVERIFY(paul->othersEditing().isEmpty());
    int told = 0;
    QVERIFY(paul->setPresenceListener([&told] { ++told; }));

    claire->setEditing(stored.id, u"Claire Martin"_s);
    QTRY_COMPARE_WITH_TIMEOUT(told, 1, 1000);
    const QList<EditingPresence> others = paul->othersEditing();
    QCOMPARE(int(others.size()), 1);
    QCOMPARE(others.first().resourceId, stored.id);
    QCOMPARE(others.first().name, u"Claire Martin"_s);
    QCOMPARE(others.first().login, Actes::Test::PgTestServer::superuser());
    QVERIFY(claire->othersEditing().isEmpty());   // never one's own
    // A heartbeat is no news for the others.
    claire->setEditing(stored.id, u"Claire Martin"_s);
    QTest::qWait(200);
    QCOMPARE(told, 1);

    // Stopping is said at once.
    claire->setEditing(0, {});
    QTRY_COMPARE_WITH_TIMEOUT(told, 2, 1000);
    QVERIFY(paul->othersEditing().isEmpty());

    // Claire's application crashes: the server ends her session, and her presence with it.
    claire->setEditing(stored.id, u"Claire Martin"_s);
    QTRY_COMPARE_WITH_TIMEOUT(int(paul->othersEditing().size()), 1, 1000);
    const qint64 pid = backendPid(*claire);
    QVERIFY(pid > 0);
    QVERIFY(m_fixture.server().psql(u"SELECT pg_terminate_backend(%1, 5000)"_s.arg(pid), m_database));
    QElapsedTimer clock;
    clock.start();
    QTRY_VERIFY_WITH_TIMEOUT(paul->othersEditing().isEmpty(), 30000);
    qInfo("presence gone %lld ms after the connection ended", clock.elapsed());
    QVERIFY(clock.elapsed() < 1000);
}

void TestPgLive::presenceExpiresWithoutHeartbeat()
{
    auto claire = open(u"Claire Martin"_s);
    auto paul = open(u"Paul Durand"_s);
    const Resource stored = claire->createResource(fullResource(u"Colloque"_s));
    claire->setEditing(stored.id, u"Claire Martin"_s);
    QCOMPARE(int(paul->othersEditing().size()), 1);

    // The heartbeat's age, as if Claire's application had stopped answering (a frozen laptop
    // whose connection the server has not seen end yet).
    auto age = [&](int seconds) {
        QVERIFY(m_fixture.server().psql(
            u"UPDATE actes_presence SET heartbeat = now() - interval '%1 seconds'"_s.arg(seconds), m_database));
    };
    age(PresenceStore::PresenceExpirySeconds - 5);
    QCOMPARE(int(paul->othersEditing().size()), 1);
    age(PresenceStore::PresenceExpirySeconds + 1);
    QVERIFY(paul->othersEditing().isEmpty());
    // The next heartbeat brings it back.
    claire->setEditing(stored.id, u"Claire Martin"_s);
    QCOMPARE(int(paul->othersEditing().size()), 1);
    // Expiry plus the others' poll stays under the 30 seconds promised.
    QVERIFY(PresenceStore::PresenceExpirySeconds * 1000 + PresenceTracker::DefaultPollMs < 30000);
    QVERIFY(PresenceStore::PresenceHeartbeatSeconds * 2 <= PresenceStore::PresenceExpirySeconds);
}

void TestPgLive::trackersShowWhoIsEditing()
{
    auto claire = open(u"Claire Martin"_s);
    auto paul = open(u"Paul Durand"_s);
    const Resource stored = claire->createResource(fullResource(u"Université d’été"_s));
    Library clairesLibrary;
    Library paulsLibrary;
    clairesLibrary.setRepository(claire.get());
    paulsLibrary.setRepository(paul.get());
    EditSession session;
    session.setRepository(claire.get(), m_drafts.path());
    session.setLibrary(&clairesLibrary);
    PresenceTracker clairesPresence;
    clairesPresence.setLibrary(&clairesLibrary);
    clairesPresence.setSession(&session);
    clairesPresence.setIntervals(100, 100, 600);   // the last edit counts for 0.6 s here
    PresenceTracker paulsPresence;
    paulsPresence.setLibrary(&paulsLibrary);
    paulsPresence.setIntervals(100, 60000, 600);   // only the notifications
    QSignalSpy editors(&paulsPresence, &PresenceTracker::editorsChanged);

    // Opening is not editing.
    QVERIFY(session.open(stored.id));
    QTest::qWait(200);
    QCOMPARE(clairesPresence.editingHere(), 0);
    QVERIFY(paulsPresence.editorsOf(stored.id).isEmpty());

    // Typing is.
    Resource mine = session.currentContent();
    mine.place = u"Annecy"_s;
    session.updateContent(mine);
    QCOMPARE(clairesPresence.editingHere(), stored.id);
    QVERIFY(editors.wait(1000));
    QCOMPARE(paulsPresence.editorsOf(stored.id), QStringList{u"Claire Martin"_s});
    QVERIFY(clairesPresence.editorsOf(stored.id).isEmpty());

    // Saved: still at work on it for a while, then no more.
    QVERIFY(session.save());
    QTest::qWait(100);
    QCOMPARE(paulsPresence.editorsOf(stored.id), QStringList{u"Claire Martin"_s});
    QTRY_VERIFY_WITH_TIMEOUT(paulsPresence.editorsOf(stored.id).isEmpty(), 3000);
    QCOMPARE(clairesPresence.editingHere(), 0);

    // Typing again, then the application closes: gone for Paul at once.
    session.updateContent(mine);
    QTRY_COMPARE_WITH_TIMEOUT(paulsPresence.editorsOf(stored.id), QStringList{u"Claire Martin"_s}, 1000);
    clairesPresence.stop();
    QTRY_VERIFY_WITH_TIMEOUT(paulsPresence.editorsOf(stored.id).isEmpty(), 1000);
}

void TestPgLive::serverLetsMembersWriteOnlyTheirOwnPresence()
{
    auto claire = open(u"Claire Martin"_s);   // the database owner
    const Resource stored = claire->createResource(fullResource(u"Bureau"_s));
    claire->setEditing(stored.id, u"Claire Martin"_s);
    QVERIFY(m_fixture.server().psql(u"DROP ROLE IF EXISTS paul; CREATE ROLE paul LOGIN"_s));

    const QString name = u"as-paul"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(m_fixture.server().socketDir());
        db.setPort(m_fixture.server().port());
        db.setUserName(u"paul"_s);
        db.setDatabaseName(m_database);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        auto exec = [&db](const QString &sql, int *rows = nullptr) {
            QSqlQuery query(db);
            const bool ok = query.exec(sql);
            if (rows)
                *rows = query.numRowsAffected();
            return ok;
        };
        const QString own = u"(SELECT pid, backend_start FROM pg_stat_activity WHERE pid = pg_backend_pid())"_s;
        // Under another login, or for another connection: refused.
        QVERIFY(!exec(u"INSERT INTO actes_presence (pid, backend_start, login, name, resource_id) SELECT pid, "
                      u"backend_start, 'postgres', 'Claire Martin', 1 FROM "_s + own + u" s"_s));
        QVERIFY(!exec(u"INSERT INTO actes_presence (pid, backend_start, name, resource_id) VALUES "
                      u"(pg_backend_pid() + 1, now(), 'Paul Durand', 1)"_s));
        // Others' rows cannot be changed or removed.
        int rows = -1;
        QVERIFY(exec(u"UPDATE actes_presence SET resource_id = 99"_s, &rows));
        QCOMPARE(rows, 0);
        QVERIFY(exec(u"DELETE FROM actes_presence"_s, &rows));
        QCOMPARE(rows, 0);
        // One's own connection, under one's own login: allowed, and seen by the others.
        QVERIFY(exec(u"INSERT INTO actes_presence (pid, backend_start, name, resource_id) SELECT pid, "
                     u"backend_start, 'Paul Durand', "_s
                     + QString::number(stored.id) + u" FROM "_s + own + u" s"_s));
        const QList<EditingPresence> others = claire->othersEditing();
        QCOMPARE(int(others.size()), 1);
        QCOMPARE(others.first().login, u"paul"_s);
        QVERIFY(exec(u"DELETE FROM actes_presence"_s, &rows));
        QCOMPARE(rows, 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM actes_presence"_s), 1);   // Claire's
}

QTEST_GUILESS_MAIN(TestPgLive)
#include "tst_pglive.moc"
