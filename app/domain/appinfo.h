#pragma once

#include <QString>

namespace Actes {

// The identity every entry point sets before touching QStandardPaths or QSettings, so the
// window and the command line agree on where the default library and the settings live.
void setApplicationIdentity();

inline constexpr auto AppId = "org.rtes.Actes";
QString applicationVersion();

} // namespace Actes
