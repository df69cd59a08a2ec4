#include "export/proceedingslayout.h"
#include "export/proceedingslayoutdetail.h"

#include "export/proceedingsdates.h"
#include "text/cleanhtml.h"

#include <QAbstractTextDocumentLayout>
#include <QCollator>
#include <QFontMetricsF>
#include <QImage>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Actes {

using namespace ProceedingsDetail;

ProceedingsLayout::ProceedingsLayout(const ProceedingsOptions &options, const QString &title,
                                     const QList<Resource> &resources, const QList<ProceedingsAnnex> &annexes)
    : d(std::make_unique<Private>())
{
    d->options = options;
    d->title = title;
    d->resources = resources;
    d->annexes = annexes;
    if (!options.logoPath.isEmpty())
        d->logo = QImage(options.logoPath);
}

ProceedingsLayout::~ProceedingsLayout() = default;

int ProceedingsLayout::pageCount() const
{
    return d->totalPages;
}

int ProceedingsLayout::progressTotal() const
{
    return 2 * int(d->resources.size()) + 1;
}

QString ProceedingsLayout::internalMark(const DocumentLanguage &language)
{
    return language.translate("Actes::ProceedingsLayout", "Internal document \u2013 do not distribute");
}

QList<Attachment> ProceedingsLayout::shownAttachments(const Resource &resource, bool includePrivate)
{
    QList<Attachment> shown;
    for (const Attachment &attachment : resource.attachments) {
        if (!attachment.membersOnly || includePrivate)
            shown.append(attachment);
    }
    return shown;
}

void ProceedingsLayout::Private::setupGeometry()
{
    dpi = device->logicalDpiY();
    const QPageLayout layout = device->pageLayout();
    pageRect = QRectF(QPointF(0, 0), QSizeF(layout.fullRectPixels(int(dpi)).size()));
    const QMarginsF &m = options.margins;
    textRect = pageRect.adjusted(mm(m.left()), mm(m.top()), -mm(m.right()), -mm(m.bottom()));
}

QFont ProceedingsLayout::bodyFont()
{
    return serif(10.5);
}

QString ProceedingsLayout::styleSheet()
{
    // Lengths in CSS pixels (1/96 in): QTextDocument scales them to the device.
    QString css = uR"(
p { margin-top: 0px; margin-bottom: 7px; line-height: 132%; text-align: justify; }
h1 { font-size: 21pt; font-weight: normal; color: %2; margin-top: 0px; margin-bottom: 14px; line-height: 115%; }
h2 { font-size: 13.5pt; font-weight: bold; color: %2; margin-top: 20px; margin-bottom: 7px; }
h3 { font-size: 11.5pt; font-weight: bold; color: %3; margin-top: 14px; margin-bottom: 5px; }
h4 { font-size: 10.5pt; font-weight: bold; font-style: italic; color: %3; margin-top: 12px; margin-bottom: 4px; }
ul, ol { margin-top: 0px; margin-bottom: 7px; }
li { margin-bottom: 2px; line-height: 130%; }
blockquote { margin-left: 24px; margin-right: 24px; font-style: italic; color: %4; }
a { color: %2; text-decoration: none; }
table { border-collapse: collapse; }
td, th { text-align: left; vertical-align: top; }
.kicker { font-family: %1; font-size: 8pt; color: %2; letter-spacing: 1.5px; margin-bottom: 6px; margin-top: 44px; }
.metalabel { font-family: %1; font-size: 6.5pt; color: %4; letter-spacing: 1px; }
.metavalue { font-size: 10pt; }
.meta td { padding-top: 5px; padding-bottom: 5px; padding-right: 12px; border-top: 1px solid %5; border-bottom: 1px solid %5; }
.summarylabel { font-family: %1; font-size: 6.5pt; color: %2; letter-spacing: 1px; margin-bottom: 4px; }
.summary td { background-color: %6; padding: 10px 14px 6px 14px; border-left: 3px solid %2; }
.summary p { font-style: italic; line-height: 135%; }
.people th { font-family: %1; font-size: 7pt; color: %4; font-weight: normal; letter-spacing: 0.6px; padding: 3px 8px 3px 0px; border-bottom: 1px solid %2; }
.people td { font-size: 9pt; padding: 4px 8px 4px 0px; border-bottom: 0.5px solid %5; }
.peoplename { font-weight: bold; }
)"_s;
    return css.arg(cssFamilies(sansFamilies()), kAccent.name(), kInk.name(), kMuted.name(), kRule.name(), kTint.name());
}

