#pragma once

// Internal to the SQLite implementation (storage/sqlite*.cpp): the prepared statement cache and
// the helpers its source files share. Nothing outside storage/ includes this.

#include "domain/resource.h"
#include "storage/resourcerepository.h"
#include "storage/libraryerror.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <utility>

namespace Actes {

using namespace Qt::StringLiterals;

// --- Prepared statement cache --------------------------------------------------------------
//
// Preparing a statement costs as much as running a small one, and a createResource() runs
// about twenty: each SQL text is prepared once per connection and reused. A statement in use
// is never handed out twice; a nested use of the same SQL gets a fresh, uncached query.

struct SqliteCachedStatement
{
    QSqlQuery query;
    bool inUse = false;
};

class SqliteStatement
{
public:
    explicit SqliteStatement(std::shared_ptr<SqliteCachedStatement> cached)
        : m_cached(std::move(cached)), m_query(&m_cached->query)
    {
        m_cached->inUse = true;
    }
    explicit SqliteStatement(std::unique_ptr<QSqlQuery> own)
        : m_own(std::move(own)), m_query(m_own.get())
    {
    }
    SqliteStatement(SqliteStatement &&other) noexcept
        : m_cached(std::move(other.m_cached)), m_own(std::move(other.m_own)),
          m_query(std::exchange(other.m_query, nullptr))
    {
    }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    SqliteStatement &operator=(SqliteStatement &&) = delete;
    ~SqliteStatement()
    {
        if (m_query)
            m_query->finish();   // releases the read snapshot and any lock it holds
        if (m_cached)
            m_cached->inUse = false;
    }

    operator QSqlQuery &() { return *m_query; }

    void bindValue(int position, const QVariant &value) { m_query->bindValue(position, value); }
    void bindValue(const QString &placeholder, const QVariant &value) { m_query->bindValue(placeholder, value); }
    void setForwardOnly(bool) {}   // cached statements are always forward-only
    bool next() { return m_query->next(); }
    QVariant value(int index) const { return m_query->value(index); }
    void finish() { m_query->finish(); }
    QSqlError lastError() const { return m_query->lastError(); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }

private:
    std::shared_ptr<SqliteCachedStatement> m_cached;
    std::unique_ptr<QSqlQuery> m_own;
    QSqlQuery *m_query = nullptr;
};


namespace SqliteDetail {

using Kind = LibraryError::Kind;

QString native(const QString &path);
QString sqliteMessage(const QSqlError &error);
LibraryError errorFor(const QSqlError &error, const QString &path);
QVariant text(const QString &value);            // a null QString binds '' (NOT NULL columns)
QVariant date(const QDate &value);              // ISO date or NULL
QString timestamp(const QDateTime &value);      // ISO UTC with milliseconds
QDate dateFrom(const QVariant &value);
QDateTime timestampFrom(const QVariant &value);
QString idsJson(const QList<qint64> &ids);      // for json_each(:ids)
QList<qint64> uniqueIds(const QList<qint64> &ids, qint64 excluded = 0);
QString quoted(const QString &title);
extern const QString summaryColumns;
ResourceSummary summaryFrom(const QSqlQuery &query);
// The WHERE clause of a filter, with its values appended to values.
QString filterClause(const ResourceFilter &filter, QVariantList *values);

// Keeps the reads of one call on one snapshot when no transaction is open.
class ReadSnapshot
{
public:
    ReadSnapshot(const QSqlDatabase &db, bool needed)
        : m_db(db), m_active(needed)
    {
        if (m_active) {
            QSqlQuery query(m_db);
            m_active = query.exec(u"BEGIN"_s);
        }
    }
    ~ReadSnapshot()
    {
        if (m_active) {
            QSqlQuery query(m_db);
            query.exec(u"COMMIT"_s);
        }
    }
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

void validate(const Resource &resource);            // throws LibraryError::Kind::Invalid
// Resource::dismissedChecks as stored in resource.dismissed_checks (a compact JSON array).
QString checksJson(const QStringList &checks);
QStringList checksFrom(const QVariant &value);
extern const QStringList builtInParticipantRoles;
extern const QStringList builtInPartnerRoles;

} // namespace SqliteDetail
} // namespace Actes
