// A review, step by step (docs/team.md): three members of one team library on a throwaway
// PostgreSQL server, each in their own main window connected with their own login. Claire
// (author) drafts a report and submits it to Paul (reviewer); Paul sees it in his "To review"
// count without any refresh, comments on a sentence and sends it back; Claire sees the comment,
// fixes the sentence, resolves the comment and resubmits; her approval is refused by the window
// and by the server; Paul approves and publishes; Awa (a third member) sees each status change
// live; the history names who did what, as the server recorded it. Driven through the windows'
// own paths (actions, the status menu and its dialog, Ctrl+Alt+M, the Comments panel). The
// screenshots of docs/team.md (team-*.png) are taken here when ACTES_SCREENSHOT_DIR is set.
#include "dialogs/prompts.h"
#include "editor/noticebar.h"
#include "editor/resourceeditorpane.h"
#include "editor/richtexteditor.h"
#include "library/library.h"
#include "list/resourcelistpanel.h"
#include "mainwindow.h"
#include "metadata/metadatapanel.h"
#include "models/resourcelistmodel.h"
#include "review/commentcontroller.h"
#include "review/commentspanel.h"
#include "review/comparedialog.h"
#include "review/historypanel.h"
#include "review/permissions.h"
#include "review/statuscontrol.h"
#include "review/statusdialog.h"
#include "session/editsession.h"
#include "session/resourcedocument.h"
#include "storage/libraryerror.h"
#include "storage/libraryopener.h"
#include "storage/postgresrepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlDatabase>
#include <QStatusBar>
#include <QTableView>
#include <QStandardPaths>
#include <QTest>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

#include "pgrepositorytest.h"
#include "translationtest.h"

using namespace Qt::StringLiterals;
using namespace Actes;

namespace {

// Answers the first visible top-level T (a modal dialog run by exec()) once it is shown.
template<typename T>
QPointer<QTimer> whenShown(std::function<void(T *)> answer)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, answer] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<T *>(widget); dialog && dialog->isVisible()) {
                timer->stop();
                timer->deleteLater();
                answer(dialog);
                return;
            }
        }
    });
    timer->start();
    return timer;
}

QString screenshotDir() { return qEnvironmentVariable("ACTES_SCREENSHOT_DIR"); }

// The window, with other top-level widgets (a dialog, a menu, a tooltip) painted where they
// stand over it: an offscreen grab of the window alone does not show them.
void screenshot(QWidget &window, const QString &name, const QList<QWidget *> &over = {})
{
    const QString dir = screenshotDir();
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    QPixmap shot = window.grab();
    QPainter painter(&shot);
    for (QWidget *widget : over) {
        const QPoint at = widget->mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0));
        painter.drawPixmap(at, widget->grab());
        painter.setPen(QColor(0x76, 0x76, 0x76));   // offscreen, a pop-up has no frame of its own
        painter.drawRect(QRect(at, widget->size()).adjusted(0, 0, -1, -1));
    }
    painter.end();
    QVERIFY(shot.save(QDir(dir).filePath(name)));
}

Status listedStatus(MainWindow &window, qint64 id)
{
    ResourceListModel *model = window.listPanel()->model();
    const int row = model->rowOfId(id);
    return row < 0 ? Status::Archived : model->summaryAt(row).status;
}

// Opens a resource as a person does: a click on its row in the list.
void clickRow(MainWindow &window, qint64 id)
{
    QTableView *view = window.listPanel()->view();
    const QModelIndex index = window.listPanel()->model()->index(window.listPanel()->model()->rowOfId(id),
                                                                 ResourceListModel::TitleColumn);
    QVERIFY(index.isValid());
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

QStringList highlighted(const RichTextEditor *editor)
{
    QStringList words;
    for (const QTextEdit::ExtraSelection &s : editor->extraSelections())
        words.append(s.cursor.selectedText());
    return words;
}

} // namespace