QString ProceedingsLayout::Private::resolveImages(const QString &html, QTextDocument *document) const
{
    static const QRegularExpression imgTag(uR"(<img\b[^>]*>)"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression srcAttr(uR"(\bsrc\s*=\s*["']([^"']*)["'])"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression altAttr(uR"(\balt\s*=\s*["']([^"']*)["'])"_s, QRegularExpression::CaseInsensitiveOption);
    if (!html.contains(u"<img"_s, Qt::CaseInsensitive))
        return html;

    // CSS pixels available: the text width, and at most half the page height.
    const qreal toCss = 96.0 / dpi;
    const qreal maxWidth = textRect.width() * toCss;
    const qreal maxHeight = textRect.height() * 0.5 * toCss;
    QString result;
    qsizetype last = 0;
    auto it = imgTag.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(html).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString tag = match.captured();
        const QString src = srcAttr.match(tag).captured(1);
        const QString alt = altAttr.match(tag).captured(1);
        QImage image;
        const std::optional<QString> key = imageKeyOf(src);
        if (key && options.imageLoader)
            image = QImage::fromData(options.imageLoader(*key));
        if (image.isNull()) {
            // No network access and no broken-image icon: the alternative text stands in.
            if (!alt.isEmpty())
                result += u"<i>[%1]</i>"_s.arg(alt); // alt is already escaped HTML
            continue;
        }
        if (image.hasAlphaChannel() && options.pdfA) {
            QImage flat(image.size(), QImage::Format_RGB32);
            flat.fill(Qt::white);
            QPainter p(&flat);
            p.drawImage(0, 0, image);
            p.end();
            image = flat;
        }
        QSizeF size = image.size();
        const qreal scale = std::min({1.0, maxWidth / size.width(), maxHeight / size.height()});
        size *= scale;
        document->addResource(QTextDocument::ImageResource, QUrl(src), image);
        result += u"<img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\">"_s
                          .arg(src.toHtmlEscaped())
                          .arg(int(size.width()))
                          .arg(int(size.height()))
                          .arg(alt);
    }
    result += QStringView(html).mid(last);
    return result;
}

QString ProceedingsLayout::Private::chapterHtml(const Resource &resource, QTextDocument *document) const
{
    QString html;
    html.reserve(resource.bodyHtml.size() + resource.summaryHtml.size() + 4096);

    const QString date = ProceedingsDates::formatDateRange(resource.dateStart, resource.dateEnd, options.language.code());
    html += u"<p class=\"kicker\">%1</p>"_s.arg(esc(resource.type.isEmpty() ? tr("Event report").toUpper()
                                                                            : resource.type.toUpper()));
    html += u"<h1>%1</h1>"_s.arg(esc(resource.title));

    // Metadata strip: small capitals labels over the values.
    QList<QPair<QString, QString>> meta;
    if (!date.isEmpty())
        meta.append({tr("DATE"), date});
    if (!resource.place.isEmpty())
        meta.append({tr("PLACE"), resource.place});
    if (!resource.type.isEmpty())
        meta.append({tr("TYPE"), resource.type});
    if (resource.attendance)
        meta.append({tr("ATTENDANCE"), tr("%n people", nullptr, *resource.attendance)});
    if (!meta.isEmpty()) {
        html += u"<table class=\"meta\" width=\"100%\" cellspacing=\"0\" style=\"margin-bottom: 16px;\"><tr>"_s;
        for (const auto &[label, value] : std::as_const(meta))
            html += u"<td><p class=\"metalabel\" style=\"margin-bottom: 1px; text-align: left;\">%1</p>"
                    "<p class=\"metavalue\" style=\"margin-bottom: 0px; text-align: left;\">%2</p></td>"_s
                            .arg(esc(label), esc(value));
        html += u"</tr></table>"_s;
    }

    if (!resource.summaryHtml.trimmed().isEmpty()) {
        html += u"<table class=\"summary\" width=\"100%\" cellspacing=\"0\" style=\"margin-bottom: 18px;\"><tr><td>"
                "<p class=\"summarylabel\">%1</p>%2</td></tr></table>"_s
                        .arg(esc(tr("SUMMARY")), resolveImages(resource.summaryHtml, document));
    }

    html += resolveImages(resource.bodyHtml, document);

    if (!resource.participants.isEmpty()) {
        html += u"<h2>%1</h2>"_s.arg(esc(tr("Participants")));
        html += u"<table class=\"people\" width=\"100%\" cellspacing=\"0\"><thead><tr>"
                "<th width=\"27%\">%1</th><th width=\"27%\">%2</th><th width=\"28%\">%3</th><th width=\"18%\">%4</th>"
                "</tr></thead>"_s
                        .arg(esc(tr("NAME")), esc(tr("FUNCTION")), esc(tr("ORGANISATION")), esc(tr("ROLE")));
        for (const Participant &participant : resource.participants)
            html += u"<tr><td class=\"peoplename\">%1</td><td>%2</td><td>%3</td><td>%4</td></tr>"_s
                            .arg(esc(participant.name), esc(participant.function),
                                 esc(participant.organisation), esc(participant.role));
        html += u"</table>"_s;
    }
    if (!resource.partners.isEmpty()) {
        html += u"<h2>%1</h2>"_s.arg(esc(tr("Partners")));
        html += u"<table class=\"people\" width=\"100%\" cellspacing=\"0\"><thead><tr>"
                "<th width=\"54%\">%1</th><th width=\"46%\">%2</th></tr></thead>"_s
                        .arg(esc(tr("ORGANISATION")), esc(tr("ROLE")));
        for (const Partner &partner : resource.partners)
            html += u"<tr><td class=\"peoplename\">%1</td><td>%2</td></tr>"_s.arg(esc(partner.name), esc(partner.role));
        html += u"</table>"_s;
    }
    html += documentsHtml(resource);
    // The internal edition lists the review comments after the report; the public one never.
    const QList<Comment> comments = options.includePrivate ? options.reviewComments.value(resource.id) : QList<Comment>();
    if (!comments.isEmpty()) {
        html += u"<h2>%1</h2>"_s.arg(esc(tr("Review comments")));
        html += u"<table class=\"people\" width=\"100%\" cellspacing=\"0\"><thead><tr>"
                "<th width=\"28%\">%1</th><th width=\"40%\">%2</th><th width=\"16%\">%3</th><th width=\"16%\">%4</th>"
                "</tr></thead>"_s
                        .arg(esc(tr("QUOTE")), esc(tr("COMMENT")), esc(tr("BY")), esc(tr("STATUS")));
        for (const Comment &comment : comments) {
            QString status;
            if (!comment.isReply()) {
                status = comment.resolved ? tr("Resolved") : tr("Open");
                if (comment.anchor.detached)
                    status += u", "_s + tr("text deleted");
            }
            const QString quote = comment.isReply() ? u"↳"_s : tr("“%1”").arg(comment.anchor.quote.simplified());
            html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>"_s.arg(
                esc(quote), esc(comment.text), esc(comment.author), esc(status));
        }
        html += u"</table>"_s;
    }
    return html;
}

