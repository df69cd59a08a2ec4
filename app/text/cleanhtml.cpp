#include "text/cleanhtml.h"

#include "text/htmlsanitizer.h"

#include <QFont>
#include <QRegularExpression>
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

std::optional<QString> imageKeyOf(const QString &src)
{
    if (!src.startsWith(ImageScheme))
        return std::nullopt;
    return src.mid(ImageScheme.size());
}

QStringList imageKeys(const QString &html)
{
    static const QRegularExpression imageSource(u"src\\s*=\\s*[\"']actes-image:([^\"'\\s>]+)[\"']"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    QStringList keys;
    for (auto it = imageSource.globalMatch(html); it.hasNext();) {
        const QString key = it.next().captured(1);
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
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
