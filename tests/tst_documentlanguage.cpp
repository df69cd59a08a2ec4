// The proceedings and the website export are written in the library's document language —
// French by default, a value stored in the library, `--lang fr|en` on the command line —
// whatever the interface language or the process locale. Checked on the real binary, run in a
// C or English locale with an English interface, and read back with pdftotext.
#include "export/documentlanguage.h"
#include "export/proceedingsdates.h"
#include "storage/sqliterepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Actes;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// pdftotext keeps no-break spaces; compare words with ordinary spaces.
QString plain(QString text)
{
    text.replace(QChar(0x00A0), u' ');
    text.replace(QChar(0x202F), u' ');
    return text;
}

} // namespace

class TestDocumentLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_meeting;   // the public resource of the fixture

    // The binary in the given locale, with its own settings (interface language `interface`).
    Run actes(const QStringList &args, const QString &locale = u"C"_s, const QString &interface = u"en"_s)
    {
        const QString config = m_dir.filePath(u"config-"_s + interface);
        {
            QSettings settings(config + u"/RTES/Actes.conf"_s, QSettings::NativeFormat);
            settings.setValue(u"General/language"_s, interface);
        }
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"LC_ALL"_s, locale);
        env.insert(u"LANG"_s, locale);
        env.insert(u"LANGUAGE"_s, locale);
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

    static QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        if (!p.waitForFinished(60000))
            return {};
        return plain(QString::fromUtf8(p.readAllStandardOutput()));
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QJsonObject manifest(const QString &dir)
    {
        QFile f(QDir(dir).filePath(u"index.json"_s));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    void setLibraryLanguage(const QString &code)
    {
        auto repo = SqliteRepository::open(m_db);
        DocumentLanguage::setLibraryCode(repo.get(), code);
    }

    void verifyFrench(const QString &text, const QString &where)
    {
        // (The resource's own title and type are French whatever the language: "juin", "Compte rendu".)
        for (const QString &word : {u"Sommaire"_s, u"30 juin – 2 juillet 2015"_s,
                                   u"Index des personnes et des structures"_s, u"RÉSUMÉ"_s})
            QVERIFY2(text.contains(word, Qt::CaseInsensitive), qPrintable(where + u": no “"_s + word + u"”\n"_s + text.left(2000)));
        for (const QString &word : {u"Proceedings"_s, u"Contents"_s, u"event report"_s, u"July"_s, u"People"_s,
                                   u"Summary"_s})
            QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(where + u": “"_s + word + u"”\n"_s + text.left(2000)));
    }

    void verifyEnglish(const QString &text, const QString &where)
    {
        for (const QString &word : {u"Contents"_s, u"June – July 2015"_s, u"30 June – 2 July 2015"_s,
                                   u"Index of people and organisations"_s, u"1 event report"_s, u"SUMMARY"_s})
            QVERIFY2(text.contains(word, Qt::CaseInsensitive), qPrintable(where + u": no “"_s + word + u"”\n"_s + text.left(2000)));
        for (const QString &word : {u"Sommaire"_s, u"Juin – juillet 2015"_s, u"30 juin – 2 juillet 2015"_s,
                                   u"Index des personnes"_s, u"1 compte rendu"_s})
            QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(where + u": “"_s + word + u"”\n"_s + text.left(2000)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty());
        m_db = m_dir.filePath(u"lib.actes"_s);
        const Run r = actes({u"--db"_s, m_db, u"import-site"_s, QStringLiteral(ACTES_TEST_DATA "/cli/two-resources.txt")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto repo = SqliteRepository::open(m_db, OpenMode::ReadOnly);
        for (const ResourceSummary &s : repo->listResources()) {
            if (!s.isPrivate)
                m_meeting = QString::number(s.id);
        }
        QVERIFY(!m_meeting.isEmpty());
        QCOMPARE(actes({u"--db"_s, m_db, u"status"_s, m_meeting, u"approved"_s}).exitCode, 0);
    }

    void translatesWithItsOwnTranslation()
    {
        // No translator is installed in this process: the document language has its own.
        QCOMPARE(QCoreApplication::translate("Actes::ProceedingsLayout", "Contents"), u"Contents"_s);
        QCOMPARE(DocumentLanguage().code(), u"fr"_s);
        QCOMPARE(DocumentLanguage().translate("Actes::ProceedingsLayout", "Contents"), u"Sommaire"_s);
        QCOMPARE(DocumentLanguage(u"en"_s).translate("Actes::ProceedingsLayout", "Contents"), u"Contents"_s);
        QCOMPARE(DocumentLanguage(u"../../etc"_s).code(), u"fr"_s);   // unknown: French
        QCOMPARE(plain(ProceedingsDates::formatDateRange(QDate(2016, 5, 1), QDate(), u"fr"_s)), u"1er mai 2016"_s);
        QCOMPARE(plain(ProceedingsDates::formatDateRange(QDate(2016, 5, 1), QDate(), u"en"_s)), u"1 May 2016"_s);
        QCOMPARE(plain(ProceedingsDates::formatDateRange(QDate(2016, 5, 3), QDate(2016, 5, 4), u"en"_s)),
                 u"3 and 4 May 2016"_s);
        QCOMPARE(plain(ProceedingsDates::formatDateRange(QDate(2015, 12, 30), QDate(2016, 1, 2), u"en"_s)),
                 u"30 December 2015 – 2 January 2016"_s);
    }

    void pdfInFrenchByDefault_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("C") << u"C"_s;
        QTest::newRow("en_US") << u"en_US.UTF-8"_s;
    }

    void pdfInFrenchByDefault()
    {
        QFETCH(QString, locale);
        const QString pdf = m_dir.filePath(u"fr-%1.pdf"_s.arg(locale));
        const Run r = actes({u"--db"_s, m_db, u"export-pdf"_s, u"--out"_s, pdf, u"--include-private"_s}, locale);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = pdfText(pdf);
        verifyFrench(text, locale);
        QVERIFY2(text.contains(u"DOCUMENT INTERNE – NE PAS DIFFUSER"_s), qPrintable(text.left(2000)));
        QVERIFY(!text.contains(u"INTERNAL DOCUMENT"_s));
        QVERIFY2(text.contains(u"2 comptes rendus"_s) || text.contains(u"2 compte"_s), qPrintable(text.left(600)));
        // The interface language is English: the command's own messages are English.
        QVERIFY2(r.out.contains(u"Wrote "_s), qPrintable(r.out));
    }

    void pdfInEnglishWithLang()
    {
        const QString pdf = m_dir.filePath(u"en.pdf"_s);
        Run r = actes({u"--db"_s, m_db, u"export-pdf"_s, u"--out"_s, pdf, u"--lang"_s, u"en"_s}, u"C"_s, u"fr"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        verifyEnglish(pdfText(pdf), u"--lang en"_s);
        QVERIFY(readAll(pdf).contains("/Lang (en-GB)"));   // the catalog's language for readers
        QVERIFY(readAll(pdf).contains("<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li>"));
        // A French interface does not make an English document French, nor the reverse.
        r = actes({u"--db"_s, m_db, u"export-pdf"_s, u"--out"_s, pdf, u"--lang"_s, u"fr"_s}, u"en_US.UTF-8"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        verifyFrench(pdfText(pdf), u"--lang fr"_s);
        QVERIFY(readAll(pdf).contains("/Lang (fr-FR)"));
        // Bad usage: exit 2, nothing written.
        QFile::remove(pdf);
        r = actes({u"--db"_s, m_db, u"export-pdf"_s, u"--out"_s, pdf, u"--lang"_s, u"de"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--lang"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(pdf));
    }

    void librarySettingChoosesTheLanguage()
    {
        setLibraryLanguage(u"en"_s);
        const QString pdf = m_dir.filePath(u"library-en.pdf"_s);
        Run r = actes({u"--db"_s, m_db, u"export-pdf"_s, u"--out"_s, pdf}, u"C"_s, u"fr"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        verifyEnglish(pdfText(pdf), u"library en"_s);
        r = actes({u"--db"_s, m_db, u"export-pdf"_s, u"--out"_s, pdf, u"--lang"_s, u"fr"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        verifyFrench(pdfText(pdf), u"library en, --lang fr"_s);
        setLibraryLanguage(u"fr"_s);
        // An unknown value stored in the library reads as French.
        {
            auto repo = SqliteRepository::open(m_db);
            repo->setLibraryValue(QString::fromLatin1(DocumentLanguage::LibraryKey), u"../xx"_s);
            QCOMPARE(DocumentLanguage::libraryCode(repo.get()), u"fr"_s);
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, DocumentLanguage::setLibraryCode(repo.get(), u"xx"_s));
            DocumentLanguage::setLibraryCode(repo.get(), u"fr"_s);
        }
    }

    void siteExportLanguage()
    {
        const QString out = m_dir.filePath(u"site"_s);
        Run r = actes({u"--db"_s, m_db, u"export-site"_s, u"--out"_s, out}, u"en_US.UTF-8"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject m = manifest(out);
        QCOMPARE(m.value(u"language"_s).toString(), u"fr"_s);
        QJsonArray resources = m.value(u"resources"_s).toArray();
        QCOMPARE(resources.size(), 1);
        QCOMPARE(plain(resources.at(0).toObject().value(u"date_text"_s).toString()), u"30 juin – 2 juillet 2015"_s);

        r = actes({u"--db"_s, m_db, u"export-site"_s, u"--out"_s, out, u"--lang"_s, u"en"_s}, u"C"_s, u"fr"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m = manifest(out);
        QCOMPARE(m.value(u"language"_s).toString(), u"en"_s);
        resources = m.value(u"resources"_s).toArray();
        QCOMPARE(plain(resources.at(0).toObject().value(u"date_text"_s).toString()), u"30 June – 2 July 2015"_s);
        QCOMPARE(actes({u"--db"_s, m_db, u"export-site"_s, u"--out"_s, out, u"--lang"_s, u"es"_s}).exitCode, 2);
    }
};

QTEST_MAIN(TestDocumentLanguage)
#include "tst_documentlanguage.moc"
