#include "review/reviewworkflow.h"

#include "review/statusservice.h"
#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

namespace Actes {

ReviewWorkflow::ReviewWorkflow(ResourceRepository &repository, const ReviewSettings &settings,
                               ImageChecker imageExists)
    : m_repository(repository), m_settings(settings), m_imageExists(std::move(imageExists))
{
    if (!m_imageExists) {
        m_imageExists = [repo = &m_repository](const QString &key) { return !repo->loadImage(key).isEmpty(); };
    }
}

bool ReviewWorkflow::imageExists(const QString &key) const
{
    return m_imageExists(key);
}

QList<Problem> ReviewWorkflow::problems(const Resource &resource) const
{
    return checkResource(resource, m_settings, m_imageExists) + commentProblemsOf(m_repository, resource);
}

QStringList ReviewWorkflow::blockingProblems(const Resource &resource) const
{
    QStringList out = Actes::blockingProblems(resource, m_settings, m_imageExists);
    for (const Problem &p : commentProblemsOf(m_repository, resource))
        out.append(p.message);
    return out;
}

QList<Problem> ReviewWorkflow::commentProblemsOf(const CommentStore &comments, const Resource &resource)
{
    return resource.id > 0 ? commentProblems(comments.unresolvedCommentCount(resource.id)) : QList<Problem>();
}

StatusService ReviewWorkflow::statusService() const
{
    return StatusService(m_repository, [this](const Resource &r) { return blockingProblems(r); });
}

QStringList ReviewWorkflow::refusalReasons(const Resource &resource, Status to) const
{
    return statusService().refusalReasons(resource, to);
}

Resource ReviewWorkflow::changeStatus(qint64 id, Status to, const QString &author, const QString &comment,
                                      int expectedVersion)
{
    return statusService().changeStatus(id, to, author, comment, expectedVersion);
}

Resource ReviewWorkflow::restoreRevision(qint64 revisionId, const QString &author, int expectedVersion)
{
    return m_repository.restoreRevision(revisionId, author, expectedVersion);
}

} // namespace Actes
