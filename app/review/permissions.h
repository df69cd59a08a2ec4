#pragma once

#include "domain/member.h"
#include "domain/resource.h"

#include <QCoreApplication>
#include <QString>

namespace Actes {

class ResourceRepository;

// What each role may do, as the client sees it (the window and the command line hide or refuse
// it before the server would). A team library's server enforces the same rules
// (storage/postgresmembers.cpp); a personal library's single user holds every role.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Actes::Permissions)
public:
    enum class Action { ChangeStatus, EmptyTrash, ManageTypes, ChangeLibraryValues, ManageMembers };

    // The role needed to give a resource status to when it has from: submitting a draft for
    // review is an author's; approving, publishing, archiving, sending back to draft or to
    // review are a reviewer's.
    static MemberRole neededForStatus(Status from, Status to);
    static MemberRole needed(Action action);

    // "Approving needs the reviewer role; you are an author." (translated)
    static QString statusRefusal(Status to, MemberRole held);
    static QString refusal(Action action, MemberRole held);

    // Throws LibraryError PermissionDenied with that message when the repository's current
    // member may not do it.
    static void requireStatusChange(const ResourceRepository &repository, Status from, Status to);
    static void require(const ResourceRepository &repository, Action action);

private:
    static QString sentence(const QString &action, MemberRole needed, MemberRole held);
};

} // namespace Actes
