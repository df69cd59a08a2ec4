// "Review before going online" in the window: the checks list and the status control of the
// metadata panel, the history panel with its comparison window, the website preview and the
// website export dialog. Offscreen, on a real SqliteRepository in a temporary folder.

#include "dialogs/importreportdialog.h"
#include "dialogs/prompts.h"
#include "export/siteexport.h"
#include "export/siteexportdialog.h"
#include "import/websitedumpimporter.h"
#include "metadata/linktableeditor.h"
#include "metadata/metadatapanel.h"
#include "review/checks.h"
#include "review/checkslist.h"
#include "review/comparedialog.h"
#include "review/historypanel.h"
#include "review/sitepreviewdialog.h"
#include "review/statuscontrol.h"
#include "review/statusdialog.h"
#include "review/statusservice.h"
#include "storage/sqliterepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Actes;

namespace {

// A resource every check accepts.
Resource complete()
{
    Resource r;
    r.title = u"Rencontre « l’économie de proximité »"_s;
    r.type = u"Compte rendu"_s;
    r.privateConfirmed = true;
    r.dateStart = QDate(2024, 3, 14);
    r.dateEnd = QDate(2024, 3, 15);
    r.place = u"Lille"_s;
    r.attendance = 60;
    r.summaryHtml = u"<p>Les élu·es ont échangé sur l’œuvre commune.</p>"_s;
    r.bodyHtml = u"<p>Première version du texte\u00a0: les acteurs locaux.</p>"_s;
    r.participants = {Participant{0, u"Anaïs Lefèvre"_s, u"Élue"_s, u"Ville de Lille"_s, u"Intervenante"_s}};
    r.partners = {Partner{0, u"Ville de Lille"_s, u"Hôte"_s}};
    return r;
}

int rowOfField(const ChecksList *checks, const QString &field)
{
    const QList<Problem> problems = checks->problems();
    for (int i = 0; i < problems.size(); ++i)
        if (problems.at(i).field == field)
            return i;
    return -1;
}

QString screenshotDir()
{
    return qEnvironmentVariable("ACTES_SCREENSHOT_DIR");
}

} // namespace

class TestReviewUi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void checksListShowsMissingDateAndFocusesIt();
    void checksListKeyboardAndReadyLine();
    void checksFollowTheEditorContent();
    void statusMenuBlocksApprovedUntilFixed();
    void statusChangeAsksForComment();
    void historyListsRevisionsAndStatusChanges();
    void changesSinceLastApprovedMarksAddedWord();
    void sinceApprovedDisabledWithoutApproval();
    void compareTwoRevisionsSideBySideAndInline();
    void restoreEmitsTheRevisionId();
    void sitePreviewShowsBodyWithoutScript();
    void siteExportDialogReportsWrittenAndLeftOut();
    void unconfirmedPrivacyInPreviewAndImportReport();
    void accessibleNames();
    void screenshots();

private:
    Resource store(const Resource &r, const QString &author = u"Claire"_s);
    Resource save(Resource r, const QString &author);
    void advance(int minutes = 30) { m_now = m_now.addSecs(minutes * 60); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteRepository> m_repo;
    QDateTime m_now;
};

void TestReviewUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

void TestReviewUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_repo = SqliteRepository::open(m_dir->filePath(u"bibliothèque.actes"_s));
    m_repo->addResourceType(u"Compte rendu"_s);
    m_now = QDateTime(QDate(2024, 5, 2), QTime(9, 0), Qt::UTC);
    m_repo->setClock([this] { return m_now; });
}

void TestReviewUi::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<CompareDialog *>(w))
            delete w;
    }
    m_repo.reset();
    m_dir.reset();
}

Resource TestReviewUi::store(const Resource &r, const QString &author)
{
    m_repo->setCurrentAuthor(author);
    return m_repo->createResource(r);
}

Resource TestReviewUi::save(Resource r, const QString &author)
{
    advance();
    m_repo->setCurrentAuthor(author);
    return m_repo->saveResource(r);
}

// --- Checks list ---------------------------------------------------------------------------

