#pragma once

#include "domain/resource.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Actes {

class ResourceRepository;

// The workflow rules of the status of a resource (Draft → In review → Approved → Published,
// and Archived), applied before ResourceRepository::changeStatus() records the change.
//
//  - Any status may go to any other, except:
//  - Approved and Published are refused while a blocking check fails (the problems come from
//    the injected function, in practice Actes::blockingProblems() of app/review/checks.h);
//  - an Archived resource only goes back to Draft (and is reviewed again from there).
//  - Asking for the status it already has does nothing.
//
// Refusals throw LibraryError::Kind::Invalid whose message() names the resource and lists every
// problem, one per line: the UI shows it as is, the CLI prints it. To grey out menu entries or
// show the problems before trying, call allowedTargets() and refusalReasons().
// The checks run on the resource as stored at expectedVersion, inside the transaction of the
// change, so what was checked is what gets approved.
class StatusService
{
    Q_DECLARE_TR_FUNCTIONS(Actes::StatusService)
public:
    // The problems that forbid approving or publishing a resource (complete, translated
    // sentences); empty when there are none.
    using ProblemFinder = std::function<QStringList(const Resource &)>;

    StatusService(ResourceRepository &repository, ProblemFinder blockingProblems);

    // Whether reaching this status needs the blocking checks to pass (Approved, Published).
    static bool requiresChecks(Status status);
    // Whether the workflow allows the move, checks aside (false for from == to).
    static bool isAllowedTransition(Status from, Status to);
    // The statuses a resource in status from may be given, in workflow order (for menus).
    static QList<Status> allowedTargets(Status from);

    // Why resource cannot be given status to now: the move is not allowed, or the blocking
    // problems when to requires checks. Empty = allowed (or already in that status).
    QStringList refusalReasons(const Resource &resource, Status to) const;

    // Applies the rules to the stored resource id, then records the change with author and
    // comment. Throws LibraryError: Invalid (refused, nothing written), Conflict (stored
    // version is not expectedVersion), NotFound, ReadOnly... Returns the stored resource with
    // its new status and version (unchanged when it already had that status).
    Resource changeStatus(qint64 id, Status to, const QString &author, const QString &comment, int expectedVersion);

private:
    ResourceRepository &m_repository;
    ProblemFinder m_blockingProblems;
};

} // namespace Actes
