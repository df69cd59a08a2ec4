#include "text/htmlsanitizer.h"

#include "text/cleanhtml.h"
#include "text/htmlelements.h"
#include "text/htmltokenizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

// --- Word lists ---------------------------------------------------------------------------

// Removes the spaces after a Word bullet from the texts that follow token k in its paragraph
// (Word's "font:7pt" span), up to the first text that is not only spaces.
void dropListSpacesAfter(QList<Token> &tokens, qsizetype k, qsizetype last)
{
    for (qsizetype j = k + 1; j < last; ++j) {
        Token &next = tokens[j];
        if (next.kind == Token::End && next.name == u"p")
            break;
        if (next.kind != Token::Text)
            continue;
        qsizetype a = 0;
        while (a < next.text.size() && isListSpace(next.text[a]))
            ++a;
        next.text.remove(0, a);
        if (!next.text.isEmpty())
            break;
    }
}

// Looks ahead in the paragraph for Word's bullet: the content of <span
// style="mso-list:Ignore"> (dropped when it is reached), or a bullet at the start of the
// first text, which is then removed from the tokens with the spaces after it.
bool findWordListMarker(QList<Token> &tokens, qsizetype index, QString &marker)
{
    bool inIgnore = false;
    int nested = 0;
    const qsizetype last = std::min<qsizetype>(tokens.size(), index + 400);
    for (qsizetype k = index + 1; k < last; ++k) {
        Token &t = tokens[k];
        if (inIgnore) {
            if (t.kind == Token::Text) {
                marker += t.text;
            } else if (t.kind == Token::Start && !isVoid(t.name) && !t.selfClosing) {
                ++nested;
            } else if (t.kind == Token::End && --nested < 0) {
                marker = trimListSpaces(marker);
                return true;
            }
            continue;
        }
        if (t.kind == Token::Start) {
            if (t.name == u"p" || isHeading(t.name) || isBlockElement(t.name)
                || isTableStructure(t.name))
                return false;
            InlineFormat ignored;
            if (applyStyle(t.attribute("style"_L1), ignored).msoList == u"ignore"
                && !t.selfClosing) {
                inIgnore = true;
                nested = 0;
            }
            continue;
        }
        if (t.kind == Token::End) {
            if (t.name == u"p")
                return false;
            continue;
        }
        // First text of the paragraph.
        const QString trimmed = trimListSpaces(t.text);
        if (trimmed.isEmpty())
            continue;
        qsizetype cut = 0;
        while (cut < trimmed.size() && !isListSpace(trimmed[cut]))
            ++cut;
        const QStringView candidate = QStringView(trimmed).left(cut);
        if (!isBulletMarker(candidate) && !isOrderedMarker(candidate))
            return false;
        marker = candidate.toString();
        t.text = trimListSpaces(QStringView(trimmed).mid(cut));
        if (t.text.isEmpty())
            dropListSpacesAfter(tokens, k, last);
        return true;
    }
    return false;
}

// --- tree builder ---------------------------------------------------------------------------

constexpr int MaxOpenElements = 256;

class Builder
{
public:
    Builder(const SanitizeOptions &options, SanitizedHtml &result, QList<Token> &tokens,
            QSet<QString> &droppedSet)
        : m_options(options), m_result(result), m_tokens(tokens), m_droppedSet(droppedSet)
    {
    }

    void run()
    {
        for (m_index = 0; m_index < m_tokens.size(); ++m_index) {
            const Token &t = m_tokens.at(m_index);
            switch (t.kind) {
            case Token::Text:
                text(t.text);
                break;
            case Token::Start:
                start(t);
                break;
            case Token::End:
                end(t.name);
                break;
            }
        }
        popTo(0);
        m_writer.closeSyntheticLists();
        m_result.html = m_writer.finish();
    }

private:
    using Block = CleanHtmlWriter::Block;

    struct Context
    {
        InlineFormat format;
        int paragraphLevel = 0;
        Qt::Alignment align = Qt::AlignLeft; // inherited by the blocks inside, as in CSS
        bool suppress = false;
        bool pre = false;
        bool flatTable = false; // inside a table that could not be kept: cells become lines
        bool flatList = false;  // inside a list that could not be kept: items become lines
    };

