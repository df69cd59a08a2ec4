// Comparison of two states of a resource: French-aware word tokens, word-level diff, metadata
// fields, and the HTML shown in the revision viewer.
#include "domain/revision.h"
#include "review/revisiondiff.h"

#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>

using namespace Qt::StringLiterals;
using namespace Actes;
using Kind = DiffSegment::Kind;

Q_DECLARE_METATYPE(Actes::Resource)

namespace {

// "=same", "-removed", "+added": a compact form for the expected segments.
QStringList compact(const QList<DiffSegment> &segments)
{
    QStringList out;
    for (const DiffSegment &s : segments) {
        const QChar mark = s.kind == Kind::Same ? u'=' : s.kind == Kind::Added ? u'+' : u'-';
        out.append(mark + s.text);
    }
    return out;
}

QString side(const QList<DiffSegment> &segments, Kind hidden)
{
    QString text;
    for (const DiffSegment &s : segments) {
        if (s.kind != hidden)
            text += s.text;
    }
    return text;
}

Resource base()
{
    Resource r;
    r.id = 3;
    r.title = u"Rencontre régionale"_s;
    r.type = u"Compte rendu"_s;
    r.dateStart = QDate(2024, 3, 14);
    r.dateEnd = QDate(2024, 3, 14);
    r.place = u"Lille"_s;
    r.attendance = 60;
    r.summaryHtml = u"<p>Les élu·es ont échangé.</p>"_s;
    r.bodyHtml = u"<p>Premier paragraphe.</p><p>Deuxième paragraphe sur l’économie sociale.</p>"_s;
    r.participants = {Participant{4, u"Anaïs Lefèvre"_s, u"Élue"_s, u"Ville de Lille"_s, u"Intervenant·e"_s}};
    r.partners = {Partner{5, u"Ville de Lille"_s, u"Hôte"_s}};
    return r;
}

QStringList fields(const QList<FieldDiff> &diffs)
{
    QStringList keys;
    for (const FieldDiff &d : diffs)
        keys.append(d.field);
    return keys;
}

} // namespace

class TestRevisionDiff final : public QObject
{
    Q_OBJECT

private slots:
    void tokenize_data();
    void tokenize();
    void diffTexts_data();
    void diffTexts();
    void diffKeepsBothTexts_data();
    void diffKeepsBothTexts();
    void identicalResourcesHaveNoChanges();
    void metadataChanges_data();
    void metadataChanges();
    void formattingOnlyChange();
    void includeUnchanged();
    void htmlMarksRemovedAndAdded();
    void htmlSideBySide();
    void htmlShortensLongUnchangedText();
    void htmlForNoDifferences();
};

void TestRevisionDiff::tokenize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("words and spaces") << u"le bon mot"_s << QStringList{u"le"_s, u" "_s, u"bon"_s, u" "_s, u"mot"_s};
    QTest::newRow("accents stay in words")
        << u"élu·es à Besançon"_s << QStringList{u"élu"_s, u"·"_s, u"es"_s, u" "_s, u"à"_s, u" "_s, u"Besançon"_s};
    QTest::newRow("decomposed accent") << u"e\u0301conomie"_s << QStringList{u"e\u0301conomie"_s};
    QTest::newRow("typographic apostrophe elision")
        << u"l’économie d’utilité"_s << QStringList{u"l’"_s, u"économie"_s, u" "_s, u"d’"_s, u"utilité"_s};
    QTest::newRow("straight apostrophe elision")
        << u"qu'il aujourd'hui"_s << QStringList{u"qu'"_s, u"il"_s, u" "_s, u"aujourd'"_s, u"hui"_s};
    QTest::newRow("closing apostrophe is punctuation")
        << u"les élus’ mots"_s << QStringList{u"les"_s, u" "_s, u"élus"_s, u"’"_s, u" "_s, u"mots"_s};
    QTest::newRow("french quotes and no-break spaces")
        << u"« œuvre\u202f» : oui\u00a0!"_s
        << QStringList{u"«"_s, u" "_s, u"œuvre"_s, u"\u202f"_s, u"»"_s, u" "_s, u":"_s, u" "_s, u"oui"_s, u"\u00a0"_s, u"!"_s};
    QTest::newRow("hyphen and digits") << u"peut-être 12 000"_s
                                       << QStringList{u"peut"_s, u"-"_s, u"être"_s, u" "_s, u"12"_s, u" "_s, u"000"_s};
    QTest::newRow("line breaks are tokens") << u"a\n\nb"_s << QStringList{u"a"_s, u"\n"_s, u"\n"_s, u"b"_s};
    QTest::newRow("emoji") << u"ok 👍"_s << QStringList{u"ok"_s, u" "_s, u"👍"_s};
    QTest::newRow("empty") << QString() << QStringList();
}

