#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Actes {

using namespace Qt::StringLiterals;

struct Resource;

// Date wording for the exported documents, in the document's language ("fr" or "en", see
// DocumentLanguage), not the interface's: the proceedings of a French library are French
// whatever the locale Actes runs in.
namespace ProceedingsDates {

// French: formatFrenchDateRange() (app/import/frenchdate.h) with no-break spaces inside each
// date: "15 décembre 2015", "1er mai 2016", "3 et 4 mai 2016", "3–5 mai 2016",
// "30 juin – 2 juillet 2015", "30 décembre 2015 – 2 janvier 2016".
// English, the same shapes: "15 December 2015", "1 May 2016", "3 and 4 May 2016", "3–5 May 2016",
// "30 June – 2 July 2015", "30 December 2015 – 2 January 2016".
// An invalid end (or end before start) means a one-day event; an invalid start gives "".
QString formatDateRange(const QDate &start, const QDate &end, const QString &language = u"fr"_s);

// The period covered by a set of resources: "Mai 2016", "Mars – juin 2016",
// "Mai 2014 – mai 2016" ("May 2016", "March – June 2016" in English). Empty when no resource
// has a date.
QString formatPeriod(const QList<Resource> &resources, const QString &language = u"fr"_s);

} // namespace ProceedingsDates
} // namespace Actes
