#pragma once

#include <QString>

class QTranslator;

namespace Actes {

// The window: creates the QApplication, loads the translations chosen by the language
// setting, opens the library (--db, $ACTES_DB or the default one) and runs the event loop.
int runGui(int &argc, char **argv, const QString &dbPathFromCommandLine);

class MainWindow;
class Settings;

// The library the window starts on: --db PATH or $ACTES_DB; else the most recent library that
// still exists; else the default library. *firstStart tells whether this is a first start
// (WelcomeDialog::isFirstStart: no recent library exists and the default library does not).
QString startLibraryPath(const Settings &settings, const QString &dbPathFromCommandLine, bool *firstStart = nullptr);

// Shows the window on the start library. On a first start, the welcome screen comes first
// (unless `welcome` is false: then the default library is created): it creates the default
// library, opens another, or creates it and imports a site export (queued: it runs once the
// event loop does).
enum class StartOutcome { Opened, Declined /* welcome screen closed */, Failed /* not opened */ };
StartOutcome openStartLibrary(MainWindow &window, const QString &dbPathFromCommandLine, bool welcome = true);

// Installs qtbase_<lang> and actes_<lang> for language "fr"; does nothing for "en".
// The translators are parented to the application. Returns the language used.
QString installTranslators(const QString &languageSetting);

} // namespace Actes
