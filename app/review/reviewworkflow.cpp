#include "review/reviewworkflow.h"

#include "review/statusservice.h"
#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

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

QList<Member> ReviewWorkflow::eligibleReviewers(const QList<Member> &members)
{
    QList<Member> result;
    for (const Member &member : members) {
        if (!member.disabled && roleAtLeast(member.role, MemberRole::Reviewer))
            result.append(member);
    }
    return result;
}

Resource ReviewWorkflow::submitForReview(qint64 id, const QString &reviewerLogin, const QString &author,
                                         const QString &comment, int expectedVersion)
{
    const QString reviewer = reviewerLogin.trimmed();
    if (!reviewer.isEmpty()) {
        const QList<Member> members = m_repository.members();
        const auto named = std::find_if(members.cbegin(), members.cend(),
                                        [&](const Member &m) { return m.login == reviewer; });
        QStringList eligible;
        for (const Member &member : eligibleReviewers(members))
            eligible.append(member.login);
        if (!eligible.contains(reviewer)) {
            const QString why = named == members.cend() ? tr("there is no member with this login.")
                : named->disabled                       ? tr("this member is disabled.")
                                                        : tr("this member is an author; only a reviewer or an "
                                                             "administrator may approve.");
            throw LibraryError(LibraryError::Kind::Invalid,
                               tr("The review cannot be requested from “%1”: %2 Name one of: %3; or nobody, "
                                  "so that anyone may review it. Nothing was changed.")
                                   .arg(reviewer, why, eligible.isEmpty() ? tr("(no reviewer yet)") : eligible.join(u", "_s)),
                               m_repository.location());
        }
    }
    std::optional<Resource> result;
    m_repository.inTransaction([&] {
        result = changeStatus(id, Status::InReview, author, comment, expectedVersion);
        m_repository.setRequestedReviewer(id, reviewer);
    });
    return *result;
}

Resource ReviewWorkflow::restoreRevision(qint64 revisionId, const QString &author, int expectedVersion)
{
    return m_repository.restoreRevision(revisionId, author, expectedVersion);
}

} // namespace Actes
