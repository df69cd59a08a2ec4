// The typed settings facade: defaults, the language rule, recent libraries, per-library values.

#include "settings/settings.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Actes;

class TestSettings : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void defaults()
    {
        Settings s(m_dir.filePath(QStringLiteral("defaults.ini")));
        QCOMPARE(s.language(), QStringLiteral("system"));
        QCOMPARE(s.summaryLimit(), 600);
        QVERIFY(s.authorName().isEmpty());
        QVERIFY(s.recentLibraries().isEmpty());
        QCOMPARE(s.lastResourceId(QStringLiteral("/x/y.actes")), 0);
    }

    void defaultConstructorStaysInTestMode()
    {
        Settings s;
        QVERIFY2(s.fileName().contains(QStringLiteral(".qttest")), qPrintable(s.fileName()));
    }

    void effectiveLanguage_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system fr_FR") << "system" << "fr_FR" << "fr";
        QTest::newRow("system fr_BE") << "system" << "fr_BE" << "fr";
        QTest::newRow("system de_DE") << "system" << "de_DE" << "en";
        QTest::newRow("system C") << "system" << "C" << "en";
        QTest::newRow("forced en on French system") << "en" << "fr_FR" << "en";
        QTest::newRow("forced fr on English system") << "fr" << "en_GB" << "fr";
        QTest::newRow("garbage") << "klingon" << "fr_CA" << "fr";
    }

    void effectiveLanguage()
    {
        QFETCH(QString, setting);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(Settings::effectiveLanguage(setting, system), expected);
    }

    void valuesPersist()
    {
        const QString file = m_dir.filePath(QStringLiteral("persist.ini"));
        {
            Settings s(file);
            s.setLanguage(QStringLiteral("fr"));
            s.setAuthorName(QStringLiteral("Élodie Lœwy"));
            s.setSummaryLimit(800);
            s.setLastResourceId(QStringLiteral("/data/a.actes"), 42);
            s.setLastResourceId(QStringLiteral("/data/b.actes"), 7);
            s.setSplitterState(QStringLiteral("main"), QByteArray("\x01\x02", 2));
        }
        Settings s(file);
        QCOMPARE(s.language(), QStringLiteral("fr"));
        QCOMPARE(s.authorName(), QStringLiteral("Élodie Lœwy"));
        QCOMPARE(s.summaryLimit(), 800);
        QCOMPARE(s.lastResourceId(QStringLiteral("/data/a.actes")), 42);
        QCOMPARE(s.lastResourceId(QStringLiteral("/data/./b.actes")), 7);   // same file, other spelling
        QCOMPARE(s.splitterState(QStringLiteral("main")), QByteArray("\x01\x02", 2));
        s.setSummaryLimit(-5);
        QCOMPARE(s.summaryLimit(), 600);   // nonsense falls back to the default
    }

    // Writing aids, import typography and backups: defaults, persistence, nonsense in the file.
    void writingAndBackupSettings()
    {
        const QString file = m_dir.filePath(QStringLiteral("writing.ini"));
        {
            Settings s(file);
            QVERIFY(s.spellCheckEnabled());
            QVERIFY(s.typingTypographyEnabled());
            QCOMPARE(s.nbspStyle(), NbspStyle::Standard);
            QCOMPARE(s.importTypography(), Settings::ImportTypography::Ask);
            QCOMPARE(s.backupsToKeep(), 7);
            s.setSpellCheckEnabled(false);
            s.setTypingTypographyEnabled(false);
            s.setNbspStyle(NbspStyle::Narrow);
            s.setImportTypography(Settings::ImportTypography::Never);
            s.setBackupsToKeep(0);
        }
        {
            Settings s(file);
            QVERIFY(!s.spellCheckEnabled());
            QVERIFY(!s.typingTypographyEnabled());
            QCOMPARE(s.nbspStyle(), NbspStyle::Narrow);
            QCOMPARE(s.typographyOptions().nbspStyle, NbspStyle::Narrow);
            QCOMPARE(s.importTypography(), Settings::ImportTypography::Never);
            QCOMPARE(s.backupsToKeep(), 0);   // 0 = no automatic backup
            s.setNbspStyle(NbspStyle::Normal);
            s.setImportTypography(Settings::ImportTypography::Always);
            s.setBackupsToKeep(1000);
            QCOMPARE(s.nbspStyle(), NbspStyle::Normal);
            QCOMPARE(s.importTypography(), Settings::ImportTypography::Always);
            QCOMPARE(s.backupsToKeep(), Settings::maxBackupsToKeep);
        }
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(QStringLiteral("Writing/nbspStyle"), QStringLiteral("bizarre"));
        raw.setValue(QStringLiteral("Import/frenchTypography"), 12);
        raw.setValue(QStringLiteral("Library/backupsToKeep"), QStringLiteral("many"));
        raw.sync();
        Settings s(file);
        QCOMPARE(s.nbspStyle(), NbspStyle::Standard);
        QCOMPARE(s.importTypography(), Settings::ImportTypography::Ask);
        QCOMPARE(s.backupsToKeep(), 7);
    }

    void recentLibraries()
    {
        Settings s(m_dir.filePath(QStringLiteral("recent.ini")));
        for (int i = 0; i < 12; ++i)
            s.addRecentLibrary(QStringLiteral("/bib/%1.actes").arg(i));
        QCOMPARE(s.recentLibraries().size(), Settings::maxRecentLibraries);
        QCOMPARE(s.recentLibraries().first(), QStringLiteral("/bib/11.actes"));
        s.addRecentLibrary(QStringLiteral("/bib/../bib/8.actes"));   // already there: moves to the top
        QCOMPARE(s.recentLibraries().first(), QStringLiteral("/bib/8.actes"));
        QCOMPARE(s.recentLibraries().count(QStringLiteral("/bib/8.actes")), 1);
        s.removeRecentLibrary(QStringLiteral("/bib/8.actes"));
        QVERIFY(!s.recentLibraries().contains(QStringLiteral("/bib/8.actes")));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
