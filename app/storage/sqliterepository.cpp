#include "storage/sqliterepository.h"

#include "storage/libraryerror.h"
#include "storage/resourcesnapshot.h"
#include "storage/schema.h"
#include "text/indexingtext.h"
#include "text/searchtext.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <algorithm>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace Actes {

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

namespace {

constexpr int BusyTimeoutMs = 5000;
// Distinct statements kept per connection; past this (dynamic filters), the cache restarts.
constexpr qsizetype MaxCachedStatements = 200;

// Primary SQLite result codes (the driver reports them in QSqlError::nativeErrorCode()).
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADatabase = 26,
};

using Kind = LibraryError::Kind;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

QString sqliteMessage(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.trimmed();
}

// The error a user sees for a failed SQLite operation on the library at path.
LibraryError errorFor(const QSqlError &error, const QString &path)
{
    switch (sqliteCode(error)) {
    case SqliteBusy:
    case SqliteLocked:
        return LibraryError(Kind::Locked,
                            SqliteRepository::tr("The library %1 is in use by another program and stayed locked for more "
                                   "than %2 seconds. Nothing was changed; try again in a moment.")
                                .arg(native(path))
                                .arg(BusyTimeoutMs / 1000),
                            path);
    case SqliteFull:
        return LibraryError(Kind::DiskFull,
                            SqliteRepository::tr("The disk holding the library %1 is full. The last change was not saved "
                                   "and the library is as it was before; free some space and try again.")
                                .arg(native(path)),
                            path);
    case SqliteCorrupt:
    case SqliteNotADatabase:
        return LibraryError(Kind::Corrupt,
                            SqliteRepository::tr("The library %1 is damaged (%2). Restore it from a backup copy.")
                                .arg(native(path), sqliteMessage(error)),
                            path);
    case SqliteReadOnly:
        return LibraryError(Kind::ReadOnly,
                            SqliteRepository::tr("The library %1 cannot be written (%2). The change was not saved.")
                                .arg(native(path), sqliteMessage(error)),
                            path);
    case SqliteCantOpen:
        return LibraryError(Kind::Io,
                            SqliteRepository::tr("The library %1 cannot be opened (%2).").arg(native(path), sqliteMessage(error)),
                            path);
    default:
        return LibraryError(Kind::Io,
                            SqliteRepository::tr("The library %1 could not be read or written: %2.")
                                .arg(native(path), sqliteMessage(error)),
                            path);
    }
}

QString newConnectionName()
{
    static QAtomicInt counter;
    return u"actes-sqlite-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

void configure(QSqlDatabase &db, const QString &path, bool readOnly)
{
    QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs);
    if (readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    // SQLite cannot read a WAL-mode file when it cannot create the -shm file beside it, unless
    // told the file is immutable. That holds when the folder is not writable and no -wal file
    // exists: nobody can be writing to it.
    const QFileInfo info(path);
    if (readOnly && info.exists() && !QFileInfo(info.absolutePath()).isWritable()
        && !QFile::exists(path + u"-wal"_s) && !QFile::exists(path + u"-shm"_s)) {
        options += u";QSQLITE_OPEN_URI"_s;
        db.setDatabaseName(QString::fromLatin1(QUrl::fromLocalFile(info.absoluteFilePath()).toEncoded())
                           + u"?immutable=1"_s);
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(options);
}

// A connection that exists only for the scope of a check, removed afterwards.
class ScopedConnection
{
public:
    ScopedConnection(const QString &path, bool readOnly)
        : m_name(newConnectionName())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        configure(db, path, readOnly);
    }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(ScopedConnection)

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

// Values bound to NOT NULL text columns: a null QString would bind SQL NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

QVariant date(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

QString timestamp(const QDateTime &value)
{
    return value.toUTC().toString(Qt::ISODateWithMs);
}

// Fast paths for the exact forms this class writes ("YYYY-MM-DD", "YYYY-MM-DDTHH:MM:SS.mmmZ"):
// listing 100,000 resources parses 300,000 of them.
int digitsAt(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

QDate isoDate(QStringView text)
{
    if (text.size() >= 10 && text[4] == u'-' && text[7] == u'-') {
        const int y = digitsAt(text, 0, 4), m = digitsAt(text, 5, 2), d = digitsAt(text, 8, 2);
        if (y >= 0 && m >= 0 && d >= 0)
            return QDate(y, m, d);
    }
    return QDate::fromString(text.toString(), Qt::ISODate);
}

QDate dateFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    return text.size() == 10 ? isoDate(text) : QDate::fromString(text, Qt::ISODate);
}

QDateTime timestampFrom(const QVariant &value)
{
    const QString text = value.toString();
    if (text.size() == 24 && text[10] == u'T' && text[13] == u':' && text[16] == u':' && text[19] == u'.'
        && text[23] == u'Z') {
        const QDate day = isoDate(QStringView(text).left(10));
        const int h = digitsAt(text, 11, 2), m = digitsAt(text, 14, 2), s = digitsAt(text, 17, 2);
        const int ms = digitsAt(text, 20, 3);
        if (day.isValid() && h >= 0 && m >= 0 && s >= 0 && ms >= 0)
            return QDateTime(day, QTime(h, m, s, ms), Qt::UTC);
    }
    QDateTime result = QDateTime::fromString(text, Qt::ISODateWithMs);
    return result.isValid() ? result.toUTC() : result;
}

QString idsJson(const QList<qint64> &ids)
{
    QString json = u"["_s;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json += u',';
        json += QString::number(ids.at(i));
    }
    return json + u']';
}

QList<qint64> uniqueIds(const QList<qint64> &ids, qint64 excluded = 0)
{
    QList<qint64> result;
    for (qint64 id : ids) {
        if (id != excluded && !result.contains(id))
            result.append(id);
    }
    return result;
}

QString quoted(const QString &title)
{
    return SqliteRepository::tr("“%1”").arg(title);
}

struct Inspection
{
    enum class State { Missing, Blank, Library };
    State state = State::Missing;
    int version = 0;
};

// Finds out, without writing a byte, whether path can be opened as a library.
Inspection inspect(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (mode == OpenMode::ReadOnly) {
            throw LibraryError(Kind::Io, SqliteRepository::tr("The library %1 does not exist.").arg(native(path)), path);
        }
        const QFileInfo folder(info.absolutePath());
        if (!folder.isDir()) {
            throw LibraryError(Kind::Io,
                               SqliteRepository::tr("The library %1 cannot be created because its folder does not exist.")
                                   .arg(native(path)),
                               path);
        }
        if (!folder.isWritable()) {
            throw LibraryError(Kind::Io,
                               SqliteRepository::tr("The library %1 cannot be created because its folder is not writable.")
                                   .arg(native(path)),
                               path);
        }
        return {Inspection::State::Missing, 0};
    }
    if (info.isDir()) {
        throw LibraryError(Kind::NotALibrary,
                           SqliteRepository::tr("%1 is a folder, not an Actes library.").arg(native(path)), path);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw LibraryError(Kind::Io,
                           SqliteRepository::tr("The library %1 cannot be read (%2).").arg(native(path), file.errorString()),
                           path);
    }
    if (file.size() == 0)
        return {Inspection::State::Blank, 0};   // a 0-byte file is an empty SQLite database
    const QByteArray header = file.read(100);
    file.close();
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic)) {
        throw LibraryError(Kind::NotALibrary,
                           SqliteRepository::tr("The file %1 is not an Actes library: it is not a database at all.")
                               .arg(native(path)),
                           path);
    }
    if (header.size() < 100) {
        throw LibraryError(Kind::Corrupt,
                           SqliteRepository::tr("The library %1 is damaged: the file is truncated. Restore it from a backup copy.")
                               .arg(native(path)),
                           path);
    }

    // Reading a WAL-mode file, even read-only, creates its -wal and -shm files. When the file
    // turns out unusable, remove those we created so that nothing is left beside it.
    const QString wal = path + u"-wal"_s;
    const QString shm = path + u"-shm"_s;
    const bool hadJournal = QFile::exists(wal) || QFile::exists(shm);
    bool usable = false;
    const auto removeCreatedJournal = qScopeGuard([&] {
        if (usable || hadJournal)
            return;
        if (QFile::exists(wal) && QFileInfo(wal).size() == 0)
            QFile::remove(wal);
        if (!QFile::exists(wal))
            QFile::remove(shm);
    });

    const ScopedConnection connection(path, true);
    QSqlDatabase db = connection.db();
    if (!db.open())
        throw errorFor(db.lastError(), path);
    QSqlQuery query(db);
    auto value = [&](const QString &sql) {
        if (!query.exec(sql) || !query.next())
            throw errorFor(query.lastError(), path);
        const QVariant result = query.value(0);
        query.finish();
        return result;
    };
    const int objects = value(u"SELECT count(*) FROM sqlite_schema"_s).toInt();
    const qint32 applicationId = qint32(value(u"PRAGMA application_id"_s).toLongLong());
    const int version = value(u"PRAGMA user_version"_s).toInt();

    if (objects == 0 && version == 0 && (applicationId == 0 || applicationId == Schema::ApplicationId)) {
        usable = true;
        return {Inspection::State::Blank, 0};
    }
    if (applicationId != Schema::ApplicationId) {
        throw LibraryError(Kind::NotALibrary,
                           SqliteRepository::tr("The file %1 is not an Actes library: it is the database of another application.")
                               .arg(native(path)),
                           path);
    }
    if (version > Schema::latestVersion()) {
        throw LibraryError(Kind::NewerVersion,
                           SqliteRepository::tr("The library %1 was made by a newer version of Actes. Install the newer "
                                  "version to open it; the file was left unchanged.")
                               .arg(native(path)),
                           path);
    }
    if (version == 0) {
        throw LibraryError(Kind::Corrupt,
                           SqliteRepository::tr("The library %1 is damaged: its schema version is missing. Restore it from a "
                                  "backup copy.")
                               .arg(native(path)),
                           path);
    }
    // PRAGMA quick_check reads every page of the file (about a second per 300 MB; even the
    // resource table alone of 100,000 resources takes a quarter of a second): a large library
    // only gets its schema read and a small table checked. Damage elsewhere is reported when
    // the damaged part is read, with the same LibraryError::Kind::Corrupt.
    constexpr qint64 FullCheckMaxBytes = 128 * 1024 * 1024;
    const QStringList checks = info.size() <= FullCheckMaxBytes
        ? QStringList{u"PRAGMA quick_check"_s}
        : QStringList{u"PRAGMA quick_check(resource_type)"_s};
    for (const QString &check : checks) {
        if (!query.exec(check))
            throw errorFor(query.lastError(), path);
        if (!query.next() || query.value(0).toString() != u"ok"_s) {
            // quick_check reports one line per problem: keep the message on one line, and short.
            const QString problem = (query.isValid() ? query.value(0).toString() : sqliteMessage(query.lastError()))
                                        .simplified()
                                        .left(200);
            throw LibraryError(Kind::Corrupt,
                               SqliteRepository::tr("The library %1 is damaged (%2). Restore it from a backup copy.")
                                   .arg(native(path), problem),
                               path);
        }
        query.finish();
    }
    usable = true;
    return {Inspection::State::Library, version};
}

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

