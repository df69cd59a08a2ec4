#include "import/frenchdate.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

// Lower case, without accents, every kind of space turned into ' ': the regular expressions
// below then only deal with ASCII month names. Lengths change, which does not matter since
// only the captured values are used.
QString foldForDates(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(c.isSpace() ? QChar(u' ') : c.toLower());
    }
    return out;
}

int monthNumber(const QString &folded)
{
    // Full names and the usual abbreviations, accents already removed.
    static const QList<std::pair<QString, int>> names = {
        {u"janvier"_s, 1}, {u"janv"_s, 1},     {u"fevrier"_s, 2},  {u"fevr"_s, 2},
        {u"fev"_s, 2},     {u"mars"_s, 3},     {u"avril"_s, 4},    {u"avr"_s, 4},
        {u"mai"_s, 5},     {u"juin"_s, 6},     {u"juillet"_s, 7},  {u"juil"_s, 7},
        {u"aout"_s, 8},    {u"septembre"_s, 9}, {u"sept"_s, 9},     {u"octobre"_s, 10},
        {u"oct"_s, 10},    {u"novembre"_s, 11}, {u"nov"_s, 11},     {u"decembre"_s, 12},
        {u"dec"_s, 12},
    };
    for (const auto &[name, number] : names) {
        if (name == folded)
            return number;
    }
    return 0;
}

// Pieces of the expressions (applied to folded text).
const QString kWeekday = u"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?"_s;
const QString kMonth = u"(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|"
                       "novembre|decembre|janv|fevr|fev|avr|juil|sept|oct|nov|dec)\\b\\.?"_s;
const QString kDay = u"\\b(\\d{1,2})(?:er)?\\b"_s;
const QString kYear = u"\\b(\\d{4})\\b"_s;

enum class Shape { Range, List, Single };

struct Candidate
{
    qsizetype start = 0;
    qsizetype end = 0;
    Shape shape = Shape::Single;
    DateRange range;
    bool impossibleDay = false;   // names a day that does not exist
};

const QRegularExpression &rangeExpression()
{
    // [du] D1 [M1 [Y1]] (au|à|-|–|—) D2 M2 Y2
    static const QRegularExpression re(
        u"(?:\\bdu\\s+)?"_s + kWeekday + kDay + u"(?:\\s+"_s + kMonth + u"(?:\\s+"_s + kYear
        + u")?)?(?:\\s+(?:au|a)\\s+|\\s*[-\u2013\u2014]\\s*)"_s + kWeekday + kDay + u"\\s+"_s + kMonth
        + u"\\s+"_s + kYear);
    return re;
}

const QRegularExpression &listExpression()
{
    // [les|des|le] D1[, D]* et D2 M Y
    static const QRegularExpression re(
        u"(?:\\b(?:les|des|le)\\s+)?"_s + kWeekday + kDay
        + u"((?:\\s*,\\s*\\d{1,2}(?:er)?)*)\\s+et\\s+"_s + kWeekday + kDay + u"\\s+"_s + kMonth
        + u"\\s+"_s + kYear);
    return re;
}

const QRegularExpression &singleExpression()
{
    static const QRegularExpression re(kWeekday + kDay + u"\\s+"_s + kMonth + u"\\s+"_s + kYear);
    return re;
}

int toInt(const QString &s)
{
    return s.isEmpty() ? 0 : s.toInt();
}

