#include "text/cleanhtml.h"

#include "text/htmlsanitizer.h"

#include <QFont>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

enum Tag { TagA, TagStrong, TagEm, TagU, TagS, TagCount };

constexpr QLatin1String tagNames[TagCount] = {
    QLatin1String("a"), QLatin1String("strong"), QLatin1String("em"), QLatin1String("u"),
    QLatin1String("s"),
};

bool isCollapsibleSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f';
}

// Visible content, as opposed to spaces of any kind (U+00A0 and U+202F are kept as text but
// a paragraph holding only them is empty).
bool isVisible(QChar c)
{
    return !c.isSpace() && c != QChar(0x200B) && c != QChar(0xFEFF);
}

void appendEscaped(QString &out, QStringView text, bool attribute = false)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        QLatin1String rep;
        switch (u) {
        case u'&': rep = QLatin1String("&amp;"); break;
        case u'<': rep = QLatin1String("&lt;"); break;
        case u'>': rep = QLatin1String("&gt;"); break;
        case u'"':
            if (!attribute)
                continue;
            rep = QLatin1String("&quot;");
            break;
        default:
            continue;
        }
        out += text.mid(start, i - start);
        out += rep;
        start = i + 1;
    }
    out += text.mid(start);
}

bool wantTag(const InlineFormat &f, int tag)
{
    switch (tag) {
    case TagA: return !f.href.isEmpty();
    case TagStrong: return f.bold;
    case TagEm: return f.italic;
    case TagU: return f.underline;
    case TagS: return f.strike;
    }
    return false;
}

} // namespace

// --- CleanHtmlWriter ----------------------------------------------------------------------

CleanHtmlWriter::CleanHtmlWriter(int maxDepth)
    : m_maxDepth(std::max(4, maxDepth))
{
    m_stack.append(Node{});
}

bool CleanHtmlWriter::isInlineHost(Block kind) const
{
    return kind == Block::Paragraph || kind == Block::ListItem || kind == Block::Cell
        || kind == Block::HeaderCell;
}

void CleanHtmlWriter::setParagraphLevel(int level)
{
    m_paragraphLevel = level <= 0 ? 0 : std::clamp(level, 2, 4);
}

void CleanHtmlWriter::setParagraphAlignment(Qt::Alignment alignment)
{
    m_paragraphAlign = cleanAlignment(alignment);
}

void CleanHtmlWriter::push(Block kind, int colSpan, int rowSpan, bool synthetic)
{
    Node node;
    node.kind = kind;
    node.colSpan = std::clamp(colSpan, 1, 1000);
    node.rowSpan = std::clamp(rowSpan, 1, 1000);
    node.synthetic = synthetic;
    if (kind == Block::Paragraph) {
        node.level = m_paragraphLevel;
        node.align = m_paragraphAlign;
    }
    m_stack.append(std::move(node));
}

bool CleanHtmlWriter::canHold(Block child) const
{
    const Block parent = top();
    switch (child) {
    case Block::Root:
        return false;
    case Block::Paragraph:
    case Block::Blockquote:
    case Block::Table:
        return parent == Block::Root || parent == Block::Blockquote || parent == Block::Paragraph;
    case Block::BulletList:
    case Block::OrderedList:
        return parent == Block::Root || parent == Block::Blockquote || parent == Block::Paragraph
            || parent == Block::ListItem || parent == Block::BulletList
            || parent == Block::OrderedList;
    case Block::ListItem:
        return parent == Block::Root || parent == Block::Blockquote || parent == Block::Paragraph
            || parent == Block::ListItem || parent == Block::BulletList
            || parent == Block::OrderedList;
    case Block::TableHead:
        return parent == Block::Table && !m_stack.constLast().hasThead
            && !m_stack.constLast().hasRows;
    case Block::TableBody:
        return parent == Block::Table;
    case Block::Row:
        return parent == Block::Table || parent == Block::TableHead || parent == Block::TableBody
            || parent == Block::Row;
    case Block::Cell:
    case Block::HeaderCell:
        return parent == Block::Table || parent == Block::TableHead || parent == Block::TableBody
            || parent == Block::Row || parent == Block::Cell || parent == Block::HeaderCell;
    }
    return false;
}

