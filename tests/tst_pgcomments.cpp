// Review comments in a team library: what the PostgreSQL server enforces, whoever connects. Two
// logins on one throwaway server: a comment added by one and resolved by the other, each
// recorded under the server's login; through the repository and through plain SQL, the other
// login cannot change or delete someone else's comment, nor write a comment under another name.
#include "pgrepositorytest.h"
#include "storagetest.h"
#include "storage/libraryerror.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Actes;
using Kind = LibraryError::Kind;
using StorageTest::kindOf;

class TestPgComments final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addedByOneResolvedByAnother();
    void othersCannotChangeOrDeleteThroughTheRepository();
    void plainSqlCannotChangeAnothersComment();
    void plainSqlCannotWriteUnderAnotherName();
    void purgingTheTrashTakesEveryonesComments();

private:
    std::unique_ptr<PostgresRepository> as(const QString &login)
    {
        return PostgresRepository::open(m_fixture.server().socketUri(m_database, login));
    }
    // A connection of its own as login, for plain SQL.
    QSqlDatabase sqlAs(const QString &login)
    {
        const QString name = u"plain-%1"_s.arg(login);
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                       : QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(m_fixture.server().socketDir());
        db.setPort(m_fixture.server().port());
        db.setUserName(login);
        db.setDatabaseName(m_database);
        if (!db.isOpen())
            db.open();
        return db;
    }
    QString column(const QString &sql)
    {
        QSqlQuery query(m_fixture.direct(m_database));
        if (!query.exec(sql) || !query.next())
            return u"error: "_s + query.lastError().text();
        return query.value(0).toString();
    }
    qint64 commentByClaire();

    PgRepositoryTest::Fixture m_fixture;
    QString m_database;
    qint64 m_resourceId = 0;
};

void TestPgComments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    for (const QString &login : {u"claire"_s, u"mehdi"_s})
        QVERIFY(m_fixture.server().psql(u"CREATE ROLE %1 LOGIN"_s.arg(login)));
}

void TestPgComments::init()
{
    m_database = m_fixture.freshDatabase();
    QVERIFY(!m_database.isEmpty());
    // The owner creates the library; the members get the privileges on its tables.
    auto owner = PostgresRepository::open(m_fixture.uri(m_database));
    Resource r;
    r.title = u"Rencontre régionale"_s;
    r.bodyHtml = u"<p>Les structures de l’ESS se sont réunies à Lyon.</p>"_s;
    m_resourceId = owner->createResource(r).id;
    owner.reset();
    QVERIFY(m_fixture.server().psql(u"GRANT USAGE ON SCHEMA public TO claire, mehdi; "
                                    u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO claire, mehdi; "
                                    u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO claire, mehdi"_s,
                                    m_database));
}

