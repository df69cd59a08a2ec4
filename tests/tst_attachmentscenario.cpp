// Issue #14, "Done when": the seminar of 3 and 4 May 2016 from the website's export, with its
// programme and two slide decks attached (one for members only), published as proceedings with
// annexes and as a website page. The public deck and the programme are in both, the
// members-only deck in neither, and all three are in the internal edition. On both backends,
// through the command line as a user would script it.
#include "clitest.h"
#include "storage/libraryopener.h"
#include "storage/resourcerepository.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QPageSize>
#include <QPdfWriter>
#include <QStandardPaths>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using CliTest::Run;

namespace {

// A PDF of the given pages, as a speaker's slides or a programme would be.
bool writePdf(const QString &path, const QStringList &pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(pages.value(0));
    QTextDocument document;
    QString html;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        html += (i ? u"<p style=\"page-break-before: always\">"_s : u"<p>"_s) + pages.at(i).toHtmlEscaped()
            + u"</p>"_s;
    }
    document.setHtml(html);
    document.print(&writer);
    return QFileInfo(path).size() > 0;
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(u"pdfinfo"_s, {pdf});
    p.waitForFinished(60000);
    const QString info = QString::fromUtf8(p.readAllStandardOutput());
    const QRegularExpressionMatch m = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pdfInfo(const QString &pdf)
{
    QProcess p;
    p.start(u"pdfinfo"_s, {u"-meta"_s, pdf});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestAttachmentScenario : public CliTest::Harness
{
    Q_OBJECT

    const QString programmeMarker = u"Programme du séminaire PTCE, mardi et mercredi"_s;
    const QString publicDeckMarker = u"Les Ateliers de Castres, recyclerie et restaurant"_s;
    const QString membersDeckMarker = u"Version provisoire réservée aux adhérents"_s;
    const QString membersDeckTitle = u"Diaporama de l’étude (version provisoire)"_s;
    const QString membersDeckFile = u"etude-provisoire-adherents.pdf"_s;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(ACTES_BINARY)));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(QDir().mkpath(m_dir.filePath(u"home"_s)));
        QVERIFY(writePdf(m_dir.filePath(u"programme-seminaire-ptce.pdf"_s),
                         {programmeMarker, u"Mercredi 4 mai : tables rondes à Ramonville"_s}));
        QVERIFY(writePdf(m_dir.filePath(u"diaporama-ateliers-castres.pdf"_s),
                         {publicDeckMarker, u"Circuits courts, textile, économie circulaire"_s,
                          u"Merci de votre attention"_s}));
        QVERIFY(writePdf(m_dir.filePath(membersDeckFile), {membersDeckMarker, u"Premiers constats"_s}));
    }

    void seminarOfMay2016WithItsDocuments_data() { backendRows(); }
    void seminarOfMay2016WithItsDocuments()
    {
        const QString db = freshLocation(u"seminaire.actes"_s);
        Run r = actes({u"--db"_s, db, u"import-site"_s, QStringLiteral(ACTES_SHARED_SAMPLES "/site-export.txt")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The import says which documents the text of the seminar points to.
        QVERIFY2(r.out.contains(u"diaporama"_s, Qt::CaseInsensitive), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"programme"_s, Qt::CaseInsensitive), qPrintable(r.out));

        QString id;
        for (const QJsonValue &row : listJson(db)) {
            if (row[u"title"_s].toString().contains(u"3 et 4 mai 2016"_s))
                id = QString::number(row[u"id"_s].toInteger());
        }
        QVERIFY2(!id.isEmpty(), "the seminar of 3 and 4 May 2016 was imported");

        r = actes({u"--db"_s, db, u"attach"_s, id, m_dir.filePath(u"programme-seminaire-ptce.pdf"_s), u"--title"_s,
                   u"Programme détaillé du séminaire"_s, u"--kind"_s, u"programme"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = actes({u"--db"_s, db, u"attach"_s, id, m_dir.filePath(u"diaporama-ateliers-castres.pdf"_s), u"--title"_s,
                   u"Diaporama des Ateliers de Castres"_s, u"--kind"_s, u"slides"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = actes({u"--db"_s, db, u"attach"_s, id, m_dir.filePath(membersDeckFile), u"--title"_s, membersDeckTitle,
                   u"--kind"_s, u"slides"_s, u"--members-only"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        r = actes({u"--db"_s, db, u"attachments"_s, id, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray listed = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(listed.size(), 3);

        // The editor shortens the summary the website export made of the whole text (the check
        // before approval wants at most 600 characters).
        {
            auto repo = Actes::openLibrary(db);
            Actes::Resource seminar = *repo->loadResource(id.toLongLong());
            seminar.summaryHtml = u"<p>Le séminaire des 3 et 4 mai sur le rôle des collectivités dans les Pôles "
                                  u"territoriaux de coopération économique a réuni plus de 110 participants.</p>"_s;
            repo->saveResource(seminar);
        }
        // Confirmed public, reviewed and published.
        QCOMPARE(actes({u"--db"_s, db, u"set"_s, id, u"private=false"_s}).exitCode, 0);
        for (const QString &status : {u"review"_s, u"approved"_s, u"published"_s}) {
            r = actes({u"--db"_s, db, u"status"_s, id, status});
            QVERIFY2(r.exitCode == 0, qPrintable(status + u": "_s + r.err));
        }

        // Public proceedings with annexes: the programme and the public deck, not the other.
        const QString chapterOnly = outputPath(u"chapter.pdf"_s);
        QVERIFY2(actes({u"--db"_s, db, u"export-pdf"_s, u"--out"_s, chapterOnly, u"--ids"_s, id}).exitCode == 0,
                 "public proceedings without annexes");
        const QString publicPdf = outputPath(u"public.pdf"_s);
        r = actes({u"--db"_s, db, u"export-pdf"_s, u"--out"_s, publicPdf, u"--ids"_s, id, u"--append-attachments"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QString publicText = pdfText(publicPdf);
        QVERIFY2(publicText.contains(programmeMarker), qPrintable(publicText.left(2000)));
        QVERIFY(publicText.contains(publicDeckMarker));
        QVERIFY(!publicText.contains(membersDeckMarker));
        QVERIFY(!publicText.contains(u"Diaporama de l’étude"_s));
        QVERIFY(!publicText.contains(membersDeckFile));
        QVERIFY(!pdfInfo(publicPdf).contains(u"provisoire"_s));
        // 2 pages of programme and 3 of slides bound after the chapter (contents may grow by a line).
        QVERIFY2(pdfPages(publicPdf) >= pdfPages(chapterOnly) + 5, qPrintable(QString::number(pdfPages(publicPdf))));

        // The internal edition has all three.
        const QString internalPdf = outputPath(u"internal.pdf"_s);
        r = actes({u"--db"_s, db, u"export-pdf"_s, u"--out"_s, internalPdf, u"--ids"_s, id, u"--include-private"_s,
                   u"--append-attachments"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QString internalText = pdfText(internalPdf);
        QVERIFY(internalText.contains(programmeMarker));
        QVERIFY(internalText.contains(publicDeckMarker));
        QVERIFY(internalText.contains(membersDeckMarker));
        QVERIFY(internalText.contains(u"Diaporama de l’étude"_s));

        // The website page: the programme and the public deck written beside it, byte for
        // byte; the members-only deck nowhere, not even its name.
        const QString site = outputPath(u"site"_s);
        r = actes({u"--db"_s, db, u"export-site"_s, u"--out"_s, site, u"--ids"_s, id});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QSet<QByteArray> written;
        QDirIterator files(site, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            written.insert(sha256Of(path));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(membersDeckTitle.toUtf8()), qPrintable(path));
            QVERIFY2(!bytes.contains("etude-provisoire"), qPrintable(path));
            QVERIFY2(!path.contains(u"provisoire"_s), qPrintable(path));
        }
        QVERIFY(written.contains(sha256Of(m_dir.filePath(u"programme-seminaire-ptce.pdf"_s))));
        QVERIFY(written.contains(sha256Of(m_dir.filePath(u"diaporama-ateliers-castres.pdf"_s))));
        QVERIFY(!written.contains(sha256Of(m_dir.filePath(membersDeckFile))));
        QFile index(site + u"/index.json"_s);
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QByteArray indexBytes = index.readAll();
        QVERIFY(indexBytes.contains(sha256Of(m_dir.filePath(u"programme-seminaire-ptce.pdf"_s))));
        QVERIFY(indexBytes.contains(sha256Of(m_dir.filePath(u"diaporama-ateliers-castres.pdf"_s))));
    }
};

QTEST_MAIN(TestAttachmentScenario)
#include "tst_attachmentscenario.moc"
