// The proceedings export dialog: selection order, left-out resources, file name suggestion,
// export in a worker thread (with cancel), live preview, print preview. Real SqliteRepository
// on a temporary file; the PDFs are read back with QtPdf.

#include "translationtest.h"

#include "export/exportdialog.h"
#include "export/preloadedimages.h"
#include "export/printsupport.h"
#include "export/proceedingsexporter.h"
#include "export/proceedingspreview.h"
#include "settings/settings.h"
#include "storage/sqliterepository.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

#include "memoryrepository.h"

using namespace Actes;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Actes::ProceedingsResult)

namespace {

constexpr int kExportTimeoutMs = 120000;

QString allText(const QString &file)
{
    QPdfDocument document;
    if (document.load(file) != QPdfDocument::Error::None)
        return {};
    QString text;
    for (int page = 0; page < document.pageCount(); ++page)
        text += document.getAllText(page).text() + u'\n';
    return text;
}

// PDF text extraction may turn no-break spaces into spaces: compare on simplified text.
QString plain(QString text)
{
    text.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
    return text.simplified();
}

Resource makeResource(const QString &title, const QDate &start, const QDate &end, bool isPrivate = false)
{
    Resource r;
    r.title = title;
    r.type = u"Rencontre"_s;
    r.dateStart = start;
    r.dateEnd = end.isValid() ? end : start;
    r.place = u"Lyon"_s;
    r.isPrivate = isPrivate;
    r.privateConfirmed = true;   // someone confirmed it, either way
    r.summaryHtml = u"<p>Une journée d’échanges sur l’économie sociale et solidaire.</p>"_s;
    r.bodyHtml = u"<p>Les élus ont présenté leurs « clauses sociales » ; la dynamique se confirme.</p>"_s;
    return r;
}

QString longBody()
{
    QString html;
    for (int s = 1; s <= 6; ++s) {
        html += u"<h2>Atelier %1 : coopérer sur le territoire</h2>"_s.arg(s);
        for (int i = 0; i < 5; ++i)
            html += u"<p>Les pôles territoriaux de coopération économique réunissent des entreprises de "
                    "l’économie sociale et solidaire, des collectivités et des chercheurs pour mettre en œuvre "
                    "des projets innovants ; la dynamique se confirme d’année en année.</p>"_s;
    }
    return html;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsSelectionInDateOrder();
    void reorderChangesExportOrder();
    void dragAndDropMoveChangesOrder();
    void privateResourcesAreLeftOutUnlessInternal();
    void unconfirmedPrivacyIsLeftOutAndSaidSo();
    void suggestedFileNameFollowsInternalEdition();
    void titleDefaultsFromSelectionUntilEdited();
    void exportWritesPdf();
    void cancelLeavesNoFile();
    void previewShowsPages();
    void onlyPrivateSelectionExplainsWhy();
    void imagesArePreloaded();
    void attachedPdfsBoundAsAnnexes();
    void printPreviewPaintsPages();
    void choicesAreRemembered();
    void widgetsHaveAccessibleNames();
    void frenchOptionsFitAt1366x768_data();
    void frenchOptionsFitAt1366x768();
    void screenshot();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteRepository> m_repo;
    qint64 m_seminar = 0;    // 3–4 May 2016, with an image
    qint64 m_rennes = 0;     // 15 December 2015
    qint64 m_summer = 0;     // 30 June – 2 July 2015
    qint64 m_secret = 0;     // private, 10 January 2014
    QList<qint64> m_ids;     // deliberately not in date order
    QString m_imageKey;
};

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<Actes::ProceedingsResult>();
    QVERIFY(m_dir.isValid());
}