// The kinds' names in the document's language (the same words as the window's, Actes::Attachment).
QString ProceedingsLayout::Private::attachmentKindText(AttachmentKind kind) const
{
    const DocumentLanguage &language = options.language;
    switch (kind) {
    case AttachmentKind::Programme:
        return language.translate("Actes::Attachment", "Programme");
    case AttachmentKind::Slides:
        return language.translate("Actes::Attachment", "Slides");
    case AttachmentKind::Proceedings:
        return language.translate("Actes::Attachment", "Proceedings");
    case AttachmentKind::Study:
        return language.translate("Actes::Attachment", "Study");
    case AttachmentKind::Photos:
        return language.translate("Actes::Attachment", "Photos");
    case AttachmentKind::Video:
        return language.translate("Actes::Attachment", "Video");
    case AttachmentKind::Other:
        break;
    }
    return language.translate("Actes::Attachment", "Other document");
}

// "Title — Slides · PDF, 2,3 Mo": the documents of the chapter, at its end. A file's name is
// never printed (only its type), a link's address is printed and clickable.
QString ProceedingsLayout::Private::documentsHtml(const Resource &resource) const
{
    const QList<Attachment> shown = ProceedingsLayout::shownAttachments(resource, options.includePrivate);
    if (shown.isEmpty())
        return {};
    QString html = u"<h2>%1</h2><ul>"_s.arg(esc(tr("Documents")));
    for (const Attachment &attachment : shown) {
        QStringList details{esc(attachmentKindText(attachment.kind))};
        if (attachment.isLink()) {
            details << u"<a href=\"%1\">%1</a>"_s.arg(esc(attachment.url));
        } else {
            QString type = QFileInfo(attachment.fileName).suffix();
            if (type.isEmpty() || type.size() > 5)
                type = attachment.isPdf() ? u"pdf"_s : QMimeDatabase().mimeTypeForName(attachment.mimeType).preferredSuffix();
            if (type.isEmpty())
                type = tr("file");
            details << esc(type.toUpper() + u", "_s + attachmentSizeText(attachment.size, options.language.locale().name()));
        }
        const bool annexed = std::any_of(annexes.cbegin(), annexes.cend(), [&](const ProceedingsAnnex &annex) {
            return annex.resourceId == resource.id && annex.attachmentId == attachment.id;
        });
        if (annexed)
            details << esc(tr("in the annex"));
        if (attachment.membersOnly)
            details << u"<span style=\"color: %1;\">%2</span>"_s.arg(kAlert.name(), esc(tr("members only")));
        html += u"<li><b>%1</b> \u2014 %2</li>"_s.arg(esc(attachment.title), details.join(u" \u00B7 "_s));
    }
    html += u"</ul>"_s;
    return html;
}

