#include "text/typography.h"

#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>

using namespace Qt::StringLiterals;
using namespace Actes;

Q_DECLARE_METATYPE(Actes::NbspStyle)

namespace {

// Readable expectations: "_" is U+00A0 (no-break space), "^" U+202F (narrow no-break space).
QString nb(QString s)
{
    s.replace(u'_', QChar(NoBreakSpace));
    s.replace(u'^', QChar(NarrowNoBreakSpace));
    return s;
}

// Visible form of a string for failure messages.
QString shown(QString s)
{
    s.replace(QChar(NoBreakSpace), u'_');
    s.replace(QChar(NarrowNoBreakSpace), u'^');
    return s;
}

// The text of a document with its no-break spaces (toPlainText() turns U+00A0 into spaces).
QString documentText(const QTextDocument &doc)
{
    QStringList blocks;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        blocks.append(b.text());
    return blocks.join(u'\n');
}

QString applied(const QString &text, const TypographyEdit &edit)
{
    if (edit.isNull())
        return text;
    QString out = text;
    out.replace(edit.position, edit.length, edit.text);
    return out;
}

} // namespace

class TstTypography : public QObject
{
    Q_OBJECT
private slots:
    void wholeText_data();
    void wholeText();
    void styles_data();
    void styles();
    void rulesCanBeTurnedOff();
    void keystroke_data();
    void keystroke();
    void typingCharacterByCharacterMatchesWholeText_data();
    void typingCharacterByCharacterMatchesWholeText();
    void excludedRanges();
    void documentKeepsFormatsAndLinks();
    void documentIsOneUndoStep();
    void documentSkipsCode();
};

