#include "domain/appinfo.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Actes {

QString applicationVersion()
{
    return QStringLiteral(ACTES_VERSION);
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"RTES"_s);
    QCoreApplication::setOrganizationDomain(u"rtes.org"_s);
    QCoreApplication::setApplicationName(u"Actes"_s);
    QCoreApplication::setApplicationVersion(applicationVersion());
}

} // namespace Actes
