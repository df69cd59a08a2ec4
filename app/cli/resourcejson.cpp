#include "cli/resourcejson.h"

#include <QJsonArray>

namespace Actes {

QJsonValue dateToJson(const QDate &date)
{
    if (!date.isValid())
        return QJsonValue(QJsonValue::Null);
    return date.toString(Qt::ISODate);
}

QJsonObject resourceToJson(const Resource &r, bool includeBody)
{
    QJsonArray participants;
    for (const Participant &p : r.participants) {
        participants.append(QJsonObject{
            {QStringLiteral("name"), p.name},
            {QStringLiteral("function"), p.function},
            {QStringLiteral("organisation"), p.organisation},
            {QStringLiteral("role"), p.role},
        });
    }
    QJsonArray partners;
    for (const Partner &p : r.partners) {
        partners.append(QJsonObject{
            {QStringLiteral("name"), p.name},
            {QStringLiteral("role"), p.role},
        });
    }
    QJsonObject o{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("title"), r.title},
        {QStringLiteral("type"), r.type},
        {QStringLiteral("private"), r.isPrivate},
        {QStringLiteral("status"), statusKey(r.status)},
        {QStringLiteral("date_start"), dateToJson(r.dateStart)},
        {QStringLiteral("date_end"), dateToJson(r.dateEnd)},
        {QStringLiteral("place"), r.place},
        {QStringLiteral("attendance"),
         r.attendance ? QJsonValue(*r.attendance) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("summary_html"), r.summaryHtml},
        {QStringLiteral("participants"), participants},
        {QStringLiteral("partners"), partners},
    };
    if (includeBody)
        o.insert(QStringLiteral("body_html"), r.bodyHtml);
    return o;
}

} // namespace Actes