bool CleanHtmlWriter::open(Block kind, int colSpan, int rowSpan, bool synthetic)
{
    if (top() == Block::Paragraph)
        closeTop();
    if (kind == Block::Row && (top() == Block::Cell || top() == Block::HeaderCell))
        closeTop(); // the next row of the same table
    if (!canHold(kind))
        return false;
    // Structural blocks deeper than the cap are refused (the caller flattens them); the rows
    // and cells of a table already open are always accepted.
    const bool structural = kind == Block::Blockquote || kind == Block::BulletList
        || kind == Block::OrderedList || kind == Block::Table || kind == Block::ListItem;
    if (structural && depth() >= m_maxDepth)
        return false;

    switch (kind) {
    case Block::Root:
        return false;
    case Block::Paragraph:
    case Block::Blockquote:
    case Block::Table:
    case Block::TableBody:
        push(kind);
        return true;
    case Block::BulletList:
    case Block::OrderedList:
        if (top() == Block::BulletList || top() == Block::OrderedList)
            push(Block::ListItem); // <ul><ul> as browsers show it: nested in an item
        push(kind, 1, 1, synthetic);
        return true;
    case Block::ListItem:
        if (top() == Block::ListItem)
            closeTop();
        if (top() != Block::BulletList && top() != Block::OrderedList) {
            push(Block::BulletList);
            m_stack.last().implicit = true;
        }
        push(kind, 1, 1, synthetic);
        return true;
    case Block::TableHead:
        m_stack.last().hasThead = true;
        push(kind);
        return true;
    case Block::Row:
        if (top() == Block::Row)
            closeTop();
        if (top() == Block::Table) {
            m_stack.last().hasRows = true;
            if (m_stack.constLast().hasThead)
                push(Block::TableBody);
        }
        push(kind);
        return true;
    case Block::Cell:
    case Block::HeaderCell:
        if (top() == Block::Cell || top() == Block::HeaderCell)
            closeTop();
        if (top() != Block::Row)
            open(Block::Row);
        // Cells of a header row are header cells (that is how the document model sees them).
        if (m_stack.size() >= 2 && m_stack.at(m_stack.size() - 2).kind == Block::TableHead)
            kind = Block::HeaderCell;
        push(kind, colSpan, rowSpan);
        return true;
    }
    return false;
}

void CleanHtmlWriter::closeTo(int depth)
{
    depth = std::max(1, depth);
    while (this->depth() > depth)
        closeTop();
}

void CleanHtmlWriter::closeInline(Node &host)
{
    for (qsizetype i = host.openTags.size() - 1; i >= 0; --i) {
        host.html += "</"_L1;
        host.html += tagNames[host.openTags[i]];
        host.html += u'>';
    }
    host.openTags.clear();
    host.openHref.clear();
}

void CleanHtmlWriter::closeTop()
{
    if (m_stack.size() <= 1)
        return;
    Node node = m_stack.takeLast();
    closeInline(node);
    Node &parent = m_stack.last();

    QString open;
    QString close;
    bool keep = node.meaningful;
    switch (node.kind) {
    case Block::Root:
        return;
    case Block::Paragraph: {
        const QString name = node.level ? u"h%1"_s.arg(node.level) : u"p"_s;
        const QLatin1String align = alignmentAttribute(node.align);
        open = u'<' + name;
        if (!align.isEmpty())
            open += " align=\""_L1 + align + u'"';
        open += u'>';
        close = "</"_L1 + name + ">\n"_L1;
        break;
    }
    case Block::Blockquote:
        open = u"<blockquote>\n"_s;
        close = u"</blockquote>\n"_s;
        break;
    case Block::BulletList:
        open = u"<ul>\n"_s;
        close = u"</ul>\n"_s;
        break;
    case Block::OrderedList:
        open = u"<ol>\n"_s;
        close = u"</ol>\n"_s;
        break;
    case Block::ListItem:
        open = u"<li>"_s;
        close = u"</li>\n"_s;
        break;
    case Block::Table:
        open = u"<table>\n"_s;
        close = u"</table>\n"_s;
        keep = node.meaningful && node.hasChild;
        break;
    case Block::TableHead:
        open = u"<thead>\n"_s;
        close = u"</thead>\n"_s;
        keep = node.hasChild;
        break;
    case Block::TableBody:
        open = u"<tbody>\n"_s;
        close = u"</tbody>\n"_s;
        keep = node.hasChild;
        break;
    case Block::Row:
        open = u"<tr>"_s;
        close = u"</tr>\n"_s;
        keep = node.hasChild;
        break;
    case Block::Cell:
    case Block::HeaderCell: {
        const QLatin1String name = node.kind == Block::Cell ? "td"_L1 : "th"_L1;
        open = u"<"_s + name;
        if (node.colSpan > 1)
            open += u" colspan=\"%1\""_s.arg(node.colSpan);
        if (node.rowSpan > 1)
            open += u" rowspan=\"%1\""_s.arg(node.rowSpan);
        open += u'>';
        close = u"</"_s + name + u'>';
        keep = true;
        break;
    }
    }
    if (!keep) {
        if (node.kind == Block::TableHead)
            parent.hasThead = false; // no <tbody> for the rows that follow
        return;
    }
    if (isInlineHost(parent.kind)) {
        // A block inside a list item: the item's text stops before it.
        closeInline(parent);
        parent.inlineStarted = false;
        parent.anyInline = false; // no <br> right after the child block
        parent.pendingSpace = false;
        parent.pendingBreaks = 0;
        parent.softBreak = false;
    }
    parent.html += open;
    parent.html += node.html;
    parent.html += close;
    parent.hasChild = true;
    parent.meaningful = parent.meaningful || node.meaningful;
}