void TestExportDialog::init()
{
    static int n = 0;
    m_repo = SqliteRepository::open(m_dir.filePath(u"library-%1.actes"_s.arg(++n)));
    QFile photo(QStringLiteral(ACTES_TEST_DATA "/pdf/photo.jpg"));
    QVERIFY(photo.open(QIODevice::ReadOnly));
    m_imageKey = m_repo->storeImage(photo.readAll(), u"image/jpeg"_s);

    Resource seminar = makeResource(u"Séminaire PTCE à Lyon"_s, QDate(2016, 5, 3), QDate(2016, 5, 4));
    seminar.bodyHtml += u"<p><img src=\"actes-image:%1\" alt=\"Photo de groupe\"></p>"_s.arg(m_imageKey);
    m_seminar = m_repo->createResource(seminar).id;
    m_rennes = m_repo->createResource(makeResource(u"Étape de Rennes du Tour de France"_s, QDate(2015, 12, 15), {})).id;
    m_secret = m_repo->createResource(makeResource(u"Conclave Zorglub"_s, QDate(2014, 1, 10), {}, true)).id;
    m_summer = m_repo->createResource(makeResource(u"Université d’été du réseau"_s, QDate(2015, 6, 30), QDate(2015, 7, 2))).id;
    m_ids = {m_seminar, m_secret, m_rennes, m_summer};
}

void TestExportDialog::cleanup()
{
    m_repo.reset();
}

void TestExportDialog::listsSelectionInDateOrder()
{
    ExportDialog dialog(m_repo.get(), m_ids);
    const QList<qint64> expected = {m_secret, m_summer, m_rennes, m_seminar};
    QCOMPARE(dialog.orderedIds(), expected);
    QListWidget *list = dialog.resourceList();
    QCOMPARE(list->count(), 4);
    QCOMPARE(list->item(0)->text(), u"Conclave Zorglub"_s);
    QCOMPARE(list->item(3)->text(), u"Séminaire PTCE à Lyon"_s);
    // The private one says so.
    QVERIFY(list->item(0)->toolTip().contains(u"Private"_s));
    QVERIFY(list->item(1)->toolTip().isEmpty());
}

void TestExportDialog::reorderChangesExportOrder()
{
    ExportDialog dialog(m_repo.get(), m_ids);
    dialog.setResultMessagesEnabled(false);
    QListWidget *list = dialog.resourceList();
    list->setCurrentRow(3);                       // the seminar, last by date
    dialog.moveUp();
    dialog.moveUp();
    const QList<qint64> moved = {m_secret, m_seminar, m_summer, m_rennes};
    QCOMPARE(dialog.orderedIds(), moved);
    QCOMPARE(list->currentRow(), 1);
    QCOMPARE(dialog.orderedResources().at(1).title, u"Séminaire PTCE à Lyon"_s);

    // The exporter gets this order: the contents page lists the seminar first.
    const QString path = m_dir.filePath(u"reordered.pdf"_s);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QVERIFY(dialog.exportToFile(path));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kExportTimeoutMs);
    QVERIFY(finished.at(0).at(0).value<ProceedingsResult>().ok);
    const QString text = plain(allText(path));
    const qsizetype seminar = text.indexOf(u"Séminaire PTCE à Lyon"_s);
    const qsizetype summer = text.indexOf(u"Université d’été du réseau"_s);
    const qsizetype rennes = text.indexOf(u"Étape de Rennes du Tour de France"_s);
    QVERIFY(seminar >= 0 && summer >= 0 && rennes >= 0);
    QVERIFY2(seminar < summer && summer < rennes, qPrintable(text.left(600)));

    // Down, then back to the date order.
    list->setCurrentRow(1);
    dialog.moveDown();
    QCOMPARE(dialog.orderedIds().at(2), m_seminar);
    dialog.sortByEventDate();
    const QList<qint64> byDate = {m_secret, m_summer, m_rennes, m_seminar};
    QCOMPARE(dialog.orderedIds(), byDate);
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toLongLong(), m_seminar);   // stays selected
}

void TestExportDialog::dragAndDropMoveChangesOrder()
{
    ExportDialog dialog(m_repo.get(), m_ids);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.preview()->isUpdating(), kExportTimeoutMs);
    // An internal drag and drop moves the row in the list's model.
    QAbstractItemModel *model = dialog.resourceList()->model();
    QVERIFY(model->moveRow(QModelIndex(), 3, QModelIndex(), 0));
    const QList<qint64> dropped = {m_seminar, m_secret, m_summer, m_rennes};
    QCOMPARE(dialog.orderedIds(), dropped);
    // The preview is asked again with the new order.
    QVERIFY(dialog.preview()->isUpdating());
}

