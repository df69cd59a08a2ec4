#pragma once

#include <QDate>
#include <QString>

namespace Actes {

// A day or a span of days. end == start for a one-day event.
struct DateRange
{
    QDate start;
    QDate end;

    // Both dates valid and end not before start.
    bool isValid() const { return start.isValid() && end.isValid() && start <= end; }

    friend bool operator==(const DateRange &, const DateRange &) = default;
};

// Finds the first date expression written in French in the text (typically a title) and
// returns it; an invalid range when there is none or when it names an impossible day.
// Understood, with or without accents and in any case:
//   "15 décembre 2015", "mardi 15 décembre 2015", "1er mars 2015",
//   "des 3 et 4 mai 2016", "3, 4 et 5 juin 2016"              (list: first to last day)
//   "du 3 au 5 juin 2016", "3-4 mai 2016", "3 – 5 juin 2016"   (range in one month)
//   "du 30 juin au 2 juillet 2015", "30 juin - 2 juillet 2015" (range across months)
//   "du 30 décembre 2015 au 2 janvier 2016", "du 30 décembre au 2 janvier 2016"
// A day that does not exist ("31 février 2016") makes that expression invalid; the search
// then goes on after it. A weekday that does not match the date is ignored.
DateRange parseFrenchDate(const QString &text);

// French display of a range, as used by the PDF and the interface:
//   one day                       "15 décembre 2015", "1er mars 2015"
//   two consecutive days          "3 et 4 mai 2016"
//   several days in one month     "3–5 juin 2016"                 (en dash, no spaces)
//   across months                 "30 juin – 2 juillet 2015"       (spaced en dash)
//   across years                  "30 décembre 2015 – 2 janvier 2016"
// An invalid end (or end == start) shows the start alone; an invalid start gives "".
QString formatFrenchDateRange(const DateRange &range);

// "15 décembre 2015" (day 1 written "1er").
QString formatFrenchDate(const QDate &date);

} // namespace Actes
