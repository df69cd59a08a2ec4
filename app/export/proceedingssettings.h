#pragma once

#include "export/proceedingsoptions.h"

namespace Actes {

class Settings;

// The proceedings options a user has set in the preferences (network name, logo, page size,
// margins). The PDF author is the network; the person's name only when no network is set.
// Shared by the window (export dialog, print) and `actes export-pdf`.
ProceedingsOptions proceedingsOptionsFromSettings(const Settings &settings);

} // namespace Actes
