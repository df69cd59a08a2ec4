#pragma once

// Internal to the PostgreSQL implementation (storage/postgres*.cpp): helpers its source files
// share. Nothing outside storage/ includes this.

#include "domain/resource.h"
#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Actes::PostgresDetail {

using Kind = LibraryError::Kind;

// The schema version this build writes and reads (actes_meta.schema_version).
inline constexpr int SchemaVersion = 1;
// actes_meta.application of an Actes library.
inline constexpr char16_t ApplicationMarker[] = u"actes-library";

QVariant text(const QString &value);            // a null QString binds '' (NOT NULL columns)
QVariant date(const QDate &value);              // ISO date or NULL
QString timestamp(const QDateTime &value);      // ISO UTC with milliseconds (bound to timestamptz)
QDate dateFrom(const QVariant &value);          // from dateColumn()
QDateTime timestampFrom(const QVariant &value); // from timeColumn()
// SQL reading a date / timestamptz column as values dateFrom() / timestampFrom() read back,
// whatever the session's DateStyle and TimeZone.
QString dateColumn(const QString &column);
QString timeColumn(const QString &column);
QString idsArray(const QList<qint64> &ids);     // a bigint[] literal: '{1,2,3}'
extern const QString summaryColumns;
ResourceSummary summaryFrom(const QSqlQuery &query);
// The WHERE clause of a filter, with its values appended to values.
QString filterClause(const ResourceFilter &filter, QVariantList *values);
// The ORDER BY of every list (unknown dates last; title keys compared as SQLite compares them).
extern const QString listOrder;

// --- Full-text search ----------------------------------------------------------------------
// The words SQLite's FTS5 unicode61 tokenizer (remove_diacritics 2) cuts folded text into:
// runs of letters, digits and private-use characters, accents removed, case folded.
QStringList searchTokens(const QString &foldedText);
// A tsvector literal for the fields of a resource (already folded): title weight A, summary B,
// body C, positions running on across the fields.
QString searchDocument(const QString &title, const QString &summary, const QString &body);
// A tsquery literal matching what SearchText::ftsQuery() matches in SQLite: every term
// required, a term of several words a phrase inside one field, the last term a prefix.
// Empty when the text holds no word.
QString searchQuery(const QString &userText);

} // namespace Actes::PostgresDetail