void TestReviewUi::checksListShowsMissingDateAndFocusesIt()
{
    Resource r = complete();
    r.dateStart = QDate();
    r.dateEnd = QDate();
    MetadataPanel panel;
    panel.setRepository(m_repo.get());
    panel.setResource(r);
    panel.resize(360, 800);
    panel.show();
    QApplication::setActiveWindow(&panel);
    QVERIFY(QTest::qWaitForWindowActive(&panel));

    ChecksList *checks = panel.checksList();
    const int row = rowOfField(checks, u"date"_s);
    QVERIFY(row >= 0);
    QCOMPARE(checks->problems().at(row).level, Problem::Blocking);
    QCOMPARE(checks->listWidget()->count(), checks->problems().size());
    QCOMPARE(checks->listWidget()->item(row)->text(), checks->problems().at(row).message);
    QVERIFY(checks->listWidget()->isVisible());
    QVERIFY(!checks->readyLabel()->isVisible());
    QVERIFY(!checks->summaryLabel()->text().isEmpty());

    // Clicking the row goes to the date: the "date known" box, as the date edits are off.
    panel.typeCombo()->setFocus();
    QSignalSpy activated(&panel, &MetadataPanel::problemActivated);
    QListWidget *list = checks->listWidget();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), u"date"_s);
    QTRY_COMPARE(QApplication::focusWidget(), panel.dateKnownCheck());

    // With a date, the same problem (end before start) goes to the start date edit.
    panel.typeCombo()->setFocus();
    panel.focusField(u"date"_s);
    QCOMPARE(QApplication::focusWidget(), panel.dateKnownCheck());
    QTest::keyClick(panel.dateKnownCheck(), Qt::Key_Space);   // the date becomes known: problem gone
    QCOMPARE(rowOfField(checks, u"date"_s), -1);
    panel.focusField(u"date"_s);
    QCOMPARE(QApplication::focusWidget(), panel.startDateEdit());
    panel.focusField(u"type"_s);
    QCOMPARE(QApplication::focusWidget(), panel.typeCombo());
    panel.focusField(u"private"_s);
    QCOMPARE(QApplication::focusWidget(), panel.privateCheck());
}

void TestReviewUi::checksListKeyboardAndReadyLine()
{
    Resource r = complete();
    r.type.clear();
    r.partners.append(Partner{0, QString(), u"Financeur"_s});
    MetadataPanel panel;
    panel.setRepository(m_repo.get());
    panel.setResource(r);
    panel.show();
    QApplication::setActiveWindow(&panel);
    QVERIFY(QTest::qWaitForWindowActive(&panel));

    ChecksList *checks = panel.checksList();
    QCOMPARE(checks->blockingCount(), 2);
    QCOMPARE(checks->problems().at(0).field, u"type"_s);   // in the order of the fields
    QCOMPARE(checks->problems().at(1).field, u"partners"_s);

    // Keyboard: arrow to the partners problem, Enter goes to the nameless partner row.
    QSignalSpy activated(&panel, &MetadataPanel::problemActivated);
    QListWidget *list = checks->listWidget();
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), u"partners"_s);
    QCOMPARE(QApplication::focusWidget(), panel.partnersEditor()->view());
    QCOMPARE(panel.partnersEditor()->view()->currentIndex().row(), 1);

    // Fixed: one positive line, no list.
    r = complete();
    panel.setResource(r);
    QVERIFY(checks->problems().isEmpty());
    QVERIFY(checks->readyLabel()->isVisible());
    QVERIFY(checks->readyLabel()->text().contains(u"Ready to publish"_s));
    QVERIFY(!checks->listWidget()->isVisible());
}

void TestReviewUi::checksFollowTheEditorContent()
{
    MetadataPanel panel;
    panel.setRepository(m_repo.get());
    panel.setResource(complete());
    QVERIFY(panel.problems().isEmpty());

    // The editor pane's content arrives through setCurrentResource(): an emptied body blocks.
    Resource edited = complete();
    edited.bodyHtml = u"<p> </p>"_s;
    edited.type = u"Ignored: the panel's own value counts"_s;
    panel.setCurrentResource(edited);
    QCOMPARE(panel.problems().size(), 1);
    QCOMPARE(panel.problems().first().field, u"body"_s);

    // A summary over the limit of the settings.
    panel.setReviewSettings(ReviewSettings{20});
    QCOMPARE(rowOfField(panel.checksList(), u"summary"_s), 0);

    // An image the library does not have blocks; one it has does not.
    panel.setReviewSettings(ReviewSettings{});
    const QString key = m_repo->storeImage(QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="),
        u"image/png"_s);
    edited = complete();
    edited.bodyHtml = u"<p>Photo\u00a0: <img src=\"actes-image:%1\" alt=\"la salle\"></p>"_s.arg(key);
    panel.setCurrentResource(edited);
    QVERIFY(panel.problems().isEmpty());
    edited.bodyHtml = u"<p>Photo <img src=\"actes-image:0000deadbeef\" alt=\"disparue\"></p>"_s;
    panel.setCurrentResource(edited);
    QCOMPARE(panel.problems().size(), 1);
    QVERIFY(panel.problems().first().message.contains(u"disparue"_s));
}

