#include "export/proceedingsdates.h"

#include "domain/resource.h"
#include "import/frenchdate.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Actes::ProceedingsDates {

namespace {

QString monthName(int month)
{
    static const QLocale french(QLocale::French, QLocale::France);
    return french.monthName(month, QLocale::LongFormat).toLower();
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

QString formatDateRange(const QDate &start, const QDate &end)
{
    // The team's French wording, with no-break spaces inside each date so that
    // "3 et 4 mai 2016" never breaks across lines; a range may break at its dash.
    QStringList parts = formatFrenchDateRange(DateRange{start, end}).split(u" \u2013 "_s);
    for (QString &part : parts)
        part.replace(u' ', QChar(0x00A0));
    return parts.join(u" \u2013 "_s);
}

QString formatPeriod(const QList<Resource> &resources)
{
    QDate first;
    QDate last;
    for (const Resource &resource : resources) {
        if (!resource.dateStart.isValid())
            continue;
        const QDate end = resource.dateEnd.isValid() && resource.dateEnd > resource.dateStart
                ? resource.dateEnd : resource.dateStart;
        if (!first.isValid() || resource.dateStart < first)
            first = resource.dateStart;
        if (!last.isValid() || end > last)
            last = end;
    }
    if (!first.isValid())
        return {};
    const QString dash = u" \u2013 "_s;
    if (first.year() == last.year() && first.month() == last.month())
        return capitalised(monthName(first.month()) + QChar(0x00A0) + QString::number(first.year()));
    if (first.year() == last.year())
        return capitalised(monthName(first.month())) + dash + monthName(last.month())
                + QChar(0x00A0) + QString::number(last.year());
    return capitalised(monthName(first.month())) + QChar(0x00A0) + QString::number(first.year())
            + dash + monthName(last.month()) + QChar(0x00A0) + QString::number(last.year());
}

} // namespace Actes::ProceedingsDates
