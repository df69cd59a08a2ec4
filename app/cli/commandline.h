#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace Actes {

class ResourceRepository;
struct Resource;
struct ReviewSettings;

// The `actes` command line. Without a command the window opens; with one, Actes works
// headless. Exit status: 0 success, 1 failure (one line on stderr starting "actes: "),
// 2 bad usage.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Actes::CommandLine)
public:
    struct Invocation
    {
        QString dbPath;             // from --db (a file path or a postgresql:// address),
                                    // empty = ACTES_DB or the default library
        QString command;            // empty = open the window
        QStringList arguments;      // the command's own arguments
        bool help = false;
        bool version = false;
        QString usageError;         // set when the global options are malformed
    };

    static Invocation parse(const QStringList &argv);   // argv[0] is the program
    static bool wantsWindow(const Invocation &invocation);

    CommandLine(QTextStream &out, QTextStream &err);
    int run(const Invocation &invocation);

    // Opens the library at a location (a file path or a PostgreSQL address); tests may replace it.
    using Opener = std::function<std::unique_ptr<ResourceRepository>(const QString &location)>;
    void setOpener(Opener opener) { m_opener = std::move(opener); }

    static QString helpText();

private:
    struct UsageError
    {
        QString message;
    };

    // One handler per command; nullptr for an unknown command.
    using Handler = int (CommandLine::*)(const QStringList &args);
    static Handler handlerFor(const QString &command);

    // resourcecommands.cpp
    int importSite(const QStringList &args);
    int list(const QStringList &args);
    int show(const QStringList &args);
    // reviewcommands.cpp
    int check(const QStringList &args);
    int status(const QStringList &args);
    // setcommand.cpp
    struct SetRequest;
    int set(const QStringList &args);
    static SetRequest parseSetRequest(const QStringList &args);
    static void parseSetValue(SetRequest &request, const QString &key, const QString &value);
    int resolveSetType(const ResourceRepository &repo, SetRequest &request);
    int applySetRequest(const SetRequest &request, Resource &resource);
    // exportcommands.cpp
    int exportPdf(const QStringList &args);
    int exportSite(const QStringList &args);
    static QString languageOption(QStringList &args);
    // copycommand.cpp
    int copyLibrary(const QStringList &args);
    // membercommands.cpp
    int member(const QStringList &args);
    std::unique_ptr<ResourceRepository> openMemberLibrary();
    int listMembers(const ResourceRepository &repo, bool json);
    // commentcommands.cpp
    int comments(const QStringList &args);
    int comment(const QStringList &args);
    // attachmentcommands.cpp
    int attach(const QStringList &args);
    int attachments(const QStringList &args);
    int detach(const QStringList &args);
    int attachmentSave(const QStringList &args);
    std::optional<Resource> resourceForAttachments(ResourceRepository &repo, qint64 id);
    static qint64 parseAttachmentId(const QString &text);

    std::unique_ptr<ResourceRepository> openLibrary();
    static QStringList takeFlags(QStringList &args, const QStringList &known);
    // Removes "--name VALUE" or "--name=VALUE" from args; nullopt when absent.
    static std::optional<QString> takeValue(QStringList &args, const QString &name);
    static qint64 parseId(const QString &text);
    // "1,2,3" (spaces allowed) -> ids in that order, without repeats.
    static QList<qint64> parseIds(const QString &text);
    // The resources named by --ids (NotFound when one is missing), or every live resource
    // sorted by event date (oldest first) when ids is nullopt.
    static QList<Resource> selectResources(const ResourceRepository &repo, const std::optional<QString> &ids);
    // The name recorded with revisions and status changes: the settings' author name, else $USER.
    static QString authorName();
    static ReviewSettings reviewSettings();

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_dbPath;
    Opener m_opener;
};

} // namespace Actes
