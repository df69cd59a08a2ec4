#include "storage/resourcesnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Actes::ResourceSnapshot {

namespace {

constexpr int Format = 1;

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDate dateFrom(const QJsonValue &value)
{
    return value.isString() ? QDate::fromString(value.toString(), Qt::ISODate) : QDate();
}

QDateTime timeFrom(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

} // namespace

QByteArray toJson(const Resource &r)
{
    QJsonArray participants;
    for (const Participant &p : r.participants) {
        participants.append(QJsonObject{{u"personId"_s, p.personId}, {u"name"_s, p.name},
                                        {u"function"_s, p.function}, {u"organisation"_s, p.organisation},
                                        {u"role"_s, p.role}});
    }
    QJsonArray partners;
    for (const Partner &p : r.partners) {
        partners.append(QJsonObject{{u"organisationId"_s, p.organisationId}, {u"name"_s, p.name},
                                    {u"role"_s, p.role}});
    }
    QJsonArray attachments;
    for (const Attachment &a : r.attachments) {
        QJsonObject attachment{{u"id"_s, a.id}, {u"title"_s, a.title}, {u"kind"_s, attachmentKindKey(a.kind)},
                               {u"membersOnly"_s, a.membersOnly}};
        if (a.isLink()) {
            attachment.insert(u"url"_s, a.url);
        } else {
            attachment.insert(u"fileName"_s, a.fileName);
            attachment.insert(u"mimeType"_s, a.mimeType);
            attachment.insert(u"size"_s, a.size);
            attachment.insert(u"sha256"_s, a.sha256);
        }
        attachments.append(attachment);
    }
    const QJsonObject object{
        {u"format"_s, Format},
        {u"id"_s, r.id},
        {u"version"_s, r.version},
        {u"title"_s, r.title},
        {u"type"_s, r.type},
        {u"private"_s, r.isPrivate},
        {u"privateConfirmed"_s, r.privateConfirmed},
        {u"status"_s, statusKey(r.status)},
        {u"dateStart"_s, dateValue(r.dateStart)},
        {u"dateEnd"_s, dateValue(r.dateEnd)},
        {u"place"_s, r.place},
        {u"attendance"_s, r.attendance ? QJsonValue(*r.attendance) : QJsonValue()},
        {u"summaryHtml"_s, r.summaryHtml},
        {u"bodyHtml"_s, r.bodyHtml},
        {u"needsReview"_s, r.needsReview},
        {u"reviewNote"_s, r.reviewNote},
        {u"created"_s, timeValue(r.created)},
        {u"modified"_s, timeValue(r.modified)},
        {u"participants"_s, participants},
        {u"partners"_s, partners},
        {u"attachments"_s, attachments},
        {u"dismissedChecks"_s, QJsonArray::fromStringList(r.dismissedChecks)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<Resource> fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject o = document.object();
    if (o.value(u"format"_s).toInt() < 1)
        return std::nullopt;
    Resource r;
    r.id = o.value(u"id"_s).toInteger();
    r.version = o.value(u"version"_s).toInt();
    r.title = o.value(u"title"_s).toString();
    r.type = o.value(u"type"_s).toString();
    r.isPrivate = o.value(u"private"_s).toBool();
    r.privateConfirmed = o.value(u"privateConfirmed"_s).toBool();
    r.status = statusFromKey(o.value(u"status"_s).toString()).value_or(Status::Draft);
    r.dateStart = dateFrom(o.value(u"dateStart"_s));
    r.dateEnd = dateFrom(o.value(u"dateEnd"_s));
    r.place = o.value(u"place"_s).toString();
    if (o.value(u"attendance"_s).isDouble())
        r.attendance = o.value(u"attendance"_s).toInt();
    r.summaryHtml = o.value(u"summaryHtml"_s).toString();
    r.bodyHtml = o.value(u"bodyHtml"_s).toString();
    r.needsReview = o.value(u"needsReview"_s).toBool();
    r.reviewNote = o.value(u"reviewNote"_s).toString();
    r.created = timeFrom(o.value(u"created"_s));
    r.modified = timeFrom(o.value(u"modified"_s));
    for (const QJsonValue &value : o.value(u"participants"_s).toArray()) {
        const QJsonObject p = value.toObject();
        r.participants.append(Participant{p.value(u"personId"_s).toInteger(), p.value(u"name"_s).toString(),
                                          p.value(u"function"_s).toString(),
                                          p.value(u"organisation"_s).toString(), p.value(u"role"_s).toString()});
    }
    for (const QJsonValue &value : o.value(u"partners"_s).toArray()) {
        const QJsonObject p = value.toObject();
        r.partners.append(Partner{p.value(u"organisationId"_s).toInteger(), p.value(u"name"_s).toString(),
                                  p.value(u"role"_s).toString()});
    }
    for (const QJsonValue &value : o.value(u"attachments"_s).toArray()) {
        const QJsonObject a = value.toObject();
        Attachment attachment;
        attachment.id = a.value(u"id"_s).toInteger();
        attachment.title = a.value(u"title"_s).toString();
        attachment.kind = attachmentKindFromKey(a.value(u"kind"_s).toString()).value_or(AttachmentKind::Other);
        attachment.membersOnly = a.value(u"membersOnly"_s).toBool();
        attachment.fileName = a.value(u"fileName"_s).toString();
        attachment.mimeType = a.value(u"mimeType"_s).toString();
        attachment.size = a.value(u"size"_s).toInteger();
        attachment.sha256 = a.value(u"sha256"_s).toString();
        attachment.url = a.value(u"url"_s).toString();
        r.attachments.append(attachment);
    }
    for (const QJsonValue &value : o.value(u"dismissedChecks"_s).toArray())
        r.dismissedChecks.append(value.toString());
    return r;
}

} // namespace Actes::ResourceSnapshot
