#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Actes {

struct Resource;

// French date wording for the proceedings. Interim local helpers until
// app/import/frenchdate.h (formatFrenchDateRange) is available; French only on
// purpose: the proceedings are French documents whatever the UI language.
namespace ProceedingsDates {

// "15 décembre 2015", "1er mai 2016", "3 et 4 mai 2016", "du 3 au 5 mai 2016",
// "du 30 juin au 2 juillet 2015", "du 30 décembre 2015 au 2 janvier 2016".
// An invalid end (or end before start) means a one-day event; an invalid start gives "".
QString formatDateRange(const QDate &start, const QDate &end);

// The period covered by a set of resources: "Mai 2016", "Mars – juin 2016",
// "Mai 2014 – mai 2016". Empty when no resource has a date.
QString formatPeriod(const QList<Resource> &resources);

} // namespace ProceedingsDates
} // namespace Actes
