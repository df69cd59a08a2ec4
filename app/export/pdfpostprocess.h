#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace Actes {

using namespace Qt::StringLiterals;

// Document information written both in the Info dictionary and in the XMP packet,
// with the same values (PDF/A requires them to agree).
struct PdfDocumentInfo
{
    QString title;
    QString author;
    QString subject;
    QStringList keywords;
    QString creator;                    // the application that made the content
    QString producer;                   // the PDF library chain
    QDateTime created;                  // local time with offset; invalid = now
    QString language = u"fr-FR"_s;
    bool pdfA1b = false;                // add pdfaid:part 1 / conformance B to the XMP
};

// One bookmark. Pages are 0-based; top is in PDF user space (points from the bottom),
// a negative top means "fit the page".
struct PdfOutlineItem
{
    QString title;
    int page = 0;
    qreal top = -1;
    QList<PdfOutlineItem> children;
};

// A clickable area on `page` (rect in PDF user space, points from the bottom-left)
// jumping to `targetPage` at `targetTop` (negative = fit the page).
struct PdfLinkItem
{
    int page = 0;
    QRectF rect;
    int targetPage = 0;
    qreal targetTop = -1;
};

// An attached PDF bound into the proceedings as annex pages: page i of `data` is drawn, scaled
// to fit and centred at the top of `area`, on page firstPage + i of the proceedings (a page the
// layout painted with the running heads and footer only, so the numbering goes on).
struct PdfAnnexPlacement
{
    QByteArray data;
    int firstPage = 0;                  // 0-based page of the output
    QRectF area;                        // PDF user space (points from the bottom-left)
};

// Adds what Qt's PDF writer cannot write (outline, internal links, full document information
// and XMP) to a PDF produced by QPdfWriter, using libqpdf. Content streams are copied
// as they are (no recompression), so this is fast even on large documents.
class PdfPostProcessor
{
    Q_DECLARE_TR_FUNCTIONS(Actes::PdfPostProcessor)

public:
    static bool process(const QByteArray &input, QByteArray *output, const PdfDocumentInfo &info,
                        const QList<PdfOutlineItem> &outline, const QList<PdfLinkItem> &links,
                        QString *errorMessage = nullptr, const QList<PdfAnnexPlacement> &annexes = {});

    // Reads an attached PDF before it is bound as an annex: its page count, or -1 when it cannot
    // be bound (encrypted, protected by a password, damaged, not a PDF, no page), with the
    // reason in *problem (translated, "it is encrypted").
    static int annexPageCount(const QByteArray &data, QString *problem = nullptr);

    // "11.3.0": the qpdf library in use.
    static QString libraryVersion();

    // The XMP packet written for `info` (exposed for tests and diagnostics).
    static QByteArray xmpPacket(const PdfDocumentInfo &info, const QDateTime &created);
};

} // namespace Actes
