#pragma once

#include "domain/resource.h"

#include <QJsonObject>
#include <QJsonValue>

namespace Actes {

// The JSON shape of a resource used by `actes list --json` and `actes show --json`.
// Keys (exactly): id, title, type, private, status, date_start, date_end, place, attendance,
// summary_html, participants [{name, function, organisation, role}], partners [{name, role}];
// with includeBody, also body_html.
QJsonObject resourceToJson(const Resource &resource, bool includeBody);
QJsonValue dateToJson(const QDate &date);   // "YYYY-MM-DD" or null

} // namespace Actes