CleanHtmlWriter::Node &CleanHtmlWriter::inlineHost()
{
    if (top() == Block::Paragraph
        && (m_stack.constLast().level != m_paragraphLevel
            || m_stack.constLast().align != m_paragraphAlign)) {
        closeTop();
    }
    switch (top()) {
    case Block::Paragraph:
    case Block::ListItem:
    case Block::Cell:
    case Block::HeaderCell:
        break;
    case Block::Root:
    case Block::Blockquote:
        push(Block::Paragraph);
        break;
    case Block::BulletList:
    case Block::OrderedList:
        push(Block::ListItem);
        break;
    case Block::Table:
    case Block::TableHead:
    case Block::TableBody:
    case Block::Row:
        open(Block::Cell);
        break;
    }
    return m_stack.last();
}

void CleanHtmlWriter::transition(Node &host, const InlineFormat &wanted)
{
    InlineFormat format = wanted;
    if ((host.kind == Block::Paragraph && host.level > 0) || host.kind == Block::HeaderCell)
        format.bold = false; // bold already
    if (!format.href.isEmpty())
        format.underline = false; // links are underlined already
    qsizetype keep = 0;
    while (keep < host.openTags.size()) {
        const int tag = host.openTags[keep];
        if (!wantTag(format, tag) || (tag == TagA && host.openHref != format.href))
            break;
        ++keep;
    }
    for (qsizetype i = host.openTags.size() - 1; i >= keep; --i) {
        host.html += "</"_L1;
        host.html += tagNames[host.openTags[i]];
        host.html += u'>';
    }
    host.openTags.resize(keep);
    for (int tag = 0; tag < TagCount; ++tag) {
        if (!wantTag(format, tag) || host.openTags.contains(tag))
            continue;
        if (tag == TagA) {
            host.html += "<a href=\""_L1;
            appendEscaped(host.html, format.href, true);
            host.html += "\">"_L1;
            host.openHref = format.href;
        } else {
            host.html += u'<';
            host.html += tagNames[tag];
            host.html += u'>';
        }
        host.openTags.append(tag);
    }
}

void CleanHtmlWriter::beforeContent(Node &host, const InlineFormat &format)
{
    if (host.pendingBreaks > 0 || host.softBreak) {
        if (host.anyInline) {
            if (host.pendingBreaks > 0)
                transition(host, host.pendingBreakFormat);
            const int count = std::max(host.pendingBreaks, host.softBreak ? 1 : 0);
            for (int i = 0; i < count; ++i)
                host.html += "<br>"_L1;
        }
        host.pendingBreaks = 0;
        host.softBreak = false;
        host.pendingSpace = false;
    }
    if (host.pendingSpace) {
        transition(host, host.pendingSpaceFormat);
        host.html += u' ';
        host.pendingSpace = false;
    }
    transition(host, format);
}

