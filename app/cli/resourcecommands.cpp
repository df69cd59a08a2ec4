// The resource commands of the command line: import-site, list, show.
#include "cli/commandline.h"

#include "cli/resourcejson.h"
#include "import/websitedumpimporter.h"
#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextDocumentFragment>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

QString dateColumn(const QDate &start, const QDate &end)
{
    if (!start.isValid())
        return u"—"_s;
    QString s = start.toString(Qt::ISODate);
    if (end.isValid() && end != start)
        s += u" → "_s + end.toString(Qt::ISODate);
    return s;
}

QString padded(const QString &text, qsizetype width)
{
    return text.leftJustified(width, u' ', true);
}

QString plainText(const QString &html)
{
    return QTextDocumentFragment::fromHtml(html).toPlainText().trimmed();
}

} // namespace

int CommandLine::importSite(const QStringList &arguments)
{
    QStringList files = arguments;
    takeFlags(files, {});
    if (files.isEmpty())
        throw UsageError{tr("import-site needs at least one file.")};

    auto repo = openLibrary();
    WebsiteDumpImporter importer(*repo);
    const ImportReport report = importer.importFiles(files);   // throws, library unchanged
    for (const ImportReport::Line &line : report.lines)
        m_out << line.describe() << '\n';
    for (const QString &warning : report.warnings)
        m_out << tr("To check: %1").arg(warning) << '\n';
    m_out << report.summary() << '\n';
    return 0;
}

int CommandLine::list(const QStringList &arguments)
{
    QStringList args = arguments;
    const QStringList flags = takeFlags(args, {u"--json"_s, u"--to-review"_s});
    const bool json = flags.contains(u"--json"_s);
    const bool toReview = flags.contains(u"--to-review"_s);
    if (!args.isEmpty())
        throw UsageError{tr("list takes no argument '%1'.").arg(args.first())};

    auto repo = openLibrary();
    ResourceFilter filter;
    if (toReview)
        filter.reviewQueueFor = repo->currentMember().login;   // what waits for me, or for anyone
    const QList<ResourceSummary> rows = repo->listResources(filter);
    if (json) {
        QList<qint64> ids;
        ids.reserve(rows.size());
        for (const ResourceSummary &s : rows)
            ids.append(s.id);
        QJsonArray array;
        for (const Resource &r : repo->loadResources(ids))
            array.append(resourceToJson(r, false));
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }

    if (rows.isEmpty() && toReview) {
        m_out << tr("Nothing waits for your review.") << '\n';
        return 0;
    }
    if (rows.isEmpty()) {
        m_out << tr("The library is empty.") << '\n';
        return 0;
    }
    const QString idHeader = tr("ID"), dateHeader = tr("Date"), typeHeader = tr("Type"),
                  statusHeader = tr("Status"), titleHeader = tr("Title");
    qsizetype idW = idHeader.size(), dateW = dateHeader.size(), typeW = typeHeader.size(),
              statusW = statusHeader.size();
    for (const ResourceSummary &s : rows) {
        idW = std::max(idW, QString::number(s.id).size());
        dateW = std::max(dateW, dateColumn(s.dateStart, s.dateEnd).size());
        typeW = std::max(typeW, std::min<qsizetype>(s.type.size(), 24));
        statusW = std::max(statusW, statusLabel(s.status).size());
    }
    const QString sep = u"  "_s;
    m_out << padded(idHeader, idW) << sep << padded(dateHeader, dateW) << sep
          << padded(typeHeader, typeW) << sep << padded(statusHeader, statusW) << sep << "  "
          << sep << titleHeader << '\n';
    for (const ResourceSummary &s : rows) {
        m_out << QString::number(s.id).rightJustified(idW) << sep
              << padded(dateColumn(s.dateStart, s.dateEnd), dateW) << sep << padded(s.type, typeW)
              << sep << padded(statusLabel(s.status), statusW) << sep
              << (s.isPrivate ? tr("PR", "short mark for a private resource") : u"  "_s)
              << sep << s.title << '\n';
    }
    m_out << tr("%n resource(s).", nullptr, int(rows.size())) << '\n';
    return 0;
}

int CommandLine::show(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool json = takeFlags(args, {u"--json"_s}).contains(u"--json"_s);
    if (args.size() != 1)
        throw UsageError{tr("show needs exactly one resource id.")};
    const qint64 id = parseId(args.first());

    auto repo = openLibrary();
    const std::optional<Resource> r = repo->loadResource(id);
    if (!r) {
        m_err << "actes: " << tr("there is no resource %1 in %2.").arg(id).arg(repo->location()) << '\n';
        return 1;
    }
    if (json) {
        m_out << QString::fromUtf8(QJsonDocument(resourceToJson(*r, true)).toJson(QJsonDocument::Indented));
        return 0;
    }
    const auto field = [this](const QString &label, const QString &value) {
        m_out << tr("%1: %2", "a field and its value in `actes show`")
                     .arg(label, value.isEmpty() ? u"—"_s : value)
              << '\n';
    };
    field(tr("Title"), r->title);
    field(tr("Type"), r->type);
    field(tr("Private"), r->isPrivate          ? tr("yes")
                         : r->privateConfirmed ? tr("no")
                                               : tr("not confirmed (treated as private)"));
    field(tr("Status"), statusLabel(r->status));
    field(tr("Date"), dateColumn(r->dateStart, r->dateEnd));
    field(tr("Place"), r->place);
    field(tr("Attendance"), r->attendance ? QString::number(*r->attendance) : QString());
    for (const Participant &p : r->participants) {
        QStringList parts{p.name};
        for (const QString &s : {p.function, p.organisation, p.role})
            if (!s.isEmpty())
                parts.append(s);
        field(tr("Participant"), parts.join(u", "_s));
    }
    for (const Partner &p : r->partners)
        field(tr("Partner"), p.role.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.role));
    for (const Attachment &a : r->attachments) {
        field(tr("Attachment"), tr("#%1 %2 (%3, %4, %5)", "id title (kind, visibility, size or address)")
                                    .arg(a.id)
                                    .arg(a.title, attachmentKindLabel(a.kind).toLower(),
                                         a.membersOnly ? tr("members only") : tr("public"),
                                         a.isLink() ? a.url : attachmentSizeText(a.size)));
    }
    if (r->needsReview)
        field(tr("To check"), r->reviewNote);
    m_out << '\n' << tr("Summary") << '\n' << plainText(r->summaryHtml) << "\n\n"
          << tr("Body") << '\n' << plainText(r->bodyHtml) << '\n';
    return 0;
}

} // namespace Actes
