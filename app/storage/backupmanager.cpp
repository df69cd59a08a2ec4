#include "storage/backupmanager.h"

#include "storage/libraryerror.h"
#include "storage/localfiles.h"
#include "storage/schema.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

using Kind = LibraryError::Kind;

constexpr int SqliteFull = 13;
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int BackupBusyTimeoutMs = 2000;

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
    return (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
}

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyyMMdd-HHmmss"_s);
}

// A connection that lives for one operation.
class Connection
{
public:
    Connection(const QString &path, bool readOnly)
    {
        static QAtomicInt counter;
        m_name = u"actes-backup-%1"_s.arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BackupBusyTimeoutMs);
        if (readOnly)
            options += u";QSQLITE_OPEN_READONLY"_s;
        db.setConnectOptions(options);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(Connection)

    bool isOpen() const { return m_open; }
    QSqlError openError() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    void close()
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }

private:
    QString m_name;
    bool m_open = false;
    QSqlError m_error;
};

// Flushes a file to the disk (a backup is only a backup once it is on the disk).
bool syncFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    return ::fsync(file.handle()) == 0;
}

void syncFolder(const QString &folder)
{
    QFile dir(folder);
    // Opening a folder read-only works on POSIX; errors are harmless (the rename is still done).
    if (dir.open(QIODevice::ReadOnly))
        ::fsync(dir.handle());
}

} // namespace

BackupManager::BackupManager(const QString &libraryPath)
    : m_libraryPath(QFileInfo(libraryPath).absoluteFilePath())
{
}

QString BackupManager::backupFolder() const
{
    const QFileInfo info(m_libraryPath);
    return info.absolutePath() + u'/' + info.fileName() + u".backups"_s;
}

QDateTime BackupManager::now() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toUTC();
}

QList<BackupInfo> BackupManager::backups() const
{
    const QString base = QFileInfo(m_libraryPath).completeBaseName();
    const QRegularExpression pattern(u"^"_s + QRegularExpression::escape(base)
                                     + u"-(\\d{8}-\\d{6})(?:-\\d+)?\\.actes$"_s);
    QList<BackupInfo> result;
    const QDir dir(backupFolder());
    for (const QFileInfo &entry : dir.entryInfoList(QDir::Files | QDir::Hidden)) {
        const QRegularExpressionMatch m = pattern.match(entry.fileName());
        if (!m.hasMatch())
            continue;
        QDateTime created = QDateTime::fromString(m.captured(1), u"yyyyMMdd-HHmmss"_s);
        if (!created.isValid())
            continue;
        created.setTimeSpec(Qt::UTC);
        result.append(BackupInfo{entry.absoluteFilePath(), created, entry.size()});
    }
    std::sort(result.begin(), result.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.created != b.created ? a.created > b.created : a.path > b.path;
    });
    return result;
}

std::optional<QString> BackupManager::backupIfDue(int keep, std::chrono::hours maxAge)
{
    if (keep < 1)
        return std::nullopt;
    const QFileInfo library(m_libraryPath);
    if (!library.exists() || library.size() == 0)
        return std::nullopt;
    const QList<BackupInfo> existing = backups();
    if (!existing.isEmpty()) {
        const QDateTime newest = existing.first().created;
        const qint64 age = newest.secsTo(now());
        const qint64 limit = std::chrono::duration_cast<std::chrono::seconds>(maxAge).count();
        // A backup "from the future" (the clock was set back) only counts within a day.
        if (age < limit && age > -24 * 3600)
            return std::nullopt;
    }
    return backupNow(keep);
}

QString BackupManager::uniqueName(const QString &folder, const QString &pattern) const
{
    QString name = folder + u'/' + pattern.arg(QString());
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(name + u".partial"_s); ++n)
        name = folder + u'/' + pattern.arg(u"-%1"_s.arg(n));
    return name;
}