void CleanHtmlWriter::text(QStringView text, const InlineFormat &format, bool preformatted)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text[i];
        if (isCollapsibleSpace(c)) {
            if (preformatted && c == u'\n') {
                lineBreak(format);
            } else if (isInlineHost(top())) {
                Node &host = m_stack.last();
                if (host.inlineStarted && !host.pendingSpace) {
                    host.pendingSpace = true;
                    host.pendingSpaceFormat = format;
                }
            }
            ++i;
            continue;
        }
        qsizetype j = i;
        bool visible = false;
        while (j < n && !isCollapsibleSpace(text[j])) {
            visible = visible || isVisible(text[j]);
            ++j;
        }
        Node &host = inlineHost();
        beforeContent(host, format);
        appendEscaped(host.html, text.mid(i, j - i));
        host.inlineStarted = true;
        host.anyInline = true;
        host.meaningful = host.meaningful || visible;
        i = j;
    }
}

void CleanHtmlWriter::lineBreak(const InlineFormat &format)
{
    if (!isInlineHost(top()))
        return;
    Node &host = m_stack.last();
    if (!host.anyInline)
        return; // a leading <br> shows nothing useful
    if (host.pendingBreaks == 0)
        host.pendingBreakFormat = format;
    ++host.pendingBreaks;
    host.pendingSpace = false;
    host.inlineStarted = false;
}

void CleanHtmlWriter::paragraphBreak()
{
    if (top() == Block::Paragraph) {
        closeTop();
        return;
    }
    if (!isInlineHost(top()))
        return;
    Node &host = m_stack.last();
    if (host.anyInline)
        host.softBreak = true;
    host.pendingSpace = false;
    host.inlineStarted = false;
}

void CleanHtmlWriter::image(const QString &src, const QString &alt, const InlineFormat &format)
{
    Node &host = inlineHost();
    beforeContent(host, format);
    host.html += "<img src=\""_L1;
    appendEscaped(host.html, src, true);
    host.html += "\" alt=\""_L1;
    appendEscaped(host.html, alt.simplified(), true);
    host.html += "\">"_L1;
    host.inlineStarted = true;
    host.anyInline = true;
    host.meaningful = true;
}

bool CleanHtmlWriter::wordListItem(int level, bool ordered, const QString &listId)
{
    level = std::clamp(level, 1, 9);
    if (top() == Block::Paragraph)
        closeTop();
    QList<int> lists; // indexes of the open synthetic lists, outermost first
    for (int i = 0; i < depth(); ++i) {
        const Node &node = m_stack.at(i);
        if (node.synthetic && (node.kind == Block::BulletList || node.kind == Block::OrderedList))
            lists.append(i);
    }
    const Block kind = ordered ? Block::OrderedList : Block::BulletList;
    while (lists.size() > level) {
        closeTo(lists.takeLast());
    }
    if (lists.size() == level) {
        const Node &list = m_stack.at(lists.constLast());
        if (list.kind == kind && (level > 1 || list.listId == listId)) {
            closeTo(lists.constLast() + 1);
            push(Block::ListItem, 1, 1, true);
            return true;
        }
        closeTo(lists.takeLast());
    }
    // The same depth cap as open(), checked before opening anything: what is written here
    // must read back identically (each new level is a list and an item).
    const int newLevels = level - int(lists.size());
    if (!lists.isEmpty()) {
        if (lists.constLast() + 2 + 2 * newLevels > m_maxDepth)
            return false;
        closeTo(lists.constLast() + 2); // inside the open item of the deepest list
        if (top() != Block::ListItem)
            push(Block::ListItem, 1, 1, true);
    } else {
        const bool inList = top() == Block::BulletList || top() == Block::OrderedList;
        if (!canHold(Block::BulletList) || depth() + (inList ? 1 : 0) + 2 * newLevels > m_maxDepth)
            return false;
        if (inList)
            push(Block::ListItem);
    }
    while (lists.size() < level) {
        lists.append(depth());
        push(lists.size() == level ? kind : Block::BulletList, 1, 1, true);
        m_stack.last().listId = listId;
        m_stack.last().level = int(lists.size());
        if (lists.size() < level)
            push(Block::ListItem, 1, 1, true);
    }
    push(Block::ListItem, 1, 1, true);
    return true;
}

void CleanHtmlWriter::closeSyntheticLists()
{
    for (int i = 1; i < depth(); ++i) {
        const Node &node = m_stack.at(i);
        if (node.synthetic && (node.kind == Block::BulletList || node.kind == Block::OrderedList)) {
            closeTo(i);
            return;
        }
    }
}