const QString summaryColumns = uR"(r.id, r.title, t.name, r.is_private, r.status, r.date_start, r.date_end,
    r.modified, r.needs_review)"_s;

ResourceSummary summaryFrom(const QSqlQuery &query)
{
    ResourceSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.title = query.value(1).toString();
    summary.type = query.value(2).toString();
    summary.isPrivate = query.value(3).toBool();
    summary.status = statusFromKey(query.value(4).toString()).value_or(Status::Draft);
    summary.dateStart = dateFrom(query.value(5));
    summary.dateEnd = dateFrom(query.value(6));
    summary.modified = timestampFrom(query.value(7));
    summary.needsReview = query.value(8).toBool();
    return summary;
}

QString filterClause(const ResourceFilter &filter, QVariantList *values)
{
    QStringList conditions;
    // Written literally so that SQLite picks the matching partial index.
    conditions.append(filter.trash ? u"r.deleted_at IS NOT NULL"_s : u"r.deleted_at IS NULL"_s);
    const QString match = SearchText::ftsQuery(filter.searchText);
    if (!match.isEmpty()) {
        conditions.append(u"r.id IN (SELECT rowid FROM resource_fts WHERE resource_fts MATCH ?)"_s);
        values->append(match);
    }
    if (!filter.type.isEmpty()) {
        conditions.append(u"r.type_id IN (SELECT id FROM resource_type WHERE name_key = ?)"_s);
        values->append(SearchText::identityKey(filter.type));
    }
    if (filter.status) {
        conditions.append(u"r.status = ?"_s);
        values->append(statusKey(*filter.status));
    }
    if (filter.isPrivate) {
        conditions.append(u"r.is_private = ?"_s);
        values->append(*filter.isPrivate ? 1 : 0);
    }
    if (filter.year != 0) {
        conditions.append(u"r.date_start >= ? AND r.date_start < ?"_s);
        values->append(u"%1-01-01"_s.arg(filter.year, 4, 10, QChar(u'0')));
        values->append(u"%1-01-01"_s.arg(filter.year + 1, 4, 10, QChar(u'0')));
    }
    if (!filter.ids.isEmpty()) {
        conditions.append(u"r.id IN (SELECT value FROM json_each(?))"_s);
        values->append(idsJson(filter.ids));
    }
    return conditions.join(u" AND "_s);
}

const QStringList builtInParticipantRoles = {
    u"Intervenant·e"_s, u"Animateur·rice"_s, u"Participant·e"_s, u"Grand témoin"_s, u"Organisateur·rice"_s,
};
const QStringList builtInPartnerRoles = {
    u"Co-organisateur"_s, u"Hôte"_s, u"Financeur"_s, u"Partenaire"_s,
};

} // namespace

// --- Opening -----------------------------------------------------------------------------

SqliteRepository::SqliteRepository(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_readOnly(readOnly)
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    configure(m_db, m_path, m_readOnly);
}

SqliteRepository::~SqliteRepository()
{
    m_statements.clear();
    if (m_db.isOpen()) {
        if (m_transactionDepth > 0) {
            QSqlQuery rollback(m_db);
            rollback.exec(u"ROLLBACK"_s);
        }
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int SqliteRepository::latestSchemaVersion()
{
    return Schema::latestVersion();
}

std::unique_ptr<SqliteRepository> SqliteRepository::open(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    const Inspection inspection = inspect(absolute, mode);

    const bool readOnly = mode == OpenMode::ReadOnly
        || (info.exists() && !info.isWritable())
        || !QFileInfo(info.absolutePath()).isWritable();
    if (readOnly && inspection.state != Inspection::State::Library) {
        throw LibraryError(Kind::ReadOnly,
                           SqliteRepository::tr("The file %1 is empty and cannot be set up as a library because it is "
                                  "read-only.")
                               .arg(native(absolute)),
                           absolute);
    }
    if (readOnly && inspection.version < Schema::latestVersion()) {
        throw LibraryError(Kind::ReadOnly,
                           SqliteRepository::tr("The library %1 was made by an older version of Actes and must be upgraded, "
                                  "but it is read-only. Open a writable copy of it.")
                               .arg(native(absolute)),
                           absolute);
    }

    std::unique_ptr<SqliteRepository> repository(new SqliteRepository(absolute, newConnectionName(), readOnly));
    if (!repository->m_db.open())
        repository->fail(repository->m_db.lastError());
    repository->exec(u"PRAGMA foreign_keys = ON"_s);
    if (!readOnly) {
        repository->exec(u"PRAGMA journal_mode = WAL"_s);
        repository->exec(u"PRAGMA synchronous = NORMAL"_s);
        for (int version = inspection.version + 1; version <= Schema::latestVersion(); ++version) {
            if (const auto error = Schema::applyMigration(repository->m_db, version))
                repository->fail(*error);
        }
    }
    return repository;
}

void SqliteRepository::createAtSchemaVersion(const QString &path, int version)
{
    if (version < 1 || version > Schema::latestVersion()) {
        throw LibraryError(Kind::Invalid,
                           SqliteRepository::tr("There is no library schema version %1.").arg(version), path);
    }
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0) {
        throw LibraryError(Kind::Io,
                           SqliteRepository::tr("The file %1 already exists; a library is only created in a new file.")
                               .arg(native(path)),
                           path);
    }
    const ScopedConnection connection(info.absoluteFilePath(), false);
    QSqlDatabase db = connection.db();
    if (!db.open())
        throw errorFor(db.lastError(), path);
    {
        QSqlQuery query(db);
        if (!query.exec(u"PRAGMA journal_mode = WAL"_s))
            throw errorFor(query.lastError(), path);
    }
    for (int v = 1; v <= version; ++v) {
        if (const auto error = Schema::applyMigration(db, v))
            throw errorFor(*error, path);
    }
}

int SqliteRepository::schemaVersion() const
{
    SqliteStatement query = prepare(u"PRAGMA user_version"_s);
    exec(query);
    return query.next() ? query.value(0).toInt() : 0;
}

// --- Plumbing ----------------------------------------------------------------------------

SqliteStatement SqliteRepository::prepare(const QString &sql) const
{
    auto it = m_statements.constFind(sql);
    if (it != m_statements.constEnd() && !(*it)->inUse)
        return SqliteStatement(*it);
    auto fresh = [&](QSqlQuery &query) {
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            fail(query.lastError());
    };
    if (it != m_statements.constEnd()) {
        auto own = std::make_unique<QSqlQuery>(m_db);
        fresh(*own);
        return SqliteStatement(std::move(own));
    }
    if (m_statements.size() >= MaxCachedStatements) {
        for (auto entry = m_statements.begin(); entry != m_statements.end();) {
            if ((*entry)->inUse)
                ++entry;
            else
                entry = m_statements.erase(entry);
        }
    }
    auto cached = std::make_shared<SqliteCachedStatement>(SqliteCachedStatement{QSqlQuery(m_db), false});
    fresh(cached->query);
    m_statements.insert(sql, cached);
    return SqliteStatement(std::move(cached));
}

void SqliteRepository::exec(QSqlQuery &query) const
{
    if (!query.exec())
        fail(query.lastError());
}

void SqliteRepository::exec(const QString &sql) const
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        fail(query.lastError());
}