QString BackupManager::backupNow(int keep)
{
    const QString folder = backupFolder();
    if (!LocalFiles::makeOwnerOnlyFolder(folder)) {
        throw LibraryError(Kind::Io,
                           tr("The backup folder %1 cannot be created. The library %2 was not backed up.")
                               .arg(native(folder), native(m_libraryPath)),
                           folder);
    }
    // Leftovers of an interrupted backup.
    for (const QFileInfo &stale : QDir(folder).entryInfoList({u"*.partial"_s}, QDir::Files | QDir::Hidden))
        QFile::remove(stale.absoluteFilePath());

    const QString base = QFileInfo(m_libraryPath).completeBaseName();
    const QString target = uniqueName(folder, base + u'-' + stamp(now()) + u"%1.actes"_s);
    const QString partial = target + u".partial"_s;
    // VACUUM INTO fills an empty file as it is: created readable by its owner only.
    if (!LocalFiles::createOwnerOnlyFile(partial)) {
        throw LibraryError(Kind::Io,
                           tr("The backup %1 could not be written. The library %2 is unchanged.")
                               .arg(native(target), native(m_libraryPath)),
                           target);
    }
    const auto removePartial = qScopeGuard([&partial] { QFile::remove(partial); });

    {
        Connection connection(m_libraryPath, true);
        if (!connection.isOpen()) {
            throw LibraryError(Kind::Io,
                               tr("The library %1 could not be read to back it up (%2).")
                                   .arg(native(m_libraryPath), sqliteMessage(connection.openError())),
                               m_libraryPath);
        }
        QSqlQuery query(connection.db());
        if (!query.exec(u"PRAGMA application_id"_s) || !query.next()) {
            throw LibraryError(Kind::Io,
                               tr("The library %1 could not be read to back it up (%2).")
                                   .arg(native(m_libraryPath), sqliteMessage(query.lastError())),
                               m_libraryPath);
        }
        if (qint32(query.value(0).toLongLong()) != Schema::ApplicationId) {
            throw LibraryError(Kind::NotALibrary,
                               tr("The file %1 is not an Actes library, so it was not backed up.")
                                   .arg(native(m_libraryPath)),
                               m_libraryPath);
        }
        query.finish();
        if (!query.prepare(u"VACUUM INTO ?"_s))
            throw LibraryError(Kind::Io, tr("The library %1 could not be backed up (%2).")
                                             .arg(native(m_libraryPath), sqliteMessage(query.lastError())),
                               m_libraryPath);
        query.addBindValue(partial);
        if (!query.exec()) {
            const QSqlError error = query.lastError();
            query.finish();
            connection.close();
            QFile::remove(partial);
            const int code = sqliteCode(error);
            if (code == SqliteFull) {
                throw LibraryError(Kind::DiskFull,
                                   tr("The disk holding %1 is full: the library %2 was not backed up. The "
                                      "library itself is unchanged.")
                                       .arg(native(folder), native(m_libraryPath)),
                                   folder);
            }
            if (code == SqliteBusy || code == SqliteLocked) {
                throw LibraryError(Kind::Locked,
                                   tr("The library %1 is in use by another program; it was not backed up. "
                                      "The backup will be made next time.")
                                       .arg(native(m_libraryPath)),
                                   m_libraryPath);
            }
            throw LibraryError(Kind::Io,
                               tr("The library %1 could not be backed up to %2 (%3).")
                                   .arg(native(m_libraryPath), native(folder), sqliteMessage(error)),
                               m_libraryPath);
        }
    }
    if (!syncFile(partial) || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        throw LibraryError(Kind::Io,
                           tr("The backup %1 could not be written. The library %2 is unchanged.")
                               .arg(native(target), native(m_libraryPath)),
                           target);
    }
    syncFolder(folder);
    // Backups made by an earlier Actes (before they were private).
    for (const BackupInfo &backup : backups())
        LocalFiles::restrictToOwner(backup.path);
    rotate(keep);
    return target;
}

void BackupManager::rotate(int keep) const
{
    if (keep < 1)
        return;
    const QList<BackupInfo> all = backups();
    for (qsizetype i = keep; i < all.size(); ++i)
        QFile::remove(all.at(i).path);
}

int BackupManager::verify(const QString &path)
{
    const QString shown = native(path);
    const QFileInfo info(path);
    if (!info.isFile()) {
        throw LibraryError(Kind::Io, tr("The backup %1 does not exist.").arg(shown), path);
    }
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw LibraryError(Kind::Io, tr("The backup %1 cannot be read (%2).").arg(shown, file.errorString()), path);
        static const QByteArray magic("SQLite format 3\0", 16);
        if (!file.read(100).startsWith(magic)) {
            throw LibraryError(Kind::NotALibrary,
                               tr("The file %1 is not an Actes library: it is not a database at all.").arg(shown),
                               path);
        }
    }
    Connection connection(path, true);
    if (!connection.isOpen()) {
        throw LibraryError(Kind::Corrupt,
                           tr("The backup %1 cannot be opened (%2).").arg(shown, sqliteMessage(connection.openError())),
                           path);
    }
    QSqlQuery query(connection.db());
    auto value = [&](const QString &sql) -> QVariant {
        if (!query.exec(sql) || !query.next()) {
            throw LibraryError(Kind::Corrupt,
                               tr("The backup %1 is damaged (%2).").arg(shown, sqliteMessage(query.lastError())),
                               path);
        }
        const QVariant v = query.value(0);
        query.finish();
        return v;
    };
    if (qint32(value(u"PRAGMA application_id"_s).toLongLong()) != Schema::ApplicationId) {
        throw LibraryError(Kind::NotALibrary,
                           tr("The file %1 is not an Actes library: it is the database of another application.")
                               .arg(shown),
                           path);
    }
    const int version = value(u"PRAGMA user_version"_s).toInt();
    if (version > Schema::latestVersion()) {
        throw LibraryError(Kind::NewerVersion,
                           tr("The backup %1 was made by a newer version of Actes.").arg(shown), path);
    }
    if (version < 1) {
        throw LibraryError(Kind::Corrupt, tr("The backup %1 is damaged: its schema version is missing.").arg(shown),
                           path);
    }
    if (!query.exec(u"PRAGMA integrity_check"_s)) {
        throw LibraryError(Kind::Corrupt,
                           tr("The backup %1 is damaged (%2).").arg(shown, sqliteMessage(query.lastError())), path);
    }
    QStringList problems;
    while (query.next())
        problems.append(query.value(0).toString());
    query.finish();
    if (problems != QStringList{u"ok"_s}) {
        throw LibraryError(Kind::Corrupt,
                           tr("The backup %1 is damaged (%2).").arg(shown, problems.mid(0, 3).join(u"; "_s)), path);
    }
    // The trash (deleted_at) exists from schema version 2 on.
    return value(version >= 2 ? u"SELECT count(*) FROM resource WHERE deleted_at IS NULL"_s
                              : u"SELECT count(*) FROM resource"_s)
        .toInt();
}