// --- Status ----------------------------------------------------------------------------------

void TestReviewUi::statusMenuBlocksApprovedUntilFixed()
{
    Resource r = complete();
    r.dateStart = QDate();
    r.dateEnd = QDate();
    r = store(r);
    MetadataPanel panel;
    panel.setRepository(m_repo.get());
    panel.setResource(r);
    panel.show();

    StatusControl *status = panel.statusControl();
    QCOMPARE(status->badge()->text(), statusLabel(Status::Draft));
    status->updateMenu();
    QVERIFY(status->actionFor(Status::Draft) == nullptr);        // not a target from Draft
    QVERIFY(status->actionFor(Status::InReview)->isEnabled());
    QAction *approve = status->actionFor(Status::Approved);
    QVERIFY(approve);
    QVERIFY(!approve->isEnabled());
    QVERIFY(approve->toolTip().contains(u"date"_s));              // the reason is shown
    QVERIFY(!status->actionFor(Status::Published)->isEnabled());
    QVERIFY(status->actionFor(Status::Archived)->isEnabled());

    // Fixed in the panel: the menu allows it at once.
    panel.dateKnownCheck()->click();
    QVERIFY(panel.problems().isEmpty());
    status->updateMenu();
    approve = status->actionFor(Status::Approved);
    QVERIFY(approve->isEnabled());
    QVERIFY(status->actionFor(Status::Published)->isEnabled());

    // Broken again by the editor content (empty title): refused again.
    Resource edited = r;
    edited.title.clear();
    panel.setCurrentResource(edited);
    status->updateMenu();
    QVERIFY(!status->actionFor(Status::Approved)->isEnabled());

    // Archived: only Draft is offered.
    Resource archived = complete();
    archived.status = Status::Archived;
    panel.setResource(archived);
    status->updateMenu();
    QVERIFY(status->actionFor(Status::Draft)->isEnabled());
    QVERIFY(status->actionFor(Status::Approved) == nullptr);

    // Read-only: the button is off.
    panel.setReadOnly(true);
    QVERIFY(!status->button()->isEnabled());
}

void TestReviewUi::statusChangeAsksForComment()
{
    const Resource r = store(complete());
    MetadataPanel panel;
    panel.setRepository(m_repo.get());
    panel.setResource(r);
    StatusControl *status = panel.statusControl();
    Prompts::ScriptedAnswers answers;
    answers.type(u"Relu avec les intervenants"_s);
    QSignalSpy requested(&panel, &MetadataPanel::statusChangeRequested);
    status->updateMenu();
    status->actionFor(Status::Approved)->trigger();
    // Asked once, naming the resource, the status it has and the one chosen.
    QCOMPARE(answers.asked().size(), 1);
    QCOMPARE(answers.asked().at(0).kind, Prompts::Kind::Text);
    QCOMPARE(answers.asked().at(0).title, u"Change status"_s);
    QCOMPARE(answers.asked().at(0).text, u"Change the status of “%1” from %2 to %3?"_s
                                             .arg(r.title, statusLabel(Status::Draft), statusLabel(Status::Approved)));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).value<Status>(), Status::Approved);
    QCOMPARE(requested.at(0).at(1).toString(), u"Relu avec les intervenants"_s);

    // Cancelled: nothing emitted.
    answers.type(std::nullopt);
    status->updateMenu();
    status->actionFor(Status::InReview)->trigger();
    QCOMPARE(answers.asked().size(), 2);
    QCOMPARE(answers.asked().at(1).text, u"Change the status of “%1” from %2 to %3?"_s
                                             .arg(r.title, statusLabel(Status::Draft), statusLabel(Status::InReview)));
    QCOMPARE(requested.size(), 1);

    // The real dialog: the comment typed is returned trimmed, the OK button names the status.
    StatusDialog dialog(r.title, Status::Draft, Status::Approved);
    dialog.commentEdit()->setPlainText(u"  Vérifié\u00a0!  "_s);
    QCOMPARE(dialog.comment(), u"Vérifié\u00a0!"_s);

    // The window performs it: the repository records the comment.
    StatusService service(*m_repo, [](const Resource &res) { return blockingProblems(res, ReviewSettings{}); });
    const Resource approved = service.changeStatus(r.id, Status::Approved, u"Claire"_s,
                                                   requested.at(0).at(1).toString(), r.version);
    panel.setResource(approved);
    QCOMPARE(status->badge()->text(), statusLabel(Status::Approved));
    QCOMPARE(m_repo->statusHistory(r.id).first().comment, u"Relu avec les intervenants"_s);
}

