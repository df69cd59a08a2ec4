#include "export/proceedingslayout.h"
#include "export/proceedingslayoutdetail.h"

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

using namespace ProceedingsDetail;

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
    case FlowItem::Kind::ContentsAnnex: {
        // Under its chapter, indented, smaller.
        const qreal numberColumn = mm(16);
        item.textLayout = makeLayout(item.text, serif(9.5, QFont::Normal, true), width - numberColumn - mm(6));
        item.height = layoutHeight(*item.textLayout);
        item.spaceBefore = mm(1.6);
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
        if (numbers.isEmpty()) {
            // A line without page numbers (the index says nobody is recorded): no leaders.
            item.textLayout = makeLayout(item.text, font, width);
            item.height = layoutHeight(*item.textLayout);
            item.spaceBefore = mm(1.1);
            break;
        }
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
    for (size_t c = 0; c < chapters.size(); ++c) {
        const Chapter &chapter = chapters[c];
        FlowItem item;
        item.kind = FlowItem::Kind::Contents;
        item.chapter = int(c);
        item.text = chapter.resource->title;
        QStringList detail;
        const QString date = ProceedingsDates::formatDateRange(chapter.resource->dateStart, chapter.resource->dateEnd,
                                                               options.language.code());
        if (!date.isEmpty())
            detail << date;
        if (!chapter.resource->place.isEmpty())
            detail << chapter.resource->place;
        if (!chapter.resource->type.isEmpty())
            detail << chapter.resource->type;
        item.detail = detail.join(u"  \u00B7  "_s);
        measure(item, width);
        contents.append(item);
        for (qsizetype a = 0; a < chapter.annexes.size(); ++a) {
            FlowItem annex;
            annex.kind = FlowItem::Kind::ContentsAnnex;
            annex.chapter = int(c);
            annex.annex = int(a);
            annex.text = annexHeading(annexes.at(chapter.annexes.at(a).index));
            measure(annex, width);
            contents.append(annex);
        }
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

    QCollator collator{options.language.locale()};
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
        const QString mark = ProceedingsLayout::internalMark(options.language).toUpper();
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
    const QString period = ProceedingsDates::formatPeriod(resources, options.language.code());
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
        const QString mark = ProceedingsLayout::internalMark(options.language).toUpper();
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
        const bool annex = item.kind == FlowItem::Kind::ContentsAnnex;
        const int target = item.chapter < 0 ? indexFirstPage
                : annex ? chapters[size_t(item.chapter)].annexes.at(item.annex).firstPage
                        : chapters[size_t(item.chapter)].firstPage;
        const QPointF origin(textRect.left() + (annex ? mm(6) : 0), textRect.top() + item.y);
        p.setPen(annex ? kMuted : kInk);
        item.textLayout->draw(&p, origin);
        const QTextLine last = item.textLayout->lineAt(item.textLayout->lineCount() - 1);
        const qreal baseline = origin.y() + last.y() + last.ascent();
        const QString number = QString::number(target + 1);
        const QFont font = annex ? serif(9.5) : numberFont;
        const qreal numberWidth = QFontMetricsF(font, device).horizontalAdvance(number);
        paintLeaders(origin.x() + last.naturalTextWidth() + mm(2), textRect.right() - numberWidth - mm(2), baseline);
        p.setFont(font);
        p.setPen(kInk);
        p.drawText(QPointF(textRect.right() - numberWidth, baseline), number);
        if (!item.detail.isEmpty()) {
            p.setFont(detailFont);
            p.setPen(kMuted);
            p.drawText(QPointF(origin.x(), origin.y() + last.y() + last.height() + mm(0.8) + detailMetrics.ascent()),
                       detailMetrics.elidedText(item.detail, Qt::ElideRight, textRect.width() - mm(16)));
        }
        addLink(absolutePage, QRectF(origin.x(), origin.y(), textRect.right() - origin.x(), item.height), target, 0);
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
        case FlowItem::Kind::ContentsAnnex:
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

// A page of an annex: the running heads and footer only; the attached page is drawn in
// annexArea() when the PDF is finished.
void ProceedingsLayout::Private::paintAnnexPage(const ProceedingsAnnex &annex, int absolutePage)
{
    paintRunningHeads(absolutePage, annexHeading(annex));
}

} // namespace Actes
