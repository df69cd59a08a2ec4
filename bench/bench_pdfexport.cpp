// Proceedings export against a bare QTextDocument::print() of the same content, in the same run.
// Usage: bench_pdfexport [chapters]   (default: enough chapters for about 1,000 pages)
#include "export/proceedingsexporter.h"
#include "export/proceedingslayout.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>

#include <QRegularExpression>

#include <ctime>

using namespace Actes;
using namespace Qt::StringLiterals;

namespace {

// CPU time of this process: the machine may be shared, wall time alone is noisy.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

Resource makeResource(int n)
{
    Resource r;
    r.id = n;
    r.privateConfirmed = true;   // public, and confirmed so: the public edition keeps it
    r.title = u"Rencontre n° %1 : l’économie sociale et solidaire dans les territoires"_s.arg(n);
    r.type = n % 3 ? u"Séminaire"_s : u"Journée d’étude"_s;
    r.dateStart = QDate(2014, 1, 1).addDays(n * 3);
    r.dateEnd = r.dateStart.addDays(n % 2);
    r.place = u"Lyon"_s;
    r.attendance = 40 + n % 80;
    r.summaryHtml = u"<p>Une journée d’échanges entre élus, techniciens et acteurs de l’ESS sur la coopération "
                    "économique territoriale et la commande publique responsable.</p>"_s;
    QString body;
    for (int s = 1; s <= 3; ++s) {
        body += u"<h2>Atelier %1 : coopérer sur le territoire</h2>"_s.arg(s);
        for (int i = 0; i < 4; ++i)
            body += u"<p>Les pôles territoriaux de coopération économique réunissent des entreprises de "
                    "l’économie sociale et solidaire, des collectivités et des chercheurs pour mettre en œuvre "
                    "des projets innovants. « Nous avons appris à travailler ensemble », résume une élue ; la "
                    "dynamique se confirme d’année en année, avec plus d’une centaine de pôles repérés.</p>"_s;
        body += u"<ul><li>un besoin d’animation nationale ;</li><li>la reconnaissance par l’État.</li></ul>"_s;
    }
    r.bodyHtml = body;
    for (int p = 0; p < 6; ++p) {
        Participant participant;
        participant.name = u"Personne%1 Nom%2"_s.arg(p).arg((n * 7 + p) % 150);
        participant.function = u"Chargée de mission"_s;
        participant.organisation = u"Organisation %1"_s.arg((n + p) % 40);
        participant.role = u"Intervenante"_s;
        r.participants << participant;
    }
    Partner partner;
    partner.name = u"Caisse des Dépôts"_s;
    partner.role = u"Financeur"_s;
    r.partners << partner;
    return r;
}

// The same content as one HTML document, a page break before each chapter.
QString bareHtml(const QList<Resource> &resources)
{
    QString html;
    for (const Resource &r : resources) {
        html += u"<h1 style=\"page-break-before: always\">%1</h1><p>%2 – %3</p>"_s.arg(
                r.title.toHtmlEscaped(), r.place, r.type);
        html += r.summaryHtml + r.bodyHtml;
        html += u"<h2>Participants</h2><table width=\"100%\">"_s;
        for (const Participant &p : r.participants)
            html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>"_s.arg(p.name, p.function,
                                                                                 p.organisation, p.role);
        html += u"</table>"_s;
    }
    return html;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qEnvironmentVariable("QT_QPA_PLATFORM", u"offscreen"_s).toLocal8Bit());
    QGuiApplication app(argc, argv);
    const int chapters = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 320;
    QList<Resource> resources;
    for (int i = 0; i < chapters; ++i)
        resources << makeResource(i + 1);
    QTemporaryDir dir;
    QTextStream out(stdout);

    // Reference: the bare print of the same content.
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuMs();
    int barePages = 0;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(1200);
        // Same typography as the chapters, so both set the same text on comparable pages.
        QTextDocument document;
        document.setDefaultFont(ProceedingsLayout::bodyFont());
        document.setDefaultStyleSheet(ProceedingsLayout::styleSheet());
        document.setHtml(bareHtml(resources));
        document.print(&writer);
    }
    const qint64 bareMs = timer.elapsed();
    const double bareCpu = cpuMs() - cpu;
    for (auto it = QRegularExpression(uR"(/Type\s*/Page[^s])"_s).globalMatch(QString::fromLatin1(buffer.data()));
         it.hasNext(); it.next())
        ++barePages;

    ProceedingsOptions options;
    options.title = u"Actes du réseau"_s;
    options.networkName = u"Réseau des collectivités Territoriales pour une Économie Solidaire"_s;
    ProceedingsExporter exporter(options);
    timer.restart();
    cpu = cpuMs();
    const ProceedingsResult result = exporter.exportTo(resources, dir.filePath(u"bench.pdf"_s));
    const qint64 exportMs = timer.elapsed();
    const double exportCpu = cpuMs() - cpu;
    if (!result.ok) {
        out << "export failed: " << result.errorMessage << Qt::endl;
        return 1;
    }

    const double ratio = double(exportMs) / double(std::max<qint64>(1, bareMs));
    const double cpuRatio = exportCpu / std::max(1.0, bareCpu);
    out << "chapters: " << chapters << Qt::endl;
    out << "bare QTextDocument::print: " << barePages << " pages in " << bareMs << " ms ("
        << QString::number(barePages * 1000.0 / std::max<qint64>(1, bareMs), 'f', 1) << " pages/s)" << Qt::endl;
    out << "proceedings export:        " << result.pageCount << " pages in " << exportMs << " ms ("
        << QString::number(result.pageCount * 1000.0 / std::max<qint64>(1, exportMs), 'f', 1) << " pages/s)"
        << Qt::endl;
    out << "cpu time: bare " << qint64(bareCpu) << " ms, export " << qint64(exportCpu) << " ms" << Qt::endl;
    out << "ratio export / bare: wall " << QString::number(ratio, 'f', 2) << ", cpu "
        << QString::number(cpuRatio, 'f', 2) << " (target <= 1.30)" << Qt::endl;
    out << "pages per second: " << QString::number(result.pageCount * 1000.0 / std::max(1.0, exportCpu), 'f', 1)
        << " (cpu), " << QString::number(result.pageCount * 1000.0 / std::max<qint64>(1, exportMs), 'f', 1)
        << " (wall)" << Qt::endl;
    return 0;
}
