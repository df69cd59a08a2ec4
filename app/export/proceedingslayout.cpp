#include "export/proceedingslayout.h"

#include "export/proceedingsdates.h"
#include "text/cleanhtml.h"

#include <QAbstractTextDocumentLayout>
#include <QCollator>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
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

namespace {

// Palette: near-black ink, a deep blue-green accent, quiet greys.
const QColor kInk(0x1c, 0x1c, 0x1c);
const QColor kMuted(0x5f, 0x66, 0x69);
const QColor kAccent(0x1f, 0x4e, 0x5a);
const QColor kRule(0x9f, 0xab, 0xae);
const QColor kTint(0xec, 0xf1, 0xf2);
const QColor kAlert(0xa3, 0x26, 0x2a);

// Preferred faces first; the last ones ship with every Debian desktop.
QStringList serifFamilies()
{
    return {u"Linux Libertine O"_s, u"EB Garamond"_s, u"Caladea"_s, u"P052"_s, u"DejaVu Serif"_s};
}

QStringList sansFamilies()
{
    return {u"Linux Biolinum O"_s, u"Carlito"_s, u"Nimbus Sans"_s, u"DejaVu Sans"_s};
}

QString cssFamilies(const QStringList &families)
{
    QStringList quoted;
    for (const QString &family : families)
        quoted << u'\'' + family + u'\'';
    return quoted.join(u", "_s);
}

QFont makeFont(const QStringList &families, qreal pointSize, int weight = QFont::Normal, bool italic = false)
{
    QFont font;
    font.setFamilies(families);
    font.setPointSizeF(pointSize);
    font.setWeight(QFont::Weight(weight));
    font.setItalic(italic);
    font.setKerning(true);
    // A tiny letter spacing turns ligatures off in Qt's shaper: a ligature glyph maps back to one
    // code point in the PDF (U+FB00 for "ff"), so "Goff" could not be searched or copied.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

QFont serif(qreal size, int weight = QFont::Normal, bool italic = false)
{
    return makeFont(serifFamilies(), size, weight, italic);
}

QFont sans(qreal size, int weight = QFont::Normal)
{
    return makeFont(sansFamilies(), size, weight);
}

QFont spaced(QFont font, qreal percent)
{
    font.setLetterSpacing(QFont::PercentageSpacing, percent);
    return font;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString normalisedForSearch(QString text)
{
    text.replace(QChar(0x00A0), u' ');
    text.replace(QChar(0x202F), u' ');
    text.replace(QChar(0x2019), u'\'');
    return text;
}

// The surname first, for sorting and display in the index: "Cornu, Sébastien".
// "DUPONT Marie" (surname in capitals) and particles ("de", "van"...) are recognised.
struct PersonKey
{
    QString display;
    QString sortKey;
};

PersonKey personKey(const QString &name)
{
    static const QStringList particles = {u"de"_s, u"du"_s, u"des"_s, u"d'"_s, u"d\u2019"_s, u"le"_s, u"la"_s,
                                          u"van"_s, u"von"_s, u"di"_s, u"da"_s, u"del"_s};
    const QStringList words = name.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2)
        return {name.simplified(), name.simplified()};
    const auto isUpperWord = [](const QString &word) {
        bool letters = false;
        for (QChar c : word) {
            if (c.isLetter()) {
                letters = true;
                if (!c.isUpper())
                    return false;
            }
        }
        return letters && word.size() > 1;
    };
    QStringList surname;
    QStringList given;
    const qsizetype upperCount = std::count_if(words.cbegin(), words.cend(), isUpperWord);
    if (upperCount > 0 && upperCount < words.size()) {
        for (const QString &word : words)
            (isUpperWord(word) ? surname : given) << word;
    } else {
        qsizetype split = words.size() - 1;
        while (split > 1 && particles.contains(words.at(split - 1).toLower()))
            --split;
        given = words.mid(0, split);
        surname = words.mid(split);
    }
    const QString display = surname.join(u' ') + u", "_s + given.join(u' ');
    return {display, surname.join(u' ') + u' ' + given.join(u' ')};
}

struct Heading
{
    QString title;
    int level = 0;
    int page = 0;       // within the chapter
    qreal y = 0;        // within the text area
};

struct Chapter
{
    const Resource *resource = nullptr;
    std::unique_ptr<QTextDocument> document;
    int firstPage = 0;  // absolute, 0-based
    int pageCount = 0;
    QList<Heading> headings;
    // Blocks whose lines run over more than one page, with their first and last page.
    struct SplitBlock
    {
        QTextBlock block;
        int firstPage = 0;
        int lastPage = 0;
    };
    QList<SplitBlock> splitBlocks;
};

// An item of the contents or of the index, measured, then placed by paginate().
struct FlowItem
{
    enum class Kind { Contents, Section, Letter, Entry };
    Kind kind = Kind::Entry;
    QString text;
    QString detail;
    QList<int> pages;   // absolute, 0-based
    std::shared_ptr<QTextLayout> textLayout;
    std::shared_ptr<QTextLayout> numbersLayout;
    bool numbersBelow = false;
    qreal height = 0;
    qreal spaceBefore = 0;
    bool keepWithNext = false;
    int page = 0;       // relative to the first page of the flow
    int column = 0;
    qreal y = 0;
};

} // namespace

struct ProceedingsLayout::Private
{
    ProceedingsOptions options;
    QString title;
    QList<Resource> resources;

