// Full-text search on a PostgreSQL library against psql running the same SQL.
//
//   bench_pgsearch [N] [PASSES]
//
// Starts a throwaway PostgreSQL server (tests/pgtestserver.h), writes an N-resource library
// (default 10,000) with genlibrary and copies it onto the server with LibraryCopy, then runs the
// 50 queries of bench_search. Each runs PASSES times (default 5, after a warm-up pass) through
// PostgresRepository::listResources(filter with searchText), and the very same statement (the
// one the repository sends, values written in) runs PASSES times in one `psql` process per
// pass with \timing on, its rows written to /dev/null; the passes alternate. The work happens
// in the server, so the figure is wall time (psql's \timing: sent to last row received). Per
// query: the median of its passes; reported: the median and 95th percentile over the queries.
// Before timing, the ids of both are compared for every query.
#include "benchutil.h"
#include "pgtestserver.h"

#include "storage/librarycopy.h"
#include "storage/libraryerror.h"
#include "storage/postgresdetail.h"
#include "storage/postgresrepository.h"
#include "storage/sqliterepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlField>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace Actes;
using namespace ActesBench;
using namespace Qt::StringLiterals;

namespace {

const QStringList &queries = searchQueries();

// The statement PostgresRepository::listResources() sends for a text search (querySummaries()
// and filterClause() there), its values written in as the repository writes them.
QString sqlFor(const QString &text, const QSqlDriver *driver, bool idsOnly)
{
    ResourceFilter filter;
    filter.searchText = text;
    QVariantList values;
    const QString where = PostgresDetail::filterClause(filter, &values);
    const QString sql = u"SELECT "_s + (idsOnly ? u"r.id"_s : PostgresDetail::summaryColumns)
        + u" FROM resource r LEFT JOIN resource_type t ON t.id = r.type_id WHERE "_s + where + PostgresDetail::listOrder;
    QString statement;
    qsizetype next = 0;
    for (const QChar c : sql) {
        if (c != u'?') {
            statement.append(c);
            continue;
        }
        const QVariant &value = values.at(next++);
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        statement.append(driver->formatValue(field));
    }
    return statement + u";\n"_s;
}

QByteArray runPsql(const Test::PgTestServer &server, const QString &database, const QString &script)
{
    QProcess psql;
    psql.start(QDir(Test::PgTestServer::binDir()).filePath(u"psql"_s),
               {u"-X"_s, u"-q"_s, u"-A"_s, u"-t"_s, u"-h"_s, server.socketDir(), u"-p"_s,
                QString::number(server.port()), u"-U"_s, Test::PgTestServer::superuser(), u"-d"_s, database});
    psql.write(script.toUtf8());
    psql.closeWriteChannel();
    psql.waitForFinished(-1);
    return psql.readAllStandardOutput();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments().mid(1);
    const int count = args.size() > 0 && args[0].toInt() > 0 ? args[0].toInt() : 10000;
    const int passes = args.size() > 1 ? std::max(1, args[1].toInt()) : 5;

    Test::PgTestServer server;
    if (!server.start() || !server.createDatabase(u"bench"_s)) {
        std::fprintf(stderr, "bench_pgsearch: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(u"library.actes"_s);
    if (!runGenerator(QStringLiteral(GENLIBRARY_BINARY), {QString::number(count), file}))
        return 1;

    std::unique_ptr<PostgresRepository> repo;
    try {
        auto source = SqliteRepository::open(file, OpenMode::ReadOnly);
        repo = PostgresRepository::open(server.socketUri(u"bench"_s));
        const double start = monotonicMs();
        const LibraryCopy::Result copied = LibraryCopy::copy(*source, *repo);
        std::printf("bench_pgsearch: %d resources copied from SQLite onto the server in %.1f s (%lld rows)\n",
                    repo->countResources(), (monotonicMs() - start) / 1000, copied.rows());
    } catch (const LibraryError &e) {
        std::fprintf(stderr, "bench_pgsearch: %s\n", e.what());
        return 1;
    }
    runPsql(server, u"bench"_s, u"VACUUM ANALYZE;\n"_s);
    const QSqlDriver *driver = QSqlDatabase::database(repo->connectionName(), false).driver();

    // Same rows: ids of the repository against ids of psql, for every query.
    QString idsScript;
    for (const QString &q : queries)
        idsScript += u"SELECT '#';\n"_s + sqlFor(q, driver, true);
    const QList<QByteArray> psqlIds = runPsql(server, u"bench"_s, idsScript).split('#');
    qint64 rows = 0;
    for (qsizetype i = 0; i < queries.size(); ++i) {
        ResourceFilter filter;
        filter.searchText = queries[i];
        QStringList ours;
        for (const ResourceSummary &s : repo->listResources(filter))
            ours << QString::number(s.id);
        if (ours.join(u'\n') != QString::fromUtf8(psqlIds.value(i + 1)).trimmed()) {
            std::fprintf(stderr, "Different rows for \"%s\" (%lld here)\n", qPrintable(queries[i]), qint64(ours.size()));
            return 1;
        }
        rows += ours.size();
    }
    std::printf("  same rows in both for all %lld queries (%lld rows in all, %.0f per query)\n",
                qint64(queries.size()), rows, double(rows) / double(queries.size()));

    static const QRegularExpression timing(uR"(^Time: ([0-9.]+) ms)"_s, QRegularExpression::MultilineOption);
    QString psqlScript = u"\\o /dev/null\n\\timing on\n"_s;
    for (const QString &q : queries)
        psqlScript += sqlFor(q, driver, false);
    QList<QList<double>> ours(queries.size()), theirs(queries.size());
    for (int pass = -1; pass < passes; ++pass) {
        for (qsizetype i = 0; i < queries.size(); ++i) {
            ResourceFilter filter;
            filter.searchText = queries[i];
            const double start = monotonicMs();
            const QList<ResourceSummary> found = repo->listResources(filter);
            const double elapsed = monotonicMs() - start;
            if (pass >= 0)
                ours[i] << elapsed;
            if (found.size() < 0)
                return 1;
        }
        const QString output = QString::fromUtf8(runPsql(server, u"bench"_s, psqlScript));
        qsizetype i = 0;
        for (auto it = timing.globalMatch(output); it.hasNext() && i < queries.size(); ++i) {
            const double ms = it.next().captured(1).toDouble();
            if (pass >= 0)
                theirs[i] << ms;
        }
        if (i != queries.size()) {
            std::fprintf(stderr, "Unexpected psql output (%lld timings)\n", qint64(i));
            return 1;
        }
    }
    auto perQuery = [](const QList<QList<double>> &samples) {
        QList<double> medians;
        for (const QList<double> &s : samples)
            medians << median(s);
        return medians;
    };
    const QList<double> o = perQuery(ours), t = perQuery(theirs);
    std::printf("  wall time: median %.2f ms against %.2f ms (%.2f×), 95th percentile %.2f ms against %.2f ms "
                "(%.2f×)\n",
                median(o), median(t), median(o) / median(t), quantile(o, 0.95), quantile(t, 0.95),
                quantile(o, 0.95) / quantile(t, 0.95));
    const QString title = u"PostgreSQL full-text search, %1 resources"_s.arg(count);
    result(qPrintable(title + u", median of 50 queries (wall)"_s), u"%1 ms"_s.arg(median(o), 0, 'f', 2),
           u"psql: %1 ms"_s.arg(median(t), 0, 'f', 2), median(o) / median(t), 1.5);
    result(qPrintable(title + u", 95th percentile (wall)"_s), u"%1 ms"_s.arg(quantile(o, 0.95), 0, 'f', 2),
           u"psql: %1 ms"_s.arg(quantile(t, 0.95), 0, 'f', 2), quantile(o, 0.95) / quantile(t, 0.95), 1.5);
    return 0;
}