void TstTypography::wholeText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    // The brief's example, Standard style: U+00A0 before : and inside « », U+202F before ; ! ?
    QTest::newRow("example") << u"Bonjour: «ESS»!"_s << nb(u"Bonjour_: «_ESS_»^!"_s);
    // Spaces before : ; ! ?
    QTest::newRow("space replaced") << u"Bonjour : ça va ?"_s << nb(u"Bonjour_: ça va^?"_s);
    QTest::newRow("no space") << u"Attention; voici!"_s << nb(u"Attention^; voici^!"_s);
    QTest::newRow("several spaces") << u"Bonjour   : oui"_s << nb(u"Bonjour_: oui"_s);
    QTest::newRow("colon at end") << u"Les participants:"_s << nb(u"Les participants_:"_s);
    QTest::newRow("grouped ?!") << u"Quoi?!"_s << nb(u"Quoi^?!"_s);
    QTest::newRow("grouped !!!") << u"Non !!!"_s << nb(u"Non^!!!"_s);
    QTest::newRow("? before »") << u"«Vraiment?»"_s << nb(u"«_Vraiment^?_»"_s);
    QTest::newRow("in brackets") << u"Il viendra (?) demain"_s << u"Il viendra (?) demain"_s;
    QTest::newRow("start of paragraph") << u"! et : seuls"_s << nb(u"! et_: seuls"_s);
    QTest::newRow("paragraphs") << u"Un:\nDeux!\u2029Trois?"_s << nb(u"Un_:\nDeux^!\u2029Trois^?"_s);
    QTest::newRow("narrow kept") << nb(u"Bonjour^: oui"_s) << nb(u"Bonjour^: oui"_s);
    QTest::newRow("normal kept") << nb(u"Quoi_?"_s) << nb(u"Quoi_?"_s);
    QTest::newRow("space after nbsp kept") << nb(u"Bonjour_ :"_s) << nb(u"Bonjour_ :"_s);
    // Guillemets
    QTest::newRow("guillemets spaces") << u"« ESS »"_s << nb(u"«_ESS_»"_s);
    QTest::newRow("guillemets none") << u"le «tiers-lieu» local"_s << nb(u"le «_tiers-lieu_» local"_s);
    QTest::newRow("guillemets done") << nb(u"«_ESS_»"_s) << nb(u"«_ESS_»"_s);
    // Straight quotes
    QTest::newRow("straight quotes") << u"Il a dit \"bonjour\" hier."_s
                                     << nb(u"Il a dit «_bonjour_» hier."_s);
    QTest::newRow("straight at start") << u"\"Oui\", dit-elle."_s << nb(u"«_Oui_», dit-elle."_s);
    QTest::newRow("two pairs") << u"\"a\" et \"b\""_s << nb(u"«_a_» et «_b_»"_s);
    QTest::newRow("straight with spaces inside")
        << u"le \"bonjour \" final"_s << nb(u"le «_bonjour_» final"_s);
    QTest::newRow("quote then !") << u"Il a crié \"non\"!"_s << nb(u"Il a crié «_non_»^!"_s);
    QTest::newRow("inches stay") << u"un écran 12\" large"_s << u"un écran 12\" large"_s;
    QTest::newRow("lone quote stays") << u"a \" b"_s << u"a \" b"_s;
    // Apostrophes
    QTest::newRow("apostrophe") << u"l'ESS aujourd'hui"_s << u"l\u2019ESS aujourd\u2019hui"_s;
    QTest::newRow("apostrophe capital") << u"L'économie d'Évry"_s << u"L\u2019économie d\u2019Évry"_s;
    QTest::newRow("quote marks not letters") << u"'cité'"_s << u"'cité'"_s;
    QTest::newRow("apostrophe after digit") << u"les années 80's"_s << u"les années 80's"_s;
    // Ellipsis
    QTest::newRow("ellipsis") << u"Et puis..."_s << u"Et puis\u2026"_s;
    QTest::newRow("ellipsis then ?") << u"Et puis...?"_s << nb(u"Et puis\u2026^?"_s);
    QTest::newRow("four dots stay") << u"Et puis...."_s << u"Et puis...."_s;
    QTest::newRow("two dots stay") << u"a.. b"_s << u"a.. b"_s;
    // URLs
    QTest::newRow("url query") << u"Voir https://example.org/a?b=c:d;e!f"_s
                               << u"Voir https://example.org/a?b=c:d;e!f"_s;
    QTest::newRow("url then space !") << u"Voir https://example.org/?q=1 !"_s
                                      << nb(u"Voir https://example.org/?q=1^!"_s);
    QTest::newRow("url http port") << u"http://localhost:8080/x'y"_s << u"http://localhost:8080/x'y"_s;
    QTest::newRow("www") << u"Site : www.ess-france.org/page?id=3"_s
                         << nb(u"Site_: www.ess-france.org/page?id=3"_s);
    QTest::newRow("url ellipsis") << u"ftp://x.org/a...b"_s << u"ftp://x.org/a...b"_s;
    QTest::newRow("mailto") << u"mailto:jean@x.fr?subject=a"_s << u"mailto:jean@x.fr?subject=a"_s;
    QTest::newRow("url in guillemets") << u"«https://x.org/?a=b»"_s << nb(u"«_https://x.org/?a=b_»"_s);
    // E-mail addresses
    QTest::newRow("email") << u"Contact : o'neil@exemple.fr; merci"_s
                           << nb(u"Contact_: o'neil@exemple.fr^; merci"_s);
    // Times, ratios, emoticons, code-like text
    QTest::newRow("time") << u"Rendez-vous à 10:30 !"_s << nb(u"Rendez-vous à 10:30^!"_s);
    QTest::newRow("ratio") << u"un ratio de 3:2."_s << u"un ratio de 3:2."_s;
    QTest::newRow("smiley :-)") << u"Super :-) merci"_s << u"Super :-) merci"_s;
    QTest::newRow("smiley ;-)") << u"Super ;-) merci"_s << u"Super ;-) merci"_s;
    QTest::newRow("smiley ;)") << u"Super ;)"_s << u"Super ;)"_s;
    QTest::newRow("smiley :D") << u"Super :D"_s << u"Super :D"_s;
    QTest::newRow("double colon") << u"std::vector"_s << u"std::vector"_s;
    QTest::newRow("key:value") << u"clé:valeur"_s << u"clé:valeur"_s;
    QTest::newRow("query in text") << u"page?id=3"_s << u"page?id=3"_s;
    // Code between backticks
    QTest::newRow("code") << u"Tapez `a: b; \"c\" l'x...` puis: ok"_s
                          << nb(u"Tapez `a: b; \"c\" l'x...` puis_: ok"_s);
    QTest::newRow("unclosed backtick") << u"un ` seul: ok"_s << nb(u"un ` seul_: ok"_s);
    // Nothing to do
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("plain") << u"Rien à changer."_s << u"Rien à changer."_s;
}