// Issue #10, item 1: nobody confirmed it is public, so it is left out, and the dialog says why.
void TestExportDialog::unconfirmedPrivacyIsLeftOutAndSaidSo()
{
    Resource unconfirmed = makeResource(u"Atelier Quokkaland"_s, QDate(2015, 3, 5), {});
    unconfirmed.privateConfirmed = false;
    const qint64 id = m_repo->createResource(unconfirmed).id;
    ExportDialog dialog(m_repo.get(), {m_rennes, id});
    QListWidget *leftOut = dialog.leftOutList();
    QCOMPARE(leftOut->count(), 1);
    const QString why = leftOut->item(0)->text();
    QVERIFY2(why.contains(u"Atelier Quokkaland"_s) && why.contains(u"privacy not confirmed"_s), qPrintable(why));
    QListWidgetItem *row = dialog.resourceList()->item(dialog.orderedIds().indexOf(id));
    QVERIFY(row->data(Qt::UserRole + 3).toBool());   // shown as left out
    QVERIFY2(row->toolTip().contains(u"Privacy not confirmed"_s), qPrintable(row->toolTip()));
    QVERIFY(!dialog.titleEdit()->text().contains(u"Quokkaland"_s));
    dialog.internalCheck()->setChecked(true);
    QCOMPARE(leftOut->count(), 0);
}

void TestExportDialog::privateResourcesAreLeftOutUnlessInternal()
{
    ExportDialog dialog(m_repo.get(), m_ids);
    QListWidget *leftOut = dialog.leftOutList();
    QCOMPARE(leftOut->count(), 1);
    QVERIFY(!leftOut->isHidden());
    const QString why = leftOut->item(0)->text();
    QVERIFY2(why.contains(u"Conclave Zorglub"_s) && why.contains(u"private"_s), qPrintable(why));
    QVERIFY(why.contains(u"internal edition"_s));
    QCOMPARE(dialog.leftOutMessages(), QStringList{why});
    // The dialog says why in words, and how to include them.
    const QString heading = dialog.findChild<QLabel *>(u"leftOutHeading"_s)->text();
    QVERIFY2(heading.contains(u"Left out: 1 resource"_s) && heading.contains(u"Internal edition"_s),
             qPrintable(heading));
    QVERIFY(dialog.internalNotice()->isHidden());
    QVERIFY(dialog.resourceList()->item(0)->data(Qt::UserRole + 3).toBool());   // shown as left out

    dialog.internalCheck()->setChecked(true);
    QCOMPARE(leftOut->count(), 0);
    QVERIFY(leftOut->isHidden());
    QVERIFY(dialog.leftOutMessages().isEmpty());
    QVERIFY(dialog.findChild<QLabel *>(u"leftOutHeading"_s)->text().contains(u"nothing"_s));
    QVERIFY(dialog.findChild<QLabel *>(u"leftOutExplanation"_s)->text().contains(u"1 private resource"_s));
    QVERIFY(!dialog.internalNotice()->isHidden());
    QVERIFY(dialog.internalNotice()->text().contains(ProceedingsExporter::internalMark().toHtmlEscaped()));
    QVERIFY(dialog.options().includePrivate);
    QVERIFY(!dialog.resourceList()->item(0)->data(Qt::UserRole + 3).toBool());

    dialog.internalCheck()->setChecked(false);
    QCOMPARE(leftOut->count(), 1);
    QVERIFY(dialog.internalNotice()->isHidden());
}

void TestExportDialog::suggestedFileNameFollowsInternalEdition()
{
    ExportDialog dialog(m_repo.get(), m_ids);
    const QString publicName = dialog.suggestedFileName();
    QVERIFY(publicName.endsWith(u".pdf"_s));
    QCOMPARE(publicName, ProceedingsExporter::suggestedFileName(dialog.options(), dialog.orderedResources()));
    QCOMPARE(dialog.fileNameLabel()->text(), publicName);

    dialog.internalCheck()->setChecked(true);
    const QString internalName = dialog.suggestedFileName();
    QVERIFY(internalName != publicName);
    QVERIFY2(internalName.contains(u"interne"_s), qPrintable(internalName));   // the library's language
    QCOMPARE(dialog.fileNameLabel()->text(), internalName);

    dialog.internalCheck()->setChecked(false);
    QCOMPARE(dialog.suggestedFileName(), publicName);
}

