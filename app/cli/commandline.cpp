#include "cli/commandline.h"

#include "cli/resourcejson.h"
#include "domain/appinfo.h"
#include "export/proceedingsexporter.h"
#include "import/websitedumpimporter.h"
#include "review/approvalguard.h"
#include "review/checks.h"
#include "settings/settings.h"
#include "storage/libraryerror.h"
#include "storage/libraryopener.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextDocumentFragment>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes {

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
        } else if (a == u"--db"_s) {
            if (i + 1 >= argv.size()) {
                inv.usageError = tr("--db needs a library: a file path or a postgresql:// address.");
                return inv;
            }
            inv.dbPath = argv.at(++i);
        } else if (a.startsWith(u"--db="_s)) {
            inv.dbPath = a.mid(5);
        } else if (a == u"--help"_s || a == u"-h"_s) {
            inv.help = true;
        } else if (a == u"--version"_s || a == u"-V"_s) {
            inv.version = true;
        } else if (a.startsWith(u'-')) {
            // Options Qt itself understands (-platform, -style...) are left to the window.
            if (a == u"-platform"_s || a == u"-style"_s
                || a == u"-stylesheet"_s || a == u"-qwindowgeometry"_s) {
                ++i;
                continue;
            }
            inv.usageError = tr("unknown option '%1'.").arg(a);
            return inv;
        } else {
            inv.command = a;
        }
    }
    if (inv.dbPath.isEmpty() && argv.contains(u"--db"_s) && inv.usageError.isEmpty())
        inv.usageError = tr("--db needs a library: a file path or a postgresql:// address.");
    return inv;
}

bool CommandLine::wantsWindow(const Invocation &inv)
{
    return inv.command.isEmpty() && !inv.help && !inv.version && inv.usageError.isEmpty();
}

QString CommandLine::helpText()
{
    return tr("Usage: actes [--db LIBRARY] [COMMAND [ARGUMENTS]]\n"
              "\n"
              "Without a command, Actes opens its window on the library.\n"
              "\n"
              "Options:\n"
              "  --db LIBRARY     use this library: a file path (created if missing) or a team\n"
              "                   library on a PostgreSQL server, as a libpq address such as\n"
              "                   postgresql://camille@db.example.org:5432/actes?sslmode=verify-full\n"
              "                   or postgresql:///actes?host=/run/postgresql (a Unix socket);\n"
              "                   default: $ACTES_DB, else the default library in your application\n"
              "                   data folder. Passwords never go in the address: libpq reads them\n"
              "                   from PGPASSWORD, ~/.pgpass (or PGPASSFILE) or a service file\n"
              "  -h, --help       show this help\n"
              "  -V, --version    show the version\n"
              "\n"
              "Commands:\n"
              "  import-site FILE...   import text exports of the website (re-importing updates)\n"
              "  list [--json] [--to-review]\n"
              "                        list the resources; --to-review: those in review that wait\n"
              "                        for you (named you as reviewer) or for anyone\n"
              "  show ID [--json]      show one resource with its body\n"
              "  check [--ids 1,2,3] [--json]\n"
              "                        run the checks before publishing; exit 1 when a blocking\n"
              "                        problem is found\n"
              "  status ID [NEW_STATUS] [--comment TEXT] [--reviewer LOGIN]\n"
              "                        show the status and its history, or change it (draft, review,\n"
              "                        approved, published, archived); approving or publishing is\n"
              "                        refused while a blocking problem remains; review --reviewer\n"
              "                        LOGIN asks that member (a reviewer or an admin) to review it\n"
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
              "  copy-library DEST [--json]\n"
              "                        copy the whole library (resources, revisions, status history,\n"
              "                        trash, directory, types, images, library values) into DEST, a\n"
              "                        new or empty library (file path or postgresql:// address);\n"
              "                        one transaction, verified before success; a library that is\n"
              "                        not empty is refused and left unchanged\n"
              "  member add LOGIN --role author|reviewer|admin [--name \"Display Name\"]\n"
              "         [--password-file FILE | --password-stdin | --generate-password]\n"
              "                        add a member to a team library (administrators): creates the\n"
              "                        login; the password is asked for, or generated and printed once\n"
              "  member list [--json]  list the members with their roles\n"
              "  member set-role LOGIN author|reviewer|admin\n"
              "                        change a member's role (administrators)\n"
              "  member disable LOGIN  the member may no longer connect; their name stays in the history\n"
              "  comments ID [--json]  list the review comments of a resource, with their replies\n"
              "  comment ID --quote TEXT --text TEXT [--field summary|body]\n"
              "                        comment on the first occurrence of TEXT in the body, else the\n"
              "                        summary (or only in --field)\n"
              "  comment ID --reply COMMENT_ID --text TEXT\n"
              "  comment ID --resolve COMMENT_ID | --reopen COMMENT_ID\n"
              "                        reply to a comment, resolve or reopen its thread\n"
              "  attach ID FILE... [--title TEXT] [--kind KIND] [--members-only]\n"
              "                        attach files to a resource, all or none, in one revision\n"
              "                        (each up to the library's limit, 100 MB unless changed);\n"
              "                        KIND: programme, slides, proceedings, study, photos, video or\n"
              "                        other (guessed from the name without --kind); --members-only:\n"
              "                        never published; --title only with a single file\n"
              "  attach ID --link URL --title TEXT [--kind KIND] [--members-only]\n"
              "                        attach a link (http or https), such as a video\n"
              "  attachments ID [--json]\n"
              "                        list the attachments of a resource: id, kind, visibility,\n"
              "                        size, title, file name or address (JSON: also sha256)\n"
              "  detach ID ATTACHMENT_ID\n"
              "                        remove an attachment (the resource's history keeps it)\n"
              "  attachment-save ID ATTACHMENT_ID --out FILE\n"
              "                        write the attached file to FILE, as it was attached\n"
              "  --lang                the language of the document, whatever the language of these\n"
              "                        messages; default: the library's (French unless changed)\n"
              "\n"
              "Revisions and status changes are recorded under the author name of the settings,\n"
              "else $USER.\n"
              "\n"
              "Exit status: 0 on success, 1 on failure, 2 on bad usage.\n");
}

