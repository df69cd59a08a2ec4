#pragma once

#include "domain/attachment.h"
#include "domain/resource.h"
#include "export/documentlanguage.h"
#include "review/checks.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Actes {

using namespace Qt::StringLiterals;

class ResourceRepository;

// Everything a website export needs besides the resources.
struct SiteExportOptions
{
    // Loads an image stored in the library (typically ResourceRepository::loadImage); sets the
    // MIME type when it knows it and mimeType is not null (the checks pass null: they only ask
    // whether the image exists). Without it, images are left out (and reported).
    std::function<QByteArray(const QString &key, QString *mimeType)> imageLoader;
    // The revision number of a resource for the manifest (e.g. the newest of
    // ResourceRepository::revisions()); 0 or no function = the resource's version counter.
    std::function<int(const Resource &resource)> revisionNumber;
    // The checks before publishing are run again on every resource at export time (with
    // imageLoader to find stored images): one that no longer passes is left out.
    ReviewSettings reviewSettings;
    // Loads the content of an attached file by its SHA-256 (typically
    // AttachmentStore::attachmentData). Without it, or when it gives nothing, attached files are
    // left out (and reported); links are listed anyway.
    std::function<QByteArray(const QString &sha256)> attachmentLoader;
    // Names that never become part of a file name written (the library's members, the author):
    // the words of an attachment's file name that match one of their words are dropped.
    QStringList privateNames;
    // The language the export is written in (the manifest's "language" and "date_text"):
    // the library's document language, not the interface's.
    DocumentLanguage language;
};

// A resource of the selection that is not in the export, and why.
struct SiteExportLeftOut
{
    enum class Reason {
        Private,                        // marked private
        PrivacyNotConfirmed,            // nobody confirmed it is public: treated as private
        NotApproved,
        FailsChecks,                    // approved, but a blocking check fails now
    };
    qint64 resourceId = 0;
    QString title;
    Reason reason = Reason::Private;
    QString message;                    // translated, for display
};

// An attachment of a written resource that is not in the export (members only, or its file is
// missing from the library). Only the report shows it: no written file names it.
struct SiteExportLeftOutAttachment
{
    qint64 resourceId = 0;
    QString resourceTitle;
    QString title;                      // the attachment's title
    bool membersOnly = false;           // false: its file could not be read from the library
    QString message;                    // translated, for display
};

// One resource written by the export.
struct SiteExportWritten
{
    qint64 resourceId = 0;
    QString title;
    QString bodyFile;                   // relative to the export folder, e.g. "rencontre-2015.html"
    QStringList imageFiles;             // relative, e.g. "images/rencontre-2015-1.jpg"
    QStringList attachmentFiles = {};   // relative, e.g. "files/rencontre-2015-programme.pdf"
    int linkCount = 0;                  // attached links listed on the page
};

struct SiteExportResult
{
    bool ok = false;
    QString errorMessage;               // translated, empty when ok
    QList<SiteExportWritten> written;
    QList<SiteExportLeftOut> leftOut;
    QList<SiteExportLeftOutAttachment> leftOutAttachments;
    QStringList warnings;               // e.g. an image missing from the library (dropped)
    int fileCount = 0;                  // files written, index.json included
};

// Exports resources for the association's website: one HTML fragment per resource, limited
// to what the website's editor accepts, its images beside it, and a manifest (index.json).
//
// Layout of the folder:
//   <slug>.html          the body: p, h2-h4, strong, em, a href, ul/ol/li, blockquote, tables
//                        (table, thead, tbody, tr, th, td with colspan/rowspan) and img src alt;
//                        no other element or attribute (no style, class, script, event handler,
//                        no u/s, no br: a line break splits a paragraph, elsewhere it becomes a
//                        space). Links that are not http/https/mailto lose their <a>.
//   images/<slug>-N.ext  the images of that resource, referenced relatively ("images/...").
//   files/<slug>-<name>.ext  its public attached files; the page ends with the list of its
//                        public attachments ("Diaporama — PDF, 2,3 Mo", links with their
//                        address). Members-only attachments are never written nor named in any
//                        file; SiteExportResult::leftOutAttachments lists them.
//   index.json           the manifest: every field of every resource written, the SHA-256 of
//                        every file written (see README.md, "Export for the website").
//
// Only public resources (isPublicForExport(): not private and confirmed so) that are Approved
// or Published and still pass the blocking checks before publishing are written; private ones
// and those whose privacy nobody confirmed are never written, whatever their status, and appear
// in no file, not even the manifest.
// The export is atomic: everything is written to a temporary folder beside the destination,
// then moved into place; on failure the destination is left as it was. An existing destination
// is replaced only when it is empty or an earlier Actes website export.
class SiteExporter
{
    Q_DECLARE_TR_FUNCTIONS(Actes::SiteExporter)
public:
    explicit SiteExporter(SiteExportOptions options = {});

    SiteExportResult exportTo(const QList<Resource> &resources, const QString &outDir);

    // Whether a resource may go to the website, and if not, the reason.
    static std::optional<SiteExportLeftOut> leftOutReason(const Resource &resource);

    // The file-name stem for a title: lowercase ASCII letters, digits and hyphens ("é" -> "e",
    // "œ" -> "oe"), at most about 80 characters cut at a word boundary, never empty (fallback),
    // never a name reserved by Windows (CON, NUL, COM1...).
    static QString slugFor(const QString &title, const QString &fallback = u"resource"_s);

    // Stored clean HTML limited to the website subset described above. resolveImage turns an
    // image key into the relative path to write as src; an empty result drops the image.
    static QString websiteHtml(const QString &storedHtml,
                               const std::function<QString(const QString &key, const QString &alt)> &resolveImage = {});

    // The list that ends a page: a heading and one item per attachment, in their order: the
    // title linked to its file (pathFor; an empty path leaves the attachment out) with its type
    // and size, or to the link's address, shown too. Empty when nothing is listed. The caller
    // passes only the public attachments.
    static QString attachmentsHtml(const QList<Attachment> &attachments,
                                   const std::function<QString(const Attachment &)> &pathFor,
                                   const DocumentLanguage &language);

    // The names of the people of a library (its members' names and logins, the current author)
    // for SiteExportOptions::privateNames; what cannot be read is skipped.
    static QStringList libraryNames(const ResourceRepository &repository);

    // The safe name an attached file gets in files/ (without the folder): the page's slug, then
    // the file name's stem in the slug alphabet without the words of privateNames, then its
    // extension (lowercase letters and digits).
    static QString attachmentFileName(const QString &pageSlug, const Attachment &attachment,
                                      const QStringList &privateNames = {});

private:
    SiteExportOptions m_options;
};

} // namespace Actes
