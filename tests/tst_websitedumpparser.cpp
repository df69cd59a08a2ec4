#include "import/websitedumpparser.h"

#include <QFile>
#include <QStringDecoder>
#include <QTest>

using namespace Actes;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFixture(const QString &name)
{
    QFile f(QStringLiteral(ACTES_TEST_DATA "/websitedump/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

const QString kNb = QString(QChar(0x00A0));
const QString kNnb = QString(QChar(0x202F));

// The first resource of basic.txt, shown with its summary equal to its body.
const QString kTiersLieuxHtml =
    u"<p>Plus de 80 personnes se sont retrouvées à Lyon pour échanger sur les tiers-lieux et leur "
    "place dans les politiques locales.</p>"
    "<p>Trois ateliers ont rythmé la journée :</p>"
    "<ul><li>la mobilisation du foncier public</li><li>le modèle économique des lieux</li>"
    "<li>la gouvernance partagée</li></ul>"
    "<p>Merci à la Ville de Lyon pour son accueil.<br>Les présentations sont en ligne.</p>"_s;

} // namespace

class TestWebsiteDumpParser : public QObject
{
    Q_OBJECT

private slots:
    void resources_data();
    void resources();
    void counts_data();
    void counts();
    void sameAsBasic_data();
    void sameAsBasic();
    void specialCharacters();
    void reviewNotes_data();
    void reviewNotes();
    void badFiles_data();
    void badFiles();
    void inlineCases_data();
    void inlineCases();
    void html_data();
    void html();
    void realSample();
    void documents_data();
    void documents();
    void realSampleDocuments();
};

void TestWebsiteDumpParser::resources_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("isPrivate");
    QTest::addColumn<bool>("privateConfirmed");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QString>("summaryHtml");
    QTest::addColumn<QString>("bodyHtml");
    QTest::addColumn<bool>("needsReview");

    // Preamble line, whole body repeated as the summary, list items, line breaks.
    QTest::newRow("whole body as summary")
        << u"basic.txt"_s << 0 << u"Rencontre régionale sur les tiers-lieux du 12 avril 2017"_s
        << u"Comptes rendus"_s << false << true << QDate(2017, 4, 12) << QDate(2017, 4, 12)
        << kTiersLieuxHtml << kTiersLieuxHtml << false;
    // Truncated summary ending with "...", private "Oui", a date list in the title.
    QTest::newRow("truncated summary with ellipsis")
        << u"basic.txt"_s << 1
        << u"Journées d'étude sur la commande publique responsable des 8 et 9 juin 2016"_s
        << u"Publications"_s << true << true << QDate(2016, 6, 8) << QDate(2016, 6, 9)
        << u"<p>Les journées d'étude organisées à Rennes ont permis de faire le point sur les "
           "clauses sociales...</p>"_s
        << u"<p>Les journées d'étude organisées à Rennes ont permis de faire le point sur les clauses "
           "sociales dans les marchés publics, deux ans après la réforme.</p>"
           "<p>Les élus ont insisté sur la formation des acheteurs et sur l’œuvre commune des "
           "services.</p>"_s
        << false;
    // The last resource ends the file without a final newline.
    QTest::newRow("last resource at end of file")
        << u"basic.txt"_s << 2 << u"Séminaire des élus - 1er février 2018"_s << u"Comptes rendus"_s
        << false << true << QDate(2018, 2, 1) << QDate(2018, 2, 1)
        << u"<p>Le séminaire annuel des élus a réuni vingt-cinq collectivités adhérentes.</p>"_s
        << u"<p>Le séminaire annuel des élus a réuni vingt-cinq collectivités adhérentes.</p>"
           "<p>Un relevé de décisions sera diffusé aux participants.</p>"_s
        << false;
    // Two summary paragraphs, the second cut without an ellipsis; range across months.
    QTest::newRow("truncated without ellipsis")
        << u"truncated.txt"_s << 0 << u"Université d'été de l'ESS du 30 juin au 2 juillet 2015"_s
        << u"Comptes rendus"_s << false << true << QDate(2015, 6, 30) << QDate(2015, 7, 2)
        << u"<p>Trois jours de débats à Grenoble sur la place de l'économie sociale et solidaire dans "
           "la transition écologique des territoires.</p>"
           "<p>Les participants ont visité deux coopératives d'habitants</p>"_s
        << u"<p>Trois jours de débats à Grenoble sur la place de l'économie sociale et solidaire dans "
           "la transition écologique des territoires.</p>"
           "<p>Les participants ont visité deux coopératives d'habitants et une ressourcerie.</p>"
           "<p>La prochaine édition aura lieu à Bordeaux.</p>"_s
        << false;
    QTest::newRow("summary with … and a 3-4 range")
        << u"truncated.txt"_s << 1 << u"Rencontre des chargés de mission - 3-4 décembre 2015"_s
        << u"Comptes rendus"_s << true << true << QDate(2015, 12, 3) << QDate(2015, 12, 4)
        << u"<p>Les chargés de mission ESS des collectivités se sont réunis…</p>"_s
        << u"<p>Les chargés de mission ESS des collectivités se sont réunis pour partager leurs outils "
           "de suivi.</p>"_s
        << false;
    // No preamble; summary not in the body, but the next summary locates the next body.
    QTest::newRow("summary not in body, boundary confirmed")
        << u"summary-not-in-body.txt"_s << 0 << u"Forum de l'emploi solidaire - 14 mars 2019"_s
        << u"Comptes rendus"_s << false << true << QDate(2019, 3, 14) << QDate(2019, 3, 14)
        << u"<p>Un texte de présentation écrit à part, qui ne reprend pas le corps de la ressource.</p>"_s
        << u"<p>Le forum a accueilli quarante structures d'insertion et plus de trois cents "
           "visiteurs.</p><p>Un second forum est prévu à l'automne.</p>"_s
        << true;
    QTest::newRow("after an unusual summary")
        << u"summary-not-in-body.txt"_s << 1 << u"Visite de la coopérative d'activité du 3 au 5 mai 2019"_s
        << u"Comptes rendus"_s << false << true << QDate(2019, 5, 3) << QDate(2019, 5, 5)
        << u"<p>La visite a permis de rencontrer les entrepreneurs salariés de la coopérative.</p>"_s
        << u"<p>La visite a permis de rencontrer les entrepreneurs salariés de la coopérative.</p>"_s
        << false;
    // Missing "Ressource privée"; summary not in body and no other clue: first paragraph.
    QTest::newRow("missing private line, summary guessed")
        << u"summary-guessed.txt"_s << 0 << u"Assemblée générale du 20 juin 2018"_s << u"Vie du réseau"_s
        << false << false << QDate(2018, 6, 20) << QDate(2018, 6, 20)
        << u"<p>Compte rendu de l'assemblée générale annuelle.</p>"_s
        << u"<p>Le rapport moral a été adopté à l'unanimité.</p>"_s << true;
    QTest::newRow("title guessed, no date")
        << u"summary-guessed.txt"_s << 1 << u"Nouveaux adhérents en 2018"_s << u"Vie du réseau"_s << false
        << true << QDate() << QDate() << u"<p>Les nouveaux membres du réseau.</p>"_s
        << u"<p>Six collectivités ont rejoint le réseau cette année.</p>"_s << true;
    // The next title also appears in the previous body: the next summary settles it.
    QTest::newRow("next title repeated in previous body")
        << u"ambiguous.txt"_s << 0 << u"Cycle de webinaires sur l'alimentation durable"_s << u"Webinaires"_s
        << false << true << QDate() << QDate()
        << u"<p>Le réseau a lancé un cycle de quatre webinaires consacrés aux projets alimentaires "
           "territoriaux.</p><p>Prochain rendez-vous :</p>"_s
        << u"<p>Le réseau a lancé un cycle de quatre webinaires consacrés aux projets alimentaires "
           "territoriaux.</p><p>Prochain rendez-vous :</p>"
           "<p>Webinaire « Restauration collective » - 7 novembre 2020</p>"
           "<p>Inscriptions ouvertes sur le site du réseau.</p>"_s
        << true;
    QTest::newRow("title found by the next summary")
        << u"ambiguous.txt"_s << 1 << u"Webinaire « Restauration collective » - 7 novembre 2020"_s
        << u"Webinaires"_s << false << true << QDate(2020, 11, 7) << QDate(2020, 11, 7)
        << u"<p>Le deuxième webinaire a porté sur l'approvisionnement local des cantines scolaires.</p>"_s
        << u"<p>Le deuxième webinaire a porté sur l'approvisionnement local des cantines scolaires.</p>"_s
        << true;
}

void TestWebsiteDumpParser::resources()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    const WebsiteDumpParseResult result = WebsiteDumpParser::parse(readFixture(file));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(index < result.resources.size());
    const ParsedResource &r = result.resources.at(index);
    QTEST(r.title, "title");
    QTEST(r.type, "type");
    QTEST(r.isPrivate, "isPrivate");
    QTEST(r.privateConfirmed, "privateConfirmed");
    QTEST(r.dateStart, "start");
    QTEST(r.dateEnd, "end");
    QTEST(r.summaryHtml, "summaryHtml");
    QTEST(r.bodyHtml, "bodyHtml");
    QTEST(r.needsReview, "needsReview");
    QCOMPARE(r.reviewNote.isEmpty(), !r.needsReview);
}

