// Members and roles of a team library, enforced by the server: each role through the repository
// and through plain SQL as that login on the same throwaway server (what psql would do).
#include "review/approvalguard.h"
#include "review/reviewworkflow.h"
#include "storage/libraryerror.h"
#include "storage/postgresrepository.h"
#include "storage/sqliterepository.h"

#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Actes;
using Kind = LibraryError::Kind;

Q_DECLARE_METATYPE(Actes::Resource)

#include "pgrepositorytest.h"
#include "storagetest.h"

using namespace StorageTest;


class TestPgMembers final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void ownerIsTheFirstAdministrator();
    void upgradeRecordsTheOwner();
    void adminAddsMembersWithLogins();
    void authorIsRefusedThroughTheRepository();
    void reviewerApprovesUnderTheServersName();
    void authorEditMovesApprovedBackToReview();
    void authorIsRefusedThroughPlainSql();
    void authorSubmitsToANamedReviewer();
    void reviewerAndAdminThroughPlainSql();
    void roleChangeAndDisableByAdmin();
    void disablingAnAdoptedLoginLocksNobodyOutOfTheServer();
    void personalLibraryHasNoMembers();

private:
    std::unique_ptr<PostgresRepository> openAs(const QString &login)
    {
        return PostgresRepository::open(m_fixture.server().socketUri(m_database, login));
    }
    // Owner adds the three members of these tests (logins unique in the cluster per database).
    void addTeam(PostgresRepository &owner);
    QString login(const QString &who) const { return who + u'_' + QString::number(m_number); }
    // A connection as that login to the test database, for plain SQL.
    QSqlDatabase sqlAs(const QString &user);
    // Runs sql as db; the SQLSTATE and message of the error ("" when it succeeded).
    static QString exec(QSqlDatabase db, const QString &sql, QString *message = nullptr);

    PgRepositoryTest::Fixture m_fixture;
    QString m_database;
    int m_number = 0;
    QStringList m_connections;
};

void TestPgMembers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s), "the QPSQL driver (libqt6sql6-psql) is missing");
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
}

void TestPgMembers::init()
{
    m_database = m_fixture.freshDatabase();
    ++m_number;
    QVERIFY2(!m_database.isEmpty(), qPrintable(m_fixture.errorString()));
}

void TestPgMembers::cleanup()
{
    PgRepositoryTest::closeSqlConnections(m_connections);
    m_fixture.closeDirect(m_database);
}

void TestPgMembers::addTeam(PostgresRepository &owner)
{
    owner.addMember(Member{login(u"claire"_s), u"Claire Martin"_s, MemberRole::Author, false}, u"pw-claire"_s);
    owner.addMember(Member{login(u"rose"_s), u"Rose Dupont"_s, MemberRole::Reviewer, false}, u"pw-rose"_s);
    owner.addMember(Member{login(u"alain"_s), u"Alain Roux"_s, MemberRole::Admin, false}, u"pw-alain"_s);
}

QSqlDatabase TestPgMembers::sqlAs(const QString &user)
{
    return PgRepositoryTest::sqlConnection(m_fixture, m_database, user, m_connections);
}

QString TestPgMembers::exec(QSqlDatabase db, const QString &sql, QString *message)
{
    return PgRepositoryTest::sqlState(db, sql, message);
}