QString ProceedingsLayout::Private::annexHeading(const ProceedingsAnnex &annex) const
{
    return tr("Annex: %1").arg(annex.title);
}

// Between the rules of the running heads, nearly the width of the paper (an attached page has
// margins of its own); in points, top-left origin.
QRectF ProceedingsLayout::Private::annexArea() const
{
    const qreal top = textRect.top() - mm(7) + mm(3);
    const qreal bottom = textRect.bottom() + mm(7) - mm(3);
    const QRectF area(QPointF(pageRect.left() + mm(10), top), QPointF(pageRect.right() - mm(10), bottom));
    return QRectF(toPoints(area.left()), toPoints(area.top()), toPoints(area.width()), toPoints(area.height()));
}

int ProceedingsLayout::Private::pageOfBlock(const QTextDocument *document, const QTextBlock &block, qreal *y) const
{
    const QRectF rect = document->documentLayout()->blockBoundingRect(block);
    qreal top = rect.top();
    if (const QTextLayout *layout = block.layout(); layout && layout->lineCount() > 0)
        top += layout->lineAt(0).y();
    const qreal pageHeight = document->pageSize().height();
    const int page = std::max(0, int(std::floor(top / pageHeight)));
    if (y)
        *y = top - page * pageHeight;
    return page;
}

// Qt has no "keep with next": a heading left alone at the bottom of a page moves to the next one.
void ProceedingsLayout::Private::keepHeadingsWithNext(QTextDocument *document) const
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() < 2)
            continue;
        const QTextBlock next = block.next();
        if (!next.isValid())
            continue;
        if (pageOfBlock(document, next) > pageOfBlock(document, block)) {
            QTextBlockFormat format;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).mergeBlockFormat(format);
        }
    }
}

// A paragraph holding only an image: centred, with single line height (the proportional line
// height of body text would add a third of the image's height below it) and some air around.
void ProceedingsLayout::Private::fitImageParagraphs(QTextDocument *document) const
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        bool hasImage = false;
        for (auto it = block.begin(); !it.atEnd(); ++it)
            hasImage |= it.fragment().charFormat().isImageFormat();
        if (!hasImage)
            continue;
        QTextBlockFormat format;
        format.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
        if (block.text().trimmed() == QString(QChar::ObjectReplacementCharacter)) {
            format.setAlignment(Qt::AlignHCenter);
            format.setTopMargin(6);
            format.setBottomMargin(10);
        }
        QTextCursor(block).mergeBlockFormat(format);
    }
}

void ProceedingsLayout::Private::collectHeadings(Chapter &chapter) const
{
    const QTextDocument *document = chapter.document.get();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < 2 || level > 4 || block.text().trimmed().isEmpty())
            continue;
        Heading heading;
        heading.title = block.text().simplified();
        heading.level = level - 1;
        heading.page = pageOfBlock(document, block, &heading.y);
        chapter.headings.append(heading);
    }
}

void ProceedingsLayout::Private::layoutChapter(Chapter &chapter)
{
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    document->documentLayout()->setPaintDevice(device);
    document->setDefaultFont(ProceedingsLayout::bodyFont());
    document->setDefaultStyleSheet(ProceedingsLayout::styleSheet());
    document->setDocumentMargin(0);
    document->setPageSize(textRect.size());
    // Not QTextDocument::setHtml(): Qt 6.4's importer would turn U+202F (French narrow no-break
    // space, before ; ! ? and inside « ») into a breakable plain space.
    setHtmlKeepingSpaces(*document, chapterHtml(*chapter.resource, document.get()));
    fitImageParagraphs(document.get());
    keepHeadingsWithNext(document.get());
    chapter.pageCount = std::max(1, document->pageCount());
    const qreal pageHeight = document->pageSize().height();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() < 2)
            continue;
        const qreal top = document->documentLayout()->blockBoundingRect(block).top();
        const QTextLine last = layout->lineAt(layout->lineCount() - 1);
        const int firstPage = int(std::floor((top + layout->lineAt(0).y()) / pageHeight));
        const int lastPage = int(std::floor((top + last.y() + last.height() * 0.5) / pageHeight));
        if (lastPage > firstPage)
            chapter.splitBlocks.append({block, firstPage, lastPage});
    }
    chapter.document = std::move(document);
    collectHeadings(chapter);
}

