// Proceedings PDF export, checked with independent readers: poppler's pdftotext/pdfinfo/pdffonts
// (skipped when missing) and qpdf's object model.
#include "export/pdfpostprocess.h"
#include "export/proceedingsdates.h"
#include "export/proceedingsexporter.h"

#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>

#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Actes;
using namespace Qt::StringLiterals;

#include "pdfexporttest.h"

using namespace PdfExportTest;

class TestPdfExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void frenchDates_data();
    void frenchDates();
    void period();
    void titlesAndFileNames();
    void sortByDate();
    void pageCountAndFooters();
    void contentsPageNumbers();
    void bookmarks();
    void internalLinks();
    void fontsEmbeddedAndFrenchText();
    void narrowNoBreakSpacesDoNotBreak();
    void paragraphAlignment();
    void metadata();
    void indexPages();
    void indexWithNobodyHasNoLeaders();
    void imagesFromLoader();
    void privateNeverLeaks();
    void unconfirmedPrivacyIsPrivate();
    void internalEditionIsMarked();
    void nothingToExport();
    void pdfA();
    void letterPaper();
    void cancelLeavesNoFile();
    void paintOnAnyPagedDevice();

private:
    QString tool(const QString &name);
    QString run(const QString &program, const QStringList &arguments);
    QString pageText(const QString &file, int page, bool layout = false);
    int pdfPages(const QString &file);
    QString exportPublic();

    QTemporaryDir m_dir;
    QString m_publicPdf;
    ProceedingsResult m_publicResult;
};

QString TestPdfExport::tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

QString TestPdfExport::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << program << arguments << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString TestPdfExport::pageText(const QString &file, int page, bool layout)
{
    QStringList arguments = {u"-enc"_s, u"UTF-8"_s, u"-f"_s, QString::number(page), u"-l"_s, QString::number(page)};
    if (layout)
        arguments << u"-layout"_s;
    return run(tool(u"pdftotext"_s), arguments << file << u"-"_s);
}

int TestPdfExport::pdfPages(const QString &file)
{
    const QString info = run(tool(u"pdfinfo"_s), {file});
    return QRegularExpression(uR"(Pages:\s+(\d+))"_s).match(info).captured(1).toInt();
}

void TestPdfExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("ACTES_KEEP_PDF")) { // to look at the pages
        m_dir.setAutoRemove(false);
        qInfo("PDFs kept in %s", qPrintable(m_dir.path()));
    }
    m_publicPdf = m_dir.filePath(u"public.pdf"_s);
    QList<Resource> resources = sampleResources();
    resources.insert(1, privateResource());
    ProceedingsExporter exporter(baseOptions());
    m_publicResult = exporter.exportTo(resources, m_publicPdf);
    QVERIFY2(m_publicResult.ok, qPrintable(m_publicResult.errorMessage));
    QVERIFY(QFile::exists(m_publicPdf));
}

void TestPdfExport::frenchDates_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one day") << QDate(2015, 12, 15) << QDate(2015, 12, 15) << u"15 décembre 2015"_s;
    QTest::newRow("no end") << QDate(2015, 12, 15) << QDate() << u"15 décembre 2015"_s;
    QTest::newRow("first") << QDate(2016, 5, 1) << QDate() << u"1er mai 2016"_s;
    QTest::newRow("two days") << QDate(2016, 5, 3) << QDate(2016, 5, 4) << u"3 et 4 mai 2016"_s;
    QTest::newRow("same month") << QDate(2016, 5, 3) << QDate(2016, 5, 5) << u"3\u20135 mai 2016"_s;
    QTest::newRow("across months") << QDate(2015, 6, 30) << QDate(2015, 7, 2) << u"30 juin \u2013 2 juillet 2015"_s;
    QTest::newRow("across years") << QDate(2015, 12, 30) << QDate(2016, 1, 2)
                                  << u"30 décembre 2015 \u2013 2 janvier 2016"_s;
    QTest::newRow("end before start") << QDate(2016, 5, 3) << QDate(2016, 5, 1) << u"3 mai 2016"_s;
    QTest::newRow("unknown") << QDate() << QDate() << QString();
}

void TestPdfExport::frenchDates()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QString, expected);
    QString actual = ProceedingsDates::formatDateRange(start, end);
    actual.replace(kNbsp, u" "_s);
    QCOMPARE(actual, expected);
}

void TestPdfExport::period()
{
    QString period = ProceedingsDates::formatPeriod(sampleResources());
    period.replace(kNbsp, u" "_s);
    QCOMPARE(period, u"Juin 2015 \u2013 mai 2016"_s);
    QList<Resource> one = sampleResources().mid(0, 1);
    period = ProceedingsDates::formatPeriod(one);
    QCOMPARE(period.replace(kNbsp, u" "_s), u"Mai 2016"_s);
    QVERIFY(ProceedingsDates::formatPeriod({}).isEmpty());
}