void TestPgMembers::ownerIsTheFirstAdministrator()
{
    auto owner = PostgresRepository::open(m_fixture.uri(m_database));
    QVERIFY(owner->hasMembers());
    const QList<Member> members = owner->members();
    QCOMPARE(members.size(), 1);
    QCOMPARE(members.first().login, u"postgres"_s);
    QCOMPARE(members.first().role, MemberRole::Admin);
    QCOMPARE(owner->currentMember().role, MemberRole::Admin);
    // Three group roles of this library, recorded in actes_meta and existing on the server...
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM actes_meta m JOIN pg_roles r ON r.rolname = m.value "
                                         u"WHERE m.key LIKE 'role_%' AND NOT r.rolcanlogin"_s),
             3);
    // ... not shared with another library on the same server.
    const QString other = m_fixture.freshDatabase();
    PostgresRepository::open(m_fixture.uri(other));
    QSqlQuery names(m_fixture.direct(other));
    QVERIFY(names.exec(u"SELECT value FROM actes_meta WHERE key = 'role_reviewer'"_s) && names.next());
    QSqlQuery mine(m_fixture.direct(m_database));
    QVERIFY(mine.exec(u"SELECT value FROM actes_meta WHERE key = 'role_reviewer'"_s) && mine.next());
    QVERIFY(!names.value(0).toString().isEmpty());
    QVERIFY(names.value(0).toString() != mine.value(0).toString());
    names.finish();
    m_fixture.closeDirect(other);
}

void TestPgMembers::upgradeRecordsTheOwner()
{
    PostgresRepository::createAtSchemaVersion(m_fixture.uri(m_database), 1);
    auto owner = PostgresRepository::open(m_fixture.uri(m_database));
    QCOMPARE(owner->schemaVersion(), PostgresRepository::latestSchemaVersion());
    QCOMPARE(owner->members().size(), 1);
    QCOMPARE(owner->members().first().role, MemberRole::Admin);
    // And the server enforces the roles on the upgraded library too.
    addTeam(*owner);
    auto claire = openAs(login(u"claire"_s));
    Resource stored = claire->createResource(fullResource(u"Après la mise à niveau"_s));
    QCOMPARE(kindOf([&] { claire->changeStatus(stored.id, Status::Approved, {}, {}, stored.version); }),
             Kind::PermissionDenied);
}

void TestPgMembers::adminAddsMembersWithLogins()
{
    auto owner = PostgresRepository::open(m_fixture.uri(m_database));
    addTeam(*owner);
    const QString generated =
        owner->addMember(Member{login(u"zoe"_s), u"Zoé Ndiaye"_s, MemberRole::Author, false}, QString());
    QCOMPARE(generated.size(), 20);

    QStringList seen;
    for (const Member &m : owner->members())
        seen.append(u"%1 %2 %3"_s.arg(m.login, m.displayName(), memberRoleKey(m.role)));
    QCOMPARE(seen, (QStringList{login(u"alain"_s) + u" Alain Roux admin"_s, login(u"claire"_s) + u" Claire Martin author"_s,
                                u"postgres postgres admin"_s, login(u"rose"_s) + u" Rose Dupont reviewer"_s,
                                login(u"zoe"_s) + u" Zoé Ndiaye author"_s}));

    // The logins exist with their passwords: over TCP (SCRAM), the given one and the generated one.
    qputenv("PGPASSWORD", "pw-claire");
    auto unset = qScopeGuard([] { qunsetenv("PGPASSWORD"); });
    auto claire = PostgresRepository::open(m_fixture.server().tcpUri(m_database, login(u"claire"_s)));
    const Member me = claire->currentMember();
    QCOMPARE(me.login, login(u"claire"_s));
    QCOMPARE(me.name, u"Claire Martin"_s);
    QCOMPARE(me.role, MemberRole::Author);
    qputenv("PGPASSWORD", generated.toUtf8());
    QCOMPARE(PostgresRepository::open(m_fixture.server().tcpUri(m_database, login(u"zoe"_s)))->currentMember().role,
             MemberRole::Author);

    // An admin who is not the owner adds members too; nobody else does.
    auto alain = openAs(login(u"alain"_s));
    alain->addMember(Member{login(u"yann"_s), u"Yann Le Goff"_s, MemberRole::Reviewer, false}, u"pw-yann"_s);
    QCOMPARE(openAs(login(u"yann"_s))->currentMember().role, MemberRole::Reviewer);
    QString message;
    QCOMPARE(kindOf([&] { openAs(login(u"rose"_s))->addMember(Member{u"intrus"_s, {}, MemberRole::Admin, false}, u"x"_s); },
                    &message),
             Kind::PermissionDenied);
    QVERIFY2(message.contains(u"Adding a member needs the administrator role; you are a reviewer."_s), qPrintable(message));
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM pg_roles WHERE rolname = 'intrus'"_s), 0);
    // A member cannot be added twice; a bad login is refused.
    QCOMPARE(kindOf([&] { owner->addMember(Member{login(u"rose"_s), {}, MemberRole::Admin, false}, u"x"_s); }),
             Kind::Invalid);
    QCOMPARE(kindOf([&] {
                 owner->addMember(Member{u"robert'); DROP TABLE member; --"_s, {}, MemberRole::Admin, false}, u"x"_s);
             }),
             Kind::Invalid);
    QCOMPARE(owner->members().size(), 6);
}

