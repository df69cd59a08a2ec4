#include "guiapp.h"

#include "dialogs/welcomedialog.h"
#include "domain/appinfo.h"
#include "mainwindow.h"
#include "settings/interfacelanguage.h"
#include "settings/settings.h"
#include "storage/librarypath.h"
#include "storage/libraryopener.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace Actes {

QString installTranslators(const QString &languageSetting)
{
    return installInterfaceTranslators(languageSetting);
}

QString startLibraryPath(const Settings &settings, const QString &dbPathFromCommandLine, bool *firstStart)
{
    if (firstStart)
        *firstStart = false;
    // --db and ACTES_DB take a file path or a server address (postgresql://...).
    if (!dbPathFromCommandLine.isEmpty() || !qEnvironmentVariable("ACTES_DB").isEmpty())
        return LibraryLocation::resolve(dbPathFromCommandLine);
    const QStringList recent = settings.recentLibraries();
    for (const QString &path : recent) {
        // The last team library is opened again (its server may say why it cannot be).
        if (LibraryLocation::isServerLocation(path))
            return path;
        const QFileInfo info(path);
        if (info.isFile() && info.size() > 0)
            return path;
    }
    const QString fallback = defaultLibraryPath();
    if (firstStart)
        *firstStart = WelcomeDialog::isFirstStart(recent, fallback);
    return fallback;
}

StartOutcome openStartLibrary(MainWindow &window, const QString &dbPathFromCommandLine, bool welcome)
{
    const Settings &settings = Settings::shared();
    bool firstStart = false;
    const QString path = startLibraryPath(settings, dbPathFromCommandLine, &firstStart);
    if (!firstStart || !welcome) {
        window.show();
        return window.openLibrary(path) ? StartOutcome::Opened : StartOutcome::Failed;
    }
    WelcomeDialog dialog(settings.recentLibraries(), path);
    if (dialog.exec() != QDialog::Accepted)
        return StartOutcome::Declined;
    window.show();
    if (!window.openLibrary(dialog.libraryPath()))
        return StartOutcome::Failed;
    if (dialog.choice() == WelcomeDialog::Choice::Import) {
        const QStringList paths = dialog.importPaths();
        // Once the window is on screen, so that its questions and report have a parent to show over.
        QTimer::singleShot(0, &window, [&window, paths] { window.importWebsiteDump(paths); });
    }
    return StartOutcome::Opened;
}

int runGui(int &argc, char **argv, const QString &dbPathFromCommandLine)
{
    setApplicationIdentity();
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QString::fromLatin1(AppId));
    QApplication::setWindowIcon(QIcon(u":/icons/actes.svg"_s));
    installTranslators(Settings::shared().language());

    MainWindow window([](const QString &location) -> std::unique_ptr<ResourceRepository> {
        return openLibrary(location);   // a library file, or a team library on a server
    });
    // ACTES_NO_WELCOME (scripts, tests) skips the first-start screen: the default library is created.
    switch (openStartLibrary(window, dbPathFromCommandLine, !qEnvironmentVariableIsSet("ACTES_NO_WELCOME"))) {
    case StartOutcome::Opened: break;
    case StartOutcome::Declined: return 0;   // the welcome screen was closed: nothing was created
    case StartOutcome::Failed: return 1;
    }
    if (qEnvironmentVariableIsSet("ACTES_BENCH_QUIT_WHEN_READY")) {
        // bench/bench_startup: the window is shown and its list filled; once the event loop
        // has handled what is pending (show, layout, first paint), report the time and quit.
        QTimer::singleShot(0, &app, [] {
            timespec ts{};
            clock_gettime(CLOCK_MONOTONIC, &ts);
            std::printf("ready %.3f\n", double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return app.exec();
}

} // namespace Actes
