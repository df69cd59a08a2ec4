#pragma once

#include "domain/resource.h"

#include <QByteArray>

#include <optional>

// The full state of a resource as stored in a revision: compact JSON, shared by every storage
// implementation. Versioned ("format": 1) so that later fields can be added compatibly.
namespace Actes::ResourceSnapshot {

// Everything a user edits (title, type, flags, status, dates, place, attendance, rich texts,
// review note, participants and partners with their directory ids, the attachments (their
// rows, the content by SHA-256) and the dismissed checks), plus id, version, created
// and modified for information.
QByteArray toJson(const Resource &resource);

// The resource stored by toJson(); nothing when the data is not a snapshot. Unknown keys are
// ignored, missing ones take the defaults of Resource.
std::optional<Resource> fromJson(const QByteArray &json);

} // namespace Actes::ResourceSnapshot