QString BackupManager::restore(const QString &backupPathIn)
{
    const QString backupPath = QFileInfo(backupPathIn).absoluteFilePath();
    if (backupPath == m_libraryPath) {
        throw LibraryError(Kind::Invalid, tr("A library cannot be restored from itself (%1).").arg(native(backupPath)),
                           backupPath);
    }
    verify(backupPath);

    const QFileInfo library(m_libraryPath);
    const QString folder = library.absolutePath();
    const QString wal = m_libraryPath + u"-wal"_s;
    const QString shm = m_libraryPath + u"-shm"_s;

    // Fold the journal into the library file, then close: when nobody else has the library
    // open, SQLite removes the -wal and -shm files. A damaged library cannot be checkpointed:
    // it is moved aside as it is, journal included.
    bool checkpointed = false;
    if (library.exists() && library.size() > 0) {
        Connection connection(m_libraryPath, false);
        if (connection.isOpen()) {
            QSqlQuery query(connection.db());
            if (query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) && query.next() && query.value(0).toInt() != 0) {
                throw LibraryError(Kind::Locked,
                                   tr("The library %1 is in use by another program. Close it there, then restore "
                                      "the backup again. Nothing was changed.")
                                       .arg(native(m_libraryPath)),
                                   m_libraryPath);
            }
            const int code = sqliteCode(query.lastError());
            if (code == SqliteBusy || code == SqliteLocked) {
                throw LibraryError(Kind::Locked,
                                   tr("The library %1 is in use by another program. Close it there, then restore "
                                      "the backup again. Nothing was changed.")
                                       .arg(native(m_libraryPath)),
                                   m_libraryPath);
            }
            checkpointed = query.isActive();
            query.finish();
        }
    }
    if (checkpointed && QFileInfo::exists(shm)) {
        // The last connection to close removes it: another connection still has the library open.
        throw LibraryError(Kind::Locked,
                           tr("The library %1 is in use by another program. Close it there, then restore "
                              "the backup again. Nothing was changed.")
                               .arg(native(m_libraryPath)),
                           m_libraryPath);
    }

    // Copy the backup beside the library first (same file system: the final rename is atomic).
    const QString incoming = m_libraryPath + u".restoring"_s;
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming) || !syncFile(incoming)
        || QFileInfo(incoming).size() != QFileInfo(backupPath).size()) {
        QFile::remove(incoming);
        throw LibraryError(Kind::Io,
                           tr("The backup %1 could not be copied next to the library %2 (is the disk full?). "
                              "Nothing was changed.")
                               .arg(native(backupPath), native(m_libraryPath)),
                           m_libraryPath);
    }
    QFile::setPermissions(incoming, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);

    QString kept;
    QStringList moved;   // pairs of (from, to), to undo
    const auto undo = [&] {
        for (qsizetype i = moved.size() - 2; i >= 0; i -= 2)
            QFile::rename(moved.at(i + 1), moved.at(i));
        QFile::remove(incoming);
    };
    if (library.exists()) {
        const QString keptPattern =
            library.completeBaseName() + u".before-restore-"_s + stamp(now()) + u"%1."_s
            + (library.suffix().isEmpty() ? u"actes"_s : library.suffix());
        kept = uniqueName(folder, keptPattern);
        for (const auto &[from, to] : {std::pair{m_libraryPath, kept}, std::pair{wal, kept + u"-wal"_s},
                                       std::pair{shm, kept + u"-shm"_s}}) {
            if (!QFileInfo::exists(from))
                continue;
            if (!QFile::rename(from, to)) {
                undo();
                throw LibraryError(Kind::Io,
                                   tr("The library %1 could not be renamed to keep it before the restore. Nothing "
                                      "was changed.")
                                       .arg(native(m_libraryPath)),
                                   m_libraryPath);
            }
            moved << from << to;
        }
    }
    for (const QString &file : {kept, kept + u"-wal"_s, kept + u"-shm"_s}) {
        if (!kept.isEmpty() && QFileInfo::exists(file))
            LocalFiles::restrictToOwner(file);   // the kept library is as private as the library
    }
    if (!QFile::rename(incoming, m_libraryPath)) {
        undo();
        throw LibraryError(Kind::Io,
                           tr("The backup could not be put in place of the library %1. Nothing was changed.")
                               .arg(native(m_libraryPath)),
                           m_libraryPath);
    }
    syncFolder(folder);
    return kept;
}

} // namespace Actes