// --- History ---------------------------------------------------------------------------------

void TestReviewUi::historyListsRevisionsAndStatusChanges()
{
    Resource r = store(complete(), u"Claire"_s);
    r.title = u"Rencontre « l’économie de proximité » à Lille"_s;
    r = save(r, u"Karim"_s);
    StatusService service(*m_repo, [](const Resource &res) { return blockingProblems(res, ReviewSettings{}); });
    advance();
    r = service.changeStatus(r.id, Status::InReview, u"Karim"_s, u"À relire"_s, r.version);

    HistoryPanel panel;
    panel.setRepository(m_repo.get());
    panel.setResourceId(r.id);
    QCOMPARE(panel.revisions().size(), 3);
    QCOMPARE(panel.revisionList()->count(), 3);
    // Newest first, with number, author, status and changed fields.
    QCOMPARE(panel.revisions().first().number, 3);
    const QString newest = panel.revisionList()->item(0)->text();
    QVERIFY2(newest.contains(u"Revision 3"_s), qPrintable(newest));
    QVERIFY(newest.contains(u"Karim"_s));
    QVERIFY(newest.contains(statusLabel(Status::InReview)));
    const QString second = panel.revisionList()->item(1)->text();
    QVERIFY2(second.contains(RevisionFields::label(u"title"_s)), qPrintable(second));
    QVERIFY(!second.contains(RevisionFields::label(u"body"_s)));
    // The date and time in the locale (French here).
    const QString when = QLocale().toString(panel.revisions().first().at.toLocalTime(), QLocale::ShortFormat);
    QVERIFY2(newest.contains(when), qPrintable(newest + u" / "_s + when));

    // Status changes with their comment.
    QCOMPARE(panel.statusList()->count(), 1);
    QVERIFY(panel.statusList()->item(0)->text().contains(u"À relire"_s));

    // A save adds a revision after refresh().
    r.bodyHtml = u"<p>Deuxième version.</p>"_s;
    r = save(r, u"Claire"_s);
    panel.refresh();
    QCOMPARE(panel.revisionList()->count(), 4);

    // Buttons follow the selection.
    QVERIFY(!panel.compareButton()->isEnabled());
    panel.selectRevisions({panel.revisions().at(2).id});
    QVERIFY(panel.compareButton()->isEnabled());
    QVERIFY(panel.restoreButton()->isEnabled());
    panel.selectRevisions({panel.revisions().at(0).id});
    QVERIFY(!panel.restoreButton()->isEnabled());                 // the current version
    panel.selectRevisions({panel.revisions().at(0).id, panel.revisions().at(1).id, panel.revisions().at(2).id});
    QVERIFY(!panel.compareButton()->isEnabled());

    panel.setResourceId(0);
    QCOMPARE(panel.revisionList()->count(), 0);
    QVERIFY(!panel.sinceApprovedButton()->isEnabled());
}

