#include "export/proceedingsexporter.h"

#include "storage/resourcerepository.h"

#include "domain/publicity.h"
#include "export/pdfpostprocess.h"
#include "export/proceedingsdates.h"
#include "export/proceedingslayout.h"

#include <QBuffer>
#include <QCollator>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

QList<PdfOutlineItem> outlineFrom(const ProceedingsNavigation &navigation)
{
    QList<PdfOutlineItem> roots;
    // Path of the last item at each level, to hang h3 under h2 and so on.
    for (const ProceedingsNavigation::Target &target : navigation.targets) {
        PdfOutlineItem item;
        item.title = target.title;
        item.page = target.page;
        // Parts open at the top of their page; headings just above their first line.
        item.top = navigation.pageSize.height() - std::max<qreal>(0, target.level == 0 ? 0 : target.y - 6);
        QList<PdfOutlineItem> *siblings = &roots;
        for (int level = 0; level < target.level && !siblings->isEmpty(); ++level)
            siblings = &siblings->last().children;
        siblings->append(item);
    }
    return roots;
}

QList<PdfLinkItem> linksFrom(const ProceedingsNavigation &navigation)
{
    QList<PdfLinkItem> links;
    const qreal height = navigation.pageSize.height();
    for (const ProceedingsNavigation::Link &link : navigation.links) {
        PdfLinkItem item;
        item.page = link.page;
        // Top-left origin to PDF user space.
        item.rect = QRectF(QPointF(link.rect.left(), height - link.rect.bottom()),
                           QPointF(link.rect.right(), height - link.rect.top()));
        item.targetPage = link.targetPage;
        item.targetTop = height - link.targetY;
        links.append(item);
    }
    return links;
}

} // namespace

ProceedingsExporter::ProceedingsExporter(ProceedingsOptions options)
    : m_options(std::move(options))
{
}

QString ProceedingsExporter::internalMark(const DocumentLanguage &language)
{
    return ProceedingsLayout::internalMark(language);
}

QList<Resource> ProceedingsExporter::included(const QList<Resource> &resources, bool includePrivate,
                                              QList<ProceedingsLeftOut> *leftOut)
{
    QList<Resource> kept;
    kept.reserve(resources.size());
    for (const Resource &resource : resources) {
        const Publicity state = publicity(resource);
        if (state != Publicity::Public && !includePrivate) {
            if (leftOut) {
                if (state == Publicity::Private)
                    leftOut->append({resource.id, resource.title, ProceedingsLeftOut::Reason::Private,
                                     tr("“%1” is private: it only goes into the internal edition.").arg(resource.title)});
                else
                    leftOut->append({resource.id, resource.title, ProceedingsLeftOut::Reason::PrivacyNotConfirmed,
                                     tr("“%1”: privacy not confirmed; treated as private, it only goes into the internal "
                                        "edition.")
                                         .arg(resource.title)});
            }
            continue;
        }
        kept.append(resource);
        if (leftOut && !includePrivate) {
            for (const Attachment &attachment : resource.attachments) {
                if (attachment.membersOnly)
                    leftOut->append({resource.id, attachment.title, ProceedingsLeftOut::Reason::AttachmentMembersOnly,
                                     tr("“%1” (attached to “%2”) is for members only: it only goes into the internal "
                                        "edition.")
                                             .arg(attachment.title, resource.title),
                                     attachment.id});
            }
        }
    }
    return kept;
}

QString ProceedingsExporter::defaultTitle(const QList<Resource> &resources, bool includePrivate,
                                          const DocumentLanguage &language)
{
    const QList<Resource> kept = included(resources, includePrivate);
    if (kept.isEmpty())
        return language.translate("Actes::ProceedingsExporter", "Proceedings");
    if (kept.size() == 1)
        return kept.first().title;
    const QString period = ProceedingsDates::formatPeriod(kept, language.code());
    if (period.isEmpty())
        return language.translate("Actes::ProceedingsExporter", "Proceedings");
    // A French period starts with a capital on its own ("Juin 2015 – mai 2016"), not after a
    // comma; English month names keep theirs.
    QString inTitle = period;
    if (language.code() == u"fr")
        inTitle[0] = inTitle.at(0).toLower();
    return language.translate("Actes::ProceedingsExporter", "Proceedings, %1").arg(inTitle);
}

