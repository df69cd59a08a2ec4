#include "session/resourcedocument.h"

#include <QUndoStack>

#include <algorithm>

namespace Actes {

namespace {

// An end before the start follows the start; without a start there is no end.
EventDates consistentDates(EventDates dates)
{
    if (dates.start.isValid() && (!dates.end.isValid() || dates.end < dates.start))
        dates.end = dates.start;
    if (!dates.start.isValid())
        dates.end = QDate();
    return dates;
}

} // namespace

ResourceDocument::ResourceDocument(QObject *parent)
    : QObject(parent), m_undoStack(new QUndoStack(this))
{
}

ResourceDocument::~ResourceDocument()
{
    m_undoStack->clear();   // the commands point at this document
}

void ResourceDocument::load(const Resource &resource)
{
    if (!m_open || resource.id != m_resource.id || resource.id == 0)
        m_undoStack->clear();
    m_resource = resource;
    const EventDates dates = consistentDates(EventDates{resource.dateStart, resource.dateEnd});
    m_resource.dateStart = dates.start;
    m_resource.dateEnd = dates.end;
    m_open = true;
    emit loaded();
}

void ResourceDocument::clear()
{
    m_undoStack->clear();
    m_resource = Resource{};
    m_open = false;
    emit loaded();
}

void ResourceDocument::markSaved()
{
    m_undoStack->setClean();
}

Resource ResourceDocument::content() const
{
    Resource resource = m_resource;
    applyMetadataTo(resource);
    return resource;
}

void ResourceDocument::applyMetadataTo(Resource &resource) const
{
    resource.type = m_resource.type;
    resource.isPrivate = m_resource.isPrivate;
    resource.privateConfirmed = m_resource.privateConfirmed;
    resource.needsReview = m_resource.needsReview;
    resource.reviewNote = m_resource.reviewNote;
    resource.dateStart = m_resource.dateStart;
    resource.dateEnd = m_resource.dateStart.isValid() ? std::max(m_resource.dateStart, m_resource.dateEnd) : QDate();
    resource.place = m_resource.place.trimmed();
    resource.attendance = m_resource.attendance;
    resource.attachments = m_resource.attachments;
    resource.dismissedChecks = m_resource.dismissedChecks;
    resource.participants.clear();
    for (const Participant &p : m_resource.participants) {
        if (!p.name.trimmed().isEmpty())
            resource.participants.append(p);
    }
    resource.partners.clear();
    for (const Partner &p : m_resource.partners) {
        if (!p.name.trimmed().isEmpty())
            resource.partners.append(p);
    }
}

void ResourceDocument::setTitle(const QString &title)
{
    if (title == m_resource.title)
        return;
    m_resource.title = title;
    emit titleChanged(title);
    emit changed();
}

void ResourceDocument::setSummaryHtml(const QString &html)
{
    if (html == m_resource.summaryHtml)
        return;
    m_resource.summaryHtml = html;
    emit summaryChanged();
    emit changed();
}

void ResourceDocument::setBodyHtml(const QString &html)
{
    if (html == m_resource.bodyHtml)
        return;
    m_resource.bodyHtml = html;
    emit bodyChanged();
    emit changed();
}

void ResourceDocument::setType(const QString &type)
{
    if (type == m_resource.type)
        return;
    m_resource.type = type;
    emit typeChanged(type);
    emit changed();
}

void ResourceDocument::setPrivateFlag(PrivateFlag flag)
{
    if (flag == privateFlag())
        return;
    m_resource.isPrivate = flag.isPrivate;
    m_resource.privateConfirmed = flag.confirmed;
    emit privateFlagChanged(flag);
    emit changed();
}

void ResourceDocument::setDates(EventDates dates)
{
    if (dates == this->dates())
        return;
    m_resource.dateStart = dates.start;
    m_resource.dateEnd = dates.end;
    emit datesChanged(dates);
    emit changed();
}

void ResourceDocument::setPlace(const QString &place)
{
    if (place == m_resource.place)
        return;
    m_resource.place = place;
    emit placeChanged(place);
    emit changed();
}

void ResourceDocument::setAttendance(std::optional<int> attendance)
{
    if (attendance == m_resource.attendance)
        return;
    m_resource.attendance = attendance;
    emit attendanceChanged(attendance);
    emit changed();
}

void ResourceDocument::setParticipants(const QList<Participant> &participants)
{
    if (participants == m_resource.participants)
        return;
    m_resource.participants = participants;
    emit participantsChanged(participants);
    emit changed();
}

void ResourceDocument::setPartners(const QList<Partner> &partners)
{
    if (partners == m_resource.partners)
        return;
    m_resource.partners = partners;
    emit partnersChanged(partners);
    emit changed();
}

void ResourceDocument::setAttachments(const QList<Attachment> &attachments)
{
    if (attachments == m_resource.attachments)
        return;
    m_resource.attachments = attachments;
    emit attachmentsChanged(attachments);
    emit changed();
}

void ResourceDocument::setDismissedChecks(const QStringList &keys)
{
    if (keys == m_resource.dismissedChecks)
        return;
    m_resource.dismissedChecks = keys;
    emit dismissedChecksChanged(keys);
    emit changed();
}

void ResourceDocument::setImportReview(const ImportReview &review)
{
    if (review == importReview())
        return;
    m_resource.needsReview = review.needsReview;
    m_resource.reviewNote = review.note;
    emit importReviewChanged(review);
    emit changed();
}

void ResourceDocument::setStatus(Status status)
{
    if (status == m_resource.status)
        return;
    m_resource.status = status;
    emit statusChanged(status);
    emit changed();
}

void ResourceDocument::setContent(const Resource &content)
{
    m_resource.id = content.id;
    m_resource.version = content.version;
    m_resource.created = content.created;
    m_resource.modified = content.modified;
    setTitle(content.title);
    setSummaryHtml(content.summaryHtml);
    setBodyHtml(content.bodyHtml);
    setType(content.type);
    setPrivateFlag(PrivateFlag{content.isPrivate, content.privateConfirmed});
    setDates(EventDates{content.dateStart, content.dateEnd});
    setPlace(content.place);
    setAttendance(content.attendance);
    setParticipants(content.participants);
    setPartners(content.partners);
    setAttachments(content.attachments);
    setDismissedChecks(content.dismissedChecks);
    setImportReview(ImportReview{content.needsReview, content.reviewNote});
    setStatus(content.status);
}

} // namespace Actes
