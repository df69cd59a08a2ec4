#include "storage/localfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Actes {

namespace {

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

bool LocalFiles::createOwnerOnlyFile(const QString &path)
{
    const int fd = ::open(encoded(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return false;
    // The umask may only remove bits; make sure the owner can read and write.
    const bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    ::close(fd);
    return ok;
}

bool LocalFiles::restrictToOwner(const QString &path)
{
    struct stat st {};
    const QByteArray name = encoded(path);
    if (::lstat(name.constData(), &st) != 0 || S_ISLNK(st.st_mode))
        return false;
    if (st.st_uid != ::geteuid())
        return false;
    const mode_t wanted = st.st_mode & (S_IRWXU | S_ISUID | S_ISGID | S_ISVTX);
    if ((st.st_mode & 07777) == wanted)
        return true;
    return ::chmod(name.constData(), wanted) == 0;
}

bool LocalFiles::restrictToOwner(int fileDescriptor)
{
    struct stat st {};
    if (fileDescriptor < 0 || ::fstat(fileDescriptor, &st) != 0 || st.st_uid != ::geteuid())
        return false;
    return ::fchmod(fileDescriptor, st.st_mode & (S_IRWXU | S_ISUID | S_ISGID | S_ISVTX)) == 0;
}

bool LocalFiles::makeOwnerOnlyFolder(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    struct stat st {};
    const QByteArray name = encoded(path);
    if (::stat(name.constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return false;
    if (st.st_uid != ::geteuid())
        return true;   // not ours to change (e.g. a shared parent given on purpose)
    if ((st.st_mode & 0777) == S_IRWXU)
        return true;
    return ::chmod(name.constData(), S_IRWXU) == 0;
}

bool LocalFiles::syncToDisk(int fileDescriptor)
{
    return fileDescriptor >= 0 && ::fsync(fileDescriptor) == 0;
}

bool LocalFiles::syncToDisk(const QString &path)
{
    const int fd = ::open(encoded(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool LocalFiles::readRegularFile(const QString &path, qint64 maxBytes, QByteArray *data, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto failed = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // O_NONBLOCK: opening a FIFO without a writer must not wait for one.
    const int fd = ::open(encoded(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        return failed(tr("“%1” cannot be read: %2.").arg(shown, systemError(errno)));
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        const int e = errno;
        ::close(fd);
        return failed(tr("“%1” cannot be read: %2.").arg(shown, systemError(e)));
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return failed(tr("“%1” is not an ordinary file (a device, a pipe or a folder); it was not read.").arg(shown));
    }
    if (st.st_size > maxBytes) {
        ::close(fd);
        return failed(tr("“%1” is too large (%2 MB); the limit is %3 MB.")
                          .arg(shown)
                          .arg(st.st_size / (1024 * 1024))
                          .arg(maxBytes / (1024 * 1024)));
    }
    QByteArray bytes;
    bytes.resize(qsizetype(st.st_size));
    qint64 done = 0;
    char extra = 0;
    for (;;) {
        char *target = done < bytes.size() ? bytes.data() + done : &extra;
        const size_t room = done < bytes.size() ? size_t(bytes.size() - done) : 1;
        const ssize_t n = ::read(fd, target, room);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int e = errno;
            ::close(fd);
            return failed(tr("“%1” cannot be read: %2.").arg(shown, systemError(e)));
        }
        if (n == 0)
            break;
        if (target == &extra) {   // the file grew while it was read
            ::close(fd);
            return failed(tr("“%1” changed while it was read; it was not used.").arg(shown));
        }
        done += n;
    }
    ::close(fd);
    bytes.truncate(qsizetype(done));
    if (data)
        *data = std::move(bytes);
    return true;
}

} // namespace Actes
