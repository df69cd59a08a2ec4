// The typed settings facade: defaults, the language rule, recent libraries, per-library values.

#include "settings/settings.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

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
        Settings s(m_dir.filePath(u"defaults.ini"_s));
        QCOMPARE(s.language(), u"system"_s);
        QCOMPARE(s.summaryLimit(), 600);
        QVERIFY(s.authorName().isEmpty());
        QVERIFY(s.recentLibraries().isEmpty());
        QCOMPARE(s.lastResourceId(u"/x/y.actes"_s), 0);
    }

    void defaultConstructorStaysInTestMode()
    {
        Settings s;
        QVERIFY2(s.fileName().contains(u".qttest"_s), qPrintable(s.fileName()));
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
        const QString file = m_dir.filePath(u"persist.ini"_s);
        {
            Settings s(file);
            s.setLanguage(u"fr"_s);
            s.setAuthorName(u"Élodie Lœwy"_s);
            s.setSummaryLimit(800);
            s.setLastResourceId(u"/data/a.actes"_s, 42);
            s.setLastResourceId(u"/data/b.actes"_s, 7);
            s.setSplitterState(u"main"_s, QByteArray("\x01\x02", 2));
        }
        Settings s(file);
        QCOMPARE(s.language(), u"fr"_s);
        QCOMPARE(s.authorName(), u"Élodie Lœwy"_s);
        QCOMPARE(s.summaryLimit(), 800);
        QCOMPARE(s.lastResourceId(u"/data/a.actes"_s), 42);
        QCOMPARE(s.lastResourceId(u"/data/./b.actes"_s), 7);   // same file, other spelling
        QCOMPARE(s.splitterState(u"main"_s), QByteArray("\x01\x02", 2));
        s.setSummaryLimit(-5);
        QCOMPARE(s.summaryLimit(), 600);   // nonsense falls back to the default
    }

    // Writing aids, import typography and backups: defaults, persistence, nonsense in the file.
    void writingAndBackupSettings()
    {
        const QString file = m_dir.filePath(u"writing.ini"_s);
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
        raw.setValue(u"Writing/nbspStyle"_s, u"bizarre"_s);
        raw.setValue(u"Import/frenchTypography"_s, 12);
        raw.setValue(u"Library/backupsToKeep"_s, u"many"_s);
        raw.sync();
        Settings s(file);
        QCOMPARE(s.nbspStyle(), NbspStyle::Standard);
        QCOMPARE(s.importTypography(), Settings::ImportTypography::Ask);
        QCOMPARE(s.backupsToKeep(), 7);
    }

    void recentLibraries()
    {
        Settings s(m_dir.filePath(u"recent.ini"_s));
        for (int i = 0; i < 12; ++i)
            s.addRecentLibrary(u"/bib/%1.actes"_s.arg(i));
        QCOMPARE(s.recentLibraries().size(), Settings::maxRecentLibraries);
        QCOMPARE(s.recentLibraries().first(), u"/bib/11.actes"_s);
        s.addRecentLibrary(u"/bib/../bib/8.actes"_s);   // already there: moves to the top
        QCOMPARE(s.recentLibraries().first(), u"/bib/8.actes"_s);
        QCOMPARE(s.recentLibraries().count(u"/bib/8.actes"_s), 1);
        s.removeRecentLibrary(u"/bib/8.actes"_s);
        QVERIFY(!s.recentLibraries().contains(u"/bib/8.actes"_s));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
