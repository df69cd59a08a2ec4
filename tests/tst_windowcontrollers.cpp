// The window as a shell of collaborators: the publishing controller (PDF export, print, website
// export) and the review controller (status changes, history and restore, website preview) do
// the work behind the window's actions and panels; the window only wires them.

#include "actionregistry.h"
#include "dialogs/prompts.h"
#include "export/exportdialog.h"
#include "export/publishingcontroller.h"
#include "list/resourcelistpanel.h"
#include "mainwindow.h"
#include "metadata/metadatapanel.h"
#include "models/resourcelistmodel.h"
#include "review/comparedialog.h"
#include "review/historypanel.h"
#include "review/reviewcontroller.h"
#include "review/statuscontrol.h"
#include "session/editsession.h"
#include "storage/sqliterepository.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Actes;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<ResourceRepository> openRw(const QString &path)
{
    return SqliteRepository::open(path, OpenMode::ReadWrite);
}

QSet<qint64> asSet(const QList<qint64> &ids)
{
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

} // namespace

class TestWindowControllers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // A prompt that no test scripted fails the test at once instead of waiting for a click.
    Prompts::ScriptedAnswers m_noOtherPrompt;

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>(openRw);
        window->setDraftRecoveryEnabled(false);
        window->resize(1200, 700);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        return window;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void publishingFollowsTheLibraryAndTheList()
    {
        const QString path = m_dir.filePath(u"publication.actes"_s);
        QList<qint64> ids;
        {
            auto repo = openRw(path);
            for (const QString &title : {u"Rencontre des PTCE"_s, u"Atelier circuits courts"_s, u"Forum ESS"_s}) {
                Resource r;
                r.title = title;
                ids.append(repo->createResource(r).id);
            }
        }
        auto window = makeWindow();
        QVERIFY(window);
        PublishingController *publishing = window->publishing();
        QVERIFY(publishing);
        ActionRegistry *actions = window->actionRegistry();
        QCOMPARE(actions->action(u"actionExportProceedings"_s), publishing->exportPdfAction());
        QCOMPARE(actions->action(u"actionPrintPreview"_s), publishing->printPreviewAction());
        QCOMPARE(actions->action(u"actionPrint"_s), publishing->printAction());
        QCOMPARE(actions->action(u"actionSiteExport"_s), publishing->siteExportAction());
        const QList<QAction *> all = {publishing->exportPdfAction(), publishing->printPreviewAction(),
                                      publishing->printAction(), publishing->siteExportAction()};
        for (QAction *a : all)
            QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));   // no library yet

        // The File menu: the website export just before the proceedings commands.
        QMenu *file = window->menuBar()->actions().first()->menu();
        const QList<QAction *> entries = file->actions();
        const qsizetype site = entries.indexOf(publishing->siteExportAction());
        QVERIFY(site >= 0);
        QVERIFY(entries.mid(site, 4)
                == QList<QAction *>({publishing->siteExportAction(), publishing->exportPdfAction(),
                                     publishing->printPreviewAction(), publishing->printAction()}));
        QCOMPARE(publishing->exportPdfAction()->text(), u"&Export Proceedings (PDF)…"_s);

        window->setRepository(openRw(path));
        for (QAction *a : all)
            QVERIFY2(a->isEnabled(), qPrintable(a->objectName()));

        // One resource selected (the open one): every resource listed.
        QCOMPARE(asSet(publishing->proceedingsIds()), asSet(ids));
        // Two selected: those two.
        QTableView *view = window->listPanel()->view();
        const ResourceListModel *model = window->listPanel()->model();
        view->selectionModel()->select(model->index(model->rowOfId(ids.at(0)), 0),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->selectionModel()->select(model->index(model->rowOfId(ids.at(2)), 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(asSet(publishing->proceedingsIds()), asSet({ids.at(0), ids.at(2)}));

        // The export dialog opens over the window, on the window's library.
        QVERIFY(!window->findChild<ExportDialog *>());
        publishing->exportPdfAction()->trigger();
        ExportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ExportDialog *>()) != nullptr);
        dialog->reject();

        window->setRepository(nullptr);
        for (QAction *a : all)
            QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
        QVERIFY(window->close());
    }

    void reviewChangesStatusAndRestores()
    {
        const QString path = m_dir.filePath(u"relecture.actes"_s);
        qint64 id = 0;
        {
            auto repo = openRw(path);
            repo->setCurrentAuthor(u"Claire"_s);
            Resource r;
            r.title = u"Journée d’étude"_s;
            r.bodyHtml = u"<p>Première version.</p>"_s;
            r = repo->createResource(r);
            id = r.id;
            repo->setCurrentAuthor(u"Karim"_s);   // another author: a revision of its own
            r.bodyHtml = u"<p>Seconde version.</p>"_s;
            repo->saveResource(r);
        }
        auto window = makeWindow();
        QVERIFY(window);
        window->setRepository(openRw(path));
        QCOMPARE(window->session()->resourceId(), id);
        ReviewController *review = window->review();
        QVERIFY(review);
        // The history dock shows the controller's panel, on the open resource.
        auto *dock = window->findChild<QDockWidget *>(u"historyDock"_s);
        QVERIFY(dock);
        QCOMPARE(dock->widget(), static_cast<QWidget *>(review->historyPanel()));
        QCOMPARE(review->historyPanel()->resourceId(), id);
        QCOMPARE(window->actionRegistry()->action(u"actionWebsitePreview"_s), review->previewAction());
        QVERIFY(review->previewAction()->isEnabled());

        // A status change asked for in the metadata panel: stored with its comment, announced.
        QSignalSpy messages(review, &ReviewController::message);
        Prompts::ScriptedAnswers answers;
        answers.type(u"Prêt pour relecture"_s);
        StatusControl *status = window->metadataPanel()->statusControl();
        status->updateMenu();
        status->actionFor(Status::InReview)->trigger();
        const QList<StatusChange> history = window->repository()->statusHistory(id);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().to, Status::InReview);
        QCOMPARE(history.first().comment, u"Prêt pour relecture"_s);
        QCOMPARE(status->status(), Status::InReview);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.last().at(0).toString(), u"Status changed to “%1”."_s.arg(statusLabel(Status::InReview)));
        QCOMPARE(messages.last().at(1).toBool(), false);
        QTRY_COMPARE(review->historyPanel()->statusChanges().size(), 1);

        // A restore asked for in the history panel: a new revision with the old text.
        const int before = int(review->historyPanel()->revisions().size());
        const RevisionInfo first = review->historyPanel()->revisions().last();   // the oldest
        QCOMPARE(first.number, 1);
        answers.click(QMessageBox::Yes);
        review->historyPanel()->selectRevisions({first.id});
        review->historyPanel()->restoreButton()->click();
        QCOMPARE(answers.pending(), 0);
        QCOMPARE(window->repository()->loadResource(id)->bodyHtml, u"<p>Première version.</p>"_s);
        QTRY_COMPARE(int(review->historyPanel()->revisions().size()), before + 1);
        QCOMPARE(window->session()->storedResource().bodyHtml, u"<p>Première version.</p>"_s);
        QCOMPARE(messages.last().at(0).toString(), u"The revision was restored as a new revision."_s);

        window->setRepository(nullptr);
        QVERIFY(!review->previewAction()->isEnabled());
        QVERIFY(window->close());
    }
};

QTEST_MAIN(TestWindowControllers)
#include "tst_windowcontrollers.moc"
