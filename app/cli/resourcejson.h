#pragma once

#include "domain/resource.h"

#include <QJsonObject>
#include <QJsonValue>

namespace Actes {

// The JSON shape of a resource used by `actes list --json` and `actes show --json`.
// Keys (exactly): id, title, type, private, status, date_start, date_end, place, attendance,
// summary_html, participants [{name, function, organisation, role}], partners [{name, role}];
// with includeBody, also body_html and attachments [attachmentToJson()].
QJsonObject resourceToJson(const Resource &resource, bool includeBody);
// One attachment, as `actes attachments --json` lists it. Keys (exactly): id, title, kind
// (programme, slides, proceedings, study, photos, video, other), visibility (public or
// members-only), file_name, mime_type, size, sha256 (null for a link), url (null for a file).
QJsonObject attachmentToJson(const Attachment &attachment);
QJsonValue dateToJson(const QDate &date);   // "YYYY-MM-DD" or null

} // namespace Actes
