// Text folding and FTS5 query building of the full-text search.
#include "text/searchtext.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Actes;

class TestSearchText final : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void foldKeepsNullSafe();
    void queryTerms_data();
    void queryTerms();
    void ftsQuery_data();
    void ftsQuery();
    void ftsQueryIsValidFts5_data();
    void ftsQueryIsValidFts5();
    void plainTextFromHtml_data();
    void plainTextFromHtml();
    void sortKey_data();
    void sortKey();
    void sortKeyOrdersLikeAReader();
    void identityKey_data();
    void identityKey();
    void attachmentWordsStayBounded();
};

void TestSearchText::fold_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("oe ligature") << u"l’œuvre"_s << u"l’oeuvre"_s;
    QTest::newRow("OE ligature") << u"ŒUVRE Œuvre"_s << u"OEUVRE OEuvre"_s;
    QTest::newRow("ae ligature") << u"cæcum Ætna"_s << u"caecum AEtna"_s;
    QTest::newRow("sharp s") << u"Straße"_s << u"Strasse"_s;
    QTest::newRow("fi ligature") << u"ﬁnancement"_s << u"financement"_s;
    QTest::newRow("no-break spaces") << u"«\u00A0ESS\u202F»"_s << u"« ESS »"_s;
    QTest::newRow("decomposed accent composed") << u"Se\u0301minaire"_s << u"Séminaire"_s;
    QTest::newRow("accents kept (tokenizer removes them)") << u"Économie"_s << u"Économie"_s;
    QTest::newRow("emoji kept") << u"Fête 🎉"_s << u"Fête 🎉"_s;
    QTest::newRow("empty") << u""_s << u""_s;
}

void TestSearchText::fold()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(SearchText::fold(input), expected);
}

void TestSearchText::foldKeepsNullSafe()
{
    // The result is bound to NOT NULL columns: a null QString would bind SQL NULL.
    QVERIFY(!SearchText::fold(QString()).isNull());
    QVERIFY(!SearchText::plainTextFromHtml(QString()).isNull());
    QVERIFY(!SearchText::indexableText(QString()).isNull());
}

void TestSearchText::queryTerms_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("one word") << u"séminaire"_s << QStringList{u"séminaire"_s};
    QTest::newRow("two words") << u"séminaire  économie "_s << QStringList{u"séminaire"_s, u"économie"_s};
    QTest::newRow("apostrophe joins a phrase") << u"l'économie"_s << QStringList{u"l économie"_s};
    QTest::newRow("typographic apostrophe + ligature") << u"l’œuvre sociale"_s
                                                         << QStringList{u"l oeuvre"_s, u"sociale"_s};
    QTest::newRow("hyphen") << u"co-construction"_s << QStringList{u"co construction"_s};
    QTest::newRow("French quotes and nbsp") << u"«\u00A0ESS\u00A0»"_s << QStringList{u"ESS"_s};
    QTest::newRow("fts operators are words") << u"a OR b NOT c"_s
                                             << QStringList{u"a"_s, u"OR"_s, u"b"_s, u"NOT"_s, u"c"_s};
    QTest::newRow("fts syntax characters") << u"\"x\" y* (z) col:w ^v NEAR(p q)"_s
                                           << QStringList{u"x"_s, u"y"_s, u"z"_s, u"col w"_s, u"v"_s,
                                                          u"NEAR p"_s, u"q"_s};
    QTest::newRow("digits") << u"2024 ESS2"_s << QStringList{u"2024"_s, u"ESS2"_s};
    QTest::newRow("emoji dropped") << u"🎉 fête"_s << QStringList{u"fête"_s};
    QTest::newRow("only punctuation") << u" ' \" - * ( ) "_s << QStringList{};
    QTest::newRow("empty") << QString() << QStringList{};
    QTest::newRow("sql-looking") << u"'); DROP TABLE resource;--"_s
                                 << QStringList{u"DROP"_s, u"TABLE"_s, u"resource"_s};
}

void TestSearchText::queryTerms()
{
    QFETCH(QString, input);
    QFETCH(QStringList, expected);
    QCOMPARE(SearchText::queryTerms(input), expected);
}

void TestSearchText::ftsQuery_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one word is a prefix") << u"sémi"_s << u"\"sémi\"*"_s;
    QTest::newRow("all words required, last prefix")
        << u"séminaire éco"_s << u"\"séminaire\" AND \"éco\"*"_s;
    QTest::newRow("phrase prefix") << u"l'œuv"_s << u"\"l oeuv\"*"_s;
    QTest::newRow("operators quoted") << u"AND OR"_s << u"\"AND\" AND \"OR\"*"_s;
    QTest::newRow("nothing to search") << u" !? "_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestSearchText::ftsQuery()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(SearchText::ftsQuery(input), expected);
}

void TestSearchText::ftsQueryIsValidFts5_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("found");
    QTest::newRow("accent-insensitive") << u"seminaire"_s << true;
    QTest::newRow("upper case") << u"SÉMINAIRE"_s << true;
    QTest::newRow("oe folded in query") << u"oeuvre"_s << true;
    QTest::newRow("œ in query") << u"œuvre"_s << true;
    QTest::newRow("prefix while typing") << u"l’œuv"_s << true;
    QTest::newRow("every word needed") << u"séminaire absent"_s << false;
    QTest::newRow("quote") << u"\""_s << false;
    QTest::newRow("unbalanced") << u"\"sémi"_s << true;
    QTest::newRow("parentheses") << u"(séminaire"_s << true;
    QTest::newRow("near") << u"NEAR(séminaire"_s << false;
    QTest::newRow("column filter") << u"title:séminaire"_s << false;
    QTest::newRow("star alone") << u"*"_s << false;
    QTest::newRow("caret") << u"^sém"_s << true;
    QTest::newRow("minus") << u"-séminaire"_s << true;
    QTest::newRow("plus") << u"séminaire + économie"_s << true;
    QTest::newRow("sql") << u"x'); DROP TABLE t;--"_s << false;
}

