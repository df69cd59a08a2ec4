// Start to usable window with a large library, against a bare QMainWindow in the same run.
//
//   bench_startup LIBRARY [ROUNDS]
//
// Runs, as separate processes and alternately, ROUNDS times (default 5, after one warm-up
// each): `barewindow` (a QMainWindow with a QTableView) and `actes --db LIBRARY` with
// ACTES_BENCH_QUIT_WHEN_READY set. Both print "ready <CLOCK_MONOTONIC ms>" once their window
// is shown (and, for actes, the list filled) and the event loop idle, then quit. Measured:
// process start to ready, and the peak resident memory of the process (getrusage of the
// child). Settings and drafts go to a temporary HOME. QT_QPA_PLATFORM defaults to offscreen;
// run the program under xvfb-run with QT_QPA_PLATFORM=xcb for a real X server.
#include "benchutil.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace ActesBench;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    bool ok = false;
    double readyMs = 0;    // process start to ready
    double totalMs = 0;    // process start to exit
    double peakMb = 0;
};

Run runOnce(const QByteArray &program, const QList<QByteArray> &args, const QList<QByteArray> &env)
{
    int out[2];
    if (pipe(out) != 0)
        return {};
    const double start = monotonicMs();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        close(out[1]);
        for (const QByteArray &entry : env)
            putenv(const_cast<char *>(entry.constData()));
        QList<char *> argv;
        argv.append(const_cast<char *>(program.constData()));
        for (const QByteArray &arg : args)
            argv.append(const_cast<char *>(arg.constData()));
        argv.append(nullptr);
        execv(program.constData(), argv.data());
        _exit(127);
    }
    close(out[1]);
    QByteArray output;
    char buffer[4096];
    for (;;) {
        const ssize_t n = read(out[0], buffer, sizeof buffer);
        if (n > 0)
            output.append(buffer, n);
        else if (n == 0 || errno != EINTR)
            break;
    }
    close(out[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Run run;
    run.totalMs = monotonicMs() - start;
    run.peakMb = double(usage.ru_maxrss) / 1024.0;
    const qsizetype at = output.indexOf("ready ");
    if (at >= 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        const QByteArray line = output.mid(at + 6).split('\n').first();
        run.readyMs = line.toDouble() - start;
        run.ok = true;
    } else {
        std::fprintf(stderr, "%s failed (status %d): %s\n", program.constData(), status, output.constData());
    }
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || !QFileInfo(args[0]).isFile()) {
        std::fprintf(stderr, "Usage: bench_startup LIBRARY [ROUNDS]\n");
        return 2;
    }
    const QByteArray library = QFileInfo(args[0]).absoluteFilePath().toLocal8Bit();
    const int rounds = args.size() > 1 ? std::max(1, args[1].toInt()) : 5;
    QTemporaryDir home;
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                     : qgetenv("QT_QPA_PLATFORM");
    const QByteArray homePath = home.path().toLocal8Bit();
    const QList<QByteArray> env = {
        "QT_QPA_PLATFORM=" + platform, "HOME=" + homePath, "XDG_CONFIG_HOME=" + homePath + "/config",
        "XDG_DATA_HOME=" + homePath + "/data", "XDG_CACHE_HOME=" + homePath + "/cache",
        "XDG_STATE_HOME=" + homePath + "/state", "ACTES_BENCH_QUIT_WHEN_READY=1", "LC_ALL=C.UTF-8",
    };
    const QByteArray bare = BAREWINDOW_BINARY;
    const QByteArray actes = ACTES_BINARY;
    const QList<QByteArray> actesArgs = {"--db", library};

    std::printf("bench_startup: %s, platform %s, %d rounds\n", library.constData(), platform.constData(), rounds);
    // Warm-up: libraries, fonts and the library file in the page cache.
    runOnce(bare, {}, env);
    runOnce(actes, actesArgs, env);
    QList<double> bareReady, actesReady, bareTotal, actesTotal, bareMb, actesMb;
    for (int round = 0; round < rounds; ++round) {
        const Run b = runOnce(bare, {}, env);
        const Run a = runOnce(actes, actesArgs, env);
        if (!b.ok || !a.ok)
            return 1;
        bareReady << b.readyMs;
        actesReady << a.readyMs;
        bareTotal << b.totalMs;
        actesTotal << a.totalMs;
        bareMb << b.peakMb;
        actesMb << a.peakMb;
        std::printf("  round %d: bare ready %.0f ms (exit %.0f ms, %.0f MB); actes ready %.0f ms (exit %.0f ms, "
                    "%.0f MB)\n",
                    round + 1, b.readyMs, b.totalMs, b.peakMb, a.readyMs, a.totalMs, a.peakMb);
    }
    const double br = median(bareReady), ar = median(actesReady);
    const double bm = median(bareMb), am = median(actesMb);
    const QByteArray label = "(" + platform + ")";
    result(("Start to usable window, 100k resources " + label).constData(),
           u"%1 ms (exit %2 ms)"_s.arg(ar, 0, 'f', 0).arg(median(actesTotal), 0, 'f', 0),
           u"bare QMainWindow: %1 ms (exit %2 ms)"_s.arg(br, 0, 'f', 0).arg(median(bareTotal), 0, 'f', 0),
           ar / br, 2.0);
    result(("Peak memory at start, 100k resources " + label).constData(), u"%1 MB"_s.arg(am, 0, 'f', 0),
           u"bare QMainWindow: %1 MB"_s.arg(bm, 0, 'f', 0), am / bm, 3.0);
    return 0;
}