void SqliteRepository::fail(const QSqlError &error) const
{
    throw errorFor(error, m_path);
}

void SqliteRepository::requireWritable() const
{
    if (m_readOnly) {
        throw LibraryError(Kind::ReadOnly,
                           tr("The library %1 is open read-only, so the change was not saved.").arg(native(m_path)),
                           m_path);
    }
}

void SqliteRepository::inTransaction(const std::function<void()> &fn)
{
    auto rollbackTo = [this](const QString &sql) {
        QSqlQuery query(m_db);
        query.exec(sql);   // fails harmlessly when SQLite already rolled back (disk full, busy)
    };
    if (m_transactionDepth > 0) {
        // Nested: a savepoint, so that a failing inner call leaves the outer work intact.
        const QString savepoint = u"actes_%1"_s.arg(m_transactionDepth);
        exec(u"SAVEPOINT "_s + savepoint);
        ++m_transactionDepth;
        m_savepoints.append(SavepointFrame{m_pendingIndex.size(), {}});
        try {
            fn();
        } catch (...) {
            --m_transactionDepth;
            const SavepointFrame frame = m_savepoints.takeLast();
            // Index entries deferred inside the savepoint go with it.
            for (qsizetype i = frame.pendingMark; i < m_pendingIndex.size(); ++i) {
                const PendingIndexEntry &entry = m_pendingIndex.at(i);
                m_pendingIndexChars -= entry.title.size() + entry.summary.size() + entry.body.size();
            }
            m_pendingIndex.resize(frame.pendingMark);
            rollbackTo(u"ROLLBACK TO "_s + savepoint);
            rollbackTo(u"RELEASE "_s + savepoint);
            // Entries from outside it that a flush inserted inside it were undone: queue them again.
            if (!frame.flushedOuterIds.isEmpty()) {
                try {
                    queueSearchIndex(frame.flushedOuterIds);
                } catch (const LibraryError &) {
                    // The outer transaction cannot be trusted to index them: let it fail.
                    m_indexLost = true;
                }
            }
            throw;
        }
        --m_transactionDepth;
        m_savepoints.removeLast();
        exec(u"RELEASE "_s + savepoint);
        return;
    }

    exec(m_readOnly ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s);
    m_transactionDepth = 1;
    m_indexLost = false;
    try {
        fn();
        if (m_indexLost) {
            throw LibraryError(Kind::Io,
                               tr("The search index of the library %1 could not be kept up to date; the change "
                                  "was not saved.")
                                   .arg(native(m_path)),
                               m_path);
        }
        flushSearchIndex();
    } catch (...) {
        m_transactionDepth = 0;
        m_savepoints.clear();
        m_pendingIndex.clear();
        m_pendingIndexChars = 0;
        rollbackTo(u"ROLLBACK"_s);
        throw;
    }
    m_transactionDepth = 0;
    QSqlQuery commit(m_db);
    if (!commit.exec(u"COMMIT"_s)) {
        const QSqlError error = commit.lastError();
        commit.finish();
        rollbackTo(u"ROLLBACK"_s);
        fail(error);
    }
}

void SqliteRepository::write(const std::function<void()> &fn)
{
    requireWritable();
    inTransaction(fn);
}

// --- Resources ---------------------------------------------------------------------------

QList<ResourceSummary> SqliteRepository::querySummaries(const QString &where, const QVariantList &values) const
{
    SqliteStatement query = prepare(u"SELECT "_s + summaryColumns
                              + u" FROM resource r LEFT JOIN resource_type t ON t.id = r.type_id WHERE "_s + where
                              // SQLite sorts NULL before every value, so DESC puts unknown dates last.
                              + u" ORDER BY r.date_start DESC, r.title_key, r.id"_s);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    query.setForwardOnly(true);
    exec(query);
    QList<ResourceSummary> result;
    QStringList types;   // each type name stored once, shared by its rows (100,000 rows...)
    while (query.next()) {
        ResourceSummary summary = summaryFrom(query);
        const qsizetype known = types.indexOf(summary.type);
        if (known >= 0)
            summary.type = types.at(known);
        else if (types.size() < 64)
            types.append(summary.type);
        result.append(std::move(summary));
    }
    return result;
}

QList<ResourceSummary> SqliteRepository::listResources(const ResourceFilter &filter) const
{
    flushSearchIndex();   // a search inside a transaction sees its writes
    QVariantList values;
    const QString where = filterClause(filter, &values);
    return querySummaries(where, values);
}

int SqliteRepository::countResources(const ResourceFilter &filter) const
{
    flushSearchIndex();
    QVariantList values;
    const QString where = filterClause(filter, &values);
    SqliteStatement query = prepare(u"SELECT count(*) FROM resource r WHERE "_s + where);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    exec(query);
    return query.next() ? query.value(0).toInt() : 0;
}

QList<int> SqliteRepository::eventYears() const
{
    // One index seek per year (resource_live_order starts with date_start), not a scan.
    QList<int> years;
    QString below = u"9999-99"_s;
    for (;;) {
        SqliteStatement query = prepare(
            u"SELECT max(date_start) FROM resource WHERE deleted_at IS NULL AND date_start < ?"_s);
        query.bindValue(0, below);
        exec(query);
        if (!query.next() || query.value(0).isNull())
            break;
        const QString latest = query.value(0).toString();
        bool ok = false;
        const int year = latest.left(4).toInt(&ok);
        if (!ok || latest.size() < 4 || year <= 0)
            break;
        years.append(year);
        below = latest.left(4);   // every date of that year sorts after "YYYY"
    }
    return years;
}

