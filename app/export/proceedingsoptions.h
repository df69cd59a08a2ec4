#pragma once

#include "domain/comment.h"
#include "export/documentlanguage.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMarginsF>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <functional>

namespace Actes {

// Everything the user can choose for one proceedings export.
struct ProceedingsOptions
{
    QString title;                      // empty = ProceedingsExporter::defaultTitle()
    QString subtitle;
    QString networkName;                // cover, running footer and PDF author (never a person)
    DocumentLanguage language;          // the document's language, not the interface's
    QString logoPath;                   // optional cover logo (any QImage format)
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QMarginsF margins = QMarginsF(22, 24, 22, 22); // millimetres: left, top, right, bottom
    bool includePrivate = false;        // internal edition: private (and unconfirmed) resources included, marked
    bool pdfA = false;                  // PDF/A-1b
    QString subject;
    QStringList keywords;
    // Loads the bytes of an image referenced as <img src="actes-image:KEY"> in rich text
    // (typically ResourceRepository::loadImage). Must be callable from the export thread.
    std::function<QByteArray(const QString &key)> imageLoader;
    // Internal edition only (includePrivate): the review comments of each resource by id, listed
    // after its report (ProceedingsExporter::reviewComments() reads them). Never in the public edition.
    QHash<qint64, QList<Comment>> reviewComments;
    // Each chapter ends with its documents (the resource's attachments): in the public edition
    // only those not marked members-only; the internal edition lists them all, marked.
    // appendAttachments: the PDF files among them are also bound after their chapter as annexes
    // (a bookmark, a line in the contents, the running footer and page numbers continued).
    bool appendAttachments = false;
    // Loads the content of an attached file by its SHA-256 (typically
    // AttachmentStore::attachmentData; may throw). Needed for appendAttachments; must be callable
    // from the export thread.
    std::function<QByteArray(const QString &sha256)> attachmentLoader;
};

// A resource that was selected but is not in the export, or a document of an exported resource
// that is not listed or not bound (attachmentId), and why.
struct ProceedingsLeftOut
{
    enum class Reason {
        Private,                        // marked private
        PrivacyNotConfirmed,            // nobody confirmed it is public: treated as private
        AttachmentMembersOnly,          // an attachment for members only (public edition)
        AnnexUnreadable,                // an attached PDF that could not be bound (encrypted, corrupt, missing)
    };
    qint64 resourceId = 0;
    QString title;                      // the resource's, or the attachment's
    Reason reason = Reason::Private;
    QString message;                    // translated, for display
    qint64 attachmentId = 0;            // the attachment concerned, 0 for a whole resource
};

struct ProceedingsResult
{
    bool ok = false;
    bool cancelled = false;
    QString errorMessage;               // translated, empty when ok
    int pageCount = 0;
    QList<ProceedingsLeftOut> leftOut;
};

// (done, total); return false to cancel. Called from the exporting thread.
using ProceedingsProgress = std::function<bool(int done, int total)>;

} // namespace Actes