void TestWebsiteDumpParser::counts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("basic") << u"basic.txt"_s << 3 << u"UTF-8"_s;
    QTest::newRow("crlf-bom") << u"crlf-bom.txt"_s << 3 << u"UTF-8"_s;
    QTest::newRow("windows-1252") << u"windows1252.txt"_s << 3 << u"Windows-1252"_s;
    QTest::newRow("special") << u"special.txt"_s << 1 << u"UTF-8"_s;
    QTest::newRow("truncated") << u"truncated.txt"_s << 2 << u"UTF-8"_s;
    QTest::newRow("not in body") << u"summary-not-in-body.txt"_s << 2 << u"UTF-8"_s;
    QTest::newRow("guessed") << u"summary-guessed.txt"_s << 2 << u"UTF-8"_s;
    QTest::newRow("ambiguous") << u"ambiguous.txt"_s << 2 << u"UTF-8"_s;
}

void TestWebsiteDumpParser::counts()
{
    QFETCH(QString, file);
    const WebsiteDumpParseResult result = WebsiteDumpParser::parse(readFixture(file));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QTEST(int(result.resources.size()), "count");
    QTEST(result.encoding, "encoding");
}

// Variants of basic.txt that must read exactly the same.
void TestWebsiteDumpParser::sameAsBasic_data()
{
    QTest::addColumn<QByteArray>("data");
    const QByteArray basic = readFixture(u"basic.txt"_s);

    QTest::newRow("CRLF, BOM, U+00A0 blank lines, trailing spaces (file)") << readFixture(u"crlf-bom.txt"_s);
    QTest::newRow("Windows-1252 (file)") << readFixture(u"windows1252.txt"_s);
    QByteArray crlf = basic;
    crlf.replace("\n", "\r\n");
    QTest::newRow("CRLF") << crlf;
    QByteArray cr = basic;
    cr.replace("\n", "\r");
    QTest::newRow("old Mac CR") << cr;
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF" + basic);
    QTest::newRow("final newlines") << QByteArray(basic + "\n\n\n");
    QTest::newRow("no preamble") << basic.mid(basic.indexOf('\n') + 1);
    QTest::newRow("blank lines before") << QByteArray("\n\n \n" + basic);
    QByteArray spaced = basic;
    spaced.replace("\n\n", "\n   \t\n");
    spaced.replace("Type de ressource\n", "  Type de ressource :\n");
    QTest::newRow("whitespace lines and label variants") << spaced;
    QByteArray nbsp = basic;
    nbsp.replace("\n\n", "\n\xC2\xA0\xC2\xA0\n\xE2\x80\xAF\n");
    QTest::newRow("several U+00A0 / U+202F lines") << nbsp;
    QByteArray unaccented = basic;
    unaccented.replace("Ressource privée", "Ressource privee");
    unaccented.replace("Résumé", "Resume");
    QTest::newRow("labels without accents") << unaccented;
    const QString text = QString::fromUtf8(basic);
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QTest::newRow("UTF-16 with BOM") << QByteArray(utf16(text));
}

