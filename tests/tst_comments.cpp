// Review comments on both backends (SQLite and PostgreSQL, the same test code): threads,
// replies, resolving and reopening, editing and deleting, anchors, validation, the trash, the
// blocking check before approval, and the library copy. PostgreSQL's own rules (two logins,
// plain SQL): tst_pgcomments.
#include "domain/resource.h"
#include "review/reviewworkflow.h"
#include "storage/librarycopy.h"
#include "storage/libraryerror.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Actes;
using Kind = LibraryError::Kind;

#include "backendfixture.h"
#include "storagetest.h"

using namespace StorageTest;

class TestComments final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();

    void threadsAndReplies();
    void resolveAndReopen();
    void editAndDelete();
    void anchorsAreUpdated();
    void badCommentsWriteNothing();
    void purgedResourceTakesItsComments();
    void unresolvedCommentBlocksApproval();
    void copyKeepsComments();

private:
    Resource resource(ResourceRepository &repo, const QString &title = u"Rencontre régionale"_s)
    {
        Resource r;
        r.title = title;
        r.summaryHtml = u"<p>Une journée d’échanges.</p>"_s;
        r.bodyHtml = u"<p>Les structures de l’ESS se sont réunies à Lyon.</p><p>Suite en 2024.</p>"_s;
        return repo.createResource(r);
    }
    static Comment onQuote(qint64 resourceId, const QString &quote, int start, const QString &text)
    {
        Comment c;
        c.resourceId = resourceId;
        c.field = CommentField::Body;
        c.anchor.quote = quote;
        c.anchor.start = start;
        c.anchor.end = start + int(quote.size());
        c.anchor.before = u"Les "_s;
        c.anchor.after = u" de"_s;
        c.text = text;
        return c;
    }
    // Who comments are recorded as on this backend: the server's login, or the user's name.
    QString expectedAuthor(ResourceRepository &repo) const
    {
        return m_fixture.isPostgres() ? repo.currentMember().login : u"Claire Martin"_s;
    }

    BackendFixture::Fixture m_fixture;
};

void TestComments::initTestCase_data()
{
    BackendFixture::addBackendRows();
}

void TestComments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestComments::init()
{
    m_fixture.freshForCurrentRow();
}

void TestComments::threadsAndReplies()
{
    auto repo = m_fixture.open();
    repo->setCurrentAuthor(u"Claire Martin"_s);
    const Resource r = resource(*repo);
    const Resource other = resource(*repo, u"Autre"_s);
    QVERIFY(repo->comments(r.id).isEmpty());

    const Comment first = repo->addComment(onQuote(r.id, u"structures"_s, 4, u"  Lesquelles ?  "_s));
    QVERIFY(first.id > 0);
    QCOMPARE(first.text, u"Lesquelles ?"_s);
    QCOMPARE(first.author, expectedAuthor(*repo));
    QVERIFY(first.created.isValid());
    QVERIFY(!first.resolved);

    Comment second = onQuote(r.id, u"Lyon"_s, 43, u"Quelle salle ?"_s);
    second.field = CommentField::Summary;
    const Comment thread2 = repo->addComment(second);
    Comment reply;
    reply.resourceId = r.id;
    reply.parentId = first.id;
    reply.text = u"Celles du réseau."_s;
    const Comment answer = repo->addComment(reply);
    QCOMPARE(answer.parentId, first.id);
    QCOMPARE(answer.field, CommentField::Body);
    // A reply to a reply joins the thread.
    reply.parentId = answer.id;
    reply.text = u"Merci."_s;
    const Comment thanks = repo->addComment(reply);
    QCOMPARE(thanks.parentId, first.id);
    repo->addComment(onQuote(other.id, u"structures"_s, 4, u"Ailleurs"_s));

    // Read through another connection: threads in order, each followed by its replies.
    auto again = m_fixture.open();
    const QList<Comment> list = again->comments(r.id);
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.at(0).id, first.id);
    QCOMPARE(list.at(0).anchor.quote, u"structures"_s);
    QCOMPARE(list.at(0).anchor.start, 4);
    QCOMPARE(list.at(0).anchor.end, 14);
    QCOMPARE(list.at(0).anchor.before, u"Les "_s);
    QCOMPARE(list.at(0).anchor.after, u" de"_s);
    QCOMPARE(list.at(1).id, answer.id);
    QCOMPARE(list.at(1).text, u"Celles du réseau."_s);
    QCOMPARE(list.at(2).id, thanks.id);
    QCOMPARE(list.at(3).id, thread2.id);
    QCOMPARE(list.at(3).field, CommentField::Summary);
    QCOMPARE(list.at(3).author, expectedAuthor(*repo));
    QCOMPARE(again->unresolvedCommentCount(r.id), 2);
    QCOMPARE(again->unresolvedCommentCount(other.id), 1);
}

