// A preloaded library (LD_PRELOAD) that records, in the file named by $ACTES_SYNC_LOG, every
// fsync/fdatasync (with the path of the file or folder), rename, unlink and rmdir of the
// process, in order. tst_cli uses it to check that the website export is on the disk before
// the earlier export is removed.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void record(const char *op, const char *a, const char *b)
{
    const char *log = getenv("ACTES_SYNC_LOG");
    if (!log)
        return;
    char line[3 * PATH_MAX];
    const int n = snprintf(line, sizeof line, "%s\t%s\t%s\n", op, a ? a : "", b ? b : "");
    if (n <= 0)
        return;
    const int fd = open(log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        return;
    ssize_t ignored = write(fd, line, (size_t)(n < (int)sizeof line ? n : (int)sizeof line - 1));
    (void)ignored;
    close(fd);
}

static void recordFd(const char *op, int fd)
{
    char link[64];
    char target[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = readlink(link, target, sizeof target - 1);
    target[n > 0 ? n : 0] = '\0';
    record(op, target, NULL);
}

#define NEXT(name) ((__typeof__(&name))dlsym(RTLD_NEXT, #name))

int fsync(int fd)
{
    const int result = NEXT(fsync)(fd);
    if (result == 0)
        recordFd("fsync", fd);
    return result;
}

int fdatasync(int fd)
{
    const int result = NEXT(fdatasync)(fd);
    if (result == 0)
        recordFd("fsync", fd);
    return result;
}

int rename(const char *from, const char *to)
{
    record("rename", from, to);
    return NEXT(rename)(from, to);
}

int renameat(int fromDir, const char *from, int toDir, const char *to)
{
    record("rename", from, to);
    return NEXT(renameat)(fromDir, from, toDir, to);
}

int renameat2(int fromDir, const char *from, int toDir, const char *to, unsigned int flags)
{
    record("rename", from, to);
    return NEXT(renameat2)(fromDir, from, toDir, to, flags);
}

int unlink(const char *path)
{
    record("unlink", path, NULL);
    return NEXT(unlink)(path);
}

int unlinkat(int dir, const char *path, int flags)
{
    record("unlink", path, NULL);
    return NEXT(unlinkat)(dir, path, flags);
}

int rmdir(const char *path)
{
    record("unlink", path, NULL);
    return NEXT(rmdir)(path);
}