void TestRevisionDiff::tokenize()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);
    const QStringList result = RevisionDiff::tokenize(text);
    QCOMPARE(result, tokens);
    QCOMPARE(result.join(QString()), text);
}

void TestRevisionDiff::diffTexts_data()
{
    QTest::addColumn<QString>("older");
    QTest::addColumn<QString>("newer");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("identical") << u"Même texte."_s << u"Même texte."_s << QStringList{u"=Même texte."_s};
    QTest::newRow("both empty") << QString() << QString() << QStringList();
    QTest::newRow("word added") << u"l’économie sociale"_s << u"l’économie sociale et solidaire"_s
                                << QStringList{u"=l’économie sociale"_s, u"+ et solidaire"_s};
    QTest::newRow("word removed") << u"une très belle rencontre"_s << u"une belle rencontre"_s
                                  << QStringList{u"=une "_s, u"-très "_s, u"=belle rencontre"_s};
    QTest::newRow("word replaced, accent kept") << u"Les élus ont voté."_s << u"Les élues ont voté."_s
                                                << QStringList{u"=Les "_s, u"-élus"_s, u"+élues"_s, u"= ont voté."_s};
    QTest::newRow("elided article changes") << u"l’économie"_s << u"d’économie"_s
                                            << QStringList{u"-l’"_s, u"+d’"_s, u"=économie"_s};
    QTest::newRow("spaces inside a replacement are merged")
        << u"avant un deux trois après"_s << u"avant quatre cinq six après"_s
        << QStringList{u"=avant "_s, u"-un deux trois"_s, u"+quatre cinq six"_s, u"= après"_s};
    QTest::newRow("no-break space added before colon")
        << u"Résumé : oui"_s << u"Résumé\u00a0: oui"_s
        << QStringList{u"=Résumé"_s, u"- "_s, u"+\u00a0"_s, u"=: oui"_s};
    QTest::newRow("canonically equal accents are the same")
        << u"économie"_s << u"e\u0301conomie"_s << QStringList{u"=e\u0301conomie"_s};
    QTest::newRow("paragraph added") << u"Un.\nTrois."_s << u"Un.\nDeux.\nTrois."_s
                                     << QStringList{u"=Un.\n"_s, u"+Deux.\n"_s, u"=Trois."_s};
    QTest::newRow("paragraph removed") << u"Un.\nDeux.\nTrois."_s << u"Un.\nTrois."_s
                                       << QStringList{u"=Un.\n"_s, u"-Deux.\n"_s, u"=Trois."_s};
    QTest::newRow("word changed in second paragraph")
        << u"Intro.\nLe projet avance."_s << u"Intro.\nLe projet recule."_s
        << QStringList{u"=Intro.\nLe projet "_s, u"-avance"_s, u"+recule"_s, u"=."_s};
    QTest::newRow("all new") << QString() << u"Texte neuf"_s << QStringList{u"+Texte neuf"_s};
    QTest::newRow("all removed") << u"Texte ancien"_s << QString() << QStringList{u"-Texte ancien"_s};
}

void TestRevisionDiff::diffTexts()
{
    QFETCH(QString, older);
    QFETCH(QString, newer);
    QFETCH(QStringList, expected);
    QCOMPARE(compact(RevisionDiff::diffTexts(older, newer)), expected);
}

void TestRevisionDiff::diffKeepsBothTexts_data()
{
    QTest::addColumn<QString>("older");
    QTest::addColumn<QString>("newer");
    QTest::newRow("rewrite") << u"L’atelier « circuits courts » a réuni 40\u202fpersonnes.\nSuite."_s
                             << u"Le séminaire sur les circuits courts a réuni 45 personnes !\nSuite.\nFin."_s;
    QTest::newRow("paragraphs merged") << u"Un.\nDeux."_s << u"Un. Deux."_s;
    QTest::newRow("reordered") << u"a b c d e"_s << u"e d c b a"_s;
    QTest::newRow("blank lines") << u"\n\nx\n"_s << u"x\n\n"_s;
}