class TestTeamScenario final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void reviewStepByStep();

private:
    std::unique_ptr<MainWindow> makeWindow(const QString &login, int x)
    {
        auto window = std::make_unique<MainWindow>([](const QString &location) { return openLibrary(location); });
        window->setDraftRecoveryEnabled(false);
        window->resize(1366, 768);
        window->move(x, 0);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())
            || !window->openLibrary(m_fixture.server().socketUri(m_database, login)))
            return {};
        window->session()->setDelays(60000, 60000, 500);   // the test saves when it means to
        // The date column as narrow as its dates, the title column gets the rest.
        window->listPanel()->view()->horizontalHeader()->resizeSection(ResourceListModel::DateColumn, 148);
        return window;
    }
    // Changes the status through the window's status menu path: StatusControl::requestChange,
    // the StatusDialog answered (the reviewer chosen when reviewerName is given).
    void changeStatus(MainWindow &window, Status to, const QString &comment, const QString &reviewerName = {},
                      const QString &screenshotName = {});

    PgRepositoryTest::Fixture m_fixture;
    QString m_database;
};

void TestTeamScenario::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s), "the QPSQL driver (libqt6sql6-psql) is missing");
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    m_database = m_fixture.freshDatabase();
    QVERIFY2(!m_database.isEmpty(), qPrintable(m_fixture.errorString()));
}

void TestTeamScenario::cleanup()
{
    m_fixture.closeDirect(m_database);
}

void TestTeamScenario::changeStatus(MainWindow &window, Status to, const QString &comment,
                                    const QString &reviewerName, const QString &screenshotName)
{
    bool answered = false;
    QString offered;
    whenShown<StatusDialog>([&](StatusDialog *dialog) {
        answered = true;
        if (!reviewerName.isEmpty()) {
            QComboBox *combo = dialog->reviewerCombo();
            for (int i = 0; i < combo->count(); ++i)
                offered.append(combo->itemText(i) + u'|');
            const int index = combo->findText(reviewerName, Qt::MatchStartsWith);
            if (index >= 0)
                combo->setCurrentIndex(index);
        }
        dialog->commentEdit()->setPlainText(comment);
        if (!screenshotName.isEmpty())
            screenshot(window, screenshotName, {dialog});
        dialog->accept();
    });
    StatusControl *control = window.metadataPanel()->statusControl();
    control->updateMenu();
    if (QAction *entry = control->actionFor(to); entry && !entry->isEnabled())
        qWarning("%s", qPrintable(entry->toolTip()));
    control->requestChange(to);
    QVERIFY2(answered, qPrintable(window.statusBar()->currentMessage()));
    QVERIFY2(window.session()->document()->status() == to || QTest::qWaitFor([&] { return window.session()->document()->status() == to; }),
             qPrintable(window.statusBar()->currentMessage()));
    if (!reviewerName.isEmpty())
        QVERIFY2(offered.contains(reviewerName), qPrintable(offered));
    QTRY_COMPARE(window.session()->document()->status(), to);
}

