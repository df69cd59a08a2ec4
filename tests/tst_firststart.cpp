// The first start: on a fresh configuration the welcome screen shows before the window and
// creates, opens or creates-and-imports a library; it does not show once a library exists
// (recent or default), when a library is named (--db), or when the caller turns it off.
// ACTES_SCREENSHOTS=DIR saves DIR/first-start.png.

#include "dialogs/prompts.h"
#include "dialogs/welcomedialog.h"
#include "guiapp.h"
#include "mainwindow.h"
#include "settings/settings.h"
#include "storage/librarypath.h"
#include "storage/sqliterepository.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QListWidget>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Actes;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<ResourceRepository> openRw(const QString &path)
{
    return SqliteRepository::open(path, OpenMode::ReadWrite);
}

QString fixture(const QString &name)
{
    return QStringLiteral(ACTES_TEST_DATA "/websitedump/") + name;
}

} // namespace

class TestFirstStart : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // A prompt that no test scripted fails the test at once instead of waiting for a click.
    Prompts::ScriptedAnswers m_noOtherPrompt;
    QList<QPointer<QTimer>> m_timers;   // the watchers of one test die with it

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>(openRw);
        window->setDraftRecoveryEnabled(false);
        window->resize(1100, 700);
        return window;
    }

    // Runs `act` on the welcome screen as soon as it is shown (it runs its own event loop).
    // *seen tells whether it showed at all.
    void onWelcome(std::function<void(WelcomeDialog *)> act, bool *seen)
    {
        *seen = false;
        auto *timer = new QTimer(this);
        timer->setInterval(30);
        connect(timer, &QTimer::timeout, this, [=] {
            auto *dialog = qobject_cast<WelcomeDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            timer->stop();
            timer->deleteLater();
            *seen = true;
            act(dialog);
        });
        timer->start();
        m_timers.append(timer);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("ACTES_DB");
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        // A fresh machine: no settings, no default library.
        QSettings().clear();
        QSettings().sync();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QVERIFY(!QFileInfo::exists(defaultLibraryPath()));
    }

    void cleanup()
    {
        for (const QPointer<QTimer> &timer : std::as_const(m_timers))
            delete timer.data();
        m_timers.clear();
    }

    void freshConfigShowsWelcomeAndCreatesLibrary()
    {
        bool first = false;
        QCOMPARE(startLibraryPath(Settings(), QString(), &first), defaultLibraryPath());
        QVERIFY(first);

        auto window = makeWindow();
        bool seen = false;
        bool windowHidden = false;
        onWelcome([&](WelcomeDialog *dialog) {
            windowHidden = !window->isVisible();   // the welcome screen comes alone
            QVERIFY(dialog->createButton()->isVisible());
            QVERIFY(dialog->openButton()->isVisible());
            QVERIFY(dialog->importButton()->isVisible());
            QVERIFY(dialog->recentList()->isHidden());   // nothing recent on a fresh machine
            const QString dir = qEnvironmentVariable("ACTES_SCREENSHOTS");
            if (!dir.isEmpty())
                dialog->grab().save(QDir(dir).filePath(u"first-start.png"_s));
            QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        }, &seen);
        QCOMPARE(openStartLibrary(*window, QString()), StartOutcome::Opened);
        QVERIFY(seen);
        QVERIFY(windowHidden);
        QVERIFY(window->isVisible());
        QVERIFY(window->repository());
        QCOMPARE(QFileInfo(window->repository()->location()).canonicalFilePath(),
                 QFileInfo(defaultLibraryPath()).canonicalFilePath());
        QVERIFY(QFileInfo(defaultLibraryPath()).size() > 0);
        QCOMPARE(Settings().recentLibraries().size(), 1);
        window.reset();

        // The next start: straight to the library.
        QVERIFY(!WelcomeDialog::isFirstStart(Settings().recentLibraries(), defaultLibraryPath()));
        auto again = makeWindow();
        onWelcome([](WelcomeDialog *dialog) { dialog->reject(); }, &seen);
        QCOMPARE(openStartLibrary(*again, QString()), StartOutcome::Opened);
        QVERIFY(!seen);
        QCOMPARE(QFileInfo(again->repository()->location()).canonicalFilePath(),
                 QFileInfo(defaultLibraryPath()).canonicalFilePath());
    }

    void recentLibraryMeansNoWelcome()
    {
        const QString elsewhere = m_dir.filePath(u"réseau.actes"_s);
        openRw(elsewhere).reset();   // creates it
        {
            Settings settings;
            settings.addRecentLibrary(elsewhere);
            settings.sync();
        }
        bool first = true;
        QCOMPARE(startLibraryPath(Settings(), QString(), &first), QDir::cleanPath(elsewhere));
        QVERIFY(!first);

        auto window = makeWindow();
        bool seen = false;
        onWelcome([](WelcomeDialog *dialog) { dialog->reject(); }, &seen);
        QCOMPARE(openStartLibrary(*window, QString()), StartOutcome::Opened);
        QVERIFY(!seen);
        QCOMPARE(window->repository()->location(), QDir::cleanPath(elsewhere));
        QVERIFY(!QFileInfo::exists(defaultLibraryPath()));   // no stray empty library
    }

    void namedLibraryOrFlagSkipsWelcome()
    {
        const QString named = m_dir.filePath(u"named.actes"_s);
        auto window = makeWindow();
        bool seen = false;
        onWelcome([](WelcomeDialog *dialog) { dialog->reject(); }, &seen);
        QCOMPARE(openStartLibrary(*window, named), StartOutcome::Opened);   // --db PATH
        QVERIFY(!seen);
        QCOMPARE(window->repository()->location(), QDir::cleanPath(named));
        window.reset();

        QSettings().clear();
        QSettings().sync();
        auto quiet = makeWindow();
        onWelcome([](WelcomeDialog *dialog) { dialog->reject(); }, &seen);
        QCOMPARE(openStartLibrary(*quiet, QString(), false), StartOutcome::Opened);
        QVERIFY(!seen);
        QVERIFY(QFileInfo::exists(defaultLibraryPath()));
    }

    void closingTheWelcomeCreatesNothing()
    {
        auto window = makeWindow();
        bool seen = false;
        onWelcome([](WelcomeDialog *dialog) { dialog->reject(); }, &seen);
        QCOMPARE(openStartLibrary(*window, QString()), StartOutcome::Declined);
        QVERIFY(seen);
        QVERIFY(!window->repository());
        QVERIFY(!QFileInfo::exists(defaultLibraryPath()));
    }

    void importFromWelcome()
    {
        auto window = makeWindow();
        bool seen = false;
        Prompts::ScriptedAnswers answers;
        answers.click(QMessageBox::No).finish(false);   // no typography rules; the import report closed
        onWelcome([](WelcomeDialog *dialog) { dialog->chooseImport({fixture(u"basic.txt"_s)}); }, &seen);
        QCOMPARE(openStartLibrary(*window, QString()), StartOutcome::Opened);
        QVERIFY(seen);
        QCOMPARE(QFileInfo(window->repository()->location()).canonicalFilePath(),
                 QFileInfo(defaultLibraryPath()).canonicalFilePath());
        QTRY_COMPARE(window->repository()->countResources(), 3);
        QTRY_COMPARE(answers.pending(), 0);
        QCOMPARE(answers.asked().at(0).text, u"Apply French typography rules to the imported text?"_s);
        QCOMPARE(answers.asked().at(1).kind, Prompts::Kind::Dialog);
    }

    void missingRecentLibraryIsListedAndAnotherOpens()
    {
        const QString gone = m_dir.filePath(u"usb/perdue.actes"_s);
        const QString other = m_dir.filePath(u"autre.actes"_s);
        openRw(other).reset();
        {
            Settings settings;
            settings.addRecentLibrary(gone);
            settings.sync();
        }
        auto window = makeWindow();
        bool seen = false;
        int listed = 0;
        QString firstItem;
        onWelcome([&](WelcomeDialog *dialog) {
            listed = dialog->recentList()->isVisible() ? dialog->recentList()->count() : -1;
            firstItem = dialog->recentList()->item(0)->text();
            // Double-clicking the missing one says so and keeps the screen open.
            emit dialog->recentList()->itemActivated(dialog->recentList()->item(0));
            QVERIFY(dialog->isVisible());
            dialog->chooseOpen(other);
        }, &seen);
        QCOMPARE(openStartLibrary(*window, QString()), StartOutcome::Opened);
        QVERIFY(seen);
        QCOMPARE(listed, 1);
        QVERIFY2(firstItem.contains(u"perdue.actes"_s), qPrintable(firstItem));
        QCOMPARE(window->repository()->location(), QDir::cleanPath(other));
        QVERIFY(!QFileInfo::exists(defaultLibraryPath()));
    }
};

QTEST_MAIN(TestFirstStart)
#include "tst_firststart.moc"
