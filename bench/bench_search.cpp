// Full-text search through the repository against the sqlite3 shell on the same file.
//
//   bench_search LIBRARY [PASSES]
//
// 50 queries as people type them (French words, prefixes, two-word queries, accents and
// ligatures missing). Each runs PASSES times (default 5, after a warm-up pass) through
// ResourceRepository::listResources(filter with searchText), and the very same SQL (the
// statement SqliteRepository runs, with its MATCH expression) runs PASSES times in one
// `sqlite3` process with `.timer on`, its rows written to /dev/null. Per query: the median of
// its passes; reported: the median and 95th percentile over the 50 queries, and their ratios.
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

const QStringList queries = {
    u"économie"_s, u"economie sociale"_s, u"cooperation"_s, u"coopérative"_s, u"tiers-lieux"_s,
    u"monnaie locale"_s, u"finance solidaire"_s, u"collectiv"_s, u"eco"_s, u"insertion emploi"_s,
    u"Besançon"_s, u"besancon"_s, u"élue"_s, u"habitat participatif"_s, u"circuits courts"_s,
    u"œuvre"_s, u"oeuvre"_s, u"politique de la ville"_s, u"alimentation durable"_s, u"reemploi"_s,
    u"ressourcerie"_s, u"epicerie solidaire"_s, u"transition"_s, u"numérique inclusif"_s, u"Lyon"_s,
    u"nimes"_s, u"délibération"_s, u"subvention"_s, u"appel à projets"_s, u"gouvernance"_s,
    u"democratie"_s, u"jeunesse"_s, u"santé"_s, u"handicap"_s, u"vieillissement"_s, u"petite enfance"_s,
    u"restauration collective"_s, u"cantine"_s, u"foncier"_s, u"patrimoine"_s, u"investis"_s,
    u"zone rurale"_s, u"centre-ville"_s, u"artisanat"_s, u"strat"_s, u"évaluation indicateur"_s,
    u"marché public"_s, u"clause soc"_s, u"incubateur"_s, u"xylophone"_s,
};

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

    // The repository, in this process.
    QList<QList<double>> oursMs(queries.size());
    for (int pass = -1; pass < passes; ++pass) {
        for (qsizetype i = 0; i < queries.size(); ++i) {
            ResourceFilter filter;
            filter.searchText = queries[i];
            const double start = monotonicMs();
            const QList<ResourceSummary> found = repo->listResources(filter);
            const double ms = monotonicMs() - start;
            if (pass >= 0)
                oursMs[i] << ms;
            if (found.size() < 0)
                return 1;
        }
    }
    // The shell: the same statements, PASSES times after a warm-up pass, in one process.
    QString script = u".output /dev/null\n"_s;
    for (int pass = -1; pass < passes; ++pass) {
        script += pass == 0 ? u".timer on\n"_s : QString();
        for (const QString &q : queries)
            script += sqlFor(SearchText::ftsQuery(q)) + u'\n';
    }
    const QString timings = QString::fromUtf8(runShell(library, script));
    static const QRegularExpression realTime(uR"(Run Time: real ([0-9.]+))"_s);
    QList<double> shellAll;
    for (auto it = realTime.globalMatch(timings); it.hasNext();)
        shellAll << it.next().captured(1).toDouble() * 1000.0;
    if (shellAll.size() != passes * queries.size()) {
        std::fprintf(stderr, "Unexpected sqlite3 output (%lld timings)\n", qint64(shellAll.size()));
        return 1;
    }
    QList<double> ours, shell;
    for (qsizetype i = 0; i < queries.size(); ++i) {
        QList<double> perQuery;
        for (int pass = 0; pass < passes; ++pass)
            perQuery << shellAll.at(pass * queries.size() + i);
        ours << median(oursMs[i]);
        shell << median(perQuery);
    }
    const double oMedian = median(ours), sMedian = median(shell);
    const double oP95 = quantile(ours, 0.95), sP95 = quantile(shell, 0.95);
    result("Full-text search, 100k resources, median of 50 queries",
           QStringLiteral("%1 ms").arg(oMedian, 0, 'f', 1), QStringLiteral("sqlite3 shell: %1 ms").arg(sMedian, 0, 'f', 1),
           oMedian / sMedian, 1.5);
    result("Full-text search, 100k resources, 95th percentile", QStringLiteral("%1 ms").arg(oP95, 0, 'f', 1),
           QStringLiteral("sqlite3 shell: %1 ms").arg(sP95, 0, 'f', 1), oP95 / sP95, 1.5);
    return 0;
}
