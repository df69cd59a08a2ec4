// Crash harness: runs the real `actes` binary on a library in a temporary folder -- imports of
// generated website exports (new resources, then re-imports that update them), edits through
// `actes set` when the command line has it, exports when it has one, reads -- and kills it with
// SIGKILL after a random delay (0-300 ms by default), over and over. After every run it checks
// the library:
//   - PRAGMA integrity_check is "ok" and PRAGMA foreign_key_check finds nothing;
//   - the library still opens (SqliteRepository::open runs its own quick_check);
//   - every write the process acknowledged (exit status 0, or an import report line on its
//     stdout, which is printed after the commit) is there, and nothing else changed;
//   - a killed import is all or nothing: each export is imported in one transaction, so the
//     resources of that file are either all at the new generation or all at the old one;
//   - the command after a kill succeeds (no stale lock, no "damaged" library).
// It prints a summary and exits 1 when anything was corrupt, lost or torn.
//
//   crashharness [--kills N] [--seed S] [--max-delay-ms MS] [--keep] [--verbose] [--actes PATH]
#include "import/websitedumpparser.h"
#include "storage/libraryerror.h"
#include "storage/sqliterepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Actes;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

const QStringList kMonths = {u"janvier"_s, u"février"_s, u"mars"_s, u"avril"_s, u"mai"_s, u"juin"_s,
                             u"juillet"_s, u"août"_s, u"septembre"_s, u"octobre"_s, u"novembre"_s,
                             u"décembre"_s};
const QStringList kWords = {
    u"économie"_s, u"sociale"_s, u"solidaire"_s, u"collectivités"_s, u"coopérative"_s, u"l’œuvre"_s,
    u"commune"_s, u"élu·es"_s, u"territoire"_s, u"emploi"_s, u"« circuits courts »"_s, u"épargne"_s,
    u"financement"_s, u"achats"_s, u"responsables"_s, u"réseau"_s, u"atelier"_s, u"débat"_s,
    u"restauration"_s, u"collective"_s, u"insertion"_s, u"mobilité"_s, u"tiers-lieux"_s, u"Noël\u00A0:"_s,
};

// One family = one export file whose resources are imported again and again, each
// generation rewriting their bodies. The body of every resource names its generation.
struct Family
{
    int index = 0;
    int size = 0;
    int generation = 0;        // the generation the library holds (0 = never imported)
    int lastWritten = 0;       // the newest generation written to a file
    QStringList titles;
};

struct Stats
{
    int runs = 0;
    int kills = 0;
    int completed = 0;
    int acknowledgedByOutput = 0;
    int integrityFailures = 0;
    int openFailures = 0;
    int lostWrites = 0;
    int tornImports = 0;
    int unexpectedChanges = 0;
    int failedCommands = 0;
    int partialExports = 0;    // an export left an incomplete PDF (or a stray file) at its destination
    int killedBeforeAnyEffect = 0;
    int killedAfterCommit = 0;
    int killedAndRolledBack = 0;
    QHash<QString, int> runsByCommand;
    QList<qint64> completedMs;
};

class Harness
{
public:
    Harness(QString actes, QString folder, quint64 seed, int maxDelayMs, bool verbose)
        : m_actes(std::move(actes)), m_folder(std::move(folder)), m_random(seed), m_maxDelayMs(maxDelayMs),
          m_verbose(verbose)
    {
        m_library = m_folder + u"/bibliothèque « crash ».actes"_s;
        for (int f = 0; f < 12; ++f) {
            Family family;
            family.index = f;
            family.size = 2 + int(m_random.bounded(f % 3 == 0 ? 60 : 15));
            for (int i = 0; i < family.size; ++i) {
                family.titles.append(u"Rencontre H%1-%2 sur l’économie solidaire – %3 %4 %5"_s.arg(f).arg(i).arg(
                    1 + i % 28).arg(kMonths.at(i % 12)).arg(1990 + f));
            }
            m_families.append(family);
        }
        detectCommands();
    }

    bool run(int kills)
    {
        while (m_stats.kills < kills) {
            if (!step())
                return false;
        }
        return true;
    }