void TestPdfExport::titlesAndFileNames()
{
    QList<Resource> resources = sampleResources();
    resources << privateResource();
    const QString title = ProceedingsExporter::defaultTitle(resources);
    for (const QString &word : kPrivateWords)
        QVERIFY2(!title.contains(word), qPrintable(title));
    QVERIFY(title.contains(u"2015"_s));
    QCOMPARE(ProceedingsExporter::defaultTitle(resources.mid(0, 1)), resources.first().title);
    // Only private resources: the title must not reveal the private one.
    QVERIFY(!ProceedingsExporter::defaultTitle({privateResource()}).contains(u"Zorglub"_s));

    ProceedingsOptions options;
    options.title = u"Actes : bilan 2015/2016?"_s;
    const QString publicName = ProceedingsExporter::suggestedFileName(options, resources);
    QVERIFY(publicName.endsWith(u".pdf"_s));
    QVERIFY2(!publicName.contains(u'/') && !publicName.contains(u':') && !publicName.contains(u'?'),
             qPrintable(publicName));
    options.includePrivate = true;
    const QString internalName = ProceedingsExporter::suggestedFileName(options, resources);
    QVERIFY(internalName != publicName);
    QVERIFY2(internalName.contains(u"interne"_s), qPrintable(internalName));   // the document's language

    options = ProceedingsOptions();
    const QString defaultName = ProceedingsExporter::suggestedFileName(options, resources);
    for (const QString &word : kPrivateWords)
        QVERIFY2(!defaultName.contains(word), qPrintable(defaultName));
}

void TestPdfExport::sortByDate()
{
    QList<Resource> resources = sampleResources();
    Resource undated;
    undated.title = u"Sans date"_s;
    resources.prepend(undated);
    ProceedingsExporter::sortByDate(resources);
    QCOMPARE(resources.at(0).id, 3);
    QCOMPARE(resources.at(1).id, 2);
    QCOMPARE(resources.at(2).id, 1);
    QCOMPARE(resources.at(3).title, u"Sans date"_s);
}

void TestPdfExport::pageCountAndFooters()
{
    if (tool(u"pdfinfo"_s).isEmpty() || tool(u"pdftotext"_s).isEmpty())
        QSKIP("poppler-utils is not installed");
    const int pages = pdfPages(m_publicPdf);
    QCOMPARE(pages, m_publicResult.pageCount);
    // Cover, contents, at least one page per chapter (the seminar runs over several), index.
    QVERIFY2(pages >= 1 + 1 + 4 + 1, qPrintable(QString::number(pages)));
    QVERIFY(!pageText(m_publicPdf, 1).contains(u"1 / %1"_s.arg(pages)));
    for (int page = 2; page <= pages; ++page) {
        const QString text = pageText(m_publicPdf, page);
        QVERIFY2(text.contains(u"%1 / %2"_s.arg(page).arg(pages)), qPrintable(u"page %1:\n"_s.arg(page) + text));
        QVERIFY2(text.contains(u"Actes des rencontres"_s), qPrintable(u"no running head on page %1"_s.arg(page)));
        // Nothing hidden above the running head (e.g. the previous page's last line under the clip).
        const QString firstLine = pageText(m_publicPdf, page, true).trimmed().section(u'\n', 0, 0);
        QVERIFY2(firstLine.startsWith(u"Actes des rencontres 2015–2016 "_s), qPrintable(firstLine));
    }
}

