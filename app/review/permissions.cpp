#include "review/permissions.h"

#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

using namespace Qt::StringLiterals;

namespace Actes {

MemberRole Permissions::neededForStatus(Status from, Status to)
{
    if (to == Status::InReview && from == Status::Draft)
        return MemberRole::Author;
    return MemberRole::Reviewer;
}

MemberRole Permissions::needed(Action action)
{
    switch (action) {
    case Action::ChangeStatus: return MemberRole::Reviewer;
    case Action::EmptyTrash:
    case Action::ManageTypes:
    case Action::ChangeLibraryValues:
    case Action::ManageMembers: return MemberRole::Admin;
    }
    return MemberRole::Admin;
}

QString Permissions::sentence(const QString &action, MemberRole needed, MemberRole held)
{
    QString neededRole;
    switch (needed) {
    case MemberRole::Author: neededRole = tr("author"); break;
    case MemberRole::Reviewer: neededRole = tr("reviewer"); break;
    case MemberRole::Admin: neededRole = tr("administrator"); break;
    }
    QString you;
    switch (held) {
    case MemberRole::Author: you = tr("you are an author"); break;
    case MemberRole::Reviewer: you = tr("you are a reviewer"); break;
    case MemberRole::Admin: you = tr("you are an administrator"); break;
    }
    //: %1 is an action ("Approving"), %2 a role ("reviewer"), %3 "you are an author"
    return tr("%1 needs the %2 role; %3.").arg(action, neededRole, you);
}

QString Permissions::statusRefusal(Status to, MemberRole held)
{
    QString action;
    switch (to) {
    case Status::Approved: action = tr("Approving"); break;
    case Status::Published: action = tr("Publishing"); break;
    case Status::Archived: action = tr("Archiving"); break;
    case Status::Draft: action = tr("Sending back to draft"); break;
    case Status::InReview: action = tr("Sending back to review"); break;
    }
    return sentence(action, MemberRole::Reviewer, held);
}

QString Permissions::refusal(Action action, MemberRole held)
{
    QString what;
    switch (action) {
    case Action::ChangeStatus: what = tr("Changing the status"); break;
    case Action::EmptyTrash: what = tr("Emptying the trash"); break;
    case Action::ManageTypes: what = tr("Changing the resource types"); break;
    case Action::ChangeLibraryValues: what = tr("Changing the library values"); break;
    case Action::ManageMembers: what = tr("Managing the members"); break;
    }
    return sentence(what, needed(action), held);
}

void Permissions::requireStatusChange(const ResourceRepository &repository, Status from, Status to)
{
    const MemberRole needed = neededForStatus(from, to);
    if (needed == MemberRole::Author)
        return;
    const MemberRole held = repository.currentMember().role;
    if (!roleAtLeast(held, needed))
        throw LibraryError(LibraryError::Kind::PermissionDenied, statusRefusal(to, held), repository.location());
}

void Permissions::require(const ResourceRepository &repository, Action action)
{
    const MemberRole held = repository.currentMember().role;
    if (!roleAtLeast(held, needed(action)))
        throw LibraryError(LibraryError::Kind::PermissionDenied, refusal(action, held), repository.location());
}

} // namespace Actes
