#include "review/approvalguard.h"

#include "review/statusservice.h"
#include "storage/resourcerepository.h"

using namespace Qt::StringLiterals;

namespace Actes {

void ApprovalGuard::install(ResourceRepository &repository, SettingsProvider settings)
{
    repository.setWriteGuard([settings = std::move(settings)](ResourceRepository &repo, const Resource &stored,
                                                               RevisionCause cause, const QString &author) {
        return enforce(repo, stored, cause, author, settings ? settings() : ReviewSettings{});
    });
}

Resource ApprovalGuard::enforce(ResourceRepository &repository, const Resource &stored, RevisionCause cause,
                                const QString &author, const ReviewSettings &settings)
{
    if (!StatusService::requiresChecks(stored.status))
        return stored;
    const QStringList problems = blockingProblems(stored, settings, [&repository](const QString &key) {
        return !repository.loadImage(key).isEmpty();
    });
    if (problems.isEmpty())
        return stored;
    const QString by = author.trimmed().isEmpty() ? u"Actes"_s : author;
    repository.changeStatus(stored.id, Status::InReview, by, comment(cause, problems), stored.version);
    return repository.loadResource(stored.id).value_or(stored);
}

QString ApprovalGuard::comment(RevisionCause cause, const QStringList &problems)
{
    QString why;
    switch (cause) {
    case RevisionCause::Import:
        why = tr("Back to review automatically: after a re-import it no longer passes the checks before "
                 "publishing.");
        break;
    case RevisionCause::Restore:
        why = tr("Back to review automatically: the restored revision does not pass the checks before "
                 "publishing.");
        break;
    default:
        why = tr("Back to review automatically: after an edit it no longer passes the checks before "
                 "publishing.");
        break;
    }
    return why + u' ' + problems.join(u' ');
}

} // namespace Actes