    QPagedPaintDevice *device = nullptr;
    QPainter *painter = nullptr;
    qreal dpi = 72;
    QRectF pageRect;    // full page, device units, page origin
    QRectF textRect;

    std::vector<Chapter> chapters;
    QList<FlowItem> contents;
    QList<FlowItem> index;
    int contentsPages = 0;
    int indexPages = 0;
    int indexFirstPage = 0;
    int totalPages = 0;
    int pagesPainted = 0;
    QImage logo;
    ProceedingsNavigation *navigation = nullptr;

    qreal mm(qreal value) const { return value * dpi / 25.4; }
    qreal pt(qreal value) const { return value * dpi / 72.0; }
    qreal toPoints(qreal value) const { return value * 72.0 / dpi; }
    qreal columnGap() const { return mm(8); }
    qreal indexColumnWidth() const { return (textRect.width() - columnGap()) / 2; }

    void setupGeometry();
    QString chapterHtml(const Resource &resource, QTextDocument *document) const;
    QString resolveImages(const QString &html, QTextDocument *document) const;
    void layoutChapter(Chapter &chapter);
    int pageOfBlock(const QTextDocument *document, const QTextBlock &block, qreal *y = nullptr) const;
    void keepHeadingsWithNext(QTextDocument *document) const;
    void fitImageParagraphs(QTextDocument *document) const;
    void collectHeadings(Chapter &chapter) const;
    void buildContents();
    void buildIndex();
    void measure(FlowItem &item, qreal width) const;
    int paginate(QList<FlowItem> &items, int columns, qreal firstPageOffset) const;
    qreal flowTitleHeight() const;