void TstTypography::wholeText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString once = applyFrenchTypography(input, {});
    QVERIFY2(once == expected, qPrintable(u"got \"%1\", expected \"%2\""_s.arg(shown(once), shown(expected))));
    // Idempotent.
    const QString twice = applyFrenchTypography(once, {});
    QVERIFY2(twice == once, qPrintable(u"second pass gave \"%1\""_s.arg(shown(twice))));
    QVERIFY(frenchTypographyEdits(once, {}).isEmpty());
}

void TstTypography::styles_data()
{
    QTest::addColumn<NbspStyle>("style");
    QTest::addColumn<QString>("expected");
    QTest::newRow("standard") << NbspStyle::Standard << nb(u"Bonjour_: «_ESS_»^; oui^? non^!"_s);
    QTest::newRow("narrow") << NbspStyle::Narrow << nb(u"Bonjour^: «^ESS^»^; oui^? non^!"_s);
    QTest::newRow("normal") << NbspStyle::Normal << nb(u"Bonjour_: «_ESS_»_; oui_? non_!"_s);
}

void TstTypography::styles()
{
    QFETCH(NbspStyle, style);
    QFETCH(QString, expected);
    TypographyOptions opts;
    opts.nbspStyle = style;
    const QString out = applyFrenchTypography(u"Bonjour: «ESS»; oui? non!"_s, opts);
    QCOMPARE(shown(out), shown(expected));
    QCOMPARE(applyFrenchTypography(out, opts), out);
    // Text made with another style is left alone (the spaces are already there).
    QCOMPARE(applyFrenchTypography(out, {}), out);
}

void TstTypography::rulesCanBeTurnedOff()
{
    const QString input = u"Il dit \"l'ESS...\": oui"_s;
    TypographyOptions opts;
    opts.spaces = false;
    QCOMPARE(applyFrenchTypography(input, opts), u"Il dit «l\u2019ESS\u2026»: oui"_s);
    opts = {};
    opts.quotes = false;
    opts.apostrophes = false;
    opts.ellipsis = false;
    QCOMPARE(shown(applyFrenchTypography(input, opts)), shown(nb(u"Il dit \"l'ESS...\"_: oui"_s)));
}

