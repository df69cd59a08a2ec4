#include "domain/member.h"

#include <QCoreApplication>

#include <pwd.h>
#include <unistd.h>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Actes {

QString memberRoleKey(MemberRole role)
{
    switch (role) {
    case MemberRole::Author: return u"author"_s;
    case MemberRole::Reviewer: return u"reviewer"_s;
    case MemberRole::Admin: return u"admin"_s;
    }
    return u"author"_s;
}

bool memberRoleFromKey(const QString &key, MemberRole *role)
{
    for (MemberRole candidate : {MemberRole::Author, MemberRole::Reviewer, MemberRole::Admin}) {
        if (key == memberRoleKey(candidate)) {
            if (role)
                *role = candidate;
            return true;
        }
    }
    return false;
}

Member localMember(const QString &name)
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("LOGNAME");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    if (login.isEmpty()) {
        // No login in the environment (a service, a minimal container): the account's name.
        if (const passwd *account = getpwuid(geteuid()))
            login = QString::fromLocal8Bit(account->pw_name);
    }
    return Member{login, name.trimmed(), MemberRole::Admin, false};
}

QString memberRoleLabel(MemberRole role)
{
    switch (role) {
    case MemberRole::Author: return QCoreApplication::translate("Actes::Member", "Author");
    case MemberRole::Reviewer: return QCoreApplication::translate("Actes::Member", "Reviewer");
    case MemberRole::Admin: return QCoreApplication::translate("Actes::Member", "Administrator");
    }
    return QString();
}

QString personalLibraryMembersMessage()
{
    return QCoreApplication::translate("Actes::Member",
                                       "A personal library has no members: its single user holds every role. "
                                       "Members belong to a team library on a PostgreSQL server.");
}

QString generateMemberPassword()
{
    // About 115 bits from the system's generator.
    static const QString alphabet = u"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"_s;
    QString password;
    for (int i = 0; i < 20; ++i)
        password.append(alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size()))));
    return password;
}

} // namespace Actes