void TestExportDialog::titleDefaultsFromSelectionUntilEdited()
{
    ExportDialog dialog(m_repo.get(), m_ids);
    const QList<Resource> resources = dialog.orderedResources();
    QCOMPARE(dialog.titleEdit()->text(), ProceedingsExporter::defaultTitle(resources, false));
    // The private resource of 2014 widens the period of the internal edition only.
    dialog.internalCheck()->setChecked(true);
    QCOMPARE(dialog.titleEdit()->text(), ProceedingsExporter::defaultTitle(resources, true));
    QVERIFY(dialog.titleEdit()->text().contains(u"2014"_s));
    dialog.internalCheck()->setChecked(false);

    // Once the user typed a title, it stays.
    dialog.titleEdit()->selectAll();
    QTest::keyClicks(dialog.titleEdit(), u"Actes 2015-2016"_s);
    dialog.internalCheck()->setChecked(true);
    QCOMPARE(dialog.titleEdit()->text(), u"Actes 2015-2016"_s);
    QCOMPARE(dialog.options().title, u"Actes 2015-2016"_s);
    QVERIFY(dialog.suggestedFileName().startsWith(u"Actes 2015-2016"_s));

    // One resource: its own title.
    ExportDialog single(m_repo.get(), {m_rennes});
    QCOMPARE(single.titleEdit()->text(), u"Étape de Rennes du Tour de France"_s);
}

void TestExportDialog::exportWritesPdf()
{
    ExportDialog dialog(m_repo.get(), m_ids);
    dialog.subtitleEdit()->setText(u"Coopérer pour l’économie sociale et solidaire"_s);
    dialog.networkEdit()->setText(u"Réseau des collectivités"_s);
    dialog.show();
    const QString path = m_dir.filePath(u"actes.pdf"_s);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QVERIFY(dialog.exportToFile(path));
    QVERIFY(dialog.isExporting());
    QVERIFY(!dialog.progressBar()->isHidden());
    QVERIFY(!dialog.exportButton()->isEnabled());
    QVERIFY(!dialog.exportToFile(path));          // one at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kExportTimeoutMs);

    const auto result = finished.at(0).at(0).value<ProceedingsResult>();
    QVERIFY2(result.ok, qPrintable(result.errorMessage));
    QCOMPARE(finished.at(0).at(1).toString(), path);
    QVERIFY(!dialog.isExporting());
    QVERIFY(dialog.progressBar()->isHidden());
    QVERIFY(dialog.exportButton()->isEnabled());

    QPdfDocument pdf;
    QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
    QVERIFY(pdf.pageCount() > 0);
    QCOMPARE(pdf.pageCount(), result.pageCount);
    const QString text = plain(allText(path));
    QVERIFY(text.contains(u"Séminaire PTCE à Lyon"_s));
    QVERIFY(text.contains(u"Coopérer pour l’économie sociale et solidaire"_s));
    QVERIFY(!text.contains(u"Zorglub"_s));        // private, not in the public edition

    // The user is told, with the page count and a way to open the file.
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(u"exportResultBox"_s)) != nullptr);
    QVERIFY2(box->text().contains(QString::number(result.pageCount)), qPrintable(box->text()));
    QVERIFY(box->findChild<QPushButton *>(u"openPdfButton"_s));
    box->close();

    // Internal edition: the private resource and the mark are in.
    dialog.internalCheck()->setChecked(true);
    const QString internalPath = m_dir.filePath(u"actes-interne.pdf"_s);
    QVERIFY(dialog.exportToFile(internalPath));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kExportTimeoutMs);
    QVERIFY(finished.at(1).at(0).value<ProceedingsResult>().ok);
    const QString internalText = plain(allText(internalPath));
    QVERIFY(internalText.contains(u"Conclave Zorglub"_s));
    QVERIFY(internalText.contains(plain(ProceedingsExporter::internalMark().toUpper())));   // in the footers
}