std::optional<Resource> SqliteRepository::loadResource(qint64 id) const
{
    const QList<Resource> found = loadResources({id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Resource> SqliteRepository::loadResources(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return {};
    const QString json = idsJson(ids);
    const ReadSnapshot snapshot(m_db, m_transactionDepth == 0);
    QHash<qint64, Resource> byId;
    {
        SqliteStatement query = prepare(uR"(SELECT r.id, r.title, t.name, r.is_private, r.private_confirmed, r.status,
                r.date_start, r.date_end, r.place, r.attendance, x.summary_html, x.body_html, r.created,
                r.modified, r.version, r.needs_review, r.review_note
            FROM resource r
            LEFT JOIN resource_type t ON t.id = r.type_id
            LEFT JOIN resource_text x ON x.resource_id = r.id
            WHERE r.id IN (SELECT value FROM json_each(?)))"_s);
        query.bindValue(0, json);
        query.setForwardOnly(true);
        exec(query);
        while (query.next()) {
            Resource r;
            r.id = query.value(0).toLongLong();
            r.title = query.value(1).toString();
            r.type = query.value(2).toString();
            r.isPrivate = query.value(3).toBool();
            r.privateConfirmed = query.value(4).toBool();
            r.status = statusFromKey(query.value(5).toString()).value_or(Status::Draft);
            r.dateStart = dateFrom(query.value(6));
            r.dateEnd = dateFrom(query.value(7));
            r.place = query.value(8).toString();
            if (!query.value(9).isNull())
                r.attendance = query.value(9).toInt();
            r.summaryHtml = query.value(10).toString();
            r.bodyHtml = query.value(11).toString();
            r.created = timestampFrom(query.value(12));
            r.modified = timestampFrom(query.value(13));
            r.version = query.value(14).toInt();
            r.needsReview = query.value(15).toBool();
            r.reviewNote = query.value(16).toString();
            byId.insert(r.id, r);
        }
    }
    if (byId.isEmpty())
        return {};
    {
        SqliteStatement query = prepare(uR"(SELECT rp.resource_id, p.id, p.name, p.function, p.organisation, rp.role
            FROM resource_person rp JOIN person p ON p.id = rp.person_id
            WHERE rp.resource_id IN (SELECT value FROM json_each(?))
            ORDER BY rp.resource_id, rp.position)"_s);
        query.bindValue(0, json);
        query.setForwardOnly(true);
        exec(query);
        while (query.next()) {
            auto it = byId.find(query.value(0).toLongLong());
            if (it == byId.end())
                continue;
            it->participants.append(Participant{query.value(1).toLongLong(), query.value(2).toString(),
                                                query.value(3).toString(), query.value(4).toString(),
                                                query.value(5).toString()});
        }
    }
    {
        SqliteStatement query = prepare(uR"(SELECT ro.resource_id, o.id, o.name, ro.role
            FROM resource_organisation ro JOIN organisation o ON o.id = ro.organisation_id
            WHERE ro.resource_id IN (SELECT value FROM json_each(?))
            ORDER BY ro.resource_id, ro.position)"_s);
        query.bindValue(0, json);
        query.setForwardOnly(true);
        exec(query);
        while (query.next()) {
            auto it = byId.find(query.value(0).toLongLong());
            if (it == byId.end())
                continue;
            it->partners.append(Partner{query.value(1).toLongLong(), query.value(2).toString(),
                                        query.value(3).toString()});
        }
    }
    QList<Resource> result;
    result.reserve(ids.size());
    for (qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd())
            result.append(*it);
    }
    return result;
}

namespace {

void validate(const Resource &r)
{
    const QString title = r.title.trimmed();
    if (title.isEmpty()) {
        throw LibraryError(Kind::Invalid, SqliteRepository::tr("A resource needs a title; it was not saved."));
    }
    for (const QDate &d : {r.dateStart, r.dateEnd}) {
        if (d.isValid() && (d.year() < 1 || d.year() > 9999)) {
            throw LibraryError(Kind::Invalid,
                               SqliteRepository::tr("The date of the resource %1 is out of range (%2); it was not saved.")
                                   .arg(quoted(title), d.toString(Qt::ISODate)));
        }
    }
    if (r.dateStart.isValid() && r.dateEnd.isValid() && r.dateEnd < r.dateStart) {
        throw LibraryError(Kind::Invalid,
                           SqliteRepository::tr("The resource %1 ends (%2) before it starts (%3); it was not saved.")
                               .arg(quoted(title), r.dateEnd.toString(Qt::ISODate),
                                    r.dateStart.toString(Qt::ISODate)));
    }
    if (r.attendance && *r.attendance < 0) {
        throw LibraryError(Kind::Invalid,
                           SqliteRepository::tr("The attendance of the resource %1 cannot be negative (%2); it was not saved.")
                               .arg(quoted(title))
                               .arg(*r.attendance));
    }
    for (const Participant &p : r.participants) {
        if (p.name.trimmed().isEmpty()) {
            throw LibraryError(Kind::Invalid,
                               SqliteRepository::tr("A participant of the resource %1 has no name; it was not saved.")
                                   .arg(quoted(title)));
        }
    }
    for (const Partner &p : r.partners) {
        if (p.name.trimmed().isEmpty()) {
            throw LibraryError(Kind::Invalid,
                               SqliteRepository::tr("A partner of the resource %1 has no name; it was not saved.")
                                   .arg(quoted(title)));
        }
    }
}

} // namespace

qint64 SqliteRepository::typeIdFor(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return 0;
    const QString key = SearchText::identityKey(trimmed);
    SqliteStatement find = prepare(u"SELECT id FROM resource_type WHERE name_key = ?"_s);
    find.bindValue(0, key);
    exec(find);
    if (find.next())
        return find.value(0).toLongLong();
    find.finish();
    SqliteStatement insert = prepare(u"INSERT INTO resource_type (name, name_key) VALUES (?, ?) RETURNING id"_s);
    insert.bindValue(0, trimmed);
    insert.bindValue(1, key);
    exec(insert);
    const qint64 id = insert.next() ? insert.value(0).toLongLong() : 0;
    insert.finish();
    return id;
}

qint64 SqliteRepository::personIdFor(const Participant &participant)
{
    const QString name = participant.name.trimmed();
    const QString function = participant.function.trimmed();
    const QString organisation = participant.organisation.trimmed();
    if (participant.personId > 0) {
        SqliteStatement stored = prepare(u"SELECT name, function, organisation FROM person WHERE id = ?"_s);
        stored.bindValue(0, participant.personId);
        exec(stored);
        if (stored.next() && stored.value(0).toString() == name && stored.value(1).toString() == function
            && stored.value(2).toString() == organisation) {
            return participant.personId;
        }
    }
    SqliteStatement find = prepare(
        u"SELECT id FROM person WHERE name = ? AND function = ? AND organisation = ? ORDER BY id LIMIT 1"_s);
    find.bindValue(0, text(name));
    find.bindValue(1, text(function));
    find.bindValue(2, text(organisation));
    exec(find);
    if (find.next())
        return find.value(0).toLongLong();
    find.finish();
    SqliteStatement insert = prepare(
        u"INSERT INTO person (name, function, organisation, name_key) VALUES (?, ?, ?, ?) RETURNING id"_s);
    insert.bindValue(0, text(name));
    insert.bindValue(1, text(function));
    insert.bindValue(2, text(organisation));
    insert.bindValue(3, SearchText::sortKey(name));
    exec(insert);
    const qint64 id = insert.next() ? insert.value(0).toLongLong() : 0;
    insert.finish();
    return id;
}

qint64 SqliteRepository::organisationIdFor(const QString &rawName, qint64 organisationId)
{
    const QString name = rawName.trimmed();
    if (organisationId > 0) {
        SqliteStatement stored = prepare(u"SELECT name FROM organisation WHERE id = ?"_s);
        stored.bindValue(0, organisationId);
        exec(stored);
        if (stored.next() && stored.value(0).toString() == name)
            return organisationId;
    }
    const QString key = SearchText::identityKey(name);
    SqliteStatement find = prepare(u"SELECT id FROM organisation WHERE name_key = ?"_s);
    find.bindValue(0, key);
    exec(find);
    if (find.next())
        return find.value(0).toLongLong();
    find.finish();
    SqliteStatement insert =
        prepare(u"INSERT INTO organisation (name, name_key, sort_key) VALUES (?, ?, ?) RETURNING id"_s);
    insert.bindValue(0, text(name));
    insert.bindValue(1, key);
    insert.bindValue(2, SearchText::sortKey(name));
    exec(insert);
    const qint64 id = insert.next() ? insert.value(0).toLongLong() : 0;
    insert.finish();
    return id;
}

void SqliteRepository::writeLinks(qint64 resourceId, const Resource &resource)
{
    SqliteStatement clearPeople = prepare(u"DELETE FROM resource_person WHERE resource_id = ?"_s);
    clearPeople.bindValue(0, resourceId);
    exec(clearPeople);
    SqliteStatement clearOrganisations = prepare(u"DELETE FROM resource_organisation WHERE resource_id = ?"_s);
    clearOrganisations.bindValue(0, resourceId);
    exec(clearOrganisations);

    int position = 0;
    for (const Participant &participant : resource.participants) {
        const qint64 personId = personIdFor(participant);
        SqliteStatement link = prepare(
            u"INSERT INTO resource_person (resource_id, position, person_id, role) VALUES (?, ?, ?, ?)"_s);
        link.bindValue(0, resourceId);
        link.bindValue(1, position++);
        link.bindValue(2, personId);
        link.bindValue(3, text(participant.role.trimmed()));
        exec(link);
    }
    position = 0;
    for (const Partner &partner : resource.partners) {
        const qint64 organisationId = organisationIdFor(partner.name, partner.organisationId);
        SqliteStatement link = prepare(u"INSERT INTO resource_organisation (resource_id, position, organisation_id, role) "
                                 u"VALUES (?, ?, ?, ?)"_s);
        link.bindValue(0, resourceId);
        link.bindValue(1, position++);
        link.bindValue(2, organisationId);
        link.bindValue(3, text(partner.role.trimmed()));
        exec(link);
    }
}

// The entry is deleted at once but inserted later, by flushSearchIndex(). FTS5 writes its
// in-memory terms out as a new index segment at every statement savepoint, and each write of a
// resource runs statements that open one (foreign keys): inserting entries as they come made
// one segment per resource, and the merging of those segments was a fifth of an import.
// Inserted back to back, the entries of a whole transaction share a few segments.
void SqliteRepository::writeSearchIndex(qint64 resourceId, const Resource &resource)
{
    Q_ASSERT(m_transactionDepth > 0);
    SqliteStatement remove = prepare(u"DELETE FROM resource_fts WHERE rowid = ?"_s);
    remove.bindValue(0, resourceId);
    exec(remove);
    // The words of SearchText::indexableText(), without laying the text out (tst_indexingtext).
    PendingIndexEntry entry{resourceId, SearchText::fold(resource.title),
                            IndexingText::indexable(resource.summaryHtml), IndexingText::indexable(resource.bodyHtml)};
    m_pendingIndexChars += entry.title.size() + entry.summary.size() + entry.body.size();
    m_pendingIndex.append(std::move(entry));
    constexpr qsizetype MaxPendingChars = 8 * 1024 * 1024;
    if (m_pendingIndexChars > MaxPendingChars)
        flushSearchIndex();
}

// Defers the index entries of these resources again, from their stored text.
void SqliteRepository::queueSearchIndex(const QList<qint64> &ids)
{
    const QList<Resource> stored = loadResources(uniqueIds(ids));
    for (const Resource &resource : stored) {
        PendingIndexEntry entry{resource.id, SearchText::fold(resource.title),
                                IndexingText::indexable(resource.summaryHtml),
                                IndexingText::indexable(resource.bodyHtml)};
        m_pendingIndexChars += entry.title.size() + entry.summary.size() + entry.body.size();
        m_pendingIndex.append(std::move(entry));
    }
}

void SqliteRepository::flushSearchIndex() const
{
    if (m_pendingIndex.isEmpty())
        return;
    const QList<PendingIndexEntry> pending = std::exchange(m_pendingIndex, {});
    m_pendingIndexChars = 0;
    for (SavepointFrame &frame : m_savepoints) {
        for (qsizetype i = 0; i < frame.pendingMark; ++i)
            frame.flushedOuterIds.append(pending.at(i).id);
        frame.pendingMark = 0;
    }
    QHash<qint64, qsizetype> last;
    last.reserve(pending.size());
    for (qsizetype i = 0; i < pending.size(); ++i)
        last.insert(pending.at(i).id, i);
    SqliteStatement insert = prepare(u"INSERT INTO resource_fts (rowid, title, summary, body) VALUES (?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < pending.size(); ++i) {
        const PendingIndexEntry &entry = pending.at(i);
        if (last.value(entry.id) != i)
            continue;   // written again later in the transaction
        insert.bindValue(0, entry.id);
        insert.bindValue(1, entry.title);
        insert.bindValue(2, entry.summary);
        insert.bindValue(3, entry.body);
        exec(insert);
    }
}

Resource SqliteRepository::createResource(const Resource &resource)
{
    requireWritable();
    validate(resource);
    const QDateTime at = now();
    const QString nowText = timestamp(at);
    std::optional<Resource> stored;
    write([&] {
        SqliteStatement insert = prepare(uR"(INSERT INTO resource (title, title_key, type_id, is_private,
                private_confirmed, status, date_start, date_end, place, attendance, created, modified, version,
                needs_review, review_note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id)"_s);
        const qint64 typeId = typeIdFor(resource.type);
        insert.bindValue(0, text(resource.title));
        insert.bindValue(1, SearchText::sortKey(resource.title));
        insert.bindValue(2, typeId > 0 ? QVariant(typeId) : QVariant());
        insert.bindValue(3, resource.isPrivate ? 1 : 0);
        insert.bindValue(4, resource.privateConfirmed ? 1 : 0);
        insert.bindValue(5, statusKey(resource.status));
        insert.bindValue(6, date(resource.dateStart));
        insert.bindValue(7, date(resource.dateEnd));
        insert.bindValue(8, text(resource.place));
        insert.bindValue(9, resource.attendance ? QVariant(*resource.attendance) : QVariant());
        insert.bindValue(10, resource.created.isValid() ? timestamp(resource.created) : nowText);
        insert.bindValue(11, nowText);
        insert.bindValue(12, resource.needsReview ? 1 : 0);
        insert.bindValue(13, text(resource.reviewNote));
        exec(insert);
        if (!insert.next())
            fail(insert.lastError());
        const qint64 id = insert.value(0).toLongLong();
        insert.finish();

        SqliteStatement body = prepare(u"INSERT INTO resource_text (resource_id, summary_html, body_html) VALUES (?, ?, ?)"_s);
        body.bindValue(0, id);
        body.bindValue(1, text(resource.summaryHtml));
        body.bindValue(2, text(resource.bodyHtml));
        exec(body);
        writeLinks(id, resource);
        writeSearchIndex(id, resource);

        stored = loadResource(id);
        if (!stored)
            fail(insert.lastError());
        const RevisionCause cause = m_cause == RevisionCause::Edit ? RevisionCause::Create : m_cause;
        const qint64 revision = recordRevision(*stored, std::nullopt, m_author, cause, at);
        if (stored->status != Status::Draft)
            recordStatusChange(id, Status::Draft, stored->status, nowText, m_author, {}, revision);
    });
    return *stored;
}

QDateTime SqliteRepository::now() const
{
    const QDateTime time = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    return time.toUTC();
}

// Throws NotFound when there is no resource id, Conflict when checkVersion and its stored
// version is not expectedVersion. Returns the stored version.
int SqliteRepository::checkedVersion(qint64 id, const QString &title, int expectedVersion, bool checkVersion)
{
    SqliteStatement stored = prepare(u"SELECT version, title FROM resource WHERE id = ?"_s);
    stored.bindValue(0, id);
    exec(stored);
    if (!stored.next()) {
        if (title.isEmpty()) {
            throw LibraryError(Kind::NotFound,
                               tr("The resource number %1 no longer exists in the library %2; nothing was changed.")
                                   .arg(id)
                                   .arg(native(m_path)),
                               m_path);
        }
        throw LibraryError(Kind::NotFound,
                           tr("The resource %1 no longer exists in the library %2; it was not saved.")
                               .arg(quoted(title), native(m_path)),
                           m_path);
    }
    const int storedVersion = stored.value(0).toInt();
    const QString storedTitle = stored.value(1).toString();
    stored.finish();
    if (checkVersion && storedVersion != expectedVersion) {
        throw LibraryError(Kind::Conflict,
                           tr("The resource %1 was changed elsewhere since it was opened (version %2 is "
                              "stored, this copy is version %3). Nothing was saved; reload the resource "
                              "to see the other changes.")
                               .arg(quoted(title.isEmpty() ? storedTitle : title))
                               .arg(storedVersion)
                               .arg(expectedVersion),
                           m_path);
    }
    return storedVersion;
}

void SqliteRepository::updateResource(const Resource &resource, const QString &modified)
{
    SqliteStatement update = prepare(uR"(UPDATE resource SET title = ?, title_key = ?, type_id = ?,
            is_private = ?, private_confirmed = ?, status = ?, date_start = ?, date_end = ?, place = ?,
            attendance = ?, modified = ?, version = version + 1, needs_review = ?, review_note = ?
        WHERE id = ?)"_s);
    const qint64 typeId = typeIdFor(resource.type);
    update.bindValue(0, text(resource.title));
    update.bindValue(1, SearchText::sortKey(resource.title));
    update.bindValue(2, typeId > 0 ? QVariant(typeId) : QVariant());
    update.bindValue(3, resource.isPrivate ? 1 : 0);
    update.bindValue(4, resource.privateConfirmed ? 1 : 0);
    update.bindValue(5, statusKey(resource.status));
    update.bindValue(6, date(resource.dateStart));
    update.bindValue(7, date(resource.dateEnd));
    update.bindValue(8, text(resource.place));
    update.bindValue(9, resource.attendance ? QVariant(*resource.attendance) : QVariant());
    update.bindValue(10, modified);
    update.bindValue(11, resource.needsReview ? 1 : 0);
    update.bindValue(12, text(resource.reviewNote));
    update.bindValue(13, resource.id);
    exec(update);

    SqliteStatement body = prepare(
        u"INSERT OR REPLACE INTO resource_text (resource_id, summary_html, body_html) VALUES (?, ?, ?)"_s);
    body.bindValue(0, resource.id);
    body.bindValue(1, text(resource.summaryHtml));
    body.bindValue(2, text(resource.bodyHtml));
    exec(body);
    writeLinks(resource.id, resource);
    writeSearchIndex(resource.id, resource);
}

Resource SqliteRepository::saveResource(const Resource &resource)
{
    requireWritable();
    if (resource.id == 0)
        return createResource(resource);
    validate(resource);
    std::optional<Resource> stored;
    write([&] {
        checkedVersion(resource.id, resource.title, resource.version, true);
        const std::optional<Resource> before = loadResource(resource.id);
        const QDateTime at = now();
        updateResource(resource, timestamp(at));
        stored = loadResource(resource.id);
        if (!before || !stored)
            return;
        const bool statusChanged = before->status != stored->status;
        RevisionCause cause = m_cause;
        if (cause == RevisionCause::Edit && statusChanged)
            cause = RevisionCause::StatusChange;
        const qint64 revision = recordRevision(*stored, before, m_author, cause, at);
        if (statusChanged)
            recordStatusChange(resource.id, before->status, stored->status, timestamp(at), m_author, {}, revision);
    });
    if (!stored)
        return loadResource(resource.id).value();
    return *stored;
}

int SqliteRepository::storedVersion(qint64 id) const
{
    SqliteStatement query = prepare(u"SELECT version FROM resource WHERE id = ?"_s);
    query.bindValue(0, id);
    exec(query);
    return query.next() ? query.value(0).toInt() : 0;
}

void SqliteRepository::moveToTrash(const QList<qint64> &ids)
{
    requireWritable();
    if (ids.isEmpty())
        return;
    write([&] {
        SqliteStatement query = prepare(u"UPDATE resource SET deleted_at = ? "
                                  u"WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))"_s);
        query.bindValue(0, timestamp(QDateTime::currentDateTimeUtc()));
        query.bindValue(1, idsJson(ids));
        exec(query);
    });
}

void SqliteRepository::restoreFromTrash(const QList<qint64> &ids)
{
    requireWritable();
    if (ids.isEmpty())
        return;
    write([&] {
        SqliteStatement query = prepare(u"UPDATE resource SET deleted_at = NULL "
                                  u"WHERE deleted_at IS NOT NULL AND id IN (SELECT value FROM json_each(?))"_s);
        query.bindValue(0, idsJson(ids));
        exec(query);
    });
}

int SqliteRepository::emptyTrash()
{
    int purged = 0;
    write([&] {
        flushSearchIndex();
        exec(u"DELETE FROM resource_fts WHERE rowid IN (SELECT id FROM resource WHERE deleted_at IS NOT NULL)"_s);
        SqliteStatement query = prepare(u"DELETE FROM resource WHERE deleted_at IS NOT NULL"_s);
        exec(query);
        purged = query.numRowsAffected();
    });
    return purged;
}

std::optional<qint64> SqliteRepository::findResource(const QString &title, const QDate &dateStart) const
{
    SqliteStatement query = prepare(u"SELECT id FROM resource WHERE deleted_at IS NULL AND title = ? "
                              u"AND date_start IS ? ORDER BY id LIMIT 1"_s);
    query.bindValue(0, text(title));
    query.bindValue(1, date(dateStart));
    exec(query);
    if (query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

// --- Resource types ----------------------------------------------------------------------

QStringList SqliteRepository::resourceTypes() const
{
    SqliteStatement query = prepare(u"SELECT name, builtin, position FROM resource_type"_s);
    exec(query);
    struct Row { QString name; bool builtin; int position; QString key; };
    QList<Row> rows;
    while (query.next()) {
        const QString name = query.value(0).toString();
        rows.append({name, query.value(1).toBool(), query.value(2).toInt(), SearchText::sortKey(name)});
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.builtin != b.builtin)
            return a.builtin;
        if (a.builtin && a.position != b.position)
            return a.position < b.position;
        return a.key < b.key;
    });
    QStringList names;
    for (const Row &row : rows)
        names.append(row.name);
    return names;
}

void SqliteRepository::addResourceType(const QString &name)
{
    requireWritable();
    if (name.trimmed().isEmpty())
        throw LibraryError(Kind::Invalid, tr("A resource type needs a name."), m_path);
    write([&] { typeIdFor(name); });
}

// --- Directory ---------------------------------------------------------------------------

QList<Person> SqliteRepository::people() const
{
    SqliteStatement query = prepare(u"SELECT id, name, function, organisation FROM person ORDER BY name_key, name, id"_s);
    query.setForwardOnly(true);
    exec(query);
    QList<Person> result;
    while (query.next()) {
        result.append(Person{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                             query.value(3).toString()});
    }
    return result;
}

QList<Organisation> SqliteRepository::organisations() const
{
    SqliteStatement query = prepare(u"SELECT id, name FROM organisation ORDER BY sort_key, name, id"_s);
    query.setForwardOnly(true);
    exec(query);
    QList<Organisation> result;
    while (query.next())
        result.append(Organisation{query.value(0).toLongLong(), query.value(1).toString()});
    return result;
}

namespace {

QStringList withUsedRoles(QStringList roles, QSqlQuery &used)
{
    QStringList extra;
    while (used.next()) {
        const QString role = used.value(0).toString();
        if (!roles.contains(role) && !extra.contains(role))
            extra.append(role);
    }
    std::sort(extra.begin(), extra.end(), [](const QString &a, const QString &b) {
        return SearchText::sortKey(a) < SearchText::sortKey(b);
    });
    return roles + extra;
}

} // namespace

QStringList SqliteRepository::participantRoles() const
{
    SqliteStatement query = prepare(u"SELECT DISTINCT role FROM resource_person WHERE role <> ''"_s);
    exec(query);
    return withUsedRoles(builtInParticipantRoles, query);
}

QStringList SqliteRepository::partnerRoles() const
{
    SqliteStatement query = prepare(u"SELECT DISTINCT role FROM resource_organisation WHERE role <> ''"_s);
    exec(query);
    return withUsedRoles(builtInPartnerRoles, query);
}

void SqliteRepository::bumpVersions(const QString &linkTable, const QString &column, const QList<qint64> &ids)
{
    // Resources showing a changed directory entry get a new version, so that an editor holding
    // the old copy gets a conflict instead of silently bringing the old entry back.
    SqliteStatement query = prepare(u"UPDATE resource SET version = version + 1 WHERE id IN (SELECT resource_id FROM "_s
                              + linkTable + u" WHERE "_s + column + u" IN (SELECT value FROM json_each(?)))"_s);
    query.bindValue(0, idsJson(ids));
    exec(query);
}

Person SqliteRepository::savePerson(const Person &person)
{
    requireWritable();
    Person stored{person.id, person.name.trimmed(), person.function.trimmed(), person.organisation.trimmed()};
    if (stored.name.isEmpty())
        throw LibraryError(Kind::Invalid, tr("A person needs a name; it was not saved."), m_path);
    write([&] {
        if (stored.id == 0) {
            stored.id = personIdFor(Participant{0, stored.name, stored.function, stored.organisation, {}});
            return;
        }
        SqliteStatement update = prepare(
            u"UPDATE person SET name = ?, function = ?, organisation = ?, name_key = ? WHERE id = ?"_s);
        update.bindValue(0, text(stored.name));
        update.bindValue(1, text(stored.function));
        update.bindValue(2, text(stored.organisation));
        update.bindValue(3, SearchText::sortKey(stored.name));
        update.bindValue(4, stored.id);
        exec(update);
        if (update.numRowsAffected() == 0) {
            throw LibraryError(Kind::NotFound,
                               tr("The person %1 no longer exists in the library %2.")
                                   .arg(quoted(stored.name), native(m_path)),
                               m_path);
        }
        bumpVersions(u"resource_person"_s, u"person_id"_s, {stored.id});
    });
    return stored;
}

Organisation SqliteRepository::saveOrganisation(const Organisation &organisation)
{
    requireWritable();
    Organisation stored{organisation.id, organisation.name.trimmed()};
    if (stored.name.isEmpty())
        throw LibraryError(Kind::Invalid, tr("An organisation needs a name; it was not saved."), m_path);
    write([&] {
        const QString key = SearchText::identityKey(stored.name);
        SqliteStatement find = prepare(u"SELECT id, name FROM organisation WHERE name_key = ?"_s);
        find.bindValue(0, key);
        exec(find);
        if (find.next()) {
            const qint64 existing = find.value(0).toLongLong();
            if (stored.id == 0) {
                stored = Organisation{existing, find.value(1).toString()};
                return;
            }
            if (existing != stored.id) {
                throw LibraryError(Kind::Invalid,
                                   tr("An organisation named %1 already exists in the library. Merge the two "
                                      "organisations instead of giving them the same name.")
                                       .arg(quoted(find.value(1).toString())),
                                   m_path);
            }
        }
        find.finish();
        if (stored.id == 0) {
            stored.id = organisationIdFor(stored.name, 0);
            return;
        }
        SqliteStatement update = prepare(u"UPDATE organisation SET name = ?, name_key = ?, sort_key = ? WHERE id = ?"_s);
        update.bindValue(0, stored.name);
        update.bindValue(1, key);
        update.bindValue(2, SearchText::sortKey(stored.name));
        update.bindValue(3, stored.id);
        exec(update);
        if (update.numRowsAffected() == 0) {
            throw LibraryError(Kind::NotFound,
                               tr("The organisation %1 no longer exists in the library %2.")
                                   .arg(quoted(stored.name), native(m_path)),
                               m_path);
        }
        bumpVersions(u"resource_organisation"_s, u"organisation_id"_s, {stored.id});
    });
    return stored;
}

namespace {

// SQL merging the links of duplicates into the kept entry (table/column are constants).
QStringList mergeStatements(const QString &linkTable, const QString &column, const QString &entityTable)
{
    const QString sameResourceKept = u"other.resource_id = "_s + linkTable + u".resource_id AND other."_s + column
        + u" = :keep"_s;
    return {
        u"UPDATE "_s + linkTable + u" SET "_s + column
            + u" = :keep WHERE "_s + column + u" IN (SELECT value FROM json_each(:ids))"_s,
        // A resource linked to both: the first link stays, taking the role of a later one if it had none.
        u"UPDATE "_s + linkTable + u" SET role = (SELECT other.role FROM "_s + linkTable + u" other WHERE "_s
            + sameResourceKept + u" AND other.position > "_s + linkTable
            + u".position AND other.role <> '' ORDER BY other.position LIMIT 1) WHERE "_s + column
            + u" = :keep AND role = '' AND EXISTS (SELECT 1 FROM "_s + linkTable + u" other WHERE "_s
            + sameResourceKept + u" AND other.position > "_s + linkTable + u".position AND other.role <> '')"_s,
        u"DELETE FROM "_s + linkTable + u" WHERE "_s + column + u" = :keep AND EXISTS (SELECT 1 FROM "_s
            + linkTable + u" other WHERE "_s + sameResourceKept + u" AND other.position < "_s + linkTable
            + u".position)"_s,
        u"DELETE FROM "_s + entityTable + u" WHERE id IN (SELECT value FROM json_each(:ids))"_s,
    };
}

} // namespace

void SqliteRepository::mergePeople(qint64 keepId, const QList<qint64> &duplicateIds)
{
    mergeDirectoryEntries(keepId, duplicateIds, u"person"_s, u"resource_person"_s, u"person_id"_s,
                          tr("The person to keep (number %1) no longer exists in the library %2.")
                              .arg(keepId)
                              .arg(native(m_path)));
}

void SqliteRepository::mergeOrganisations(qint64 keepId, const QList<qint64> &duplicateIds)
{
    mergeDirectoryEntries(keepId, duplicateIds, u"organisation"_s, u"resource_organisation"_s,
                          u"organisation_id"_s,
                          tr("The organisation to keep (number %1) no longer exists in the library %2.")
                              .arg(keepId)
                              .arg(native(m_path)));
}

// Re-points the links of the duplicates to the entry kept, then deletes the duplicates, in one
// transaction; the resources concerned get a new version so stale editors see a conflict.
void SqliteRepository::mergeDirectoryEntries(qint64 keepId, const QList<qint64> &duplicateIds,
                                             const QString &entityTable, const QString &linkTable,
                                             const QString &column, const QString &notFoundMessage)
{
    requireWritable();
    const QList<qint64> duplicates = uniqueIds(duplicateIds, keepId);
    if (duplicates.isEmpty())
        return;
    write([&] {
        SqliteStatement exists = prepare(u"SELECT 1 FROM "_s + entityTable + u" WHERE id = ?"_s);
        exists.bindValue(0, keepId);
        exec(exists);
        if (!exists.next())
            throw LibraryError(Kind::NotFound, notFoundMessage, m_path);
        exists.finish();
        bumpVersions(linkTable, column, duplicates);
        for (const QString &sql : mergeStatements(linkTable, column, entityTable)) {
            SqliteStatement query = prepare(sql);
            if (sql.contains(u":keep"_s))
                query.bindValue(u":keep"_s, keepId);
            if (sql.contains(u":ids"_s))
                query.bindValue(u":ids"_s, idsJson(duplicates));
            exec(query);
        }
    });
}

QList<ResourceSummary> SqliteRepository::resourcesOfPerson(qint64 personId) const
{
    return querySummaries(
        u"r.deleted_at IS NULL AND r.id IN (SELECT resource_id FROM resource_person WHERE person_id = ?)"_s,
        {personId});
}

QList<ResourceSummary> SqliteRepository::resourcesOfOrganisation(qint64 organisationId) const
{
    return querySummaries(u"r.deleted_at IS NULL AND r.id IN "
                          u"(SELECT resource_id FROM resource_organisation WHERE organisation_id = ?)"_s,
                          {organisationId});
}

// --- Images ------------------------------------------------------------------------------

QString SqliteRepository::storeImage(const QByteArray &data, const QString &mimeType)
{
    requireWritable();
    if (data.isEmpty())
        throw LibraryError(Kind::Invalid, tr("An empty image cannot be stored in the library."), m_path);
    const QString key = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    write([&] {
        SqliteStatement query = prepare(
            u"INSERT INTO image (key, mime, data, created) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO NOTHING"_s);
        query.bindValue(0, key);
        query.bindValue(1, mimeType.trimmed().isEmpty() ? u"application/octet-stream"_s : mimeType.trimmed());
        query.bindValue(2, data);
        query.bindValue(3, timestamp(QDateTime::currentDateTimeUtc()));
        exec(query);
    });
    return key;
}

QByteArray SqliteRepository::loadImage(const QString &key, QString *mimeType) const
{
    SqliteStatement query = prepare(u"SELECT mime, data FROM image WHERE key = ?"_s);
    query.bindValue(0, text(key.trimmed().toLower()));
    exec(query);
    if (!query.next()) {
        if (mimeType)
            mimeType->clear();
        return {};
    }
    if (mimeType)
        *mimeType = query.value(0).toString();
    return query.value(1).toByteArray();
}

// --- Settings and change detection -------------------------------------------------------

QString SqliteRepository::libraryValue(const QString &key, const QString &defaultValue) const
{
    SqliteStatement query = prepare(u"SELECT value FROM library_setting WHERE key = ?"_s);
    query.bindValue(0, text(key));
    exec(query);
    return query.next() ? query.value(0).toString() : defaultValue;
}

void SqliteRepository::setLibraryValue(const QString &key, const QString &value)
{
    requireWritable();
    if (key.isEmpty())
        throw LibraryError(Kind::Invalid, tr("A library setting needs a name."), m_path);
    write([&] {
        SqliteStatement query = prepare(u"INSERT INTO library_setting (key, value) VALUES (?, ?) "
                                  u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        query.bindValue(0, key);
        query.bindValue(1, text(value));
        exec(query);
    });
}

qint64 SqliteRepository::externalChangeCounter() const
{
    SqliteStatement query = prepare(u"PRAGMA data_version"_s);
    exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

// --- Status history and revisions --------------------------------------------------------

namespace {

bool isApprovedStatus(Status status)
{
    return status == Status::Approved || status == Status::Published;
}

QString fieldsJson(const QStringList &fields)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(fields)).toJson(QJsonDocument::Compact));
}

QStringList fieldsFrom(const QVariant &value)
{
    QStringList fields;
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
    for (const QJsonValue &field : document.array())
        fields.append(field.toString());
    return fields;
}

// The union of two lists of field keys, in display order.
QStringList unitedFields(const QStringList &a, const QStringList &b)
{
    QStringList result;
    for (const QString &key : RevisionFields::all()) {
        if (a.contains(key) || b.contains(key))
            result.append(key);
    }
    return result;
}

} // namespace

void SqliteRepository::recordStatusChange(qint64 resourceId, Status from, Status to, const QString &at,
                                          const QString &author, const QString &comment, qint64 revisionId)
{
    SqliteStatement insert = prepare(uR"(INSERT INTO status_change (resource_id, from_status, to_status, at, author,
            comment, revision_id) VALUES (?, ?, ?, ?, ?, ?, ?))"_s);
    insert.bindValue(0, resourceId);
    insert.bindValue(1, statusKey(from));
    insert.bindValue(2, statusKey(to));
    insert.bindValue(3, at);
    insert.bindValue(4, text(author.trimmed()));
    insert.bindValue(5, text(comment.trimmed()));
    insert.bindValue(6, revisionId > 0 ? QVariant(revisionId) : QVariant());
    exec(insert);
}