void TestWebsiteDumpParser::sameAsBasic()
{
    QFETCH(QByteArray, data);
    const WebsiteDumpParseResult expected = WebsiteDumpParser::parse(readFixture(u"basic.txt"_s));
    const WebsiteDumpParseResult result = WebsiteDumpParser::parse(data);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.resources.size(), expected.resources.size());
    for (qsizetype i = 0; i < result.resources.size(); ++i) {
        ParsedResource a = result.resources[i];
        ParsedResource b = expected.resources[i];
        a.titleLine = b.titleLine = 0;   // line numbers differ when lines were added
        QCOMPARE(a.title, b.title);
        QCOMPARE(a.summaryHtml, b.summaryHtml);
        QCOMPARE(a.bodyHtml, b.bodyHtml);
        QCOMPARE(a.reviewNote, b.reviewNote);
        QVERIFY(a == b);
    }
}

// Non-breaking spaces, typographic quotes and apostrophes kept; markup-looking text escaped.
void TestWebsiteDumpParser::specialCharacters()
{
    const WebsiteDumpParseResult result = WebsiteDumpParser::parse(readFixture(u"special.txt"_s));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.resources.size(), 1);
    const ParsedResource &r = result.resources.first();
    QCOMPARE(r.title, u"Atelier «"_s + kNb + u"Finance solidaire"_s + kNb + u"» à Lille – 5 octobre 2016"_s);
    QCOMPARE(r.dateStart, QDate(2016, 10, 5));
    QCOMPARE(r.type, u"Fiches pratiques"_s);
    const QString firstParagraph = u"<p>Les acteurs de l’épargne solidaire ont présenté leurs outils"_s + kNb
        + u": prêts d’honneur, garanties, «"_s + kNb + u"fonds territoriaux"_s + kNb + u"»"_s + kNb + u"; 12"_s
        + kNnb + u"000"_s + kNb + u"€ mobilisés.</p>"_s
        + u"<ul><li>\" target=\"_blank\"&gt;le dossier de l’atelier</li>"
          "<li>Voir aussi &lt;b&gt;la synthèse&lt;/b&gt; &amp; les annexes</li></ul>"_s;
    QCOMPARE(r.summaryHtml, firstParagraph);
    QCOMPARE(r.bodyHtml, firstParagraph + u"<p>Cœur de l’atelier"_s + kNb
                             + u": l’œuvre commune, “entre guillemets” et 'simples'.</p>"_s);
    QVERIFY(!r.needsReview);
    // Byte-exact: the UTF-8 of the title is the UTF-8 in the file.
    QVERIFY(readFixture(u"special.txt"_s).startsWith(r.title.toUtf8() + "\n"));
}