void TestPgMembers::authorIsRefusedThroughTheRepository()
{
    auto owner = PostgresRepository::open(m_fixture.uri(m_database));
    addTeam(*owner);
    auto claire = openAs(login(u"claire"_s));
    const Resource inReview = claire->createResource(fullResource(u"Rencontre régionale"_s));
    Resource draft = fullResource(u"Brouillon"_s);
    draft.status = Status::Draft;
    draft = claire->createResource(draft);
    // Submitting for review is an author's.
    claire->changeStatus(draft.id, Status::InReview, {}, {}, draft.version);
    QCOMPARE(claire->loadResource(draft.id)->status, Status::InReview);

    const QString before = m_fixture.state(m_database);
    const struct
    {
        Status to;
        QString message;
    } refused[] = {
        {Status::Approved, u"Approving needs the reviewer role; you are an author."_s},
        {Status::Published, u"Publishing needs the reviewer role; you are an author."_s},
        {Status::Archived, u"Archiving needs the reviewer role; you are an author."_s},
        {Status::Draft, u"Sending back to draft needs the reviewer role; you are an author."_s},
    };
    for (const auto &refusal : refused) {
        QString message;
        QCOMPARE(kindOf([&] { claire->changeStatus(inReview.id, refusal.to, {}, {}, inReview.version); }, &message),
                 Kind::PermissionDenied);
        QVERIFY2(message.contains(refusal.message), qPrintable(message));
    }
    QString message;
    claire->moveToTrash({draft.id});
    const QString inTrash = m_fixture.state(m_database);
    QCOMPARE(kindOf([&] { claire->emptyTrash(); }, &message), Kind::PermissionDenied);
    QVERIFY2(message.contains(u"Emptying the trash needs the administrator role; you are an author."_s), qPrintable(message));
    QVERIFY(claire->isInTrash(draft.id));
    QCOMPARE(kindOf([&] { claire->setLibraryValue(u"document/language"_s, u"en"_s); }, &message), Kind::PermissionDenied);
    QVERIFY2(message.contains(u"administrator role"_s), qPrintable(message));
    QCOMPARE(kindOf([&] { claire->setMemberRole(login(u"claire"_s), MemberRole::Admin); }, &message),
             Kind::PermissionDenied);
    QVERIFY2(message.contains(u"Changing a member's role needs the administrator role; you are an author."_s),
             qPrintable(message));
    QCOMPARE(kindOf([&] { claire->disableMember(login(u"rose"_s)); }), Kind::PermissionDenied);
    QCOMPARE(m_fixture.state(m_database), inTrash);
    QCOMPARE(claire->currentMember().role, MemberRole::Author);
    Q_UNUSED(before);
}