// The built expression must always be valid FTS5 syntax, whatever the user typed.
void TestSearchText::ftsQueryIsValidFts5()
{
    QFETCH(QString, input);
    QFETCH(bool, found);

    const QString name = u"searchtext-fts"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(u"CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')"_s),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.prepare(u"INSERT INTO t (body) VALUES (?)"_s));
        query.bindValue(0, SearchText::fold(u"Le Séminaire sur l’œuvre de l’économie sociale et solidaire"_s));
        QVERIFY(query.exec());

        const QString match = SearchText::ftsQuery(input);
        int hits = 0;
        if (!match.isEmpty()) {
            QVERIFY(query.prepare(u"SELECT count(*) FROM t WHERE t MATCH ?"_s));
            query.bindValue(0, match);
            QVERIFY2(query.exec(), qPrintable(match + u" -> "_s + query.lastError().text()));
            QVERIFY(query.next());
            hits = query.value(0).toInt();
        }
        QCOMPARE(hits > 0, found);
    }
    QSqlDatabase::removeDatabase(name);
}

void TestSearchText::plainTextFromHtml_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("inline markup") << u"<p>Le <strong>séminaire</strong> <em>ESS</em></p>"_s
                                   << u"Le séminaire ESS"_s;
    QTest::newRow("entities") << u"<p>l&rsquo;&oelig;uvre &laquo;&nbsp;ESS&nbsp;&raquo;</p>"_s
                              << u"l’œuvre « ESS »"_s;   // no-break spaces become spaces
    QTest::newRow("paragraphs become lines") << u"<p>un</p><p>deux</p>"_s << u"un\ndeux"_s;
    QTest::newRow("image leaves no object character")
        << u"<p>avant <img src=\"actes-image:abc\" alt=\"photo\"> après</p>"_s << u"avant   après"_s;
    QTest::newRow("empty") << u""_s << u""_s;
}

void TestSearchText::plainTextFromHtml()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(SearchText::plainTextFromHtml(html), expected);
}

void TestSearchText::sortKey_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("accents and case") << u"Économie Sociale"_s << u"economie sociale"_s;
    QTest::newRow("leading quotes") << u"«\u00A0Œuvres\u00A0» collectives"_s << u"oeuvres » collectives"_s;
    QTest::newRow("spaces collapsed") << u"  Forum   2024 "_s << u"forum 2024"_s;
    QTest::newRow("empty") << u""_s << u""_s;
}

void TestSearchText::sortKey()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(SearchText::sortKey(input), expected);
}

void TestSearchText::sortKeyOrdersLikeAReader()
{
    QStringList titles{u"Zéro déchet"_s, u"économie circulaire"_s, u"Élan"_s, u"« Agir »"_s, u"emploi"_s};
    std::sort(titles.begin(), titles.end(), [](const QString &a, const QString &b) {
        return SearchText::sortKey(a) < SearchText::sortKey(b);
    });
    const QStringList expected{u"« Agir »"_s, u"économie circulaire"_s, u"Élan"_s, u"emploi"_s, u"Zéro déchet"_s};
    QCOMPARE(titles, expected);
}

void TestSearchText::identityKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("case") << u"Ville de Lyon"_s << u"VILLE DE LYON"_s << true;
    QTest::newRow("spaces") << u" Ville  de\u00A0Lyon"_s << u"Ville de Lyon"_s << true;
    QTest::newRow("accented capital") << u"ÉCOLE"_s << u"école"_s << true;
    QTest::newRow("accent differs") << u"Elan"_s << u"Élan"_s << false;
    QTest::newRow("different") << u"Lyon"_s << u"Lille"_s << false;
}

void TestSearchText::identityKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(SearchText::identityKey(a) == SearchText::identityKey(b), same);
}

// Every save of a resource writes its search entry again: however many long PDFs it carries,
// the text of its files in that entry stays within one bound, and every title is there.
void TestSearchText::attachmentWordsStayBounded()
{
    const QString study = QString(u"Étude "_s).repeated(50000);            // 300,000 characters
    const QString deck = u"Économie circulaire "_s.repeated(10000);      // 200,000
    const QString minutes = u"Compte rendu final"_s;
    const QString words = SearchText::attachmentWords({u"Étude régionale"_s, u"Diaporama"_s, u"Relevé"_s},
                                                      {study, deck, minutes});
    QVERIFY(words.startsWith(u"Étude régionale"_s));
    QVERIFY(words.contains(u"Diaporama"_s) && words.contains(u"Relevé"_s));
    QVERIFY(words.contains(u"Économie circulaire"_s));
    QVERIFY(!words.contains(u"Compte rendu final"_s));   // past the bound
    QVERIFY(words.size() <= SearchText::MaxAttachmentTextChars + 100);
    QCOMPARE(SearchText::attachmentWords({u"Vidéo"_s}, {}), u"Vidéo"_s);
}

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
