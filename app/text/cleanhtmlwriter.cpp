#include "text/cleanhtml.h"

#include <algorithm>
#include <utility>

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
    // Count every level the block adds, implicit ones included (a list in a list opens an item
    // first; an item outside a list opens a list), so that the clean HTML written, read again,
    // fits the same cap (sanitizing twice changes nothing).
    const bool inList = top() == Block::BulletList || top() == Block::OrderedList;
    int levels = 1;
    if ((kind == Block::BulletList || kind == Block::OrderedList) && inList)
        levels = 2;
    else if (kind == Block::ListItem)
        levels = top() == Block::ListItem ? 0 : inList ? 1 : 2;
    if (structural && depth() + levels > m_maxDepth)
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

} // namespace Actes
