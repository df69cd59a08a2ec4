#include "storage/librarypath.h"

#include "storage/localfiles.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Actes {

QString defaultLibraryPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    LocalFiles::makeOwnerOnlyFolder(dir);   // Actes's own folder: the owner's eyes only
    return QDir(dir).filePath(u"library.actes"_s);
}

QString resolveLibraryPath(const QString &commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(commandLinePath));
    const QString fromEnv = qEnvironmentVariable("ACTES_DB");
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(fromEnv));
    return defaultLibraryPath();
}

} // namespace Actes