    enum class Effect { None, Paragraph, Container, WordListItem };

    struct Entry
    {
        QString name;
        Context context;
        Effect effect = Effect::None;
        int writerDepth = 0;
    };

    const Context &context() const
    {
        static const Context root;
        return m_stack.isEmpty() ? root : m_stack.constLast().context;
    }

    void note(const QString &name)
    {
        if (!m_droppedSet.contains(name)) {
            m_droppedSet.insert(name);
            m_result.droppedElements.append(name);
        }
    }

    // Index of the nearest open element named `name`, not looking past `boundaries`; -1.
    qsizetype find(QStringView name, std::initializer_list<QStringView> boundaries) const
    {
        if (m_openCounts.value(name.toString()) == 0)
            return -1;
        for (qsizetype k = m_stack.size() - 1; k >= 0; --k) {
            const QString &open = m_stack.at(k).name;
            if (open == name)
                return k;
            for (QStringView b : boundaries) {
                if (open == b)
                    return -1;
            }
        }
        return -1;
    }

    void popTo(qsizetype index)
    {
        while (m_stack.size() > index) {
            Entry e = m_stack.takeLast();
            --m_openCounts[e.name];
            if (context().suppress)
                continue;
            switch (e.effect) {
            case Effect::None:
                break;
            case Effect::Paragraph:
            case Effect::WordListItem:
                m_writer.paragraphBreak();
                break;
            case Effect::Container:
                m_writer.closeTo(e.writerDepth);
                break;
            }
        }
    }

    void text(const QString &text)
    {
        const Context &c = context();
        if (c.suppress)
            return;
        m_writer.setParagraphLevel(c.paragraphLevel);
        m_writer.setParagraphAlignment(c.align);
        m_writer.text(text, c.format, c.pre);
    }

    void blockStart()
    {
        m_writer.closeSyntheticLists();
        m_writer.closeImplicitList();
        m_writer.paragraphBreak();
    }

    void implicitCloses(const QString &name)
    {
        if (isBlockElement(name)) {
            const qsizetype p = find(u"p", {u"table", u"td", u"th", u"caption", u"button"});
            if (p >= 0)
                popTo(p);
        }
        if (isHeading(name) && !m_stack.isEmpty() && isHeading(m_stack.constLast().name))
            popTo(m_stack.size() - 1);
        if (name == u"li") {
            const qsizetype li = find(u"li", {u"ul", u"ol", u"table", u"td", u"th"});
            if (li >= 0)
                popTo(li);
        } else if (name == u"td" || name == u"th") {
            qsizetype cell = find(u"td", {u"tr", u"table"});
            const qsizetype th = find(u"th", {u"tr", u"table"});
            cell = std::max(cell, th);
            if (cell >= 0)
                popTo(cell);
        } else if (name == u"tr") {
            const qsizetype tr = find(u"tr", {u"table", u"thead", u"tbody", u"tfoot"});
            if (tr >= 0)
                popTo(tr);
        } else if (name == u"thead" || name == u"tbody" || name == u"tfoot") {
            qsizetype section = -1;
            for (QStringView s : {u"thead", u"tbody", u"tfoot"})
                section = std::max(section, find(s, {u"table"}));
            if (section >= 0)
                popTo(section);
        } else if (name == u"a") {
            const qsizetype a = find(u"a", {u"table", u"td", u"th"});
            if (a >= 0)
                popTo(a);
        }
    }

    void start(const Token &t)
    {
        const QString &name = t.name;
        if (isVoid(name)) {
            voidElement(t);
            return;
        }
        if (t.selfClosing && name.contains(u':'))
            return; // <o:p/>, <v:imagedata .../>
        implicitCloses(name);
        if (m_stack.size() >= MaxOpenElements) {
            if (isBlockElement(name) && !context().suppress)
                m_writer.paragraphBreak();
            return;
        }

        Entry e;
        e.name = name;
        e.context = context();
        e.writerDepth = m_writer.depth();
        Context &c = e.context;
        if (!c.suppress)
            elementEffect(t, e);
        if (e.effect == Effect::Container)
            e.writerDepth = m_writer.depth() - 1; // close the container, not implicit parents
        m_stack.append(std::move(e));
        ++m_openCounts[name];
    }