void TestComments::resolveAndReopen()
{
    auto repo = m_fixture.open();
    repo->setCurrentAuthor(u"Claire Martin"_s);
    const Resource r = resource(*repo);
    const Comment c = repo->addComment(onQuote(r.id, u"structures"_s, 4, u"Lesquelles ?"_s));
    Comment reply;
    reply.resourceId = r.id;
    reply.parentId = c.id;
    reply.text = u"Corrigé."_s;
    const Comment answer = repo->addComment(reply);

    // Resolving through a reply resolves the thread.
    repo->setCommentResolved(answer.id, true);
    QCOMPARE(repo->unresolvedCommentCount(r.id), 0);
    Comment stored = repo->comments(r.id).first();
    QVERIFY(stored.resolved);
    QCOMPARE(stored.resolvedBy, expectedAuthor(*repo));
    QVERIFY(stored.resolvedAt.isValid());

    repo->setCommentResolved(c.id, false);
    QCOMPARE(repo->unresolvedCommentCount(r.id), 1);
    stored = repo->comments(r.id).first();
    QVERIFY(!stored.resolved);
    QVERIFY(stored.resolvedBy.isEmpty());
    QVERIFY(!stored.resolvedAt.isValid());

    QCOMPARE(kindOf([&] { repo->setCommentResolved(99999, true); }), Kind::NotFound);
}

void TestComments::editAndDelete()
{
    auto repo = m_fixture.open();
    repo->setCurrentAuthor(u"Claire Martin"_s);
    const Resource r = resource(*repo);
    const Comment c = repo->addComment(onQuote(r.id, u"structures"_s, 4, u"Lesquelles ?"_s));
    const Comment lone = repo->addComment(onQuote(r.id, u"Lyon"_s, 43, u"Où ?"_s));
    Comment reply;
    reply.resourceId = r.id;
    reply.parentId = c.id;
    reply.text = u"Réponse"_s;
    repo->addComment(reply);

    repo->editComment(c.id, u"Lesquelles, précisément ?"_s);
    Comment stored = repo->comments(r.id).first();
    QCOMPARE(stored.text, u"Lesquelles, précisément ?"_s);
    QVERIFY(stored.edited.isValid());
    QCOMPARE(kindOf([&] { repo->editComment(c.id, u"   "_s); }), Kind::Invalid);
    QCOMPARE(repo->comments(r.id).first().text, u"Lesquelles, précisément ?"_s);

    // Deleting a thread's first comment takes its replies along.
    repo->deleteComment(c.id);
    const QList<Comment> left = repo->comments(r.id);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().id, lone.id);
    QCOMPARE(kindOf([&] { repo->deleteComment(c.id); }), Kind::NotFound);
}

void TestComments::anchorsAreUpdated()
{
    auto repo = m_fixture.open();
    const Resource r = resource(*repo);
    Comment c = repo->addComment(onQuote(r.id, u"structures"_s, 4, u"Lesquelles ?"_s));
    c.anchor.start = 10;
    c.anchor.end = 20;
    c.anchor.before = u"Demain, les "_s;
    c.anchor.after = u" du réseau"_s;
    Comment detached = c;
    repo->updateCommentAnchors({c});
    auto again = m_fixture.open();
    QCOMPARE(again->comments(r.id).first().anchor, c.anchor);
    QCOMPARE(again->comments(r.id).first().text, u"Lesquelles ?"_s);

    detached.anchor.detached = true;
    again->updateCommentAnchors({detached});
    QVERIFY(repo->comments(r.id).first().anchor.detached);
    QCOMPARE(repo->comments(r.id).first().anchor.quote, u"structures"_s);
}

