// The public PDF never carries a staff member's name: the network is the author on every path
// — the export dialog, `actes export-pdf` and print — read back with pdfinfo and qpdf (XMP).
// One settings object serves the window, its dialogs and the command line; the command line
// speaks the interface language of the settings.
#include "export/exportdialog.h"
#include "export/printsupport.h"
#include "export/proceedingsexporter.h"
#include "export/proceedingssettings.h"
#include "settings/settings.h"
#include "storage/sqliterepository.h"

#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <QFile>
#include <QLineEdit>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Actes;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Actes::ProceedingsResult)

namespace {

const QString kStaff = u"Marie Dupont-Staff"_s;
const QString kNetwork = u"Réseau des collectivités territoriales"_s;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString pdfInfoField(const QString &pdf, const QString &field)
{
    QProcess p;
    p.start(u"pdfinfo"_s, {pdf});
    if (!p.waitForFinished(60000))
        return u"(pdfinfo did not finish)"_s;
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    return QRegularExpression(u"^%1:\\s*(.*)$"_s.arg(field), QRegularExpression::MultilineOption)
            .match(out).captured(1).trimmed();
}

QString xmpOf(const QString &pdf)
{
    QPDF doc;
    doc.processFile(QFile::encodeName(pdf).constData());
    QPDFObjectHandle metadata = doc.getRoot().getKey("/Metadata");
    if (!metadata.isStream())
        return {};
    const std::shared_ptr<Buffer> data = metadata.getStreamData();
    return QString::fromUtf8(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize()));
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestPublicMetadata : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ResourceRepository> m_repo;
    QList<qint64> m_ids;

    // The PDF names the network as its author (Info and XMP) and no staff member anywhere.
    void verifyNetworkIsAuthor(const QString &pdf, const QString &where)
    {
        QCOMPARE(pdfInfoField(pdf, u"Author"_s), kNetwork);
        const QString xmp = xmpOf(pdf);
        QVERIFY2(xmp.contains(u"<dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:creator>"_s.arg(kNetwork)),
                 qPrintable(where + u"\n"_s + xmp.left(1500)));
        QVERIFY2(!fileBytes(pdf).contains(kStaff.toUtf8()) && !xmp.contains(kStaff), qPrintable(where));
    }