void TestExportDialog::cancelLeavesNoFile()
{
    // Enough pages that the export is still running when Cancel is pressed.
    QList<qint64> ids;
    for (int i = 0; i < 40; ++i) {
        Resource r = makeResource(u"Rencontre n°%1"_s.arg(i + 1), QDate(2016, 1, 1).addDays(i), {});
        r.bodyHtml = longBody();
        ids << m_repo->createResource(r).id;
    }
    ExportDialog dialog(m_repo.get(), ids);
    dialog.show();
    const QString path = m_dir.filePath(u"cancelled.pdf"_s);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QVERIFY(dialog.exportToFile(path));
    dialog.cancelExport();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kExportTimeoutMs);
    const auto result = finished.at(0).at(0).value<ProceedingsResult>();
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QVERIFY(!QFile::exists(path));
    QVERIFY(dialog.findChild<QLabel *>(u"exportStatus"_s)->text().contains(u"cancelled"_s));
    QVERIFY(!dialog.findChild<QMessageBox *>(u"exportResultBox"_s));   // no error box for a cancel
    QVERIFY(dialog.exportButton()->isEnabled());

    // Escape during an export cancels it and keeps the dialog open.
    QVERIFY(dialog.exportToFile(path));
    dialog.reject();
    QVERIFY(dialog.isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kExportTimeoutMs);
    QVERIFY(finished.at(1).at(0).value<ProceedingsResult>().cancelled);
    QVERIFY(!QFile::exists(path));
}

void TestExportDialog::previewShowsPages()
{
    ExportDialog dialog(m_repo.get(), m_ids);
    dialog.show();
    ProceedingsPreview *preview = dialog.preview();
    QPdfView *view = preview->view();
    QCOMPARE(view->pageMode(), QPdfView::PageMode::MultiPage);
    QCOMPARE(view->zoomMode(), QPdfView::ZoomMode::FitToWidth);
    QTRY_VERIFY_WITH_TIMEOUT(preview->pageCount() > 0, kExportTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!preview->isUpdating(), kExportTimeoutMs);
    QCOMPARE(view->document(), preview->document());
    const int publicPages = preview->pageCount();
    QString text;
    for (int page = 0; page < preview->document()->pageCount(); ++page)
        text += preview->document()->getAllText(page).text();
    QVERIFY(plain(text).contains(u"Séminaire PTCE à Lyon"_s));
    QVERIFY(!text.contains(u"Zorglub"_s));

    // A change of option gives a new preview, without blocking: the call returns at once.
    QSignalSpy updated(preview, &ProceedingsPreview::updated);
    dialog.internalCheck()->setChecked(true);
    QVERIFY(preview->isUpdating());
    QTRY_VERIFY_WITH_TIMEOUT(updated.size() >= 1, kExportTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!preview->isUpdating(), kExportTimeoutMs);
    text.clear();
    for (int page = 0; page < preview->document()->pageCount(); ++page)
        text += preview->document()->getAllText(page).text();
    QVERIFY(text.contains(u"Zorglub"_s));
    QVERIFY(preview->pageCount() > publicPages);

    // Several quick changes give one preview (debounced), of the last state.
    updated.clear();
    dialog.pageSizeCombo()->setCurrentIndex(1);
    dialog.subtitleEdit()->setText(u"Un"_s);
    dialog.subtitleEdit()->setText(u"Deux"_s);
    QTRY_VERIFY_WITH_TIMEOUT(updated.size() >= 1, kExportTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!preview->isUpdating(), kExportTimeoutMs);
    QCOMPARE(updated.size(), 1);
    const QSizeF letter = preview->document()->pagePointSize(0);
    QVERIFY2(qAbs(letter.width() - 612) < 1 && qAbs(letter.height() - 792) < 1,
             qPrintable(u"%1 x %2"_s.arg(letter.width()).arg(letter.height())));
}

void TestExportDialog::onlyPrivateSelectionExplainsWhy()
{
    ExportDialog dialog(m_repo.get(), {m_secret});
    QVERIFY(!dialog.exportButton()->isEnabled());
    QCOMPARE(dialog.leftOutList()->count(), 1);
    dialog.preview()->updateNow();
    QVERIFY(!dialog.preview()->isUpdating());
    auto *message = dialog.findChild<QLabel *>(u"previewMessage"_s);
    QVERIFY(message->text().contains(u"private"_s));
    QCOMPARE(dialog.preview()->pageCount(), 0);

    dialog.internalCheck()->setChecked(true);
    QVERIFY(dialog.exportButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.preview()->pageCount() > 0, kExportTimeoutMs);
}