    // What an element does, in steps: its inline format and style (which may hide it), the
    // alignment it gives its blocks, then the block it opens.
    void elementEffect(const Token &t, Entry &e)
    {
        const QString &name = t.name;
        Context &c = e.context;
        if (name == u"o:p" || t.hasAttribute("hidden"_L1)) {
            c.suppress = true;
            return;
        }
        applyInlineFormat(t, c);
        const StyleEffect style = applyStyle(t.attribute("style"_L1), c.format);
        if (style.hide) {
            c.suppress = true;
            return;
        }
        applyAlignment(t, style, c);

        if (name == u"p") {
            paragraphEffect(t, style, e);
        } else if (isHeading(name)) {
            const int level = name[1].unicode() - u'0';
            c.paragraphLevel = std::clamp(level + (level == 1 ? 1 : 0), 2, 4);
            blockStart();
            e.effect = Effect::Paragraph;
        } else if (name == u"blockquote") {
            blockStart();
            e.effect = (!c.flatList && !c.flatTable && m_writer.open(Block::Blockquote))
                ? Effect::Container : Effect::Paragraph;
        } else if (name == u"ul" || name == u"ol" || name == u"dir" || name == u"menu" || name == u"li") {
            listEffect(name, e);
        } else if (name == u"table") {
            blockStart();
            if (!c.flatTable && m_writer.open(Block::Table)) {
                e.effect = Effect::Container;
                c.flatList = false;
            } else {
                c.flatTable = true;
                e.effect = Effect::Paragraph;
            }
        } else if (isTableStructure(name)) {
            tableStructureEffect(t, e);
        } else if (isBlockElement(name)) {
            blockStart();
            e.effect = Effect::Paragraph;
        }
    }

    void applyInlineFormat(const Token &t, Context &c) const
    {
        const QString &name = t.name;
        if (name == u"b" || name == u"strong")
            c.format.bold = true;
        else if (name == u"i" || name == u"em" || name == u"cite" || name == u"dfn"
                 || name == u"var")
            c.format.italic = true;
        else if (name == u"u" || name == u"ins")
            c.format.underline = true;
        else if (name == u"s" || name == u"strike" || name == u"del")
            c.format.strike = true;
        else if (name == u"a")
            c.format.href = HtmlSanitizer::cleanLinkTarget(t.attribute("href"_L1), m_options.baseUrl);
        else if (name == u"pre" || name == u"listing")
            c.pre = true;
    }

    // Text alignment of blocks (inherited, as text-align is in CSS). On a table, align
    // places the table, it does not align its text.
    static void applyAlignment(const Token &t, const StyleEffect &style, Context &c)
    {
        const QString &name = t.name;
        if (!isBlockElement(name))
            return;
        if (name == u"center")
            c.align = Qt::AlignHCenter;
        if (name != u"table") {
            const Qt::Alignment attribute = alignmentFromValue(t.attribute("align"_L1).trimmed().toLower());
            if (attribute)
                c.align = attribute;
        }
        if (style.align)
            c.align = style.align;
    }

    // A paragraph, a Word title or subtitle, or a Word list paragraph.
    void paragraphEffect(const Token &t, const StyleEffect &style, Entry &e)
    {
        Context &c = e.context;
        c.paragraphLevel = 0;
        const QString cls = t.attribute("class"_L1).toLower();
        if (cls == u"msotitle")
            c.paragraphLevel = 2;
        else if (cls == u"msosubtitle")
            c.paragraphLevel = 3;
        if (wordListParagraph(cls, style.msoList)) {
            e.effect = Effect::WordListItem;
            return;
        }
        blockStart();
        e.effect = Effect::Paragraph;
    }

    // ul, ol, dir, menu and li: kept as a list, or flattened into lines when it cannot be.
    void listEffect(const QString &name, Entry &e)
    {
        Context &c = e.context;
        blockStart();
        const Block block = name == u"li" ? Block::ListItem
            : name == u"ol"               ? Block::OrderedList
                                          : Block::BulletList;
        if (!c.flatList && m_writer.open(block)) {
            e.effect = Effect::Container;
        } else {
            c.flatList = true;
            e.effect = Effect::Paragraph;
        }
    }