qint64 SqliteRepository::recordRevision(const Resource &stored, const std::optional<Resource> &before,
                                        const QString &rawAuthor, RevisionCause cause, const QDateTime &at,
                                        int restoredFrom)
{
    const QString author = rawAuthor.trimmed();
    const QString atText = timestamp(at);
    auto insertRevision = [&](int number, const QString &time, const QString &revisionAuthor, RevisionCause why,
                              const Resource &state, bool approved, const QStringList &changed, int from) {
        SqliteStatement insert = prepare(uR"(INSERT INTO revision (resource_id, number, at, session_start, author, cause,
                status, approved, changed, restored_from, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            RETURNING id)"_s);
        insert.bindValue(0, stored.id);
        insert.bindValue(1, number);
        insert.bindValue(2, time);
        insert.bindValue(3, time);
        insert.bindValue(4, text(revisionAuthor));
        insert.bindValue(5, revisionCauseKey(why));
        insert.bindValue(6, statusKey(state.status));
        insert.bindValue(7, approved ? 1 : 0);
        insert.bindValue(8, fieldsJson(changed));
        insert.bindValue(9, from);
        insert.bindValue(10, QString::fromUtf8(ResourceSnapshot::toJson(state)));
        exec(insert);
        if (!insert.next())
            fail(insert.lastError());
        const qint64 id = insert.value(0).toLongLong();
        insert.finish();
        return id;
    };

    struct Latest
    {
        qint64 id = 0;
        int number = 0;
        QDateTime sessionStart;
        QString author;
        std::optional<RevisionCause> cause;
        bool approved = false;
        QStringList changed;
    };
    std::optional<Latest> latest;
    if (before) {   // a resource just created has no revision yet
        SqliteStatement query = prepare(u"SELECT id, number, session_start, author, cause, approved, changed FROM revision "
                                  u"WHERE resource_id = ? ORDER BY number DESC LIMIT 1"_s);
        query.bindValue(0, stored.id);
        exec(query);
        if (query.next()) {
            latest = Latest{query.value(0).toLongLong(), query.value(1).toInt(), timestampFrom(query.value(2)),
                            query.value(3).toString(), revisionCauseFromKey(query.value(4).toString()),
                            query.value(5).toBool(), fieldsFrom(query.value(6))};
        }
    }
    if (!latest && before) {
        // Stored before revisions existed: keep the old state first, so that it can be restored.
        const QString time = before->modified.isValid() ? timestamp(before->modified) : atText;
        const bool approved = isApprovedStatus(before->status);
        const qint64 id = insertRevision(1, time, QString(), RevisionCause::Baseline, *before, approved, {}, 0);
        latest = Latest{id, 1, timestampFrom(time), QString(), RevisionCause::Baseline, approved, {}};
    }

    const Resource nothing;
    const QStringList changed = RevisionFields::changed(before ? *before : nothing, stored);
    if (before && changed.isEmpty() && (cause == RevisionCause::Edit || cause == RevisionCause::Import))
        return 0;   // a save that changed nothing

    const bool coalesce = cause == RevisionCause::Edit && latest
        && (latest->cause == RevisionCause::Edit || latest->cause == RevisionCause::Create)
        && latest->author == author && !latest->approved && latest->sessionStart.isValid()
        && latest->sessionStart <= at && latest->sessionStart.secsTo(at) < qint64(m_policy.sessionMinutes) * 60;
    if (coalesce) {
        // The session's changes: against the revision before it (nothing before a creation).
        QStringList sessionChanged;
        if (latest->cause == RevisionCause::Create) {
            sessionChanged = RevisionFields::changed(nothing, stored);
        } else {
            SqliteStatement previous = prepare(u"SELECT snapshot FROM revision WHERE resource_id = ? AND number < ? "
                                         u"ORDER BY number DESC LIMIT 1"_s);
            previous.bindValue(0, stored.id);
            previous.bindValue(1, latest->number);
            exec(previous);
            const std::optional<Resource> base =
                previous.next() ? ResourceSnapshot::fromJson(previous.value(0).toString().toUtf8()) : std::nullopt;
            sessionChanged = base ? RevisionFields::changed(*base, stored) : unitedFields(latest->changed, changed);
        }
        SqliteStatement update = prepare(u"UPDATE revision SET at = ?, status = ?, changed = ?, snapshot = ? WHERE id = ?"_s);
        update.bindValue(0, atText);
        update.bindValue(1, statusKey(stored.status));
        update.bindValue(2, fieldsJson(sessionChanged));
        update.bindValue(3, QString::fromUtf8(ResourceSnapshot::toJson(stored)));
        update.bindValue(4, latest->id);
        exec(update);
        return latest->id;
    }

    const bool approved = isApprovedStatus(stored.status) && (!before || before->status != stored.status);
    const int number = latest ? latest->number + 1 : 1;
    const qint64 id = insertRevision(number, atText, author, cause, stored, approved, changed, restoredFrom);

    // Bounded growth: approved revisions stay forever; of the others, the newest are kept.
    // Numbers grow by one from 1, so there is nothing to prune while number <= keptRevisions.
    if (m_policy.keptRevisions > 0 && number > m_policy.keptRevisions) {
        SqliteStatement prune = prepare(uR"(DELETE FROM revision WHERE resource_id = :resource AND approved = 0
            AND id NOT IN (SELECT id FROM revision WHERE resource_id = :resource AND approved = 0
                           ORDER BY number DESC LIMIT :kept))"_s);
        prune.bindValue(u":resource"_s, stored.id);
        prune.bindValue(u":kept"_s, m_policy.keptRevisions);
        exec(prune);
    }
    return id;
}