QString ProceedingsExporter::suggestedFileName(const ProceedingsOptions &options, const QList<Resource> &resources)
{
    QString title = options.title.trimmed();
    if (title.isEmpty())
        title = defaultTitle(resources, options.includePrivate, options.language);
    // Characters refused by one file system or another, and control characters.
    QString name;
    for (QChar c : title.simplified()) {
        if (c.unicode() < 0x20 || QStringView(u"/\\:*?\"<>|").contains(c))
            name += u' ';
        else
            name += c;
    }
    name = name.simplified();
    while (name.endsWith(u'.'))
        name.chop(1);
    if (name.size() > 120)
        name = name.left(120).trimmed();
    if (name.isEmpty())
        name = options.language.translate("Actes::ProceedingsExporter", "Proceedings");
    if (options.includePrivate)
        name = options.language.translate("Actes::ProceedingsExporter", "%1 (internal document)").arg(name);
    return name + u".pdf"_s;
}

QHash<qint64, QList<Comment>> ProceedingsExporter::reviewComments(const CommentStore &store,
                                                                  const QList<Resource> &resources)
{
    QHash<qint64, QList<Comment>> result;
    for (const Resource &resource : resources) {
        QList<Comment> comments = store.comments(resource.id);
        if (!comments.isEmpty())
            result.insert(resource.id, std::move(comments));
    }
    return result;
}

void ProceedingsExporter::sortByDate(QList<Resource> &resources)
{
    QCollator collator{QLocale(QLocale::French, QLocale::France)};
    collator.setNumericMode(true);
    std::stable_sort(resources.begin(), resources.end(), [&collator](const Resource &a, const Resource &b) {
        if (a.dateStart.isValid() != b.dateStart.isValid())
            return a.dateStart.isValid();
        if (a.dateStart != b.dateStart)
            return a.dateStart < b.dateStart;
        return collator.compare(a.title, b.title) < 0;
    });
}

QString ProceedingsExporter::effectiveTitle(const QList<Resource> &kept) const
{
    const QString title = m_options.title.simplified();
    return title.isEmpty() ? defaultTitle(kept, true, m_options.language) : title;
}

int ProceedingsExporter::paint(QPagedPaintDevice *device, const QList<Resource> &resources,
                               const ProceedingsProgress &progress)
{
    m_leftOut.clear();
    const QList<Resource> kept = included(resources, m_options.includePrivate, &m_leftOut);
    if (kept.isEmpty() || !device)
        return 0;
    ProceedingsLayout layout(m_options, effectiveTitle(kept), kept);
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const bool complete = layout.paint(device, &painter, progress);
    painter.end();
    return complete ? layout.pageCount() : 0;
}