    // thead, tbody, tfoot, tr, td, th, caption: kept as table structure, or lines.
    void tableStructureEffect(const Token &t, Entry &e)
    {
        const QString &name = t.name;
        if (e.context.flatTable) {
            m_writer.paragraphBreak();
            e.effect = Effect::Paragraph;
            return;
        }
        if (name == u"thead") {
            if (m_writer.open(Block::TableHead))
                e.effect = Effect::Container;
        } else if (name == u"tr") {
            if (m_writer.open(Block::Row)) {
                e.effect = Effect::Container;
            } else {
                m_writer.paragraphBreak();
                e.effect = Effect::Paragraph;
            }
        } else if (name == u"td" || name == u"th") {
            bool ok = false;
            const int colSpan = t.attribute("colspan"_L1).trimmed().toInt(&ok);
            const int rowSpan = t.attribute("rowspan"_L1).trimmed().toInt(&ok);
            if (m_writer.open(name == u"th" ? Block::HeaderCell : Block::Cell, std::max(1, colSpan),
                              std::max(1, rowSpan))) {
                e.effect = Effect::Container;
            } else {
                m_writer.paragraphBreak();
                e.effect = Effect::Paragraph;
            }
        } else if (name == u"caption") {
            m_writer.paragraphBreak();
            e.effect = Effect::Paragraph;
        }
        // tbody, tfoot: transparent
    }

    // A Word list paragraph: turns it into a list item (returns true) or returns false.
    bool wordListParagraph(const QString &cls, const QString &msoList)
    {
        static const QRegularExpression levelRe(u"level(\\d+)"_s);
        static const QRegularExpression idRe(u"\\b(l\\d+)\\b"_s);
        const bool listClass = cls.startsWith(u"msolistparagraph");
        const bool msoListItem = !msoList.isEmpty() && msoList != u"none"
            && msoList != u"ignore" && msoList != u"skip";
        if (!listClass && !msoListItem)
            return false;
        int level = 1;
        QString listId;
        if (msoListItem) {
            const auto m = levelRe.match(msoList);
            if (m.hasMatch())
                level = m.captured(1).toInt();
            const auto id = idRe.match(msoList);
            if (id.hasMatch())
                listId = id.captured(1);
        }
        QString marker;
        if (!findWordListMarker(m_tokens, m_index, marker) && !msoListItem)
            return false;
        m_writer.paragraphBreak();
        return m_writer.wordListItem(level, isOrderedMarker(marker), listId);
    }

    void voidElement(const Token &t)
    {
        const QString &name = t.name;
        const Context &c = context();
        if (c.suppress)
            return;
        if (name == u"br") {
            m_writer.lineBreak(c.format);
        } else if (name == u"img" || name == u"image") {
            image(t, c);
        } else if (name == u"hr") {
            blockStart();
        } else if (name == u"input" || name == u"embed" || name == u"keygen" || name == u"frame") {
            note(name);
        }
    }

    // An image is kept when it is in the library, embedded (data:) or on the web (as a
    // placeholder when asked); anything else is dropped and noted.
    void image(const Token &t, const Context &c)
    {
        if (!m_options.allowImages) {
            note(u"img"_s);
            return;
        }
        QString src = t.attribute("src"_L1);
        src.remove(u'\t').remove(u'\n').remove(u'\r');
        src = src.trimmed();
        const QString alt = t.attribute("alt"_L1);
        m_writer.setParagraphLevel(c.paragraphLevel);
        m_writer.setParagraphAlignment(c.align);
        const QString lower = src.left(16).toLower();
        bool kept = false;
        if (lower.startsWith(ImageScheme))
            kept = libraryImage(src, alt, c);
        else if (lower.startsWith(u"data:"))
            kept = embeddedImage(src, alt, c);
        else if (!src.isEmpty() && !lower.startsWith(u"actes-"))
            kept = webImage(src, alt, c);
        if (!kept)
            note(u"img"_s);
    }

    bool libraryImage(const QString &src, const QString &alt, const Context &c)
    {
        static const QRegularExpression keyRe(u"^[A-Za-z0-9._-]{1,200}$"_s);
        const QString key = src.mid(ImageScheme.size());
        if (!keyRe.match(key).hasMatch())
            return false;
        m_writer.image(ImageScheme + key, alt, c.format);
        return true;
    }

