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
inline constexpr int SchemaVersion = 3;
// The statements that take a library from version - 1 to version (2..SchemaVersion), run in
// one transaction by the login that owns the database. Version 2 (the team workflow) is made of
// sections kept with the code that uses them, in this order: comments (postgrescomments.cpp),
// presence (postgrespresence.cpp), the review queue (postgresreviewqueue.cpp), then members,
// roles, privileges and row-level security over every table (postgresmembers.cpp).
QStringList schemaMigration(int version);
QStringList commentsSchema();
QStringList presenceSchema();
QStringList reviewQueueSchema();
QStringList membersSchema();
// Version 3: attached documents (postgresattachments.cpp), with their privileges and policies.
QStringList attachmentsSchema();
// resource.dismissed_checks: a JSON array of the keys (postgresattachments.cpp).
QString checksJson(const QStringList &keys);
QStringList checksFrom(const QVariant &json);
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
// What is stored for the fields of a resource (already folded): the distinct words as a
// tsvector literal (for the GIN index), and the words in order, each field as " w1 w2 … \n"
// (to confirm phrases and prefixes with LIKE). complete is false when the vector had to leave
// words out (it holds at most 1 MB).
struct SearchDocument
{
    QString vector;
    QString words;
    bool complete = true;
};
// attachments: the titles of the attachments and the text of their files, a fourth field
// (SearchText::attachmentWords()).
SearchDocument searchDocument(const QString &title, const QString &summary, const QString &body,
                              const QString &attachments = {});
// What SearchText::ftsQuery() matches in SQLite: every term required, the words of a term in
// order inside one field, the last term a prefix. tsquery is empty when the text holds no word.
struct SearchCondition
{
    QString tsquery;          // every word (the last one a prefix), for the index
    QStringList patterns;     // one LIKE pattern per term, on SearchDocument::words
    QStringList phrasePatterns;   // those of the terms of several words
};
SearchCondition searchCondition(const QString &userText);

} // namespace Actes::PostgresDetail