void TestPdfExport::contentsPageNumbers()
{
    if (tool(u"pdftotext"_s).isEmpty())
        QSKIP("poppler-utils is not installed");
    const QString contents = pageText(m_publicPdf, 2, true);
    int previous = 0;
    for (const Resource &resource : sampleResources()) {
        const QRegularExpression line(QRegularExpression::escape(resource.title) + uR"(\s+(\d+)\s*$)"_s,
                                      QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = line.match(contents);
        QVERIFY2(match.hasMatch(), qPrintable(resource.title + u"\n"_s + contents));
        const int page = match.captured(1).toInt();
        QVERIFY(page > previous);
        previous = page;
        const QString chapterPage = pageText(m_publicPdf, page);
        QVERIFY2(chapterPage.contains(resource.title), qPrintable(u"%1 not on page %2"_s.arg(resource.title).arg(page)));
        // The chapter starts there: the previous page does not show it as its own title.
        QVERIFY(!pageText(m_publicPdf, page - 1).contains(resource.title) || page - 1 == 2);
    }
}

void TestPdfExport::bookmarks()
{
    QPDF pdf;
    pdf.processFile(QFile::encodeName(m_publicPdf).constData());
    QPDFOutlineDocumentHelper outlines(pdf);
    QVERIFY(outlines.hasOutlines());
    QStringList titles;
    QStringList childTitles;
    for (QPDFOutlineObjectHelper &item : outlines.getTopLevelOutlines()) {
        titles << QString::fromStdString(item.getTitle());
        for (QPDFOutlineObjectHelper &child : item.getKids())
            childTitles << QString::fromStdString(child.getTitle());
        QVERIFY(item.getDest().isArray());
    }
    for (const Resource &resource : sampleResources())
        QVERIFY2(titles.contains(resource.title), qPrintable(titles.join(u'|')));
    QVERIFY(titles.contains(tr("Contents")) || titles.size() >= 5);
    QVERIFY2(childTitles.contains(u"Atelier 3 : coopérer sur le territoire"_s), qPrintable(childTitles.join(u'|')));
    QVERIFY(childTitles.contains(u"Perspectives"_s));

    // Each chapter bookmark points to the page where pdftotext finds its title.
    if (tool(u"pdftotext"_s).isEmpty())
        return;
    const std::vector<QPDFObjectHandle> pages = pdf.getAllPages();
    for (QPDFOutlineObjectHelper &item : outlines.getTopLevelOutlines()) {
        const QString title = QString::fromStdString(item.getTitle());
        if (!titles.contains(title) || title == sampleResources().at(0).title.left(0))
            continue;
        const QPDFObjectHandle page = item.getDest().getArrayItem(0);
        int number = 0;
        for (size_t i = 0; i < pages.size(); ++i)
            if (pages[i].getObjGen() == page.getObjGen())
                number = int(i) + 1;
        QVERIFY(number > 0);
        bool isChapter = false;
        for (const Resource &resource : sampleResources())
            isChapter |= resource.title == title;
        if (isChapter)
            QVERIFY2(pageText(m_publicPdf, number).contains(title), qPrintable(title));
    }
}

void TestPdfExport::internalLinks()
{
    QPDF pdf;
    pdf.processFile(QFile::encodeName(m_publicPdf).constData());
    std::vector<QPDFObjectHandle> pages = pdf.getAllPages();
    QPDFObjectHandle annots = pages.at(1).getKey("/Annots");
    QVERIFY(annots.isArray());
    int gotoLinks = 0;
    for (QPDFObjectHandle annot : annots.aitems()) {
        QCOMPARE(QString::fromStdString(annot.getKey("/Subtype").getName()), u"/Link"_s);
        QVERIFY(!annot.hasKey("/A") || annot.getKey("/A").getKey("/S").getName() != "/URI");
        QPDFObjectHandle dest = annot.getKey("/Dest");
        QVERIFY(dest.isArray());
        QVERIFY(dest.getArrayItem(0).isPageObject());
        ++gotoLinks;
    }
    // One per chapter and one for the index.
    QCOMPARE(gotoLinks, int(sampleResources().size()) + 1);
    // The index page numbers are links too.
    QVERIFY(pages.back().getKey("/Annots").isArray());
}

void TestPdfExport::fontsEmbeddedAndFrenchText()
{
    if (tool(u"pdffonts"_s).isEmpty() || tool(u"pdftotext"_s).isEmpty())
        QSKIP("poppler-utils is not installed");
    const QStringList lines = run(tool(u"pdffonts"_s), {m_publicPdf}).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2);
    for (const QString &line : lines.mid(2)) {
        // name type encoding emb sub uni object ID
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        QVERIFY(columns.size() >= 7);
        QCOMPARE(columns.at(columns.size() - 5), u"yes"_s); // emb
        QCOMPARE(columns.at(columns.size() - 3), u"yes"_s); // uni
    }
    const QString all = run(tool(u"pdftotext"_s), {u"-enc"_s, u"UTF-8"_s, m_publicPdf, u"-"_s});
    for (const QString &expected : {u"l’économie sociale et solidaire"_s, u"mettre en œuvre"_s,
                                    u"« Nous avons appris à travailler ensemble »"_s, u"Réseau des collectivités"_s,
                                    u"Université d’été"_s, u"État"_s}) {
        QString normalised = all;
        normalised.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
        normalised = normalised.simplified();
        QVERIFY2(normalised.contains(expected), qPrintable(expected));
    }
    // Dates are set with no-break spaces (they never break across lines). Qt draws U+00A0 with the
    // space glyph, so the PDF's Unicode map gives them back as plain spaces.
    QVERIFY(all.contains(u"3 et 4\u00A0mai\u00A02016"_s) || all.contains(u"3 et 4 mai 2016"_s));
    QVERIFY(all.contains(u"Le Goff"_s)); // no "ff" ligature glyph in the way of search
}