void TstTypography::keystroke_data()
{
    QTest::addColumn<QString>("before");   // the block text before the keystroke
    QTest::addColumn<int>("position");     // where the character is typed
    QTest::addColumn<QString>("typed");    // the character ("\u2029" = Enter)
    QTest::addColumn<QString>("expected"); // "|" marks the cursor; "=" means unchanged

    const auto row = [](const char *name, const QString &before, int position, const QString &typed,
                        const QString &expected) {
        QTest::newRow(name) << before << position << typed << expected;
    };
    row("colon waits", u"Bonjour"_s, 7, u":"_s, u"="_s);
    row("space after colon", u"Bonjour:"_s, 8, u" "_s, nb(u"Bonjour_: |"_s));
    row("space after spaced colon", u"Bonjour :"_s, 9, u" "_s, nb(u"Bonjour_: |"_s));
    row("semicolon then space", u"oui;"_s, 4, u" "_s, nb(u"oui^; |"_s));
    row("Enter after colon", u"Participants:"_s, 13, u"\u2029"_s, nb(u"Participants_:|"_s));
    row("colon then «", u"Bonjour:"_s, 8, u"«"_s, nb(u"Bonjour_:«_|"_s));
    row("question mark", u"Quoi"_s, 4, u"?"_s, nb(u"Quoi^?|"_s));
    row("question after space", u"Quoi "_s, 5, u"?"_s, nb(u"Quoi^?|"_s));
    row("exclamation after ?", nb(u"Quoi^?"_s), 6, u"!"_s, u"="_s);
    row("exclamation mid-text", u"Oui suite"_s, 3, u"!"_s, nb(u"Oui^!| suite"_s));
    row("opening guillemet", u"le "_s, 3, u"«"_s, nb(u"le «_|"_s));
    row("space after auto «", nb(u"le «_"_s), 5, u" "_s, nb(u"le «_|"_s));
    row("closing guillemet", nb(u"«_ESS"_s), 5, u"»"_s, nb(u"«_ESS_»|"_s));
    row("closing after space", nb(u"«_ESS "_s), 6, u"»"_s, nb(u"«_ESS_»|"_s));
    row("! after »", nb(u"«_ESS_»"_s), 7, u"!"_s, nb(u"«_ESS_»^!|"_s));
    row("straight opens", u"Il a dit "_s, 9, u"\""_s, nb(u"Il a dit «_|"_s));
    row("straight at start", QString(), 0, u"\""_s, nb(u"«_|"_s));
    row("straight closes", nb(u"Il a dit «_oui"_s), 14, u"\""_s, nb(u"Il a dit «_oui_»|"_s));
    row("straight closes after space", nb(u"dit «_oui "_s), 10, u"\""_s, nb(u"dit «_oui_»|"_s));
    row("straight after word stays", u"12"_s, 2, u"\""_s, u"="_s);
    row("apostrophe", u"l"_s, 1, u"'"_s, u"l\u2019|"_s);
    row("apostrophe mid-word", u"aujourdhui"_s, 7, u"'"_s, u"aujourd\u2019|hui"_s);
    row("apostrophe after space", u"dit "_s, 4, u"'"_s, u"="_s);
    row("ellipsis", u"Et.."_s, 4, u"."_s, u"Et\u2026|"_s);
    row("fourth dot", u"Et\u2026"_s, 3, u"."_s, u"="_s);
    row("time", u"10"_s, 2, u":"_s, u"="_s);
    row("time digits", u"10:"_s, 3, u"3"_s, u"="_s);
    row("smiley", u"Super :"_s, 7, u"-"_s, u"="_s);
    row("smiley wink", u"Super ;"_s, 7, u")"_s, u"="_s);
    row("url scheme", u"voir http"_s, 9, u":"_s, u"="_s);
    row("url slash", u"voir http:"_s, 10, u"/"_s, u"="_s);
    row("url query ?", u"voir https://x.org/"_s, 19, u"?"_s, u"="_s);
    row("url www ?", u"voir www.x.org/page"_s, 19, u"?"_s, u"="_s);
    row("url then space", u"voir https://x.org/a:"_s, 21, u" "_s, u"="_s);
    row("email domain", u"jean@ess"_s, 8, u"!"_s, u"="_s);
    row("code", u"tapez `a"_s, 8, u"!"_s, u"="_s);
    row("after code", u"tapez `a` puis"_s, 14, u"!"_s, nb(u"tapez `a` puis^!|"_s));
    row("start of paragraph", u":"_s, 1, u" "_s, u"="_s);
}

void TstTypography::keystroke()
{
    QFETCH(QString, before);
    QFETCH(int, position);
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    const QChar c = typed.at(0);
    QString text = before;
    int cursor = position;
    if (c != QChar::ParagraphSeparator) {
        text.insert(position, c);
        cursor = position + 1;
    }
    const TypographyEdit edit = typographyForKeystroke(text, cursor, c, {});
    if (expected == u"="_s) {
        QVERIFY2(edit.isNull(), qPrintable(u"unexpected edit: \"%1\""_s.arg(shown(applied(text, edit)))));
        return;
    }
    QVERIFY(!edit.isNull());
    QString result = applied(text, edit);
    QVERIFY(edit.cursorPosition >= 0 && edit.cursorPosition <= result.size());
    result.insert(edit.cursorPosition, u'|');
    QCOMPARE(shown(result), shown(expected));
}

void TstTypography::typingCharacterByCharacterMatchesWholeText_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("example") << u"Bonjour: «ESS»!"_s << nb(u"Bonjour_: «_ESS_»^!"_s);
    QTest::newRow("spaces typed") << u"Bonjour : « ESS » !"_s << nb(u"Bonjour_: «_ESS_»^!"_s);
    QTest::newRow("straight quotes") << u"Il a dit \"l'ESS...\" ; oui ?"_s
                                     << nb(u"Il a dit «_l\u2019ESS\u2026_»^; oui^?"_s);
    QTest::newRow("url and time") << u"Voir https://x.org/?a=1:2 à 10:30 !"_s
                                  << nb(u"Voir https://x.org/?a=1:2 à 10:30^!"_s);
}