void SqliteRepository::changeStatus(qint64 id, Status newStatus, const QString &author, const QString &comment,
                                    int expectedVersion)
{
    requireWritable();
    write([&] {
        checkedVersion(id, {}, expectedVersion, true);
        const std::optional<Resource> before = loadResource(id);
        if (!before || before->status == newStatus)
            return;
        const QDateTime at = now();
        SqliteStatement update =
            prepare(u"UPDATE resource SET status = ?, modified = ?, version = version + 1 WHERE id = ?"_s);
        update.bindValue(0, statusKey(newStatus));
        update.bindValue(1, timestamp(at));
        update.bindValue(2, id);
        exec(update);
        const std::optional<Resource> stored = loadResource(id);
        const qint64 revision = recordRevision(*stored, before, author, RevisionCause::StatusChange, at);
        recordStatusChange(id, before->status, newStatus, timestamp(at), author, comment, revision);
    });
}

QList<StatusChange> SqliteRepository::statusHistory(qint64 id) const
{
    SqliteStatement query = prepare(u"SELECT id, from_status, to_status, at, author, comment FROM status_change "
                              u"WHERE resource_id = ? ORDER BY at DESC, id DESC"_s);
    query.bindValue(0, id);
    query.setForwardOnly(true);
    exec(query);
    QList<StatusChange> result;
    while (query.next()) {
        StatusChange change;
        change.id = query.value(0).toLongLong();
        change.resourceId = id;
        change.from = statusFromKey(query.value(1).toString()).value_or(Status::Draft);
        change.to = statusFromKey(query.value(2).toString()).value_or(Status::Draft);
        change.at = timestampFrom(query.value(3));
        change.author = query.value(4).toString();
        change.comment = query.value(5).toString();
        result.append(change);
    }
    return result;
}