void TestReviewUi::changesSinceLastApprovedMarksAddedWord()
{
    Resource r = store(complete());
    StatusService service(*m_repo, [](const Resource &res) { return blockingProblems(res, ReviewSettings{}); });
    advance();
    r = service.changeStatus(r.id, Status::Approved, u"Claire"_s, QString(), r.version);
    r.bodyHtml = u"<p>Première version du texte\u00a0: les acteurs locaux coopératifs.</p>"_s;
    r.place = u"Lille-Fives"_s;
    r = save(r, u"Karim"_s);

    HistoryPanel panel;
    panel.setRepository(m_repo.get());
    panel.setResourceId(r.id);
    QVERIFY(panel.sinceApprovedButton()->isEnabled());
    QVERIFY(panel.revisionList()->item(1)->data(Qt::UserRole + 6).toBool());   // the approved mark
    QTest::mouseClick(panel.sinceApprovedButton(), Qt::LeftButton);
    CompareDialog *dialog = panel.compareDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QString html = dialog->html();
    static const QRegularExpression added(u"<ins[^>]*>(?:<span[^>]*>)?[^<]*coopératifs"_s);
    QVERIFY2(added.match(html).hasMatch(), qPrintable(html));
    // In the metadata too: the place.
    static const QRegularExpression place(u"<ins[^>]*>(?:<span[^>]*>)?[^<]*Fives"_s);
    QVERIFY(place.match(html).hasMatch());
    QVERIFY(!html.contains(u"<del"_s) || !html.contains(u"Première</span></del>"_s));
    QCOMPARE(dialog->changedFields().size(), 2);
    QVERIFY(dialog->browser()->toPlainText().contains(u"coopératifs"_s));
    QVERIFY(html.contains(u"Current version"_s));
}

void TestReviewUi::sinceApprovedDisabledWithoutApproval()
{
    const Resource r = store(complete());
    HistoryPanel panel;
    panel.setRepository(m_repo.get());
    panel.setResourceId(r.id);
    QVERIFY(!panel.sinceApprovedButton()->isEnabled());
    QVERIFY(panel.sinceApprovedButton()->toolTip().contains(u"never been approved"_s));
    panel.compareSinceApproved();
    QVERIFY(!panel.compareDialog());
}

void TestReviewUi::compareTwoRevisionsSideBySideAndInline()
{
    Resource r = store(complete(), u"Claire"_s);
    r.bodyHtml = u"<p>Première version du texte\u00a0: les élus locaux.</p>"_s;
    r = save(r, u"Karim"_s);
    HistoryPanel panel;
    panel.setRepository(m_repo.get());
    panel.setResourceId(r.id);
    panel.selectRevisions({panel.revisions().at(0).id, panel.revisions().at(1).id});
    QVERIFY(panel.compareButton()->isEnabled());
    panel.compareButton()->click();
    CompareDialog *dialog = panel.compareDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->diffLayout(), DiffLayout::SideBySide);
    QString html = dialog->html();
    QVERIFY(html.contains(u"Revision 1"_s));
    QVERIFY(html.contains(u"Revision 2"_s));
    QVERIFY(html.indexOf(u"Revision 1"_s) < html.indexOf(u"Revision 2"_s));   // older on the left
    QVERIFY(html.contains(u"<del"_s) && html.contains(u"acteurs"_s));
    QVERIFY(html.contains(u"<ins"_s) && html.contains(u"élus"_s));
    QVERIFY(html.contains(u"width=\"50%\""_s));

    dialog->inlineButton()->click();
    QCOMPARE(dialog->diffLayout(), DiffLayout::Inline);
    QVERIFY(dialog->html() != html);
    QVERIFY(!dialog->html().contains(u"background-color:#fdf6f5"_s));

    // Unchanged fields on demand.
    QVERIFY(!dialog->html().contains(RevisionFields::label(u"place"_s)));
    dialog->unchangedCheck()->click();
    QVERIFY(dialog->html().contains(RevisionFields::label(u"place"_s)));
}

