// Every date Actes writes into an exported file, checked against its format's grammar and read
// back to the right instant, in UTC and in time zones with negative and positive offsets:
// the PDF Info dictionary (D:YYYYMMDDHHmmSSOHH'mm'), the XMP packet (ISO 8601 with an offset)
// and the website export's index.json (exported_at, modified).
#include "export/proceedingsexporter.h"
#include "export/siteexport.h"

#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <ctime>

using namespace Actes;
using namespace Qt::StringLiterals;

namespace {

// PDF 1.7, 7.9.4 (and PDF/A-1): D:YYYYMMDDHHmmSSOHH'mm' with O one of + - Z.
const QRegularExpression kPdfDate(uR"(^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:([+-])(\d{2})'(\d{2})'|Z)$)"_s);
// XMP (ISO 8601 / W3C date-time): YYYY-MM-DDThh:mm:ss then Z or +hh:mm / -hh:mm.
const QRegularExpression kIsoDate(uR"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$)"_s);

void setTimeZone(const QByteArray &zone)
{
    qputenv("TZ", zone);
    tzset();
}

// The instant a PDF date names, or an invalid QDateTime when it does not follow the grammar.
QDateTime fromPdfDate(const QString &text)
{
    const QRegularExpressionMatch m = kPdfDate.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    int offset = 0;
    if (!m.captured(7).isEmpty())
        offset = (m.captured(7) == u"-" ? -1 : 1) * (m.captured(8).toInt() * 3600 + m.captured(9).toInt() * 60);
    return QDateTime(date, time, Qt::OffsetFromUTC, offset);
}

Resource sample(qint64 id, const QString &title)
{
    Resource r;
    r.id = id;
    r.title = title;
    r.type = u"Séminaire"_s;
    r.status = Status::Approved;
    r.privateConfirmed = true;
    r.dateStart = QDate(2016, 5, 3);
    r.dateEnd = QDate(2016, 5, 4);
    r.place = u"Lyon"_s;
    r.summaryHtml = u"<p>Résumé du séminaire.</p>"_s;
    r.bodyHtml = u"<p>Le séminaire a réuni les collectivités.</p>"_s;
    r.modified = QDateTime(QDate(2016, 5, 10), QTime(14, 30, 5), Qt::UTC);
    r.version = 3;
    return r;
}

} // namespace