void TestPgMembers::reviewerApprovesUnderTheServersName()
{
    auto owner = PostgresRepository::open(m_fixture.uri(m_database));
    addTeam(*owner);
    auto claire = openAs(login(u"claire"_s));
    claire->setCurrentAuthor(u"Rose Dupont"_s);   // claims to be someone else: the server knows better
    const Resource r = claire->createResource(fullResource(u"Assemblée générale"_s));
    auto rose = openAs(login(u"rose"_s));
    rose->setCurrentAuthor(u"Quelqu’un d’autre"_s);
    rose->changeStatus(r.id, Status::Approved, u"Quelqu’un d’autre"_s, u"Relu"_s, r.version);
    rose->changeStatus(r.id, Status::Published, u"Quelqu’un d’autre"_s, {}, r.version + 1);
    QCOMPARE(rose->loadResource(r.id)->status, Status::Published);

    const QList<StatusChange> history = owner->statusHistory(r.id);
    QCOMPARE(history.size(), 3);   // the creation, approved, published (newest first)
    QCOMPARE(history[2].author, u"Claire Martin"_s);
    QCOMPARE(history[0].author, u"Rose Dupont"_s);
    QCOMPARE(history[1].author, u"Rose Dupont"_s);
    const QList<RevisionInfo> revisions = owner->revisions(r.id);
    QCOMPARE(revisions.last().author, u"Claire Martin"_s);   // the creation
    QCOMPARE(revisions.first().author, u"Rose Dupont"_s);
    // What is stored is the login, whatever the client sent.
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM status_change WHERE author = '%1'"_s.arg(login(u"rose"_s))),
             2);
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM revision WHERE author = '%1' AND cause = 'create'"_s.arg(
                                             login(u"claire"_s))),
             1);
}

void TestPgMembers::authorEditMovesApprovedBackToReview()
{
    auto owner = PostgresRepository::open(m_fixture.uri(m_database));
    addTeam(*owner);
    auto claire = openAs(login(u"claire"_s));
    ApprovalGuard::install(*claire, [] { return ReviewSettings{}; });
    const Resource created = claire->createResource(fullResource(u"Forum"_s));
    auto rose = openAs(login(u"rose"_s));
    rose->changeStatus(created.id, Status::Approved, {}, {}, created.version);

    // Moving it back to review without an edit is a reviewer's decision...
    Resource approved = *claire->loadResource(created.id);
    QString message;
    QCOMPARE(kindOf([&] { claire->changeStatus(approved.id, Status::InReview, {}, {}, approved.version); }, &message),
             Kind::PermissionDenied);
    QVERIFY2(message.contains(u"Sending back to review needs the reviewer role"_s), qPrintable(message));
    // ... but the author's edit that breaks a blocking check moves it back (ApprovalGuard), in one write.
    approved.summaryHtml.clear();
    const Resource saved = claire->saveResource(approved);
    QCOMPARE(saved.status, Status::InReview);
    const QList<StatusChange> history = owner->statusHistory(created.id);
    QCOMPARE(history.first().from, Status::Approved);
    QCOMPARE(history.first().to, Status::InReview);
    QCOMPARE(history.first().author, u"Claire Martin"_s);
}

// An author names the reviewer of a submission (the review queue): the server records it on
// the resource and on the history line of that submission, and on that line only.
void TestPgMembers::authorSubmitsToANamedReviewer()
{
    auto owner = PostgresRepository::open(m_fixture.uri(m_database));
    addTeam(*owner);
    const QString claireLogin = login(u"claire"_s);
    const QString roseLogin = login(u"rose"_s);
    auto claire = openAs(claireLogin);
    Resource draft = fullResource(u"Rencontre régionale"_s);
    draft.status = Status::Draft;
    draft = claire->createResource(draft);
    ReviewWorkflow workflow(*claire, ReviewSettings{});
    workflow.submitForReview(draft.id, roseLogin, {}, u"Prêt"_s, draft.version);
    QCOMPARE(claire->loadResource(draft.id)->status, Status::InReview);
    QCOMPARE(owner->requestedReviewer(draft.id), roseLogin);
    const QList<StatusChange> history = owner->statusHistory(draft.id);
    QCOMPARE(history.first().to, Status::InReview);
    QCOMPARE(history.first().reviewer, roseLogin);
    QCOMPARE(history.first().author, u"Claire Martin"_s);

    // Outside such a submission, the history stays as it was: no reviewer put on it afterwards.
    QSqlDatabase db = sqlAs(claireLogin);
    QVERIFY(db.isOpen());
    const QString sql = u"UPDATE status_change SET reviewer = '%1' WHERE resource_id = %2"_s;
    QCOMPARE(exec(db, sql.arg(claireLogin).arg(draft.id)), u"42501"_s);
    QVERIFY(db.transaction());   // even right after an edit of the resource
    QCOMPARE(exec(db, u"UPDATE resource SET place = 'Lyon', version = version + 1 WHERE id = %1"_s.arg(draft.id)), QString());
    QCOMPARE(exec(db, sql.arg(claireLogin).arg(draft.id)), u"42501"_s);
    QVERIFY(db.rollback());
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM status_change WHERE reviewer = '%1'"_s.arg(roseLogin)), 1);
}