void TestComments::badCommentsWriteNothing()
{
    auto repo = m_fixture.open();
    const Resource r = resource(*repo);
    const QString before = m_fixture.state();
    QString message;
    QCOMPARE(kindOf([&] { repo->addComment(onQuote(r.id, u"structures"_s, 4, u"  "_s)); }, &message), Kind::Invalid);
    QVERIFY2(message.contains(u"text"_s), qPrintable(message));
    QCOMPARE(kindOf([&] { repo->addComment(onQuote(r.id, QString(), 0, u"Sans citation"_s)); }), Kind::Invalid);
    QCOMPARE(kindOf([&] { repo->addComment(onQuote(r.id + 100, u"x"_s, 0, u"Ailleurs"_s)); }, &message),
             Kind::NotFound);
    QVERIFY2(message.contains(QString::number(r.id + 100)), qPrintable(message));
    Comment reply;
    reply.resourceId = r.id;
    reply.parentId = 4242;
    reply.text = u"Réponse"_s;
    QCOMPARE(kindOf([&] { repo->addComment(reply); }), Kind::NotFound);
    QCOMPARE(m_fixture.state(), before);
}

void TestComments::purgedResourceTakesItsComments()
{
    auto repo = m_fixture.open();
    const Resource r = resource(*repo);
    const Comment c = repo->addComment(onQuote(r.id, u"structures"_s, 4, u"Lesquelles ?"_s));
    Comment reply;
    reply.resourceId = r.id;
    reply.parentId = c.id;
    reply.text = u"Réponse"_s;
    repo->addComment(reply);
    repo->moveToTrash({r.id});
    QCOMPARE(repo->comments(r.id).size(), 2);   // kept in the trash
    repo->emptyTrash();
    QCOMPARE(m_fixture.count(u"SELECT count(*) FROM review_comment"_s), 0);
}

void TestComments::unresolvedCommentBlocksApproval()
{
    auto repo = m_fixture.open();
    const Resource r = resource(*repo);
    const ReviewWorkflow workflow(*repo, ReviewSettings{});
    auto commentProblem = [&] {
        const QList<Problem> problems = workflow.problems(*repo->loadResource(r.id));
        for (const Problem &p : problems)
            if (p.field == u"comments"_s)
                return std::optional<Problem>(p);
        return std::optional<Problem>();
    };
    QVERIFY(!commentProblem());
    const Comment c = repo->addComment(onQuote(r.id, u"structures"_s, 4, u"Lesquelles ?"_s));
    const std::optional<Problem> problem = commentProblem();
    QVERIFY(problem);
    QCOMPARE(problem->level, Problem::Blocking);
    QVERIFY(workflow.refusalReasons(*repo->loadResource(r.id), Status::Approved).contains(problem->message));
    QVERIFY(workflow.refusalReasons(*repo->loadResource(r.id), Status::InReview).isEmpty());
    repo->setCommentResolved(c.id, true);
    QVERIFY(!commentProblem());
    QVERIFY(!workflow.refusalReasons(*repo->loadResource(r.id), Status::Approved).contains(problem->message));
}

void TestComments::copyKeepsComments()
{
    auto repo = m_fixture.open();
    repo->setCurrentAuthor(u"Claire Martin"_s);
    const Resource r = resource(*repo);
    const Comment c = repo->addComment(onQuote(r.id, u"structures"_s, 4, u"Lesquelles ?"_s));
    Comment reply;
    reply.resourceId = r.id;
    reply.parentId = c.id;
    reply.text = u"Réponse"_s;
    repo->addComment(reply);
    repo->setCommentResolved(c.id, true);
    const QList<Comment> original = repo->comments(r.id);

    // Into a library of the other backend, then back again.
    const QString otherBackend = m_fixture.isPostgres() ? BackendFixture::sqlite : BackendFixture::postgresql;
    BackendFixture::Fixture other;
    QVERIFY2(other.fresh(otherBackend), qPrintable(other.errorString()));
    auto destination = other.open();
    const LibraryCopy::Result result = LibraryCopy::copy(*repo, *destination);
    Q_UNUSED(result);
    QCOMPARE(destination->comments(r.id), original);
    // A copy keeps working: new comments get new ids.
    const Comment next = destination->addComment(onQuote(r.id, u"Lyon"_s, 43, u"Où ?"_s));
    QVERIFY(next.id > original.last().id);
}

QTEST_GUILESS_MAIN(TestComments)
#include "tst_comments.moc"
