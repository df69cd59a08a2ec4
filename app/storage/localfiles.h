#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Actes {

// Small POSIX helpers for files that must be private, durable, or read without risk.
class LocalFiles
{
    Q_DECLARE_TR_FUNCTIONS(Actes::LocalFiles)
public:
    // Creates an empty file readable and writable by its owner only (0600), whatever the umask.
    // Fails when the file exists.
    static bool createOwnerOnlyFile(const QString &path);
    // Removes every permission of the group and of others: files end up 0600 (or 0400), folders
    // 0700. Only for a file of the current user; false when the change failed.
    static bool restrictToOwner(const QString &path);
    static bool restrictToOwner(int fileDescriptor);   // an open file (e.g. QSaveFile::handle())
    // QDir::mkpath(), then the folder itself (not its parents) is made 0700.
    static bool makeOwnerOnlyFolder(const QString &path);

    // Flushes a file or a folder (its entries: renames, new files) to the disk.
    static bool syncToDisk(const QString &path);
    static bool syncToDisk(int fileDescriptor);

    // Reads a regular file of at most maxBytes bytes. Never blocks on a FIFO or a device and
    // never reads more than maxBytes + 1 bytes (a device such as /dev/zero, a file growing
    // meanwhile): anything else than a regular file is refused with *error set.
    static bool readRegularFile(const QString &path, qint64 maxBytes, QByteArray *data, QString *error = nullptr);
};

} // namespace Actes
