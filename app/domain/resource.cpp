#include "domain/resource.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {
struct StatusStrings
{
    Q_DECLARE_TR_FUNCTIONS(Actes::Status)
};
} // namespace

QString statusKey(Status status)
{
    switch (status) {
    case Status::Draft: return u"draft"_s;
    case Status::InReview: return u"review"_s;
    case Status::Approved: return u"approved"_s;
    case Status::Published: return u"published"_s;
    case Status::Archived: return u"archived"_s;
    }
    return u"draft"_s;
}

std::optional<Status> statusFromKey(const QString &key)
{
    for (Status s : {Status::Draft, Status::InReview, Status::Approved, Status::Published, Status::Archived}) {
        if (statusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString statusLabel(Status status)
{
    switch (status) {
    case Status::Draft: return StatusStrings::tr("Draft");
    case Status::InReview: return StatusStrings::tr("In review");
    case Status::Approved: return StatusStrings::tr("Approved");
    case Status::Published: return StatusStrings::tr("Published");
    case Status::Archived: return StatusStrings::tr("Archived");
    }
    return {};
}

bool Resource::sameContentAs(const Resource &o) const
{
    return title == o.title && type == o.type && isPrivate == o.isPrivate
        && privateConfirmed == o.privateConfirmed && status == o.status
        && dateStart == o.dateStart && dateEnd == o.dateEnd && place == o.place
        && attendance == o.attendance && summaryHtml == o.summaryHtml && bodyHtml == o.bodyHtml
        && needsReview == o.needsReview && reviewNote == o.reviewNote
        && participants == o.participants && partners == o.partners && attachments == o.attachments
        && dismissedChecks == o.dismissedChecks;
}

} // namespace Actes