    bool embeddedImage(const QString &src, const QString &alt, const Context &c)
    {
        const QByteArray data = decodeDataImage(src);
        if (data.isEmpty())
            return false;
        m_writer.image(PendingImageScheme + QString::number(m_result.embeddedImages.size()), alt, c.format);
        m_result.embeddedImages.append(data);
        return true;
    }

    // A web (or file) image: its address is reported; it is kept as a placeholder only when
    // the options ask for it.
    bool webImage(const QString &src, const QString &alt, const Context &c)
    {
        QUrl url(src, QUrl::TolerantMode);
        if (url.isRelative() && m_options.baseUrl.isValid())
            url = m_options.baseUrl.resolved(url);
        else if (src.startsWith(u"//"))
            url.setScheme(u"https"_s);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid()
            || !((scheme == u"http" || scheme == u"https") ? !url.host().isEmpty() : scheme == u"file"))
            return false;
        const QString absolute = url.toString(QUrl::FullyEncoded);
        if (m_options.remoteImages == SanitizeOptions::RemoteImages::Placeholder) {
            m_writer.image(RemoteImageScheme + QString::number(m_result.remoteImages.size()), alt, c.format);
            m_result.remoteImages.append(absolute);
            return true;
        }
        m_result.remoteImages.append(absolute);
        return false;
    }

    void end(const QString &name)
    {
        if (name == u"br") {
            if (!context().suppress)
                m_writer.lineBreak(context().format);
            return;
        }
        qsizetype index = -1;
        if (isTableStructure(name)) {
            index = find(name, {});
        } else if (name == u"li") {
            index = find(name, {u"ul", u"ol", u"table", u"td", u"th"});
        } else {
            index = find(name, {u"table", u"td", u"th", u"caption"});
        }
        if (index < 0) {
            if (name == u"p" && !context().suppress)
                m_writer.paragraphBreak(); // a stray </p> is an empty paragraph
            return;
        }
        popTo(index);
    }

    const SanitizeOptions &m_options;
    SanitizedHtml &m_result;
    QList<Token> &m_tokens;
    QSet<QString> &m_droppedSet;
    qsizetype m_index = 0;
    QList<Entry> m_stack;
    QHash<QString, int> m_openCounts;
    CleanHtmlWriter m_writer;
};

} // namespace

QString HtmlSanitizer::cleanLinkTarget(const QString &href, const QUrl &baseUrl)
{
    QString s = href;
    s.remove(u'\t').remove(u'\n').remove(u'\r');
    s = s.trimmed();
    if (s.isEmpty())
        return {};
    if (s.startsWith(u'#'))
        return s.size() > 1 ? s : QString();
    static const QRegularExpression schemeRe(u"^([A-Za-z][A-Za-z0-9+.-]*):"_s);
    const auto m = schemeRe.match(s);
    if (!m.hasMatch()) {
        if (!baseUrl.isValid())
            return {};
        const QUrl resolved = baseUrl.resolved(QUrl(s, QUrl::TolerantMode));
        if (resolved.isRelative())
            return {};
        return cleanLinkTarget(resolved.toString(QUrl::FullyEncoded));
    }
    const QString scheme = m.captured(1).toLower();
    const QUrl url(s, QUrl::TolerantMode);
    if (!url.isValid())
        return {};
    if (scheme != u"http" && scheme != u"https" && scheme != u"mailto")
        return {};
    if (scheme != u"mailto" && url.host().isEmpty())
        return {};
    if (scheme == u"mailto" && s.size() <= 7)
        return {};
    // Canonical: lower-case scheme; characters that cannot appear in a URL percent-encoded.
    QString out = scheme + s.mid(scheme.size());
    out.replace(u' ', u"%20"_s).replace(u'"', u"%22"_s).replace(u'<', u"%3C"_s)
        .replace(u'>', u"%3E"_s).replace(u'`', u"%60"_s);
    return out;
}

SanitizedHtml HtmlSanitizer::sanitize(const QString &html, const SanitizeOptions &options)
{
    SanitizedHtml result;
    QSet<QString> droppedSet;
    const QString input = withoutControls(html);
    QList<Token> tokens = Tokenizer(input, result.droppedElements, droppedSet).run();
    Builder(options, result, tokens, droppedSet).run();
    return result;
}

} // namespace Actes
