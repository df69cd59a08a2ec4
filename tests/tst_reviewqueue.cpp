// The review queue (issue #13): a submission for review may name the member expected to
// review it; "to review" lists what waits in review for a login or for anyone, filtered in
// SQL; the request is kept in the status history and cleared when the resource leaves review.
// The same test code runs on SQLite and PostgreSQL (backendfixture.h).
#include "domain/resource.h"
#include "review/reviewworkflow.h"
#include "storage/libraryerror.h"

#include <QStandardPaths>
#include <QTest>

#include <algorithm>

#include "backendfixture.h"

using namespace Actes;
using namespace Qt::StringLiterals;

class TestReviewQueue final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { BackendFixture::addBackendRows(); }
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("USER", "camille");   // the login of a personal library's single user
    }
    void init()
    {
        m_fixture.freshForCurrentRow();
        m_repo = m_fixture.open();
        m_repo->setCurrentAuthor(u"Claire"_s);
    }
    void cleanup() { m_repo.reset(); }

    void queueListsWhatWaitsForMeAndForAnyone();
    void requestIsRecordedInTheHistoryAndSeenByAnotherConnection();
    void requestIsClearedWhenTheResourceLeavesReview();
    void onlyAResourceInReviewNamesAReviewer();
    void workflowRefusesAReviewerWhoIsNotAnEligibleMember();

private:
    static ResourceFilter queueFilter(const QString &login)
    {
        ResourceFilter filter;
        filter.reviewQueueFor = login;
        return filter;
    }
    static ResourceFilter searchFilter(const QString &text)
    {
        ResourceFilter filter;
        filter.searchText = text;
        return filter;
    }
    qint64 create(const QString &title, int day)
    {
        Resource r;
        r.title = title;
        r.type = u"Compte rendu"_s;
        r.dateStart = QDate(2024, 3, day);
        r.summaryHtml = u"<p>Résumé.</p>"_s;
        r.bodyHtml = u"<p>Texte.</p>"_s;
        return m_repo->createResource(r).id;
    }
    void submit(qint64 id, const QString &reviewer)
    {
        m_repo->changeStatus(id, Status::InReview, u"Claire"_s, QString(), m_repo->storedVersion(id));
        m_repo->setRequestedReviewer(id, reviewer);
    }
    QList<qint64> queueOf(const QString &login, ResourceFilter filter = {})
    {
        filter.reviewQueueFor = login;
        QList<qint64> ids;
        for (const ResourceSummary &s : m_repo->listResources(filter))
            ids.append(s.id);
        return ids;
    }

    BackendFixture::Fixture m_fixture;
    std::unique_ptr<ResourceRepository> m_repo;
};

void TestReviewQueue::queueListsWhatWaitsForMeAndForAnyone()
{
    const qint64 forMe = create(u"Forum de l’ESS"_s, 10);
    const qint64 forAnyone = create(u"Rencontre des PTCE"_s, 9);
    const qint64 forBastien = create(u"Assemblée générale"_s, 8);
    const qint64 draft = create(u"Brouillon"_s, 7);
    const qint64 trashed = create(u"Dans la corbeille"_s, 6);
    submit(forMe, u"dominique"_s);
    submit(forAnyone, QString());
    submit(forBastien, u"bastien"_s);
    submit(trashed, u"dominique"_s);
    m_repo->moveToTrash({trashed});

    // Newest event first, as every list.
    QCOMPARE(queueOf(u"dominique"_s), (QList<qint64>{forMe, forAnyone}));
    QCOMPARE(m_repo->countResources(queueFilter(u"dominique"_s)), 2);
    QCOMPARE(queueOf(u"bastien"_s), (QList<qint64>{forAnyone, forBastien}));
    QCOMPARE(queueOf(u"camille"_s), QList<qint64>{forAnyone});
    QVERIFY(!queueOf(u"dominique"_s).contains(draft));
    // It combines with the other criteria (here, the search).
    QCOMPARE(queueOf(u"dominique"_s, searchFilter(u"forum"_s)), QList<qint64>{forMe});
    // No restriction without a login.
    QCOMPARE(m_repo->countResources({}), 4);
}

void TestReviewQueue::requestIsRecordedInTheHistoryAndSeenByAnotherConnection()
{
    const qint64 id = create(u"Forum de l’ESS"_s, 10);
    const int version = m_repo->storedVersion(id);
    submit(id, u"dominique"_s);
    QCOMPARE(m_repo->requestedReviewer(id), u"dominique"_s);
    // Naming the reviewer is not an edit of the resource: no new version, no conflict for others.
    QCOMPARE(m_repo->storedVersion(id), version + 1);   // the status change only

    const QList<StatusChange> history = m_repo->statusHistory(id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().to, Status::InReview);
    QCOMPARE(history.first().reviewer, u"dominique"_s);

    auto other = m_fixture.open();
    QCOMPARE(other->requestedReviewer(id), u"dominique"_s);
    QCOMPARE(other->countResources(queueFilter(u"dominique"_s)), 1);
    // Asked again of someone else: the waiting submission names the new reviewer.
    other->setRequestedReviewer(id, u"bastien"_s);
    QCOMPARE(m_repo->requestedReviewer(id), u"bastien"_s);
    QCOMPARE(m_repo->statusHistory(id).first().reviewer, u"bastien"_s);
    QCOMPARE(m_repo->countResources(queueFilter(u"dominique"_s)), 0);
}

