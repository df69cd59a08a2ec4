#pragma once

#include "domain/resource.h"
#include "export/proceedingsoptions.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace Actes {

// Where things landed, in PDF points with the origin at the top-left of the page
// (pages 0-based). Filled by ProceedingsLayout::paint() for the PDF post-processing.
struct ProceedingsNavigation
{
    struct Target
    {
        QString title;
        int level = 0;      // 0 = part (contents, chapter, index), 1.. = h2.. inside a chapter
        int page = 0;
        qreal y = 0;
    };
    struct Link
    {
        int page = 0;
        QRectF rect;
        int targetPage = 0;
        qreal targetY = 0;
    };

    // The pages kept for an annex (ProceedingsLayout's annexes, by index): the running heads and
    // footer are painted there, the attached PDF's pages are drawn in `area` afterwards.
    struct Annex
    {
        int index = 0;
        int firstPage = 0;
        QRectF area;        // points, top-left origin
    };

    QSizeF pageSize;        // points
    int pageCount = 0;
    QList<Target> targets;  // in document order
    QList<Link> links;
    QList<Annex> annexes;
};

// An attached PDF bound after its chapter: the layout numbers its pages, lists it in the
// contents and bookmarks it under the chapter (its page count is read beforehand).
struct ProceedingsAnnex
{
    qint64 resourceId = 0;
    qint64 attachmentId = 0;
    QString title;
    int pageCount = 0;
};

// The page layout of the proceedings: cover, contents, one chapter per resource,
// index, running heads. Paints on any QPagedPaintDevice (QPdfWriter, QPrinter).
// Only touches thread-safe classes (QTextDocument, QImage, QPainter on a paged device).
class ProceedingsLayout
{
    Q_DECLARE_TR_FUNCTIONS(Actes::ProceedingsLayout)

public:
    // `resources` must already be filtered (no private resource in a public edition).
    // `annexes` are laid out after the chapter of their resource, in the given order.
    ProceedingsLayout(const ProceedingsOptions &options, const QString &title, const QList<Resource> &resources,
                      const QList<ProceedingsAnnex> &annexes = {});
    ~ProceedingsLayout();
    Q_DISABLE_COPY_MOVE(ProceedingsLayout)

    // Lays the document out for `device` and paints every page with `painter` (already begun
    // on `device`). Progress goes from 0 to 2 * resources + 1, the last step being left to the caller.
    // Returns false when cancelled through `progress`.
    bool paint(QPagedPaintDevice *device, QPainter *painter, const ProceedingsProgress &progress,
               ProceedingsNavigation *navigation = nullptr);

    int pageCount() const;
    int progressTotal() const;

    static QString internalMark(const DocumentLanguage &language);
    // The attachments of `resource` an edition shows: all of them in the internal edition, the
    // public ones otherwise.
    static QList<Attachment> shownAttachments(const Resource &resource, bool includePrivate);
    // The typography of the chapters (also used by the benchmark's reference print).
    static QFont bodyFont();
    static QString styleSheet();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Actes
