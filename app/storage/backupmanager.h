#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace Actes {

struct BackupInfo
{
    QString path;          // absolute path of the backup file
    QDateTime created;     // when it was made (UTC, read from the file name)
    qint64 size = 0;       // bytes
};

// Automatic backups of a SQLite library (the file-based, single-user case).
//
// The backups of "<folder>/<name>.actes" are kept in "<folder>/<name>.actes.backups/", one
// self-contained library per backup, named "<name>-YYYYMMDD-HHMMSS.actes" (UTC). Each one is
// a consistent snapshot made with SQLite's VACUUM INTO through a separate read-only
// connection: it never blocks the application's own connection nor another process (WAL
// readers do not block writers) and never changes the library. A backup is written under a
// temporary name and renamed when complete, so an interrupted backup never looks like one.
// Only files with that naming pattern are ever deleted (rotation keeps the newest N).
//
// Every method throws LibraryError on failure, with a message naming the file concerned; the
// library itself is never changed by a failed backup or a refused restore. A BackupManager
// uses its own Qt SQL connections (created and removed within each call), so it may be used
// from a worker thread.
class BackupManager
{
    Q_DECLARE_TR_FUNCTIONS(Actes::BackupManager)
public:
    static constexpr int DefaultKeep = 7;

    explicit BackupManager(const QString &libraryPath);

    QString libraryPath() const { return m_libraryPath; }
    QString backupFolder() const;

    // Makes a backup when the newest one is older than maxAge (or there is none), then deletes
    // the oldest backups beyond `keep`. Returns the path of the new backup, or nothing when none
    // was due, when keep < 1 (backups disabled) or when the library does not exist or is empty.
    // A library that is not an Actes library is not backed up (LibraryError NotALibrary).
    std::optional<QString> backupIfDue(int keep, std::chrono::hours maxAge = std::chrono::hours(24));
    // Makes a backup now (then rotates); returns its path.
    QString backupNow(int keep);

    // The backups of this library, newest first.
    QList<BackupInfo> backups() const;

    // Replaces the library with the backup. The backup is checked first (integrity_check,
    // application_id, a schema version this Actes can open): a damaged or foreign backup is
    // refused and the library left untouched. The current library (with its journal) is not
    // deleted: it is renamed "<name>.before-restore-YYYYMMDD-HHMMSS.actes" beside it, and that
    // path is returned (empty when there was no library). The caller must have closed its
    // repository; a library still open in another program is refused (Kind::Locked).
    QString restore(const QString &backupPath);

    // Throws LibraryError (Corrupt, NotALibrary, NewerVersion, Io) unless path is a healthy
    // Actes library this version can open. Returns the number of live resources in it.
    static int verify(const QString &path);

    // The clock (UTC) used for names and ages; tests replace it. Empty = the system clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    QDateTime now() const;
    QString uniqueName(const QString &folder, const QString &pattern) const;
    void rotate(int keep) const;

    QString m_libraryPath;
    std::function<QDateTime()> m_clock;
};

} // namespace Actes