QList<Candidate> findCandidates(const QString &folded)
{
    QList<Candidate> out;

    for (auto it = rangeExpression().globalMatch(folded); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int d1 = toInt(m.captured(1));
        int m1 = monthNumber(m.captured(2));
        int y1 = toInt(m.captured(3));
        const int d2 = toInt(m.captured(4));
        const int m2 = monthNumber(m.captured(5));
        const int y2 = toInt(m.captured(6));
        if (m1 == 0) {
            // "du 3 au 5 juin": same month; "du 30 au 2 juillet": the month before.
            m1 = d1 <= d2 ? m2 : (m2 == 1 ? 12 : m2 - 1);
            y1 = (m2 == 1 && d1 > d2) ? y2 - 1 : y2;
        } else if (y1 == 0) {
            // "du 30 décembre au 2 janvier 2016": the year before when the months wrap.
            y1 = (m1 < m2 || (m1 == m2 && d1 <= d2)) ? y2 : y2 - 1;
        }
        Candidate c{m.capturedStart(), m.capturedEnd(), Shape::Range, {QDate(y1, m1, d1), QDate(y2, m2, d2)}};
        c.impossibleDay = !c.range.start.isValid() || !c.range.end.isValid();
        out.append(c);
    }

    for (auto it = listExpression().globalMatch(folded); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int d1 = toInt(m.captured(1));
        const int d2 = toInt(m.captured(3));
        const int month = monthNumber(m.captured(4));
        const int year = toInt(m.captured(5));
        Candidate c{m.capturedStart(), m.capturedEnd(), Shape::List,
                    {QDate(year, month, d1), QDate(year, month, d2)}};
        // Every listed day must exist too ("30, 31 février et ...").
        bool allExist = c.range.start.isValid() && c.range.end.isValid();
        static const QRegularExpression middleDay(u"(\\d{1,2})"_s);
        for (auto dm = middleDay.globalMatch(m.captured(2)); dm.hasNext();) {
            if (!QDate(year, month, dm.next().captured(1).toInt()).isValid())
                allExist = false;
        }
        c.impossibleDay = !allExist;
        out.append(c);
    }

    for (auto it = singleExpression().globalMatch(folded); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QDate d(toInt(m.captured(3)), monthNumber(m.captured(2)), toInt(m.captured(1)));
        Candidate c{m.capturedStart(), m.capturedEnd(), Shape::Single, {d, d}};
        c.impossibleDay = !d.isValid();
        out.append(c);
    }

    std::stable_sort(out.begin(), out.end(), [](const Candidate &a, const Candidate &b) {
        if (a.start != b.start)
            return a.start < b.start;
        return (a.end - a.start) > (b.end - b.start);   // the longest (most specific) first
    });
    return out;
}

const QString &monthName(int month)
{
    static const QString names[12] = {
        u"janvier"_s, u"février"_s, u"mars"_s,      u"avril"_s,   u"mai"_s,      u"juin"_s,
        u"juillet"_s, u"août"_s,    u"septembre"_s, u"octobre"_s, u"novembre"_s, u"décembre"_s,
    };
    return names[std::clamp(month, 1, 12) - 1];
}

QString dayText(int day)
{
    return day == 1 ? u"1er"_s : QString::number(day);
}

} // namespace

DateRange parseFrenchDate(const QString &text)
{
    const QString folded = foldForDates(text);
    qsizetype blockedUntil = -1;
    for (const Candidate &c : findCandidates(folded)) {
        if (c.start < blockedUntil)
            continue;
        if (c.impossibleDay) {
            // "31 février 2016": that expression is wrong; don't read a part of it instead.
            blockedUntil = std::max(blockedUntil, c.end);
            continue;
        }
        if (c.range.isValid())
            return c.range;
        // A range ending before it starts: not a range; a shorter reading may still apply.
    }
    return {};
}

QString formatFrenchDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return u"%1 %2 %3"_s.arg(dayText(date.day()), monthName(date.month())).arg(date.year());
}

QString formatFrenchDateRange(const DateRange &range)
{
    const QDate &s = range.start;
    const QDate &e = range.end;
    if (!s.isValid())
        return {};
    if (!e.isValid() || e <= s)
        return formatFrenchDate(s);
    if (s.year() != e.year())
        return u"%1 \u2013 %2"_s.arg(formatFrenchDate(s), formatFrenchDate(e));
    if (s.month() != e.month()) {
        return u"%1 %2 \u2013 %3"_s.arg(dayText(s.day()), monthName(s.month()), formatFrenchDate(e));
    }
    if (s.daysTo(e) == 1)
        return u"%1 et %2"_s.arg(dayText(s.day()), formatFrenchDate(e));
    return u"%1\u2013%2"_s.arg(dayText(s.day()), formatFrenchDate(e));
}

} // namespace Actes
