// Room to write (issue #13): at 1366×768, the laptops the staff carry to events, the body editor
// keeps at least 70 characters a line and the title shows whole, whatever side panel is open:
// the details, the history (and any other dock of the right area) share one column as tabs.
// The window remembers the arrangement (a panel moved below stays below).
#include "actionregistry.h"
#include "dialogs/prompts.h"
#include "editor/resourceeditorpane.h"
#include "editor/richtexteditor.h"
#include "list/resourcelistpanel.h"
#include "mainwindow.h"
#include "metadata/metadatapanel.h"
#include "session/editsession.h"
#include "storage/sqliterepository.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Actes;

namespace {

std::unique_ptr<ResourceRepository> openRw(const QString &path)
{
    return SqliteRepository::open(path, OpenMode::ReadWrite);
}

// A real title of the network's reports, among the longest.
const QString longTitle = u"Rencontre régionale « Tiers-lieux et coopération » du 30 juin au 2 juillet 2015"_s;

// Characters a line of the body: the width of its viewport over the average character width
// of its font.
double charactersPerLine(const RichTextEditor *body)
{
    const QFontMetricsF metrics(body->document()->defaultFont());
    const double usable = body->viewport()->width() - 2 * body->document()->documentMargin();
    return usable / metrics.averageCharWidth();
}

// Whether the whole text of the title field is visible: its width fits the field's text area.
bool titleFits(const QLineEdit *edit, int *needed, int *available)
{
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.rect = edit->rect();
    option.lineWidth = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit);
    option.features = QStyleOptionFrame::None;
    QRect area = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
    const QMargins margins = edit->textMargins();
    area = area.marginsRemoved(margins);
    *available = area.width() - 4;   // QLineEdit's own horizontal margin, 2 px a side
    *needed = QFontMetrics(edit->font()).horizontalAdvance(edit->text());
    return *needed <= *available;
}

} // namespace

class TestRoomToWrite final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Prompts::ScriptedAnswers m_noOtherPrompt;
    QString m_path;

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>(openRw);
        window->setDraftRecoveryEnabled(false);
        window->resize(1366, 768);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        window->setRepository(openRw(m_path));
        return window;
    }

    static void openEveryPanel(MainWindow *window)
    {
        QAction *list = window->actionRegistry()->action(u"actionShowList"_s);
        if (!list->isChecked())
            list->trigger();
        QAction *details = window->actionRegistry()->action(u"actionShowMetadata"_s);
        if (!details->isChecked())
            details->trigger();
        for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
            if (dock->isHidden())
                dock->toggleViewAction()->trigger();
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);   // settings and data of the tests only
        QSettings().clear();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"salle.actes"_s);
        auto repo = openRw(m_path);
        Resource r;
        r.title = longTitle;
        r.type = u"Compte rendu"_s;
        r.bodyHtml = u"<p>"_s + QString(u"Les structures de l’économie sociale et solidaire du territoire "_s).repeated(20)
            + u"</p>"_s;
        repo->createResource(r);
    }

    void bodyKeepsSeventyCharactersWithEveryPanelOpen()
    {
        auto window = makeWindow();
        QVERIFY(window);
        QCOMPARE(window->size(), QSize(1366, 768));
        QVERIFY(window->session()->hasResource());
        openEveryPanel(window.get());
        QApplication::processEvents();
        QTest::qWait(50);

        // Every side panel is open, and shares the details' column.
        const QList<QDockWidget *> docks = window->findChildren<QDockWidget *>();
        QVERIFY(docks.size() >= 2);
        for (QDockWidget *dock : docks) {
            QVERIFY2(!dock->isHidden(), qPrintable(dock->objectName()));
            QCOMPARE(window->dockWidgetArea(dock), Qt::RightDockWidgetArea);
            if (dock != window->detailsDock())
                QVERIFY2(window->tabifiedDockWidgets(window->detailsDock()).contains(dock), qPrintable(dock->objectName()));
        }
        QVERIFY(window->listPanel()->isVisible());

        const double perLine = charactersPerLine(window->editorPane()->bodyEditor());
        qInfo("%.1f characters a line, body viewport %d px", perLine,
              window->editorPane()->bodyEditor()->viewport()->width());
        QVERIFY2(perLine >= 70, qPrintable(u"%1 characters a line"_s.arg(perLine, 0, 'f', 1)));
        int needed = 0, available = 0;
        QCOMPARE(window->editorPane()->titleEdit()->text(), longTitle);
        QVERIFY2(titleFits(window->editorPane()->titleEdit(), &needed, &available),
                 qPrintable(u"the title needs %1 px, the field shows %2"_s.arg(needed).arg(available)));

        // The history, opened from its command, comes to the front of the column.
        QDockWidget *history = window->findChild<QDockWidget *>(u"historyDock"_s);
        QVERIFY(history);
        history->toggleViewAction()->trigger();   // close
        QVERIFY(history->isHidden());
        history->toggleViewAction()->trigger();   // open again
        QApplication::processEvents();
        QVERIFY(history->isVisible() && !history->visibleRegion().isEmpty());
        QVERIFY(charactersPerLine(window->editorPane()->bodyEditor()) >= 70);

        if (!qEnvironmentVariableIsEmpty("ACTES_SCREENSHOT_DIR"))
            window->grab().save(QDir(qEnvironmentVariable("ACTES_SCREENSHOT_DIR")).filePath(u"main-window.png"_s));
        QVERIFY(window->close());
    }

    // A panel moved below the text stays there in the next window; the details can be closed
    // and stay closed.
    void arrangementIsRemembered()
    {
        {
            auto window = makeWindow();
            QVERIFY(window);
            QDockWidget *history = window->findChild<QDockWidget *>(u"historyDock"_s);
            QVERIFY(history);
            window->addDockWidget(Qt::BottomDockWidgetArea, history);
            history->show();
            window->actionRegistry()->action(u"actionShowMetadata"_s)->trigger();
            QVERIFY(window->detailsDock()->isHidden());
            QVERIFY(window->close());
        }
        auto window = makeWindow();
        QVERIFY(window);
        QDockWidget *history = window->findChild<QDockWidget *>(u"historyDock"_s);
        QCOMPARE(window->dockWidgetArea(history), Qt::BottomDockWidgetArea);
        QVERIFY(!history->isHidden());
        QVERIFY(window->detailsDock()->isHidden());
        QVERIFY(!window->actionRegistry()->action(u"actionShowMetadata"_s)->isChecked());
        QVERIFY(charactersPerLine(window->editorPane()->bodyEditor()) >= 70);
        window->actionRegistry()->action(u"actionShowMetadata"_s)->trigger();
        QVERIFY(!window->detailsDock()->isHidden());
        QVERIFY(window->close());
        QSettings().clear();   // the next test starts from the default arrangement
    }
};

QTEST_MAIN(TestRoomToWrite)
#include "tst_roomtowrite.moc"