void CleanHtmlWriter::closeImplicitList()
{
    if (top() == Block::Paragraph)
        closeTop();
    if ((top() == Block::BulletList || top() == Block::OrderedList) && m_stack.constLast().implicit)
        closeTop();
}

QString CleanHtmlWriter::finish()
{
    closeTo(1);
    QString html = std::move(m_stack.first().html);
    m_stack.clear();
    m_stack.append(Node{});
    while (html.endsWith(u'\n'))
        html.chop(1);
    return html;
}

// --- toCleanHtml ---------------------------------------------------------------------------

namespace {

class DocumentWalker
{
public:
    QString run(const QTextDocument &doc)
    {
        walkFrame(doc.rootFrame(), false);
        closeLists();
        return m_writer.finish();
    }

private:
    struct OpenList
    {
        const QTextList *list = nullptr;
        int indent = 0;
        int depth = 0; // writer depth before the list was opened
    };

    using Block = CleanHtmlWriter::Block;

    void closeLists()
    {
        if (!m_lists.isEmpty())
            m_writer.closeTo(m_lists.constFirst().depth);
        m_lists.clear();
    }

    void closeQuotesTo(qsizetype level)
    {
        while (m_quotes.size() > level)
            m_writer.closeTo(m_quotes.takeLast());
    }

    void walkFrame(QTextFrame *frame, bool inCell)
    {
        for (auto it = frame->begin(); !it.atEnd(); ++it) {
            if (QTextFrame *child = it.currentFrame()) {
                if (auto *table = qobject_cast<QTextTable *>(child))
                    writeTable(table, inCell);
                else
                    walkFrame(child, inCell);
            } else {
                writeBlock(it.currentBlock(), inCell);
            }
        }
    }

    static int quoteLevel(const QTextBlockFormat &format)
    {
        const int level = format.intProperty(BlockQuoteProperty);
        if (level <= 0)
            return 0;
        const int fromMargin = int(std::lround(format.leftMargin() / 40.0));
        return std::clamp(std::max(level, fromMargin), 1, 16);
    }

    static int headingLevel(const QTextBlockFormat &format)
    {
        const int level = format.headingLevel();
        if (level <= 0)
            return 0;
        return std::clamp(level + (level == 1 ? 1 : 0), 2, 4);
    }

    void writeBlock(const QTextBlock &block, bool inCell)
    {
        if (inCell) {
            m_writer.paragraphBreak();
            writeInline(block);
            return;
        }
        const QTextList *list = block.textList();
        if (list) {
            const int indent = list->format().indent();
            while (!m_lists.isEmpty()
                   && (m_lists.constLast().indent > indent
                       || (m_lists.constLast().indent == indent
                           && m_lists.constLast().list != list))) {
                m_writer.closeTo(m_lists.takeLast().depth);
            }
            if (!m_lists.isEmpty() && m_lists.constLast().list == list) {
                m_writer.closeTo(m_lists.constLast().depth + 1);
                m_writer.open(Block::ListItem);
                writeInline(block);
                return;
            }
            if (m_lists.isEmpty())
                closeQuotesTo(0);
            const int depth = m_writer.depth();
            const bool ordered = list->format().style() <= QTextListFormat::ListDecimal
                && list->format().style() != QTextListFormat::ListStyleUndefined;
            if (m_writer.open(ordered ? Block::OrderedList : Block::BulletList)) {
                m_lists.append({list, indent, depth});
                m_writer.open(Block::ListItem);
                writeInline(block);
                return;
            }
            // Too deep: written as a paragraph below.
        }
        closeLists();
        m_writer.paragraphBreak();
        const int quotes = quoteLevel(block.blockFormat());
        closeQuotesTo(quotes);
        while (m_quotes.size() < quotes) {
            const int depth = m_writer.depth();
            if (!m_writer.open(Block::Blockquote))
                break;
            m_quotes.append(depth);
        }
        m_writer.setParagraphLevel(headingLevel(block.blockFormat()));
        m_writer.setParagraphAlignment(block.blockFormat().alignment());
        writeInline(block);
        m_writer.paragraphBreak();
        m_writer.setParagraphLevel(0);
        m_writer.setParagraphAlignment(Qt::AlignLeft);
    }