    bool startPage();
    void paintCover();
    void paintFlowTitle(const QString &text);
    void paintContentsPage(int page);
    void paintIndexPage(int page);
    void paintChapterPage(const Chapter &chapter, int page);
    void paintRunningHeads(int absolutePage, const QString &section);
    void paintLeaders(qreal from, qreal to, qreal baseline);
    void addLink(int page, const QRectF &rect, int targetPage, qreal targetY);
    void addTarget(const QString &text, int level, int page, qreal y);
};

ProceedingsLayout::ProceedingsLayout(const ProceedingsOptions &options, const QString &title,
                                     const QList<Resource> &resources)
    : d(std::make_unique<Private>())
{
    d->options = options;
    d->title = title;
    d->resources = resources;
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

QString ProceedingsLayout::internalMark()
{
    return tr("Internal document \u2013 do not distribute");
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
        if (src.startsWith(u"actes-image:"_s) && options.imageLoader)
            image = QImage::fromData(options.imageLoader(src.mid(12)));
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

    const QString date = ProceedingsDates::formatDateRange(resource.dateStart, resource.dateEnd);
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
    return html;
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

qreal ProceedingsLayout::Private::flowTitleHeight() const
{
    return mm(34);
}

void ProceedingsLayout::Private::measure(FlowItem &item, qreal width) const
{
    const auto makeLayout = [this](const QString &text, const QFont &font, qreal lineWidth,
                                   Qt::Alignment alignment = Qt::AlignLeft) {
        auto layout = std::make_shared<QTextLayout>(text, font, device);
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WordWrap);
        layout->setTextOption(option);
        layout->beginLayout();
        qreal y = 0;
        const qreal leading = QFontMetricsF(font, device).leading() + QFontMetricsF(font, device).height() * 0.12;
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(lineWidth);
            line.setPosition(QPointF(0, y));
            y += line.height() + leading;
        }
        layout->endLayout();
        return layout;
    };
    const auto layoutHeight = [](const QTextLayout &layout) {
        const QTextLine last = layout.lineAt(layout.lineCount() - 1);
        return last.y() + last.height();
    };

    switch (item.kind) {
    case FlowItem::Kind::Contents: {
        const qreal numberColumn = mm(16);
        item.textLayout = makeLayout(item.text, serif(11), width - numberColumn);
        item.height = layoutHeight(*item.textLayout);
        if (!item.detail.isEmpty())
            item.height += QFontMetricsF(sans(7.5), device).height() + mm(0.8);
        item.spaceBefore = mm(4.2);
        break;
    }
    case FlowItem::Kind::Section:
        item.textLayout = makeLayout(item.text, serif(15), width);
        item.height = layoutHeight(*item.textLayout) + mm(2.5);
        item.spaceBefore = mm(7);
        item.keepWithNext = true;
        break;
    case FlowItem::Kind::Letter:
        item.textLayout = makeLayout(item.text, sans(9.5, QFont::Bold), width);
        item.height = layoutHeight(*item.textLayout) + mm(1);
        item.spaceBefore = mm(3.5);
        item.keepWithNext = true;
        break;
    case FlowItem::Kind::Entry: {
        QStringList numbers;
        for (int page : std::as_const(item.pages))
            numbers << QString::number(page + 1);
        const QFont font = serif(9.5);
        const QString numberText = numbers.join(u", "_s);
        const qreal numbersWidth = QFontMetricsF(font, device).horizontalAdvance(numberText);
        item.numbersBelow = numbersWidth > width * 0.45;
        if (item.numbersBelow) {
            item.textLayout = makeLayout(item.text, font, width);
            item.numbersLayout = makeLayout(numberText, font, width - mm(6), Qt::AlignRight);
            item.height = layoutHeight(*item.textLayout) + layoutHeight(*item.numbersLayout) + mm(0.5);
        } else {
            item.textLayout = makeLayout(item.text, font, width - numbersWidth - mm(5));
            item.numbersLayout = makeLayout(numberText, font, numbersWidth + 1, Qt::AlignRight);
            item.height = layoutHeight(*item.textLayout);
        }
        item.spaceBefore = mm(1.1);
        break;
    }
    }
}

int ProceedingsLayout::Private::paginate(QList<FlowItem> &items, int columns, qreal firstPageOffset) const
{
    const qreal columnHeight = textRect.height();
    int page = 0;
    int column = 0;
    qreal top = firstPageOffset;
    qreal y = top;
    for (qsizetype i = 0; i < items.size(); ++i) {
        FlowItem &item = items[i];
        qreal space = y > top ? item.spaceBefore : 0;
        qreal needed = space + item.height;
        if (item.keepWithNext && i + 1 < items.size())
            needed += items.at(i + 1).spaceBefore + items.at(i + 1).height;
        if (y + needed > columnHeight && y > top) {
            if (++column == columns) {
                column = 0;
                ++page;
                top = 0;
            }
            y = top;
            space = 0;
        }
        item.page = page;
        item.column = column;
        item.y = y + space;
        y += space + item.height;
    }
    return page + 1;
}

void ProceedingsLayout::Private::buildContents()
{
    contents.clear();
    const qreal width = textRect.width();
    for (const Chapter &chapter : chapters) {
        FlowItem item;
        item.kind = FlowItem::Kind::Contents;
        item.text = chapter.resource->title;
        QStringList detail;
        const QString date = ProceedingsDates::formatDateRange(chapter.resource->dateStart, chapter.resource->dateEnd);
        if (!date.isEmpty())
            detail << date;
        if (!chapter.resource->place.isEmpty())
            detail << chapter.resource->place;
        if (!chapter.resource->type.isEmpty())
            detail << chapter.resource->type;
        item.detail = detail.join(u"  \u00B7  "_s);
        measure(item, width);
        contents.append(item);
    }
    FlowItem indexItem;
    indexItem.kind = FlowItem::Kind::Contents;
    indexItem.text = tr("Index of people and organisations");
    measure(indexItem, width);
    contents.append(indexItem);
    contentsPages = paginate(contents, 1, flowTitleHeight());
}

void ProceedingsLayout::Private::buildIndex()
{
    struct Entry
    {
        QString display;
        QString sortKey;
        QList<int> pages;
    };
    QHash<QString, Entry> people;
    QHash<QString, Entry> organisations;

    const auto addPages = [](QHash<QString, Entry> &map, const QString &display, const QString &sortKey,
                             const QList<int> &pages) {
        const QString key = display.simplified().toCaseFolded();
        Entry &entry = map[key];
        if (entry.display.isEmpty()) {
            entry.display = display.simplified();
            entry.sortKey = sortKey;
        }
        for (int page : pages)
            if (!entry.pages.contains(page))
                entry.pages.append(page);
    };

    for (const Chapter &chapter : chapters) {
        // Pages of the chapter where `name` occurs (the table row, and any mention in the text).
        const QTextDocument *document = chapter.document.get();
        const qreal pageHeight = document->pageSize().height();
        struct BlockText
        {
            QTextBlock block;
            QString text;
        };
        std::vector<BlockText> blocks;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
            if (block.length() > 1)
                blocks.push_back({block, normalisedForSearch(block.text())});
        const auto pagesOf = [&](const QString &name) {
            QList<int> pages;
            const QString needle = normalisedForSearch(name.simplified());
            if (needle.isEmpty())
                return pages;
            for (const BlockText &entry : blocks) {
                const QString &text = entry.text;
                for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
                     at = text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive)) {
                    const bool startOk = at == 0 || !text.at(at - 1).isLetterOrNumber();
                    const qsizetype end = at + needle.size();
                    const bool endOk = end >= text.size() || !text.at(end).isLetterOrNumber();
                    if (!startOk || !endOk)
                        continue;
                    const QTextLine line = entry.block.layout()->lineForTextPosition(int(at));
                    const qreal top = document->documentLayout()->blockBoundingRect(entry.block).top()
                            + (line.isValid() ? line.y() : 0);
                    const int page = chapter.firstPage + int(std::floor(top / pageHeight));
                    if (!pages.contains(page))
                        pages.append(page);
                }
            }
            if (pages.isEmpty())
                pages.append(chapter.firstPage);
            return pages;
        };
        for (const Participant &participant : chapter.resource->participants) {
            if (!participant.name.trimmed().isEmpty()) {
                const PersonKey key = personKey(participant.name);
                addPages(people, key.display, key.sortKey, pagesOf(participant.name));
            }
            if (!participant.organisation.trimmed().isEmpty())
                addPages(organisations, participant.organisation, participant.organisation,
                         pagesOf(participant.organisation));
        }
        for (const Partner &partner : chapter.resource->partners)
            if (!partner.name.trimmed().isEmpty())
                addPages(organisations, partner.name, partner.name, pagesOf(partner.name));
    }

    QCollator collator{QLocale(QLocale::French, QLocale::France)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    const qreal width = indexColumnWidth();
    index.clear();
    const auto addSection = [&](const QString &title, QHash<QString, Entry> &map) {
        if (map.isEmpty())
            return;
        QList<Entry> entries = map.values();
        std::sort(entries.begin(), entries.end(), [&collator](const Entry &a, const Entry &b) {
            return collator.compare(a.sortKey, b.sortKey) < 0;
        });
        FlowItem section;
        section.kind = FlowItem::Kind::Section;
        section.text = title;
        measure(section, width);
        index.append(section);
        QString currentLetter;
        for (Entry &entry : entries) {
            // Initial without accent: É files under E.
            QString letter = entry.sortKey.left(1).normalized(QString::NormalizationForm_D).left(1).toUpper();
            if (!letter.isEmpty() && !letter.at(0).isLetter())
                letter = u"#"_s;
            if (letter != currentLetter) {
                currentLetter = letter;
                FlowItem heading;
                heading.kind = FlowItem::Kind::Letter;
                heading.text = letter;
                measure(heading, width);
                index.append(heading);
            }
            std::sort(entry.pages.begin(), entry.pages.end());
            FlowItem item;
            item.kind = FlowItem::Kind::Entry;
            item.text = entry.display;
            item.pages = entry.pages;
            measure(item, width);
            index.append(item);
        }
    };
    addSection(tr("People"), people);
    addSection(tr("Organisations"), organisations);
    if (index.isEmpty()) {
        FlowItem none;
        none.kind = FlowItem::Kind::Entry;
        none.text = tr("No participant or partner is recorded in these reports.");
        measure(none, width);
        index.append(none);
    }
    indexPages = paginate(index, 2, flowTitleHeight());
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
        d->layoutChapter(d->chapters[size_t(i)]);
        if (!step())
            return false;
    }
    d->buildContents();
    int page = 1 + d->contentsPages;
    for (Chapter &chapter : d->chapters) {
        chapter.firstPage = page;
        page += chapter.pageCount;
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
    d->addTarget(tr("Contents"), 0, 1, 0);
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
        if (!step()) {
            painter->restore();
            return false;
        }
    }
    d->addTarget(tr("Index"), 0, d->indexFirstPage, 0);
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

