#pragma once

#include "domain/member.h"
#include "domain/resource.h"
#include "review/checks.h"
#include "review/statusservice.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace Actes {

class CommentStore;
class ResourceRepository;

// The review workflows of one library, built once with the same setup wherever they are used
// (the window, the metadata panel's status menu, the command line): the checks before a status
// change (blocking problems, images looked up in the library), changing a status through
// StatusService's rules, and restoring a revision. Errors are LibraryError, as in the repository.
class ReviewWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(Actes::ReviewWorkflow)
public:
    using ImageChecker = std::function<bool(const QString &imageKey)>;

    // imageExists defaults to a lookup in repository (a failing lookup throws its LibraryError).
    ReviewWorkflow(ResourceRepository &repository, const ReviewSettings &settings, ImageChecker imageExists = {});

    // Whether an image key ("actes-image:KEY") is stored in the library.
    bool imageExists(const QString &key) const;
    // Every problem of the checks before publishing (blocking and warnings), in field order,
    // then the stored resource's review comments that are not resolved (blocking).
    QList<Problem> problems(const Resource &resource) const;
    // The messages of the blocking problems only (unresolved comments included).
    QStringList blockingProblems(const Resource &resource) const;
    // The problem of the unresolved review comments of a stored resource (none for id 0).
    static QList<Problem> commentProblemsOf(const CommentStore &comments, const Resource &resource);
    // Why resource cannot be given status to now (StatusService::refusalReasons); empty = allowed.
    QStringList refusalReasons(const Resource &resource, Status to) const;

    // StatusService::changeStatus() with these checks: returns the stored resource.
    Resource changeStatus(qint64 id, Status to, const QString &author, const QString &comment, int expectedVersion);
    // Submits the resource for review (status In review, as changeStatus()) and names the
    // member expected to review it (reviewerLogin; empty = anyone), in one transaction. A
    // resource already in review only gets its reviewer changed. The reviewer must be an
    // enabled member whose role may approve (reviewer or admin), otherwise Invalid.
    Resource submitForReview(qint64 id, const QString &reviewerLogin, const QString &author, const QString &comment,
                             int expectedVersion);
    // The members a submission may name: enabled, with a role that may approve.
    static QList<Member> eligibleReviewers(const QList<Member> &members);

    // Writes revisionId back as the current state, as a new revision by author
    // (ResourceRepository::restoreRevision); expectedVersion 0 = no version check.
    Resource restoreRevision(qint64 revisionId, const QString &author, int expectedVersion = 0);

private:
    StatusService statusService() const;

    ResourceRepository &m_repository;
    ReviewSettings m_settings;
    ImageChecker m_imageExists;
};

} // namespace Actes