// French typography puts U+202F (narrow no-break space) inside « » and before ; ! ?, and in
// numbers. Qt's HTML importer alone turns it into a breakable plain space, so a line could end
// with "«" or start with "»" or "000". Each paragraph below has « ESS » and 12 000 at every
// phase of the line end (the first word grows by one letter from one paragraph to the next),
// so with breakable spaces some line does break inside them; the same text with U+202F must
// never break there. Also checks what the PDF text layer gives back for U+202F.
void TestPdfExport::narrowNoBreakSpacesDoNotBreak()
{
    if (tool(u"pdftotext"_s).isEmpty())
        QSKIP("poppler-utils is not installed");
    auto exportWith = [this](QChar space, const QString &name) {
        const QString s(space);
        QString body = u"<p>Bonjour%1! «%1ESS%1»%1?</p>"_s.arg(s);
        for (int k = 1; k <= 32; ++k) {
            QString paragraph = QString(k, u'v') + u' ';
            for (int i = 0; i < 12; ++i)
                paragraph += u"de «"_s + s + u"ESS"_s + s + u"» et 12"_s + s + u"000 "_s;
            body += u"<p>"_s + paragraph.trimmed() + u"</p>"_s;
        }
        Resource resource;
        resource.id = 1;
        resource.privateConfirmed = true;
        resource.title = u"Typographie%1: «%1ESS%1»"_s.arg(s);
        resource.dateStart = QDate(2024, 3, 14);
        resource.bodyHtml = body;
        const QString file = m_dir.filePath(name);
        ProceedingsExporter exporter(baseOptions());
        const ProceedingsResult result = exporter.exportTo({resource}, file);
        if (!result.ok) {
            qWarning() << result.errorMessage;
            return QString();
        }
        return run(tool(u"pdftotext"_s), {u"-enc"_s, u"UTF-8"_s, file, u"-"_s});
    };
    // Lines broken inside « ESS » or 12 000 (spaces of any kind, as pdftotext may give them).
    auto badBreaks = [](const QString &text) {
        static const QRegularExpression spaces(u"[ \u00A0\u202F]+"_s);
        QStringList bad;
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString line = lines.at(i).trimmed();
            const QString next = i + 1 < lines.size() ? lines.at(i + 1).trimmed() : QString();
            if (line.endsWith(u'«') || next.startsWith(u'»') || next.startsWith(u"ESS »")
                || (line.endsWith(u"12") && next.startsWith(u"000"))) {
                bad << QString(line + u" | "_s + next).replace(spaces, u" "_s);
            }
        }
        return bad;
    };

    const QString plain = exportWith(QChar(u' '), u"plain-spaces.pdf"_s);
    QVERIFY(!plain.isEmpty());
    // The control: with plain spaces the construction does hit breaks inside the guillemets.
    QVERIFY2(!badBreaks(plain).isEmpty(), "the test text no longer puts a line end inside « ESS »");

    const QString narrow = exportWith(QChar(0x202F), u"narrow-spaces.pdf"_s);
    QVERIFY(!narrow.isEmpty());
    const QStringList bad = badBreaks(narrow);
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
    // Nothing lost: every paragraph is there.
    QString flat = narrow;
    flat.replace(QChar(0x202F), u' ').replace(QChar(0x00A0), u' ');
    flat = flat.simplified();
    QVERIFY(flat.contains(u"Bonjour ! « ESS » ?"_s));
    for (int k = 1; k <= 32; ++k)
        QVERIFY(flat.contains(QString(k, u'v') + u" de « ESS » et 12 000 de"_s));
    // The text layer: Qt's PDF engine writes U+202F with the font's space glyph, so the
    // ToUnicode map gives a plain space back (as for U+00A0, see fontsEmbeddedAndFrenchText).
    // Record which one it is; only the absence of bad breaks is a requirement.
    if (narrow.contains(QChar(0x202F)))
        qInfo("pdftotext gives U+202F back");
    else
        qInfo("pdftotext gives U+202F back as a plain space (the line breaks are right)");
}

// The align attribute of the clean subset reaches the page: a centred, a right-aligned and a
// default (justified, the house style) paragraph, measured on pdftotext's bounding boxes.
void TestPdfExport::paragraphAlignment()
{
    if (tool(u"pdftotext"_s).isEmpty())
        QSKIP("poppler-utils is not installed");
    Resource resource;
    resource.id = 1;
    resource.privateConfirmed = true;
    resource.title = u"Alignements"_s;
    resource.bodyHtml = u"<p align=\"center\">Zcentre</p>\n<p align=\"right\">Zdroite</p>\n"
                        "<p>Zgauche</p>\n<h2 align=\"center\">Ztitre</h2>"_s;
    const QString file = m_dir.filePath(u"align.pdf"_s);
    ProceedingsExporter exporter(baseOptions());
    const ProceedingsResult result = exporter.exportTo({resource}, file);
    QVERIFY2(result.ok, qPrintable(result.errorMessage));
    const QString boxes = run(tool(u"pdftotext"_s), {u"-bbox"_s, file, u"-"_s});
    QVERIFY(!boxes.isEmpty());
    const QRegularExpression page(uR"re(<page width="([\d.]+)")re"_s);
    const qreal pageWidth = page.match(boxes).captured(1).toDouble();
    QVERIFY(pageWidth > 500);
    // Horizontal extent of the last occurrence (the heading is in the contents too).
    auto centreOf = [&boxes](const QString &word) {
        const QRegularExpression re(uR"re(<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">%1</word>)re"_s
                                        .arg(word));
        std::pair extent{-1.0, -1.0};
        for (auto it = re.globalMatch(boxes); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            extent = {m.captured(1).toDouble(), m.captured(2).toDouble()};
        }
        return extent;
    };
    const auto [leftMin, leftMax] = centreOf(u"Zgauche"_s);
    const auto [centreMin, centreMax] = centreOf(u"Zcentre"_s);
    const auto [rightMin, rightMax] = centreOf(u"Zdroite"_s);
    const auto [titleMin, titleMax] = centreOf(u"Ztitre"_s);
    QVERIFY(leftMin > 0 && centreMin > 0 && rightMin > 0 && titleMin > 0);
    // Text block: from the left paragraph's start to the right paragraph's end.
    const qreal textLeft = leftMin;
    const qreal textRight = rightMax;
    QVERIFY(textRight - textLeft > pageWidth * 0.5);
    const qreal middle = (textLeft + textRight) / 2;
    QVERIFY(std::abs((centreMin + centreMax) / 2 - middle) < 3);
    QVERIFY(std::abs((titleMin + titleMax) / 2 - middle) < 3);
    QVERIFY(rightMin > middle);
}