void ProceedingsLayout::Private::paintRunningHeads(int absolutePage, const QString &section)
{
    QPainter &p = *painter;
    p.save();
    const qreal ruleY = textRect.top() - mm(7);
    const QFont headFont = spaced(sans(7.5), 104);
    const QFontMetricsF headMetrics(headFont, device);
    p.setFont(headFont);
    p.setPen(kMuted);
    const qreal half = textRect.width() * 0.48;
    const qreal baseline = ruleY - mm(2);
    p.drawText(QPointF(textRect.left(), baseline), headMetrics.elidedText(title, Qt::ElideRight, half));
    const QString right = headMetrics.elidedText(section, Qt::ElideRight, half);
    p.drawText(QPointF(textRect.right() - headMetrics.horizontalAdvance(right), baseline), right);
    p.setPen(QPen(kRule, pt(0.5)));
    p.drawLine(QPointF(textRect.left(), ruleY), QPointF(textRect.right(), ruleY));

    const qreal footRuleY = textRect.bottom() + mm(7);
    p.drawLine(QPointF(textRect.left(), footRuleY), QPointF(textRect.right(), footRuleY));
    const QFont numberFont = serif(9);
    const QFontMetricsF numberMetrics(numberFont, device);
    // "X / Y" drawn in three runs with an explicit gap: some serif faces have a space so narrow
    // that text extraction (search, copy, screen readers) would read "2/9".
    const QString current = QString::number(absolutePage + 1);
    const QString slash = u"/"_s;
    const QString total = QString::number(totalPages);
    const qreal gap = numberMetrics.height() * 0.45;
    p.setFont(numberFont);
    p.setPen(kInk);
    const qreal footBaseline = footRuleY + mm(2.5) + numberMetrics.ascent();
    qreal x = textRect.right() - numberMetrics.horizontalAdvance(total);
    p.drawText(QPointF(x, footBaseline), total);
    x -= gap + numberMetrics.horizontalAdvance(slash);
    p.drawText(QPointF(x, footBaseline), slash);
    x -= gap + numberMetrics.horizontalAdvance(current);
    p.drawText(QPointF(x, footBaseline), current);
    if (!options.networkName.isEmpty()) {
        p.setFont(headFont);
        p.setPen(kMuted);
        const qreal room = options.includePrivate ? textRect.width() * 0.28 : half;
        p.drawText(QPointF(textRect.left(), footBaseline),
                   headMetrics.elidedText(options.networkName, Qt::ElideRight, room));
    }
    if (options.includePrivate) {
        const QFont markFont = spaced(sans(7.5, QFont::Bold), 106);
        const QFontMetricsF markMetrics(markFont, device);
        const QString mark = ProceedingsLayout::internalMark().toUpper();
        p.setFont(markFont);
        p.setPen(kAlert);
        p.drawText(QPointF(textRect.center().x() - markMetrics.horizontalAdvance(mark) / 2, footBaseline), mark);
    }
    p.restore();
}