void TestPgMembers::authorIsRefusedThroughPlainSql()
{
    auto owner = PostgresRepository::open(m_fixture.uri(m_database));
    addTeam(*owner);
    const QString claireLogin = login(u"claire"_s);
    const QString roseLogin = login(u"rose"_s);
    auto claire = openAs(claireLogin);
    const Resource a = claire->createResource(fullResource(u"Université d’été"_s));
    Resource b = fullResource(u"À jeter"_s);
    b = claire->createResource(b);
    claire->moveToTrash({b.id});
    auto rose = openAs(roseLogin);
    rose->changeStatus(a.id, Status::Approved, {}, {}, a.version);
    const Resource c = claire->createResource(fullResource(u"Atelier"_s));
    Resource d = fullResource(u"Brouillon"_s);
    d.status = Status::Draft;
    d = claire->createResource(d);

    QSqlDatabase db = sqlAs(claireLogin);
    QVERIFY(db.isOpen());
    QString message;
    const QString id = QString::number(a.id);
    const QString cId = QString::number(c.id);
    // Statuses: approving, publishing, unpublishing are refused, naming the role needed.
    QCOMPARE(exec(db, u"UPDATE resource SET status = 'approved' WHERE id = "_s + cId, &message), u"42501"_s);
    QVERIFY2(message.contains(u"Approving needs the reviewer role; you are an author."_s), qPrintable(message));
    QCOMPARE(exec(db, u"UPDATE resource SET status = 'published' WHERE id = "_s + id, &message), u"42501"_s);
    QVERIFY2(message.contains(u"Publishing needs the reviewer role"_s), qPrintable(message));
    QCOMPARE(exec(db, u"UPDATE resource SET status = 'review' WHERE id = "_s + id, &message), u"42501"_s);
    QCOMPARE(exec(db, u"INSERT INTO resource (title, title_key, status, created, modified) "
                      u"VALUES ('x', 'x', 'published', now(), now())"_s),
             u"42501"_s);
    // In one transaction with a real edit of the resource, back to review is allowed (ApprovalGuard).
    QVERIFY(db.transaction());
    QCOMPARE(exec(db, u"UPDATE resource SET place = 'Lyon', version = version + 1 WHERE id = "_s + id), QString());
    QCOMPARE(exec(db, u"SAVEPOINT s1"_s), QString());
    QCOMPARE(exec(db, u"UPDATE resource SET status = 'review' WHERE id = "_s + id), QString());
    QVERIFY(db.rollback());

    // Nobody writes under another name: the server records the login.
    QCOMPARE(exec(db, uR"(INSERT INTO revision (resource_id, number, at, session_start, author, cause, status, snapshot)
        VALUES (%1, 99, now(), now(), '%2', 'edit', 'review', '{}'))"_s.arg(cId, roseLogin)),
             QString());
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM revision WHERE number = 99 AND author = '%1'"_s.arg(claireLogin)), 1);
    const QString byClaire = u"SELECT count(*) FROM status_change WHERE author = '%1'"_s.arg(claireLogin);
    const int claireChanges = m_fixture.count(m_database, byClaire);
    QVERIFY(db.transaction());   // submitting a draft for review, with its history line "by Rose"
    QCOMPARE(exec(db, u"UPDATE resource SET status = 'review' WHERE id = %1"_s.arg(d.id)), QString());
    QCOMPARE(exec(db, uR"(INSERT INTO status_change (resource_id, from_status, to_status, at, author)
        VALUES (%1, 'draft', 'review', now(), '%2'))"_s.arg(d.id).arg(roseLogin)),
             QString());
    QVERIFY(db.commit());
    QCOMPARE(m_fixture.count(m_database, byClaire), claireChanges + 1);
    // A history line alone (an approval nobody made) is refused; so is an approved revision.
    QCOMPARE(exec(db, uR"(INSERT INTO status_change (resource_id, from_status, to_status, at, author)
        VALUES (%1, 'review', 'approved', now(), '%2'))"_s.arg(cId, roseLogin), &message),
             u"42501"_s);
    QCOMPARE(exec(db, uR"(INSERT INTO revision (resource_id, number, at, session_start, author, cause, status, approved,
        snapshot) VALUES (%1, 98, now(), now(), '', 'edit', 'approved', true, '{}'))"_s.arg(cId), &message),
             u"42501"_s);
    QVERIFY2(message.contains(u"Marking a revision approved needs the reviewer role"_s), qPrintable(message));
    QCOMPARE(exec(db, u"UPDATE revision SET approved = true WHERE author = '%1'"_s.arg(claireLogin)), u"42501"_s);
    QCOMPARE(exec(db, u"UPDATE revision SET author = '%1' WHERE number = 99"_s.arg(roseLogin)), QString());
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM revision WHERE number = 99 AND author = '%1'"_s.arg(claireLogin)), 1);

    // Others' revisions and the status history cannot be changed or deleted.
    const QString before = m_fixture.state(m_database);
    QCOMPARE(exec(db, u"UPDATE revision SET snapshot = '{}' WHERE author = '%1'"_s.arg(roseLogin), &message), u"42501"_s);
    QCOMPARE(exec(db, u"DELETE FROM revision WHERE author = '%1'"_s.arg(roseLogin)), u"42501"_s);
    QCOMPARE(exec(db, u"DELETE FROM revision WHERE author = '%1'"_s.arg(claireLogin)), u"42501"_s);
    QCOMPARE(exec(db, u"UPDATE status_change SET comment = 'effacé'"_s), u"42501"_s);
    QCOMPARE(exec(db, u"DELETE FROM status_change"_s), u"42501"_s);
    QCOMPARE(exec(db, u"TRUNCATE status_change CASCADE"_s), u"42501"_s);
    // The trash, members, roles, library values and types are not an author's.
    QCOMPARE(exec(db, u"DELETE FROM resource WHERE deleted_at IS NOT NULL"_s, &message), u"42501"_s);
    QVERIFY2(message.contains(u"Emptying the trash needs the administrator role"_s), qPrintable(message));
    QCOMPARE(exec(db, u"UPDATE member SET role = 'admin' WHERE login = '%1'"_s.arg(claireLogin)), u"42501"_s);
    QCOMPARE(exec(db, u"INSERT INTO member (login, role) VALUES ('intruse', 'admin')"_s), u"42501"_s);
    QCOMPARE(exec(db, u"SELECT actes_set_member_role('%1', 'admin')"_s.arg(claireLogin), &message), u"42501"_s);
    QVERIFY2(message.contains(u"needs the administrator role"_s), qPrintable(message));
    QCOMPARE(exec(db, u"DO $$ BEGIN EXECUTE format('GRANT %I TO %I', actes_group_role('admin'), session_user); END $$"_s),
             u"42501"_s);
    QCOMPARE(exec(db, u"UPDATE actes_meta SET value = '%1' WHERE key = 'role_admin'"_s.arg(claireLogin)), u"42501"_s);
    QCOMPARE(exec(db, u"INSERT INTO library_setting (key, value) VALUES ('document/language', 'en')"_s), u"42501"_s);
    QCOMPARE(exec(db, u"UPDATE resource_type SET name = 'Autre'"_s), u"42501"_s);
    QCOMPARE(exec(db, u"DELETE FROM resource_type"_s), u"42501"_s);
    QCOMPARE(exec(db, u"SELECT actes_prune_revisions(%1, 0)"_s.arg(cId)), QString());   // keeps at least 200
    QCOMPARE(m_fixture.state(m_database), before);
    QCOMPARE(owner->currentMember().role, MemberRole::Admin);
    QCOMPARE(claire->currentMember().role, MemberRole::Author);
}

