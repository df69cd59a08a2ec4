#pragma once

#include <QString>

namespace Actes {

// Where the library file is: --db PATH, else $ACTES_DB, else the default library in the
// user's application data location (created with its folder when missing).
QString defaultLibraryPath();
QString resolveLibraryPath(const QString &commandLinePath);

} // namespace Actes
