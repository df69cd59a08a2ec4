// Wording and small dialogs, as a user reads them: counts in the user's language with the
// right plural ("0 mot", "1 word"), the import report's totals said once, the conflict dialog
// showing the images of both versions.
#include "translationtest.h"

#include "dialogs/conflictdialog.h"
#include "dialogs/importreportdialog.h"
#include "editor/resourceeditorpane.h"
#include "import/websitedumpimporter.h"
#include "mainwindow.h"
#include "metadata/metadatapanel.h"
#include "settings/settings.h"
#include "storage/sqliterepository.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Actes;
using namespace Qt::StringLiterals;

class TestWording : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>([](const QString &path) -> std::unique_ptr<ResourceRepository> {
            return SqliteRepository::open(path, OpenMode::ReadWrite);
        });
        window->setDraftRecoveryEnabled(false);
        window->setRepository(SqliteRepository::open(m_dir.filePath(u"mots.actes"_s), OpenMode::ReadWrite));
        return window;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void statusBarCounts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("words");
        QTest::addColumn<int>("characters");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fr 0") << u"fr"_s << 0 << 0 << u"0 mot · 0 caractère"_s;
        QTest::newRow("fr 1") << u"fr"_s << 1 << 1 << u"1 mot · 1 caractère"_s;
        QTest::newRow("fr 2") << u"fr"_s << 2 << 12 << u"2 mots · 12 caractères"_s;
        QTest::newRow("fr thousands") << u"fr"_s << 1234 << 7000 << u"1\u202F234 mots · 7\u202F000 caractères"_s;
        QTest::newRow("en 0") << u"en"_s << 0 << 0 << u"0 words · 0 characters"_s;
        QTest::newRow("en 1") << u"en"_s << 1 << 1 << u"1 word · 1 character"_s;
        QTest::newRow("en 2") << u"en"_s << 2 << 12 << u"2 words · 12 characters"_s;
    }

    void statusBarCounts()
    {
        QFETCH(QString, language);
        QFETCH(int, words);
        QFETCH(int, characters);
        QFETCH(QString, expected);
        Test::ScopedTranslation translation(language);
        auto window = makeWindow();
        emit window->editorPane()->statsChanged(words, characters);
        QString shown = window->statsLabel()->text();
        if (language == u"fr")   // the group separator is a narrow or a plain no-break space
            shown.replace(QChar(0x00A0), QChar(0x202F));
        QCOMPARE(shown, expected);
    }

    void summaryCounter_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fr limit") << u"fr"_s << 600 << u"1 / 600 caractères"_s;
        QTest::newRow("fr no limit") << u"fr"_s << 0 << u"1 caractère"_s;
        QTest::newRow("en limit") << u"en"_s << 600 << u"1 / 600 characters"_s;
        QTest::newRow("en no limit") << u"en"_s << 0 << u"1 character"_s;
    }

    void summaryCounter()
    {
        QFETCH(QString, language);
        QFETCH(int, limit);
        QFETCH(QString, expected);
        Test::ScopedTranslation translation(language);
        ResourceEditorPane pane;
        pane.setSummaryLimit(limit);
        Resource r;
        r.id = 1;
        r.summaryHtml = u"<p>a</p>"_s;
        pane.setResource(r);
        QCOMPARE(pane.summaryCounter()->text(), expected);
    }

    // The attendance box says "1 personne", "2 personnes" (and "1 person" in English).
    void attendanceSuffix_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("attendance");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fr 1") << u"fr"_s << 1 << u"1 personne"_s;
        QTest::newRow("fr 2") << u"fr"_s << 2 << u"2 personnes"_s;
        QTest::newRow("en 1") << u"en"_s << 1 << u"1 person"_s;
        QTest::newRow("en 120") << u"en"_s << 120 << u"120 people"_s;
    }

    void attendanceSuffix()
    {
        QFETCH(QString, language);
        QFETCH(int, attendance);
        QFETCH(QString, expected);
        Test::ScopedTranslation translation(language);
        MetadataPanel panel;
        Resource r;
        r.id = 1;
        r.attendance = attendance;
        panel.setResource(r);
        QCOMPARE(panel.attendanceSpin()->text(), expected);
        // Changed in the box: the word follows the number.
        panel.attendanceSpin()->setValue(1);
        QCOMPARE(panel.attendanceSpin()->text(), language == u"fr" ? u"1 personne"_s : u"1 person"_s);
        panel.attendanceSpin()->setValue(2);
        QCOMPARE(panel.attendanceSpin()->text(), language == u"fr" ? u"2 personnes"_s : u"2 people"_s);
        // Typing a number digit by digit is not disturbed by the word changing after the first one.
        panel.attendanceSpin()->selectAll();
        QTest::keyClicks(panel.attendanceSpin(), u"125"_s);
        QCOMPARE(panel.attendanceSpin()->value(), 125);
        QCOMPARE(panel.attendanceSpin()->text(), language == u"fr" ? u"125 personnes"_s : u"125 people"_s);
    }

    // The totals once, and in words ("1 créée", not "Créées : 1" under "Créées : 1, …").
    void importReportTotalsOnce_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fr") << u"fr"_s << u"1 créée, 0 mise à jour, 2 inchangées."_s;
        QTest::newRow("en") << u"en"_s << u"1 created, 0 updated, 2 unchanged."_s;
    }

    void importReportTotalsOnce()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        Test::ScopedTranslation translation(language);
        ImportReport report;
        report.created = 1;
        report.unchanged = 2;
        for (auto outcome : {ImportReport::Outcome::Created, ImportReport::Outcome::Unchanged,
                             ImportReport::Outcome::Unchanged}) {
            ImportReport::Line line;
            line.title = u"Séminaire"_s;
            line.outcome = outcome;
            report.lines.append(line);
        }
        ImportReportDialog dialog(report);
        auto *totals = dialog.findChild<QLabel *>(u"importTotals"_s);
        QVERIFY(totals);
        QCOMPARE(totals->text(), expected);
        // Said once in the whole dialog: no other label repeats a total.
        int mentions = 0;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            mentions += label->text().contains(u'2');
        QCOMPARE(mentions, 1);
        if (const QString dir = qEnvironmentVariable("ACTES_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.show();
            dialog.grab().save(QDir(dir).filePath(u"import-report-%1.png"_s.arg(language)));
        }
    }

    // Both versions show their images, read from the library as the editors do.
    void conflictDialogShowsImages()
    {
        auto repo = SqliteRepository::open(m_dir.filePath(u"images.actes"_s), OpenMode::ReadWrite);
        QImage picture(40, 30, QImage::Format_RGB32);
        picture.fill(Qt::darkGreen);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        picture.save(&buffer, "PNG");
        const QString key = repo->storeImage(png, u"image/png"_s);
        Resource mine;
        mine.id = 1;
        mine.title = u"Avec photo"_s;
        mine.bodyHtml = u"<p>Texte</p><p><img src=\"actes-image:%1\" alt=\"photo\"/></p>"_s.arg(key);
        Resource theirs = mine;
        theirs.bodyHtml = u"<p>Autre texte</p><p><img src=\"actes-image:%1\" alt=\"photo\"/></p>"_s.arg(key);

        ConflictDialog dialog(mine, theirs, repo.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (const QString dir = qEnvironmentVariable("ACTES_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(QDir(dir).filePath(u"conflict.png"_s));
        const QList<QTextBrowser *> views = dialog.findChildren<QTextBrowser *>(u"conflictVersion"_s);
        QCOMPARE(views.size(), 2);
        for (QTextBrowser *view : views) {
            const QVariant resource = view->document()->resource(QTextDocument::ImageResource,
                                                                 QUrl(u"actes-image:"_s + key));
            const QImage shown = resource.value<QImage>();
            QVERIFY2(!shown.isNull(), "the image is not loaded: a broken icon is shown");
            QCOMPARE(shown.size(), picture.size());
            QCOMPARE(shown.pixelColor(5, 5), QColor(Qt::darkGreen));
        }
    }
};

QTEST_MAIN(TestWording)
#include "tst_wording.moc"