void TestTeamScenario::reviewStepByStep()
{
    Test::ScopedTranslation french(u"fr"_s);   // the screenshots show the staff's language
    QTranslator qtFrench;                       // and Qt's own buttons in French, as the application
    if (qtFrench.load(u"qtbase_fr"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtFrench);
    const auto removeQtFrench = qScopeGuard([&] { QCoreApplication::removeTranslator(&qtFrench); });
    const QString db = m_database;
    {
        auto owner = PostgresRepository::open(m_fixture.uri(db));
        owner->addMember(Member{u"claire"_s, u"Claire Martin"_s, MemberRole::Author, false}, u"pw-claire"_s);
        owner->addMember(Member{u"paul"_s, u"Paul Durand"_s, MemberRole::Reviewer, false}, u"pw-paul"_s);
        owner->addMember(Member{u"awa"_s, u"Awa Diallo"_s, MemberRole::Author, false}, u"pw-awa"_s);
    }
    auto claire = makeWindow(u"claire"_s, 0);
    auto paul = makeWindow(u"paul"_s, 20);
    auto awa = makeWindow(u"awa"_s, 40);
    QVERIFY(claire && paul && awa);
    QCOMPARE(claire->repository()->currentMember().name, u"Claire Martin"_s);
    QCOMPARE(paul->repository()->currentMember().role, MemberRole::Reviewer);
    QCOMPARE(awa->repository()->currentMember().login, u"awa"_s);

    // a. Claire drafts a report (File › New resource, then she types) and submits it to Paul.
    claire->activateWindow();
    QAction *newResource = claire->findChild<QAction *>(u"actionNewResource"_s);
    QVERIFY(newResource);
    newResource->trigger();
    QTRY_VERIFY(claire->session()->hasResource());
    const qint64 id = claire->session()->resourceId();
    QVERIFY(id > 0);
    claire->editorPane()->titleEdit()->setText(u"Rencontre régionale de l’ESS à Lyon"_s);
    ResourceDocument *document = claire->session()->document();
    document->setType(u"Compte rendu"_s);
    document->setDates({QDate(2026, 11, 26), QDate(2026, 11, 26)});
    document->setPrivateFlag({false, true});
    document->setPlace(u"Lyon, Hôtel de Région"_s);
    RichTextEditor *claireSummary = claire->editorPane()->summaryEditor();
    claireSummary->setFocus();
    claireSummary->insertPlainText(u"Une journée d’échanges entre structures de l’ESS « en territoire »."_s);
    RichTextEditor *claireBody = claire->editorPane()->bodyEditor();
    claireBody->setFocus();
    claireBody->moveCursor(QTextCursor::End);
    const QString fixedSentence = u"Les participants ont relu le budget de l’année."_s;
    claireBody->insertPlainText(u"Quatre-vingts personnes se sont réunies à Lyon le 26 novembre pour la rencontre régionale. "
                                u"Les participants ont relu le budget. "
                                u"Les élu·es ont présenté l’œuvre commune des « pôles territoriaux ». "
                                u"La prochaine rencontre aura lieu au printemps."_s);
    QVERIFY(claire->session()->isDirty());
    QVERIFY(claire->session()->save());
    // What she sees before submitting: nothing left to fix, the title in the dialog.
    QTRY_VERIFY_WITH_TIMEOUT(claire->metadataPanel()->problems().isEmpty(), 3000);
    changeStatus(*claire, Status::InReview, u"Prêt pour relecture."_s, u"Paul Durand"_s, u"team-1-submitted.png"_s);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(claire->repository()->requestedReviewer(id), u"paul"_s);

    // b. Paul's count appears within a second, without any refresh; the report is in his queue.
    //    Awa sees the new status in her list.
    QToolButton *badge = paul->listPanel()->toReviewButton();
    QTRY_COMPARE_WITH_TIMEOUT(paul->listPanel()->reviewQueueCount(), 1, 1000);
    QTRY_COMPARE_WITH_TIMEOUT(badge->text(), u"À relire (1)"_s, 1000);
    QTRY_COMPARE_WITH_TIMEOUT(listedStatus(*awa, id), Status::InReview, 1000);
    qInfo("the submission reached the reviewer's count and the third member's list after %lld ms", clock.elapsed());
    QVERIFY(clock.elapsed() < 1000);
    QCOMPARE(awa->listPanel()->reviewQueueCount(), 0);   // asked of Paul, not of her
    clickRow(*awa, id);   // she reads it while it is reviewed
    QTRY_COMPARE(awa->session()->resourceId(), id);
    badge->click();
    QTRY_COMPARE(paul->listPanel()->model()->rowCount(), 1);
    QCOMPARE(paul->listPanel()->model()->idAt(0), id);
    screenshot(*paul, u"team-2-queue.png"_s);

    // c. Paul opens it, selects a sentence of the body, comments (Ctrl+Alt+M) and sends it back.
    clickRow(*paul, id);
    QTRY_COMPARE(paul->session()->resourceId(), id);
    RichTextEditor *paulBody = paul->editorPane()->bodyEditor();
    QTRY_VERIFY(paulBody->toPlainText().contains(u"relu le budget"_s));
    const QString sentence = u"Les participants ont relu le budget."_s;
    {
        paul->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(paul.get()));
        paulBody->setFocus();
        const int start = int(paulBody->toPlainText().indexOf(sentence));
        QVERIFY(start >= 0);
        QTextCursor cursor(paulBody->document());
        cursor.setPosition(start);
        cursor.setPosition(start + int(sentence.size()), QTextCursor::KeepAnchor);
        paulBody->setTextCursor(cursor);
        Prompts::ScriptedAnswers answers;
        answers.type(u"Quel budget ? Précisez l’année, s’il vous plaît."_s);
        QTest::keyClick(paulBody, Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(answers.pending(), 0);
    }
    QTRY_VERIFY(paul->comments()->dock()->isVisible());
    QCOMPARE(paul->comments()->comments().size(), 1);
    QCOMPARE(paul->comments()->comments().first().anchor.quote, sentence);
    QCOMPARE(highlighted(paulBody), QStringList{sentence});
    paul->comments()->panel()->selectThread(paul->comments()->comments().first().id);
    paulBody->moveCursor(QTextCursor::End);   // the selection off: the comment's highlight shows
    screenshot(*paul, u"team-3-comment.png"_s);
    changeStatus(*paul, Status::Draft, u"Voir mon commentaire sur le budget."_s);
    QTRY_COMPARE_WITH_TIMEOUT(listedStatus(*awa, id), Status::Draft, 1000);
    QTRY_COMPARE_WITH_TIMEOUT(paul->listPanel()->reviewQueueCount(), 0, 1000);

    // d. Claire sees the comment, fixes the sentence (the anchor follows the words typed in it),
    //    resolves the comment and resubmits to Paul.
    QTRY_COMPARE_WITH_TIMEOUT(claire->session()->document()->status(), Status::Draft, 1000);
    CommentController *claireComments = claire->comments();
    QTRY_COMPARE_WITH_TIMEOUT(claireComments->comments().size(), 1, 1000);
    QListWidget *claireList = claireComments->panel()->list();
    claireComments->dock()->show();
    claireComments->dock()->raise();
    QTRY_VERIFY(claireComments->dock()->isVisible());
    QCOMPARE(claireList->count(), 1);
    QVERIFY2(claireList->item(0)->text().contains(u"Précisez l’année"_s), qPrintable(claireList->item(0)->text()));
    QVERIFY2(claireList->item(0)->text().contains(u"Paul Durand"_s), qPrintable(claireList->item(0)->text()));
    QCOMPARE(highlighted(claireBody), QStringList{sentence});
    claireComments->panel()->selectThread(claireComments->comments().first().id);
    screenshot(*claire, u"team-4-author-sees-comment.png"_s);

    claire->activateWindow();
    claireBody->setFocus();
    {
        const int end = int(claireBody->toPlainText().indexOf(sentence) + sentence.size()) - 1;   // before the full stop
        QTextCursor cursor(claireBody->document());
        cursor.setPosition(end);
        claireBody->setTextCursor(cursor);
        claireBody->insertPlainText(u" de l’année"_s);
    }
    QVERIFY(claireBody->toPlainText().contains(fixedSentence));
    // Typed inside the quoted words: they are part of the comment's text, which stays anchored.
    QCOMPARE(highlighted(claireBody), QStringList{fixedSentence});
    QVERIFY(!claireComments->comments().first().anchor.detached);
    QVERIFY(claire->session()->save());
    claireComments->panel()->selectThread(claireComments->comments().first().id);
    claireComments->panel()->findChild<QPushButton *>(u"commentResolveButton"_s)->click();
    QTRY_VERIFY(claireComments->comments().first().resolved);
    QVERIFY(highlighted(claireBody).isEmpty());
    QCOMPARE(claire->repository()->unresolvedCommentCount(id), 0);
    changeStatus(*claire, Status::InReview, u"Budget précisé."_s, u"Paul Durand"_s);
    QTRY_COMPARE_WITH_TIMEOUT(paul->listPanel()->reviewQueueCount(), 1, 1000);
    QTRY_COMPARE_WITH_TIMEOUT(listedStatus(*awa, id), Status::InReview, 1000);
    {
        const QList<Comment> stored = paul->repository()->comments(id);
        QCOMPARE(stored.size(), 1);
        QVERIFY(stored.first().resolved);
        QCOMPARE(stored.first().anchor.quote, fixedSentence);
    }

    // e. Claire cannot approve: the menu entry is disabled and names the reviewer role; the
    //    server refuses her connection too.
    StatusControl *claireStatus = claire->metadataPanel()->statusControl();
    claireStatus->updateMenu();
    QAction *approve = claireStatus->actionFor(Status::Approved);
    QVERIFY(approve);
    QVERIFY(!approve->isEnabled());
    QCOMPARE(approve->toolTip(), Permissions::statusRefusal(Status::Approved, MemberRole::Author));
    QVERIFY2(approve->toolTip().contains(u"relecteur"_s), qPrintable(approve->toolTip()));
    if (!screenshotDir().isEmpty()) {
        // The open menu, with the entry's tooltip shown in a label beside it.
        QDockWidget *details = claire->findChild<QDockWidget *>(u"detailsDock"_s);
        QVERIFY(details);
        details->raise();
        QTRY_VERIFY(claireStatus->button()->isVisible());
        QMenu *menu = claireStatus->menu();
        QToolButton *button = claireStatus->button();
        menu->popup(button->mapToGlobal(QPoint(0, button->height())));
        QTRY_VERIFY(menu->isVisible());
        approve = claireStatus->actionFor(Status::Approved);   // the menu is rebuilt as it opens
        QVERIFY(approve && !approve->isEnabled());
        const QRect entry = menu->actionGeometry(approve);
        QLabel tip(approve->toolTip());
        tip.setWindowFlags(Qt::ToolTip);
        tip.setWordWrap(true);
        tip.setMaximumWidth(360);
        tip.setMargin(6);
        tip.setStyleSheet(u"background: #ffffe1; color: black; border: 1px solid #767676;"_s);
        tip.adjustSize();
        QPoint at = menu->mapToGlobal(entry.topRight() + QPoint(8, 0));
        if (at.x() + tip.width() > claire->mapToGlobal(QPoint(claire->width(), 0)).x())
            at = menu->mapToGlobal(entry.topLeft()) - QPoint(tip.width() + 8, 0);
        tip.move(at);
        tip.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tip));
        screenshot(*claire, u"team-5-approve-refused.png"_s, {menu, &tip});
        menu->hide();
    }
    bool refused = false;
    try {
        claire->repository()->changeStatus(id, Status::Approved, u"Claire Martin"_s, {},
                                           claire->repository()->storedVersion(id));
    } catch (const LibraryError &error) {
        refused = error.kind() == LibraryError::Kind::PermissionDenied;
        qInfo("the server refused Claire's approval: %s", qPrintable(error.message()));
    }
    QVERIFY(refused);
    QCOMPARE(m_fixture.count(db, u"SELECT count(*) FROM status_change WHERE to_status = '%1'"_s.arg(statusKey(Status::Approved))), 0);

    // f. Paul approves and publishes; Awa sees each change within a second.
    QTRY_COMPARE_WITH_TIMEOUT(paul->session()->document()->status(), Status::InReview, 1000);
    clock.restart();
    changeStatus(*paul, Status::Approved, u"Relu, merci."_s);
    QTRY_COMPARE_WITH_TIMEOUT(listedStatus(*awa, id), Status::Approved, 1000);
    QVERIFY(clock.elapsed() < 1000 + 500);
    clock.restart();
    changeStatus(*paul, Status::Published, QString());
    QTRY_COMPARE_WITH_TIMEOUT(listedStatus(*awa, id), Status::Published, 1000);
    QTRY_COMPARE_WITH_TIMEOUT(claire->session()->document()->status(), Status::Published, 1000);
    QCOMPARE(paul->listPanel()->reviewQueueCount(), 0);
    // In her open editor too, with who did it.
    QTRY_COMPARE_WITH_TIMEOUT(awa->metadataPanel()->statusControl()->status(), Status::Published, 1000);
    auto *changeNotice = awa->findChild<NoticeBar *>(u"changedElsewhereNotice"_s);
    QVERIFY(changeNotice);
    QTRY_VERIFY_WITH_TIMEOUT(!changeNotice->isHidden(), 1000);
    QVERIFY2(changeNotice->text().startsWith(u"Paul Durand a modifié le statut à "_s), qPrintable(changeNotice->text()));
    screenshot(*awa, u"team-6-published.png"_s);

    // The history, as the server recorded it: who did each step, by display name.
    // In Awa's History panel...
    QDockWidget *historyDock = awa->findChild<QDockWidget *>(u"historyDock"_s);
    QVERIFY(historyDock);
    historyDock->show();
    historyDock->raise();
    HistoryPanel *historyPanel = awa->findChild<HistoryPanel *>();
    QVERIFY(historyPanel);
    QTRY_COMPARE(historyPanel->statusChanges().size(), 5);
    QCOMPARE(historyPanel->statusChanges().first().author, u"Paul Durand"_s);
    QCOMPARE(historyPanel->statusChanges().last().author, u"Claire Martin"_s);
    // The reviewer a submission named, by name as well (the history stores the login).
    QListWidget *statusList = historyPanel->statusList();
    QCOMPARE(statusList->count(), 5);
    const QString resubmission = statusList->item(2)->data(Qt::DisplayRole).toString();
    QVERIFY2(resubmission.contains(u"par Claire Martin"_s) && resubmission.contains(u"Relecture demandée à Paul Durand."_s),
             qPrintable(resubmission));
    awa->resizeDocks({historyDock}, {470}, Qt::Horizontal);   // room for the names in the screenshot
    screenshot(*awa, u"team-7-history.png"_s);
    // ... and as stored.
    const QList<StatusChange> history = awa->repository()->statusHistory(id);   // newest first
    QStringList steps;
    for (const StatusChange &change : history)
        steps.prepend(statusLabel(change.to) + u" — "_s + change.author);
    const auto step = [](Status status, const QString &who) { return statusLabel(status) + u" — "_s + who; };
    // (A resource created as a draft has no status change; its creation is its first revision.)
    QCOMPARE(steps, (QStringList{step(Status::InReview, u"Claire Martin"_s),
                                 step(Status::Draft, u"Paul Durand"_s), step(Status::InReview, u"Claire Martin"_s),
                                 step(Status::Approved, u"Paul Durand"_s), step(Status::Published, u"Paul Durand"_s)}));
    QCOMPARE(m_fixture.count(db, u"SELECT count(*) FROM status_change WHERE author = 'paul'"_s), 3);
    const QList<RevisionInfo> revisions = awa->repository()->revisions(id);
    QVERIFY(!revisions.isEmpty());
    QCOMPARE(revisions.last().author, u"Claire Martin"_s);   // the creation
}

QTEST_MAIN(TestTeamScenario)
#include "tst_teamscenario.moc"
