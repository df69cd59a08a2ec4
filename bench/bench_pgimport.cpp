// Importing a website text export into a PostgreSQL library against into a SQLite library.
//
//   bench_pgimport [N] [ROUNDS]
//
// Starts a throwaway PostgreSQL server (tests/pgtestserver.h), writes an N-resource export
// (default 10,000) with gensiteexport, then imports it with WebsiteDumpImporter into a new SQLite
// library and into a new database on the server, ROUNDS times (default 2), alternating. The
// server does part of the work, so the figure is wall time; the CPU time of this process is
// printed too. Reported: the ratio of the medians (PostgreSQL / SQLite), with no target.
#include "benchutil.h"
#include "pgtestserver.h"

#include "import/websitedumpimporter.h"
#include "storage/libraryerror.h"
#include "storage/postgresrepository.h"
#include "storage/sqliterepository.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace Actes;
using namespace ActesBench;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments().mid(1);
    const int count = args.size() > 0 && args[0].toInt() > 0 ? args[0].toInt() : 10000;
    const int rounds = args.size() > 1 ? std::max(1, args[1].toInt()) : 2;

    Test::PgTestServer server;
    if (!server.start()) {
        std::fprintf(stderr, "bench_pgimport: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    QTemporaryDir dir;
    const QString exportPath = dir.filePath(u"export.txt"_s);
    if (!runGenerator(QStringLiteral(GENSITEEXPORT_BINARY), {QString::number(count), exportPath}))
        return 1;

    QList<double> sqliteWall, sqliteCpu, pgWall, pgCpu;
    try {
        for (int round = 0; round < rounds; ++round) {
            for (const bool postgres : {false, true}) {
                std::unique_ptr<ResourceRepository> repo;
                if (postgres) {
                    const QString database = u"import_%1"_s.arg(round);
                    if (!server.createDatabase(database)) {
                        std::fprintf(stderr, "bench_pgimport: %s\n", qPrintable(server.errorString()));
                        return 1;
                    }
                    repo = PostgresRepository::open(server.socketUri(database));
                } else {
                    repo = SqliteRepository::open(dir.filePath(u"library-%1.actes"_s.arg(round)));
                }
                WebsiteDumpImporter importer(*repo);
                const double wall = monotonicMs();
                const double cpu = cpuMs();
                const ImportReport report = importer.importFiles({exportPath});
                const double wallMs = monotonicMs() - wall;
                const double cpuUsed = cpuMs() - cpu;
                if (report.created != count || repo->countResources() != count) {
                    std::fprintf(stderr, "bench_pgimport: %d created, %d expected\n", report.created, count);
                    return 1;
                }
                std::printf("  round %d, %-10s %8.0f ms wall %8.0f ms CPU (this process)\n", round + 1,
                            postgres ? "PostgreSQL" : "SQLite", wallMs, cpuUsed);
                (postgres ? pgWall : sqliteWall) << wallMs;
                (postgres ? pgCpu : sqliteCpu) << cpuUsed;
            }
        }
    } catch (const LibraryError &e) {
        std::fprintf(stderr, "bench_pgimport: %s\n", e.what());
        return 1;
    }
    const double ratio = median(pgWall) / median(sqliteWall);
    std::printf("bench_pgimport: %d resources: PostgreSQL %.0f ms, SQLite %.0f ms (wall, medians): %.2f×; "
                "CPU of this process %.0f ms against %.0f ms\n",
                count, median(pgWall), median(sqliteWall), ratio, median(pgCpu), median(sqliteCpu));
    result(qPrintable(u"Import %1 resources into PostgreSQL against SQLite (wall)"_s.arg(count)),
           u"%1 ms"_s.arg(median(pgWall), 0, 'f', 0),
           u"into SQLite: %1 ms"_s.arg(median(sqliteWall), 0, 'f', 0), ratio, 1e9,
           u"reported"_s);
    return 0;
}
