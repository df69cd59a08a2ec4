#include "domain/appinfo.h"

#include <QCoreApplication>

namespace Actes {

QString applicationVersion()
{
    return QStringLiteral(ACTES_VERSION);
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RTES"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("rtes.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Actes"));
    QCoreApplication::setApplicationVersion(applicationVersion());
}

} // namespace Actes
