// The fast plain-text extraction of the full-text index (IndexingText) against the reference
// extraction through Qt's text engine (SearchText::plainTextFromHtml) and the sanitizer's
// (plainTextFromHtml in text/cleanhtml.h): same words, in the same order, on the fixtures.
#include "import/websitedumpparser.h"
#include "text/cleanhtml.h"
#include "text/indexingtext.h"
#include "text/searchtext.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Actes;

class TestIndexingText final : public QObject
{
    Q_OBJECT

private slots:
    void plainText_data();
    void plainText();
    void sameWordsAsQtTextEngine_data();
    void sameWordsAsQtTextEngine();
    void sameWordsOnSiteExports();
    void indexableFoldsLikeFold_data();
    void indexableFoldsLikeFold();
    void indexableFolds();
};

namespace {

// The words the FTS5 unicode61 tokenizer sees: runs of letters, digits and combining marks.
QStringList words(const QString &text)
{
    QStringList result;
    QString word;
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        if (c.isLetterOrNumber() || c.isSurrogate() || category == QChar::Mark_NonSpacing
            || category == QChar::Mark_SpacingCombining || category == QChar::Other_PrivateUse) {
            word.append(c);
        } else if (!word.isEmpty()) {
            result.append(std::exchange(word, QString()));
        }
    }
    if (!word.isEmpty())
        result.append(word);
    return result;
}

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Every rich-text construct of the clean subset, with French typography.
const QString richSample = uR"(<h2>Atelier n° 1 : l’économie sociale</h2>
<p>Le <strong>séminaire</strong> a réuni <em>élu·es</em> et <a href="https://example.org/a?b=1&amp;c=2">acteurs</a>.</p>
<p>«&#160;Il faut coopérer&#160;», a dit une élue<br>puis&nbsp;: «&nbsp;l&rsquo;&oelig;uvre&nbsp;».</p>
<h3>Les chiffres</h3>
<ul>
<li>120 participant·es</li>
<li>14 collectivités<ul>
<li>dont 3 régions</li>
</ul></li>
</ul>
<ol>
<li>Ouverture</li>
<li>Table ronde</li>
</ol>
<blockquote>Une citation <u>soulignée</u> et <s>barrée</s>.</blockquote>
<table>
<thead>
<tr><th>Commune</th><th>Habitants</th></tr>
</thead>
<tbody>
<tr><td>Besançon</td><td>117 000</td></tr>
<tr><td colspan="2">Total&#x202F;: ×2 &lt;estimé&gt;</td></tr>
</tbody>
</table>
<h4>Photo</h4>
<p>avant <img src="actes-image:0123abcd" alt="la salle"> après. Emoji 🙂 et ﬁn.</p>)"_s;

} // namespace


void TestIndexingText::plainText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << u""_s << u""_s;
    QTest::newRow("inline markup joins nothing") << u"<p>Le <strong>sémi</strong>naire <em>ESS</em></p>"_s
                                                 << u"Le séminaire ESS"_s;
    QTest::newRow("entities") << u"<p>l&rsquo;&oelig;uvre &laquo;&nbsp;ESS&nbsp;&raquo; &amp; co</p>"_s
                              << u"l’œuvre «\u00A0ESS\u00A0» & co"_s;
    QTest::newRow("numeric references") << u"<p>&#233;t&#xE9; &#x1F642; &#0; &#x110000;</p>"_s
                                        << u"été 🙂 \uFFFD \uFFFD"_s;
    QTest::newRow("unknown or unterminated entity is text") << u"<p>&bogus; &eacute &amp</p>"_s
                                                            << u"&bogus; &eacute &amp"_s;
    QTest::newRow("paragraphs become lines") << u"<p>un</p>\n<p>deux</p><h2>trois</h2>"_s
                                             << u"un\ndeux\ntrois"_s;
    QTest::newRow("line break") << u"<p>un<br>deux<br/>trois</p>"_s << u"un\ndeux\ntrois"_s;
    QTest::newRow("whitespace collapses, no-break spaces stay")
        << u"<p>  un \n\t deux\u00A0: trois\u202F!  </p>"_s << u"un deux\u00A0: trois\u202F!"_s;
    QTest::newRow("image separates words") << u"<p>avant<img src=\"actes-image:abc\" alt=\"photo\">après</p>"_s
                                           << u"avant après"_s;
    QTest::newRow("cells") << u"<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>"_s
                           << u"a\tb\nc"_s;
    QTest::newRow("comments, style, script and head dropped")
        << u"<html><head><title>Titre</title><style>p { x: 1 }</style></head><body><!-- note <p>x</p> -->"
           "<p>texte</p><script>var a = '</p>';</script></body></html>"_s
        << u"texte"_s;
    QTest::newRow("stray less-than is text") << u"<p>a < b et 3 <4</p>"_s << u"a < b et 3 <4"_s;
    QTest::newRow("quoted greater-than in attribute") << u"<p><a href=\"x>y\" title='>'>lien</a></p>"_s
                                                      << u"lien"_s;
    QTest::newRow("unclosed tag at the end") << u"<p>fin <strong"_s << u"fin"_s;
    QTest::newRow("upper-case tags") << u"<P>un</P><P>deux<BR>trois</P>"_s << u"un\ndeux\ntrois"_s;
}