void TestWebsiteDumpParser::reviewNotes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("noteContains");
    QTest::newRow("first paragraph taken") << u"summary-guessed.txt"_s << 0 << u"first paragraph"_s;
    QTest::newRow("title guessed") << u"summary-guessed.txt"_s << 1 << u"title was guessed"_s;
    QTest::newRow("summary kept whole at end") << u"summary-guessed.txt"_s << 1 << u"kept as the summary"_s;
    QTest::newRow("not in body but bounded") << u"summary-not-in-body.txt"_s << 0 << u"not found in the body"_s;
    QTest::newRow("ambiguous end") << u"ambiguous.txt"_s << 0 << u"ambiguous"_s;
    QTest::newRow("ambiguous title") << u"ambiguous.txt"_s << 1 << u"title was guessed"_s;
}

void TestWebsiteDumpParser::reviewNotes()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(QString, noteContains);
    const WebsiteDumpParseResult result = WebsiteDumpParser::parse(readFixture(file));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const ParsedResource &r = result.resources.at(index);
    QVERIFY(r.needsReview);
    QVERIFY2(r.reviewNote.contains(noteContains), qPrintable(r.reviewNote));
}

void TestWebsiteDumpParser::badFiles_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("messageContains");
    QTest::newRow("empty") << readFixture(u"empty.txt"_s) << u"empty"_s;
    QTest::newRow("blank lines only") << readFixture(u"blank.txt"_s) << u"empty"_s;
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << u"empty"_s;
    QTest::newRow("binary") << readFixture(u"binary.bin"_s) << u"binary"_s;
    QTest::newRow("random text") << readFixture(u"random.txt"_s) << u"No resource"_s;
    QTest::newRow("JSON") << readFixture(u"export.json"_s) << u"No resource"_s;
    QTest::newRow("control characters") << QByteArray("Titre\x01\x02\x03\x04\x05\nType de ressource\nX\n")
                                        << u"binary"_s;
}

