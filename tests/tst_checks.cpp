// Checks before publishing (app/review/checks.h): every check, both levels, the limit setting.
#include "review/checks.h"

#include <QStandardPaths>
#include <QtTest>

using namespace Actes;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Actes::Resource)

namespace {

// A resource that passes every check.
Resource ready()
{
    Resource r;
    r.id = 7;
    r.title = u"Rencontre régionale « Tiers-lieux et coopération »"_s;
    r.type = u"Compte rendu"_s;
    r.isPrivate = false;
    r.privateConfirmed = true;
    r.dateStart = QDate(2015, 6, 30);
    r.dateEnd = QDate(2015, 7, 2);
    r.summaryHtml = u"<p>Plus de 80 personnes ont pris part à la rencontre : élus, agents et acteurs de l’ESS.</p>"_s;
    r.bodyHtml = u"<h2>Les échanges</h2>\n<p>Voir <a href=\"https://www.exemple.fr/actes?id=3&amp;p=2\">le site</a> "
                 "ou écrire à <a href=\"mailto:contact@exemple.fr\">l’équipe</a>.</p>\n"
                 "<p><img src=\"actes-image:abc123\" alt=\"Photo de groupe\"></p>"_s;
    r.participants = {Participant{0, u"Anne Dupré"_s, u"Élue"_s, u"Ville de Lyon"_s, u"Intervenante"_s}};
    r.partners = {Partner{0, u"Réseau ESS"_s, u"Co-organisateur"_s}};
    return r;
}

QString repeated(const QString &unit, int count)
{
    QString s;
    for (int i = 0; i < count; ++i)
        s += unit;
    return s;
}

bool imageInLibrary(const QString &key)
{
    return key == u"abc123"_s || key == u"def456"_s;
}

QStringList describe(const QList<Problem> &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out.append(p.field + u'/' + (p.level == Problem::Blocking ? u"blocking"_s : u"warning"_s));
    return out;
}

} // namespace