void TestPgMembers::reviewerAndAdminThroughPlainSql()
{
    auto owner = PostgresRepository::open(m_fixture.uri(m_database));
    addTeam(*owner);
    auto claire = openAs(login(u"claire"_s));
    const Resource a = claire->createResource(fullResource(u"Séminaire"_s));
    const Resource b = claire->createResource(fullResource(u"Corbeille"_s));
    claire->moveToTrash({b.id});

    QSqlDatabase rose = sqlAs(login(u"rose"_s));
    QString message;
    QCOMPARE(exec(rose, u"UPDATE resource SET status = 'approved' WHERE id = %1"_s.arg(a.id), &message), QString());
    QCOMPARE(exec(rose, u"UPDATE resource SET status = 'published' WHERE id = %1"_s.arg(a.id), &message), QString());
    QCOMPARE(exec(rose, u"DELETE FROM resource WHERE deleted_at IS NOT NULL"_s, &message), u"42501"_s);
    QVERIFY2(message.contains(u"Emptying the trash needs the administrator role; you are a reviewer."_s), qPrintable(message));
    QCOMPARE(exec(rose, u"SELECT actes_add_member('%1', 'X', 'admin', 'pw')"_s.arg(login(u"xavier"_s))), u"42501"_s);

    QSqlDatabase alain = sqlAs(login(u"alain"_s));
    QCOMPARE(exec(alain, u"SELECT actes_add_member('%1', 'Xavier', 'author', 'pw-x')"_s.arg(login(u"xavier"_s)), &message),
             QString());
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM member WHERE login = '%1' AND role = 'author'"_s.arg(
                                             login(u"xavier"_s))),
             1);
    QCOMPARE(exec(alain, u"DELETE FROM resource WHERE deleted_at IS NOT NULL"_s, &message), QString());
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM resource"_s), 1);
    // The library's settings are an administrator's.
    QCOMPARE(exec(alain, u"INSERT INTO library_setting (key, value) VALUES ('document/language', 'en')"_s), QString());
}

