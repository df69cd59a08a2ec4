// Attached documents in a team library: their content and rows through the repository, and the
// rules the server enforces for them whatever the client (plain SQL as each member's login, as
// psql would do), on a throwaway server.
#include "storage/libraryerror.h"
#include "storage/postgresrepository.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace Actes;
using Kind = LibraryError::Kind;

#include "pgrepositorytest.h"
#include "storagetest.h"

using namespace StorageTest;

class TestPgAttachments final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void contentIsKeptOnceUnderItsHash();
    void attachmentsAreSavedWithTheResource();
    void removedAttachmentComesBackWithItsRevision();
    void fileWithoutContentIsRefused();
    void savingAnAttachmentNamesTheResourceToOthers();
    void searchFindsAttachmentTitlesAndText();
    void largeFileIsStoredAndReadBack();
    void authorCannotChangeOrDeleteContent();
    void rowsAreWrittenOnlyWithTheirResource();
    void onlyAnAdministratorPurges();
    void schemaTwoIsUpgradedInPlace();

private:
    std::unique_ptr<PostgresRepository> owner() { return PostgresRepository::open(m_fixture.uri(m_database)); }
    std::unique_ptr<PostgresRepository> openAs(const QString &who)
    {
        return PostgresRepository::open(m_fixture.server().socketUri(m_database, login(who)));
    }
    void addTeam(PostgresRepository &owner);
    QString login(const QString &who) const { return who + u"_a"_s + QString::number(m_number); }
    QSqlDatabase sqlAs(const QString &who);
    // Runs sql as db: the SQLSTATE of its error, "" when it succeeded.
    static QString exec(QSqlDatabase db, const QString &sql, QString *message = nullptr);
    static Attachment fileAttachment(const QString &title, const QString &sha, qint64 size)
    {
        Attachment a;
        a.title = title;
        a.kind = AttachmentKind::Slides;
        a.fileName = title + u".pdf"_s;
        a.mimeType = u"application/pdf"_s;
        a.size = size;
        a.sha256 = sha;
        return a;
    }
    static Attachment linkAttachment(const QString &title, const QString &url)
    {
        Attachment a;
        a.title = title;
        a.kind = AttachmentKind::Video;
        a.url = url;
        return a;
    }

    PgRepositoryTest::Fixture m_fixture;
    QString m_database;
    int m_number = 0;
    QStringList m_connections;
};

void TestPgAttachments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s), "the QPSQL driver (libqt6sql6-psql) is missing");
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
}

void TestPgAttachments::init()
{
    m_database = m_fixture.freshDatabase();
    ++m_number;
    QVERIFY2(!m_database.isEmpty(), qPrintable(m_fixture.errorString()));
}

void TestPgAttachments::cleanup()
{
    PgRepositoryTest::closeSqlConnections(m_connections);
    m_fixture.closeDirect(m_database);
}

void TestPgAttachments::addTeam(PostgresRepository &owner)
{
    owner.addMember(Member{login(u"claire"_s), u"Claire Martin"_s, MemberRole::Author, false}, u"pw-claire"_s);
    owner.addMember(Member{login(u"rose"_s), u"Rose Dupont"_s, MemberRole::Reviewer, false}, u"pw-rose"_s);
    owner.addMember(Member{login(u"alain"_s), u"Alain Roux"_s, MemberRole::Admin, false}, u"pw-alain"_s);
}

QSqlDatabase TestPgAttachments::sqlAs(const QString &who)
{
    return PgRepositoryTest::sqlConnection(m_fixture, m_database, login(who), m_connections);
}

QString TestPgAttachments::exec(QSqlDatabase db, const QString &sql, QString *message)
{
    return PgRepositoryTest::sqlState(db, sql, message);
}

