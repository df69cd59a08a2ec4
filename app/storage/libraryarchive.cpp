#include "storage/libraryarchive.h"

#include "storage/postgresrepository.h"
#include "storage/sqliterepository.h"

using namespace Qt::StringLiterals;

namespace Actes {

std::unique_ptr<LibraryArchive> makeSqliteArchive(SqliteRepository &repository);       // sqlitearchive.cpp
std::unique_ptr<LibraryArchive> makePostgresArchive(PostgresRepository &repository);   // postgresarchive.cpp

const QList<ArchiveTable> &archiveTables()
{
    using T = ArchiveColumn::Type;
    static const QList<ArchiveTable> tables = {
        {u"resource_type"_s,
         {{u"id"_s, T::Integer}, {u"name"_s, T::Text}, {u"name_key"_s, T::Text}, {u"builtin"_s, T::Boolean},
          {u"position"_s, T::Integer}},
         {u"id"_s}},
        {u"person"_s,
         {{u"id"_s, T::Integer}, {u"name"_s, T::Text}, {u"function"_s, T::Text}, {u"organisation"_s, T::Text},
          {u"name_key"_s, T::Text}},
         {u"id"_s}},
        {u"organisation"_s,
         {{u"id"_s, T::Integer}, {u"name"_s, T::Text}, {u"name_key"_s, T::Text}, {u"sort_key"_s, T::Text}},
         {u"id"_s}},
        {u"resource"_s,
         {{u"id"_s, T::Integer}, {u"title"_s, T::Text}, {u"title_key"_s, T::Text},
          {u"type_id"_s, T::Integer, true}, {u"is_private"_s, T::Boolean}, {u"private_confirmed"_s, T::Boolean},
          {u"status"_s, T::Text}, {u"date_start"_s, T::Date, true}, {u"date_end"_s, T::Date, true},
          {u"place"_s, T::Text}, {u"attendance"_s, T::Integer, true}, {u"created"_s, T::Time},
          {u"modified"_s, T::Time}, {u"version"_s, T::Integer}, {u"deleted_at"_s, T::Time, true},
          {u"needs_review"_s, T::Boolean}, {u"review_note"_s, T::Text},
          {u"requested_reviewer"_s, T::Text, true}, {u"dismissed_checks"_s, T::Text}},
         {u"id"_s}},
        {u"resource_text"_s,
         {{u"resource_id"_s, T::Integer}, {u"summary_html"_s, T::Text}, {u"body_html"_s, T::Text}},
         {u"resource_id"_s}},
        {u"resource_person"_s,
         {{u"resource_id"_s, T::Integer}, {u"position"_s, T::Integer}, {u"person_id"_s, T::Integer},
          {u"role"_s, T::Text}},
         {u"resource_id"_s, u"position"_s}},
        {u"resource_organisation"_s,
         {{u"resource_id"_s, T::Integer}, {u"position"_s, T::Integer}, {u"organisation_id"_s, T::Integer},
          {u"role"_s, T::Text}},
         {u"resource_id"_s, u"position"_s}},
        {u"attachment_data"_s,
         {{u"sha256"_s, T::Text}, {u"size"_s, T::Integer}, {u"data"_s, T::Blob}, {u"search_text"_s, T::Text}},
         {u"sha256"_s}},
        {u"resource_attachment"_s,
         {{u"id"_s, T::Integer}, {u"resource_id"_s, T::Integer}, {u"position"_s, T::Integer},
          {u"title"_s, T::Text}, {u"kind"_s, T::Text}, {u"members_only"_s, T::Boolean},
          {u"file_name"_s, T::Text}, {u"mime_type"_s, T::Text}, {u"size"_s, T::Integer},
          {u"sha256"_s, T::Text}, {u"url"_s, T::Text}},
         {u"id"_s}},
        {u"image"_s,
         {{u"key"_s, T::Text}, {u"mime"_s, T::Text}, {u"data"_s, T::Blob}, {u"created"_s, T::Time}},
         {u"key"_s}},
        {u"library_setting"_s, {{u"key"_s, T::Text}, {u"value"_s, T::Text}}, {u"key"_s}},
        {u"revision"_s,
         {{u"id"_s, T::Integer}, {u"resource_id"_s, T::Integer}, {u"number"_s, T::Integer}, {u"at"_s, T::Time},
          {u"session_start"_s, T::Time}, {u"author"_s, T::Text}, {u"cause"_s, T::Text}, {u"status"_s, T::Text},
          {u"approved"_s, T::Boolean}, {u"changed"_s, T::Text}, {u"restored_from"_s, T::Integer},
          {u"snapshot"_s, T::Text}},
         {u"id"_s}},
        {u"status_change"_s,
         {{u"id"_s, T::Integer}, {u"resource_id"_s, T::Integer}, {u"from_status"_s, T::Text},
          {u"to_status"_s, T::Text}, {u"at"_s, T::Time}, {u"author"_s, T::Text}, {u"comment"_s, T::Text},
          {u"revision_id"_s, T::Integer, true}, {u"reviewer"_s, T::Text, true}},
         {u"id"_s}},
        {u"review_comment"_s,
         {{u"id"_s, T::Integer}, {u"resource_id"_s, T::Integer}, {u"parent_id"_s, T::Integer, true},
          {u"field"_s, T::Text}, {u"anchor_start"_s, T::Integer}, {u"anchor_end"_s, T::Integer},
          {u"quote"_s, T::Text}, {u"context_before"_s, T::Text}, {u"context_after"_s, T::Text},
          {u"detached"_s, T::Boolean}, {u"text"_s, T::Text}, {u"author"_s, T::Text}, {u"created"_s, T::Time},
          {u"edited"_s, T::Time, true}, {u"resolved"_s, T::Boolean}, {u"resolved_by"_s, T::Text},
          {u"resolved_at"_s, T::Time, true}},
         {u"id"_s}},
    };
    return tables;
}

std::unique_ptr<LibraryArchive> LibraryArchive::of(ResourceRepository &repository)
{
    if (auto *sqlite = dynamic_cast<SqliteRepository *>(&repository))
        return makeSqliteArchive(*sqlite);
    if (auto *postgres = dynamic_cast<PostgresRepository *>(&repository))
        return makePostgresArchive(*postgres);
    return nullptr;
}

} // namespace Actes