void TestPdfExport::metadata()
{
    if (tool(u"pdfinfo"_s).isEmpty())
        QSKIP("poppler-utils is not installed");
    const QString info = run(tool(u"pdfinfo"_s), {m_publicPdf});
    const auto field = [&info](const QString &name) {
        return QRegularExpression(u"^"_s + name + uR"(:\s+(.*)$)"_s, QRegularExpression::MultilineOption)
                .match(info).captured(1).trimmed();
    };
    QCOMPARE(field(u"Title"_s), u"Actes des rencontres 2015–2016"_s);
    QCOMPARE(field(u"Author"_s), baseOptions().networkName);
    QCOMPARE(field(u"Subject"_s), baseOptions().subject);
    QCOMPARE(field(u"Keywords"_s), u"ESS, PTCE, collectivités"_s);
    QVERIFY(field(u"Creator"_s).startsWith(u"Actes"_s));
    QVERIFY(!field(u"CreationDate"_s).isEmpty());
    QVERIFY(field(u"Page size"_s).contains(u"(A4)"_s));

    QPDF pdf;
    pdf.processFile(QFile::encodeName(m_publicPdf).constData());
    QPDFObjectHandle metadata = pdf.getRoot().getKey("/Metadata");
    QVERIFY(metadata.isStream());
    const std::shared_ptr<Buffer> data = metadata.getStreamData();
    const QString xmp = QString::fromUtf8(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize()));
    QVERIFY(xmp.contains(u"<rdf:li>Réseau des collectivités"_s));
    QVERIFY(xmp.contains(u"<pdf:Keywords>ESS, PTCE, collectivités</pdf:Keywords>"_s));
    QVERIFY(xmp.contains(u">Actes des rencontres 2015–2016</rdf:li>"_s));
}

void TestPdfExport::indexPages()
{
    if (tool(u"pdftotext"_s).isEmpty())
        QSKIP("poppler-utils is not installed");
    const int pages = m_publicResult.pageCount;
    // Index on the last page: every page where pdftotext sees "Sébastien Cornu" in a chapter is listed.
    QList<int> expected;
    for (int page = 3; page < pages; ++page) {
        QString text = pageText(m_publicPdf, page);
        if (text.contains(DocumentLanguage().translate("Actes::ProceedingsLayout", "Index of people and organisations")))
            continue;
        if (text.simplified().contains(u"Sébastien Cornu"_s))
            expected << page;
    }
    QVERIFY(expected.size() >= 2);
    const QString index = pageText(m_publicPdf, pages, true);
    const QRegularExpressionMatch match =
            QRegularExpression(uR"(Cornu, Sébastien[ .]*?(\d+(?:, \d+)*))"_s).match(index);
    QVERIFY2(match.hasMatch(), qPrintable(index));
    QList<int> listed;
    for (const QString &number : match.captured(1).split(u", "_s))
        listed << number.toInt();
    QCOMPARE(listed, expected);
    QVERIFY(index.contains(u"Le Labo de l’ESS"_s));
    QVERIFY(index.contains(u"Caisse des Dépôts"_s));
    QVERIFY(index.contains(u"Le Goff, Anne"_s));
}