void TestWebsiteDumpParser::badFiles()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, messageContains);
    const WebsiteDumpParseResult result = WebsiteDumpParser::parse(data);
    QVERIFY(!result.ok());
    QVERIFY(result.resources.isEmpty());
    QVERIFY2(result.error.contains(messageContains), qPrintable(result.error));
}

// Small hand-written exports for the less common shapes.
void TestWebsiteDumpParser::inlineCases_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("summaryHtml");
    QTest::addColumn<QString>("bodyHtml");
    QTest::addColumn<bool>("isPrivate");
    QTest::addColumn<bool>("privateConfirmed");
    QTest::addColumn<QString>("noteContains");   // empty: no review needed

    const QByteArray meta = "Type de ressource\nNotes\nRessource privée\nNon\nRésumé\n\n";
    const QByteArray second = "Deuxième rencontre - 9 mai 2019\n\nLe texte de la deuxième rencontre.\n\n" + meta
        + "Le texte de la deuxième rencontre.\n";

    QTest::newRow("empty summary")
        << QByteArray("Première rencontre - 2 mai 2019\n\nLe texte de la première rencontre est ici.\n\n" + meta
                      + second)
        << 0 << u"Première rencontre - 2 mai 2019"_s << QString()
        << u"<p>Le texte de la première rencontre est ici.</p>"_s << false << true << QString();
    QTest::newRow("next after empty summary")
        << QByteArray("Première rencontre - 2 mai 2019\n\nLe texte de la première rencontre est ici.\n\n" + meta
                      + second)
        << 1 << u"Deuxième rencontre - 9 mai 2019"_s << u"<p>Le texte de la deuxième rencontre.</p>"_s
        << u"<p>Le texte de la deuxième rencontre.</p>"_s << false << true << QString();
    QTest::newRow("private value not understood")
        << QByteArray("Rencontre - 2 mai 2019\n\nUn texte.\n\nType de ressource\nNotes\nRessource privée\n"
                      "Peut-être\nRésumé\n\nUn texte.\n")
        << 0 << u"Rencontre - 2 mai 2019"_s << u"<p>Un texte.</p>"_s << u"<p>Un texte.</p>"_s << false << false
        << u"“Peut-être”"_s;
    QTest::newRow("private Oui, fields in another order")
        << QByteArray("Rencontre - 2 mai 2019\n\nUn texte.\n\nRessource privée\noui\nType de ressource\nNotes\n"
                      "Résumé\n\nUn texte.\n")
        << 0 << u"Rencontre - 2 mai 2019"_s << u"<p>Un texte.</p>"_s << u"<p>Un texte.</p>"_s << true << true
        << QString();
    QTest::newRow("no Résumé line")
        << QByteArray("Rencontre - 2 mai 2019\n\nUn texte.\n\nType de ressource\nNotes\nRessource privée\nNon\n")
        << 0 << u"Rencontre - 2 mai 2019"_s << QString() << u"<p>Un texte.</p>"_s << false << true
        << u"“Résumé” line is missing"_s;
    QTest::newRow("title glued to the body")
        << QByteArray("Rencontre - 2 mai 2019\nPremière ligne du texte.\n\nSuite du texte.\n\n" + meta
                      + "Résumé écrit à part.\n")
        << 0 << u"Rencontre - 2 mai 2019"_s << u"<p>Résumé écrit à part.</p>"_s
        << u"<p>Première ligne du texte.</p><p>Suite du texte.</p>"_s << false << true
        << u"only one line was taken as the title"_s;
    QTest::newRow("a body line reading Résumé is text")
        << QByteArray("Rencontre - 2 mai 2019\n\nRésumé\n\nUn texte.\n\n" + meta + "Résumé\n\nUn texte.\n")
        << 0 << u"Rencontre - 2 mai 2019"_s << u"<p>Résumé</p><p>Un texte.</p>"_s
        << u"<p>Résumé</p><p>Un texte.</p>"_s << false << true << QString();
}

