#include "storage/sqliterepository.h"
#include "storage/sqlitedetail.h"

#include "storage/libraryerror.h"
#include "storage/localfiles.h"
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

namespace SqliteDetail {

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

QList<qint64> uniqueIds(const QList<qint64> &ids, qint64 excluded)
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


extern const QString summaryColumns;
const QString summaryColumns = uR"(r.id, r.title, t.name, r.is_private, r.status, r.date_start, r.date_end,
    r.modified, r.needs_review, r.private_confirmed)"_s;

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
    summary.privateConfirmed = query.value(9).toBool();
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
    if (filter.reviewQueueFor) {
        conditions.append(u"r.status = ? AND (r.requested_reviewer IS NULL OR r.requested_reviewer = ?)"_s);
        values->append(statusKey(Status::InReview));
        values->append(filter.reviewQueueFor->isEmpty() ? QString() : *filter.reviewQueueFor);
    }
    return conditions.join(u" AND "_s);
}

extern const QStringList builtInParticipantRoles;
const QStringList builtInParticipantRoles = {
    u"Intervenant·e"_s, u"Animateur·rice"_s, u"Participant·e"_s, u"Grand témoin"_s, u"Organisateur·rice"_s,
};
extern const QStringList builtInPartnerRoles;
const QStringList builtInPartnerRoles = {
    u"Co-organisateur"_s, u"Hôte"_s, u"Financeur"_s, u"Partenaire"_s,
};

} // namespace SqliteDetail

using namespace SqliteDetail;

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

    if (!readOnly) {
        // Readable by its owner only, whatever the umask: SQLite gives the -wal and -shm files
        // the permissions of the library file, so the file exists with them before SQLite opens it.
        if (inspection.state == Inspection::State::Missing && !LocalFiles::createOwnerOnlyFile(absolute)) {
            throw LibraryError(Kind::Io,
                               SqliteRepository::tr("The library %1 cannot be created.").arg(native(absolute)),
                               absolute);
        }
        for (const QString &file : {absolute, absolute + u"-wal"_s, absolute + u"-shm"_s}) {
            if (QFileInfo::exists(file))
                LocalFiles::restrictToOwner(file);   // a library made by an earlier Actes
        }
    }

    std::unique_ptr<SqliteRepository> repository(new SqliteRepository(absolute, newConnectionName(), readOnly));
    if (!repository->m_db.open())
        repository->fail(repository->m_db.lastError());
    repository->exec(u"PRAGMA foreign_keys = ON"_s);
    if (!readOnly) {
        repository->exec(u"PRAGMA journal_mode = WAL"_s);
        // FULL: every commit (a save, an autosave, an import) is on the disk before it is
        // acknowledged, so it survives a power cut too. NORMAL would only survive a crash.
        repository->exec(u"PRAGMA synchronous = FULL"_s);
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
                m_pendingIndexChars -= entry.chars();
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

} // namespace Actes