void TestExportDialog::imagesArePreloaded()
{
    const QList<Resource> resources = m_repo->loadResources(m_ids);
    QCOMPARE(referencedImageKeys(resources), QList<QString>{m_imageKey});
    const auto loader = preloadedImageLoader(*m_repo, resources);
    // The loader no longer needs the repository (it runs in the export thread).
    m_repo.reset();
    QVERIFY(!loader(m_imageKey).isEmpty());
    QVERIFY(loader(u"unknown"_s).isEmpty());
}

void TestExportDialog::printPreviewPaintsPages()
{
    ProceedingsOptions options;
    options.title = u"Actes"_s;
    int pages = -1;
    bool found = false;
    QTimer::singleShot(0, this, [&] {
        // Runs inside the preview dialog's event loop.
        QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);   // wait for it
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (dialog) {
            found = true;
            if (auto *widget = dialog->findChild<QPrintPreviewWidget *>())
                QTRY_VERIFY((pages = widget->pageCount()) > 0);
            const QString dir = qEnvironmentVariable("ACTES_SCREENSHOT_DIR");
            if (!dir.isEmpty()) {
                dialog->resize(1000, 700);
                QTest::qWait(300);
                dialog->grab().save(QDir(dir).filePath(u"print-preview.png"_s));
            }
            dialog->reject();
        }
    });
    printPreview(nullptr, m_repo.get(), m_ids, options);
    QVERIFY(found);
    QVERIFY2(pages > 0, qPrintable(QString::number(pages)));
}

void TestExportDialog::choicesAreRemembered()
{
    const QString path = m_dir.filePath(u"remembered.pdf"_s);
    {
        ExportDialog dialog(m_repo.get(), m_ids);
        dialog.setResultMessagesEnabled(false);
        dialog.networkEdit()->setText(u"Réseau des collectivités"_s);
        dialog.pageSizeCombo()->setCurrentIndex(1);        // Letter
        dialog.setLogoPath(QStringLiteral(ACTES_TEST_DATA "/pdf/logo.png"));
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        QVERIFY(dialog.exportToFile(path));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kExportTimeoutMs);
        QVERIFY(finished.at(0).at(0).value<ProceedingsResult>().ok);
    }
    ExportDialog again(m_repo.get(), {m_rennes});
    QCOMPARE(again.networkEdit()->text(), u"Réseau des collectivités"_s);
    QCOMPARE(again.options().pageSize.id(), QPageSize::Letter);
    QCOMPARE(again.logoPath(), QStringLiteral(ACTES_TEST_DATA "/pdf/logo.png"));
    const ProceedingsOptions fromSettings = proceedingsOptionsFromSettings(Settings());
    QCOMPARE(fromSettings.networkName, u"Réseau des collectivités"_s);
    QCOMPARE(fromSettings.pageSize.id(), QPageSize::Letter);

    // Back to the defaults for the other tests.
    Settings settings;
    settings.setProceedingsNetworkName({});
    settings.setProceedingsLogoPath({});
    settings.setProceedingsPageSize(QPageSize::A4);
}

void TestExportDialog::widgetsHaveAccessibleNames()
{
    ExportDialog dialog(m_repo.get(), m_ids);
    const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool input = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                || qobject_cast<QListWidget *>(widget) || qobject_cast<QAbstractButton *>(widget);
        if (!input || widget->parent()->inherits("QLineEdit") || widget->parent()->inherits("QComboBox"))
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        const bool named = !widget->accessibleName().isEmpty() || (button && !button->text().isEmpty());
        QVERIFY2(named, qPrintable(widget->objectName() + u" ("_s + QString::fromLatin1(widget->metaObject()->className()) + u')'));
    }
}

// On a 1366×768 screen, in French, every text of the options pane and of the "left out"
// explanation is shown whole: no label, check box or button is narrower than its text, and
// the pane needs no horizontal scrolling (which is off: it would cut the right edge).
void TestExportDialog::frenchOptionsFitAt1366x768_data()
{
    QTest::addColumn<bool>("internal");
    QTest::addColumn<bool>("narrowest");   // the splitter dragged as far left as it goes
    QTest::newRow("public edition") << false << false;
    QTest::newRow("internal edition") << true << false;
    QTest::newRow("public edition, pane at its narrowest") << false << true;
    QTest::newRow("internal edition, pane at its narrowest") << true << true;
}