void TestWebsiteDumpParser::inlineCases()
{
    QFETCH(QByteArray, data);
    QFETCH(int, index);
    QFETCH(QString, noteContains);
    const WebsiteDumpParseResult result = WebsiteDumpParser::parse(data);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(index < result.resources.size());
    const ParsedResource &r = result.resources[index];
    QTEST(r.title, "title");
    QTEST(r.summaryHtml, "summaryHtml");
    QTEST(r.bodyHtml, "bodyHtml");
    QTEST(r.isPrivate, "isPrivate");
    QTEST(r.privateConfirmed, "privateConfirmed");
    QVERIFY2(r.needsReview == !noteContains.isEmpty(), qPrintable(r.reviewNote));
    QVERIFY2(r.reviewNote.contains(noteContains), qPrintable(r.reviewNote));
}

void TestWebsiteDumpParser::html_data()
{
    QTest::addColumn<QList<QStringList>>("paragraphs");
    QTest::addColumn<QString>("html");
    QTest::newRow("paragraphs") << QList<QStringList>{{u"a"_s}, {u"b"_s, u"c"_s}} << u"<p>a</p><p>b<br>c</p>"_s;
    QTest::newRow("list across blank lines")
        << QList<QStringList>{{u"-un"_s}, {u"- deux"_s}, {u"fin"_s}}
        << u"<ul><li>un</li><li>deux</li></ul><p>fin</p>"_s;
    QTest::newRow("text then items") << QList<QStringList>{{u"Voir :"_s, u"-a"_s, u"-b"_s}}
                                     << u"<p>Voir :</p><ul><li>a</li><li>b</li></ul>"_s;
    QTest::newRow("dash rule is text") << QList<QStringList>{{u"-----"_s}} << u"<p>-----</p>"_s;
    QTest::newRow("lone dash is text") << QList<QStringList>{{u"-"_s}} << u"<p>-</p>"_s;
    QTest::newRow("escaping") << QList<QStringList>{{u"<script>&\"'"_s}} << u"<p>&lt;script&gt;&amp;\"'</p>"_s;
    QTest::newRow("nothing") << QList<QStringList>{} << QString();
}

void TestWebsiteDumpParser::html()
{
    QFETCH(QList<QStringList>, paragraphs);
    QTEST(WebsiteDumpParser::paragraphsToHtml(paragraphs), "html");
}

namespace {

QStringList describeDocuments(const QList<DocumentMention> &documents)
{
    QStringList out;
    for (const DocumentMention &d : documents)
        out.append(attachmentKindKey(d.kind) + (d.membersOnly ? u"+members"_s : QString()) + u": "_s + d.sentence);
    return out;
}

} // namespace