void TestReviewUi::restoreEmitsTheRevisionId()
{
    Resource r = store(complete(), u"Claire"_s);
    r.bodyHtml = u"<p>Texte réécrit.</p>"_s;
    r = save(r, u"Karim"_s);
    HistoryPanel panel;
    panel.setRepository(m_repo.get());
    panel.setResourceId(r.id);
    const RevisionInfo first = panel.revisions().last();
    QCOMPARE(first.number, 1);

    Prompts::ScriptedAnswers answers;
    answers.click(QMessageBox::Cancel);
    QSignalSpy restore(&panel, &HistoryPanel::restoreRequested);
    panel.selectRevisions({first.id});
    QVERIFY(panel.restoreButton()->isEnabled());
    panel.restoreButton()->click();
    QCOMPARE(answers.asked().size(), 1);
    QCOMPARE(answers.asked().at(0).title, u"Restore a revision"_s);
    QVERIFY2(answers.asked().at(0).text.startsWith(u"Restore revision 1 of "_s), qPrintable(answers.asked().at(0).text));
    QCOMPARE(restore.size(), 0);                                  // refused at the question
    answers.click(QMessageBox::Yes);                              // the "Restore" button
    panel.restoreButton()->click();
    QCOMPARE(answers.asked().size(), 2);
    QCOMPARE(restore.size(), 1);
    QCOMPARE(restore.at(0).at(0).toLongLong(), first.id);

    // The window restores it and refreshes: a new revision on top, the old text back.
    m_repo->restoreRevision(first.id, u"Claire"_s, r.version);
    panel.refresh();
    QCOMPARE(panel.revisions().size(), 3);
    QCOMPARE(panel.revisions().first().cause, RevisionCause::Restore);
    QVERIFY(panel.revisionList()->item(0)->text().contains(u"1"_s));
    QCOMPARE(m_repo->loadResource(r.id)->bodyHtml, complete().bodyHtml);
}

// --- Website ---------------------------------------------------------------------------------

void TestReviewUi::sitePreviewShowsBodyWithoutScript()
{
    Resource r = complete();
    r.bodyHtml = u"<p onclick=\"steal()\">Les «\u202Fcoopératives\u202F» d’habitants.</p>"
                 u"<script>alert('x')</script><p><a href=\"javascript:alert(1)\">lien</a> "
                 u"<a href=\"https://example.org/ess\">ESS</a></p>"_s;
    r.summaryHtml = u"<p>Résumé <u>souligné</u>.</p>"_s;
    SitePreviewDialog dialog(m_repo.get());
    dialog.setResource(r);
    const QString html = dialog.html();
    QVERIFY2(html.contains(u"Les «\u202Fcoopératives\u202F» d’habitants."_s), qPrintable(html));
    QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
    QVERIFY(!html.contains(u"alert"_s));
    QVERIFY(!html.contains(u"onclick"_s));
    QVERIFY(!html.contains(u"javascript:"_s));
    QVERIFY(html.contains(u"<a href=\"https://example.org/ess\">ESS</a>"_s));
    QVERIFY(!html.contains(u"<u>"_s));                           // the website subset
    QVERIFY(html.contains(r.title.toHtmlEscaped()));
    QVERIFY(html.contains(u"Anaïs Lefèvre"_s));
    QVERIFY(html.contains(u"Ville de Lille"_s));
    QVERIFY(html.contains(u"14\u00a0et 15\u00a0mars\u00a02024"_s) || html.contains(u"14 et 15 mars 2024"_s)
            || html.contains(u"mars"_s));
    const QString text = dialog.browser()->toPlainText();
    QVERIFY(text.contains(u"coopératives"_s));
    QVERIFY(!text.contains(u"alert"_s));
    // A draft is not exported: the banner says so.
    QVERIFY(dialog.banner()->isVisibleTo(&dialog));
    r.status = Status::Approved;
    dialog.setResource(r);
    QVERIFY(!dialog.banner()->isVisibleTo(&dialog));
    r.isPrivate = true;
    dialog.setResource(r);
    QVERIFY(dialog.banner()->text().contains(u"private"_s));

    // Library images are shown; a missing one is left out and reported.
    const QString key = m_repo->storeImage(QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="),
        u"image/png"_s);
    r.isPrivate = false;
    r.bodyHtml = u"<p>Salle <img src=\"actes-image:%1\" alt=\"la salle\"> et <img src=\"actes-image:ffff\" alt=\"x\"></p>"_s
                     .arg(key);
    dialog.setResource(r);
    QVERIFY(dialog.html().contains(u"actes-image:"_s + key));
    QVERIFY(!dialog.html().contains(u"actes-image:ffff"_s));
    QVERIFY(dialog.banner()->text().contains(u"Images missing from the library are left out: 1"_s));
}