void TestPgComments::cleanup()
{
    for (const QString &login : {u"claire"_s, u"mehdi"_s}) {
        const QString name = u"plain-%1"_s.arg(login);
        if (QSqlDatabase::contains(name)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
    m_fixture.closeDirect(m_database);
}

qint64 TestPgComments::commentByClaire()
{
    auto claire = as(u"claire"_s);
    claire->setCurrentAuthor(u"Mehdi Benali"_s);   // a name given by the client changes nothing
    Comment c;
    c.resourceId = m_resourceId;
    c.anchor.quote = u"structures"_s;
    c.anchor.start = 4;
    c.anchor.end = 14;
    c.text = u"Lesquelles ?"_s;
    return claire->addComment(c).id;
}

void TestPgComments::addedByOneResolvedByAnother()
{
    const qint64 id = commentByClaire();
    auto mehdi = as(u"mehdi"_s);
    QList<Comment> list = mehdi->comments(m_resourceId);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().author, u"claire"_s);
    QCOMPARE(mehdi->unresolvedCommentCount(m_resourceId), 1);

    Comment reply;
    reply.resourceId = m_resourceId;
    reply.parentId = id;
    reply.text = u"Celles du réseau, je corrige."_s;
    QCOMPARE(mehdi->addComment(reply).author, u"mehdi"_s);
    mehdi->setCommentResolved(id, true);

    auto claire = as(u"claire"_s);
    list = claire->comments(m_resourceId);
    QCOMPARE(list.size(), 2);
    QVERIFY(list.first().resolved);
    QCOMPARE(list.first().resolvedBy, u"mehdi"_s);
    QCOMPARE(list.first().author, u"claire"_s);
    QCOMPARE(list.at(1).author, u"mehdi"_s);
    QCOMPARE(claire->unresolvedCommentCount(m_resourceId), 0);
    // And the author may reopen it.
    claire->setCommentResolved(id, false);
    QCOMPARE(mehdi->unresolvedCommentCount(m_resourceId), 1);
}

void TestPgComments::othersCannotChangeOrDeleteThroughTheRepository()
{
    const qint64 id = commentByClaire();
    auto mehdi = as(u"mehdi"_s);
    QString message;
    QCOMPARE(kindOf([&] { mehdi->editComment(id, u"Rien à redire."_s); }, &message), Kind::PermissionDenied);
    QVERIFY2(message.contains(u"claire"_s), qPrintable(message));
    QCOMPARE(kindOf([&] { mehdi->deleteComment(id); }), Kind::PermissionDenied);
    QCOMPARE(column(u"SELECT text FROM review_comment"_s), u"Lesquelles ?"_s);

    // Her own comment with another's reply: she may not delete the thread either.
    Comment reply;
    reply.resourceId = m_resourceId;
    reply.parentId = id;
    reply.text = u"Réponse"_s;
    mehdi->addComment(reply);
    auto claire = as(u"claire"_s);
    QCOMPARE(kindOf([&] { claire->deleteComment(id); }, &message), Kind::PermissionDenied);
    QVERIFY2(message.contains(u"mehdi"_s), qPrintable(message));
    claire->editComment(id, u"Lesquelles, précisément ?"_s);
    QCOMPARE(column(u"SELECT text FROM review_comment WHERE id = %1"_s.arg(id)), u"Lesquelles, précisément ?"_s);
}

void TestPgComments::plainSqlCannotChangeAnothersComment()
{
    const qint64 id = commentByClaire();
    QSqlQuery query(sqlAs(u"mehdi"_s));
    QVERIFY(!query.exec(u"UPDATE review_comment SET text = 'Rien à redire.' WHERE id = %1"_s.arg(id)));
    QVERIFY(!query.exec(u"UPDATE review_comment SET author = 'mehdi' WHERE id = %1"_s.arg(id)));
    // Deleting: the row is not the login's to delete (nothing happens, or an error).
    query.exec(u"DELETE FROM review_comment WHERE id = %1"_s.arg(id));
    QCOMPARE(column(u"SELECT author || ': ' || text FROM review_comment WHERE id = %1"_s.arg(id)),
             u"claire: Lesquelles ?"_s);
    // Resolving and moving the anchor are anyone's; the server records who resolved.
    QVERIFY2(query.exec(u"UPDATE review_comment SET resolved = true, resolved_by = 'claire', anchor_start = 5 "
                        u"WHERE id = %1"_s.arg(id)),
             qPrintable(query.lastError().text()));
    QCOMPARE(column(u"SELECT resolved_by || ' ' || anchor_start FROM review_comment WHERE id = %1"_s.arg(id)),
             u"mehdi 5"_s);
}

void TestPgComments::plainSqlCannotWriteUnderAnotherName()
{
    QSqlQuery query(sqlAs(u"mehdi"_s));
    QVERIFY2(query.exec(u"INSERT INTO review_comment (resource_id, quote, text, author, created) "
                        u"VALUES (%1, 'Lyon', 'Signé Claire', 'claire', '2001-01-01')"_s.arg(m_resourceId)),
             qPrintable(query.lastError().text()));
    QCOMPARE(column(u"SELECT author FROM review_comment"_s), u"mehdi"_s);
    QVERIFY(column(u"SELECT created > '2020-01-01' FROM review_comment"_s) == u"true"_s);
}

void TestPgComments::purgingTheTrashTakesEveryonesComments()
{
    commentByClaire();
    auto owner = PostgresRepository::open(m_fixture.uri(m_database));
    owner->moveToTrash({m_resourceId});
    QCOMPARE(owner->emptyTrash(), 1);
    QCOMPARE(column(u"SELECT count(*) FROM review_comment"_s), u"0"_s);
}

QTEST_GUILESS_MAIN(TestPgComments)
#include "tst_pgcomments.moc"
