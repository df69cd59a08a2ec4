#include "import/frenchdate.h"

#include <QTest>

using namespace Actes;
using namespace Qt::StringLiterals;

class TestFrenchDate : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void format_data();
    void format();
    void roundTrip_data();
    void roundTrip();
};

void TestFrenchDate::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");

    const QDate none;
    // Single days
    QTest::newRow("plain") << u"15 décembre 2015"_s << QDate(2015, 12, 15) << QDate(2015, 12, 15);
    QTest::newRow("weekday") << u"mardi 15 décembre 2015"_s << QDate(2015, 12, 15) << QDate(2015, 12, 15);
    QTest::newRow("weekday capitalised") << u"Mercredi 2 juillet 2014"_s << QDate(2014, 7, 2) << QDate(2014, 7, 2);
    QTest::newRow("1er") << u"1er mars 2015"_s << QDate(2015, 3, 1) << QDate(2015, 3, 1);
    QTest::newRow("no accents") << u"15 decembre 2015"_s << QDate(2015, 12, 15) << QDate(2015, 12, 15);
    QTest::newRow("fevrier") << u"28 fevrier 2017"_s << QDate(2017, 2, 28) << QDate(2017, 2, 28);
    QTest::newRow("aout") << u"Rencontre du 25 aout 2016"_s << QDate(2016, 8, 25) << QDate(2016, 8, 25);
    QTest::newRow("août") << u"25 août 2016"_s << QDate(2016, 8, 25) << QDate(2016, 8, 25);
    QTest::newRow("capitalised month") << u"3 Juillet 2015"_s << QDate(2015, 7, 3) << QDate(2015, 7, 3);
    QTest::newRow("upper case") << u"3 JUILLET 2015"_s << QDate(2015, 7, 3) << QDate(2015, 7, 3);
    QTest::newRow("DÉCEMBRE") << u"15 DÉCEMBRE 2015"_s << QDate(2015, 12, 15) << QDate(2015, 12, 15);
    QTest::newRow("decomposed accents") << u"15 de\u0301cembre 2015"_s << QDate(2015, 12, 15) << QDate(2015, 12, 15);
    QTest::newRow("non-breaking spaces") << u"15\u00a0décembre\u00a02015"_s << QDate(2015, 12, 15) << QDate(2015, 12, 15);
    QTest::newRow("abbreviated") << u"7 sept. 2019"_s << QDate(2019, 9, 7) << QDate(2019, 9, 7);
    QTest::newRow("end of title after dash")
        << u"Conférence nationale des collectivités locales autour de l’ESS - 2 juillet 2014"_s
        << QDate(2014, 7, 2) << QDate(2014, 7, 2);
    QTest::newRow("in a title with a place")
        << u"Retours sur le séminaire national - mardi 15 décembre 2015 / Plaine Commune (93)"_s
        << QDate(2015, 12, 15) << QDate(2015, 12, 15);
    QTest::newRow("le ... à") << u"Journée le 15 octobre 2015 à Nantes"_s << QDate(2015, 10, 15) << QDate(2015, 10, 15);
    QTest::newRow("ordinal before") << u"Compte-rendu des 3èmes rencontres - 2 juillet 2014"_s
                                    << QDate(2014, 7, 2) << QDate(2014, 7, 2);
    QTest::newRow("29 février leap") << u"29 février 2016"_s << QDate(2016, 2, 29) << QDate(2016, 2, 29);

    // Lists and ranges
    QTest::newRow("des 3 et 4") << u"Séminaire PTCE des 3 et 4 mai 2016"_s << QDate(2016, 5, 3) << QDate(2016, 5, 4);
    QTest::newRow("les 3 et 4") << u"les 3 et 4 mai 2016"_s << QDate(2016, 5, 3) << QDate(2016, 5, 4);
    QTest::newRow("3, 4 et 5") << u"3, 4 et 5 juin 2016"_s << QDate(2016, 6, 3) << QDate(2016, 6, 5);
    QTest::newRow("du 3 au 5") << u"du 3 au 5 juin 2016"_s << QDate(2016, 6, 3) << QDate(2016, 6, 5);
    QTest::newRow("3 au 5 à") << u"Visite du 3 à 5 juin 2016"_s << QDate(2016, 6, 3) << QDate(2016, 6, 5);
    QTest::newRow("3-4") << u"3-4 mai 2016"_s << QDate(2016, 5, 3) << QDate(2016, 5, 4);
    QTest::newRow("3 – 5 en dash") << u"3 – 5 juin 2016"_s << QDate(2016, 6, 3) << QDate(2016, 6, 5);
    QTest::newRow("across months") << u"du 30 juin au 2 juillet 2015"_s << QDate(2015, 6, 30) << QDate(2015, 7, 2);
    QTest::newRow("across months dash") << u"30 juin - 2 juillet 2015"_s << QDate(2015, 6, 30) << QDate(2015, 7, 2);
    QTest::newRow("across years") << u"du 30 décembre 2015 au 2 janvier 2016"_s << QDate(2015, 12, 30) << QDate(2016, 1, 2);
    QTest::newRow("across years, one year") << u"du 30 décembre au 2 janvier 2016"_s << QDate(2015, 12, 30) << QDate(2016, 1, 2);
    QTest::newRow("du 30 au 2") << u"du 30 au 2 juillet 2015"_s << QDate(2015, 6, 30) << QDate(2015, 7, 2);
    QTest::newRow("1er et 2") << u"1er et 2 octobre 2015"_s << QDate(2015, 10, 1) << QDate(2015, 10, 2);
    QTest::newRow("weekdays in range") << u"du lundi 3 au mercredi 5 juin 2019"_s << QDate(2019, 6, 3) << QDate(2019, 6, 5);
    QTest::newRow("first expression wins")
        << u"Actes du 15 décembre 2015, publiés le 3 mars 2016"_s << QDate(2015, 12, 15) << QDate(2015, 12, 15);

    // Nothing, or nothing valid
    QTest::newRow("31 février") << u"31 février 2016"_s << none << none;
    QTest::newRow("29 février non-leap") << u"29 février 2015"_s << none << none;
    QTest::newRow("32 mai") << u"32 mai 2016"_s << none << none;
    QTest::newRow("invalid range part") << u"du 31 février au 3 mars 2016"_s << none << none;
    QTest::newRow("list with bad day") << u"30, 31 et 32 mai 2016"_s << none << none;
    QTest::newRow("no date") << u"Retours de la journée sur les monnaies locales"_s << none << none;
    QTest::newRow("month and year only") << u"Actes édités en mars 2016"_s << none << none;
    QTest::newRow("day and month only") << u"Rencontre du 3 mai"_s << none << none;
    QTest::newRow("empty") << QString() << none << none;
    QTest::newRow("number before word") << u"Les 200 personnes de mai 2015"_s << none << none;
    QTest::newRow("maison is not mai") << u"12 maisons 2015"_s << none << none;
}