// The sentences that point to a document, per resource: documents to attach.
void TestWebsiteDumpParser::documents_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QStringList>("expected");   // kind[+members]: sentence

    QTest::newRow("every kind, summary repeating the body")
        << u"documents.txt"_s << 0
        << QStringList{u"slides: Retrouvez le diaporama de présentation de la monnaie du Léman."_s,
                       u"programme: Téléchargez le programme de la journée"_s,
                       u"video: les vidéos des interventions du matin"_s,
                       u"photos: quelques photos,"_s,
                       u"other: la synthèse dessinée de l'après-midi."_s,
                       u"proceedings: Téléchargez les actes de la journée"_s};
    QTest::newRow("study for members, another document")
        << u"documents.txt"_s << 1
        << QStringList{u"study+members: Une version provisoire de l'étude est disponible pour les adhérents sur leur espace."_s,
                       u"other: Retrouvez aussi le dossier du participant."_s};
    QTest::newRow("a programme talked about, not pointed to") << u"documents.txt"_s << 2 << QStringList{};
    QTest::newRow("presentations online") << u"basic.txt"_s << 0
                                          << QStringList{u"slides: Les présentations sont en ligne."_s};
    QTest::newRow("none") << u"basic.txt"_s << 1 << QStringList{};
}

void TestWebsiteDumpParser::documents()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    const WebsiteDumpParseResult result = WebsiteDumpParser::parse(readFixture(file));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(index < result.resources.size());
    QTEST(describeDocuments(result.resources.at(index).documents), "expected");
}

// The website's real export: the seminar of 3 and 4 May 2016 points to its slide decks and programme.
void TestWebsiteDumpParser::realSampleDocuments()
{
    QFile file(QStringLiteral(ACTES_SHARED_SAMPLES "/site-export.txt"));
    if (!file.exists())
        QSKIP("The shared sample site-export.txt is not available.");
    QVERIFY(file.open(QIODevice::ReadOnly));
    const WebsiteDumpParseResult result = WebsiteDumpParser::parse(file.readAll());
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(!result.resources.isEmpty());
    const ParsedResource &seminar = result.resources.first();
    QVERIFY(seminar.title.contains(u"3 et 4 mai 2016"_s));
    QList<AttachmentKind> kinds;
    int slides = 0;
    for (const DocumentMention &d : seminar.documents) {
        kinds.append(d.kind);
        slides += d.kind == AttachmentKind::Slides ? 1 : 0;
    }
    QVERIFY2(slides >= 2, qPrintable(describeDocuments(seminar.documents).join(u'\n')));
    QVERIFY(kinds.contains(AttachmentKind::Programme));
    QVERIFY(kinds.contains(AttachmentKind::Study));
    int total = 0;
    for (const ParsedResource &r : result.resources)
        total += int(r.documents.size());
    QVERIFY2(total >= 10, qPrintable(QString::number(total)));
}

