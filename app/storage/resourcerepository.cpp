#include "storage/resourcerepository.h"

#include "storage/libraryerror.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace Actes {

namespace {
struct RepositoryStrings
{
    Q_DECLARE_TR_FUNCTIONS(Actes::ResourceRepository)
};
} // namespace

// Defaults for implementations that keep no history (test doubles): see the header.

void ResourceRepository::setCurrentAuthor(const QString &) {}

QString ResourceRepository::currentAuthor() const
{
    return {};
}

void ResourceRepository::setRevisionCause(RevisionCause) {}

RevisionCause ResourceRepository::revisionCause() const
{
    return RevisionCause::Edit;
}

void ResourceRepository::changeStatus(qint64 id, Status newStatus, const QString &, const QString &,
                                      int expectedVersion)
{
    std::optional<Resource> resource = loadResource(id);
    if (!resource) {
        throw LibraryError(LibraryError::Kind::NotFound,
                           RepositoryStrings::tr("The resource number %1 no longer exists in the library %2.")
                               .arg(id)
                               .arg(location()),
                           location());
    }
    if (resource->status == newStatus && resource->version == expectedVersion)
        return;
    resource->status = newStatus;
    resource->version = expectedVersion;   // saveResource() refuses a stale version
    saveResource(*resource);
}

QList<StatusChange> ResourceRepository::statusHistory(qint64) const
{
    return {};
}

QList<RevisionInfo> ResourceRepository::revisions(qint64) const
{
    return {};
}

std::optional<Resource> ResourceRepository::revisionSnapshot(qint64) const
{
    return std::nullopt;
}

Resource ResourceRepository::restoreRevision(qint64 revisionId, const QString &, int)
{
    throw LibraryError(LibraryError::Kind::NotFound,
                       RepositoryStrings::tr("The library %1 keeps no revisions, so revision number %2 cannot be "
                                             "restored.")
                           .arg(location())
                           .arg(revisionId),
                       location());
}

std::optional<qint64> ResourceRepository::lastApprovedRevision(qint64) const
{
    return std::nullopt;
}

bool ResourceRepository::isInTrash(qint64 id) const
{
    ResourceFilter filter;
    filter.ids = {id};
    filter.trash = true;
    return countResources(filter) == 1;
}

QList<int> ResourceRepository::eventYears() const
{
    QList<int> years;
    for (const ResourceSummary &summary : listResources()) {
        const int year = summary.dateStart.isValid() ? summary.dateStart.year() : 0;
        if (year != 0 && !years.contains(year))
            years.append(year);
    }
    std::sort(years.begin(), years.end(), std::greater<>());
    return years;
}

} // namespace Actes
