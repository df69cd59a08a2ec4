#pragma once

#include <QString>

class QTranslator;

namespace Actes {

// The window: creates the QApplication, loads the translations chosen by the language
// setting, opens the library (--db, $ACTES_DB or the default one) and runs the event loop.
int runGui(int &argc, char **argv, const QString &dbPathFromCommandLine);

// Installs qtbase_<lang> and actes_<lang> for language "fr"; does nothing for "en".
// The translators are parented to the application. Returns the language used.
QString installTranslators(const QString &languageSetting);

} // namespace Actes
