#pragma once

#include "export/proceedingsoptions.h"

namespace Actes {

class ResourceRepository;
class Settings;

// The proceedings options a user has set in the preferences (network name, logo, page size,
// margins). The PDF author is the network, never a person (no author when no network is set):
// the author name of the settings is for the library's history only.
// The document language is the library's (DocumentLanguage::libraryCode(), French without one).
// Shared by the window (export dialog, print) and `actes export-pdf`.
ProceedingsOptions proceedingsOptionsFromSettings(const Settings &settings, const ResourceRepository *library = nullptr);

} // namespace Actes
