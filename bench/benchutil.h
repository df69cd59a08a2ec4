#pragma once
// Small helpers shared by the benchmark programs.

#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace ActesBench {

// The 50 queries of the search benchmarks (SQLite and PostgreSQL), as people type them: French
// words, prefixes, two-word queries, accents and ligatures or not, one that finds nothing.
inline const QStringList &searchQueries()
{
    static const QStringList queries = {
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
    return queries;
}

// Runs a generator program (genlibrary, gensiteexport) with its output on ours; false when it failed.
inline bool runGenerator(const QString &program, const QStringList &arguments)
{
    QProcess generator;
    generator.setProcessChannelMode(QProcess::ForwardedChannels);
    generator.start(program, arguments);
    return generator.waitForFinished(-1) && generator.exitStatus() == QProcess::NormalExit
        && generator.exitCode() == 0;
}

inline double monotonicMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

inline double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

// CPU time of the calling thread (user + system): steadier than wall time on a loaded machine.
inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

// Wall and CPU time of a section, accumulated.
struct Stopwatch
{
    double wallMs = 0;
    double cpuMs = 0;
    double wallStart = 0;
    double cpuStart = 0;
    void start()
    {
        wallStart = monotonicMs();
        cpuStart = threadCpuMs();
    }
    void stop()
    {
        wallMs += monotonicMs() - wallStart;
        cpuMs += threadCpuMs() - cpuStart;
    }
};

// The q-quantile (0..1) of values, nearest rank.
inline double quantile(QList<double> values, double q)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = std::clamp<qsizetype>(qsizetype(q * double(values.size()) + 0.999999) - 1, 0,
                                                 values.size() - 1);
    return values.at(rank);
}

inline double median(const QList<double> &values)
{
    if (values.isEmpty())
        return 0;
    QList<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype n = sorted.size();
    return n % 2 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2;
}

// One machine-readable line per measured figure, collected by scripts/bench into the table:
// RESULT <benchmark> | <measured> | <reference> | <ratio> | <target> | PASS/FAIL
inline void result(const char *name, const QString &measured, const QString &reference, double ratio,
                   double maxRatio, const QString &targetText = {})
{
    const bool pass = ratio <= maxRatio;
    const QString target = targetText.isEmpty() ? u"≤ %1×"_s.arg(maxRatio, 0, 'f', 2) : targetText;
    std::printf("RESULT %s | %s | %s | %.2f× | %s | %s\n", name, measured.toUtf8().constData(),
                reference.toUtf8().constData(), ratio, target.toUtf8().constData(), pass ? "PASS" : "FAIL");
    std::fflush(stdout);
}

} // namespace ActesBench