QList<RevisionInfo> SqliteRepository::revisions(qint64 id) const
{
    SqliteStatement query = prepare(u"SELECT id, number, at, author, changed, status, approved, cause, restored_from "
                              u"FROM revision WHERE resource_id = ? ORDER BY number DESC"_s);
    query.bindValue(0, id);
    query.setForwardOnly(true);
    exec(query);
    QList<RevisionInfo> result;
    while (query.next()) {
        RevisionInfo info;
        info.id = query.value(0).toLongLong();
        info.resourceId = id;
        info.number = query.value(1).toInt();
        info.at = timestampFrom(query.value(2));
        info.author = query.value(3).toString();
        info.changedFields = fieldsFrom(query.value(4));
        info.status = statusFromKey(query.value(5).toString()).value_or(Status::Draft);
        info.approved = query.value(6).toBool();
        info.cause = revisionCauseFromKey(query.value(7).toString()).value_or(RevisionCause::Edit);
        info.restoredFrom = query.value(8).toInt();
        result.append(info);
    }
    return result;
}

std::optional<Resource> SqliteRepository::revisionSnapshot(qint64 revisionId) const
{
    SqliteStatement query = prepare(u"SELECT resource_id, at, snapshot FROM revision WHERE id = ?"_s);
    query.bindValue(0, revisionId);
    exec(query);
    if (!query.next())
        return std::nullopt;
    std::optional<Resource> resource = ResourceSnapshot::fromJson(query.value(2).toString().toUtf8());
    if (!resource) {
        throw LibraryError(Kind::Corrupt,
                           tr("The revision number %1 in the library %2 is damaged and cannot be read.")
                               .arg(revisionId)
                               .arg(native(m_path)),
                           m_path);
    }
    resource->id = query.value(0).toLongLong();
    resource->modified = timestampFrom(query.value(1));
    return resource;
}

