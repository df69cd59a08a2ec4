#pragma once

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

// One resource written by the export.
struct SiteExportWritten
{
    qint64 resourceId = 0;
    QString title;
    QString bodyFile;                   // relative to the export folder, e.g. "rencontre-2015.html"
    QStringList imageFiles;             // relative, e.g. "images/rencontre-2015-1.jpg"
};

struct SiteExportResult
{
    bool ok = false;
    QString errorMessage;               // translated, empty when ok
    QList<SiteExportWritten> written;
    QList<SiteExportLeftOut> leftOut;
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

private:
    SiteExportOptions m_options;
};

} // namespace Actes