    void writeTable(QTextTable *table, bool inCell)
    {
        const int depth = m_writer.depth();
        bool asTable = false;
        if (!inCell) {
            closeLists();
            closeQuotesTo(0);
            asTable = m_writer.open(Block::Table);
        }
        const int headerRows = asTable ? std::clamp(table->format().headerRowCount(), 0,
                                                    table->rows()) : 0;
        if (headerRows > 0)
            m_writer.open(Block::TableHead);
        for (int row = 0; row < table->rows(); ++row) {
            if (asTable) {
                if (row == headerRows && headerRows > 0)
                    m_writer.closeTo(depth + 1);
                m_writer.open(Block::Row);
            }
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                if (!cell.isValid() || cell.row() != row || cell.column() != column)
                    continue;
                if (asTable) {
                    m_writer.open(row < headerRows ? Block::HeaderCell : Block::Cell,
                                  cell.columnSpan(), cell.rowSpan());
                }
                for (auto it = cell.begin(); !it.atEnd(); ++it) {
                    if (QTextFrame *child = it.currentFrame()) {
                        if (auto *nested = qobject_cast<QTextTable *>(child))
                            writeTable(nested, true);
                        else
                            walkFrame(child, true);
                    } else {
                        writeBlock(it.currentBlock(), true);
                    }
                }
            }
        }
        if (asTable)
            m_writer.closeTo(depth);
        else
            m_writer.paragraphBreak();
    }

    void writeInline(const QTextBlock &block)
    {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const QTextCharFormat cf = fragment.charFormat();
            InlineFormat format;
            format.bold = cf.fontWeight() >= QFont::DemiBold;
            format.italic = cf.fontItalic();
            format.strike = cf.fontStrikeOut();
            if (cf.isAnchor())
                format.href = HtmlSanitizer::cleanLinkTarget(cf.anchorHref());
            // Qt underlines links itself: the underline of a link is not the user's.
            format.underline = cf.fontUnderline() && format.href.isEmpty();

            const QString text = fragment.text();
            if (cf.isImageFormat()) {
                const QTextImageFormat image = cf.toImageFormat();
                const QString src = image.name();
                if (src.startsWith(ImageScheme) || src.startsWith(PendingImageScheme)
                    || src.startsWith(RemoteImageScheme)) {
                    for (QChar c : text) {
                        if (c == QChar::ObjectReplacementCharacter)
                            m_writer.image(src, image.stringProperty(QTextFormat::ImageAltText),
                                           format);
                    }
                }
                continue;
            }
            qsizetype start = 0;
            for (qsizetype i = 0; i <= text.size(); ++i) {
                const bool end = i == text.size();
                const QChar c = end ? QChar() : text.at(i);
                if (!end && c != QChar::LineSeparator && c != QChar::ObjectReplacementCharacter
                    && c != QChar::ParagraphSeparator && c != QChar(0xFDD0)
                    && c != QChar(0xFDD1)) {
                    continue;
                }
                if (i > start)
                    m_writer.text(QStringView(text).mid(start, i - start), format);
                if (!end && (c == QChar::LineSeparator || c == QChar::ParagraphSeparator))
                    m_writer.lineBreak(format);
                start = i + 1;
            }
        }
    }

    CleanHtmlWriter m_writer;
    QList<OpenList> m_lists;
    QList<int> m_quotes; // writer depth before each open blockquote
};

} // namespace

QString toCleanHtml(const QTextDocument &doc)
{
    return DocumentWalker().run(doc);
}

Qt::Alignment cleanAlignment(Qt::Alignment alignment)
{
    const Qt::Alignment h = alignment & Qt::AlignHorizontal_Mask;
    if (h & Qt::AlignJustify)
        return Qt::AlignJustify;
    if (h & Qt::AlignHCenter)
        return Qt::AlignHCenter;
    if (h & Qt::AlignRight) // also Qt::AlignTrailing
        return Qt::AlignRight;
    return Qt::AlignLeft;
}

QLatin1String alignmentAttribute(Qt::Alignment alignment)
{
    switch (cleanAlignment(alignment)) {
    case Qt::AlignHCenter: return "center"_L1;
    case Qt::AlignRight: return "right"_L1;
    case Qt::AlignJustify: return "justify"_L1;
    default: return {};
    }
}

