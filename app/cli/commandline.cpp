#include "cli/commandline.h"

#include "cli/resourcejson.h"
#include "domain/appinfo.h"
#include "export/proceedingsexporter.h"
#include "import/siteimporter.h"
#include "review/approvalguard.h"
#include "review/checks.h"
#include "settings/settings.h"
#include "storage/libraryerror.h"
#include "storage/librarypath.h"
#include "storage/sqliterepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextDocumentFragment>

#include <algorithm>

namespace Actes {

namespace {

QString dateColumn(const QDate &start, const QDate &end)
{
    if (!start.isValid())
        return QStringLiteral("—");
    QString s = start.toString(Qt::ISODate);
    if (end.isValid() && end != start)
        s += QStringLiteral(" → ") + end.toString(Qt::ISODate);
    return s;
}

QString padded(const QString &text, qsizetype width)
{
    return text.leftJustified(width, QLatin1Char(' '), true);
}

QString plainText(const QString &html)
{
    return QTextDocumentFragment::fromHtml(html).toPlainText().trimmed();
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out), m_err(err)
{
}

CommandLine::Invocation CommandLine::parse(const QStringList &argv)
{
    Invocation inv;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QString &a = argv.at(i);
        if (!inv.command.isEmpty()) {
            inv.arguments.append(a);
        } else if (a == QLatin1String("--db")) {
            if (i + 1 >= argv.size()) {
                inv.usageError = tr("--db needs a file path.");
                return inv;
            }
            inv.dbPath = argv.at(++i);
        } else if (a.startsWith(QLatin1String("--db="))) {
            inv.dbPath = a.mid(5);
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            inv.help = true;
        } else if (a == QLatin1String("--version") || a == QLatin1String("-V")) {
            inv.version = true;
        } else if (a.startsWith(QLatin1Char('-'))) {
            // Options Qt itself understands (-platform, -style...) are left to the window.
            if (a == QLatin1String("-platform") || a == QLatin1String("-style")
                || a == QLatin1String("-stylesheet") || a == QLatin1String("-qwindowgeometry")) {
                ++i;
                continue;
            }
            inv.usageError = tr("unknown option '%1'.").arg(a);
            return inv;
        } else {
            inv.command = a;
        }
    }
    if (inv.dbPath.isEmpty() && argv.contains(QLatin1String("--db")) && inv.usageError.isEmpty())
        inv.usageError = tr("--db needs a file path.");
    return inv;
}

bool CommandLine::wantsWindow(const Invocation &inv)
{
    return inv.command.isEmpty() && !inv.help && !inv.version && inv.usageError.isEmpty();
}

QString CommandLine::helpText()
{
    return tr("Usage: actes [--db PATH] [COMMAND [ARGUMENTS]]\n"
              "\n"
              "Without a command, Actes opens its window on the library.\n"
              "\n"
              "Options:\n"
              "  --db PATH        use the library in PATH (created if missing); default: $ACTES_DB,\n"
              "                   else the default library in your application data folder\n"
              "  -h, --help       show this help\n"
              "  -V, --version    show the version\n"
              "\n"
              "Commands:\n"
              "  import-site FILE...   import text exports of the website (re-importing updates)\n"
              "  list [--json]         list the resources\n"
              "  show ID [--json]      show one resource with its body\n"
              "  check [--ids 1,2,3] [--json]\n"
              "                        run the checks before publishing; exit 1 when a blocking\n"
              "                        problem is found\n"
              "  status ID [NEW_STATUS] [--comment TEXT]\n"
              "                        show the status and its history, or change it (draft, review,\n"
              "                        approved, published, archived); approving or publishing is\n"
              "                        refused while a blocking problem remains\n"
              "  set ID KEY=VALUE... [--new-type]\n"
              "                        change metadata, in one revision; keys: title, type,\n"
              "                        private (true/false, confirms it), date_start, date_end\n"
              "                        (YYYY-MM-DD, empty to clear), place, attendance (number or\n"
              "                        empty); --new-type lets type add a type to the library\n"
              "  export-pdf --out FILE [--ids 1,2,3] [--title TEXT] [--include-private] [--pdfa]\n"
              "             [--lang fr|en]\n"
              "                        export proceedings as PDF (all resources by date without --ids;\n"
              "                        private ones only with --include-private)\n"
              "  export-site --out DIR [--ids 1,2,3] [--lang fr|en]\n"
              "                        export the approved and published public resources for the\n"
              "                        website: one HTML file each, images, index.json\n"
              "  --lang                the language of the document, whatever the language of these\n"
              "                        messages; default: the library's (French unless changed)\n"
              "\n"
              "Revisions and status changes are recorded under the author name of the settings,\n"
              "else $USER.\n"
              "\n"
              "Exit status: 0 on success, 1 on failure, 2 on bad usage.\n");
}

int CommandLine::run(const Invocation &inv)
{
    if (!inv.usageError.isEmpty()) {
        m_err << "actes: " << inv.usageError << '\n' << tr("Try 'actes --help'.") << '\n';
        m_err.flush();
        return 2;
    }
    if (inv.version) {
        m_out << "actes " << applicationVersion() << '\n';
        m_out.flush();
        return 0;
    }
    if (inv.help) {
        m_out << helpText();
        m_out.flush();
        return 0;
    }
    m_dbPath = inv.dbPath;

    int status = 0;
    try {
        if (inv.command == QLatin1String("import-site"))
            status = importSite(inv.arguments);
        else if (inv.command == QLatin1String("list"))
            status = list(inv.arguments);
        else if (inv.command == QLatin1String("show"))
            status = show(inv.arguments);
        else if (inv.command == QLatin1String("check"))
            status = check(inv.arguments);
        else if (inv.command == QLatin1String("status"))
            status = this->status(inv.arguments);
        else if (inv.command == QLatin1String("set"))
            status = set(inv.arguments);
        else if (inv.command == QLatin1String("export-pdf"))
            status = exportPdf(inv.arguments);
        else if (inv.command == QLatin1String("export-site"))
            status = exportSite(inv.arguments);
        else
            throw UsageError{tr("unknown command '%1'.").arg(inv.command)};
    } catch (const UsageError &e) {
        m_err << "actes: " << e.message << '\n' << tr("Try 'actes --help'.") << '\n';
        status = 2;
    } catch (const LibraryError &e) {
        m_err << "actes: " << e.message() << '\n';
        status = 1;
    }
    m_out.flush();
    m_err.flush();
    return status;
}

std::unique_ptr<ResourceRepository> CommandLine::openLibrary()
{
    const QString path = resolveLibraryPath(m_dbPath);
    std::unique_ptr<ResourceRepository> repository = m_opener ? m_opener(path) : SqliteRepository::open(path);
    // `set` and re-imports share the window's rule: approved + blocking problem = back to review.
    if (repository)
        ApprovalGuard::install(*repository, [] { return reviewSettings(); });
    return repository;
}

// Removes the known flags from args and returns those present; anything else starting with
// "-" is a usage error.
QStringList CommandLine::takeFlags(QStringList &args, const QStringList &known)
{
    QStringList found;
    for (auto it = args.begin(); it != args.end();) {
        if (it->startsWith(QLatin1String("--")) || (it->startsWith(QLatin1Char('-')) && it->size() > 1)) {
            if (!known.contains(*it))
                throw UsageError{tr("unknown option '%1'.").arg(*it)};
            found.append(*it);
            it = args.erase(it);
        } else {
            ++it;
        }
    }
    return found;
}

std::optional<QString> CommandLine::takeValue(QStringList &args, const QString &name)
{
    std::optional<QString> value;
    const QString prefix = name + u'=';
    for (qsizetype i = 0; i < args.size();) {
        if (args.at(i) == name) {
            if (i + 1 >= args.size())
                throw UsageError{tr("%1 needs a value.").arg(name)};
            if (value)
                throw UsageError{tr("%1 is given twice.").arg(name)};
            value = args.at(i + 1);
            args.remove(i, 2);
        } else if (args.at(i).startsWith(prefix)) {
            if (value)
                throw UsageError{tr("%1 is given twice.").arg(name)};
            value = args.at(i).mid(prefix.size());
            args.remove(i);
        } else {
            ++i;
        }
    }
    return value;
}

QList<qint64> CommandLine::parseIds(const QString &text)
{
    QList<qint64> ids;
    for (const QString &part : text.split(u',')) {
        const QString trimmed = part.trimmed();
        if (trimmed.isEmpty())
            continue;
        const qint64 id = parseId(trimmed);
        if (!ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        throw UsageError{tr("--ids needs resource ids separated by commas, such as 1,2,3.")};
    return ids;
}

QList<Resource> CommandLine::selectResources(const ResourceRepository &repo, const std::optional<QString> &idsText)
{
    if (!idsText) {
        QList<qint64> ids;
        for (const ResourceSummary &s : repo.listResources())
            ids.append(s.id);
        QList<Resource> all = repo.loadResources(ids);
        ProceedingsExporter::sortByDate(all);
        return all;
    }
    const QList<qint64> ids = parseIds(*idsText);
    QList<Resource> resources = repo.loadResources(ids);
    if (resources.size() != ids.size()) {
        QStringList missing;
        for (qint64 id : ids) {
            if (std::none_of(resources.cbegin(), resources.cend(), [id](const Resource &r) { return r.id == id; }))
                missing.append(QString::number(id));
        }
        throw LibraryError(LibraryError::Kind::NotFound,
                           tr("there is no resource %1 in %2.").arg(missing.join(QStringLiteral(", ")), repo.location()),
                           repo.location());
    }
    return resources;
}

QString CommandLine::authorName()
{
    const QString fromSettings = Settings::shared().authorName().trimmed();
    if (!fromSettings.isEmpty())
        return fromSettings;
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return tr("unknown");
}

ReviewSettings CommandLine::reviewSettings()
{
    ReviewSettings settings;
    settings.summaryLimit = Settings::shared().summaryLimit();
    return settings;
}

qint64 CommandLine::parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError{tr("'%1' is not a resource id.").arg(text)};
    return id;
}

int CommandLine::importSite(const QStringList &arguments)
{
    QStringList files = arguments;
    takeFlags(files, {});
    if (files.isEmpty())
        throw UsageError{tr("import-site needs at least one file.")};

    auto repo = openLibrary();
    SiteImporter importer(*repo);
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
    const bool json = takeFlags(args, {QStringLiteral("--json")}).contains(QLatin1String("--json"));
    if (!args.isEmpty())
        throw UsageError{tr("list takes no argument '%1'.").arg(args.first())};

    auto repo = openLibrary();
    const QList<ResourceSummary> rows = repo->listResources();
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
    const QString sep = QStringLiteral("  ");
    m_out << padded(idHeader, idW) << sep << padded(dateHeader, dateW) << sep
          << padded(typeHeader, typeW) << sep << padded(statusHeader, statusW) << sep << "  "
          << sep << titleHeader << '\n';
    for (const ResourceSummary &s : rows) {
        m_out << QString::number(s.id).rightJustified(idW) << sep
              << padded(dateColumn(s.dateStart, s.dateEnd), dateW) << sep << padded(s.type, typeW)
              << sep << padded(statusLabel(s.status), statusW) << sep
              << (s.isPrivate ? tr("PR", "short mark for a private resource") : QStringLiteral("  "))
              << sep << s.title << '\n';
    }
    m_out << tr("%n resource(s).", nullptr, int(rows.size())) << '\n';
    return 0;
}

int CommandLine::show(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool json = takeFlags(args, {QStringLiteral("--json")}).contains(QLatin1String("--json"));
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
                     .arg(label, value.isEmpty() ? QStringLiteral("—") : value)
              << '\n';
    };
    field(tr("Title"), r->title);
    field(tr("Type"), r->type);
    field(tr("Private"), r->isPrivate ? tr("yes") : tr("no"));
    field(tr("Status"), statusLabel(r->status));
    field(tr("Date"), dateColumn(r->dateStart, r->dateEnd));
    field(tr("Place"), r->place);
    field(tr("Attendance"), r->attendance ? QString::number(*r->attendance) : QString());
    for (const Participant &p : r->participants) {
        QStringList parts{p.name};
        for (const QString &s : {p.function, p.organisation, p.role})
            if (!s.isEmpty())
                parts.append(s);
        field(tr("Participant"), parts.join(QStringLiteral(", ")));
    }
    for (const Partner &p : r->partners)
        field(tr("Partner"), p.role.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.role));
    if (r->needsReview)
        field(tr("To check"), r->reviewNote);
    m_out << '\n' << tr("Summary") << '\n' << plainText(r->summaryHtml) << "\n\n"
          << tr("Body") << '\n' << plainText(r->bodyHtml) << '\n';
    return 0;
}

} // namespace Actes
