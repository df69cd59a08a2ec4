#pragma once

#include "domain/resource.h"
#include "export/proceedingsoptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace Actes {

class CommentStore;

// Exports a selection of resources as printable proceedings ("actes"): cover, contents with
// links, one chapter per resource, index of people and organisations, running heads, PDF
// bookmarks and document metadata. Private resources are left out unless options.includePrivate
// (the internal edition, marked on every page).
//
// Not a QObject: run it in a worker thread if you like (it only uses QTextDocument, QImage,
// QPdfWriter and QPainter); the QGuiApplication must exist (fonts).
class ProceedingsExporter
{
    Q_DECLARE_TR_FUNCTIONS(Actes::ProceedingsExporter)

public:
    explicit ProceedingsExporter(ProceedingsOptions options = {});

    const ProceedingsOptions &options() const { return m_options; }
    void setOptions(const ProceedingsOptions &options) { m_options = options; }

    // Writes the PDF atomically: on error or cancel (progress returned false), `outFile` is
    // left as it was. Resources are exported in the given order (see sortByDate()).
    ProceedingsResult exportTo(const QList<Resource> &resources, const QString &outFile,
                               const ProceedingsProgress &progress = {});

    // Paints the same layout on any paged device, e.g. a QPrinter from a print preview.
    // The device's page layout is used as is (set it from options().pageSize beforehand);
    // margins are options().margins measured from the paper edge. Returns the page count,
    // 0 when there is nothing to print or when cancelled.
    int paint(QPagedPaintDevice *device, const QList<Resource> &resources,
              const ProceedingsProgress &progress = {});

    // What the last exportTo()/paint() left out, and why.
    QList<ProceedingsLeftOut> leftOut() const { return m_leftOut; }

    // The resources an export with `includePrivate` keeps, and those it leaves out.
    static QList<Resource> included(const QList<Resource> &resources, bool includePrivate,
                                    QList<ProceedingsLeftOut> *leftOut = nullptr);
    // A title for the selection in the document's language: the resource's title for one,
    // "Actes, mai 2014 – mai 2016" ("Proceedings, May 2014 – May 2016") for several. Only the
    // resources the export keeps are considered.
    static QString defaultTitle(const QList<Resource> &resources, bool includePrivate = false,
                                const DocumentLanguage &language = DocumentLanguage());
    // "<title>.pdf", or "<title> (internal).pdf" for the internal edition, in options.language;
    // safe on every file system.
    static QString suggestedFileName(const ProceedingsOptions &options, const QList<Resource> &resources);
    // Sorts by event date (undated last), then by title; stable.
    static void sortByDate(QList<Resource> &resources);
    // The review comments of these resources, for ProceedingsOptions::reviewComments (read in
    // the thread that opened the library, before exporting).
    static QHash<qint64, QList<Comment>> reviewComments(const CommentStore &store, const QList<Resource> &resources);
    // The mark printed on every page of the internal edition, in the document's language.
    static QString internalMark(const DocumentLanguage &language = DocumentLanguage());

private:
    QString effectiveTitle(const QList<Resource> &kept) const;

    ProceedingsOptions m_options;
    QList<ProceedingsLeftOut> m_leftOut;
};

} // namespace Actes
