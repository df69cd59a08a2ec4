#include "import/websitedumpimporter.h"

#include "import/frenchdate.h"
#include "review/checks.h"
#include "storage/libraryerror.h"
#include "storage/localfiles.h"
#include "storage/resourcerepository.h"
#include "text/cleanhtml.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

struct ReportStrings
{
    Q_DECLARE_TR_FUNCTIONS(Actes::ImportReport)
};

QString titleWithDate(const QString &title, const QDate &start, const QDate &end)
{
    const QString date = formatFrenchDateRange({start, end});
    if (date.isEmpty())
        return title;
    return ReportStrings::tr("%1 (%2)").arg(title, date);
}

} // namespace

QString ImportReport::Line::describe() const
{
    const QString what = titleWithDate(title, dateStart, dateEnd);
    switch (outcome) {
    case Outcome::Created: return ReportStrings::tr("Created: %1").arg(what);
    case Outcome::Updated: return ReportStrings::tr("Updated: %1").arg(what);
    case Outcome::Unchanged: return ReportStrings::tr("Unchanged: %1").arg(what);
    }
    return what;
}

QString ImportReport::describeDocument(const DocumentMention &document)
{
    QString sentence = document.sentence;
    if (sentence.size() > 120)
        sentence = sentence.left(119) + QChar(0x2026);
    return document.membersOnly
        ? ReportStrings::tr("%1 (members only): “%2”", "kind of document: sentence of the text")
              .arg(attachmentKindLabel(document.kind), sentence)
        : ReportStrings::tr("%1: “%2”", "kind of document: sentence of the text")
              .arg(attachmentKindLabel(document.kind), sentence);
}

int ImportReport::documentsToAttachCount() const
{
    int count = 0;
    for (const Line &line : lines)
        count += int(line.documentsToAttach.size());
    return count;
}

QString ImportReport::summary() const
{
    return ReportStrings::tr("%1, %2, %3.", "created, updated, unchanged")
        .arg(ReportStrings::tr("%n created", "resources", created), ReportStrings::tr("%n updated", "resources", updated),
             ReportStrings::tr("%n unchanged", "resources", unchanged));
}

WebsiteDumpImporter::WebsiteDumpImporter(ResourceRepository &repository)
    : m_repository(repository)
{
}

ImportReport WebsiteDumpImporter::importFiles(const QStringList &paths)
{
    // Read and parse everything first: a bad file must stop the import before any write.
    QList<Source> sources;
    for (const QString &path : paths) {
        const QString shown = QDir::toNativeSeparators(path);
        if (QFileInfo(path).isDir()) {
            throw LibraryError(LibraryError::Kind::Io,
                               tr("“%1” is a folder, not a text export of the website.").arg(shown), path);
        }
        if (QFileInfo(path).isFile() && QFileInfo(path).size() > kMaxFileSize) {
            throw LibraryError(LibraryError::Kind::Invalid,
                               tr("The file “%1” is too large to be a text export of the website.").arg(shown),
                               path);
        }
        // An ordinary file only, read without waiting on a pipe and never beyond the limit
        // (a device such as /dev/zero has no end).
        QByteArray data;
        QString error;
        if (!LocalFiles::readRegularFile(path, kMaxFileSize, &data, &error)) {
            throw LibraryError(LibraryError::Kind::Io, error, path);   // names the file and the reason
        }
        Source source{path, WebsiteDumpParser::parse(data)};
        if (!source.parsed.ok()) {
            throw LibraryError(LibraryError::Kind::Invalid,
                               tr("The file “%1” cannot be imported: %2").arg(shown, source.parsed.error), path);
        }
        sources.append(std::move(source));
    }
    return importParsed(sources);
}

ImportReport WebsiteDumpImporter::importData(const QByteArray &data, const QString &sourceName)
{
    Source source{sourceName, WebsiteDumpParser::parse(data)};
    if (!source.parsed.ok()) {
        const QString message = sourceName.isEmpty()
            ? tr("The data cannot be imported: %1").arg(source.parsed.error)
            : tr("The file “%1” cannot be imported: %2").arg(QDir::toNativeSeparators(sourceName), source.parsed.error);
        throw LibraryError(LibraryError::Kind::Invalid, message, sourceName);
    }
    return importParsed({source});
}