// Issue #10, items 1 and 2 in the window: the website preview says why an unconfirmed resource
// stays out; the import report says a resource made private here stayed private.
void TestReviewUi::unconfirmedPrivacyInPreviewAndImportReport()
{
    Resource r = complete();
    r.status = Status::Approved;
    r.privateConfirmed = false;
    SitePreviewDialog preview(m_repo.get());
    preview.setResource(r);
    QVERIFY2(preview.banner()->text().contains(u"Nobody has confirmed whether this resource is private"_s),
             qPrintable(preview.banner()->text()));

    const QByteArray exported = "Réseau des villes\n\nRencontre régionale sur les tiers-lieux du 12 avril 2017\n\n"
                                "Plus de 80 personnes à Lyon.\n\nType de ressource\nComptes rendus\n"
                                "Ressource privée\nNon\nRésumé\n\nPlus de 80 personnes à Lyon.\n";
    WebsiteDumpImporter importer(*m_repo);
    importer.importData(exported, u"export.txt"_s);
    const qint64 id = *m_repo->findResource(u"Rencontre régionale sur les tiers-lieux du 12 avril 2017"_s,
                                            QDate(2017, 4, 12));
    Resource stored = *m_repo->loadResource(id);
    stored.isPrivate = true;
    m_repo->saveResource(stored);
    ImportReportDialog dialog(importer.importData(exported, u"export.txt"_s));
    auto *warnings = dialog.findChild<QListWidget *>(u"importWarnings"_s);
    QVERIFY(warnings);
    QCOMPARE(warnings->count(), 1);
    QVERIFY2(warnings->item(0)->text().contains(u"stays private"_s), qPrintable(warnings->item(0)->text()));
    QVERIFY(m_repo->loadResource(id)->isPrivate);
    if (!screenshotDir().isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(QDir(screenshotDir()).filePath(u"import-report-kept-private.png"_s));
    }
}