void TestExportDialog::frenchOptionsFitAt1366x768()
{
    QFETCH(bool, internal);
    QFETCH(bool, narrowest);
    Test::ScopedTranslation french(u"fr"_s);
    ExportDialog dialog(m_repo.get(), m_ids);
    dialog.setLogoPath(QStringLiteral(ACTES_TEST_DATA "/pdf/logo.png"));
    dialog.internalCheck()->setChecked(internal);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(dialog.width() <= 1366 && dialog.height() <= 768 - 40,
             qPrintable(u"%1×%2"_s.arg(dialog.width()).arg(dialog.height())));
    if (narrowest) {
        auto *splitter = dialog.findChild<QSplitter *>(u"exportSplitter"_s);
        splitter->setSizes({0, splitter->width()});
    }
    QCoreApplication::processEvents();

    auto *scroll = dialog.findChild<QScrollArea *>(u"exportOptionsScroll"_s);
    QVERIFY(scroll);
    QWidget *options = scroll->widget();
    QVERIFY2(options->minimumSizeHint().width() <= scroll->viewport()->width(),
             qPrintable(u"the options need %1 px, the pane shows %2"_s.arg(options->minimumSizeHint().width())
                            .arg(scroll->viewport()->width())));
    QStringList clipped;
    const auto check = [&clipped](QWidget *w, const QString &text, bool fits) {
        if (!fits)
            clipped << u"%1 “%2” (%3 px wide)"_s.arg(QString::fromLatin1(w->metaObject()->className()), text).arg(w->width());
    };
    for (QWidget *w : options->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(&dialog))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty() || label->objectName() == u"logoName"_s)   // a file name, elided on purpose
                continue;
            const bool fits = label->wordWrap() ? label->heightForWidth(label->width()) <= label->height()
                                                : label->sizeHint().width() <= label->width();
            check(label, label->text(), fits);
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            check(button, button->text(), button->sizeHint().width() <= button->width());
        }
    }
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u"\n"_s)));

    // The list of what is left out shows its (at most three) explanations whole, without scrolling.
    auto *leftOut = dialog.findChild<QListWidget *>(u"leftOutList"_s);
    if (!internal) {
        QVERIFY(leftOut->isVisible());
        QCOMPARE(leftOut->count(), 1);
        const QRect row = leftOut->visualItemRect(leftOut->item(0));
        const QRect text = leftOut->fontMetrics().boundingRect(QRect(0, 0, row.width() - 8, 10000), Qt::TextWordWrap,
                                                               leftOut->item(0)->text());
        QVERIFY2(row.height() >= text.height() && leftOut->viewport()->rect().contains(row),
                 qPrintable(u"row %1 px high in a %2 px view, its text needs %3"_s.arg(row.height())
                                .arg(leftOut->viewport()->height()).arg(text.height())));
        QCOMPARE(leftOut->verticalScrollBar()->maximum(), 0);
    }

    // The counts agree with their number (French: 0 and 1 are singular).
    const QString heading = dialog.findChild<QLabel *>(u"leftOutHeading"_s)->text();
    const QString explanation = dialog.findChild<QLabel *>(u"leftOutExplanation"_s)->text();
    if (internal)
        QCOMPARE(explanation, u"Cette édition interne inclut 1 ressource privée."_s);
    else
        QVERIFY2(heading.contains(u"1 ressource.</b>"_s), qPrintable(heading));
    QVERIFY(!heading.contains(u"(s)"_s) && !explanation.contains(u"(s)"_s));
}