namespace {

// Unicode spaces that QTextHtmlParser collapses into U+0020 (QChar::isSpace(), except U+00A0
// which it handles and the ASCII/line separators which are whitespace for HTML too).
constexpr char16_t protectedSpaces[] = {
    0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
    0x2009, 0x200A, 0x202F, 0x205F, 0x3000,
};
constexpr qsizetype protectedCount = qsizetype(std::size(protectedSpaces));

// Replaces the Unicode spaces of an HTML text by stand-ins from the supplementary private use
// area (plane 16), which Qt's importer keeps, and puts them back once the text is in a
// document. The stand-ins are chosen among code points the input does not use.
class SpaceProtector
{
public:
    // Returns the HTML to give to Qt (the input itself when it holds no such space).
    QString protect(const QString &html)
    {
        qsizetype first = -1;
        for (qsizetype i = 0; i < html.size() && first < 0; ++i) {
            if (indexOf(html.at(i).unicode()) >= 0)
                first = i;
        }
        if (first < 0)
            return html;
        // A block of 256 plane-16 code points the text does not use (there is always one).
        QList<bool> taken(256, false);
        for (qsizetype i = 0; i + 1 < html.size(); ++i) {
            const QChar c = html.at(i);
            if (c.isHighSurrogate() && html.at(i + 1).isLowSurrogate()) {
                const char32_t cp = QChar::surrogateToUcs4(c, html.at(i + 1));
                if (cp >= 0x100000)
                    taken[(cp >> 8) & 0xFF] = true;
            }
        }
        int block = 0xFF;
        while (block > 0 && taken.at(block))
            --block;
        m_base = 0x100000 + (char32_t(block) << 8);

        QString prepared;
        prepared.reserve(html.size() + 64);
        prepared = html.left(first);
        for (qsizetype i = first; i < html.size(); ++i) {
            const qsizetype index = indexOf(html.at(i).unicode());
            if (index < 0) {
                prepared += html.at(i);
                continue;
            }
            m_used[index] = true;
            m_any = true;
            prepared += placeholder(index);
        }
        return prepared;
    }

    // Puts the spaces back in [from, to) of the document (to < 0: up to the end), keeping
    // the character format; returns the end of the range after the replacements.
    int restore(QTextDocument &doc, int from, int to = -1) const
    {
        if (!m_any)
            return to;
        for (qsizetype index = 0; index < protectedCount; ++index) {
            if (!m_used.at(index))
                continue;
            const QString stand = placeholder(index);
            const QString real{QChar(protectedSpaces[index])};  // braces: clang reads parentheses as a function declaration
            QTextCursor cursor(&doc);
            cursor.setPosition(from);
            while (true) {
                cursor = doc.find(stand, cursor, QTextDocument::FindCaseSensitively);
                if (cursor.isNull() || (to >= 0 && cursor.selectionEnd() > to))
                    break;
                const QTextCharFormat format = cursor.charFormat();
                cursor.insertText(real, format);
                if (to >= 0)
                    to -= int(stand.size() - real.size());
            }
        }
        return to;
    }

private:
    static qsizetype indexOf(char16_t u)
    {
        const auto *it = std::find(std::begin(protectedSpaces), std::end(protectedSpaces), u);
        return it == std::end(protectedSpaces) ? -1 : it - std::begin(protectedSpaces);
    }

    QString placeholder(qsizetype index) const
    {
        const char32_t cp = m_base + char32_t(index);
        return QString(QChar(QChar::highSurrogate(cp))) + QChar(QChar::lowSurrogate(cp));
    }

    QList<bool> m_used = QList<bool>(protectedCount, false);
    bool m_any = false;
    char32_t m_base = 0x10FF00;
};

} // namespace

void setHtmlKeepingSpaces(QTextDocument &doc, const QString &html)
{
    SpaceProtector spaces;
    doc.setHtml(spaces.protect(html));
    const bool undo = doc.isUndoRedoEnabled();
    doc.setUndoRedoEnabled(false);
    spaces.restore(doc, 0);
    doc.setUndoRedoEnabled(undo);
}