void TestPgMembers::roleChangeAndDisableByAdmin()
{
    auto owner = PostgresRepository::open(m_fixture.uri(m_database));
    addTeam(*owner);
    auto claire = openAs(login(u"claire"_s));
    auto rose = openAs(login(u"rose"_s));
    auto alain = openAs(login(u"alain"_s));
    const Resource a = claire->createResource(fullResource(u"Journée d’étude"_s));
    rose->changeStatus(a.id, Status::Approved, {}, {}, a.version);

    alain->setMemberRole(login(u"claire"_s), MemberRole::Reviewer);
    QCOMPARE(claire->currentMember().role, MemberRole::Reviewer);
    claire->changeStatus(a.id, Status::Published, {}, {}, a.version + 1);   // her open connection, at once
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                         u"JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '%1' "
                                         u"AND g.rolname = (SELECT value FROM actes_meta WHERE key = 'role_reviewer')"_s.arg(
                                             login(u"claire"_s))),
             1);

    alain->disableMember(login(u"rose"_s));
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM pg_roles WHERE rolname = '%1' AND NOT rolcanlogin"_s.arg(
                                             login(u"rose"_s))),
             1);
    bool found = false;
    for (const Member &m : owner->members()) {
        if (m.login == login(u"rose"_s)) {
            found = true;
            QVERIFY(m.disabled);
            QCOMPARE(m.role, MemberRole::Reviewer);
        }
    }
    QVERIFY(found);
    // Her name stays in the history; she can no longer connect, nor act from a session still open.
    const QList<StatusChange> history = owner->statusHistory(a.id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history[1].to, Status::Approved);
    QCOMPARE(history[1].author, u"Rose Dupont"_s);
    QCOMPARE(kindOf([&] { openAs(login(u"rose"_s)); }), Kind::Io);
    QCOMPARE(rose->currentMember().disabled, true);

    // The owner stays an administrator; nobody disables themselves; a reviewer manages nobody.
    QString message;
    QCOMPARE(kindOf([&] { alain->setMemberRole(u"postgres"_s, MemberRole::Author); }, &message), Kind::PermissionDenied);
    QVERIFY2(message.contains(u"owns the library"_s), qPrintable(message));
    QCOMPARE(kindOf([&] { alain->disableMember(login(u"alain"_s)); }), Kind::Invalid);
    QCOMPARE(kindOf([&] { claire->disableMember(login(u"alain"_s)); }, &message), Kind::PermissionDenied);
    QVERIFY2(message.contains(u"Disabling a member needs the administrator role; you are a reviewer."_s), qPrintable(message));
}