class TestChecks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void checks_data()
    {
        QTest::addColumn<Resource>("resource");
        QTest::addColumn<int>("limit");
        QTest::addColumn<bool>("withImages");      // pass an imageExists function
        QTest::addColumn<QStringList>("expected"); // field/level, in order

        const auto row = [](const char *name, Resource r, QStringList expected, int limit = 600, bool withImages = true) {
            QTest::newRow(name) << r << limit << withImages << expected;
        };
        Resource r;

        row("ready", ready(), {});

        r = ready(); r.title = u""_s;
        row("title missing", r, {u"title/blocking"_s});
        r = ready(); r.title = u"  \u00A0 "_s;
        row("title only spaces", r, {u"title/blocking"_s});

        r = ready(); r.type.clear();
        row("type not set", r, {u"type/blocking"_s});

        r = ready(); r.dateStart = QDate(); r.dateEnd = QDate();
        row("date not set", r, {u"date/blocking"_s});
        r = ready(); r.dateEnd = QDate(2015, 6, 1);
        row("date ends before start", r, {u"date/blocking"_s});
        r = ready(); r.dateEnd = QDate();
        row("one-day without end", r, {});

        r = ready(); r.privateConfirmed = false;
        row("public not confirmed", r, {u"private/blocking"_s});
        r = ready(); r.privateConfirmed = false; r.isPrivate = true;
        row("private not confirmed", r, {u"private/blocking"_s});
        r = ready(); r.isPrivate = true;
        row("private confirmed", r, {});

        r = ready(); r.summaryHtml.clear();
        row("summary missing", r, {u"summary/blocking"_s});
        r = ready(); r.summaryHtml = u"<p>\u00A0 \u202F</p><p><br></p>"_s;
        row("summary only spaces", r, {u"summary/blocking"_s});
        r = ready(); r.summaryHtml = u"<p>"_s + repeated(u"é"_s, 600) + u"</p>"_s;
        row("summary at the limit (accented)", r, {});
        r = ready(); r.summaryHtml = u"<p>"_s + repeated(u"e\u0301"_s, 600) + u"</p>"_s;
        row("summary at the limit (combining accents)", r, {});
        r = ready(); r.summaryHtml = u"<p><strong>"_s + repeated(u"œ"_s, 601) + u"</strong></p>"_s;
        row("summary over the limit", r, {u"summary/blocking"_s});
        r = ready(); r.summaryHtml = u"<p>"_s + repeated(u"a"_s, 150) + u"</p>"_s;
        row("limit setting 100", r, {u"summary/blocking"_s}, 100);
        row("limit setting 150", r, {}, 150);
        r = ready(); r.summaryHtml = u"<p>"_s + repeated(u"a"_s, 5000) + u"</p>"_s;
        row("limit 0 means none", r, {}, 0);

        r = ready(); r.bodyHtml.clear();
        row("body missing", r, {u"body/blocking"_s});
        r = ready(); r.bodyHtml = u"<p> </p><h2></h2>"_s;
        row("body only an empty heading", r, {u"body/blocking"_s, u"body/warning"_s});
        r = ready(); r.bodyHtml = u"<p><img src=\"actes-image:abc123\" alt=\"\"></p>"_s;
        row("body only an image", r, {});

        r = ready(); r.bodyHtml += u"<h3></h3><p>Suite.</p><h4>\u00A0</h4><h2><strong> </strong></h2>"_s;
        row("empty headings are one warning", r, {u"body/warning"_s});
        r = ready(); r.summaryHtml += u"<h2></h2>"_s;
        row("empty heading in summary", r, {u"summary/warning"_s});
        r = ready(); r.bodyHtml += u"<h2>Conclusion</h2><h4><em>Note</em></h4>"_s;
        row("headings with text", r, {});

        const auto link = [](const QString &href) {
            Resource l = ready();
            l.bodyHtml += u"<p>Un <a href=\""_s + href + u"\">lien</a>.</p>"_s;
            return l;
        };
        row("link javascript", link(u"javascript:alert(1)"_s), {u"body/blocking"_s});
        row("link no host", link(u"http://"_s), {u"body/blocking"_s});
        row("link host without dot", link(u"http://intranet/page"_s), {u"body/blocking"_s});
        row("link relative", link(u"www.exemple.fr"_s), {u"body/blocking"_s});
        row("link fragment", link(u"#section"_s), {u"body/blocking"_s});
        row("link empty", link(u""_s), {u"body/blocking"_s});
        row("link with space in host", link(u"https://exem ple.fr/"_s), {u"body/blocking"_s});
        row("mailto without address", link(u"mailto:contact"_s), {u"body/blocking"_s});
        row("link ftp", link(u"ftp://exemple.fr/f"_s), {u"body/blocking"_s});
        row("link https accented host", link(u"https://économie.fr/étude"_s), {});
        row("link http with port and query", link(u"http://exemple.fr:8080/a?b=1&amp;c=2#x"_s), {});
        r = link(u"javascript:x"_s); r.summaryHtml += u"<p><a href=\"file:///etc/passwd\">x</a></p>"_s;
        row("invalid links in summary and body", r, {u"summary/blocking"_s, u"body/blocking"_s});

        r = ready(); r.bodyHtml += u"<p><img src=\"actes-image:gone999\" alt=\"Carte\"></p>"_s;
        row("image missing", r, {u"body/blocking"_s});
        row("image not checked without library", r, {}, 600, false);
        r = ready(); r.bodyHtml += u"<p><img src=\"https://exemple.fr/a.png\" alt=\"\"></p>"_s;
        row("remote image", r, {u"body/blocking"_s});
        r = ready(); r.summaryHtml += u"<p><img src=\"actes-image:def456\" alt=\"\"></p>"_s;
        row("image present in summary", r, {});

        r = ready(); r.participants.append(Participant{0, u" "_s, u"Agent"_s, u""_s, u""_s});
        row("participant without name", r, {u"participants/blocking"_s});
        r = ready(); r.partners.append(Partner{0, u""_s, u"Financeur"_s});
        row("partner without name", r, {u"partners/blocking"_s});

        // What the importer was unsure of blocks until someone confirms it (needsReview cleared).
        r = ready(); r.needsReview = true; r.reviewNote = u"Le titre a été deviné : vérifiez-le."_s;
        row("import unsure", r, {u"import/blocking"_s});
        r = ready(); r.needsReview = true;
        row("import unsure without note", r, {u"import/blocking"_s});
        r = ready(); r.needsReview = false; r.reviewNote = u"Le titre a été deviné : vérifiez-le."_s;
        row("import confirmed", r, {});
        r = ready(); r.needsReview = true; r.title.clear();
        row("import unsure comes first", r, {u"import/blocking"_s, u"title/blocking"_s});

        r = Resource();
        row("empty resource", r,
            {u"title/blocking"_s, u"type/blocking"_s, u"date/blocking"_s, u"private/blocking"_s,
             u"summary/blocking"_s, u"body/blocking"_s});
    }

    void checks()
    {
        QFETCH(Resource, resource);
        QFETCH(int, limit);
        QFETCH(bool, withImages);
        QFETCH(QStringList, expected);

        ReviewSettings settings;
        settings.summaryLimit = limit;
        const QList<Problem> problems = withImages ? checkResource(resource, settings, imageInLibrary)
                                                   : checkResource(resource, settings);
        QCOMPARE(describe(problems), expected);
        for (const Problem &p : problems) {
            // Complete sentences the UI can show as they are.
            QVERIFY2(!p.message.isEmpty() && p.message.at(0).isUpper(), qPrintable(p.message));
            QVERIFY2(p.message.endsWith(u'.'), qPrintable(p.message));
            QVERIFY(!p.message.contains(u"%1"_s) && !p.message.contains(u"%n"_s));
        }

        // blockingProblems() is exactly the blocking messages, in order.
        QStringList blocking;
        for (const Problem &p : problems)
            if (p.level == Problem::Blocking)
                blocking.append(p.message);
        QCOMPARE(withImages ? blockingProblems(resource, settings, imageInLibrary) : blockingProblems(resource, settings),
                 blocking);
    }

    // The warning "the text mentions a document of that kind that is not attached".
    void documentChecks_data()
    {
        QTest::addColumn<Resource>("resource");
        QTest::addColumn<QStringList>("expected");   // field/level/key, in order

        const auto attachment = [](AttachmentKind kind) {
            Attachment a;
            a.title = u"Document"_s;
            a.kind = kind;
            a.fileName = u"document.pdf"_s;
            a.mimeType = u"application/pdf"_s;
            a.size = 1234;
            a.sha256 = QString(64, u'a');
            return a;
        };
        const QString slides = u"<p>Retrouvez le diaporama de présentation de l’étude.</p>"_s;
        Resource r;

        r = ready(); r.bodyHtml += slides;
        QTest::newRow("slides mentioned, nothing attached") << r << QStringList{u"attachments/warning/document-slides"_s};
        r = ready(); r.bodyHtml += slides; r.attachments = {attachment(AttachmentKind::Slides)};
        QTest::newRow("slides attached") << r << QStringList{};
        r = ready(); r.bodyHtml += slides; r.dismissedChecks = {u"document-slides"_s};
        QTest::newRow("dismissed") << r << QStringList{};
        r = ready(); r.bodyHtml += slides; r.dismissedChecks = {u"document-programme"_s};
        QTest::newRow("another kind dismissed") << r << QStringList{u"attachments/warning/document-slides"_s};
        r = ready(); r.bodyHtml += u"<p>Téléchargez le programme de la journée.</p>"_s;
        r.attachments = {attachment(AttachmentKind::Slides)};
        QTest::newRow("programme mentioned, slides attached") << r << QStringList{u"attachments/warning/document-programme"_s};
        r = ready(); r.bodyHtml += slides; r.attachments = {attachment(AttachmentKind::Programme)};
        QTest::newRow("slides mentioned, programme attached") << r << QStringList{u"attachments/warning/document-slides"_s};
        r = ready(); r.bodyHtml += slides; r.attachments = {attachment(AttachmentKind::Other)};
        QTest::newRow("another document attached") << r << QStringList{u"attachments/warning/document-slides"_s};
        r = ready(); r.bodyHtml += u"<p>Retrouvez ci-dessous :</p><ul><li>les vidéos des tables rondes</li>"
                                   "<li>quelques photos,</li><li>la conclusion slammée.</li></ul>"_s;
        QTest::newRow("list introduced by a pointer")
            << r << QStringList{u"attachments/warning/document-video"_s, u"attachments/warning/document-photos"_s};
        r = ready(); r.summaryHtml = u"<p>Le RTES publie les actes de la journée du 15 décembre.</p>"_s;
        r.bodyHtml += u"<p>Le RTES publie les actes de la journée du 15 décembre.</p><p>Téléchargez les actes.</p>"_s;
        QTest::newRow("summary and body: one warning per kind") << r << QStringList{u"attachments/warning/document-proceedings"_s};
        r = ready(); r.bodyHtml += u"<p>Une version provisoire de l’étude est disponible pour les adhérents.</p>"_s;
        QTest::newRow("study for members") << r << QStringList{u"attachments/warning/document-study"_s};
        r = ready(); r.bodyHtml += u"<p>L’étude présentée a été menée auprès de 50 pôles.</p><h2>Programme</h2>"_s;
        QTest::newRow("talked about, not pointed to") << r << QStringList{};
        r = ready(); r.bodyHtml += u"<p>Retrouvez aussi le dossier du participant.</p>"_s;
        QTest::newRow("other documents: no warning") << r << QStringList{};
        r = ready(); r.title.clear(); r.bodyHtml += slides;
        QTest::newRow("after the blocking problems")
            << r << QStringList{u"title/blocking/"_s, u"attachments/warning/document-slides"_s};
    }

    void documentChecks()
    {
        QFETCH(Resource, resource);
        QFETCH(QStringList, expected);
        const QList<Problem> problems = checkResource(resource, ReviewSettings{}, imageInLibrary);
        QStringList got;
        for (const Problem &p : problems)
            got.append(p.field + u'/' + (p.level == Problem::Blocking ? u"blocking"_s : u"warning"_s) + u'/' + p.key);
        QCOMPARE(got, expected);
        for (const Problem &p : problems) {
            if (p.key.isEmpty())
                continue;
            QVERIFY2(p.message.startsWith(u"The text mentions "_s) && p.message.endsWith(u'.'), qPrintable(p.message));
            QVERIFY2(!blockingProblems(resource, ReviewSettings{}, imageInLibrary).contains(p.message),
                     "a document warning never blocks");
        }
    }

    void documentCheckMessagesPerKind()
    {
        const QList<std::pair<QString, QString>> rows{
            {u"Téléchargez le programme."_s, u"programme"_s},
            {u"Retrouvez le diaporama."_s, u"slide deck"_s},
            {u"Téléchargez les actes."_s, u"proceedings"_s},
            {u"Retrouvez l’étude."_s, u"study"_s},
            {u"Retrouvez quelques photos."_s, u"photos"_s},
            {u"Revoir la vidéo."_s, u"video"_s},
        };
        for (const auto &[sentence, word] : rows) {
            Resource r = ready();
            r.bodyHtml = u"<p>%1</p>"_s.arg(sentence);
            const QList<Problem> problems = checkResource(r, ReviewSettings{});
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.first().message.contains(u"mentions a "_s + word) || problems.first().message.contains(u"mentions "_s + word),
                     qPrintable(problems.first().message));
            QVERIFY2(problems.first().message.contains(sentence), qPrintable(problems.first().message));
        }
    }

    void messagesNameTheDetails()
    {
        Resource r = ready();
        r.summaryHtml = u"<p>"_s + repeated(u"a"_s, 650) + u"</p>"_s;
        r.bodyHtml += u"<p><a href=\"javascript:alert(1)\">cliquez ici</a></p><p><img src=\"actes-image:gone\" alt=\"Carte du site\"></p>"_s;
        const QList<Problem> problems = checkResource(r, ReviewSettings{600}, imageInLibrary);
        QCOMPARE(problems.size(), 3);
        QVERIFY2(problems.at(0).message.contains(u"650"_s) && problems.at(0).message.contains(u"600"_s),
                 qPrintable(problems.at(0).message));
        QVERIFY2(problems.at(1).message.contains(u"cliquez ici"_s), qPrintable(problems.at(1).message));
        QVERIFY2(problems.at(2).message.contains(u"Carte du site"_s), qPrintable(problems.at(2).message));
    }

    void importNoteIsTheMessage()
    {
        Resource r = ready();
        r.needsReview = true;
        r.reviewNote = u"  Les limites de ce compte rendu ont été devinées ; vérifiez le début et la fin.  "_s;
        const QList<Problem> problems = checkResource(r, ReviewSettings{}, imageInLibrary);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, u"import"_s);
        QCOMPARE(problems.first().level, Problem::Blocking);
        QCOMPARE(problems.first().message, r.reviewNote.trimmed());
        QCOMPARE(blockingProblems(r, ReviewSettings{}, imageInLibrary), QStringList{r.reviewNote.trimmed()});
    }

    void publishableLinks_data()
    {
        QTest::addColumn<QString>("href");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << u"https://www.rtes.fr/"_s << true;
        QTest::newRow("http path") << u"http://exemple.fr/a/b.pdf"_s << true;
        QTest::newRow("ipv4") << u"http://192.168.1.10/x"_s << true;
        QTest::newRow("mailto") << u"mailto:contact@rtes.fr?subject=Actes"_s << true;
        QTest::newRow("uppercase scheme") << u"HTTPS://EXEMPLE.FR"_s << true;
        QTest::newRow("javascript tab") << u"java\tscript:alert(1)"_s << false;
        QTest::newRow("data") << u"data:text/html,<b>x</b>"_s << false;
        QTest::newRow("user info") << u"https://user:pass@exemple.fr/"_s << false;
        QTest::newRow("leading dot host") << u"https://.exemple.fr/"_s << false;
        QTest::newRow("mailto two at") << u"mailto:a@@b.fr"_s << false;
        QTest::newRow("mailto no domain dot") << u"mailto:a@b"_s << false;
        QTest::newRow("no scheme") << u"exemple.fr"_s << false;
    }
    void publishableLinks()
    {
        QFETCH(QString, href);
        QFETCH(bool, ok);
        QCOMPARE(isPublishableLink(href), ok);
    }
};

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_checks.moc"