void insertCleanHtml(QTextCursor &cursor, const QString &html)
{
    QTextDocument *doc = cursor.document();
    if (!doc)
        return;
    SpaceProtector spaces;
    const QString prepared = spaces.protect(html);
    cursor.beginEditBlock();
    if (cursor.hasSelection())
        cursor.removeSelectedText();
    // Qt gives the first pasted paragraph the format of the block it lands in (except at the
    // very start of the document): pasted into an empty paragraph, a heading or a centred
    // paragraph would lose its level or alignment. There, the pasted block's format wins.
    QTextBlockFormat firstFormat;
    bool takeFirstFormat = cursor.block().length() == 1 && !cursor.currentList()
        && !cursor.currentTable();
    if (takeFirstFormat) {
        QTextDocument probe;
        probe.setDefaultFont(doc->defaultFont());
        probe.setDefaultStyleSheet(doc->defaultStyleSheet());
        probe.setHtml(prepared);
        const QTextBlock first = probe.begin();
        takeFirstFormat = first.isValid() && !first.textList()
            && !QTextCursor(first).currentTable();
        firstFormat = first.blockFormat();
    }
    const int start = cursor.position();
    const int blockStart = cursor.block().position();
    const int before = doc->characterCount();
    cursor.insertFragment(QTextDocumentFragment::fromHtml(prepared, doc));
    const int end = start + doc->characterCount() - before;
    if (takeFirstFormat)
        QTextCursor(doc->findBlock(blockStart)).setBlockFormat(firstFormat);
    const int restoredEnd = spaces.restore(*doc, start, end);
    cursor.setPosition(restoredEnd);
    cursor.endEditBlock();
}

void loadCleanHtml(QTextDocument &doc, const QString &html)
{
    setHtmlKeepingSpaces(doc, html);

    const bool undo = doc.isUndoRedoEnabled();
    doc.setUndoRedoEnabled(false);
    // Quotations: every block with the importer's blockquote margins (the clean subset has no
    // other source of margins) gets the property, with its nesting level.
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (block.textList() || format.leftMargin() < 39.5)
            continue;
        QTextCursor cursor(block);
        if (cursor.currentTable())
            continue;
        const int level = int(std::lround(format.leftMargin() / 40.0));
        if (format.intProperty(BlockQuoteProperty) != level) {
            QTextBlockFormat quote;
            quote.setProperty(BlockQuoteProperty, level);
            cursor.mergeBlockFormat(quote);
        }
    }
    doc.setUndoRedoEnabled(undo);
    doc.setModified(false);
}

QString plainTextFromHtml(const QString &html)
{
    SanitizeOptions options;
    options.allowImages = false;
    const QString clean = HtmlSanitizer::sanitize(html, options).html;

    QString out;
    out.reserve(clean.size());
    auto newLine = [&out] {
        if (!out.isEmpty() && !out.endsWith(u'\n'))
            out += u'\n';
    };
    int cellsInRow = 0;
    qsizetype i = 0;
    const qsizetype n = clean.size();
    while (i < n) {
        const QChar c = clean.at(i);
        if (c == u'<') {
            qsizetype end = clean.indexOf(u'>', i);
            if (end < 0)
                end = n - 1;
            QStringView tag = QStringView(clean).mid(i + 1, end - i - 1);
            const bool closing = tag.startsWith(u'/');
            if (closing)
                tag = tag.mid(1);
            const qsizetype space = tag.indexOf(u' ');
            const QStringView name = space < 0 ? tag : tag.left(space);
            if (name == u"p" || name == u"h2" || name == u"h3" || name == u"h4" || name == u"li"
                || name == u"ul" || name == u"ol" || name == u"blockquote"
                || name == u"table") {
                newLine();
            } else if (name == u"tr") {
                newLine();
                cellsInRow = 0;
            } else if ((name == u"td" || name == u"th") && !closing) {
                if (cellsInRow++ > 0)
                    out += u'\t';
            } else if (name == u"br") {
                out += u'\n';
            }
            i = end + 1;
            continue;
        }
        if (c == u'\n') {
            ++i;
            continue;
        }
        if (c == u'&') {
            static const struct { QLatin1String entity; char16_t ch; } entities[] = {
                {"&amp;"_L1, u'&'}, {"&lt;"_L1, u'<'}, {"&gt;"_L1, u'>'}, {"&quot;"_L1, u'"'},
            };
            bool done = false;
            for (const auto &e : entities) {
                if (QStringView(clean).mid(i).startsWith(e.entity)) {
                    out += QChar(e.ch);
                    i += e.entity.size();
                    done = true;
                    break;
                }
            }
            if (done)
                continue;
        }
        out += c;
        ++i;
    }
    while (out.endsWith(u'\n') || out.endsWith(u'\t'))
        out.chop(1);
    return out;
}

} // namespace Actes
