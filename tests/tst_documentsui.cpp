// In the window, the hints about attached documents: the warning "the text mentions a slide
// deck that is not attached" and its Dismiss (undoable), the import report's documents to
// attach, the website export's report and preview of attachments.
#include "dialogs/importreportdialog.h"
#include "export/siteexport.h"
#include "export/siteexportdialog.h"
#include "import/websitedumpimporter.h"
#include "metadata/metadatapanel.h"
#include "review/checks.h"
#include "review/checkslist.h"
#include "review/sitepreviewdialog.h"
#include "storage/sqliterepository.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace Actes;
using namespace Qt::StringLiterals;

namespace {

Resource complete()
{
    Resource r;
    r.title = u"Rencontre « l’économie de proximité »"_s;
    r.type = u"Compte rendu"_s;
    r.privateConfirmed = true;
    r.dateStart = QDate(2024, 3, 14);
    r.dateEnd = QDate(2024, 3, 15);
    r.place = u"Lille"_s;
    r.summaryHtml = u"<p>Les élu·es ont échangé sur l’œuvre commune.</p>"_s;
    r.bodyHtml = u"<p>Première version du texte\u00a0: les acteurs locaux.</p>"_s;
    r.participants = {Participant{0, u"Anaïs Lefèvre"_s, u"Élue"_s, u"Ville de Lille"_s, u"Intervenante"_s}};
    r.partners = {Partner{0, u"Ville de Lille"_s, u"Hôte"_s}};
    return r;
}

int rowOfField(const ChecksList *checks, const QString &field)
{
    const QList<Problem> problems = checks->problems();
    for (int i = 0; i < problems.size(); ++i)
        if (problems.at(i).field == field)
            return i;
    return -1;
}

QString screenshotDir()
{
    return qEnvironmentVariable("ACTES_SCREENSHOT_DIR");
}

} // namespace

class TestDocumentsUi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_repo = SqliteRepository::open(m_dir->filePath(u"bibliothèque.actes"_s));
        m_repo->addResourceType(u"Compte rendu"_s);
    }
    void cleanup()
    {
        m_repo.reset();
        m_dir.reset();
    }

    void dismissDocumentWarningAndUndo();
    void importReportListsDocumentsToAttach();
    void siteExportReportListsLeftOutAttachments();
    void sitePreviewListsPublicAttachmentsOnly();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteRepository> m_repo;
};

// "The text mentions a slide deck that is not attached": Dismiss records it on the resource,
// undoably; a blocking problem cannot be dismissed.
void TestDocumentsUi::dismissDocumentWarningAndUndo()
{
    Resource r = complete();
    r.type.clear();   // a blocking problem too
    r.bodyHtml += u"<p>Retrouvez le diaporama de présentation de la journée.</p>"_s;
    MetadataPanel panel;
    panel.setRepository(m_repo.get());
    panel.setResource(r);
    panel.resize(360, 800);
    panel.show();
    QApplication::setActiveWindow(&panel);
    QVERIFY(QTest::qWaitForWindowActive(&panel));

    ChecksList *checks = panel.checksList();
    const int row = rowOfField(checks, u"attachments"_s);
    QVERIFY(row >= 0);
    QCOMPARE(checks->problems().at(row).key, u"document-slides"_s);
    QCOMPARE(checks->problems().at(row).level, Problem::Warning);
    QVERIFY(checks->problems().at(row).message.contains(u"slide deck"_s));
    QVERIFY(checks->dismissButton()->isVisible());

    // A blocking problem selected: nothing to dismiss.
    QListWidget *list = checks->listWidget();
    list->setCurrentRow(rowOfField(checks, u"type"_s));
    QVERIFY(!checks->dismissButton()->isEnabled());
    QVERIFY(!checks->dismissAction()->isEnabled());

    list->setCurrentRow(row);
    QVERIFY(checks->dismissButton()->isEnabled());
    if (!screenshotDir().isEmpty())
        checks->grab().save(QDir(screenshotDir()).filePath(u"checks-document-warning.png"_s));
    QUndoStack *undo = panel.document()->undoStack();
    const int before = undo->count();
    QTest::mouseClick(checks->dismissButton(), Qt::LeftButton);
    QCOMPARE(rowOfField(checks, u"attachments"_s), -1);
    QCOMPARE(panel.document()->dismissedChecks(), QStringList{u"document-slides"_s});
    QCOMPARE(undo->count(), before + 1);
    QVERIFY(!checks->dismissButton()->isVisible());   // nothing left to dismiss

    undo->undo();
    QVERIFY(panel.document()->dismissedChecks().isEmpty());
    QVERIFY(rowOfField(checks, u"attachments"_s) >= 0);
    undo->redo();
    QCOMPARE(rowOfField(checks, u"attachments"_s), -1);
    undo->undo();

    // The keyboard: Delete on the selected warning.
    list->setFocus();
    list->setCurrentRow(rowOfField(checks, u"attachments"_s));
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(panel.document()->dismissedChecks(), QStringList{u"document-slides"_s});

    // Read-only: no dismissing.
    undo->undo();
    panel.setReadOnly(true);
    list->setCurrentRow(rowOfField(checks, u"attachments"_s));
    QVERIFY(!checks->dismissButton()->isEnabled());
    checks->dismissRow(rowOfField(checks, u"attachments"_s));
    QVERIFY(panel.document()->dismissedChecks().isEmpty());
}

