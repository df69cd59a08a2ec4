// Tests of the clean HTML conversions (QTextDocument <-> clean subset), plain text, and
// word/character counts.

#include "text/cleanhtml.h"
#include "text/htmlsanitizer.h"
#include "text/textstats.h"

#include <QFile>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

using namespace Actes;
using namespace Qt::StringLiterals;

namespace {

QString readFixture(const QString &name)
{
    QFile file(QStringLiteral(ACTES_TEST_DATA "/paste/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    while (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

QString loadAndWrite(const QString &html)
{
    QTextDocument doc;
    loadCleanHtml(doc, html);
    return toCleanHtml(doc);
}

} // namespace

class TestCleanHtml final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void documentBuiltByEditor();
    void documentOddities();
    void narrowNoBreakSpaceSurvivesLoading();
    void alignmentFromDocument();
    void unicodeSpacesHelpers();
    void plainText_data();
    void plainText();
    void textStats_data();
    void textStats();
};

void TestCleanHtml::roundTrip_data()
{
    QTest::addColumn<QString>("html");

    QTest::newRow("empty") << QString();
    QTest::newRow("paragraph") << u"<p>Simple</p>"_s;
    QTest::newRow("paragraphs") << u"<p>Un</p>\n<p>Deux</p>"_s;
    QTest::newRow("headings") << u"<h2>Deux</h2>\n<h3>Trois</h3>\n<h4>Quatre</h4>\n<p>x</p>"_s;
    QTest::newRow("heading with italic") << u"<h3>Titre <em>ital</em></h3>"_s;
    QTest::newRow("inline formats")
        << u"<p>a <strong>b</strong> <em>c</em> <u>d</u> <s>e</s> <strong><em>f</em></strong> "
           "<strong>g<em>h</em></strong><em>i</em></p>"_s;
    QTest::newRow("all formats") << u"<p><strong><em><u><s>tout</s></u></em></strong></p>"_s;
    QTest::newRow("links")
        << u"<p>Voir <a href=\"https://exemple.fr/a?b=1&amp;c=2\">le site</a> et "
           "<a href=\"mailto:a@b.fr\">écrire</a> ou <a href=\"#plan\">le plan</a>.</p>"_s;
    QTest::newRow("bold link") << u"<p><a href=\"https://a.fr\"><strong>gras</strong> "
                                  "normal</a></p>"_s;
    QTest::newRow("line breaks") << u"<p>ligne 1<br>ligne 2<br><br>ligne 4</p>"_s;
    QTest::newRow("break in bold") << u"<p><strong>a<br>b</strong></p>"_s;
    QTest::newRow("bullet list") << u"<ul>\n<li>un</li>\n<li>deux</li>\n</ul>"_s;
    QTest::newRow("ordered list") << u"<ol>\n<li>un</li>\n<li>deux</li>\n</ol>"_s;
    QTest::newRow("nested lists")
        << u"<ul>\n<li>a<ol>\n<li>b</li>\n<li>c<ul>\n<li>d</li>\n</ul>\n</li>\n</ol>\n</li>\n"
           "<li>e</li>\n</ul>\n<p>après</p>"_s;
    QTest::newRow("two lists") << u"<ul>\n<li>a</li>\n</ul>\n<p>x</p>\n<ol>\n<li>b</li>\n</ol>"_s;
    QTest::newRow("formatted list item") << u"<ul>\n<li><strong>Gras</strong> : suite</li>\n</ul>"_s;
    QTest::newRow("blockquote") << u"<blockquote>\n<p>Citation</p>\n<p>suite</p>\n"
                                   "</blockquote>\n<p>après</p>"_s;
    QTest::newRow("nested blockquote") << u"<blockquote>\n<p>un</p>\n<blockquote>\n<p>deux</p>\n"
                                          "</blockquote>\n</blockquote>"_s;
    QTest::newRow("table")
        << u"<table>\n<tr><td>a</td><td>b</td></tr>\n<tr><td>c</td><td><strong>d</strong>"
           "</td></tr>\n</table>"_s;
    QTest::newRow("table with head")
        << u"<table>\n<thead>\n<tr><th>Année</th><th>Emplois <em>ESS</em></th></tr>\n</thead>\n"
           "<tbody>\n<tr><td>2023</td><td>2\u202F400</td></tr>\n</tbody>\n</table>"_s;
    QTest::newRow("spans") << u"<table>\n<tr><td colspan=\"2\">a</td></tr>\n<tr><td rowspan=\"2\">"
                              "b</td><td>c</td></tr>\n<tr><td>d</td></tr>\n</table>"_s;
    QTest::newRow("cell lines and empty cell")
        << u"<table>\n<tr><td>un<br>deux</td><td></td></tr>\n</table>"_s;
    QTest::newRow("image") << u"<p>Logo <img src=\"actes-image:abc123\" alt=\"Logo du réseau\">"
                              " fin</p>"_s;
    QTest::newRow("image alone") << u"<p><img src=\"actes-image:k\" alt=\"\"></p>"_s;
    QTest::newRow("french")
        << u"<p>L’œuvre « Été » à Noël\u00A0: déjà\u202F! 12\u202F000 € — Bravo 🎉👩‍💻</p>"_s;
    QTest::newRow("escaping") << u"<p>a &lt; b &amp; c &gt; d \"e\" 'f'</p>"_s;
    QTest::newRow("aligned paragraphs")
        << u"<p align=\"center\">Centré</p>\n<p align=\"right\">À droite</p>\n"
           "<p align=\"justify\">Justifié <strong>gras</strong><br>suite</p>\n<p>À gauche</p>"_s;
    QTest::newRow("aligned headings")
        << u"<h2 align=\"center\">Deux</h2>\n<h3 align=\"right\">Trois</h3>\n"
           "<h4 align=\"justify\">Quatre</h4>\n<h2>Gauche</h2>"_s;
    QTest::newRow("same text, other alignment")
        << u"<p align=\"center\">a</p>\n<p align=\"center\">a</p>\n<p>a</p>"_s;
    QTest::newRow("aligned in quotation")
        << u"<blockquote>\n<p align=\"center\">« Citation\u202F»</p>\n<p>suite</p>\n"
           "</blockquote>\n<p align=\"right\">Signé</p>"_s;
    QTest::newRow("aligned image") << u"<p align=\"center\"><img src=\"actes-image:k\" "
                                      "alt=\"Logo\"></p>"_s;
    QTest::newRow("word fixture") << readFixture(u"word.expected.html"_s);
    QTest::newRow("libreoffice fixture") << readFixture(u"libreoffice.expected.html"_s);
    QTest::newRow("webpage fixture") << readFixture(u"webpage.expected.html"_s);
}

void TestCleanHtml::roundTrip()
{
    QFETCH(QString, html);
    QCOMPARE(loadAndWrite(html), html);
    // The sanitizer leaves canonical HTML as it is (its placeholders excepted).
    if (!html.contains(PendingImageScheme))
        QCOMPARE(HtmlSanitizer::sanitize(html).html, html);
}

void TestCleanHtml::documentBuiltByEditor()
{
    // A document built the way the editor does it, with cursors and formats.
    QTextDocument doc;
    QTextCursor c(&doc);

    QTextBlockFormat heading;
    heading.setHeadingLevel(1);
    c.setBlockFormat(heading);
    c.insertText(u"Titre"_s);

    c.insertBlock(QTextBlockFormat(), QTextCharFormat());
    c.insertText(u"Texte "_s);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    c.insertText(u"gras"_s, bold);
    QTextCharFormat boldItalic = bold;
    boldItalic.setFontItalic(true);
    c.insertText(u" et italique"_s, boldItalic);
    c.insertText(QString(QChar::LineSeparator) + u"ligne\u00A02, "_s, QTextCharFormat());
    QTextCharFormat link;
    link.setAnchor(true);
    link.setAnchorHref(u"https://exemple.fr"_s);
    link.setFontUnderline(true);
    c.insertText(u"lien"_s, link);
    QTextCharFormat bad;
    bad.setAnchor(true);
    bad.setAnchorHref(u"javascript:alert(1)"_s);
    c.insertText(u" piège"_s, bad);
    QTextCharFormat struck;
    struck.setFontStrikeOut(true);
    struck.setFontUnderline(true);
    c.insertText(u" barré"_s, struck);

    c.insertBlock(QTextBlockFormat(), QTextCharFormat());
    QTextListFormat bullets;
    bullets.setStyle(QTextListFormat::ListDisc);
    bullets.setIndent(1);
    QTextList *outer = c.createList(bullets);
    c.insertText(u"premier"_s);
    c.insertBlock();
    QTextListFormat numbers;
    numbers.setStyle(QTextListFormat::ListDecimal);
    numbers.setIndent(2);
    c.createList(numbers);
    c.insertText(u"imbriqué"_s);
    c.insertBlock();
    c.insertText(u"imbriqué 2"_s);
    c.insertBlock();
    outer->add(c.block());
    c.insertText(u"second"_s);

    c.insertBlock(QTextBlockFormat(), QTextCharFormat());
    QTextBlockFormat quote;
    quote.setProperty(BlockQuoteProperty, 1);
    quote.setLeftMargin(40);
    quote.setIndent(0);
    c.setBlockFormat(quote);
    c.insertText(u"Une citation."_s);

    c.insertBlock(QTextBlockFormat(), QTextCharFormat());
    c.insertText(u"Tableau :"_s);
    QTextTableFormat tableFormat;
    tableFormat.setHeaderRowCount(1);
    QTextTable *table = c.insertTable(2, 2, tableFormat);
    table->cellAt(0, 0).firstCursorPosition().insertText(u"Nom"_s);
    table->cellAt(0, 1).firstCursorPosition().insertText(u"Rôle"_s);
    table->cellAt(1, 0).firstCursorPosition().insertText(u"CRESS"_s);
    QTextCursor cell = table->cellAt(1, 1).firstCursorPosition();
    cell.insertText(u"Hôte"_s);
    cell.insertBlock();
    cell.insertText(u"Financeur"_s);

    c.movePosition(QTextCursor::End);
    QTextImageFormat image;
    image.setName(u"actes-image:k42"_s);
    image.setProperty(QTextFormat::ImageAltText, u"Photo « salle »"_s);
    c.insertImage(image);
    QTextImageFormat foreign;
    foreign.setName(u"file:///tmp/x.png"_s);
    c.insertImage(foreign);
    c.insertBlock();
    c.insertBlock();
    QTextBlockFormat h6;
    h6.setHeadingLevel(6);
    c.setBlockFormat(h6);
    c.insertText(u"Petit titre"_s);

    const QString expected =
        u"<h2>Titre</h2>\n"
        "<p>Texte <strong>gras<em> et italique</em></strong><br>ligne\u00A02, "
        "<a href=\"https://exemple.fr\">lien</a> piège<u><s> barré</s></u></p>\n"
        "<ul>\n<li>premier<ol>\n<li>imbriqué</li>\n<li>imbriqué 2</li>\n</ol>\n</li>\n"
        "<li>second</li>\n</ul>\n"
        "<blockquote>\n<p>Une citation.</p>\n</blockquote>\n"
        "<p>Tableau :</p>\n"
        "<table>\n<thead>\n<tr><th>Nom</th><th>Rôle</th></tr>\n</thead>\n<tbody>\n"
        "<tr><td>CRESS</td><td>Hôte<br>Financeur</td></tr>\n</tbody>\n</table>\n"
        "<p><img src=\"actes-image:k42\" alt=\"Photo « salle »\"></p>\n"
        "<h4>Petit titre</h4>"_s;
    const QString html = toCleanHtml(doc);
    QCOMPARE(html, expected);
    QCOMPARE(loadAndWrite(html), html);
}

void TestCleanHtml::documentOddities()
{
    // Qt's own HTML with styles, fonts and colours is reduced to the subset.
    QTextDocument doc;
    doc.setHtml(u"<p style=\"color:red; font-size:20pt\"><span style=\"font-family:Arial\">"
                "a   b</span>\t<font color=\"#f00\">c</font></p><p></p><p>  </p>"
                "<h1 align=center>T</h1><h5>U</h5>"_s);
    QCOMPARE(toCleanHtml(doc), u"<p>a b c</p>\n<h2 align=\"center\">T</h2>\n<h4>U</h4>"_s);

    // Plain text with spaces a user typed: collapsed like the HTML it becomes.
    QTextDocument plain;
    plain.setPlainText(u"  deux  espaces \n\nfin "_s);
    QCOMPARE(toCleanHtml(plain), u"<p>deux espaces</p>\n<p>fin</p>"_s);

    // toHtml() noise through the sanitizer gives the same as toCleanHtml().
    QTextDocument rich;
    loadCleanHtml(rich, u"<h3>Titre</h3>\n<p>a <strong>b</strong> <a href=\"https://a.fr\">c</a>"
                        "</p>\n<ul>\n<li>x</li>\n</ul>"_s);
    QCOMPARE(HtmlSanitizer::sanitize(rich.toHtml()).html, toCleanHtml(rich));
}

void TestCleanHtml::narrowNoBreakSpaceSurvivesLoading()
{
    const QString html = u"<p>10\u202F% ; «\u202Foui\u202F» a\u2009b <strong>12\u202F000</strong>"
                         "</p>\n<table>\n<tr><td>1\u202F000</td></tr>\n</table>"_s;
    QTextDocument doc;
    loadCleanHtml(doc, html);
    QVERIFY(doc.toPlainText().contains(u"10\u202F%"_s));
    QVERIFY(doc.toPlainText().contains(u"a\u2009b"_s));
    QCOMPARE(toCleanHtml(doc), html);
    QVERIFY(!doc.isModified());
    QVERIFY(!doc.isUndoAvailable());
}

void TestCleanHtml::alignmentFromDocument()
{
    // Alignments as the editor sets them (QTextBlockFormat::setAlignment), including Qt's
    // variants, and where the subset has none (list items, cells).
    QTextDocument doc;
    QTextCursor c(&doc);
    auto block = [&c](Qt::Alignment alignment, const QString &text, bool first = false) {
        if (!first)
            c.insertBlock();
        QTextBlockFormat f;
        f.setAlignment(alignment);
        c.setBlockFormat(f);
        c.insertText(text);
    };
    block(Qt::AlignHCenter, u"centre"_s, true);
    block(Qt::AlignRight | Qt::AlignAbsolute, u"droite absolue"_s);
    block(Qt::AlignTrailing, u"fin"_s);
    block(Qt::AlignJustify, u"justifié"_s);
    block(Qt::AlignLeft, u"gauche explicite"_s);
    block(Qt::AlignCenter, u"centre et milieu"_s); // vertical flag ignored
    QTextBlockFormat heading;
    heading.setHeadingLevel(3);
    heading.setAlignment(Qt::AlignRight);
    c.insertBlock(heading);
    c.insertText(u"Titre"_s);
    QTextBlockFormat plain;
    c.insertBlock(plain);
    QTextListFormat lf;
    lf.setStyle(QTextListFormat::ListDisc);
    c.createList(lf);
    QTextBlockFormat centredItem = c.blockFormat();
    centredItem.setAlignment(Qt::AlignHCenter);
    c.setBlockFormat(centredItem);
    c.insertText(u"élément"_s);
    c.insertBlock(plain);
    QTextTable *table = c.insertTable(1, 1);
    QTextCursor cell = table->cellAt(0, 0).firstCursorPosition();
    QTextBlockFormat centredCell;
    centredCell.setAlignment(Qt::AlignHCenter);
    cell.setBlockFormat(centredCell);
    cell.insertText(u"case"_s);

    const QString expected =
        u"<p align=\"center\">centre</p>\n<p align=\"right\">droite absolue</p>\n"
        "<p align=\"right\">fin</p>\n<p align=\"justify\">justifié</p>\n<p>gauche explicite</p>\n"
        "<p align=\"center\">centre et milieu</p>\n<h3 align=\"right\">Titre</h3>\n"
        "<ul>\n<li>élément</li>\n</ul>\n<table>\n<tr><td>case</td></tr>\n</table>"_s;
    QCOMPARE(toCleanHtml(doc), expected);

    // Loading gives the alignments back to the text engine (what the editor and the PDF show).
    QTextDocument loaded;
    loadCleanHtml(loaded, expected);
    QList<Qt::Alignment> alignments;
    for (QTextBlock b = loaded.begin(); b.isValid(); b = b.next())
        alignments.append(cleanAlignment(b.blockFormat().alignment()));
    QCOMPARE(alignments.mid(0, 7), (QList<Qt::Alignment>{Qt::AlignHCenter, Qt::AlignRight,
                                                          Qt::AlignRight, Qt::AlignJustify,
                                                          Qt::AlignLeft, Qt::AlignHCenter,
                                                          Qt::AlignRight}));
    QCOMPARE(toCleanHtml(loaded), expected);

    QCOMPARE(alignmentAttribute(Qt::AlignLeft), QLatin1String());
    QCOMPARE(alignmentAttribute(Qt::AlignHCenter | Qt::AlignVCenter), "center"_L1);
    QCOMPARE(alignmentAttribute(Qt::AlignJustify), "justify"_L1);
}

void TestCleanHtml::unicodeSpacesHelpers()
{
    // setHtmlKeepingSpaces: any HTML (the PDF layout's, with styles), U+202F and U+2009 kept.
    QTextDocument doc;
    setHtmlKeepingSpaces(doc, u"<p style=\"text-align: justify\" class=\"x\">Bonjour\u202F! "
                              "«\u202FESS\u202F» a\u2009b</p><table><tr><td>1\u202F000</td></tr>"
                              "</table>"_s);
    QVERIFY2(doc.toPlainText().contains(u"Bonjour\u202F! «\u202FESS\u202F» a\u2009b"_s),
             qPrintable(doc.toPlainText()));
    QVERIFY(doc.toPlainText().contains(u"1\u202F000"_s));
    QVERIFY(!doc.isUndoAvailable());
    // The importer alone loses them (if this starts failing, Qt was fixed and the helpers
    // can go).
    QTextDocument qtOnly;
    qtOnly.setHtml(u"<p>Bonjour\u202F!</p>"_s);
    QCOMPARE(qtOnly.toPlainText(), u"Bonjour !"_s);

    // Text that already holds characters of the private planes is not mistaken for stand-ins.
    const QString planes = u"<p>a\u202Fb \U0010FF0C \U0010FF0A \U0010FE0C c\u2009d</p>"_s;
    QTextDocument privateUse;
    loadCleanHtml(privateUse, planes);
    QCOMPARE(toCleanHtml(privateUse), planes);

    // insertCleanHtml: one undo step, spaces kept, cursor after the insertion, formats kept.
    QTextDocument target;
    QTextCursor c(&target);
    c.insertText(u"Avant  après"_s);
    c.setPosition(6);
    insertCleanHtml(c, u"<strong>«\u202Fgras\u202F»</strong> <em>x\u2009y</em>"_s);
    QCOMPARE(target.toPlainText(), u"Avant «\u202Fgras\u202F» x\u2009y après"_s);
    QCOMPARE(c.position(), 6 + 12);
    QCOMPARE(toCleanHtml(target),
             u"<p>Avant <strong>«\u202Fgras\u202F»</strong> <em>x\u2009y</em> après</p>"_s);
    target.undo();
    QCOMPARE(target.toPlainText(), u"Avant  après"_s);
    // Replacing a selection, several paragraphs.
    QTextCursor all(&target);
    all.select(QTextCursor::Document);
    insertCleanHtml(all, u"<p align=\"center\">un\u202F!</p>\n<p>deux\u202F?</p>"_s);
    QCOMPARE(toCleanHtml(target), u"<p align=\"center\">un\u202F!</p>\n<p>deux\u202F?</p>"_s);
    QCOMPARE(all.position(), target.characterCount() - 1);
}

void TestCleanHtml::plainText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("paragraphs") << u"<p>Un</p><p>Deux &amp; trois</p>"_s
                                << u"Un\nDeux & trois"_s;
    QTest::newRow("heading and list") << u"<h2>Titre</h2><ul><li>a<ul><li>b</li></ul></li>"
                                         "<li>c</li></ul><p>fin</p>"_s
                                      << u"Titre\na\nb\nc\nfin"_s;
    QTest::newRow("br") << u"<p>a<br>b</p>"_s << u"a\nb"_s;
    QTest::newRow("table") << u"<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td>"
                              "</tr></table>"_s
                           << u"a\tb\nc\td"_s;
    QTest::newRow("hostile") << u"<script>alert(1)</script><p onclick=x>a &lt;b&gt;</p>"_s
                             << u"a <b>"_s;
    QTest::newRow("french") << u"<p>«&nbsp;Oui&#8239;!&nbsp;» l’été</p>"_s
                            << u"«\u00A0Oui\u202F!\u00A0» l’été"_s;
    QTest::newRow("images give nothing") << u"<p>a<img src=\"actes-image:k\" alt=\"x\">b</p>"_s
                                         << u"ab"_s;
}

void TestCleanHtml::plainText()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(plainTextFromHtml(html), expected);
}