// Simulates typing into a paragraph: each character inserted at the cursor, then the
// keystroke edit applied.
void TstTypography::typingCharacterByCharacterMatchesWholeText()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QString text;
    int cursor = 0;
    for (QChar c : typed) {
        text.insert(cursor, c);
        ++cursor;
        const TypographyEdit edit = typographyForKeystroke(text, cursor, c, {});
        if (!edit.isNull()) {
            text = applied(text, edit);
            cursor = edit.cursorPosition;
        }
    }
    QCOMPARE(shown(text), shown(expected));
    QCOMPARE(shown(applyFrenchTypography(typed, {})), shown(expected));
}

void TstTypography::excludedRanges()
{
    const QString text = u"lien: oui: non"_s;
    // The first colon belongs to a range the caller keeps (a link, say).
    QCOMPARE(shown(applyFrenchTypography(text, {}, {{0, 5}})), shown(nb(u"lien: oui_: non"_s)));
    const QList<TextRange> ranges = protectedRanges(u"a https://x.org/b, c@d.fr et `e`"_s);
    QCOMPARE(ranges.size(), 3);
    QCOMPARE(ranges.at(0), (TextRange{2, 15}));
    QCOMPARE(ranges.at(1), (TextRange{19, 6}));
    QCOMPARE(ranges.at(2), (TextRange{29, 3}));
}

void TstTypography::documentKeepsFormatsAndLinks()
{
    QTextDocument doc;
    doc.setHtml(u"<p><b>Bonjour</b>: voir <a href=\"https://x.org/?a=b\">le \"site\" l'ESS</a>!</p>"
                u"<p><i>aujourd'hui</i>... «ESS»</p>"_s);
    const int edits = applyFrenchTypography(&doc, {});
    QCOMPARE(edits, 6);
    QCOMPARE(shown(doc.begin().text()), shown(nb(u"Bonjour_: voir le \"site\" l'ESS^!"_s)));
    QCOMPARE(shown(doc.begin().next().text()), shown(nb(u"aujourd\u2019hui\u2026 «_ESS_»"_s)));

    // Bold still on "Bonjour" only; the link text and target unchanged; italic kept.
    QTextBlock first = doc.begin();
    bool sawBold = false;
    bool sawLink = false;
    for (auto it = first.begin(); !it.atEnd(); ++it) {
        const QTextFragment f = it.fragment();
        if (f.charFormat().fontWeight() == QFont::Bold) {
            QCOMPARE(f.text(), u"Bonjour"_s);
            sawBold = true;
        }
        if (f.charFormat().isAnchor()) {
            QCOMPARE(f.text(), u"le \"site\" l'ESS"_s);
            QCOMPARE(f.charFormat().anchorHref(), u"https://x.org/?a=b"_s);
            sawLink = true;
        }
    }
    QVERIFY(sawBold);
    QVERIFY(sawLink);
    QTextCursor italic(doc.begin().next());
    italic.setPosition(doc.begin().next().position() + 3);
    QVERIFY(italic.charFormat().fontItalic());
    // The no-break space before "!" is not part of the link.
    QTextCursor bang(&doc);
    bang.setPosition(first.position() + first.text().indexOf(u'!'));
    QVERIFY(!bang.charFormat().isAnchor());
}

void TstTypography::documentIsOneUndoStep()
{
    QTextDocument doc;
    doc.setPlainText(u"Bonjour: «ESS»!\nl'ESS..."_s);
    const QString original = documentText(doc);
    QVERIFY(!doc.isUndoAvailable());
    QVERIFY(applyFrenchTypography(&doc, {}) > 0);
    QVERIFY(documentText(doc) != original);
    doc.undo();
    QCOMPARE(documentText(doc), original);
    QVERIFY(!doc.isUndoAvailable());
    doc.redo();
    QCOMPARE(shown(documentText(doc)), shown(nb(u"Bonjour_: «_ESS_»^!\nl\u2019ESS\u2026"_s)));
    // A second run changes nothing and adds no undo step.
    QCOMPARE(applyFrenchTypography(&doc, {}), 0);
    doc.undo();
    QCOMPARE(documentText(doc), original);
}

void TstTypography::documentSkipsCode()
{
    QTextDocument doc;
    doc.setHtml(u"<p>Voir <code>a: b; l'x</code>: fin</p>"_s);
    applyFrenchTypography(&doc, {});
    QCOMPARE(shown(doc.begin().text()), shown(nb(u"Voir a: b; l'x_: fin"_s)));
}

QTEST_MAIN(TstTypography)
#include "tst_typography.moc"