Resource SqliteRepository::restoreRevision(qint64 revisionId, const QString &author, int expectedVersion)
{
    requireWritable();
    std::optional<Resource> stored;
    write([&] {
        SqliteStatement query = prepare(u"SELECT resource_id, number FROM revision WHERE id = ?"_s);
        query.bindValue(0, revisionId);
        exec(query);
        if (!query.next()) {
            throw LibraryError(Kind::NotFound,
                               tr("The revision number %1 no longer exists in the library %2; nothing was "
                                  "restored.")
                                   .arg(revisionId)
                                   .arg(native(m_path)),
                               m_path);
        }
        const qint64 resourceId = query.value(0).toLongLong();
        const int number = query.value(1).toInt();
        query.finish();
        checkedVersion(resourceId, {}, expectedVersion, expectedVersion != 0);
        const std::optional<Resource> before = loadResource(resourceId);
        Resource restored = revisionSnapshot(revisionId).value();
        restored.id = resourceId;
        restored.version = before->version;
        restored.status = before->status;   // the status only changes through changeStatus()
        restored.created = before->created;
        validate(restored);
        const QDateTime at = now();
        updateResource(restored, timestamp(at));
        stored = loadResource(resourceId);
        recordRevision(*stored, before, author, RevisionCause::Restore, at, number);
    });
    return *stored;
}

std::optional<qint64> SqliteRepository::lastApprovedRevision(qint64 id) const
{
    SqliteStatement query = prepare(
        u"SELECT id FROM revision WHERE resource_id = ? AND approved = 1 ORDER BY number DESC LIMIT 1"_s);
    query.bindValue(0, id);
    exec(query);
    if (query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

} // namespace Actes