void TestFrenchDate::parse()
{
    QFETCH(QString, text);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    const DateRange range = parseFrenchDate(text);
    QCOMPARE(range.start, start);
    QCOMPARE(range.end, end);
    QCOMPARE(range.isValid(), start.isValid());
}

void TestFrenchDate::format_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one day") << QDate(2015, 12, 15) << QDate(2015, 12, 15) << u"15 décembre 2015"_s;
    QTest::newRow("no end") << QDate(2015, 12, 15) << QDate() << u"15 décembre 2015"_s;
    QTest::newRow("1er") << QDate(2015, 3, 1) << QDate(2015, 3, 1) << u"1er mars 2015"_s;
    QTest::newRow("two days") << QDate(2016, 5, 3) << QDate(2016, 5, 4) << u"3 et 4 mai 2016"_s;
    QTest::newRow("three days") << QDate(2016, 6, 3) << QDate(2016, 6, 5) << u"3\u20135 juin 2016"_s;
    QTest::newRow("across months") << QDate(2015, 6, 30) << QDate(2015, 7, 2) << u"30 juin \u2013 2 juillet 2015"_s;
    QTest::newRow("to the 1st") << QDate(2015, 6, 30) << QDate(2015, 7, 1) << u"30 juin \u2013 1er juillet 2015"_s;
    QTest::newRow("across years") << QDate(2015, 12, 30) << QDate(2016, 1, 2)
                                  << u"30 décembre 2015 \u2013 2 janvier 2016"_s;
    QTest::newRow("août") << QDate(2016, 8, 25) << QDate(2016, 8, 25) << u"25 août 2016"_s;
    QTest::newRow("février") << QDate(2016, 2, 1) << QDate(2016, 2, 2) << u"1er et 2 février 2016"_s;
    QTest::newRow("invalid") << QDate() << QDate() << QString();
    QTest::newRow("end before start") << QDate(2016, 5, 4) << QDate(2016, 5, 3) << u"4 mai 2016"_s;
}

void TestFrenchDate::format()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QString, expected);
    QCOMPARE(formatFrenchDateRange({start, end}), expected);
}

// Whatever the formatter writes, the parser reads back.
void TestFrenchDate::roundTrip_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::newRow("day") << QDate(2014, 7, 2) << QDate(2014, 7, 2);
    QTest::newRow("1er") << QDate(2014, 7, 1) << QDate(2014, 7, 1);
    QTest::newRow("two days") << QDate(2016, 5, 3) << QDate(2016, 5, 4);
    QTest::newRow("week") << QDate(2016, 5, 2) << QDate(2016, 5, 8);
    QTest::newRow("months") << QDate(2015, 6, 30) << QDate(2015, 7, 2);
    QTest::newRow("years") << QDate(2015, 12, 30) << QDate(2016, 1, 2);
}

void TestFrenchDate::roundTrip()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    const DateRange range{start, end};
    QCOMPARE(parseFrenchDate(formatFrenchDateRange(range)), range);
}

QTEST_GUILESS_MAIN(TestFrenchDate)
#include "tst_frenchdate.moc"
