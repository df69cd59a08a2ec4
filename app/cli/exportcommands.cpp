// The export commands of the command line: export-pdf, export-site.
#include "cli/commandline.h"
#include "export/documentlanguage.h"
#include "export/proceedingssettings.h"
#include "settings/settings.h"

#include "export/proceedingsexporter.h"
#include "export/siteexport.h"
#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Actes {

// The value of --lang ("fr" or "en"), empty when absent; anything else is bad usage.
QString CommandLine::languageOption(QStringList &args)
{
    const std::optional<QString> lang = takeValue(args, u"--lang"_s);
    if (!lang)
        return {};
    const QString code = lang->trimmed().toLower();
    if (!DocumentLanguage::isValidCode(code))
        throw UsageError{tr("--lang takes fr or en, not '%1'.").arg(*lang)};
    return code;
}

int CommandLine::exportPdf(const QStringList &arguments)
{
    QStringList args = arguments;
    const std::optional<QString> out = takeValue(args, u"--out"_s);
    const std::optional<QString> ids = takeValue(args, u"--ids"_s);
    const std::optional<QString> title = takeValue(args, u"--title"_s);
    const QString lang = languageOption(args);
    const QStringList flags = takeFlags(args, {u"--include-private"_s, u"--pdfa"_s, u"--append-attachments"_s});
    if (!args.isEmpty())
        throw UsageError{tr("export-pdf takes no argument '%1'.").arg(args.first())};
    if (!out || out->trimmed().isEmpty())
        throw UsageError{tr("export-pdf needs --out FILE, the PDF to write.")};


    auto repo = openLibrary();
    const QList<Resource> resources = selectResources(*repo, ids);

    // The same options as the window's export dialog and print (the network is the author).
    ProceedingsOptions options = proceedingsOptionsFromSettings(Settings::shared(), repo.get());
    if (!lang.isEmpty())
        options.language = DocumentLanguage(lang);
    options.title = title.value_or(QString()).trimmed();
    options.includePrivate = flags.contains(u"--include-private"_s);
    options.pdfA = flags.contains(u"--pdfa"_s);
    const ResourceRepository *library = repo.get();
    options.imageLoader = [library](const QString &key) { return library->loadImage(key); };
    options.appendAttachments = flags.contains(u"--append-attachments"_s);
    options.attachmentLoader = [library](const QString &sha256) { return library->attachmentData(sha256); };
    if (options.includePrivate)   // the internal edition lists the review comments
        options.reviewComments = ProceedingsExporter::reviewComments(*repo, resources);

    ProceedingsExporter exporter(options);
    const QString path = QFileInfo(*out).absoluteFilePath();
    const ProceedingsResult result = exporter.exportTo(resources, path);
    for (const ProceedingsLeftOut &left : result.leftOut)
        m_out << tr("Left out: %1").arg(left.message) << '\n';
    if (!result.ok) {
        m_err << "actes: "
              << (result.errorMessage.isEmpty() ? tr("the PDF %1 was not written.").arg(path) : result.errorMessage)
              << '\n';
        return 1;
    }
    m_out << tr("Wrote %1: %n page(s).", nullptr, result.pageCount).arg(QDir::toNativeSeparators(path)) << '\n';
    return 0;
}

int CommandLine::exportSite(const QStringList &arguments)
{
    QStringList args = arguments;
    const std::optional<QString> out = takeValue(args, u"--out"_s);
    const std::optional<QString> ids = takeValue(args, u"--ids"_s);
    const QString lang = languageOption(args);
    takeFlags(args, {});
    if (!args.isEmpty())
        throw UsageError{tr("export-site takes no argument '%1'.").arg(args.first())};
    if (!out || out->trimmed().isEmpty())
        throw UsageError{tr("export-site needs --out DIR, the folder to write.")};

    auto repo = openLibrary();
    const QList<Resource> resources = selectResources(*repo, ids);

    SiteExportOptions options;
    options.language = DocumentLanguage(lang.isEmpty() ? DocumentLanguage::libraryCode(repo.get()) : lang);
    const ResourceRepository *library = repo.get();
    options.imageLoader = [library](const QString &key, QString *mimeType) { return library->loadImage(key, mimeType); };
    options.revisionNumber = [library](const Resource &r) {
        const QList<RevisionInfo> revisions = library->revisions(r.id);
        return revisions.isEmpty() ? 0 : revisions.constFirst().number;
    };
    options.reviewSettings = reviewSettings();   // what no longer passes the checks is left out
    options.attachmentLoader = [library](const QString &sha256) { return library->attachmentData(sha256); };
    options.privateNames = SiteExporter::libraryNames(*library);
    SiteExporter exporter(options);
    const QString dir = QFileInfo(*out).absoluteFilePath();
    const SiteExportResult result = exporter.exportTo(resources, dir);
    for (const SiteExportLeftOut &left : result.leftOut)
        m_out << left.message << '\n';   // "“Title” was left out: it is private."
    if (!result.ok) {
        m_err << "actes: " << result.errorMessage << '\n';
        return 1;
    }
    for (const SiteExportLeftOutAttachment &left : result.leftOutAttachments)
        m_out << left.message << '\n';   // "“Diaporama”, attached to “Title”, was left out: it is for members only."
    for (const QString &warning : result.warnings)
        m_out << tr("To check: %1").arg(warning) << '\n';
    for (const SiteExportWritten &w : result.written) {
        m_out << tr("Wrote %1 (%2).").arg(w.bodyFile, w.title) << '\n';
        for (const QString &file : w.attachmentFiles)
            m_out << "    " << tr("Attached file: %1").arg(file) << '\n';
    }
    m_out << tr("%n resource(s) exported to %1, %2 left out; the manifest is index.json.", nullptr,
                int(result.written.size()))
                 .arg(QDir::toNativeSeparators(dir))
                 .arg(result.leftOut.size())
          << '\n';
    return 0;
}

} // namespace Actes
