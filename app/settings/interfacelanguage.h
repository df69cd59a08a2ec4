#pragma once

#include <QString>

namespace Actes {

// Installs the translations of the interface language chosen in the settings ("system", "fr" or
// "en"; see Settings::language()): qtbase_fr and actes_fr for French, nothing for English.
// Used by the window and by the command line alike, so that both speak the same language.
// The translators are parented to the application, which must exist. Returns the language
// used, "fr" or "en", also stored as the application's "actesLanguage" property.
QString installInterfaceTranslators(const QString &languageSetting);

} // namespace Actes