void TestReviewQueue::requestIsClearedWhenTheResourceLeavesReview()
{
    const qint64 id = create(u"Forum de l’ESS"_s, 10);
    submit(id, u"dominique"_s);
    m_repo->changeStatus(id, Status::Approved, u"Dominique"_s, u"Relu"_s, m_repo->storedVersion(id));
    QCOMPARE(m_repo->requestedReviewer(id), QString());
    QCOMPARE(m_fixture.count(u"SELECT count(*) FROM resource WHERE requested_reviewer IS NOT NULL"_s), 0);
    // The history keeps who was asked.
    QCOMPARE(m_repo->statusHistory(id).last().reviewer, u"dominique"_s);
    QCOMPARE(m_repo->statusHistory(id).first().reviewer, QString());

    // Back in review without naming anyone: it waits for anyone, not for the former reviewer only.
    m_repo->changeStatus(id, Status::InReview, u"Dominique"_s, QString(), m_repo->storedVersion(id));
    QCOMPARE(m_repo->requestedReviewer(id), QString());
    QCOMPARE(queueOf(u"camille"_s), QList<qint64>{id});

    // A save that moves it out of review (an import, a direct save) clears it too.
    m_repo->setRequestedReviewer(id, u"dominique"_s);
    Resource resource = *m_repo->loadResource(id);
    resource.status = Status::Draft;
    m_repo->saveResource(resource);
    QCOMPARE(m_fixture.count(u"SELECT count(*) FROM resource WHERE requested_reviewer IS NOT NULL"_s), 0);
    QVERIFY(queueOf(u"dominique"_s).isEmpty());
}

void TestReviewQueue::onlyAResourceInReviewNamesAReviewer()
{
    const qint64 id = create(u"Forum de l’ESS"_s, 10);
    const QString before = m_fixture.state();
    try {
        m_repo->setRequestedReviewer(id, u"dominique"_s);
        QFAIL("a draft got a reviewer");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::Invalid);
        QVERIFY2(e.message().contains(u"Forum de l’ESS"_s), qPrintable(e.message()));
    }
    QCOMPARE(m_fixture.state(), before);
    QCOMPARE(m_fixture.count(u"SELECT count(*) FROM resource WHERE requested_reviewer IS NOT NULL"_s), 0);
    try {
        m_repo->setRequestedReviewer(9999, u"dominique"_s);
        QFAIL("an unknown resource got a reviewer");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::NotFound);
    }
}

void TestReviewQueue::workflowRefusesAReviewerWhoIsNotAnEligibleMember()
{
    const qint64 id = create(u"Forum de l’ESS"_s, 10);
    ReviewWorkflow workflow(*m_repo, ReviewSettings{});
    const QString before = m_fixture.state();
    try {
        workflow.submitForReview(id, u"personne"_s, u"Claire"_s, QString(), m_repo->storedVersion(id));
        QFAIL("a stranger was named reviewer");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::Invalid);
        QVERIFY2(e.message().contains(u"personne"_s), qPrintable(e.message()));
    }
    QCOMPARE(m_fixture.state(), before);
    QCOMPARE(m_repo->loadResource(id)->status, Status::Draft);

    // The single user of a personal library (or the login of the connection) may be named.
    const QString me = m_repo->currentMember().login;
    QVERIFY(!me.isEmpty());
    const QList<Member> eligible = ReviewWorkflow::eligibleReviewers(m_repo->members());
    QVERIFY(std::any_of(eligible.cbegin(), eligible.cend(), [&](const Member &m) { return m.login == me; }));
    const Resource stored = workflow.submitForReview(id, me, u"Claire"_s, u"À relire"_s, m_repo->storedVersion(id));
    QCOMPARE(stored.status, Status::InReview);
    QCOMPARE(m_repo->requestedReviewer(id), me);
    QCOMPARE(m_repo->statusHistory(id).first().comment, u"À relire"_s);
    QCOMPARE(queueOf(me), QList<qint64>{id});

    // Authors and disabled members are not offered.
    const QList<Member> offered = ReviewWorkflow::eligibleReviewers(
        {Member{u"a"_s, u"Autrice"_s, MemberRole::Author, false}, Member{u"r"_s, {}, MemberRole::Reviewer, false},
         Member{u"d"_s, {}, MemberRole::Admin, true}, Member{u"x"_s, {}, MemberRole::Admin, false}});
    QStringList logins;
    for (const Member &m : offered)
        logins.append(m.login);
    QCOMPARE(logins, (QStringList{u"r"_s, u"x"_s}));
}

QTEST_GUILESS_MAIN(TestReviewQueue)
#include "tst_reviewqueue.moc"
