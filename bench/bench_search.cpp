// Full-text search through the repository against the sqlite3 shell on the same file.
//
//   bench_search LIBRARY [PASSES]
//
// 50 queries as people type them (French words, prefixes, two-word queries, accents and
// ligatures missing). Each runs PASSES times (default 5, after a warm-up pass) through
// ResourceRepository::listResources(filter with searchText), and the very same SQL (the
// statement SqliteRepository runs, with its MATCH expression) runs PASSES times in one
// `sqlite3` process per pass with `.timer on`, its rows written to /dev/null; the passes
// alternate. Per query: the median of its passes, in CPU time (user + system; the machine may
// be shared) and wall time; reported: the median and 95th percentile over the 50 queries.
// Before timing, the row ids of both are compared for every query.
#include "benchutil.h"

#include "storage/sqliterepository.h"
#include "text/searchtext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <cstdio>

using namespace Actes;
using namespace ActesBench;
using namespace Qt::StringLiterals;

namespace {

const QStringList &queries = searchQueries();

// The statement SqliteRepository::listResources() prepares for a text search (see
// querySummaries() and filterClause() there), with the MATCH expression written in.
QString sqlFor(const QString &match)
{
    QString literal = match;
    literal.replace(u'\'', u"''"_s);
    return uR"(SELECT r.id, r.title, t.name, r.is_private, r.status, r.date_start, r.date_end,
    r.modified, r.needs_review FROM resource r LEFT JOIN resource_type t ON t.id = r.type_id WHERE r.deleted_at IS NULL AND r.id IN (SELECT rowid FROM resource_fts WHERE resource_fts MATCH ')"_s
        + literal + u"') ORDER BY r.date_start DESC, r.title_key, r.id;"_s;
}

QByteArray runShell(const QString &library, const QString &script)
{
    QProcess shell;
    shell.start(u"sqlite3"_s, {u"-batch"_s, u"-readonly"_s, library});
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    return shell.readAllStandardOutput();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || !QFileInfo(args[0]).isFile()) {
        std::fprintf(stderr, "Usage: bench_search LIBRARY [PASSES]\n");
        return 2;
    }
    const QString library = QFileInfo(args[0]).absoluteFilePath();
    const int passes = args.size() > 1 ? std::max(1, args[1].toInt()) : 5;
    auto repo = SqliteRepository::open(library, OpenMode::ReadOnly);
    const int total = repo->countResources();
    std::printf("bench_search: %d resources, %lld queries, %d passes\n", total, qint64(queries.size()), passes);

    // Same rows: ids of the repository against ids of the shell, for every query.
    QString idsScript = u".mode list\n"_s;
    for (const QString &q : queries)
        idsScript += u"SELECT '#';\n"_s + sqlFor(SearchText::ftsQuery(q)).replace(u"SELECT r.id, r.title, t.name, r.is_private, r.status, r.date_start, r.date_end,\n    r.modified, r.needs_review"_s, u"SELECT r.id"_s) + u'\n';
    const QList<QByteArray> shellIds = runShell(library, idsScript).split('#');
    qint64 rows = 0;
    for (qsizetype i = 0; i < queries.size(); ++i) {
        ResourceFilter filter;
        filter.searchText = queries[i];
        const QList<ResourceSummary> found = repo->listResources(filter);
        QStringList ours;
        for (const ResourceSummary &s : found)
            ours << QString::number(s.id);
        const QString theirs = QString::fromUtf8(shellIds.value(i + 1)).trimmed();
        if (ours.join(u'\n') != theirs) {
            std::fprintf(stderr, "Different rows for \"%s\" (%lld here)\n", qPrintable(queries[i]), qint64(ours.size()));
            return 1;
        }
        rows += found.size();
    }
    std::printf("  same rows in both for all queries (%lld rows in all, %.0f per query)\n", rows,
                double(rows) / double(queries.size()));

    // Passes alternate between the repository (in this process) and the shell (one process per
    // pass), so that both see the same load on a shared machine. Per query: CPU time (user +
    // system: for us of this thread, for the shell as its .timer reports it) and wall time.
    static const QRegularExpression timer(uR"(Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+))"_s);
    QString shellScript = u".output /dev/null\n.timer on\n"_s;
    for (const QString &q : queries)
        shellScript += sqlFor(SearchText::ftsQuery(q)) + u'\n';
    QList<QList<double>> oursCpu(queries.size()), oursWall(queries.size());
    QList<QList<double>> shellCpu(queries.size()), shellWall(queries.size());
    for (int pass = -1; pass < passes; ++pass) {
        for (qsizetype i = 0; i < queries.size(); ++i) {
            ResourceFilter filter;
            filter.searchText = queries[i];
            Stopwatch watch;
            watch.start();
            const QList<ResourceSummary> found = repo->listResources(filter);
            watch.stop();
            if (pass >= 0) {
                oursCpu[i] << watch.cpuMs;
                oursWall[i] << watch.wallMs;
            }
            if (found.size() < 0)
                return 1;
        }
        const QString timings = QString::fromUtf8(runShell(library, shellScript));
        qsizetype i = 0;
        for (auto it = timer.globalMatch(timings); it.hasNext() && i < queries.size(); ++i) {
            const QRegularExpressionMatch m = it.next();
            if (pass >= 0) {
                shellWall[i] << m.captured(1).toDouble() * 1000.0;
                shellCpu[i] << (m.captured(2).toDouble() + m.captured(3).toDouble()) * 1000.0;
            }
        }
        if (i != queries.size()) {
            std::fprintf(stderr, "Unexpected sqlite3 output (%lld timings)\n", qint64(i));
            return 1;
        }
    }
    auto perQuery = [](const QList<QList<double>> &samples) {
        QList<double> medians;
        for (const QList<double> &s : samples)
            medians << median(s);
        return medians;
    };
    const QList<double> oc = perQuery(oursCpu), sc = perQuery(shellCpu);
    const QList<double> ow = perQuery(oursWall), sw = perQuery(shellWall);
    std::printf("  wall time: median %.1f ms against %.1f ms (%.2f×), 95th percentile %.1f ms against %.1f ms "
                "(%.2f×)\n",
                median(ow), median(sw), median(ow) / median(sw), quantile(ow, 0.95), quantile(sw, 0.95),
                quantile(ow, 0.95) / quantile(sw, 0.95));
    std::printf("  CPU time:  median %.1f ms against %.1f ms (%.2f×), 95th percentile %.1f ms against %.1f ms "
                "(%.2f×)\n",
                median(oc), median(sc), median(oc) / median(sc), quantile(oc, 0.95), quantile(sc, 0.95),
                quantile(oc, 0.95) / quantile(sc, 0.95));
    result("Full-text search, 100k resources, median of 50 queries (CPU)",
           u"%1 ms (wall %2 ms)"_s.arg(median(oc), 0, 'f', 1).arg(median(ow), 0, 'f', 1),
           u"sqlite3 shell: %1 ms (wall %2 ms)"_s.arg(median(sc), 0, 'f', 1).arg(median(sw), 0, 'f', 1),
           median(oc) / median(sc), 1.5);
    result("Full-text search, 100k resources, 95th percentile (CPU)",
           u"%1 ms (wall %2 ms)"_s.arg(quantile(oc, 0.95), 0, 'f', 1).arg(quantile(ow, 0.95), 0, 'f', 1),
           u"sqlite3 shell: %1 ms (wall %2 ms)"_s
               .arg(quantile(sc, 0.95), 0, 'f', 1)
               .arg(quantile(sw, 0.95), 0, 'f', 1),
           quantile(oc, 0.95) / quantile(sc, 0.95), 1.5);
    return 0;
}