void TestRevisionDiff::diffKeepsBothTexts()
{
    // Whatever the texts, Same+Removed is the older text and Same+Added the newer one.
    QFETCH(QString, older);
    QFETCH(QString, newer);
    const QList<DiffSegment> segments = RevisionDiff::diffTexts(older, newer);
    QCOMPARE(side(segments, Kind::Added), older);
    QCOMPARE(side(segments, Kind::Removed), newer);
    for (qsizetype i = 1; i < segments.size(); ++i)
        QVERIFY(segments[i].kind != segments[i - 1].kind);   // neighbours are merged
}

void TestRevisionDiff::identicalResourcesHaveNoChanges()
{
    Resource newer = base();
    newer.version = 9;
    newer.modified = QDateTime::currentDateTimeUtc();
    newer.participants[0].personId = 77;   // a directory id is not a visible change
    QVERIFY(compareResources(base(), newer).isEmpty());
}

void TestRevisionDiff::metadataChanges_data()
{
    QTest::addColumn<Resource>("newer");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");

    Resource r = base();
    r.type = u"Étude"_s;
    QTest::newRow("type") << r << u"type"_s << u"Compte rendu"_s << u"Étude"_s;
    r = base();
    r.isPrivate = true;
    QTest::newRow("private") << r << u"private"_s << u"Public"_s << u"Private"_s;
    r = base();
    r.status = Status::Published;
    QTest::newRow("status") << r << u"status"_s << statusLabel(Status::Draft) << statusLabel(Status::Published);
    r = base();
    r.dateEnd = QDate(2024, 3, 15);
    QTest::newRow("dates") << r << u"dates"_s << u"14 mars 2024"_s << u"14 et 15 mars 2024"_s;
    r = base();
    r.place = u"Villeneuve-d’Ascq"_s;
    QTest::newRow("place") << r << u"place"_s << u"Lille"_s << u"Villeneuve-d’Ascq"_s;
    r = base();
    r.attendance.reset();
    QTest::newRow("attendance unknown") << r << u"attendance"_s << u"60"_s << QString();
    r = base();
    r.participants.append(Participant{0, u"Zoé Martin"_s, QString(), QString(), u"Animatrice"_s});
    QTest::newRow("participant added") << r << u"participants"_s
                                       << u"Anaïs Lefèvre, Élue, Ville de Lille (Intervenant·e)"_s
                                       << u"Anaïs Lefèvre, Élue, Ville de Lille (Intervenant·e)\nZoé Martin (Animatrice)"_s;
    r = base();
    r.partners[0].role = u"Financeur"_s;
    QTest::newRow("partner role") << r << u"partners"_s << u"Ville de Lille (Hôte)"_s << u"Ville de Lille (Financeur)"_s;
    r = base();
    r.summaryHtml = u"<p>Les élu·es ont beaucoup échangé.</p>"_s;
    QTest::newRow("summary as text") << r << u"summary"_s << u"Les élu·es ont échangé."_s
                                     << u"Les élu·es ont beaucoup échangé."_s;
    r = base();
    Attachment video;
    video.title = u"Vidéo introductive"_s;
    video.kind = AttachmentKind::Video;
    video.membersOnly = true;
    video.url = u"https://videos.example.org/seminaire"_s;
    r.attachments = {video};
    QTest::newRow("attachment added") << r << u"attachments"_s << QString()
                                      << u"Vidéo introductive — Video, members only, https://videos.example.org/seminaire"_s;
    r = base();
    r.dismissedChecks = {u"missing-slides"_s};
    QTest::newRow("warning dismissed") << r << u"dismissedChecks"_s << QString() << u"missing-slides"_s;
}

void TestRevisionDiff::metadataChanges()
{
    QFETCH(Resource, newer);
    QFETCH(QString, field);
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    const QList<FieldDiff> diffs = compareResources(base(), newer);
    QCOMPARE(fields(diffs), QStringList{field});
    const FieldDiff &d = diffs[0];
    QCOMPARE(d.label, RevisionFields::label(field));
    QVERIFY(!d.label.isEmpty() && d.label != field);
    QCOMPARE(d.oldText, oldText);
    QCOMPARE(d.newText, newText);
    QVERIFY(d.changed());
    QCOMPARE(side(d.segments, Kind::Added), oldText);
    QCOMPARE(side(d.segments, Kind::Removed), newText);
}

