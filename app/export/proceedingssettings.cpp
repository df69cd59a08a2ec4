#include "export/proceedingssettings.h"

#include "settings/settings.h"

#include <QFileInfo>

namespace Actes {

ProceedingsOptions proceedingsOptionsFromSettings(const Settings &settings, const ResourceRepository *library)
{
    ProceedingsOptions options;
    options.networkName = settings.proceedingsNetworkName();
    const QString logo = settings.proceedingsLogoPath();
    if (!logo.isEmpty() && QFileInfo::exists(logo))
        options.logoPath = logo;
    options.pageSize = QPageSize(settings.proceedingsPageSize());
    options.margins = settings.proceedingsMargins();
    options.language = DocumentLanguage(DocumentLanguage::libraryCode(library));
    return options;
}

} // namespace Actes
