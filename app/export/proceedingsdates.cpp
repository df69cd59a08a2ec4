#include "export/proceedingsdates.h"

#include "domain/resource.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Actes::ProceedingsDates {

namespace {

QString monthName(int month)
{
    static const QLocale french(QLocale::French, QLocale::France);
    return french.monthName(month, QLocale::LongFormat).toLower();
}

QString dayText(const QDate &date)
{
    return date.day() == 1 ? u"1er"_s : QString::number(date.day());
}

QString dayMonth(const QDate &date)
{
    return dayText(date) + QChar(0x00A0) + monthName(date.month());
}

QString full(const QDate &date)
{
    return dayMonth(date) + QChar(0x00A0) + QString::number(date.year());
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
    if (!start.isValid())
        return {};
    if (!end.isValid() || end <= start)
        return full(start);
    if (start.year() == end.year() && start.month() == end.month()) {
        const QString tail = QChar(0x00A0) + monthName(end.month()) + QChar(0x00A0)
                + QString::number(end.year());
        if (start.daysTo(end) == 1)
            return dayText(start) + u" et "_s + dayText(end) + tail;
        return u"du "_s + dayText(start) + u" au "_s + dayText(end) + tail;
    }
    if (start.year() == end.year())
        return u"du "_s + dayMonth(start) + u" au "_s + full(end);
    return u"du "_s + full(start) + u" au "_s + full(end);
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