void TestCleanHtml::textStats_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("words");
    QTest::addColumn<int>("characters");
    QTest::addColumn<int>("charactersNoSpaces");

    QTest::newRow("empty") << QString() << 0 << 0 << 0;
    QTest::newRow("simple") << u"Bonjour le monde"_s << 3 << 16 << 14;
    QTest::newRow("elision") << u"l’étude de l'ESS"_s << 3 << 16 << 14;
    QTest::newRow("aujourd’hui") << u"aujourd’hui"_s << 1 << 11 << 11;
    QTest::newRow("hyphen") << u"peut-être Saint-Étienne"_s << 2 << 23 << 22;
    QTest::newRow("french punctuation")
        << u"« Oui » : c’est ça ! Vraiment ?"_s << 4 << 31 << 23;
    QTest::newRow("punctuation with nbsp")
        << u"«\u00A0Oui\u00A0»\u00A0: non\u202F!"_s << 2 << 15 << 10;
    QTest::newRow("numbers") << u"En 2024, 120 participants et 3,5 %"_s << 6 << 34 << 28;
    QTest::newRow("grouped number") << u"12\u202F000 emplois et 1\u00A0500\u00A0000 €"_s
                                    << 4 << 29 << 22;
    QTest::newRow("space is not a group separator") << u"12 000"_s << 2 << 6 << 5;
    QTest::newRow("number then words") << u"Les 3\u00A0ateliers"_s << 3 << 14 << 12;
    QTest::newRow("dashes") << u"ESS — économie – solidaire"_s << 3 << 26 << 22;
    QTest::newRow("line breaks") << u"un\ndeux\n\ntrois"_s << 3 << 11 << 11;
    QTest::newRow("emoji") << u"Bravo 🎉 👩‍💻"_s << 1 << 9 << 7;
    QTest::newRow("combining accent") << u"e\u0301te\u0301"_s << 1 << 3 << 3;
}

void TestCleanHtml::textStats()
{
    QFETCH(QString, text);
    QFETCH(int, words);
    QFETCH(int, characters);
    QFETCH(int, charactersNoSpaces);
    const TextStats stats = TextStats::ofPlainText(text);
    QCOMPARE(stats.words, words);
    QCOMPARE(stats.characters, characters);
    QCOMPARE(stats.charactersNoSpaces, charactersNoSpaces);

    // The HTML of the same text gives the same counts.
    QString html = text.toHtmlEscaped();
    html.replace(u'\n', u"</p><p>"_s);
    const TextStats fromHtml = TextStats::ofHtml(u"<p>"_s + html + u"</p>"_s);
    QCOMPARE(fromHtml.words, words);
}

QTEST_MAIN(TestCleanHtml)
#include "tst_cleanhtml.moc"