void TestPgAttachments::contentIsKeptOnceUnderItsHash()
{
    auto repo = owner();
    const QByteArray pdf = "%PDF-1.4\n% programme du séminaire\n\x00\x01\xff binary tail"_ba;
    const QString sha = repo->storeAttachmentData(pdf, u"Programme du séminaire"_s);
    QCOMPARE(sha, QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(repo->storeAttachmentData(pdf), sha);   // the same content again: kept once
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM attachment_data"_s), 1);
    QVERIFY(repo->hasAttachmentData(sha));
    QCOMPARE(repo->attachmentData(sha), pdf);
    QCOMPARE(repo->storeAttachmentData(QByteArray()), QString::fromLatin1(QCryptographicHash::hash(
                                                          QByteArray(), QCryptographicHash::Sha256).toHex()));
    const QString unknown(64, u'0');
    QVERIFY(!repo->hasAttachmentData(unknown));
    EXPECT_LIBRARY_ERROR(repo->attachmentData(unknown), Kind::NotFound);
}

void TestPgAttachments::attachmentsAreSavedWithTheResource()
{
    auto repo = owner();
    repo->setRevisionPolicy({0, 200});   // every save its own revision
    const QByteArray deck = "slides of the first day"_ba;
    const QByteArray study = "a study for the members"_ba;
    const QString deckSha = repo->storeAttachmentData(deck);
    const QString studySha = repo->storeAttachmentData(study);

    Resource r = fullResource(u"Séminaire des 3 et 4 mai 2016"_s);
    Attachment members = fileAttachment(u"Étude réservée"_s, studySha, study.size());
    members.kind = AttachmentKind::Study;
    members.membersOnly = true;
    r.attachments = {fileAttachment(u"Diaporama"_s, deckSha, deck.size()), members,
                     linkAttachment(u"Vidéo d’ouverture"_s, u"https://video.example.org/ouverture"_s)};
    r.dismissedChecks = {u"document-programme"_s};
    const Resource created = repo->createResource(r);
    QCOMPARE(created.attachments.size(), 3);
    for (const Attachment &a : created.attachments)
        QVERIFY(a.id > 0);
    QCOMPARE(created.attachments.at(1).title, u"Étude réservée"_s);
    QVERIFY(created.attachments.at(1).membersOnly);
    QCOMPARE(created.attachments.at(1).sha256, studySha);
    QCOMPARE(created.attachments.at(2).url, u"https://video.example.org/ouverture"_s);
    QVERIFY(created.attachments.at(2).sha256.isEmpty());
    QCOMPARE(created.dismissedChecks, QStringList{u"document-programme"_s});

    // Read back by another connection, in order, the members-only one as it was stored.
    auto other = owner();
    Resource loaded = other->loadResource(created.id).value();
    QCOMPARE(loaded.attachments, created.attachments);
    QCOMPARE(loaded.dismissedChecks, created.dismissedChecks);
    QCOMPARE(other->loadResources({created.id}).first().attachments, created.attachments);
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM resource_attachment WHERE members_only"_s), 1);

    // Reordered, renamed, one removed, one added: the ids stay with their attachments.
    Resource edited = loaded;
    Attachment renamed = edited.attachments.at(0);
    renamed.title = u"Diaporama de présentation"_s;
    const Attachment added = linkAttachment(u"Page du réseau"_s, u"https://rtes.example.org"_s);
    edited.attachments = {edited.attachments.at(2), renamed, added};
    edited.dismissedChecks.clear();
    const Resource saved = repo->saveResource(edited);
    QCOMPARE(saved.attachments.size(), 3);
    QCOMPARE(saved.attachments.at(0).id, created.attachments.at(2).id);
    QCOMPARE(saved.attachments.at(1).id, created.attachments.at(0).id);
    QCOMPARE(saved.attachments.at(1).title, u"Diaporama de présentation"_s);
    QVERIFY(saved.attachments.at(2).id > created.attachments.at(2).id);
    QVERIFY(saved.dismissedChecks.isEmpty());
    QCOMPARE(other->loadResource(created.id)->attachments, saved.attachments);
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM resource_attachment"_s), 3);
    // The content of the removed file stays: the first revision still names it.
    QVERIFY(repo->hasAttachmentData(studySha));
    QCOMPARE(repo->purgeUnusedAttachmentData(), 0);
    QVERIFY(repo->hasAttachmentData(studySha));
}

void TestPgAttachments::removedAttachmentComesBackWithItsRevision()
{
    auto repo = owner();
    repo->setRevisionPolicy({0, 200});   // every save its own revision
    const QString sha = repo->storeAttachmentData("programme"_ba);
    Resource r = fullResource(u"Rencontre"_s);
    r.attachments = {fileAttachment(u"Programme"_s, sha, 9)};
    const Resource created = repo->createResource(r);
    const qint64 attachmentId = created.attachments.first().id;
    const qint64 firstRevision = repo->revisions(created.id).first().id;
    QCOMPARE(repo->revisionSnapshot(firstRevision)->attachments, created.attachments);

    Resource detached = created;
    detached.attachments.clear();
    detached = repo->saveResource(detached);
    QVERIFY(detached.attachments.isEmpty());
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM resource_attachment"_s), 0);

    const Resource restored = repo->restoreRevision(firstRevision, u"Claire"_s, detached.version);
    QCOMPARE(restored.attachments.size(), 1);
    QCOMPARE(restored.attachments.first().id, attachmentId);
    QCOMPARE(restored.attachments, created.attachments);
    QCOMPARE(repo->attachmentData(sha), "programme"_ba);
}

void TestPgAttachments::fileWithoutContentIsRefused()
{
    auto repo = owner();
    const Resource stored = repo->createResource(fullResource(u"Forum"_s));
    const QString before = m_fixture.state(m_database);
    Resource r = fullResource(u"Autre forum"_s);
    r.attachments = {fileAttachment(u"Fantôme"_s, QString(64, u'a'), 12)};
    QString message;
    QCOMPARE(kindOf([&] { repo->createResource(r); }, &message), Kind::Invalid);
    QVERIFY2(message.contains(u"Fantôme"_s) && message.contains(u"Autre forum"_s), qPrintable(message));
    Resource edited = stored;
    edited.title = u"Forum renommé"_s;
    edited.attachments = r.attachments;
    QCOMPARE(kindOf([&] { repo->saveResource(edited); }), Kind::Invalid);
    QCOMPARE(m_fixture.state(m_database), before);
    QCOMPARE(repo->loadResource(stored.id)->title, u"Forum"_s);
}

void TestPgAttachments::savingAnAttachmentNamesTheResourceToOthers()
{
    auto repo = owner();
    auto other = owner();
    const Resource stored = repo->createResource(fullResource(u"Assemblée"_s));
    QList<ExternalChange> changes;
    QVERIFY(other->setChangeListener([&](const ExternalChange &change) { changes.append(change); }));
    QTest::qWait(50);
    repo->inTransaction([&] {
        const QString sha = repo->storeAttachmentData("compte rendu"_ba);
        Resource attached = *repo->loadResource(stored.id);
        attached.attachments = {fileAttachment(u"Compte rendu"_s, sha, 12)};
        repo->saveResource(attached);
    });
    QTRY_VERIFY(!changes.isEmpty());
    QCOMPARE(changes.size(), 1);
    QVERIFY(!changes.first().anything);
    QCOMPARE(changes.first().resources, QList<qint64>{stored.id});
    // Content stored alone (not yet attached) is no change the others reload for.
    changes.clear();
    repo->storeAttachmentData("pas encore attaché"_ba);
    QTest::qWait(300);
    QVERIFY(changes.isEmpty());
}

void TestPgAttachments::searchFindsAttachmentTitlesAndText()
{
    auto repo = owner();
    const QString sha = repo->storeAttachmentData("%PDF"_ba, u"Les coopératives d’habitants en Bretagne"_s);
    Resource r = fullResource(u"Journée d’étude"_s);
    r.attachments = {fileAttachment(u"Diaporama de présentation"_s, sha, 4),
                     linkAttachment(u"Vidéo de l’atelier"_s, u"https://video.example.org/a"_s)};
    const Resource stored = repo->createResource(r);
    repo->createResource(fullResource(u"Autre journée"_s));
    auto found = [&](const QString &text) {
        ResourceFilter filter;
        filter.searchText = text;
        QList<qint64> ids;
        for (const ResourceSummary &s : repo->listResources(filter))
            ids.append(s.id);
        return ids;
    };
    const QList<qint64> only{stored.id};
    QCOMPARE(found(u"diaporama"_s), only);
    QCOMPARE(found(u"presentation"_s), only);           // accents ignored
    QCOMPARE(found(u"VIDEO atelier"_s), only);
    QCOMPARE(found(u"cooperatives d'habitants"_s), only);   // the text of the file
    QCOMPARE(found(u"bretag"_s), only);                 // a prefix
    QCOMPARE(found(u"habitants-coopératives"_s), QList<qint64>{});   // a phrase keeps its order
    QCOMPARE(found(u"coopératives-d’habitants"_s), only);
    // Detached: no longer found by them.
    Resource edited = stored;
    edited.attachments.clear();
    repo->saveResource(edited);
    QCOMPARE(found(u"diaporama"_s), QList<qint64>{});
    QCOMPARE(found(u"bretagne"_s), QList<qint64>{});
}

void TestPgAttachments::largeFileIsStoredAndReadBack()
{
    auto repo = owner();
    QByteArray data(20 * 1000 * 1000, Qt::Uninitialized);
    QRandomGenerator generator(14);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    const QByteArray hash = QCryptographicHash::hash(data, QCryptographicHash::Sha256);

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const long peakBefore = usage.ru_maxrss;
    QElapsedTimer timer;
    timer.start();
    const QString sha = repo->storeAttachmentData(data);
    const qint64 storing = timer.restart();
    QCOMPARE(sha, QString::fromLatin1(hash.toHex()));
    Resource r = fullResource(u"Actes de la rencontre"_s);
    r.attachments = {fileAttachment(u"Actes complets"_s, sha, data.size())};
    const Resource stored = repo->createResource(r);
    QCOMPARE(stored.attachments.first().size, qint64(data.size()));

    auto other = owner();
    timer.restart();
    const QByteArray back = other->attachmentData(sha);
    const qint64 reading = timer.elapsed();
    QCOMPARE(back.size(), data.size());
    QVERIFY(back == data);
    QCOMPARE(m_fixture.count(m_database, u"SELECT size FROM attachment_data"_s), data.size());
    getrusage(RUSAGE_SELF, &usage);
    qInfo("20 MB: stored in %lld ms, read in %lld ms; peak memory %ld MB before, %ld MB after", storing, reading,
          peakBefore / 1024, usage.ru_maxrss / 1024);
    // Memory: the content is sent and received as it is (not as hex text in UTF-16, some ten
    // times its size): storing and reading back take less than five times its size.
    QVERIFY2(usage.ru_maxrss - peakBefore < 5 * data.size() / 1024,
             qPrintable(u"%1 MB more"_s.arg((usage.ru_maxrss - peakBefore) / 1024)));
}

void TestPgAttachments::authorCannotChangeOrDeleteContent()
{
    auto repo = owner();
    addTeam(*repo);
    auto claire = openAs(u"claire"_s);
    // An author adds content through the repository...
    const QString sha = claire->storeAttachmentData("diaporama"_ba);
    QVERIFY(claire->hasAttachmentData(sha));
    QSqlDatabase db = sqlAs(u"claire"_s);
    QVERIFY(db.isOpen());
    // ... and with plain SQL, under its true hash only.
    QCOMPARE(exec(db, u"INSERT INTO attachment_data (sha256, size, data) VALUES "
                      u"(encode(sha256('\\x0102'::bytea), 'hex'), 2, '\\x0102'::bytea)"_s),
             QString());
    QString message;
    QCOMPARE(exec(db, u"INSERT INTO attachment_data (sha256, size, data, search_text) VALUES "
                      u"('%1', 9, 'diaporama'::bytea, 'autre texte')"_s.arg(sha)),
             u"23505"_s);   // the hash is taken: what is stored under it is never replaced
    QCOMPARE(exec(db, u"INSERT INTO attachment_data (sha256, size, data) VALUES "
                      u"(encode(sha256('autre'::bytea), 'hex'), 3, 'abc'::bytea)"_s,
                  &message),
             u"23514"_s);   // content under another file's hash
    QVERIFY2(message.contains(u"attachment_data_hash"_s), qPrintable(message));
    QCOMPARE(exec(db, u"INSERT INTO attachment_data (sha256, size, data) VALUES "
                      u"(encode(sha256('abc'::bytea), 'hex'), 99, 'abc'::bytea)"_s),
             u"23514"_s);   // a false size
    QCOMPARE(exec(db, u"UPDATE attachment_data SET data = 'x'::bytea, sha256 = encode(sha256('x'::bytea), 'hex')"_s,
                  &message),
             u"42501"_s);
    QCOMPARE(exec(db, u"UPDATE attachment_data SET search_text = 'autre chose'"_s), u"42501"_s);
    QCOMPARE(exec(db, u"DELETE FROM attachment_data"_s), u"42501"_s);
    QCOMPARE(exec(db, u"TRUNCATE attachment_data"_s), u"42501"_s);
    QCOMPARE(exec(db, u"SELECT actes_purge_attachment_data()"_s, &message), u"42501"_s);
    QVERIFY2(message.contains(u"administrator"_s), qPrintable(message));
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM attachment_data"_s), 2);
    QCOMPARE(claire->attachmentData(sha), "diaporama"_ba);
    // Even the owner's own connection never rewrites content.
    QCOMPARE(exec(m_fixture.direct(m_database), u"UPDATE attachment_data SET search_text = 'x'"_s), u"42501"_s);
    // Every member reads it.
    QCOMPARE(openAs(u"rose"_s)->attachmentData(sha), "diaporama"_ba);
    // A refusal of the server while content is sent is reported as such, and the connection
    // goes on.
    QVERIFY(m_fixture.server().psql(u"DO $$ BEGIN EXECUTE format('REVOKE INSERT ON attachment_data FROM %I', "
                                    u"(SELECT value FROM actes_meta WHERE key = 'role_author')); END $$"_s,
                                    m_database));
    QCOMPARE(kindOf([&] { claire->storeAttachmentData("refusé"_ba); }, &message), Kind::PermissionDenied);
    QVERIFY2(message.contains(u"attachment_data"_s), qPrintable(message));
    QCOMPARE(claire->attachmentData(sha), "diaporama"_ba);
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM attachment_data"_s), 2);
}

void TestPgAttachments::rowsAreWrittenOnlyWithTheirResource()
{
    auto repo = owner();
    addTeam(*repo);
    auto claire = openAs(u"claire"_s);
    const QString sha = claire->storeAttachmentData("étude"_ba);
    Resource r = fullResource(u"Étude régionale"_s);
    Attachment study = fileAttachment(u"Étude"_s, sha, 6);
    study.membersOnly = true;
    r.attachments = {study};
    const Resource stored = claire->createResource(r);
    QVERIFY(stored.attachments.first().membersOnly);
    QCOMPARE(openAs(u"rose"_s)->loadResource(stored.id)->attachments, stored.attachments);

    // With plain SQL, a row changes only in the transaction that writes its resource (a save,
    // which the revisions record).
    QSqlDatabase db = sqlAs(u"claire"_s);
    const QString insert = u"INSERT INTO resource_attachment (resource_id, position, title, kind, url) "
                           u"VALUES (%1, 1, 'Lien glissé', 'other', 'https://example.org')"_s.arg(stored.id);
    QCOMPARE(exec(db, insert), u"42501"_s);
    QCOMPARE(exec(db, u"UPDATE resource_attachment SET members_only = false"_s), QString());
    QCOMPARE(exec(db, u"DELETE FROM resource_attachment"_s), QString());
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM resource_attachment WHERE members_only"_s), 1);
    QVERIFY(db.transaction());
    QCOMPARE(exec(db, u"UPDATE resource SET version = version + 1 WHERE id = %1"_s.arg(stored.id)), QString());
    QCOMPARE(exec(db, insert), QString());
    // A file row names stored content.
    QCOMPARE(exec(db, u"INSERT INTO resource_attachment (resource_id, position, title, sha256) "
                      u"VALUES (%1, 2, 'Fantôme', '%2')"_s.arg(stored.id).arg(QString(64, u'b'))),
             u"23503"_s);
    QVERIFY(db.rollback());
    QVERIFY(db.transaction());
    QCOMPARE(exec(db, u"UPDATE resource SET version = version + 1 WHERE id = %1"_s.arg(stored.id)), QString());
    QCOMPARE(exec(db, insert), QString());
    QVERIFY(db.commit());
    QCOMPARE(claire->loadResource(stored.id)->attachments.size(), 2);
}

void TestPgAttachments::onlyAnAdministratorPurges()
{
    auto repo = owner();
    addTeam(*repo);
    auto claire = openAs(u"claire"_s);
    const QString used = claire->storeAttachmentData("used"_ba);
    const QString inRevision = claire->storeAttachmentData("in a revision"_ba);
    const QString unused = claire->storeAttachmentData("unused"_ba);
    const QString inTrash = claire->storeAttachmentData("in the trash"_ba);
    Resource r = fullResource(u"Forum"_s);
    r.attachments = {fileAttachment(u"Utilisé"_s, used, 4), fileAttachment(u"Ancien"_s, inRevision, 13)};
    claire->setRevisionPolicy({0, 200});   // every save its own revision
    Resource stored = claire->createResource(r);
    claire->emptyTrash();   // an author's empty trash: nothing to do, nothing refused
    stored.attachments.removeLast();
    stored = claire->saveResource(stored);
    Resource trashed = fullResource(u"À jeter"_s);
    trashed.attachments = {fileAttachment(u"Jeté"_s, inTrash, 12)};
    trashed = claire->createResource(trashed);
    claire->moveToTrash({trashed.id});

    const QString before = m_fixture.state(m_database);
    QString message;
    QCOMPARE(kindOf([&] { claire->purgeUnusedAttachmentData(); }, &message), Kind::PermissionDenied);
    auto rose = openAs(u"rose"_s);
    QCOMPARE(kindOf([&] { rose->purgeUnusedAttachmentData(); }, &message), Kind::PermissionDenied);
    QVERIFY2(message.contains(u"needs the administrator role; you are a reviewer"_s), qPrintable(message));
    QCOMPARE(exec(sqlAs(u"rose"_s), u"DELETE FROM attachment_data WHERE sha256 = '%1'"_s.arg(unused)), u"42501"_s);
    QCOMPARE(m_fixture.state(m_database), before);
    QCOMPARE(kindOf([&] { claire->moveToTrash({stored.id}); claire->emptyTrash(); }), Kind::PermissionDenied);
    claire->restoreFromTrash({stored.id});

    // An administrator (not the owner) purges what nothing uses; the trash still holds one.
    auto alain = openAs(u"alain"_s);
    QCOMPARE(alain->purgeUnusedAttachmentData(), 1);
    QVERIFY(!alain->hasAttachmentData(unused));
    QVERIFY(alain->hasAttachmentData(used));
    QVERIFY(alain->hasAttachmentData(inRevision));
    QVERIFY(alain->hasAttachmentData(inTrash));
    // Emptying the trash purges the content of what it deleted.
    QCOMPARE(alain->emptyTrash(), 1);
    QVERIFY(!alain->hasAttachmentData(inTrash));
    QVERIFY(alain->hasAttachmentData(used));
    QCOMPARE(alain->loadResource(stored.id)->attachments.size(), 1);
    // Used content cannot be deleted even by the owner's connection (the rows name it).
    QCOMPARE(exec(m_fixture.direct(m_database), u"DELETE FROM attachment_data WHERE sha256 = '%1'"_s.arg(used)),
             u"23503"_s);
}

void TestPgAttachments::schemaTwoIsUpgradedInPlace()
{
    // A library of schema 2 (members, review) with members and resources in it.
    PostgresRepository::createAtSchemaVersion(m_fixture.uri(m_database), 2);
    QVERIFY(m_fixture.server().psql(uR"(
        SELECT actes_add_member('%1', 'Claire Martin', 'author', 'pw');
        SELECT actes_add_member('%2', 'Alain Roux', 'admin', 'pw');
        INSERT INTO resource (title, title_key, status, date_start, place, created, modified)
            VALUES ('Séminaire d’avant', 'seminaire d avant', 'review', '2016-05-03', 'Lyon', now(), now()),
                   ('Forum ancien', 'forum ancien', 'draft', NULL, '', now(), now());
        INSERT INTO resource_text (resource_id, summary_html, body_html)
            SELECT id, '<p>Résumé</p>', '<p>Texte de ' || title || '</p>' FROM resource;
        INSERT INTO person (name, name_key) VALUES ('Anaïs Lefèvre', 'anais lefevre');
        INSERT INTO resource_person (resource_id, position, person_id, role)
            SELECT r.id, 0, p.id, 'Intervenante' FROM resource r, person p WHERE r.title = 'Forum ancien';
    )"_s.arg(login(u"claire"_s), login(u"alain"_s)),
                                    m_database));
    const QString rowsSql = uR"(SELECT string_agg(x, E'\n' ORDER BY x) FROM (
        SELECT (to_jsonb(r) - 'dismissed_checks')::text AS x FROM resource r
        UNION ALL SELECT to_jsonb(t)::text FROM resource_text t
        UNION ALL SELECT to_jsonb(p)::text FROM resource_person p
        UNION ALL SELECT to_jsonb(m)::text FROM member m) rows)"_s;
    auto rows = [&] {
        QSqlQuery query(m_fixture.direct(m_database));
        return query.exec(rowsSql) && query.next() ? query.value(0).toString() : query.lastError().text();
    };
    const QString before = rows();
    QVERIFY2(before.contains(u"Forum ancien"_s), qPrintable(before));
    m_fixture.closeDirect(m_database);

    auto repo = owner();
    QCOMPARE(repo->schemaVersion(), 3);
    QCOMPARE(rows(), before);
    const QList<ResourceSummary> listed = repo->listResources();
    QCOMPARE(listed.size(), 2);
    const Resource old = repo->loadResource(listed.first().id).value();
    QCOMPARE(old.title, u"Séminaire d’avant"_s);
    QCOMPARE(old.bodyHtml, u"<p>Texte de Séminaire d’avant</p>"_s);
    QVERIFY(old.attachments.isEmpty());
    QVERIFY(old.dismissedChecks.isEmpty());
    QCOMPARE(repo->loadResource(listed.last().id)->participants.first().name, u"Anaïs Lefèvre"_s);

    // The members added before the upgrade have the new tables' rights and rules.
    auto claire = openAs(u"claire"_s);
    QVERIFY(!claire->isReadOnly());
    const QString sha = claire->storeAttachmentData("programme"_ba);
    Resource attached = old;
    attached.attachments = {fileAttachment(u"Programme"_s, sha, 9)};
    attached.dismissedChecks = {u"document-slides"_s};
    const Resource saved = claire->saveResource(attached);
    QCOMPARE(saved.attachments.size(), 1);
    QCOMPARE(saved.dismissedChecks, QStringList{u"document-slides"_s});
    QCOMPARE(exec(sqlAs(u"claire"_s), u"DELETE FROM attachment_data"_s), u"42501"_s);
    QCOMPARE(kindOf([&] { claire->purgeUnusedAttachmentData(); }), Kind::PermissionDenied);
    claire->storeAttachmentData("unused"_ba);
    QCOMPARE(openAs(u"alain"_s)->purgeUnusedAttachmentData(), 1);
    // Members added after the upgrade too.
    repo->addMember(Member{login(u"zoe"_s), u"Zoé"_s, MemberRole::Author, false}, u"pw"_s);
    QCOMPARE(openAs(u"zoe"_s)->loadResource(saved.id)->attachments, saved.attachments);
    QCOMPARE(exec(sqlAs(u"zoe"_s), u"UPDATE attachment_data SET search_text = ''"_s), u"42501"_s);
}

QTEST_GUILESS_MAIN(TestPgAttachments)
#include "tst_pgattachments.moc"