void TestPgMembers::disablingAnAdoptedLoginLocksNobodyOutOfTheServer()
{
    // A login that exists on the server for something else (another library, another
    // application) is added to this library, then disabled by this library's administrator.
    const QString neighbour = login(u"voisine"_s);
    QVERIFY(m_fixture.server().psql(u"CREATE ROLE %1 LOGIN"_s.arg(neighbour)));
    auto owner = PostgresRepository::open(m_fixture.uri(m_database));
    addTeam(*owner);
    auto alain = openAs(login(u"alain"_s));
    alain->addMember(Member{neighbour, u"Nadia Voisin"_s, MemberRole::Author, false}, {});
    const Resource mine = openAs(neighbour)->createResource(fullResource(u"Note de la voisine"_s));

    alain->disableMember(neighbour);
    // She still logs in to the server (this library did not create her login)…
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM pg_roles WHERE rolname = '%1' AND rolcanlogin"_s.arg(
                                             neighbour)),
             1);
    // …but has no rights in this library any more, and shows as disabled; her name stays.
    QString message;
    QVERIFY(kindOf([&] { openAs(neighbour); }, &message) != Kind::Io);   // she connects, and is refused
    QVERIFY2(message.contains(u"permission denied"_s), qPrintable(message));
    QCOMPARE(exec(sqlAs(neighbour), u"SELECT count(*) FROM resource"_s, &message), u"42501"_s);
    for (const Member &m : owner->members()) {
        if (m.login == neighbour)
            QVERIFY(m.disabled);
    }
    QCOMPARE(owner->revisions(mine.id).constLast().author, u"Nadia Voisin"_s);
}

void TestPgMembers::personalLibraryHasNoMembers()
{
    QTemporaryDir dir;
    auto file = SqliteRepository::open(dir.filePath(u"perso.actes"_s));
    QVERIFY(!file->hasMembers());
    QCOMPARE(file->currentMember().role, MemberRole::Admin);
    QString message;
    QCOMPARE(kindOf([&] { file->addMember(Member{u"claire"_s, {}, MemberRole::Author, false}, u"x"_s); }, &message),
             Kind::Invalid);
    QVERIFY2(message.contains(u"personal library has no members"_s), qPrintable(message));
    QCOMPARE(kindOf([&] { file->setMemberRole(u"claire"_s, MemberRole::Admin); }), Kind::Invalid);
}

QTEST_GUILESS_MAIN(TestPgMembers)
#include "tst_pgmembers.moc"
