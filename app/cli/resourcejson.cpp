#include "cli/resourcejson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Actes {

QJsonValue dateToJson(const QDate &date)
{
    if (!date.isValid())
        return QJsonValue(QJsonValue::Null);
    return date.toString(Qt::ISODate);
}

QJsonObject attachmentToJson(const Attachment &a)
{
    const auto fileValue = [&a](const QJsonValue &value) { return a.isFile() ? value : QJsonValue(QJsonValue::Null); };
    return QJsonObject{
        {u"id"_s, a.id},
        {u"title"_s, a.title},
        {u"kind"_s, attachmentKindKey(a.kind)},
        {u"visibility"_s, a.membersOnly ? u"members-only"_s : u"public"_s},
        {u"file_name"_s, fileValue(a.fileName)},
        {u"mime_type"_s, fileValue(a.mimeType)},
        {u"size"_s, fileValue(a.size)},
        {u"sha256"_s, fileValue(a.sha256)},
        {u"url"_s, a.isLink() ? QJsonValue(a.url) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject resourceToJson(const Resource &r, bool includeBody)
{
    QJsonArray participants;
    for (const Participant &p : r.participants) {
        participants.append(QJsonObject{
            {u"name"_s, p.name},
            {u"function"_s, p.function},
            {u"organisation"_s, p.organisation},
            {u"role"_s, p.role},
        });
    }
    QJsonArray partners;
    for (const Partner &p : r.partners) {
        partners.append(QJsonObject{
            {u"name"_s, p.name},
            {u"role"_s, p.role},
        });
    }
    QJsonObject o{
        {u"id"_s, r.id},
        {u"title"_s, r.title},
        {u"type"_s, r.type},
        {u"private"_s, r.isPrivate},
        {u"private_confirmed"_s, r.privateConfirmed},
        {u"status"_s, statusKey(r.status)},
        {u"date_start"_s, dateToJson(r.dateStart)},
        {u"date_end"_s, dateToJson(r.dateEnd)},
        {u"place"_s, r.place},
        {u"attendance"_s,
         r.attendance ? QJsonValue(*r.attendance) : QJsonValue(QJsonValue::Null)},
        {u"summary_html"_s, r.summaryHtml},
        {u"participants"_s, participants},
        {u"partners"_s, partners},
    };
    if (includeBody) {
        o.insert(u"body_html"_s, r.bodyHtml);
        QJsonArray attachments;
        for (const Attachment &a : r.attachments)
            attachments.append(attachmentToJson(a));
        o.insert(u"attachments"_s, attachments);
    }
    return o;
}

} // namespace Actes