void WebsiteDumpImporter::loadIndex()
{
    m_idsByKey.clear();
    m_idsByTitle.clear();
    for (const ResourceSummary &row : m_repository.listResources())
        remember(row.title, row.dateStart, row.id);
}

void WebsiteDumpImporter::remember(const QString &title, const QDate &dateStart, qint64 id)
{
    const auto key = std::make_pair(title, dateStart);
    const auto it = m_idsByKey.find(key);
    if (it == m_idsByKey.end() || id < *it)
        m_idsByKey.insert(key, id);
    QList<qint64> &ids = m_idsByTitle[title];
    if (!ids.contains(id))
        ids.append(id);
}

std::optional<qint64> WebsiteDumpImporter::findExisting(const QString &title, const QDate &dateStart)
{
    const auto it = m_idsByKey.constFind(std::make_pair(title, dateStart));
    if (it != m_idsByKey.cend())
        return *it;
    if (dateStart.isValid())
        return std::nullopt;
    // The title holds no date, but the user may have given the resource one since the last
    // import: accept the only live resource with exactly this title.
    const QList<qint64> ids = m_idsByTitle.value(title);
    if (ids.size() == 1)
        return ids.first();
    return std::nullopt;
}

// `parsed` as read from the export (before the typography rules).
std::optional<qint64> WebsiteDumpImporter::findExisting(const ParsedResource &parsed)
{
    // The title as it will be stored first, then as read, then as an earlier import with the
    // French typography rules (in any no-break space style) would have stored it.
    QStringList titles;
    if (m_options.frenchTypography)
        titles.append(applyFrenchTypography(parsed.title, m_options.typography));
    titles.append(parsed.title);
    for (const NbspStyle style : {NbspStyle::Standard, NbspStyle::Narrow, NbspStyle::Normal}) {
        TypographyOptions options = m_options.typography;
        options.nbspStyle = style;
        titles.append(applyFrenchTypography(parsed.title, options));
    }
    titles.removeDuplicates();
    for (const QString &title : std::as_const(titles)) {
        if (const auto id = findExisting(title, parsed.dateStart))
            return id;
    }
    return std::nullopt;
}

ParsedResource WebsiteDumpImporter::withTypography(const ParsedResource &parsed) const
{
    if (!m_options.frenchTypography)
        return parsed;
    ParsedResource out = parsed;
    out.title = applyFrenchTypography(parsed.title, m_options.typography);
    // Rich text: through a document, so that tags, entities and links are left alone.
    const auto html = [this](const QString &in) {
        if (in.isEmpty())
            return in;
        QTextDocument doc;
        loadCleanHtml(doc, in);
        if (applyFrenchTypography(&doc, m_options.typography) == 0)
            return in;   // untouched: exactly the importer's HTML
        return toCleanHtml(doc);
    };
    out.summaryHtml = html(parsed.summaryHtml);
    out.bodyHtml = html(parsed.bodyHtml);
    return out;
}

