#include "export/proceedingssettings.h"

#include "settings/settings.h"

#include <QFileInfo>

namespace Actes {

ProceedingsOptions proceedingsOptionsFromSettings(const Settings &settings)
{
    ProceedingsOptions options;
    options.networkName = settings.proceedingsNetworkName();
    const QString logo = settings.proceedingsLogoPath();
    if (!logo.isEmpty() && QFileInfo::exists(logo))
        options.logoPath = logo;
    options.pageSize = QPageSize(settings.proceedingsPageSize());
    options.margins = settings.proceedingsMargins();
    options.author = options.networkName.isEmpty() ? settings.authorName() : options.networkName;
    return options;
}

} // namespace Actes