ProceedingsResult ProceedingsExporter::exportTo(const QList<Resource> &resources, const QString &outFile,
                                                const ProceedingsProgress &progress)
{
    ProceedingsResult result;
    m_leftOut.clear();
    const QList<Resource> kept = included(resources, m_options.includePrivate, &m_leftOut);
    result.leftOut = m_leftOut;
    if (kept.isEmpty()) {
        result.errorMessage = resources.isEmpty()
                ? tr("There is nothing to export: no resource is selected.")
                : tr("There is nothing to export: every selected resource is private or its privacy is not "
                     "confirmed. Choose the internal edition to include them.");
        return result;
    }
    if (outFile.isEmpty()) {
        result.errorMessage = tr("No file name was given for the PDF.");
        return result;
    }

    // The attached PDFs bound as annexes, read (and their pages counted) before the layout.
    QList<ProceedingsAnnex> annexes;
    QList<QByteArray> annexData;
    if (m_options.appendAttachments) {
        for (const Resource &resource : kept) {
            for (const Attachment &attachment : ProceedingsLayout::shownAttachments(resource, m_options.includePrivate)) {
                if (!attachment.isPdf())
                    continue;
                QString problem;
                QByteArray data;
                try {
                    if (m_options.attachmentLoader)
                        data = m_options.attachmentLoader(attachment.sha256);
                } catch (const std::exception &) {
                    data.clear();
                }
                const int pages = data.isEmpty() ? -1 : PdfPostProcessor::annexPageCount(data, &problem);
                if (data.isEmpty())
                    problem = tr("its content is missing from the library");
                if (pages <= 0) {
                    m_leftOut.append({resource.id, attachment.title, ProceedingsLeftOut::Reason::AnnexUnreadable,
                                      tr("“%1” (attached to “%2”) was not bound as an annex: %3.")
                                              .arg(attachment.title, resource.title, problem),
                                      attachment.id});
                    continue;
                }
                annexes.append({resource.id, attachment.id, attachment.title, pages});
                annexData.append(data);
            }
        }
        result.leftOut = m_leftOut;
    }

    const QString title = effectiveTitle(kept);
    QBuffer raw;
    raw.open(QIODevice::WriteOnly);
    ProceedingsNavigation navigation;
    ProceedingsLayout layout(m_options, title, kept, annexes);
    {
        QPdfWriter writer(&raw);
        writer.setCreator(u"Actes " ACTES_VERSION ""_s);
        writer.setTitle(title);
        writer.setPdfVersion(m_options.pdfA ? QPagedPaintDevice::PdfVersion_A1b : QPagedPaintDevice::PdfVersion_1_6);
        writer.setResolution(1200);
        writer.setPageLayout(QPageLayout(m_options.pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                         QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer)) {
            result.errorMessage = tr("The PDF could not be started.");
            return result;
        }
        const bool complete = layout.paint(&writer, &painter, progress, &navigation);
        painter.end();
        if (!complete) {
            result.cancelled = true;
            result.errorMessage = tr("The export was cancelled; no file was written.");
            return result;
        }
    }

    PdfDocumentInfo info;
    info.title = title;
    // The network, never a person: the file is public (the staff's names stay in the library).
    info.author = m_options.networkName;
    info.language = m_options.language.bcp47();
    info.subject = m_options.subject;
    info.keywords = m_options.keywords;
    info.creator = u"Actes " ACTES_VERSION ""_s;
    info.producer = u"Qt %1, qpdf %2"_s.arg(QString::fromLatin1(qVersion()),
                                            PdfPostProcessor::libraryVersion());
    info.pdfA1b = m_options.pdfA;
    QList<PdfAnnexPlacement> placements;
    for (const ProceedingsNavigation::Annex &annex : std::as_const(navigation.annexes)) {
        const qreal height = navigation.pageSize.height();
        // Top-left origin to PDF user space.
        placements.append({annexData.at(annex.index), annex.firstPage,
                           QRectF(QPointF(annex.area.left(), height - annex.area.bottom()),
                                  QPointF(annex.area.right(), height - annex.area.top()))});
    }
    QByteArray finished;
    QString error;
    if (!PdfPostProcessor::process(raw.data(), &finished, info, outlineFrom(navigation), linksFrom(navigation),
                                   &error, placements)) {
        result.errorMessage = error;
        return result;
    }

    // Only now, post-processing done: written to a temporary file beside outFile and renamed
    // into place when complete (no direct-write fallback), so a failure, a cancel or a kill
    // never leaves a partial PDF there nor touches the previous one (tst_hostile, crash harness).
    QSaveFile file(outFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(finished) != finished.size() || !file.commit()) {
        result.errorMessage = tr("The PDF could not be written to “%1”: %2")
                                      .arg(QFileInfo(outFile).fileName(), file.errorString());
        return result;
    }
    const int total = layout.progressTotal();
    if (progress)
        progress(total, total);
    result.ok = true;
    result.pageCount = layout.pageCount();
    return result;
}

} // namespace Actes