void ProceedingsLayout::Private::paintCover()
{
    QPainter &p = *painter;
    p.save();
    const qreal left = textRect.left();
    const qreal width = textRect.width();

    // Top: logo and network name, over a hairline.
    qreal top = textRect.top() - mm(6);
    qreal bandBottom = top;
    if (!logo.isNull()) {
        QSizeF size = logo.size();
        size.scale(QSizeF(mm(45), mm(24)), Qt::KeepAspectRatio);
        p.drawImage(QRectF(QPointF(left, top), size), logo);
        bandBottom = top + size.height();
    }
    if (!options.networkName.isEmpty()) {
        const QFont font = spaced(sans(8.5), 110);
        const QFontMetricsF metrics(font, device);
        QTextLayout layout(options.networkName.toUpper(), font, device);
        QTextOption option(logo.isNull() ? Qt::AlignLeft : Qt::AlignRight);
        option.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(option);
        const qreal boxWidth = logo.isNull() ? width : width * 0.5;
        layout.beginLayout();
        qreal y = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(boxWidth);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout.endLayout();
        p.setPen(kAccent);
        const qreal textTop = logo.isNull() ? top : std::max(top, bandBottom - y);
        layout.draw(&p, QPointF(left + width - boxWidth, textTop));
        bandBottom = std::max(bandBottom, textTop + y);
    }
    p.setPen(QPen(kRule, pt(0.6)));
    p.drawLine(QPointF(left, bandBottom + mm(5)), QPointF(left + width, bandBottom + mm(5)));

    // Title block at about a third of the page, with an accent bar on its left.
    const auto drawWrapped = [&](const QString &text, const QFont &font, const QColor &color, qreal y,
                                 qreal lineFactor) {
        QTextLayout layout(text, font, device);
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(option);
        layout.beginLayout();
        qreal lineY = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width - mm(10));
            line.setPosition(QPointF(0, lineY));
            lineY += line.height() * lineFactor;
        }
        layout.endLayout();
        p.setPen(color);
        layout.draw(&p, QPointF(left + mm(10), y));
        return y + lineY;
    };
    const qreal blockTop = pageRect.height() * 0.33;
    qreal y = blockTop;
    y = drawWrapped(tr("PROCEEDINGS"), spaced(sans(9, QFont::DemiBold), 125), kAccent, y, 1.0) + mm(5);
    y = drawWrapped(title, serif(30), kInk, y, 1.08) + mm(3);
    if (!options.subtitle.isEmpty())
        y = drawWrapped(options.subtitle, serif(15, QFont::Normal, true), kMuted, y + mm(1), 1.1) + mm(2);
    const QString period = ProceedingsDates::formatPeriod(resources);
    if (!period.isEmpty())
        y = drawWrapped(period, sans(11), kAccent, y + mm(4), 1.0);
    p.fillRect(QRectF(left, blockTop, mm(1.6), y - blockTop), kAccent);

    // Bottom: how many reports, and the internal mark when relevant.
    const QFont smallFont = sans(8.5);
    const QFontMetricsF smallMetrics(smallFont, device);
    const qreal bottom = textRect.bottom();
    p.setFont(smallFont);
    p.setPen(kMuted);
    const QString count = tr("%n event report(s)", nullptr, int(resources.size()));
    p.drawText(QPointF(left + mm(10), bottom - smallMetrics.descent()), count);
    if (options.includePrivate) {
        const QFont markFont = spaced(sans(10, QFont::Bold), 108);
        const QFontMetricsF markMetrics(markFont, device);
        const QString mark = ProceedingsLayout::internalMark().toUpper();
        const QRectF box(left, bottom - mm(26), width, markMetrics.height() + mm(6));
        p.setPen(QPen(kAlert, pt(1.2)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(box);
        p.setFont(markFont);
        p.setPen(kAlert);
        p.drawText(box, Qt::AlignCenter, mark);
    }
    p.restore();
}

void ProceedingsLayout::Private::paintFlowTitle(const QString &text)
{
    QPainter &p = *painter;
    const QFont font = serif(24);
    const QFontMetricsF metrics(font, device);
    p.setFont(font);
    p.setPen(kAccent);
    const qreal baseline = textRect.top() + mm(8) + metrics.ascent();
    p.drawText(QPointF(textRect.left(), baseline), text);
    p.fillRect(QRectF(textRect.left(), baseline + mm(5), mm(18), pt(1.5)), kAccent);
}

void ProceedingsLayout::Private::paintLeaders(qreal from, qreal to, qreal baseline)
{
    const qreal step = mm(1.6);
    QPolygonF dots;
    // Aligned on a grid from the right edge, so leaders line up from one entry to the next.
    for (qreal x = to - step; x > from; x -= step)
        dots << QPointF(x, baseline - pt(1.2));
    if (dots.isEmpty())
        return;
    QPen pen(kRule, pt(1.0));
    pen.setCapStyle(Qt::RoundCap);
    painter->setPen(pen);
    painter->drawPoints(dots);
}

void ProceedingsLayout::Private::paintContentsPage(int page)
{
    QPainter &p = *painter;
    const int absolutePage = 1 + page;
    if (page == 0)
        paintFlowTitle(tr("Contents"));
    paintRunningHeads(absolutePage, tr("Contents"));
    p.save();
    const QFont numberFont = serif(11);
    const QFontMetricsF numberMetrics(numberFont, device);
    const QFont detailFont = sans(7.5);
    const QFontMetricsF detailMetrics(detailFont, device);
    for (qsizetype i = 0; i < contents.size(); ++i) {
        const FlowItem &item = contents.at(i);
        if (item.page != page)
            continue;
        const int target = i < qsizetype(chapters.size()) ? chapters[size_t(i)].firstPage : indexFirstPage;
        const QPointF origin(textRect.left(), textRect.top() + item.y);
        p.setPen(kInk);
        item.textLayout->draw(&p, origin);
        const QTextLine last = item.textLayout->lineAt(item.textLayout->lineCount() - 1);
        const qreal baseline = origin.y() + last.y() + last.ascent();
        const QString number = QString::number(target + 1);
        const qreal numberWidth = numberMetrics.horizontalAdvance(number);
        paintLeaders(origin.x() + last.naturalTextWidth() + mm(2), textRect.right() - numberWidth - mm(2), baseline);
        p.setFont(numberFont);
        p.setPen(kInk);
        p.drawText(QPointF(textRect.right() - numberWidth, baseline), number);
        if (!item.detail.isEmpty()) {
            p.setFont(detailFont);
            p.setPen(kMuted);
            p.drawText(QPointF(origin.x(), origin.y() + last.y() + last.height() + mm(0.8) + detailMetrics.ascent()),
                       detailMetrics.elidedText(item.detail, Qt::ElideRight, textRect.width() - mm(16)));
        }
        addLink(absolutePage, QRectF(origin.x(), origin.y(), textRect.width(), item.height), target, 0);
    }
    p.restore();
}

void ProceedingsLayout::Private::paintIndexPage(int page)
{
    QPainter &p = *painter;
    const int absolutePage = indexFirstPage + page;
    if (page == 0)
        paintFlowTitle(tr("Index"));
    paintRunningHeads(absolutePage, tr("Index"));
    p.save();
    const qreal columnWidth = indexColumnWidth();
    for (const FlowItem &item : std::as_const(index)) {
        if (item.page != page)
            continue;
        const QPointF origin(textRect.left() + item.column * (columnWidth + columnGap()), textRect.top() + item.y);
        switch (item.kind) {
        case FlowItem::Kind::Section:
            p.setPen(kAccent);
            item.textLayout->draw(&p, origin);
            p.setPen(QPen(kRule, pt(0.5)));
            p.drawLine(QPointF(origin.x(), origin.y() + item.height - mm(1)),
                       QPointF(origin.x() + columnWidth, origin.y() + item.height - mm(1)));
            break;
        case FlowItem::Kind::Letter:
            p.setPen(kAccent);
            item.textLayout->draw(&p, origin);
            break;
        case FlowItem::Kind::Contents:
            break;
        case FlowItem::Kind::Entry: {
            p.setPen(kInk);
            item.textLayout->draw(&p, origin);
            if (!item.numbersLayout)
                break;
            const QTextLine last = item.textLayout->lineAt(item.textLayout->lineCount() - 1);
            QPointF numbersOrigin;
            if (item.numbersBelow) {
                numbersOrigin = QPointF(origin.x() + mm(6), origin.y() + last.y() + last.height() + mm(0.5));
            } else {
                const QTextLine numbersLine = item.numbersLayout->lineAt(0);
                const qreal numbersWidth = numbersLine.naturalTextWidth();
                numbersOrigin = QPointF(origin.x() + columnWidth - numbersLine.width(), origin.y() + last.y());
                paintLeaders(origin.x() + last.naturalTextWidth() + mm(1.5),
                             origin.x() + columnWidth - numbersWidth - mm(1.5), origin.y() + last.y() + last.ascent());
            }
            p.setPen(kInk);
            item.numbersLayout->draw(&p, numbersOrigin);
            // One link per page number.
            int start = 0;
            for (int target : item.pages) {
                const int length = int(QString::number(target + 1).size());
                const QTextLine line = item.numbersLayout->lineForTextPosition(start);
                if (line.isValid()) {
                    const qreal x1 = line.cursorToX(start);
                    const qreal x2 = line.cursorToX(start + length);
                    addLink(absolutePage, QRectF(numbersOrigin.x() + x1 - pt(1), numbersOrigin.y() + line.y(),
                                                 x2 - x1 + pt(2), line.height()), target, 0);
                }
                start += length + 2;
            }
            break;
        }
        }
    }
    p.restore();
}

void ProceedingsLayout::Private::paintChapterPage(const Chapter &chapter, int page)
{
    QPainter &p = *painter;
    const QTextDocument *document = chapter.document.get();
    const qreal pageHeight = document->pageSize().height();
    p.save();
    p.translate(textRect.left(), textRect.top() - page * pageHeight);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, kInk);
    // A little room on the sides for italic overhangs; lines never straddle the page edge.
    context.clip = QRectF(-mm(4), page * pageHeight, textRect.width() + mm(8), pageHeight);
    p.setClipRect(context.clip);
    // QTextLayout::draw() also paints the last line above the clip (it starts from the last line
    // that ends above it). Under the clip that line is invisible but it would still be in the PDF,
    // found by search and copy. So the continuation of a paragraph split over pages is drawn here,
    // line by line, and hidden from the document layout meanwhile (no relayout: drawing only).
    QList<QTextBlock> hidden;
    for (const Chapter::SplitBlock &split : chapter.splitBlocks) {
        if (split.firstPage < page && page <= split.lastPage) {
            QTextBlock block = split.block;
            block.setVisible(false);
            hidden.append(block);
        }
    }
    document->documentLayout()->draw(&p, context);
    p.setPen(kInk);
    for (QTextBlock &block : hidden) {
        block.setVisible(true);
        const QTextLayout *layout = block.layout();
        const QRectF rect = document->documentLayout()->blockBoundingRect(block);
        const QPointF origin = rect.topLeft() - layout->boundingRect().topLeft();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            if (int(std::floor((origin.y() + line.y() + line.height() * 0.5) / pageHeight)) == page)
                line.draw(&p, origin);
        }
    }
    p.restore();
    paintRunningHeads(chapter.firstPage + page, chapter.resource->title);
}

} // namespace Actes
