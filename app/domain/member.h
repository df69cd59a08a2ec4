#pragma once

#include <QList>
#include <QString>

namespace Actes {

// What a member of a library may do. In a team library (PostgreSQL) the server enforces it; a
// personal library (SQLite) has one user who holds every role.
//   Author:   create, edit, submit for review
//   Reviewer: also approve, publish, archive, send back to draft
//   Admin:    also manage members, types, library values, empty the trash
enum class MemberRole { Author, Reviewer, Admin };

// A person who works on a library: in a team library, a PostgreSQL login.
struct Member
{
    QString login;                      // the server's login (SQLite: the local user)
    QString name;                       // display name ("Claire Martin"); the login when none
    MemberRole role = MemberRole::Author;
    bool disabled = false;              // may no longer connect; the name stays in the history

    QString displayName() const { return name.isEmpty() ? login : name; }
    friend bool operator==(const Member &, const Member &) = default;
};

// "author", "reviewer", "admin" (command line, JSON, storage); the reverse returns false for
// anything else.
QString memberRoleKey(MemberRole role);
bool memberRoleFromKey(const QString &key, MemberRole *role);
// The role's name for people, translated ("Author", "Reviewer", "Administrator").
QString memberRoleLabel(MemberRole role);
// The single user of a personal library: the system's login name, shown as name (the "user
// name" setting) when given, holding every role.
Member localMember(const QString &name);
// Why a personal library refuses to manage members.
QString personalLibraryMembersMessage();
// A new member's password when none is given: 20 letters and digits without look-alikes.
QString generateMemberPassword();
// At least the given role: Admin ≥ Reviewer ≥ Author.
inline bool roleAtLeast(MemberRole held, MemberRole needed)
{
    return static_cast<int>(held) >= static_cast<int>(needed);
}

} // namespace Actes
