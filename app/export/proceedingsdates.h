#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Actes {

struct Resource;

// French date wording for the proceedings. French only on purpose: the proceedings are
// French documents whatever the interface language.
namespace ProceedingsDates {

// formatFrenchDateRange() (app/import/frenchdate.h) with no-break spaces inside each date:
// "15 décembre 2015", "1er mai 2016", "3 et 4 mai 2016", "3–5 mai 2016",
// "30 juin – 2 juillet 2015", "30 décembre 2015 – 2 janvier 2016".
// An invalid end (or end before start) means a one-day event; an invalid start gives "".
QString formatDateRange(const QDate &start, const QDate &end);

// The period covered by a set of resources: "Mai 2016", "Mars – juin 2016",
// "Mai 2014 – mai 2016". Empty when no resource has a date.
QString formatPeriod(const QList<Resource> &resources);

} // namespace ProceedingsDates
} // namespace Actes