// Reports without participants nor partners: the index says so, on a line without the dot
// leaders of an entry. The dots are drawn, not text, so the page is rendered (pdftoppm) and the
// band of that line, right of its last word (placed by pdftotext -bbox), must be blank.
void TestPdfExport::indexWithNobodyHasNoLeaders()
{
    if (tool(u"pdftotext"_s).isEmpty() || tool(u"pdftoppm"_s).isEmpty())
        QSKIP("poppler-utils is not installed");
    Resource lonely;
    lonely.id = 7;
    lonely.title = u"Une rencontre sans participants"_s;
    lonely.type = u"Séminaire"_s;
    lonely.dateStart = QDate(2016, 3, 8);
    lonely.summaryHtml = u"<p>Résumé.</p>"_s;
    lonely.bodyHtml = u"<p>Texte de la rencontre.</p>"_s;
    lonely.privateConfirmed = true;   // public, and confirmed so
    const QString file = m_dir.filePath(u"nobody.pdf"_s);
    ProceedingsOptions options = baseOptions();
    options.language = DocumentLanguage(u"en"_s);   // the sentence below is matched in English
    ProceedingsExporter exporter(options);
    const ProceedingsResult result = exporter.exportTo({lonely}, file);
    QVERIFY2(result.ok, qPrintable(result.errorMessage));
    const int last = result.pageCount;

    const QString boxes = run(tool(u"pdftotext"_s), {u"-bbox"_s, u"-f"_s, QString::number(last), u"-l"_s,
                                                      QString::number(last), file, u"-"_s});
    // The last word of the "nobody" sentence, in the English edition.
    const QRegularExpression word(
            uR"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">reports\.</word>)re"_s);
    const QRegularExpressionMatch m = word.match(boxes);
    QVERIFY2(m.hasMatch(), qPrintable(boxes));
    const double xMax = m.captured(3).toDouble(), yMin = m.captured(2).toDouble(), yMax = m.captured(4).toDouble();
    const QRegularExpressionMatch page = QRegularExpression(uR"re(<page width="([\d.]+)")re"_s).match(boxes);
    const double pageWidth = page.captured(1).toDouble();

    const int dpi = 144;
    const QString prefix = m_dir.filePath(u"nobody-index"_s);
    run(tool(u"pdftoppm"_s), {u"-f"_s, QString::number(last), u"-l"_s, QString::number(last), u"-r"_s,
                              QString::number(dpi), u"-gray"_s, u"-png"_s, u"-singlefile"_s, file, prefix});
    const QImage image(prefix + u".png"_s);
    QVERIFY(!image.isNull());
    const double scale = dpi / 72.0;
    int marks = 0;
    for (int y = int(yMin * scale); y <= int(yMax * scale); ++y) {
        for (int x = int((xMax + 3) * scale); x < int((pageWidth - 20) * scale); ++x) {
            if (qGray(image.pixel(x, y)) < 230)
                ++marks;
        }
    }
    QCOMPARE(marks, 0);
}

void TestPdfExport::imagesFromLoader()
{
    const QString pdfimages = tool(u"pdfimages"_s);
    if (pdfimages.isEmpty())
        QSKIP("poppler-utils is not installed");
    const QStringList lines = run(pdfimages, {u"-list"_s, m_publicPdf}).split(u'\n', Qt::SkipEmptyParts);
    // Header (2 lines), the cover logo and the photo of the second chapter (plus possible masks).
    QVERIFY2(lines.size() >= 4, qPrintable(lines.join(u'\n')));
    const QString all = run(tool(u"pdftotext"_s), {u"-enc"_s, u"UTF-8"_s, m_publicPdf, u"-"_s});
    QVERIFY(!all.contains(u"[Photo de groupe]"_s)); // the image was found, the alt text is not used
}

void TestPdfExport::privateNeverLeaks()
{
    if (tool(u"pdftotext"_s).isEmpty() || tool(u"qpdf"_s).isEmpty())
        QSKIP("poppler-utils or qpdf is not installed");
    QCOMPARE(m_publicResult.leftOut.size(), 1);
    QCOMPARE(m_publicResult.leftOut.first().resourceId, 99);
    QCOMPARE(m_publicResult.leftOut.first().reason, ProceedingsLeftOut::Reason::Private);

    const QString all = run(tool(u"pdftotext"_s), {u"-enc"_s, u"UTF-8"_s, m_publicPdf, u"-"_s});
    QVERIFY(all.contains(u"Tour de France"_s));
    const QString info = run(tool(u"pdfinfo"_s), {u"-meta"_s, m_publicPdf});
    QVERIFY(info.contains(u"Actes des rencontres"_s));

    QPDF pdf;
    pdf.processFile(QFile::encodeName(m_publicPdf).constData());
    QStringList outlineTitles;
    std::function<void(std::vector<QPDFOutlineObjectHelper>)> walk = [&](std::vector<QPDFOutlineObjectHelper> items) {
        for (QPDFOutlineObjectHelper &item : items) {
            outlineTitles << QString::fromStdString(item.getTitle());
            walk(item.getKids());
        }
    };
    QPDFOutlineDocumentHelper outlines(pdf);
    walk(outlines.getTopLevelOutlines());

    const QString qdf = m_dir.filePath(u"public-qdf.pdf"_s);
    QProcess::execute(tool(u"qpdf"_s), {u"--qdf"_s, u"--object-streams=disable"_s, m_publicPdf, qdf});
    QFile raw(qdf);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    QVERIFY(bytes.size() > 1000);

    // Words only the private resource has ("2012" and "janvier": its date would widen the period).
    for (const QString &word : kPrivateWords) {
        QVERIFY2(!all.contains(word, Qt::CaseInsensitive), qPrintable(u"text: "_s + word));
        QVERIFY2(!info.contains(word, Qt::CaseInsensitive), qPrintable(u"metadata: "_s + word));
        QVERIFY2(!outlineTitles.join(u'\n').contains(word), qPrintable(u"bookmarks: "_s + word));
        // Raw bytes: names and words (digits can occur as coordinates in content streams).
        if (!word.at(0).isDigit())
            QVERIFY2(!QString::fromLatin1(bytes).contains(word, Qt::CaseInsensitive), qPrintable(u"raw: "_s + word));
        QVERIFY2(!m_publicPdf.contains(word), qPrintable(u"file name: "_s + word));
    }
    // A person who is also in public reports stays in the index, with public pages only.
    QVERIFY(all.contains(u"Cornu, Sébastien"_s));
    const QString suggested = ProceedingsExporter::suggestedFileName(baseOptions(), sampleResources() << privateResource());
    for (const QString &word : kPrivateWords)
        QVERIFY(!suggested.contains(word));
    QVERIFY(!all.contains(ProceedingsExporter::internalMark().toUpper()));
}