void TestReviewUi::siteExportDialogReportsWrittenAndLeftOut()
{
    StatusService service(*m_repo, [](const Resource &res) { return blockingProblems(res, ReviewSettings{}); });
    Resource published = store(complete());
    published = service.changeStatus(published.id, Status::Approved, u"Claire"_s, {}, published.version);
    Resource secret = complete();
    secret.title = u"Réunion interne"_s;
    secret.isPrivate = true;
    secret = store(secret);
    Resource draft = complete();
    draft.title = u"Brouillon"_s;
    draft = store(draft);

    SiteExportDialog dialog(m_repo.get(), {published.id, secret.id});
    dialog.setSelectionOnly(false);
    const QString out = m_dir->filePath(u"site"_s);
    dialog.setFolder(out);
    QVERIFY(dialog.runExport());
    const SiteExportResult result = dialog.lastResult();
    QCOMPARE(result.written.size(), 1);
    QCOMPARE(result.leftOut.size(), 2);
    QVERIFY(QFileInfo::exists(QDir(out).filePath(result.written.first().bodyFile)));
    QVERIFY(QFileInfo::exists(QDir(out).filePath(u"index.json"_s)));
    const QString report = dialog.reportView()->toPlainText();
    QVERIFY2(report.contains(published.title), qPrintable(report));
    QVERIFY(report.contains(u"Réunion interne"_s));
    QVERIFY(report.contains(u"private"_s));
    QVERIFY(report.contains(u"Brouillon"_s));
    QVERIFY(report.contains(u"not approved"_s));

    // The selection only, into a folder that is a file: refused with a message, nothing lost.
    QFile file(m_dir->filePath(u"fichier"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    SiteExportDialog second(m_repo.get(), {published.id});
    second.setFolder(file.fileName());
    QVERIFY(!second.runExport());
    QVERIFY(second.reportView()->toPlainText().contains(u"not written"_s));
}

void TestReviewUi::accessibleNames()
{
    MetadataPanel metadata;
    HistoryPanel history;
    CompareDialog compare;
    SitePreviewDialog preview(m_repo.get());
    SiteExportDialog exporter(m_repo.get(), {});
    QStringList unnamed;
    for (QWidget *root : std::initializer_list<QWidget *>{metadata.checksList(), metadata.statusControl(), &history,
                                                          &compare, &preview, &exporter}) {
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QListWidget *>(w)
                || qobject_cast<QTextBrowser *>(w) || qobject_cast<QLineEdit *>(w);
            if (qobject_cast<QLineEdit *>(w->parentWidget()))
                continue;   // the clear button of a line edit
            if (interactive && w->accessibleName().isEmpty() && w->property("text").toString().isEmpty())
                unnamed << QString::fromLatin1(w->metaObject()->className());
        }
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

void TestReviewUi::screenshots()
{
    const QString out = screenshotDir();

    // The metadata panel with problems and the status control.
    Resource r = complete();
    r.dateStart = QDate();
    r.dateEnd = QDate();
    r.privateConfirmed = false;
    r.summaryHtml.clear();
    r.bodyHtml += u"<p>Voir <a href=\"#annexe\">l’annexe</a>.</p><h3></h3>"_s;
    r = store(r);
    MetadataPanel panel;
    panel.setRepository(m_repo.get());
    panel.setResource(r);
    panel.resize(360, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTest::qWait(50);
    const QPixmap metadata = panel.grab();
    QCOMPARE(metadata.size(), QSize(360, 800));
    // Rows wrap within the panel: nothing cut at the right, the list as tall as its rows.
    QListWidget *list = panel.checksList()->listWidget();
    QVERIFY(list->width() <= 360);
    QVERIFY(list->visualItemRect(list->item(list->count() - 1)).bottom() <= list->viewport()->height());
    if (!out.isEmpty())
        QVERIFY(metadata.save(out + u"/review-metadata.png"_s));

    // The status menu open, Approved refused.
    panel.statusControl()->updateMenu();
    QMenu *menu = panel.statusControl()->menu();
    menu->popup(panel.mapToGlobal(QPoint(40, 40)));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    if (!out.isEmpty())
        QVERIFY(menu->grab().save(out + u"/review-statusmenu.png"_s));
    menu->hide();

    // History with an approval, a status change with a comment, and later edits.
    StatusService service(*m_repo, [](const Resource &res) { return blockingProblems(res, ReviewSettings{}); });
    Resource fixed = complete();
    fixed.id = r.id;
    fixed.version = r.version;
    fixed = save(fixed, u"Karim Benali"_s);
    advance();
    fixed = service.changeStatus(fixed.id, Status::InReview, u"Karim Benali"_s, u"Prêt pour relecture."_s,
                                 fixed.version);
    advance();
    fixed = service.changeStatus(fixed.id, Status::Approved, u"Claire Martin"_s,
                                 u"Relu avec les intervenants, dates vérifiées."_s, fixed.version);
    fixed.bodyHtml = u"<p>Première version du texte\u00a0: les acteurs locaux et les coopératives d’habitants.</p>"
                     u"<p>Un second paragraphe ajouté après l’approbation.</p>"_s;
    fixed.title = u"Rencontre « l’économie de proximité » à Lille"_s;
    fixed = save(fixed, u"Karim Benali"_s);

    HistoryPanel history;
    history.setRepository(m_repo.get());
    history.setResourceId(fixed.id);
    history.resize(360, 640);
    history.show();
    QVERIFY(QTest::qWaitForWindowExposed(&history));
    history.selectRevisions({history.revisions().at(1).id});
    QTest::qWait(50);
    if (!out.isEmpty())
        QVERIFY(history.grab().save(out + u"/review-history.png"_s));

    history.compareSinceApproved();
    CompareDialog *compare = history.compareDialog();
    QVERIFY(compare);
    compare->resize(900, 600);
    QVERIFY(QTest::qWaitForWindowExposed(compare));
    QTest::qWait(50);
    const QPixmap comparison = compare->grab();
    QCOMPARE(comparison.size(), QSize(900, 600));
    if (!out.isEmpty())
        QVERIFY(comparison.save(out + u"/compare.png"_s));

    SitePreviewDialog preview(m_repo.get());
    preview.setResource(*m_repo->loadResource(fixed.id));
    preview.resize(700, 600);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    if (!out.isEmpty())
        QVERIFY(preview.grab().save(out + u"/review-sitepreview.png"_s));

    SiteExportDialog exporter(m_repo.get(), {fixed.id});
    exporter.setFolder(m_dir->filePath(u"site"_s));
    exporter.runExport();
    exporter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&exporter));
    if (!out.isEmpty())
        QVERIFY(exporter.grab().save(out + u"/review-siteexport.png"_s));
}

QTEST_MAIN(TestReviewUi)
#include "tst_reviewui.moc"