void TestIndexingText::plainText()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(IndexingText::plainText(html), expected);
}

void TestIndexingText::sameWordsAsQtTextEngine_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("rich sample") << richSample;
    const QDir paste(QStringLiteral(ACTES_TEST_DATA "/paste"));
    const QStringList files = paste.entryList({u"*.html"_s}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        const QString html = readFile(paste.filePath(name));
        QVERIFY2(!html.isEmpty(), qPrintable(name));
        QTest::newRow(qPrintable(u"paste/"_s + name)) << html;
    }
}

void TestIndexingText::sameWordsAsQtTextEngine()
{
    QFETCH(QString, html);
    const QStringList fast = words(IndexingText::indexable(html));
    QVERIFY(fast.size() > 3);
    QCOMPARE(fast, words(SearchText::indexableText(html)));
    // The sanitizer drops what pasted pages hide (scripts, Word's hidden spans...): stored rich
    // text is always sanitized, so only clean HTML is compared with its plain text.
    if (QString::fromLatin1(QTest::currentDataTag()).contains(u"expected"_s) || html == richSample)
        QCOMPARE(fast, words(SearchText::fold(Actes::plainTextFromHtml(html))));
}

void TestIndexingText::sameWordsOnSiteExports()
{
    const QDir dir(QStringLiteral(ACTES_TEST_DATA "/websitedump"));
    int fields = 0;
    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const WebsiteDumpParseResult parsed = WebsiteDumpParser::parse(file.readAll());
        for (const ParsedResource &resource : parsed.resources) {
            for (const QString &html : {resource.summaryHtml, resource.bodyHtml}) {
                QCOMPARE(words(IndexingText::indexable(html)), words(SearchText::indexableText(html)));
                ++fields;
            }
        }
    }
    QVERIFY2(fields >= 10, qPrintable(QString::number(fields)));
}

void TestIndexingText::indexableFoldsLikeFold_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("rich sample") << richSample;
    QTest::newRow("typography") << u"<p>«\u00A0Œuvre\u00A0», l’été… 3\u202F€ – æ ß — “x” ‘y’ ¡¿ ° ± · §</p>"_s;
    QTest::newRow("compatibility forms take the general path") << u"<p>ﬁn ² ½ Ａ ¨ e\u0301t\u00E9</p>"_s;
    QTest::newRow("control characters") << u"<p>a\u0001b\u0085c</p>"_s;
    const QDir paste(QStringLiteral(ACTES_TEST_DATA "/paste"));
    for (const QString &name : paste.entryList({u"*.html"_s}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(u"paste/"_s + name)) << readFile(paste.filePath(name));
}

void TestIndexingText::indexableFoldsLikeFold()
{
    QFETCH(QString, html);
    QCOMPARE(IndexingText::indexable(html), SearchText::fold(IndexingText::plainText(html)));
}

void TestIndexingText::indexableFolds()
{
    // Ligatures and compatibility forms are folded as in SearchText::indexableText().
    const QString html = u"<p>L’&OElig;uvre, la ﬁn et l’\uFF25SS</p>"_s;
    QCOMPARE(IndexingText::indexable(html), SearchText::indexableText(html));
    QVERIFY(!IndexingText::indexable(QString()).isNull());
}

QTEST_GUILESS_MAIN(TestIndexingText)
#include "tst_indexingtext.moc"