// The commands: one handler each (resourcecommands.cpp, reviewcommands.cpp, exportcommands.cpp,
// setcommand.cpp, copycommand.cpp, membercommands.cpp, commentcommands.cpp, attachmentcommands.cpp),
// sharing the argument parsing below. The names are documented for users: keep them.
CommandLine::Handler CommandLine::handlerFor(const QString &command)
{
    static const struct
    {
        QStringView name;
        Handler handler;
    } commands[] = {
        {u"import-site", &CommandLine::importSite}, {u"list", &CommandLine::list},
        {u"show", &CommandLine::show},              {u"check", &CommandLine::check},
        {u"status", &CommandLine::status},          {u"set", &CommandLine::set},
        {u"export-pdf", &CommandLine::exportPdf},   {u"export-site", &CommandLine::exportSite},
        {u"copy-library", &CommandLine::copyLibrary}, {u"member", &CommandLine::member},
        {u"comments", &CommandLine::comments},      {u"comment", &CommandLine::comment},
        {u"attach", &CommandLine::attach},          {u"attachments", &CommandLine::attachments},
        {u"detach", &CommandLine::detach},          {u"attachment-save", &CommandLine::attachmentSave},
    };
    for (const auto &entry : commands) {
        if (entry.name == command)
            return entry.handler;
    }
    return nullptr;
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
        const Handler handler = handlerFor(inv.command);
        if (!handler)
            throw UsageError{tr("unknown command '%1'.").arg(inv.command)};
        status = (this->*handler)(inv.arguments);
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
    // A file path (made absolute) or a PostgreSQL address, from --db, else $ACTES_DB.
    const QString location = LibraryLocation::resolve(m_dbPath);
    std::unique_ptr<ResourceRepository> repository = m_opener ? m_opener(location) : Actes::openLibrary(location);
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
        if (it->startsWith(u"--"_s) || (it->startsWith(u'-') && it->size() > 1)) {
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
                           tr("there is no resource %1 in %2.").arg(missing.join(u", "_s), repo.location()),
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

} // namespace Actes
