#pragma once

#include <QString>
#include <QStringList>

namespace Actes {

// What a folder holds before a website export replaces it.
struct SiteExportFolder
{
    bool exists = false;
    bool empty = false;
    bool earlierExport = false;     // index.json of an Actes website export
    // Entries Actes did not write there, relative to the folder: files its earlier manifest
    // does not list (or whose content changed since), other folders, links. Replacing the
    // folder would delete them.
    QStringList foreign;

    static SiteExportFolder inspect(const QString &path);
};

} // namespace Actes