    const Stats &stats() const { return m_stats; }
    QString library() const { return m_library; }
    bool hasSet() const { return m_hasSet; }
    bool hasExport() const { return m_hasExport; }

private:
    struct Outcome
    {
        bool killed = false;
        int exitCode = 0;
        QByteArray stdOut;
        QByteArray stdErr;
        qint64 elapsedMs = 0;
    };

    void detectCommands()
    {
        QProcess help;
        help.start(m_actes, {u"--help"_s});
        help.waitForFinished(30000);
        const QString text = QString::fromUtf8(help.readAllStandardOutput());
        static const QRegularExpression set(u"^\\s+set ID"_s, QRegularExpression::MultilineOption);
        static const QRegularExpression exp(u"^\\s+export-pdf\\b"_s, QRegularExpression::MultilineOption);
        m_hasSet = set.match(text).hasMatch();
        m_hasExport = exp.match(text).hasMatch();
    }

    Outcome launch(const QStringList &arguments, int delayMs)
    {
        Outcome outcome;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"USER"_s, u"crashharness"_s);
        process.setProcessEnvironment(env);
        QStringList args{u"--db"_s, m_library};
        args += arguments;
        QElapsedTimer timer;
        timer.start();
        process.start(m_actes, args);
        if (!process.waitForStarted(30000)) {
            out() << "cannot start " << m_actes << ": " << process.errorString() << Qt::endl;
            std::exit(2);
        }
        const qint64 left = delayMs - timer.elapsed();
        const bool finished = left > 0 && process.waitForFinished(int(left));
        if (!finished && process.state() != QProcess::NotRunning) {
            process.kill();   // SIGKILL
            process.waitForFinished(30000);
            outcome.killed = process.exitStatus() == QProcess::CrashExit;
        }
        if (!outcome.killed)
            outcome.exitCode = process.exitCode();
        outcome.elapsedMs = timer.elapsed();
        outcome.stdOut = process.readAllStandardOutput();
        outcome.stdErr = process.readAllStandardError();
        return outcome;
    }

    QString paragraph(int words)
    {
        QStringList list;
        for (int i = 0; i < words; ++i)
            list.append(kWords.at(int(m_random.bounded(int(kWords.size())))));
        QString text = list.join(u' ');
        text[0] = text[0].toUpper();
        return text + u'.';
    }

    // Writes generation g of a family as a website export and checks that the parser reads it
    // back as intended (a harness bug otherwise).
    QString writeExport(const Family &family, int generation)
    {
        QString text = u"Réseau des collectivités territoriales pour une économie solidaire\n\n"_s;
        for (int i = 0; i < family.size; ++i) {
            const QString first = u"Marqueur génération %1 de la famille %2, ressource %3. "_s.arg(generation)
                                      .arg(family.index)
                                      .arg(i)
                + paragraph(12);
            text += family.titles.at(i) + u"\n\n"_s + first + u"\n\n"_s;
            const int paragraphs = 1 + int(m_random.bounded(family.index % 3 == 0 ? 40 : 8));
            for (int p = 0; p < paragraphs; ++p)
                text += paragraph(20 + int(m_random.bounded(60))) + u"\n\n"_s;
            text += u"Type de ressource\nComptes rendus\nRessource privée\nNon\nRésumé\n\n"_s + first + u"\n\n"_s;
        }
        const QByteArray bytes = text.toUtf8();
        const WebsiteDumpParseResult parsed = WebsiteDumpParser::parse(bytes);
        bool ok = parsed.ok() && parsed.resources.size() == family.size;
        for (qsizetype i = 0; ok && i < parsed.resources.size(); ++i)
            ok = parsed.resources.at(i).title == family.titles.at(i);
        if (!ok) {
            out() << "harness bug: the generated export of family " << family.index
                  << " does not parse as intended: " << parsed.error << Qt::endl;
            std::exit(2);
        }
        const QString path = m_folder + u"/export-%1-g%2.txt"_s.arg(family.index).arg(generation);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            out() << "cannot write " << path << Qt::endl;
            std::exit(2);
        }
        return path;
    }

    struct Observed
    {
        bool exists = false;
        QHash<QString, int> generationByTitle;   // -1: the body has no marker
        QHash<QString, qint64> idByTitle;
        QHash<QString, QString> placeByTitle;
        int count = 0;
        QStringList problems;
    };

    Observed observe()
    {
        Observed o;
        if (!QFileInfo::exists(m_library))
            return o;
        o.exists = true;
        const QString name = u"crashharness-check"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_library);
            if (!db.open()) {
                o.problems.append(u"cannot open: "_s + db.lastError().text());
            } else {
                QSqlQuery q(db);
                if (!q.exec(u"PRAGMA integrity_check"_s)) {
                    o.problems.append(u"integrity_check failed to run: "_s + q.lastError().text());
                } else {
                    QStringList lines;
                    while (q.next())
                        lines.append(q.value(0).toString());
                    if (lines != QStringList{u"ok"_s})
                        o.problems.append(u"integrity_check: "_s + lines.join(u"; "_s));
                }
                if (q.exec(u"PRAGMA foreign_key_check"_s) && q.next())
                    o.problems.append(u"foreign_key_check reports a dangling reference in "_s + q.value(0).toString());
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (!o.problems.isEmpty()) {
            ++m_stats.integrityFailures;
            return o;
        }

        static const QRegularExpression marker(u"Marqueur génération (\\d+) de la famille"_s);
        try {
            auto repo = SqliteRepository::open(m_library);
            const QList<ResourceSummary> rows = repo->listResources();
            o.count = int(rows.size());
            QList<qint64> ids;
            for (const ResourceSummary &s : rows)
                ids.append(s.id);
            for (const Resource &r : repo->loadResources(ids)) {
                if (o.generationByTitle.contains(r.title))
                    o.problems.append(u"duplicate resource “%1”"_s.arg(r.title));
                const QRegularExpressionMatch m = marker.match(r.bodyHtml);
                o.generationByTitle.insert(r.title, m.hasMatch() ? m.captured(1).toInt() : -1);
                o.idByTitle.insert(r.title, r.id);
                o.placeByTitle.insert(r.title, r.place);
            }
        } catch (const LibraryError &e) {
            ++m_stats.openFailures;
            o.problems.append(u"SqliteRepository::open: "_s + e.message());
        }
        return o;
    }

    // The expected generation of every title, from the model.
    QHash<QString, int> expected() const
    {
        QHash<QString, int> result;
        for (const Family &f : m_families) {
            if (f.generation > 0) {
                for (const QString &t : f.titles)
                    result.insert(t, f.generation);
            }
        }
        return result;
    }

    void fail(const QString &what, const Outcome &outcome, const QStringList &arguments)
    {
        out() << "FAILURE after run " << m_stats.runs << " (" << arguments.join(u' ') << ", "
              << (outcome.killed ? u"killed after %1 ms"_s.arg(outcome.elapsedMs) : u"exit %1"_s.arg(outcome.exitCode))
              << "): " << what << Qt::endl;
    }

    bool step()
    {
        ++m_stats.runs;
        const int delay = int(m_random.bounded(m_maxDelayMs + 1));
        const quint32 pick = m_random.bounded(100u);

        // Choose a command.
        QStringList arguments;
        QString command;
        int familyIndex = -1;
        int newGeneration = 0;
        QString setTitle, setPlace, pdf;
        const QHash<QString, int> before = expected();
        if (pick < 70 || before.isEmpty()) {
            familyIndex = int(m_random.bounded(int(m_families.size())));
            Family &family = m_families[familyIndex];
            newGeneration = ++family.lastWritten;
            command = u"import-site"_s;
            arguments = {command, writeExport(family, newGeneration)};
        } else if (m_hasSet && pick < 85) {
            const QStringList titles = before.keys();
            setTitle = titles.at(int(m_random.bounded(int(titles.size()))));
            setPlace = u"Lieu %1 — salle « %2 »"_s.arg(m_stats.runs).arg(m_random.bounded(1000));
            command = u"set"_s;
            arguments = {command, QString::number(m_ids.value(setTitle)), u"place=%1"_s.arg(setPlace)};
        } else if (m_hasExport && pick < 92) {
            // A few resources, so that some exports finish within the delay.
            const QList<qint64> ids = m_ids.values();
            QStringList some;
            for (int i = 0; i < 1 + int(m_random.bounded(3)); ++i)
                some.append(QString::number(ids.at(int(m_random.bounded(int(ids.size()))))));
            command = u"export-pdf"_s;
            pdf = m_folder + u"/actes.pdf"_s;
            // The previous export stays: a killed one must not clobber it (written to a temporary
            // file and renamed into place).
            arguments = {command, u"--out"_s, pdf, u"--ids"_s, some.join(u',')};
        } else {
            command = u"list"_s;
            arguments = {command, u"--json"_s};
        }
        ++m_stats.runsByCommand[command];

        const Outcome outcome = launch(arguments, delay);
        const QString stdOut = QString::fromUtf8(outcome.stdOut);
        bool acknowledged = !outcome.killed && outcome.exitCode == 0;
        if (outcome.killed) {
            ++m_stats.kills;
            // import-site prints its report after the commit: a report line means done.
            static const QRegularExpression reportLine(u"^(Created|Updated|Unchanged): "_s,
                                                       QRegularExpression::MultilineOption);
            if (command == u"import-site"_s && reportLine.match(stdOut).hasMatch()) {
                acknowledged = true;
                ++m_stats.acknowledgedByOutput;
            }
        } else if (outcome.exitCode == 0) {
            ++m_stats.completed;
            m_stats.completedMs.append(outcome.elapsedMs);
        } else {
            ++m_stats.failedCommands;
            fail(u"the command failed: "_s + QString::fromUtf8(outcome.stdErr).trimmed(), outcome, arguments);
        }
        if (m_verbose) {
            out() << m_stats.runs << ' ' << arguments.first() << ' '
                  << (outcome.killed ? u"killed at %1 ms"_s.arg(outcome.elapsedMs)
                                     : u"exit %1 in %2 ms"_s.arg(outcome.exitCode).arg(outcome.elapsedMs))
                  << (acknowledged ? " (acknowledged)" : "") << Qt::endl;
        }

        if (!pdf.isEmpty() && QFileInfo::exists(pdf)) {
            QFile file(pdf);
            QByteArray bytes;
            if (file.open(QIODevice::ReadOnly))
                bytes = file.readAll();
            const bool complete = bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF");
            if (!complete) {
                // Killed or not, --out only ever holds a complete PDF (the old one or the new).
                ++m_stats.partialExports;
                fail(outcome.killed ? u"a killed export left an incomplete PDF at %1"_s.arg(pdf)
                                    : u"the export reported success but %1 is not a complete PDF"_s.arg(pdf),
                     outcome, arguments);
            }
        } else if (!pdf.isEmpty() && (acknowledged || m_hadPdf)) {
            ++m_stats.unexpectedChanges;
            fail(acknowledged ? u"the export reported success but wrote no file"_s
                              : u"a killed export removed the previous PDF at %1"_s.arg(pdf),
                 outcome, arguments);
        }
        if (!pdf.isEmpty()) {
            m_hadPdf = QFileInfo::exists(pdf);
            // No temporary file left beside it either.
            const QStringList stray = QDir(m_folder).entryList({u"actes.pdf?*"_s}, QDir::Files | QDir::Hidden);
            if (!stray.isEmpty()) {
                ++m_stats.partialExports;
                fail(u"an export left %1 beside %2"_s.arg(stray.join(u", "_s), pdf), outcome, arguments);
            }
        }

        Observed o = observe();
        bool ok = o.problems.isEmpty();
        for (const QString &p : std::as_const(o.problems))
            fail(p, outcome, arguments);
        if (!ok)
            return false;

        // Every other family must be exactly as the model says.
        QHash<QString, int> now = o.generationByTitle;
        for (const Family &f : std::as_const(m_families)) {
            if (f.index == familyIndex)
                continue;
            for (const QString &t : f.titles) {
                const int want = f.generation;
                const int got = now.value(t, 0);
                if (got != want) {
                    if (want > 0 && got < want) {
                        ++m_stats.lostWrites;
                        fail(u"“%1” lost generation %2 (now %3)"_s.arg(t).arg(want).arg(got), outcome, arguments);
                    } else {
                        ++m_stats.unexpectedChanges;
                        fail(u"“%1” changed to generation %2, expected %3"_s.arg(t).arg(got).arg(want), outcome,
                             arguments);
                    }
                    ok = false;
                }
            }
        }
        int known = 0;
        for (const Family &f : std::as_const(m_families))
            known += f.index == familyIndex || f.generation > 0 ? int(f.titles.size()) : 0;
        if (o.count > known) {
            ++m_stats.unexpectedChanges;
            fail(u"%1 resources in the library, at most %2 expected"_s.arg(o.count).arg(known), outcome, arguments);
            ok = false;
        }

        // The imported family: all old or all new; new when acknowledged.
        if (familyIndex >= 0) {
            Family &family = m_families[familyIndex];
            QSet<int> seen;
            for (const QString &t : family.titles)
                seen.insert(now.value(t, 0));
            if (seen.size() != 1) {
                ++m_stats.tornImports;
                QStringList list;
                for (int g : seen)
                    list.append(QString::number(g));
                fail(u"torn import of family %1: generations %2 side by side"_s.arg(familyIndex).arg(
                         list.join(u", "_s)),
                     outcome, arguments);
                ok = false;
            } else {
                const int got = *seen.begin();
                if (acknowledged && got != newGeneration) {
                    ++m_stats.lostWrites;
                    fail(u"acknowledged import of generation %1 of family %2 is not there (found %3)"_s
                             .arg(newGeneration)
                             .arg(familyIndex)
                             .arg(got),
                         outcome, arguments);
                    ok = false;
                } else if (got != newGeneration && got != family.generation) {
                    ++m_stats.unexpectedChanges;
                    fail(u"family %1 at generation %2, expected %3 or %4"_s.arg(familyIndex).arg(got).arg(
                             family.generation).arg(newGeneration),
                         outcome, arguments);
                    ok = false;
                } else if (outcome.killed) {
                    if (got == newGeneration)
                        ++m_stats.killedAfterCommit;
                    else
                        ++m_stats.killedAndRolledBack;
                }
                family.generation = got;
            }
        } else if (outcome.killed) {
            ++m_stats.killedBeforeAnyEffect;
        }

        // Places written by `set`.
        if (!setTitle.isEmpty()) {
            const QString got = o.placeByTitle.value(setTitle);
            if (acknowledged && got != setPlace) {
                ++m_stats.lostWrites;
                fail(u"acknowledged place of “%1” is not there (found “%2”)"_s.arg(setTitle, got), outcome, arguments);
                ok = false;
            } else if (got != setPlace && got != m_places.value(setTitle)) {
                ++m_stats.unexpectedChanges;
                fail(u"place of “%1” is “%2”"_s.arg(setTitle, got), outcome, arguments);
                ok = false;
            }
        }
        for (auto it = o.placeByTitle.cbegin(); it != o.placeByTitle.cend(); ++it) {
            if (it.key() != setTitle && it.value() != m_places.value(it.key())) {
                ++m_stats.unexpectedChanges;
                fail(u"place of “%1” changed to “%2”"_s.arg(it.key(), it.value()), outcome, arguments);
                ok = false;
            }
        }
        m_places = o.placeByTitle;
        m_ids = o.idByTitle;
        return ok;
    }

    QString m_actes;
    QString m_folder;
    QString m_library;
    QRandomGenerator m_random;
    int m_maxDelayMs = 300;
    bool m_verbose = false;
    bool m_hasSet = false;
    bool m_hasExport = false;
    bool m_hadPdf = false;    // a complete PDF from an earlier export is at --out
    QList<Family> m_families;
    QHash<QString, QString> m_places;
    QHash<QString, qint64> m_ids;
    Stats m_stats;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Kills `actes` at random moments while it writes, then checks the library."_s);
    parser.addHelpOption();
    const QCommandLineOption killsOption(u"kills"_s, u"Number of SIGKILLs (default 40)."_s, u"N"_s, u"40"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Random seed (default: from the clock)."_s, u"S"_s);
    const QCommandLineOption delayOption(u"max-delay-ms"_s, u"Longest delay before the kill (default 300)."_s,
                                         u"MS"_s, u"300"_s);
    const QCommandLineOption keepOption(u"keep"_s, u"Keep the temporary folder."_s);
    const QCommandLineOption verboseOption(u"verbose"_s, u"One line per run."_s);
    const QCommandLineOption actesOption(u"actes"_s, u"The actes binary."_s, u"PATH"_s, QStringLiteral(ACTES_BINARY));
    parser.addOptions({killsOption, seedOption, delayOption, keepOption, verboseOption, actesOption});
    parser.process(app);

    const int kills = parser.value(killsOption).toInt();
    const quint64 seed = parser.isSet(seedOption) ? parser.value(seedOption).toULongLong()
                                                  : quint64(QDateTime::currentMSecsSinceEpoch());
    QTemporaryDir dir;
    if (!dir.isValid()) {
        out() << "cannot create a temporary folder" << Qt::endl;
        return 2;
    }
    Harness harness(parser.value(actesOption), dir.path(), seed, parser.value(delayOption).toInt(),
                    parser.isSet(verboseOption));
    out() << "crashharness: seed " << seed << ", " << kills << " kills, delay 0-" << parser.value(delayOption)
          << " ms, library " << harness.library() << Qt::endl;
    out() << "commands: import-site, list"
          << (harness.hasSet() ? ", set" : " (no `set` command in this build)")
          << (harness.hasExport() ? ", export" : " (no `export` command in this build)") << Qt::endl;

    QElapsedTimer timer;
    timer.start();
    const bool ok = harness.run(kills);
    const Stats &s = harness.stats();

    QList<qint64> ms = s.completedMs;
    std::sort(ms.begin(), ms.end());
    const qint64 median = ms.isEmpty() ? 0 : ms.at(ms.size() / 2);
    QStringList perCommand;
    for (auto it = s.runsByCommand.cbegin(); it != s.runsByCommand.cend(); ++it)
        perCommand.append(u"%1 %2"_s.arg(it.key()).arg(it.value()));
    perCommand.sort();
    out() << "\n== crash harness summary (seed " << seed << ", " << timer.elapsed() / 1000 << " s)\n"
          << "runs:                 " << s.runs << " (" << perCommand.join(u", "_s) << ")\n"
          << "kills (SIGKILL):      " << s.kills << "\n"
          << "  imports killed, found committed:   " << s.killedAfterCommit << "\n"
          << "  imports killed, found rolled back: " << s.killedAndRolledBack << "\n"
          << "  other commands killed:             " << s.killedBeforeAnyEffect << "\n"
          << "completed commands:   " << s.completed << " (median " << median << " ms)\n"
          << "acknowledged by output before the kill: " << s.acknowledgedByOutput << "\n"
          << "failed commands:      " << s.failedCommands << "\n"
          << "exports that left a partial PDF at --out: " << s.partialExports << "\n"
          << "integrity failures:   " << s.integrityFailures << "\n"
          << "open failures:        " << s.openFailures << "\n"
          << "lost writes:          " << s.lostWrites << "\n"
          << "torn imports:         " << s.tornImports << "\n"
          << "unexpected changes:   " << s.unexpectedChanges << Qt::endl;

    const bool clean = ok && s.failedCommands == 0 && s.integrityFailures == 0 && s.openFailures == 0
        && s.lostWrites == 0 && s.tornImports == 0 && s.unexpectedChanges == 0 && s.partialExports == 0;
    if (!clean || parser.isSet(keepOption)) {
        dir.setAutoRemove(false);
        out() << "library kept in " << dir.path() << Qt::endl;
    }
    out() << (clean ? "PASS" : "FAIL") << Qt::endl;
    return clean ? 0 : 1;
}
