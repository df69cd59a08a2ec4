#include "export/siteexportfolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

const QLatin1String kManifest("index.json");
const QLatin1String kImagesDir("images");
const QLatin1String kFilesDir("files");   // attached files

struct Listed
{
    QString sha256;
    qint64 size = -1;
};

bool sameContent(const QString &path, const Listed &listed)
{
    QFile file(path);
    if (file.size() != listed.size || !file.open(QIODevice::ReadOnly))
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return false;
    return QString::fromLatin1(hash.result().toHex()) == listed.sha256;
}

} // namespace

SiteExportFolder SiteExportFolder::inspect(const QString &path)
{
    SiteExportFolder folder;
    const QFileInfo info(path);
    folder.exists = info.exists();
    if (!info.isDir())
        return folder;
    const QDir dir(path);
    const QDir::Filters everything = QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot;
    folder.empty = dir.isEmpty(everything);
    if (folder.empty)
        return folder;

    QFile manifest(dir.filePath(kManifest));
    if (!manifest.open(QIODevice::ReadOnly))
        return folder;
    const QJsonObject root = QJsonDocument::fromJson(manifest.read(16 * 1024 * 1024)).object();
    if (!root.value(u"generator"_s).toString().startsWith(u"Actes"_s))
        return folder;
    folder.earlierExport = true;

    QHash<QString, Listed> listed;
    for (const QJsonValue &value : root.value(u"files"_s).toArray()) {
        const QJsonObject o = value.toObject();
        const QString relative = QDir::cleanPath(o.value(u"path"_s).toString());
        if (!relative.isEmpty() && !relative.startsWith(u'/') && !relative.startsWith(u".."_s))
            listed.insert(relative, {o.value(u"sha256"_s).toString(),
                                     qint64(o.value(u"size"_s).toDouble(-1))});
    }

    QDirIterator it(path, everything, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo entry = it.fileInfo();
        const QString relative = dir.relativeFilePath(entry.filePath());
        if (entry.isSymLink()) {
            folder.foreign.append(relative);   // Actes never writes a link
        } else if (entry.isDir()) {
            if (relative != kImagesDir && relative != kFilesDir)
                folder.foreign.append(relative + u'/');
        } else if (relative == kManifest) {
            continue;
        } else if (!entry.isFile()) {
            folder.foreign.append(relative);
        } else {
            const auto known = listed.constFind(relative);
            if (known == listed.cend() || !sameContent(entry.filePath(), *known))
                folder.foreign.append(relative);
        }
    }
    // Inside a foreign folder, the folder is enough.
    QStringList shown;
    folder.foreign.sort();
    for (const QString &entry : std::as_const(folder.foreign)) {
        if (shown.isEmpty() || !shown.constLast().endsWith(u'/') || !entry.startsWith(shown.constLast()))
            shown.append(entry);
    }
    folder.foreign = shown;
    return folder;
}

} // namespace Actes