void TestPdfExport::unconfirmedPrivacyIsPrivate()
{
    if (tool(u"pdftotext"_s).isEmpty() || tool(u"pdfinfo"_s).isEmpty())
        QSKIP("poppler-utils is not installed");
    QList<Resource> resources = sampleResources();
    resources.insert(1, unconfirmedResource());

    // The shared rule, as the dialog, print and the command line ask it.
    QList<ProceedingsLeftOut> leftOut;
    QCOMPARE(ProceedingsExporter::included(resources, false, &leftOut).size(), 3);
    QCOMPARE(leftOut.size(), 1);
    QCOMPARE(leftOut.first().resourceId, 77);
    QCOMPARE(leftOut.first().reason, ProceedingsLeftOut::Reason::PrivacyNotConfirmed);
    QVERIFY2(leftOut.first().message.contains(u"privacy not confirmed"_s), qPrintable(leftOut.first().message));
    QCOMPARE(ProceedingsExporter::included(resources, true).size(), 4);
    QVERIFY(!ProceedingsExporter::defaultTitle({unconfirmedResource()}).contains(u"Quokkaland"_s));

    const QString file = m_dir.filePath(u"unconfirmed.pdf"_s);
    ProceedingsExporter exporter(baseOptions());
    const ProceedingsResult result = exporter.exportTo(resources, file);
    QVERIFY2(result.ok, qPrintable(result.errorMessage));
    QCOMPARE(result.leftOut.size(), 1);
    QCOMPARE(result.leftOut.first().reason, ProceedingsLeftOut::Reason::PrivacyNotConfirmed);
    const QString all = run(tool(u"pdftotext"_s), {u"-enc"_s, u"UTF-8"_s, file, u"-"_s});
    const QString info = run(tool(u"pdfinfo"_s), {u"-meta"_s, file});
    QVERIFY(all.contains(u"Tour de France"_s));
    for (const QString &word : {u"Quokkaland"_s, u"Brachiation"_s, u"Nonconfirmé"_s, u"2013"_s}) {
        QVERIFY2(!all.contains(word), qPrintable(word));
        QVERIFY2(!info.contains(word), qPrintable(word));
    }

    // The internal edition includes it.
    ProceedingsOptions internal = baseOptions();
    internal.includePrivate = true;
    const QString internalFile = m_dir.filePath(u"unconfirmed-internal.pdf"_s);
    const ProceedingsResult internalResult = ProceedingsExporter(internal).exportTo(resources, internalFile);
    QVERIFY2(internalResult.ok, qPrintable(internalResult.errorMessage));
    QVERIFY(internalResult.leftOut.isEmpty());
    QVERIFY(run(tool(u"pdftotext"_s), {u"-enc"_s, u"UTF-8"_s, internalFile, u"-"_s}).contains(u"Quokkaland"_s));
}

void TestPdfExport::internalEditionIsMarked()
{
    if (tool(u"pdftotext"_s).isEmpty())
        QSKIP("poppler-utils is not installed");
    ProceedingsOptions options = baseOptions();
    options.includePrivate = true;
    const QString file = m_dir.filePath(ProceedingsExporter::suggestedFileName(options, sampleResources()));
    QVERIFY(file.contains(u"interne"_s));
    ProceedingsExporter exporter(options);
    const ProceedingsResult result = exporter.exportTo(sampleResources() << privateResource(), file);
    QVERIFY2(result.ok, qPrintable(result.errorMessage));
    QVERIFY(result.leftOut.isEmpty());
    QVERIFY(exporter.leftOut().isEmpty());
    QVERIFY(result.pageCount > m_publicResult.pageCount);
    const QString mark = ProceedingsExporter::internalMark().toUpper();
    for (int page = 1; page <= result.pageCount; ++page) {
        const QString text = pageText(file, page).simplified();
        QVERIFY2(text.contains(mark), qPrintable(u"page %1"_s.arg(page)));
    }
    const QString all = run(tool(u"pdftotext"_s), {u"-enc"_s, u"UTF-8"_s, file, u"-"_s});
    QVERIFY(all.contains(u"Xylophagie"_s));
    QVERIFY(all.contains(u"Privatova, Ursule"_s));
}