void TestRevisionDiff::formattingOnlyChange()
{
    Resource newer = base();
    newer.bodyHtml = u"<p>Premier paragraphe.</p><p>Deuxième paragraphe sur l’<strong>économie</strong> sociale.</p>"_s;
    newer.title = u"Rencontre régionale 2024"_s;
    const QList<FieldDiff> diffs = compareResources(base(), newer);
    QCOMPARE(fields(diffs), (QStringList{u"title"_s, u"body"_s}));
    QVERIFY(diffs[1].formattingOnly);
    QVERIFY(diffs[1].changed());
    QCOMPARE(compact(diffs[0].segments), (QStringList{u"=Rencontre régionale"_s, u"+ 2024"_s}));
    QVERIFY(diffToHtml(diffs).contains(u"Only the formatting changed"_s));
}

void TestRevisionDiff::includeUnchanged()
{
    Resource newer = base();
    newer.place = u"Arras"_s;
    const QList<FieldDiff> all = compareResources(base(), newer, true);
    QCOMPARE(fields(all), RevisionFields::all());
    int changed = 0;
    for (const FieldDiff &d : all)
        changed += d.changed() ? 1 : 0;
    QCOMPARE(changed, 1);
}

void TestRevisionDiff::htmlMarksRemovedAndAdded()
{
    Resource newer = base();
    newer.bodyHtml = u"<p>Premier paragraphe.</p><p>Deuxième paragraphe sur l’économie sociale et solidaire.</p>"_s;
    newer.place = u"Roubaix <Nord>"_s;
    const QString html = diffToHtml(compareResources(base(), newer), DiffLayout::Inline, u"Révision 2"_s,
                                    u"Version actuelle"_s);
    QVERIFY(html.contains(u"<del"_s));
    QVERIFY(html.contains(u"<ins"_s));
    QVERIFY(html.contains(u"Roubaix &lt;Nord&gt;"_s));   // escaped
    QVERIFY(html.contains(u"Révision 2"_s));

    // What the QTextBrowser shows: headings, struck-through red removed text, green added text.
    QTextDocument document;
    document.setHtml(html);
    const QString plain = document.toPlainText();
    QVERIFY(plain.contains(RevisionFields::label(u"place"_s)));
    QVERIFY(plain.contains(RevisionFields::label(u"body"_s)));
    QVERIFY(plain.contains(u"l’économie sociale et solidaire"_s));
    bool sawRemoved = false, sawAdded = false;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.text() == u"Lille"_s) {
                sawRemoved = true;
                QVERIFY(fragment.charFormat().fontStrikeOut());
                QVERIFY(fragment.charFormat().background().color().red() > 200);
            }
            if (fragment.text() == u" et solidaire"_s) {
                sawAdded = true;
                QVERIFY(!fragment.charFormat().fontStrikeOut());
                const QColor bg = fragment.charFormat().background().color();
                QVERIFY(bg.green() > bg.red());
            }
        }
    }
    QVERIFY(sawRemoved);
    QVERIFY(sawAdded);
}

void TestRevisionDiff::htmlSideBySide()
{
    Resource newer = base();
    newer.title = u"Rencontre nationale"_s;
    const QString html = diffToHtml(compareResources(base(), newer), DiffLayout::SideBySide);
    QTextDocument document;
    document.setHtml(html);
    const QString plain = document.toPlainText();
    // Older on the left, newer on the right: both titles are shown whole.
    QVERIFY(plain.contains(u"Rencontre régionale"_s));
    QVERIFY(plain.contains(u"Rencontre nationale"_s));
    QVERIFY(plain.indexOf(u"régionale"_s) < plain.indexOf(u"nationale"_s));
}

void TestRevisionDiff::htmlShortensLongUnchangedText()
{
    Resource older = base();
    QString body;
    for (int i = 1; i <= 40; ++i)
        body += u"<p>Paragraphe numéro %1 inchangé.</p>"_s.arg(i);
    older.bodyHtml = body + u"<p>Fin.</p>"_s;
    Resource newer = older;
    newer.bodyHtml = body + u"<p>Fin modifiée.</p>"_s;
    QTextDocument document;
    document.setHtml(diffToHtml(compareResources(older, newer)));
    const QString plain = document.toPlainText();
    QVERIFY(!plain.contains(u"numéro 5 inchangé"_s));
    QVERIFY(plain.contains(u"numéro 40 inchangé"_s));   // context before the change
    QVERIFY(plain.contains(u"unchanged line"_s));
    QVERIFY(plain.contains(u"modifiée"_s));
}

void TestRevisionDiff::htmlForNoDifferences()
{
    QTextDocument document;
    document.setHtml(diffToHtml(compareResources(base(), base())));
    QVERIFY(document.toPlainText().contains(u"No differences."_s));
}

QTEST_MAIN(TestRevisionDiff)
#include "tst_revisiondiff.moc"