void TestWebsiteDumpParser::realSample()
{
    QFile file(QStringLiteral(ACTES_SHARED_SAMPLES "/site-export.txt"));
    if (!file.exists())
        QSKIP("The shared sample site-export.txt is not available.");
    QVERIFY(file.open(QIODevice::ReadOnly));
    const WebsiteDumpParseResult result = WebsiteDumpParser::parse(file.readAll());
    QVERIFY2(result.ok(), qPrintable(result.error));

    struct Expected
    {
        QString title;
        QDate start;
        QDate end;
    };
    const QList<Expected> expected = {
        {u"Retours sur le séminaire PTCE des 3 et 4 mai 2016"_s, QDate(2016, 5, 3), QDate(2016, 5, 4)},
        {u"Actes du séminaire \"Politique de la ville et ESS\" - Plaine Commune, le 15 décembre 2015"_s,
         QDate(2015, 12, 15), QDate(2015, 12, 15)},
        {u"Retours sur le séminaire national \"Politique de la ville et ESS\" - mardi 15 décembre 2015 / "
         "Plaine Commune (93)"_s,
         QDate(2015, 12, 15), QDate(2015, 12, 15)},
        {u"Retours de la journée \"Collectivités et Monnaies Locales Complémentaires\" le 15 octobre 2015 à "
         "Nantes"_s,
         QDate(2015, 10, 15), QDate(2015, 10, 15)},
        {u"Conférence nationale autour de l’ESS"_s + kNb
             + u": les collectivités réaffirment leur engagement en faveur de l’ESS - 3 juillet 2015"_s,
         QDate(2015, 7, 3), QDate(2015, 7, 3)},
        {u"Conférence nationale des collectivités locales autour de l’ESS - 3 juillet 2015"_s,
         QDate(2015, 7, 3), QDate(2015, 7, 3)},
        {u"Retours de la journée \"La création d’un écosystème favorable à l’ESS\" en Corse - 12 mai 2015"_s,
         QDate(2015, 5, 12), QDate(2015, 5, 12)},
        {u"Journée \"La contribution de l’IAE au développement des territoires\""_s + kNb
             + u": synthèse et retours - 3 mars 2015"_s,
         QDate(2015, 3, 3), QDate(2015, 3, 3)},
        {u"Compte-rendu des 3èmes rencontres nationales des collectivités locales autour de l’ESS - 2 "
         "juillet 2014"_s,
         QDate(2014, 7, 2), QDate(2014, 7, 2)},
    };
    QCOMPARE(result.resources.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ParsedResource &r = result.resources[i];
        QCOMPARE(r.title, expected[i].title);
        QCOMPARE(r.dateStart, expected[i].start);
        QCOMPARE(r.dateEnd, expected[i].end);
        QCOMPARE(r.type, u"Ressources RTES"_s);
        QCOMPARE(r.isPrivate, false);
        QCOMPARE(r.privateConfirmed, true);
        QVERIFY2(!r.needsReview, qPrintable(r.title + u": "_s + r.reviewNote));
        QVERIFY(r.bodyHtml.startsWith(u"<p>"_s));
        // The website repeats the beginning of the body as the summary.
        QVERIFY(!r.summaryHtml.isEmpty());
        QVERIFY2(r.bodyHtml.startsWith(r.summaryHtml), qPrintable(r.title));
    }
    // No body runs into the next resource or its metadata.
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ParsedResource &r = result.resources[i];
        QVERIFY(!r.bodyHtml.contains(u"Type de ressource"_s));
        QVERIFY(!r.summaryHtml.contains(u"Type de ressource"_s));
        for (qsizetype j = 0; j < expected.size(); ++j) {
            QVERIFY2(!r.bodyHtml.contains(expected[j].title), qPrintable(expected[j].title));
            QVERIFY2(!r.summaryHtml.contains(expected[j].title), qPrintable(expected[j].title));
        }
    }
    QVERIFY(result.resources[0].bodyHtml.endsWith(
        u"<p>Retrouvez le programme détaillé du séminaire PTCE des 3 et 4 mai 2016.</p>"_s));
    QVERIFY(result.resources[8].summaryHtml.endsWith(u"les comptes-rendus complets de la journée.</p>"_s));
    // The first resource's summary is its whole body; the second's only its first paragraph.
    QCOMPARE(result.resources[0].summaryHtml, result.resources[0].bodyHtml);
    QVERIFY(result.resources[1].summaryHtml.startsWith(u"<p>Le RTES publie les actes"_s));
    QCOMPARE(result.resources[1].summaryHtml.count(u"<p>"_s), 1);
    QVERIFY(result.resources[1].bodyHtml.count(u"<p>"_s) > 1);
    // A list in the body: "Retrouvez ci-dessous :" followed by dash lines.
    QVERIFY(result.resources[2].bodyHtml.contains(u"<p>Retrouvez ci-dessous :</p><ul><li>"_s));
    // Text that looks like markup stays text.
    QVERIFY(result.resources[4].bodyHtml.contains(u"<li>\" target=\"_blank\"&gt;la troisième table ronde"_s));
    // Non-breaking spaces survive.
    QVERIFY(result.resources[0].bodyHtml.contains(u"droite"_s + kNb + u":"_s));
}

QTEST_GUILESS_MAIN(TestWebsiteDumpParser)
#include "tst_websitedumpparser.moc"