ImportReport WebsiteDumpImporter::importParsed(const QList<Source> &sources)
{
    ImportReport report;

    for (const Source &source : sources) {
        if (source.parsed.encoding == u"Windows-1252") {
            report.warnings.append(tr("“%1” is not UTF-8 text; it was read as Windows-1252 (Western "
                                      "European). Check the accented letters.")
                                       .arg(QDir::toNativeSeparators(source.name)));
        }
    }

    // The writes of an import form their own revision in each resource's history.
    const RevisionCauseScope cause(m_repository, RevisionCause::Import);
    m_repository.inTransaction([&] {
        loadIndex();
        QStringList types = m_repository.resourceTypes();
        QSet<std::pair<QString, QDate>> seen;
        for (const Source &source : sources) {
            for (const ParsedResource &read : source.parsed.resources) {
                const ParsedResource parsed = withTypography(read);
                if (!parsed.type.isEmpty() && !types.contains(parsed.type)) {
                    m_repository.addResourceType(parsed.type);
                    types.append(parsed.type);
                }

                const auto key = std::make_pair(parsed.title, parsed.dateStart);
                if (seen.contains(key)) {
                    report.warnings.append(tr("“%1” appears more than once in the imported text; "
                                              "the last one was kept.")
                                               .arg(titleWithDate(parsed.title, parsed.dateStart, parsed.dateEnd)));
                }
                seen.insert(key);

                ImportReport::Line line;
                line.source = source.name;
                line.title = parsed.title;
                line.dateStart = parsed.dateStart;
                line.dateEnd = parsed.dateEnd;

                bool backToReview = false;
                const std::optional<qint64> existingId = findExisting(read);
                std::optional<Resource> existing;
                if (existingId)
                    existing = m_repository.loadResource(*existingId);

                if (!existing) {
                    const Resource stored = m_repository.createResource(parsed.toResource());
                    remember(stored.title, stored.dateStart, stored.id);
                    line.outcome = ImportReport::Outcome::Created;
                    line.resourceId = stored.id;
                    line.needsReview = stored.needsReview;
                    ++report.created;
                } else {
                    Resource merged = *existing;
                    merged.title = parsed.title;
                    if (!parsed.type.isEmpty())
                        merged.type = parsed.type;
                    // The export may make a resource private, never public again: a resource
                    // made private here stays private (the local choice is kept and reported).
                    const bool keepPrivate = parsed.privateConfirmed && !parsed.isPrivate && existing->isPrivate;
                    if (parsed.privateConfirmed && !keepPrivate) {
                        merged.isPrivate = parsed.isPrivate;
                        merged.privateConfirmed = true;
                    }
                    if (keepPrivate) {
                        line.keptPrivate = true;
                        report.warnings.append(
                            tr("“%1” stays private: the export says it is public, but it was made private in "
                               "this library; the local choice was kept.")
                                .arg(titleWithDate(parsed.title, parsed.dateStart, parsed.dateEnd)));
                    }
                    merged.summaryHtml = parsed.summaryHtml;
                    merged.bodyHtml = parsed.bodyHtml;
                    if (parsed.dateStart.isValid()) {
                        merged.dateStart = parsed.dateStart;
                        merged.dateEnd = parsed.dateEnd;
                    }
                    line.resourceId = existing->id;
                    if (merged.sameContentAs(*existing)) {
                        line.outcome = ImportReport::Outcome::Unchanged;
                        line.needsReview = existing->needsReview;
                        ++report.unchanged;
                    } else {
                        // New text to check: a fresh doubt replaces the old note; no doubt
                        // keeps whatever review state the user had.
                        if (parsed.needsReview) {
                            merged.needsReview = true;
                            merged.reviewNote = parsed.reviewNote;
                        }
                        const Resource stored = m_repository.saveResource(merged);
                        line.outcome = ImportReport::Outcome::Updated;
                        line.needsReview = stored.needsReview;
                        ++report.updated;
                        // The approval guard: the new text no longer passes the checks.
                        backToReview = stored.status != existing->status && stored.status == Status::InReview;
                    }
                }
                // What the text points to and the resource does not hold yet.
                for (const DocumentMention &document : parsed.documents) {
                    if (existing) {
                        const AttachmentKind kind = document.kind;
                        if (std::any_of(existing->attachments.cbegin(), existing->attachments.cend(),
                                        [kind](const Attachment &a) { return a.kind == kind; })
                            || existing->dismissedChecks.contains(documentCheckKey(kind)))
                            continue;
                    }
                    line.documentsToAttach.append(document);
                }
                if (parsed.needsReview && line.needsReview) {
                    report.warnings.append(tr("“%1” needs a review: %2")
                                               .arg(titleWithDate(parsed.title, parsed.dateStart, parsed.dateEnd),
                                                    parsed.reviewNote));
                }
                if (backToReview) {
                    report.warnings.append(tr("“%1” went back to review: after the re-import it no longer passes the "
                                              "checks before publishing.")
                                               .arg(titleWithDate(parsed.title, parsed.dateStart, parsed.dateEnd)));
                }
                report.lines.append(line);
            }
        }
    });
    m_idsByKey.clear();
    m_idsByTitle.clear();
    return report;
}

} // namespace Actes