bool ProceedingsLayout::paint(QPagedPaintDevice *device, QPainter *painter, const ProceedingsProgress &progress,
                              ProceedingsNavigation *navigation)
{
    d->device = device;
    d->painter = painter;
    d->navigation = navigation;
    d->pagesPainted = 0;
    d->setupGeometry();
    const int total = progressTotal();
    int done = 0;
    const auto step = [&]() { return !progress || progress(++done, total); };

    // Pass 1: lay every chapter out, which gives the page numbers.
    d->chapters.clear();
    d->chapters.resize(size_t(d->resources.size()));
    for (qsizetype i = 0; i < d->resources.size(); ++i) {
        d->chapters[size_t(i)].resource = &d->resources.at(i);
        for (qsizetype a = 0; a < d->annexes.size(); ++a) {
            if (d->annexes.at(a).resourceId == d->resources.at(i).id && d->annexes.at(a).pageCount > 0)
                d->chapters[size_t(i)].annexes.append({int(a), 0});
        }
        d->layoutChapter(d->chapters[size_t(i)]);
        if (!step())
            return false;
    }
    d->buildContents();
    int page = 1 + d->contentsPages;
    for (Chapter &chapter : d->chapters) {
        chapter.firstPage = page;
        page += chapter.pageCount;
        for (Chapter::AnnexPart &part : chapter.annexes) {
            part.firstPage = page;
            page += d->annexes.at(part.index).pageCount;
        }
    }
    d->indexFirstPage = page;
    d->buildIndex();
    d->totalPages = page + d->indexPages;

    if (navigation) {
        navigation->pageSize = device->pageLayout().fullRect(QPageLayout::Point).size();
        navigation->pageCount = d->totalPages;
        navigation->targets.clear();
        navigation->links.clear();
    }

    // Pass 2: paint.
    painter->save();
    const QRect paintRect = device->pageLayout().paintRectPixels(int(d->dpi));
    painter->translate(-paintRect.topLeft());
    painter->setRenderHint(QPainter::Antialiasing);

    d->startPage();
    d->paintCover();
    d->addTarget(d->tr("Contents"), 0, 1, 0);
    for (int i = 0; i < d->contentsPages; ++i) {
        d->startPage();
        d->paintContentsPage(i);
    }
    for (const Chapter &chapter : d->chapters) {
        d->addTarget(chapter.resource->title, 0, chapter.firstPage, 0);
        for (const Heading &heading : chapter.headings)
            d->addTarget(heading.title, heading.level, chapter.firstPage + heading.page,
                         d->textRect.top() + heading.y);
        for (int i = 0; i < chapter.pageCount; ++i) {
            d->startPage();
            d->paintChapterPage(chapter, i);
        }
        // Annexes: a bookmark under the chapter; pages with the running heads and footer only,
        // the attached pages are drawn over them afterwards (PdfPostProcessor).
        for (const Chapter::AnnexPart &part : chapter.annexes) {
            const ProceedingsAnnex &annex = d->annexes.at(part.index);
            d->addTarget(d->annexHeading(annex), 1, part.firstPage, 0);
            if (navigation)
                navigation->annexes.append({part.index, part.firstPage, d->annexArea()});
            for (int i = 0; i < annex.pageCount; ++i) {
                d->startPage();
                d->paintAnnexPage(annex, part.firstPage + i);
            }
        }
        if (!step()) {
            painter->restore();
            return false;
        }
    }
    d->addTarget(d->tr("Index"), 0, d->indexFirstPage, 0);
    for (int i = 0; i < d->indexPages; ++i) {
        d->startPage();
        d->paintIndexPage(i);
    }
    painter->restore();
    return true;
}

bool ProceedingsLayout::Private::startPage()
{
    if (pagesPainted++ > 0)
        return device->newPage();
    return true;
}

void ProceedingsLayout::Private::addTarget(const QString &text, int level, int page, qreal y)
{
    if (navigation)
        navigation->targets.append({text, level, page, toPoints(y)});
}

void ProceedingsLayout::Private::addLink(int page, const QRectF &rect, int targetPage, qreal targetY)
{
    if (!navigation)
        return;
    const QRectF points(toPoints(rect.left()), toPoints(rect.top()), toPoints(rect.width()), toPoints(rect.height()));
    navigation->links.append({page, points, targetPage, toPoints(targetY)});
}

} // namespace Actes
