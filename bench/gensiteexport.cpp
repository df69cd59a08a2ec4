// Writes a realistic website text export of N resources, or times its import.
//
//   gensiteexport N OUTPUT.txt      write the export (deterministic for a given N)
//   gensiteexport --bench [N]       generate N (default 10000) resources in a temporary folder,
//                                   then time: parsing, importing into a new library, importing
//                                   again (all unchanged), against a reference measured in the
//                                   same run: creating the same resources directly with
//                                   ResourceRepository::createResource in one transaction.

#include "import/frenchdate.h"
#include "import/websitedumpparser.h"
#include "import/websitedumpimporter.h"
#include "storage/libraryerror.h"
#include "storage/sqliterepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <ctime>

using namespace Actes;
using namespace Qt::StringLiterals;

namespace {

const QString kNb = QString(QChar(0x00A0));

const QStringList kEvents = {
    u"Rencontre régionale"_s, u"Journée d’échanges"_s, u"Séminaire national"_s, u"Atelier"_s,
    u"Webinaire"_s, u"Université d’été"_s, u"Conférence nationale"_s, u"Visite apprenante"_s,
    u"Forum"_s, u"Matinale"_s,
};
const QStringList kTopics = {
    u"les tiers-lieux"_s, u"la commande publique responsable"_s, u"les monnaies locales"_s,
    u"l’alimentation durable"_s, u"les pôles territoriaux de coopération"_s,
    u"l’insertion par l’activité économique"_s, u"le réemploi et la réparation"_s,
    u"l’habitat participatif"_s, u"la finance solidaire"_s, u"la mobilité en zone rurale"_s,
    u"les coopératives d’activité et d’emploi"_s, u"la politique de la ville"_s,
    u"l’économie circulaire"_s, u"les circuits courts"_s, u"l’égalité femmes-hommes dans l’ESS"_s,
};
const QStringList kCities = {
    u"Lille"_s, u"Nantes"_s, u"Lyon"_s, u"Grenoble"_s, u"Rennes"_s, u"Bordeaux"_s, u"Toulouse"_s,
    u"Strasbourg"_s, u"Marseille"_s, u"Besançon"_s, u"Clermont-Ferrand"_s, u"Poitiers"_s,
    u"Bastia"_s, u"Saint-Denis"_s, u"Angers"_s,
};
const QStringList kTypes = {
    u"Ressources RTES"_s, u"Comptes rendus"_s, u"Publications"_s, u"Fiches pratiques"_s,
};
const QStringList kSentences = {
    u"Plus de %1 personnes, élus, techniciens et acteurs, ont participé à cette rencontre."_s,
    u"La journée a permis de croiser les regards des collectivités et des acteurs de terrain."_s,
    u"Les échanges ont montré l’importance d’une coopération durable entre les territoires."_s,
    u"Une table ronde a réuni des élus de communes rurales et de grandes agglomérations."_s,
    u"Les participants ont souligné le rôle des réseaux dans la diffusion des pratiques."_s,
    u"«"_s + kNb + u"Il faut sortir de la logique d’appel à projets"_s + kNb + u"», a rappelé une élue."_s,
    u"Les actes de la rencontre seront diffusés aux adhérents dans les prochaines semaines."_s,
    u"Un atelier était consacré au financement des projets par l’épargne citoyenne"_s + kNb
        + u"; il a suscité de nombreuses questions."_s,
    u"La visite du site a permis de rencontrer les salariés et les bénévoles."_s,
    u"Un très grand merci aux intervenants et à l’équipe qui a accueilli la journée."_s,
    u"Retrouvez ci-dessous les présentations et le dossier du participant."_s,
    u"Les collectivités présentes ont partagé leurs outils de suivi et d’évaluation."_s,
};
const QStringList kItems = {
    u"la présentation de l’étude"_s, u"le programme détaillé"_s, u"le diaporama de la table ronde"_s,
    u"la synthèse des ateliers"_s, u"le dossier du participant"_s, u"la vidéo de l’intervention"_s,
};

QString dateExpression(QRandomGenerator &rng, const QDate &start, const QDate &end)
{
    const DateRange range{start, end};
    switch (rng.bounded(4)) {
    case 0: return formatFrenchDateRange(range);
    case 1:
        if (start == end)
            return u"le "_s + formatFrenchDate(start);
        return u"des "_s + formatFrenchDateRange(range);
    case 2:
        if (start == end)
            return formatFrenchDate(start);
        return u"du %1 au %2"_s.arg(formatFrenchDate(start).section(u' ', 0, 1), formatFrenchDate(end));
    default: return formatFrenchDate(start);
    }
}

struct Generated
{
    QString title;
    QStringList body;      // paragraphs, lines separated by '\n'
    QString type;
    bool isPrivate = false;
    int summaryKind = 0;   // 0 whole body, 1 first paragraph, 2 first paragraph cut with "..."
};

QList<Generated> generate(int count)
{
    QRandomGenerator rng(20160503);
    QList<Generated> out;
    QSet<QString> titles;
    while (out.size() < count) {
        Generated g;
        const QDate start = QDate(2005, 1, 1).addDays(rng.bounded(7300));
        const QDate end = rng.bounded(5) == 0 ? start.addDays(1 + rng.bounded(2)) : start;
        const QString event = kEvents[rng.bounded(kEvents.size())];
        const QString topic = kTopics[rng.bounded(kTopics.size())];
        const QString city = kCities[rng.bounded(kCities.size())];
        const QString date = dateExpression(rng, start, end);
        switch (rng.bounded(3)) {
        case 0: g.title = u"%1 sur %2 à %3 - %4"_s.arg(event, topic, city, date); break;
        case 1: g.title = u"Retours sur la %1 «"_s.arg(event.toLower()) + kNb + topic + kNb + u"» %1 à %2"_s.arg(date, city); break;
        default: g.title = u"%1 %2"_s.arg(event, date) + kNb + u": "_s + topic; break;
        }
        if (titles.contains(g.title))
            continue;
        titles.insert(g.title);

        const int paragraphs = 2 + rng.bounded(7);
        for (int p = 0; p < paragraphs; ++p) {
            if (p > 0 && rng.bounded(6) == 0) {
                QStringList lines = {u"Retrouvez :"_s};
                for (int i = 0, n = 2 + rng.bounded(3); i < n; ++i)
                    lines.append(u"-"_s + kItems[rng.bounded(kItems.size())]);
                g.body.append(lines.join(u'\n'));
                continue;
            }
            QStringList sentences;
            for (int s = 0, n = 2 + rng.bounded(4); s < n; ++s) {
                QString sentence = kSentences[rng.bounded(kSentences.size())];
                if (sentence.contains(u"%1"))
                    sentence = sentence.arg(20 + rng.bounded(300));
                sentences.append(sentence);
            }
            if (p == 0)
                sentences.prepend(u"À %1, le %2, "_s.arg(city, formatFrenchDate(start)) + topic + u" étaient au cœur des débats."_s);
            g.body.append(sentences.join(rng.bounded(4) == 0 ? u'\n' : u' '));
        }
        g.type = kTypes[rng.bounded(kTypes.size())];
        g.isPrivate = rng.bounded(10) == 0;
        g.summaryKind = int(rng.bounded(3));
        out.append(g);
    }
    return out;
}

QByteArray render(const QList<Generated> &resources)
{
    QString text = u"Réseau des collectivités pour une économie solidaire\n\n"_s;
    text.reserve(resources.size() * 3000);
    for (const Generated &g : resources) {
        text += g.title + u"\n\n"_s;
        for (const QString &p : g.body)
            text += p + u"\n\n"_s;
        text += u"Type de ressource\n"_s + g.type + u"\nRessource privée\n"_s + (g.isPrivate ? u"Oui"_s : u"Non"_s)
            + u"\nRésumé\n\n"_s;
        switch (g.summaryKind) {
        case 0:
            for (const QString &p : g.body)
                text += p + u"\n\n"_s;
            break;
        case 1: text += g.body.first() + u"\n\n"_s; break;
        default: {
            const QString first = g.body.first().section(u'\n', 0, 0);
            text += first.left(std::max<qsizetype>(60, first.size() / 2)).trimmed() + u"...\n\n"_s;
            break;
        }
        }
    }
    return text.toUtf8();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
        std::fprintf(stderr, "Cannot write %s: %s\n", qPrintable(path), qPrintable(f.errorString()));
        return false;
    }
    return true;
}

