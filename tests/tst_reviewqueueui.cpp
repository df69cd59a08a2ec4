// The review queue in the window (issue #13): the list panel's "To review" view and its count,
// which follows submissions made by another connection to the same library (another member's
// window) without any refresh call; the status dialog offers the reviewers and "Anyone". On
// SQLite and PostgreSQL (backendfixture.h).
#include "dialogs/prompts.h"
#include "library/library.h"
#include "list/resourcelistpanel.h"
#include "models/resourcelistmodel.h"
#include "review/reviewworkflow.h"
#include "review/statusdialog.h"

#include <QComboBox>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include "backendfixture.h"

using namespace Actes;
using namespace Qt::StringLiterals;

class TestReviewQueueUi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { BackendFixture::addBackendRows(); }
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("USER", "camille");   // the login of a personal library's single user
    }
    void init() { m_fixture.freshForCurrentRow(); }

    void countFollowsSubmissionsFromAnotherLibrary();
    void statusDialogOffersReviewersAndAnyone();

private:
    BackendFixture::Fixture m_fixture;
    Prompts::ScriptedAnswers m_noPrompt;
};

void TestReviewQueueUi::countFollowsSubmissionsFromAnotherLibrary()
{
    auto mine = m_fixture.open();
    auto theirs = m_fixture.open();
    QList<qint64> ids;
    for (const QString &title : {u"Forum de l’ESS"_s, u"Rencontre des PTCE"_s, u"Assemblée générale"_s}) {
        Resource r;
        r.title = title;
        ids.append(theirs->createResource(r).id);
    }
    const QString me = mine->currentMember().login;

    Library library;   // this window's, polling and listening as in the application
    library.setRepository(mine.get());
    ResourceListPanel panel;
    panel.setRepository(mine.get());
    panel.setLibrary(&library);
    panel.resize(420, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QToolButton *badge = panel.toReviewButton();
    QCOMPARE(badge->text(), u"To review"_s);
    QCOMPARE(panel.model()->rowCount(), 3);

    // Another member's window submits two resources: one to me, one to anyone.
    Library other;
    other.setPollInterval(0);
    other.setRepository(theirs.get());
    ReviewWorkflow workflow(*theirs, ReviewSettings{});
    workflow.submitForReview(ids[0], QString(), u"Camille"_s, QString(), theirs->storedVersion(ids[0]));
    other.announceStatusChanged(ids[0]);
    QTRY_COMPARE_WITH_TIMEOUT(badge->text(), u"To review (1)"_s, 5000);
    theirs->changeStatus(ids[1], Status::InReview, u"Camille"_s, QString(), theirs->storedVersion(ids[1]));
    theirs->setRequestedReviewer(ids[1], me);
    other.announceStatusChanged(ids[1]);
    QTRY_COMPARE_WITH_TIMEOUT(badge->text(), u"To review (2)"_s, 5000);
    QCOMPARE(panel.reviewQueueCount(), 2);
    QVERIFY(badge->font().bold());

    // The view lists them only; a resource asked of someone else is not mine to review.
    theirs->changeStatus(ids[2], Status::InReview, u"Camille"_s, QString(), theirs->storedVersion(ids[2]));
    theirs->setRequestedReviewer(ids[2], u"quelqu_un_d_autre"_s);
    other.announceStatusChanged(ids[2]);
    badge->click();
    QVERIFY(badge->isChecked());
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 2, 5000);
    QVERIFY(panel.model()->rowOfId(ids[2]) < 0);
    QCOMPARE(panel.reviewQueueCount(), 2);

    // Approved elsewhere, it leaves the queue and the count here.
    theirs->changeStatus(ids[0], Status::Approved, u"Dominique"_s, QString(), theirs->storedVersion(ids[0]));
    other.announceStatusChanged(ids[0]);
    QTRY_COMPARE_WITH_TIMEOUT(badge->text(), u"To review (1)"_s, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 1, 5000);
    QCOMPARE(panel.model()->idAt(0), ids[1]);

    // Off again: the whole list.
    badge->click();
    QCOMPARE(panel.model()->rowCount(), 3);
    library.setRepository(nullptr);
}

void TestReviewQueueUi::statusDialogOffersReviewersAndAnyone()
{
    StatusDialog dialog(u"Forum de l’ESS"_s, Status::Draft, Status::InReview);
    const QList<Member> members{Member{u"dominique"_s, u"Dominique Leroy"_s, MemberRole::Reviewer, false},
                                Member{u"bastien"_s, {}, MemberRole::Admin, false}};
    dialog.setReviewers(members);
    QComboBox *combo = dialog.reviewerCombo();
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemText(0), u"Anyone"_s);
    QCOMPARE(combo->itemText(1), u"Dominique Leroy (dominique)"_s);
    QCOMPARE(combo->itemText(2), u"bastien"_s);
    QCOMPARE(dialog.reviewer(), QString());
    combo->setCurrentIndex(1);
    QCOMPARE(dialog.reviewer(), u"dominique"_s);
    dialog.show();
    QVERIFY(combo->isVisible());

    // Another status names no reviewer.
    StatusDialog approve(u"Forum de l’ESS"_s, Status::InReview, Status::Approved);
    approve.setReviewers(members);
    approve.show();
    QVERIFY(!approve.reviewerCombo()->isVisible());
    QCOMPARE(approve.reviewer(), QString());
}

QTEST_MAIN(TestReviewQueueUi)
#include "tst_reviewqueueui.moc"
