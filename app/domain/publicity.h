#pragma once

#include "domain/resource.h"

namespace Actes {

// Whether a resource may reach a public channel: the public PDF proceedings, print, the website
// export. Private by default: a resource is public only when it is not marked private AND
// someone confirmed it (a person in the window, `actes set ID private=false`, or an import whose
// export said "Ressource privée : Non"). Every public channel asks this one predicate.
enum class Publicity {
    Public,             // not private, confirmed
    Private,            // marked private (confirmed or not)
    Unconfirmed,        // not marked private, but nobody confirmed it: treated as private
};

Publicity publicity(bool isPrivate, bool privateConfirmed);
inline Publicity publicity(const Resource &resource)
{
    return publicity(resource.isPrivate, resource.privateConfirmed);
}
inline Publicity publicity(const ResourceSummary &summary)
{
    return publicity(summary.isPrivate, summary.privateConfirmed);
}

// True only for Publicity::Public.
inline bool isPublicForExport(const Resource &resource)
{
    return publicity(resource) == Publicity::Public;
}
inline bool isPublicForExport(const ResourceSummary &summary)
{
    return publicity(summary) == Publicity::Public;
}

} // namespace Actes
