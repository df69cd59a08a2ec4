// The members command of the command line: member add / list / set-role / disable.
#include "cli/commandline.h"

#include "review/permissions.h"
#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

// One line read from the terminal without echo; nullopt when stdin is not a terminal.
std::optional<QString> readHidden(QTextStream &err, const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    err << prompt;
    err.flush();
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    QTextStream in(stdin);
    const QString line = in.readLine();
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err << '\n';
    err.flush();
    return line;
}

} // namespace

int CommandLine::member(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        throw UsageError{tr("member needs an action: add, list, set-role or disable.")};
    const QString action = args.takeFirst();
    if (action != u"add"_s && action != u"list"_s && action != u"set-role"_s && action != u"disable"_s)
        throw UsageError{tr("'%1' is not a member action; use add, list, set-role or disable.").arg(action)};

    auto roleOf = [](const QString &text) {
        MemberRole role = MemberRole::Author;
        if (!memberRoleFromKey(text.trimmed().toLower(), &role))
            throw UsageError{tr("'%1' is not a role; use author, reviewer or admin.").arg(text)};
        return role;
    };

    if (action == u"list"_s) {
        const bool json = takeFlags(args, {u"--json"_s}).contains(u"--json"_s);
        if (!args.isEmpty())
            throw UsageError{tr("member list takes no argument '%1'.").arg(args.first())};
        auto repo = openMemberLibrary();
        return listMembers(*repo, json);
    }
    if (action == u"add"_s) {
        const std::optional<QString> roleText = takeValue(args, u"--role"_s);
        const std::optional<QString> name = takeValue(args, u"--name"_s);
        const std::optional<QString> passwordFile = takeValue(args, u"--password-file"_s);
        const QStringList flags = takeFlags(args, {u"--password-stdin"_s, u"--generate-password"_s});
        if (args.size() != 1)
            throw UsageError{tr("member add needs one login: member add LOGIN --role author|reviewer|admin "
                                "--name \"Display Name\".")};
        if (!roleText)
            throw UsageError{tr("member add needs --role author, reviewer or admin.")};
        if (int(flags.size()) + (passwordFile ? 1 : 0) > 1)
            throw UsageError{tr("give the password one way only: --password-file, --password-stdin or "
                                "--generate-password.")};
        Member member{args.first().trimmed(), name.value_or(QString()).trimmed(), roleOf(*roleText), false};

        auto repo = openMemberLibrary();
        Permissions::require(*repo, Permissions::Action::ManageMembers);
        QString password;
        if (passwordFile) {
            QFile file(*passwordFile);
            if (!file.open(QIODevice::ReadOnly)) {
                m_err << "actes: " << tr("cannot read the password file %1: %2.").arg(*passwordFile, file.errorString())
                      << '\n';
                return 1;
            }
            password = QString::fromUtf8(file.readLine()).trimmed();
        } else if (flags.contains(u"--password-stdin"_s)) {
            QTextStream in(stdin);
            password = in.readLine().trimmed();
        } else if (!flags.contains(u"--generate-password"_s)) {
            const std::optional<QString> typed =
                readHidden(m_err, tr("Password for %1 (empty: generate one): ").arg(member.login));
            if (typed && !typed->isEmpty()) {
                const std::optional<QString> again = readHidden(m_err, tr("The same password again: "));
                if (again != typed) {
                    m_err << "actes: " << tr("the two passwords differ; nothing was changed.") << '\n';
                    return 1;
                }
                password = *typed;
            }
        }
        if ((passwordFile || flags.contains(u"--password-stdin"_s)) && password.isEmpty()) {
            m_err << "actes: " << tr("the password given is empty; nothing was changed.") << '\n';
            return 1;
        }
        const QString used = repo->addMember(member, password);
        m_out << tr("%1 (%2) is now a member of the library as %3.")
                     .arg(member.displayName(), member.login, memberRoleLabel(member.role))
              << '\n';
        if (password.isEmpty()) {
            m_out << tr("Password (shown once; give it to %1 privately): %2").arg(member.displayName(), used) << '\n';
        }
        return 0;
    }
    if (action == u"set-role"_s) {
        takeFlags(args, {});
        if (args.size() != 2)
            throw UsageError{tr("member set-role needs a login and a role: member set-role LOGIN ROLE.")};
        const MemberRole role = roleOf(args.at(1));
        auto repo = openMemberLibrary();
        Permissions::require(*repo, Permissions::Action::ManageMembers);
        repo->setMemberRole(args.first().trimmed(), role);
        m_out << tr("%1 is now %2.").arg(args.first().trimmed(), memberRoleLabel(role)) << '\n';
        return 0;
    }
    // disable
    takeFlags(args, {});
    if (args.size() != 1)
        throw UsageError{tr("member disable needs one login.")};
    auto repo = openMemberLibrary();
    Permissions::require(*repo, Permissions::Action::ManageMembers);
    repo->disableMember(args.first().trimmed());
    m_out << tr("%1 may no longer connect; their name stays in the history.").arg(args.first().trimmed()) << '\n';
    return 0;
}

std::unique_ptr<ResourceRepository> CommandLine::openMemberLibrary()
{
    auto repo = openLibrary();
    if (!repo->hasMembers())
        throw LibraryError(LibraryError::Kind::Invalid, personalLibraryMembersMessage(), repo->location());
    return repo;
}

int CommandLine::listMembers(const ResourceRepository &repo, bool json)
{
    const QList<Member> members = repo.members();
    if (json) {
        QJsonArray array;
        for (const Member &m : members) {
            array.append(QJsonObject{{u"login"_s, m.login},
                                     {u"name"_s, m.displayName()},
                                     {u"role"_s, memberRoleKey(m.role)},
                                     {u"disabled"_s, m.disabled}});
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    qsizetype loginWidth = 5, nameWidth = 4;
    for (const Member &m : members) {
        loginWidth = std::max(loginWidth, m.login.size());
        nameWidth = std::max(nameWidth, m.displayName().size());
    }
    m_out << tr("Login").leftJustified(loginWidth) << "  " << tr("Name").leftJustified(nameWidth) << "  "
          << tr("Role") << '\n';
    for (const Member &m : members) {
        QString role = memberRoleLabel(m.role);
        if (m.disabled)
            role = tr("%1 (disabled)").arg(role);
        m_out << m.login.leftJustified(loginWidth) << "  " << m.displayName().leftJustified(nameWidth) << "  " << role
              << '\n';
    }
    return 0;
}

} // namespace Actes