    Run actes(const QStringList &args, const QString &interfaceLanguage)
    {
        const QString config = m_dir.filePath(u"config-"_s + interfaceLanguage);
        {
            QSettings settings(config + u"/RTES/Actes.conf"_s, QSettings::NativeFormat);
            settings.setValue(u"General/language"_s, interfaceLanguage);
            settings.setValue(u"General/authorName"_s, kStaff);
            settings.setValue(u"Proceedings/networkName"_s, kNetwork);
        }
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"LC_ALL"_s, u"C"_s);
        env.insert(u"LANG"_s, u"C"_s);
        env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"home/data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, config);
        env.remove(u"ACTES_DB"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ACTES_BINARY), args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            return {};
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(!QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty());
        Settings::shared().setAuthorName(kStaff);
        Settings::shared().setProceedingsNetworkName(kNetwork);
        m_repo = SqliteRepository::open(m_dir.filePath(u"lib.actes"_s));
        Resource r;
        r.title = u"Séminaire PTCE à Lyon"_s;
        r.type = u"Séminaire"_s;
        r.dateStart = QDate(2016, 5, 3);
        r.dateEnd = QDate(2016, 5, 4);
        r.privateConfirmed = true;
        r.summaryHtml = u"<p>Le séminaire a réuni les collectivités.</p>"_s;
        r.bodyHtml = u"<p>Les pôles territoriaux de coopération économique.</p>"_s;
        m_ids = {m_repo->createResource(r).id};
    }

    void oneSettingsObject()
    {
        // The window, its dialogs and the command line read the same object; a change is signalled.
        QCOMPARE(&Settings::shared(), &Settings::shared());
        QSignalSpy changed(&Settings::shared(), &Settings::changed);
        Settings::shared().setSummaryLimit(420);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QString::fromLatin1(Settings::SummaryLimit.key));
        Settings::shared().setSummaryLimit(420);
        QCOMPARE(changed.size(), 1);   // the same value again: no change
        QCOMPARE(Settings::shared().summaryLimit(), 420);
        // One default, whatever is stored.
        Settings::shared().set(Settings::SummaryLimit, -5);
        QCOMPARE(Settings::shared().summaryLimit(), Settings::SummaryLimit.defaultValue);
    }

    void exportDialogPath()
    {
        ExportDialog dialog(m_repo.get(), m_ids);
        QCOMPARE(dialog.networkEdit()->text(), kNetwork);
        const QString pdf = m_dir.filePath(u"dialog.pdf"_s);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        QVERIFY(dialog.exportToFile(pdf));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QVERIFY(finished.at(0).at(0).value<ProceedingsResult>().ok);
        verifyNetworkIsAuthor(pdf, u"export dialog"_s);
    }

    void commandLinePath()
    {
        const QString db = m_dir.filePath(u"lib.actes"_s);
        const QString pdf = m_dir.filePath(u"cli.pdf"_s);
        const Run r = actes({u"--db"_s, db, u"export-pdf"_s, u"--out"_s, pdf}, u"en"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        verifyNetworkIsAuthor(pdf, u"export-pdf"_s);
    }

    void printPath()
    {
        // What File › Print and the export dialog's Print… give the printer, printed to a PDF file.
        const QList<Resource> resources = m_repo->loadResources(m_ids);
        ExportDialog dialog(m_repo.get(), m_ids);
        for (const ProceedingsOptions &options : {proceedingsOptionsFromSettings(Settings::shared()), dialog.options()}) {
            QCOMPARE(options.networkName, kNetwork);
            const QString pdf = m_dir.filePath(u"print.pdf"_s);
            QFile::remove(pdf);
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(pdf);
            preparePrinter(&printer, options);
            QVERIFY(ProceedingsExporter(options).paint(&printer, resources) > 0);
            QVERIFY(QFile::exists(pdf));
            // Qt's print engine writes no author; nothing of the staff goes to the printer.
            const QString author = pdfInfoField(pdf, u"Author"_s);
            QVERIFY2(author.isEmpty() || author == kNetwork, qPrintable(author));
            QVERIFY(!fileBytes(pdf).contains(kStaff.toUtf8()));
            QCOMPARE(pdfInfoField(pdf, u"Creator"_s), u"Actes"_s);
            // Qt's print engine writes the dates of this file: they follow the PDF grammar too.
            QPDF doc;
            doc.processFile(QFile::encodeName(pdf).constData());
            const QString created = QString::fromStdString(doc.getTrailer().getKey("/Info").getKey("/CreationDate").getUTF8Value());
            QVERIFY2(QRegularExpression(uR"(^D:\d{14}(?:[+-]\d{2}'\d{2}'|Z)$)"_s).match(created).hasMatch(), qPrintable(created));
        }
    }

    void commandLineSpeaksTheInterfaceLanguage()
    {
        const QString pdf = m_dir.filePath(u"lang.pdf"_s);
        const QString db = m_dir.filePath(u"lib.actes"_s);
        // The locale is C: only the setting can make it French.
        Run r = actes({u"--db"_s, db, u"export-pdf"_s, u"--out"_s, pdf}, u"fr"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u" écrit\u00a0: "_s), qPrintable(r.out));
        r = actes({u"--db"_s, db, u"export-pdf"_s}, u"fr"_s);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"export-pdf doit être suivi de --out FICHIER"_s), qPrintable(r.err));

        r = actes({u"--db"_s, db, u"export-pdf"_s, u"--out"_s, pdf}, u"en"_s);
        QVERIFY2(r.out.startsWith(u"Wrote "_s), qPrintable(r.out));
        r = actes({u"--db"_s, db, u"export-pdf"_s}, u"en"_s);
        QVERIFY2(r.err.contains(u"export-pdf needs --out FILE"_s), qPrintable(r.err));
    }
};

QTEST_MAIN(TestPublicMetadata)
#include "tst_publicmetadata.moc"
