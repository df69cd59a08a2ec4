#include "domain/resource.h"

#include <QCoreApplication>

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
    case Status::Draft: return QStringLiteral("draft");
    case Status::InReview: return QStringLiteral("review");
    case Status::Approved: return QStringLiteral("approved");
    case Status::Published: return QStringLiteral("published");
    case Status::Archived: return QStringLiteral("archived");
    }
    return QStringLiteral("draft");
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
        && participants == o.participants && partners == o.partners;
}

} // namespace Actes