void TestPdfExport::nothingToExport()
{
    ProceedingsExporter exporter(baseOptions());
    const QString file = m_dir.filePath(u"nothing.pdf"_s);
    const ProceedingsResult result = exporter.exportTo({privateResource()}, file);
    QVERIFY(!result.ok);
    QVERIFY(!result.errorMessage.isEmpty());
    QCOMPARE(result.leftOut.size(), 1);
    QVERIFY(!QFile::exists(file));
}

void TestPdfExport::pdfA()
{
    ProceedingsOptions options = baseOptions();
    options.pdfA = true;
    const QString file = m_dir.filePath(u"pdfa.pdf"_s);
    const ProceedingsResult result = ProceedingsExporter(options).exportTo(sampleResources(), file);
    QVERIFY2(result.ok, qPrintable(result.errorMessage));
    QPDF pdf;
    pdf.processFile(QFile::encodeName(file).constData());
    QPDFObjectHandle root = pdf.getRoot();
    QVERIFY(root.getKey("/OutputIntents").isArray());
    QPDFObjectHandle metadata = root.getKey("/Metadata");
    QVERIFY(metadata.isStream());
    QVERIFY(!metadata.getDict().hasKey("/Filter")); // PDF/A-1: metadata stays readable
    const std::shared_ptr<Buffer> data = metadata.getStreamData();
    const QString xmp = QString::fromUtf8(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize()));
    QVERIFY(xmp.contains(u"<pdfaid:part>1</pdfaid:part>"_s));
    QVERIFY(xmp.contains(u"<pdfaid:conformance>B</pdfaid:conformance>"_s));
    // XMP consistent with the Info dictionary.
    QPDFObjectHandle info = pdf.getTrailer().getKey("/Info");
    QVERIFY(xmp.contains(QString::fromStdString(info.getKey("/Title").getUTF8Value()).toHtmlEscaped()));
    QVERIFY(xmp.contains(u"<pdf:Producer>%1</pdf:Producer>"_s.arg(
            QString::fromStdString(info.getKey("/Producer").getUTF8Value()))));
    QVERIFY(xmp.contains(u"<xmp:CreatorTool>%1</xmp:CreatorTool>"_s.arg(
            QString::fromStdString(info.getKey("/Creator").getUTF8Value()))));
    const QString created = QString::fromStdString(info.getKey("/CreationDate").getUTF8Value()); // D:yyyyMMddHHmmss+hh'mm'
    const QString isoPrefix = u"%1-%2-%3T%4:%5:%6"_s.arg(created.mid(2, 4), created.mid(6, 2), created.mid(8, 2),
                                                          created.mid(10, 2), created.mid(12, 2), created.mid(14, 2));
    QVERIFY2(xmp.contains(u"<xmp:CreateDate>"_s + isoPrefix), qPrintable(created));
    QVERIFY(pdf.getPDFVersion() == "1.4");
}

void TestPdfExport::letterPaper()
{
    if (tool(u"pdfinfo"_s).isEmpty())
        QSKIP("poppler-utils is not installed");
    ProceedingsOptions options = baseOptions();
    options.pageSize = QPageSize(QPageSize::Letter);
    options.margins = QMarginsF(30, 30, 30, 30);
    const QString file = m_dir.filePath(u"letter.pdf"_s);
    const ProceedingsResult result = ProceedingsExporter(options).exportTo(sampleResources(), file);
    QVERIFY2(result.ok, qPrintable(result.errorMessage));
    const QString info = run(tool(u"pdfinfo"_s), {file});
    QVERIFY2(info.contains(u"612 x 792 pts (letter)"_s), qPrintable(info));
    QCOMPARE(pdfPages(file), result.pageCount);
}

void TestPdfExport::cancelLeavesNoFile()
{
    const QString file = m_dir.filePath(u"cancelled.pdf"_s);
    int calls = 0;
    ProceedingsExporter exporter(baseOptions());
    ProceedingsResult result = exporter.exportTo(sampleResources(), file, [&calls](int done, int total) {
        Q_ASSERT(done <= total);
        return ++calls < 3;
    });
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QCOMPARE(calls, 3);
    QVERIFY(!QFile::exists(file));

    // An existing file is left untouched by a cancelled export.
    QFile existing(file);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("previous");
    existing.close();
    result = exporter.exportTo(sampleResources(), file, [](int, int) { return false; });
    QVERIFY(result.cancelled);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("previous"));

    // Progress reaches its total on success.
    int lastDone = 0;
    int lastTotal = -1;
    result = exporter.exportTo(sampleResources(), file, [&](int done, int total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    QVERIFY(result.ok);
    QCOMPARE(lastDone, lastTotal);
}

void TestPdfExport::paintOnAnyPagedDevice()
{
    // The print path: same layout on a device the caller owns (here a QPdfWriter, as a QPrinter would be).
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(5, 5, 5, 5)); // a printer's unprintable border
    ProceedingsExporter exporter(baseOptions());
    const int pages = exporter.paint(&writer, sampleResources() << privateResource());
    QCOMPARE(pages, m_publicResult.pageCount);
    QCOMPARE(exporter.leftOut().size(), 1);
    buffer.close();
    QVERIFY(buffer.data().startsWith("%PDF"));
}

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