class TestExportDates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_savedTz = qgetenv("TZ");
        m_hadTz = qEnvironmentVariableIsSet("TZ");
    }
    void cleanupTestCase()
    {
        if (m_hadTz)
            setTimeZone(m_savedTz);
        else {
            qunsetenv("TZ");
            tzset();
        }
    }

    void pdfDates_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<int>("offsetSeconds");   // today (Brazil has had no summer time since 2019)
        QTest::newRow("UTC") << QByteArray("UTC") << 0;
        QTest::newRow("Sao Paulo (negative)") << QByteArray("America/Sao_Paulo") << -3 * 3600;
        QTest::newRow("Kolkata (+05:30)") << QByteArray("Asia/Kolkata") << 5 * 3600 + 30 * 60;
    }

    void pdfDates()
    {
        QFETCH(QByteArray, zone);
        QFETCH(int, offsetSeconds);
        setTimeZone(zone);
        QCOMPARE(QDateTime::currentDateTime().offsetFromUtc(), offsetSeconds);   // the zone took effect
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"actes.pdf"_s);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        ProceedingsOptions options;
        options.networkName = u"Réseau des collectivités"_s;
        ProceedingsExporter exporter(options);
        const ProceedingsResult result = exporter.exportTo({sample(1, u"Séminaire PTCE"_s)}, path);
        QVERIFY2(result.ok, qPrintable(result.errorMessage));
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
        const int expectedOffset = QDateTime::currentDateTime().offsetFromUtc();

        QPDF pdf;
        pdf.processFile(QFile::encodeName(path).constData());
        QPDFObjectHandle info = pdf.getTrailer().getKey("/Info");
        QVERIFY(info.isDictionary());
        for (const char *key : {"/CreationDate", "/ModDate"}) {
            const QString text = QString::fromStdString(info.getKey(key).getUTF8Value());
            QVERIFY2(kPdfDate.match(text).hasMatch(), qPrintable(u"%1 %2"_s.arg(QLatin1String(key), text)));
            const QDateTime instant = fromPdfDate(text);
            QVERIFY2(instant.isValid() && instant >= before && instant <= after, qPrintable(text));
            QCOMPARE(instant.offsetFromUtc(), expectedOffset);
        }

        QPDFObjectHandle metadata = pdf.getRoot().getKey("/Metadata");
        QVERIFY(metadata.isStream());
        const std::shared_ptr<Buffer> data = metadata.getStreamData();
        const QString xmp = QString::fromUtf8(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize()));
        for (const QString &element : {u"xmp:CreateDate"_s, u"xmp:ModifyDate"_s, u"xmp:MetadataDate"_s}) {
            const QRegularExpressionMatch m =
                    QRegularExpression(u"<%1>([^<]*)</%1>"_s.arg(element)).match(xmp);
            QVERIFY2(m.hasMatch(), qPrintable(element));
            const QString text = m.captured(1);
            QVERIFY2(kIsoDate.match(text).hasMatch(), qPrintable(u"%1 %2"_s.arg(element, text)));
            const QDateTime instant = QDateTime::fromString(text, Qt::ISODate);
            QVERIFY2(instant.isValid() && instant >= before && instant <= after, qPrintable(text));
            QCOMPARE(instant.offsetFromUtc(), expectedOffset);
        }

        // An independent reader shows the same instant (pdfinfo -isodates prints ISO 8601).
        if (!QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty()) {
            QProcess p;
            p.start(u"pdfinfo"_s, {u"-isodates"_s, path});
            QVERIFY(p.waitForFinished(60000));
            const QString out = QString::fromUtf8(p.readAllStandardOutput());
            const QRegularExpressionMatch m = QRegularExpression(uR"(CreationDate:\s+(\S+))"_s).match(out);
            QVERIFY2(m.hasMatch(), qPrintable(out));
            const QDateTime shown = QDateTime::fromString(m.captured(1), Qt::ISODate);
            QVERIFY2(shown.isValid() && shown >= before && shown <= after, qPrintable(out));
        }
    }

    void siteManifestDates_data() { pdfDates_data(); }

    void siteManifestDates()
    {
        QFETCH(QByteArray, zone);
        QFETCH(int, offsetSeconds);
        setTimeZone(zone);
        QCOMPARE(QDateTime::currentDateTime().offsetFromUtc(), offsetSeconds);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(u"site"_s);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        SiteExporter exporter;
        const Resource resource = sample(7, u"Séminaire PTCE"_s);
        const SiteExportResult result = exporter.exportTo({resource}, out);
        QVERIFY2(result.ok, qPrintable(result.errorMessage));
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);

        QFile file(QDir(out).filePath(u"index.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
        const QString exportedAt = manifest.value(u"exported_at"_s).toString();
        QVERIFY2(kIsoDate.match(exportedAt).hasMatch(), qPrintable(exportedAt));
        const QDateTime exported = QDateTime::fromString(exportedAt, Qt::ISODate);
        QVERIFY2(exported >= before && exported <= after, qPrintable(exportedAt));

        const QJsonArray resources = manifest.value(u"resources"_s).toArray();
        QCOMPARE(resources.size(), 1);
        const QString modified = resources.at(0).toObject().value(u"modified"_s).toString();
        QVERIFY2(kIsoDate.match(modified).hasMatch(), qPrintable(modified));
        QCOMPARE(QDateTime::fromString(modified, Qt::ISODate), resource.modified);
        for (const QString &key : {u"date_start"_s, u"date_end"_s}) {
            const QString date = resources.at(0).toObject().value(key).toString();
            QVERIFY2(QRegularExpression(uR"(^\d{4}-\d{2}-\d{2}$)"_s).match(date).hasMatch(), qPrintable(date));
        }
    }

private:
    QByteArray m_savedTz;
    bool m_hadTz = false;
};

QTEST_MAIN(TestExportDates)
#include "tst_exportdates.moc"
