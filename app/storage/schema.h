#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <optional>

// The SQLite schema of an Actes library and its migrations.
// The version lives in PRAGMA user_version, the owner in PRAGMA application_id.
namespace Actes::Schema {

// "ACTE": marks a SQLite file as an Actes library (PRAGMA application_id).
inline constexpr qint32 ApplicationId = 0x41435445;

// Version history:
//  1  resources, resource types, people, organisations, their links, full-text index
//  2  trash (deleted_at) and review flags (needs_review, review_note)
//  3  images stored in the library, per-library settings
//  4  revisions (full JSON snapshots) and the history of status changes
//  5  review comments, the review queue
//  6  attachments (their rows and their content), dismissed warning checks
int latestVersion();

// Applies the migration that brings a library from version - 1 to version, inside one
// transaction (user_version is set in the same transaction). Returns the error of the
// failing statement, or nothing on success; on error nothing of this step is kept.
std::optional<QSqlError> applyMigration(QSqlDatabase &db, int version);

// The resource types of a new library, in display order (French: they are data).
QStringList builtInResourceTypes();

} // namespace Actes::Schema