void TestDocumentsUi::importReportListsDocumentsToAttach()
{
    QFile file(QStringLiteral(ACTES_TEST_DATA "/websitedump/documents.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ImportReport report = WebsiteDumpImporter(*m_repo).importData(file.readAll(), u"documents.txt"_s);
    ImportReportDialog dialog(report);
    QTreeWidget *lines = dialog.lines();
    QCOMPARE(lines->topLevelItemCount(), 3);
    QTreeWidgetItem *seminar = lines->topLevelItem(0);
    QCOMPARE(seminar->childCount(), 6);
    QVERIFY2(seminar->child(0)->text(0).contains(u"Retrouvez le diaporama de présentation"_s),
             qPrintable(seminar->child(0)->text(0)));
    QVERIFY(seminar->isExpanded());
    QCOMPARE(lines->topLevelItem(2)->childCount(), 0);
    auto *totals = dialog.findChild<QLabel *>(u"importTotals"_s);
    QVERIFY(totals);
    QVERIFY2(totals->text().contains(u"8 document"_s), qPrintable(totals->text()));
    if (!screenshotDir().isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(QDir(screenshotDir()).filePath(u"import-report-documents.png"_s));
    }
}

void TestDocumentsUi::siteExportReportListsLeftOutAttachments()
{
    SiteExportResult result;
    result.ok = true;
    result.written.append({1, u"Séminaire"_s, u"seminaire.html"_s, {}, {u"files/seminaire-programme.pdf"_s}, 1});
    result.leftOutAttachments.append({1, u"Séminaire"_s, u"Diaporama interne"_s, true,
                                      u"“Diaporama interne”, attached to “Séminaire”, was left out: it is for members only."_s});
    result.fileCount = 3;
    const QString html = SiteExportDialog::reportHtml(result, u"/tmp/site"_s);
    QVERIFY2(html.contains(u"Diaporama interne"_s), qPrintable(html));
    QVERIFY2(html.contains(u"(2 attached document"_s), qPrintable(html));
}

void TestDocumentsUi::sitePreviewListsPublicAttachmentsOnly()
{
    Resource r = complete();
    Attachment programme;
    programme.title = u"Programme de la journée"_s;
    programme.kind = AttachmentKind::Programme;
    programme.fileName = u"programme.pdf"_s;
    programme.mimeType = u"application/pdf"_s;
    programme.size = 48'000;
    programme.sha256 = QString(64, u'b');
    Attachment internal = programme;
    internal.title = u"Diaporama interne"_s;
    internal.fileName = u"interne.pdf"_s;
    internal.membersOnly = true;
    r.attachments = {programme, internal};
    const QString html = SitePreviewDialog::pageHtml(r, {});
    QVERIFY2(html.contains(u"Programme de la journée</a> \u2014 PDF, 48\u00A0ko"_s), qPrintable(html));
    QVERIFY(!html.contains(u"interne"_s));

    SitePreviewDialog preview(m_repo.get());
    preview.setResource(r);
    QVERIFY2(preview.banner()->text().contains(u"members only"_s), qPrintable(preview.banner()->text()));
}

QTEST_MAIN(TestDocumentsUi)
#include "tst_documentsui.moc"