void TestExportDialog::screenshot()
{
    // ACTES_SCREENSHOT_DIR=docs/screenshots ./tst_exportdialog screenshot
    const QString dir = qEnvironmentVariable("ACTES_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set ACTES_SCREENSHOT_DIR to save a screenshot of the dialog.");
    Test::ScopedTranslation french(u"fr"_s);   // the screenshots show the French interface
    ExportDialog dialog(m_repo.get(), m_ids);
    dialog.subtitleEdit()->setText(u"Coopérer pour l’économie sociale et solidaire"_s);
    dialog.networkEdit()->setText(u"Réseau des collectivités Territoriales pour une Économie Solidaire"_s);
    dialog.networkEdit()->setCursorPosition(0);
    dialog.subtitleEdit()->setCursorPosition(0);
    dialog.setLogoPath(QStringLiteral(ACTES_TEST_DATA "/pdf/logo.png"));
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.preview()->pageCount() > 0 && !dialog.preview()->isUpdating(), kExportTimeoutMs);
    QTest::qWait(500);      // let the view render its pages
    QVERIFY(dialog.grab().save(QDir(dir).filePath(u"export-dialog.png"_s)));

    dialog.internalCheck()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.preview()->isUpdating(), kExportTimeoutMs);
    QTest::qWait(500);
    QVERIFY(dialog.grab().save(QDir(dir).filePath(u"export-dialog-internal.png"_s)));
}

// The documents of a resource: the members-only one is listed as left out of the public edition
// (the resource itself is exported); the checkbox binds the attached PDF after its chapter.
void TestExportDialog::attachedPdfsBoundAsAnnexes()
{
    const QString annexPath = m_dir.filePath(u"annex-source.pdf"_s);
    Resource source = makeResource(u"Programme Quetzalcoatl"_s, QDate(2016, 5, 3), {});
    ProceedingsOptions sourceOptions;
    sourceOptions.title = u"Programme Quetzalcoatl"_s;
    const ProceedingsResult made = ProceedingsExporter(sourceOptions).exportTo({source}, annexPath);
    QVERIFY2(made.ok, qPrintable(made.errorMessage));
    QFile annexFile(annexPath);
    QVERIFY(annexFile.open(QIODevice::ReadOnly));
    const QByteArray annex = annexFile.readAll();

    Testing::MemoryRepository library;
    Resource seminar = makeResource(u"Séminaire PTCE à Lyon"_s, QDate(2016, 5, 3), QDate(2016, 5, 4));
    for (const bool membersOnly : {false, true}) {
        Attachment attachment;
        attachment.title = membersOnly ? u"Diaporama Hippocampe"_s : u"Programme du séminaire"_s;
        attachment.kind = membersOnly ? AttachmentKind::Slides : AttachmentKind::Programme;
        attachment.membersOnly = membersOnly;
        attachment.fileName = u"programme.pdf"_s;
        attachment.mimeType = u"application/pdf"_s;
        attachment.size = annex.size();
        attachment.sha256 = library.storeAttachmentData(annex);
        seminar.attachments.append(attachment);
    }
    const qint64 id = library.createResource(seminar).id;

    ExportDialog dialog(&library, {id});
    dialog.setResultMessagesEnabled(false);
    QCheckBox *annexes = dialog.appendAttachmentsCheck();
    QVERIFY(annexes);
    QVERIFY(!annexes->isChecked());
    QVERIFY(!dialog.options().appendAttachments);
    QCOMPARE(dialog.leftOutList()->count(), 1);
    QVERIFY(dialog.leftOutList()->item(0)->text().contains(u"Diaporama Hippocampe"_s));
    QVERIFY(dialog.resourceList()->item(0)->toolTip().isEmpty());   // the resource itself is exported
    QVERIFY(dialog.exportButton()->isEnabled());

    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    const QString plainPath = m_dir.filePath(u"sans-annexes.pdf"_s);
    QVERIFY(dialog.exportToFile(plainPath));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kExportTimeoutMs);
    const auto plainResult = finished.at(0).at(0).value<ProceedingsResult>();
    QVERIFY2(plainResult.ok, qPrintable(plainResult.errorMessage));

    annexes->setChecked(true);
    QVERIFY(dialog.options().appendAttachments);
    QCOMPARE(dialog.options().attachmentLoader(seminar.attachments.at(0).sha256), annex);
    const QString path = m_dir.filePath(u"avec-annexes.pdf"_s);
    QVERIFY(dialog.exportToFile(path));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kExportTimeoutMs);
    const auto result = finished.at(1).at(0).value<ProceedingsResult>();
    QVERIFY2(result.ok, qPrintable(result.errorMessage));
    QCOMPARE(result.pageCount, plainResult.pageCount + made.pageCount);   // the public programme only
    const QString text = plain(allText(path));
    QVERIFY(text.contains(u"Programme Quetzalcoatl"_s));
    QVERIFY(!text.contains(u"Hippocampe"_s));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
