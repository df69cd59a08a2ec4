#include "review/statusservice.h"

#include "review/permissions.h"
#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

using namespace Qt::StringLiterals;

namespace Actes {

namespace {
const Status workflowOrder[] = {Status::Draft, Status::InReview, Status::Approved, Status::Published,
                                Status::Archived};
} // namespace

StatusService::StatusService(ResourceRepository &repository, ProblemFinder blockingProblems)
    : m_repository(repository), m_blockingProblems(std::move(blockingProblems))
{
}

bool StatusService::requiresChecks(Status status)
{
    return status == Status::Approved || status == Status::Published;
}

bool StatusService::isAllowedTransition(Status from, Status to)
{
    if (from == to)
        return false;
    if (from == Status::Archived)
        return to == Status::Draft;
    return true;
}

QList<Status> StatusService::allowedTargets(Status from)
{
    QList<Status> result;
    for (Status to : workflowOrder) {
        if (isAllowedTransition(from, to))
            result.append(to);
    }
    return result;
}

QStringList StatusService::refusalReasons(const Resource &resource, Status to) const
{
    if (resource.status == to)
        return {};
    if (!isAllowedTransition(resource.status, to)) {
        return {tr("An archived resource can only go back to %1; it cannot be marked %2 directly.")
                    .arg(statusLabel(Status::Draft), statusLabel(to))};
    }
    if (requiresChecks(to) && m_blockingProblems)
        return m_blockingProblems(resource);
    return {};
}

Resource StatusService::changeStatus(qint64 id, Status to, const QString &author, const QString &comment,
                                     int expectedVersion)
{
    std::optional<Resource> result;
    m_repository.inTransaction([&] {
        std::optional<Resource> stored = m_repository.loadResource(id);
        if (!stored) {
            throw LibraryError(LibraryError::Kind::NotFound,
                               tr("The resource number %1 no longer exists in the library %2; its status was "
                                  "not changed.")
                                   .arg(id)
                                   .arg(m_repository.location()),
                               m_repository.location());
        }
        if (stored->version != expectedVersion) {
            throw LibraryError(LibraryError::Kind::Conflict,
                               tr("The resource “%1” was changed elsewhere since it was opened (version %2 is "
                                  "stored, this copy is version %3). Its status was not changed; reload the "
                                  "resource and try again.")
                                   .arg(stored->title)
                                   .arg(stored->version)
                                   .arg(expectedVersion),
                               m_repository.location());
        }
        if (stored->status == to) {
            result = stored;
            return;
        }
        // The role first: an author asking to approve is told which role approves.
        Permissions::requireStatusChange(m_repository, stored->status, to);
        const QStringList reasons = refusalReasons(*stored, to);
        if (!reasons.isEmpty()) {
            QStringList lines;
            for (const QString &reason : reasons)
                lines.append(tr("• %1").arg(reason));
            throw LibraryError(LibraryError::Kind::Invalid,
                               tr("The resource “%1” cannot be marked %2:\n%3")
                                   .arg(stored->title, statusLabel(to), lines.join(u'\n')),
                               m_repository.location());
        }
        m_repository.changeStatus(id, to, author, comment, expectedVersion);
        result = m_repository.loadResource(id);
    });
    return result.value();
}

} // namespace Actes