// CPU time of this process in ms: steadier than wall time on a shared machine.
qint64 cpuMs()
{
    return qint64(std::clock()) * 1000 / CLOCKS_PER_SEC;
}

int bench(int count)
{
    QTemporaryDir dir;
    const QString exportPath = dir.filePath(u"export.txt"_s);
    const QByteArray data = render(generate(count));
    if (!writeFile(exportPath, data))
        return 1;
    std::printf("Generated export: %d resources, %.1f MB\n", count, data.size() / 1e6);

    QElapsedTimer timer;
    timer.start();
    const WebsiteDumpParseResult parsed = WebsiteDumpParser::parse(data);
    const qint64 parseMs = timer.elapsed();
    int review = 0;
    for (const ParsedResource &r : parsed.resources)
        review += r.needsReview ? 1 : 0;
    std::printf("parse:                 %6lld ms  (%lld resources, %d to review)\n", parseMs,
                qint64(parsed.resources.size()), review);
    if (parsed.resources.size() != count) {
        std::fprintf(stderr, "Expected %d resources, parsed %lld\n", count, qint64(parsed.resources.size()));
        return 1;
    }

    // Reference: the same resources written directly, one transaction.
    qint64 cpu = 0;
    {
        auto repo = SqliteRepository::open(dir.filePath(u"reference.actes"_s));
        timer.restart();
        cpu = cpuMs();
        repo->inTransaction([&] {
            for (const QString &type : {u"Ressources RTES"_s, u"Comptes rendus"_s, u"Publications"_s, u"Fiches pratiques"_s})
                repo->addResourceType(type);
            for (const ParsedResource &r : parsed.resources)
                repo->createResource(r.toResource());
        });
    }
    const qint64 referenceMs = timer.elapsed();
    const qint64 referenceCpu = cpuMs() - cpu;

    auto repo = SqliteRepository::open(dir.filePath(u"library.actes"_s));
    WebsiteDumpImporter importer(*repo);
    timer.restart();
    cpu = cpuMs();
    ImportReport report = importer.importFiles({exportPath});
    const qint64 importMs = timer.elapsed();
    const qint64 importCpu = cpuMs() - cpu;
    timer.restart();
    cpu = cpuMs();
    const ImportReport again = importer.importFiles({exportPath});
    const qint64 againMs = timer.elapsed();
    const qint64 againCpu = cpuMs() - cpu;

    auto ratio = [](qint64 a, qint64 b) { return b > 0 ? double(a) / double(b) : 0.0; };
    std::printf("reference (create):    %6lld ms wall %6lld ms CPU\n", referenceMs, referenceCpu);
    std::printf("import (file to db):   %6lld ms wall %6lld ms CPU  (%d created)   CPU ratio to reference %.2f\n",
                importMs, importCpu, report.created, ratio(importCpu, referenceCpu));
    std::printf("re-import:             %6lld ms wall %6lld ms CPU  (%d unchanged) CPU ratio to reference %.2f\n",
                againMs, againCpu, again.unchanged, ratio(againCpu, referenceCpu));
    return report.created == count && again.unchanged == count ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments().mid(1);
    try {
        if (!args.isEmpty() && args.first() == u"--bench") {
            const int count = args.size() > 1 ? args[1].toInt() : 10000;
            return bench(count > 0 ? count : 10000);
        }
        if (args.size() == 2 && args[0].toInt() > 0)
            return writeFile(args[1], render(generate(args[0].toInt()))) ? 0 : 1;
    } catch (const LibraryError &e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    std::fprintf(stderr, "Usage: gensiteexport N OUTPUT.txt | gensiteexport --bench [N]\n");
    return 2;
}
