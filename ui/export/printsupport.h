#pragma once

#include "export/proceedingssettings.h"

#include "domain/resource.h"
#include "export/proceedingsoptions.h"

#include <QList>

class QPrinter;
class QWidget;

namespace Actes {

class ResourceRepository;
class Settings;

// Options from the remembered choices (network name, logo, page size, margins); the title
// is left empty, which gives ProceedingsExporter::defaultTitle() of what is printed.

// Print preview and printing of the proceedings through Qt Print Support, from the same layout
// as the PDF export (ProceedingsExporter::paint). Private resources are left out unless
// options.includePrivate. When options.imageLoader is empty, images are preloaded from the
// repository.

// Paper size without printer margins (the layout measures its margins from the paper edge),
// the title as the document name, "Actes" as the creator; nothing else about the user.
void preparePrinter(QPrinter *printer, const ProceedingsOptions &options);

// The resources with these ids, in event-date order (the export dialog's default).
void printPreview(QWidget *parent, ResourceRepository *repository, QList<qint64> ids,
                  const ProceedingsOptions &options);
void print(QWidget *parent, ResourceRepository *repository, QList<qint64> ids,
           const ProceedingsOptions &options);

// These resources in the order given (the export dialog passes its own order).
void printPreview(QWidget *parent, const QList<Resource> &resources, const ProceedingsOptions &options);
// Returns the number of pages printed (0 when the dialog was cancelled or nothing printed).
int print(QWidget *parent, const QList<Resource> &resources, const ProceedingsOptions &options);

} // namespace Actes
