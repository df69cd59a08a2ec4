// Writes a realistic library through SqliteRepository, or times that against bare SQLite.
//
//   genlibrary N OUTPUT.actes     write a library of N generated resources (the file must not
//                                 exist): bodies of 2-20 KB of French-like rich text, participants
//                                 and partners from a directory of 2,000 people and 300
//                                 organisations, dates over 10 years, 7 types, 10 % private.
//   genlibrary --bench [N]        generate N (default 10,000) resources twice in a temporary
//                                 folder and time only the writes: through
//                                 SqliteRepository::createResource (one transaction), against
//                                 the reference: the same titles and texts stored and indexed
//                                 by bare SQLite (one table, one FTS5 table, prepared inserts,
//                                 plain text given) in the same run.
#include "benchutil.h"
#include "frenchcorpus.h"

#include "storage/libraryerror.h"
#include "storage/sqliterepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace Actes;
using namespace ActesBench;
using namespace Qt::StringLiterals;

namespace {

// Writes count resources; returns the time spent in the repository (generation excluded).
Stopwatch writeLibrary(const QString &path, int count, bool progress)
{
    const People pool = peoplePool();
    auto repo = SqliteRepository::open(path);
    repo->setCurrentAuthor(u"genlibrary"_s);
    Stopwatch write;
    // One transaction (the benchmark), or one per 5,000 resources for a large library, so that
    // the write-ahead log does not grow to the size of the whole file before its checkpoint.
    const int batch = progress ? 5000 : count;
    for (int first = 0; first < count; first += batch) {
        repo->inTransaction([&] {
            for (int n = first; n < std::min(count, first + batch); ++n) {
                const Resource r = resource(n, pool);
                write.start();
                repo->createResource(r);
                write.stop();
            }
        });
        if (progress)
            std::fprintf(stderr, "  %d resources\n", std::min(count, first + batch));
    }
    write.start();
    repo.reset();   // the commit happened in inTransaction(); closing checkpoints the WAL
    write.stop();
    return write;
}

// The reference: the same texts stored and full-text indexed by bare SQLite.
Stopwatch writeReference(const QString &path, int count)
{
    const People pool = peoplePool();
    Stopwatch write;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"reference"_s);
        db.setDatabaseName(path);
        if (!db.open())
            return {};
        QSqlQuery query(db);
        for (const QString &sql :
             {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s,
              u"CREATE TABLE doc (id INTEGER PRIMARY KEY, title TEXT, summary TEXT, body TEXT)"_s,
              u"CREATE VIRTUAL TABLE doc_fts USING fts5(title, summary, body, "
              u"tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"_s,
              u"BEGIN"_s}) {
            if (!query.exec(sql)) {
                std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
                return {};
            }
        }
        QSqlQuery doc(db), fts(db);
        doc.prepare(u"INSERT INTO doc (id, title, summary, body) VALUES (?, ?, ?, ?)"_s);
        fts.prepare(u"INSERT INTO doc_fts (rowid, title, summary, body) VALUES (?, ?, ?, ?)"_s);
        for (int n = 0; n < count; ++n) {
            QString plainBody;
            const Resource r = resource(n, pool, &plainBody);
            write.start();
            doc.bindValue(0, n + 1);
            doc.bindValue(1, r.title);
            doc.bindValue(2, r.summaryHtml);
            doc.bindValue(3, r.bodyHtml);
            fts.bindValue(0, n + 1);
            fts.bindValue(1, r.title);
            fts.bindValue(2, r.summaryHtml);
            fts.bindValue(3, plainBody);
            if (!doc.exec() || !fts.exec()) {
                std::fprintf(stderr, "%s\n", qPrintable(fts.lastError().text()));
                return {};
            }
            write.stop();
        }
        write.start();
        query.exec(u"COMMIT"_s);
        query.finish();
        doc.finish();
        fts.finish();
        db.close();
        write.stop();
    }
    QSqlDatabase::removeDatabase(u"reference"_s);
    return write;
}

int bench(int count)
{
    QTemporaryDir dir;
    std::printf("genlibrary: %d resources, writes only (generation excluded); CPU time of the writing "
                "thread (user + system), wall time in brackets\n", count);
    QList<double> ours, reference;
    for (int round = 0; round < 2; ++round) {
        const QString suffix = QString::number(round);
        const Stopwatch r = writeReference(dir.filePath(u"reference"_s + suffix + u".sqlite"_s), count);
        const Stopwatch o = writeLibrary(dir.filePath(u"library"_s + suffix + u".actes"_s), count, false);
        ours.append(o.cpuMs);
        reference.append(r.cpuMs);
        std::printf("  round %d: SqliteRepository %.0f ms (%.0f ms), bare SQLite %.0f ms (%.0f ms): %.2f×\n",
                    round + 1, o.cpuMs, o.wallMs, r.cpuMs, r.wallMs, o.cpuMs / r.cpuMs);
    }
    const double a = median(ours), b = median(reference);
    const qint64 size = QFileInfo(dir.filePath(u"library0.actes"_s)).size();
    std::printf("  library file %.0f MB, reference %.0f MB\n", double(size) / 1e6,
                double(QFileInfo(dir.filePath(u"reference0.sqlite"_s)).size()) / 1e6);
    result("Generate a library of 10k resources (CPU)",
           u"%1 s (%2 ms per resource)"_s.arg(a / 1000, 0, 'f', 2).arg(a / count, 0, 'f', 2),
           u"bare SQLite table + FTS5: %1 s"_s.arg(b / 1000, 0, 'f', 2), a / b, 3.0);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    try {
        if (!args.isEmpty() && args.first() == u"--bench") {
            QStandardPaths::setTestModeEnabled(true);
            const int count = args.size() > 1 ? args[1].toInt() : 10000;
            return bench(count > 0 ? count : 10000);
        }
        if (args.size() == 2 && args[0].toInt() > 0) {
            if (QFileInfo::exists(args[1])) {
                std::fprintf(stderr, "genlibrary: %s exists; give a new file.\n", qPrintable(args[1]));
                return 1;
            }
            const int count = args[0].toInt();
            const double start = monotonicMs();
            const Stopwatch write = writeLibrary(args[1], count, true);
            std::printf("genlibrary: %d resources written to %s in %.1f s (%.1f s in the repository, %.1f s CPU), "
                        "%.0f MB\n",
                        count, qPrintable(args[1]), (monotonicMs() - start) / 1000, write.wallMs / 1000,
                        write.cpuMs / 1000,
                        double(QFileInfo(args[1]).size()) / 1e6);
            return 0;
        }
    } catch (const LibraryError &e) {
        std::fprintf(stderr, "genlibrary: %s\n", e.what());
        return 1;
    }
    std::fprintf(stderr, "Usage: genlibrary N OUTPUT.actes | genlibrary --bench [N]\n");
    return 2;
}
