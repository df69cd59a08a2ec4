#include "export/printsupport.h"

#include "dialogs/prompts.h"
#include "export/preloadedimages.h"
#include "export/proceedingsexporter.h"
#include "settings/settings.h"
#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <optional>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

class PrintText
{
    Q_DECLARE_TR_FUNCTIONS(Actes::PrintSupport)
};

bool explainNothingToPrint(QWidget *parent, const QList<Resource> &resources, const ProceedingsOptions &options)
{
    if (!ProceedingsExporter::included(resources, options.includePrivate).isEmpty())
        return false;
    Prompts::inform(parent, PrintText::tr("Nothing to Print"),
                    resources.isEmpty()
                            ? PrintText::tr("There is nothing to print: no resource is selected.")
                            : PrintText::tr("There is nothing to print: every selected resource is "
                                            "private. Choose the internal edition to include private "
                                            "resources."));
    return true;
}

std::optional<QList<Resource>> loadSorted(QWidget *parent, ResourceRepository *repository, const QList<qint64> &ids)
{
    if (!repository)
        return QList<Resource>();
    try {
        QList<Resource> resources = repository->loadResources(ids);
        ProceedingsExporter::sortByDate(resources);
        return resources;
    } catch (const LibraryError &error) {
        Prompts::warn(parent, PrintText::tr("Print"),
                      PrintText::tr("The resources could not be read: %1").arg(error.message()));
        return std::nullopt;
    }
}

ProceedingsOptions withImages(ResourceRepository *repository, const QList<Resource> &resources,
                              ProceedingsOptions options)
{
    if (!options.imageLoader && repository)
        options.imageLoader = preloadedImageLoader(*repository, resources);
    return options;
}

} // namespace

// The exporter measures its margins from the paper edge, so the printer gets the paper size
// without margins of its own.
void preparePrinter(QPrinter *printer, const ProceedingsOptions &options)
{
    printer->setFullPage(true);
    printer->setPageLayout(QPageLayout(options.pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                       QPageLayout::Millimeter));
    printer->setDocName(options.title.isEmpty()
                                ? options.language.translate("Actes::PrintSupport", "Proceedings") : options.title);
    printer->setCreator(u"Actes"_s);
}

void printPreview(QWidget *parent, const QList<Resource> &resources, const ProceedingsOptions &options)
{
    if (explainNothingToPrint(parent, resources, options))
        return;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer, options);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(u"proceedingsPrintPreview"_s);
    dialog.setWindowTitle(PrintText::tr("Print Preview of the Proceedings"));
    dialog.resize(1000, 720);
    ProceedingsExporter exporter(options);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&exporter, &resources](QPrinter *p) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        exporter.paint(p, resources);
        QApplication::restoreOverrideCursor();
    });
    dialog.exec();
}

int print(QWidget *parent, const QList<Resource> &resources, const ProceedingsOptions &options)
{
    if (explainNothingToPrint(parent, resources, options))
        return 0;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer, options);
    QPrintDialog dialog(&printer, parent);
    dialog.setObjectName(u"proceedingsPrintDialog"_s);
    dialog.setWindowTitle(PrintText::tr("Print the Proceedings"));
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    // The user may have picked another paper in the dialog: keep it, still without margins.
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    ProceedingsExporter exporter(options);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const int pages = exporter.paint(&printer, resources);
    QApplication::restoreOverrideCursor();
    if (pages == 0)
        Prompts::warn(parent, PrintText::tr("Print"),
                      PrintText::tr("The proceedings could not be printed: the printer did not start."));
    return pages;
}

void printPreview(QWidget *parent, ResourceRepository *repository, QList<qint64> ids,
                  const ProceedingsOptions &options)
{
    const std::optional<QList<Resource>> resources = loadSorted(parent, repository, ids);
    if (resources)
        printPreview(parent, *resources, withImages(repository, *resources, options));
}

void print(QWidget *parent, ResourceRepository *repository, QList<qint64> ids, const ProceedingsOptions &options)
{
    const std::optional<QList<Resource>> resources = loadSorted(parent, repository, ids);
    if (resources)
        print(parent, *resources, withImages(repository, *resources, options));
}

} // namespace Actes
