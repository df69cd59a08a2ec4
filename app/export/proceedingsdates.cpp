#include "export/proceedingsdates.h"

#include "domain/resource.h"
#include "import/frenchdate.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Actes::ProceedingsDates {

namespace {

bool isEnglish(const QString &language)
{
    return language == u"en";
}

// Lowercase in French ("mai"), as written in English ("May").
QString monthName(int month, const QString &language)
{
    if (isEnglish(language)) {
        static const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        return english.monthName(month, QLocale::LongFormat);
    }
    static const QLocale french(QLocale::French, QLocale::France);
    return french.monthName(month, QLocale::LongFormat).toLower();
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString englishDate(const QDate &date)
{
    return u"%1 %2 %3"_s.arg(date.day()).arg(monthName(date.month(), u"en"_s)).arg(date.year());
}

QString englishDateRange(const QDate &s, const QDate &e)
{
    if (!s.isValid())
        return {};
    if (!e.isValid() || e <= s)
        return englishDate(s);
    if (s.year() != e.year())
        return u"%1 \u2013 %2"_s.arg(englishDate(s), englishDate(e));
    if (s.month() != e.month())
        return u"%1 %2 \u2013 %3"_s.arg(QString::number(s.day()), monthName(s.month(), u"en"_s), englishDate(e));
    if (s.daysTo(e) == 1)
        return u"%1 and %2"_s.arg(QString::number(s.day()), englishDate(e));
    return u"%1\u2013%2"_s.arg(QString::number(s.day()), englishDate(e));
}

} // namespace

QString formatDateRange(const QDate &start, const QDate &end, const QString &language)
{
    // The team's wording, with no-break spaces inside each date so that "3 et 4 mai 2016"
    // never breaks across lines; a range may break at its dash.
    const QString text = isEnglish(language) ? englishDateRange(start, end)
                                             : formatFrenchDateRange(DateRange{start, end});
    QStringList parts = text.split(u" \u2013 "_s);
    for (QString &part : parts)
        part.replace(u' ', QChar(0x00A0));
    return parts.join(u" \u2013 "_s);
}

QString formatPeriod(const QList<Resource> &resources, const QString &language)
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
    const auto month = [&language](const QDate &date) { return monthName(date.month(), language); };
    if (first.year() == last.year() && first.month() == last.month())
        return capitalised(month(first) + QChar(0x00A0) + QString::number(first.year()));
    if (first.year() == last.year())
        return capitalised(month(first)) + dash + month(last) + QChar(0x00A0) + QString::number(last.year());
    return capitalised(month(first)) + QChar(0x00A0) + QString::number(first.year())
            + dash + month(last) + QChar(0x00A0) + QString::number(last.year());
}

} // namespace Actes::ProceedingsDates
