#include "text/indexingtext.h"

#include "text/searchtext.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Actes::IndexingText {

namespace {

// HTML 4 Latin-1 entities, U+00A0 to U+00FF in order.
constexpr std::array<const char *, 96> latin1Names = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",    "copy",
    "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn", "sup2",   "sup3",
    "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12",
    "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil",
    "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave", "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde",
    "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",
    "Uuml",   "Yacute", "THORN",  "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",
    "aelig",  "ccedil", "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",
    "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
    "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml",
};

struct Entity
{
    const char *name;
    char16_t code;
};

// The other HTML 4 entities that occur in French text, plus &apos;.
constexpr Entity otherEntities[] = {
    {"quot", 0x22},     {"amp", 0x26},      {"apos", 0x27},     {"lt", 0x3C},       {"gt", 0x3E},
    {"OElig", 0x152},   {"oelig", 0x153},   {"Scaron", 0x160},  {"scaron", 0x161},  {"Yuml", 0x178},
    {"fnof", 0x192},    {"circ", 0x2C6},    {"tilde", 0x2DC},   {"ensp", 0x2002},   {"emsp", 0x2003},
    {"thinsp", 0x2009}, {"zwnj", 0x200C},   {"zwj", 0x200D},    {"lrm", 0x200E},    {"rlm", 0x200F},
    {"ndash", 0x2013},  {"mdash", 0x2014},  {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"sbquo", 0x201A},
    {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"bdquo", 0x201E},  {"dagger", 0x2020}, {"Dagger", 0x2021},
    {"bull", 0x2022},   {"hellip", 0x2026}, {"permil", 0x2030}, {"prime", 0x2032},  {"Prime", 0x2033},
    {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"oline", 0x203E},  {"frasl", 0x2044},  {"euro", 0x20AC},
    {"trade", 0x2122},  {"larr", 0x2190},   {"uarr", 0x2191},   {"rarr", 0x2192},   {"darr", 0x2193},
    {"harr", 0x2194},   {"minus", 0x2212},  {"infin", 0x221E},  {"asymp", 0x2248},  {"ne", 0x2260},
    {"le", 0x2264},     {"ge", 0x2265},     {"loz", 0x25CA},
};

bool sameName(QStringView text, const char *name)
{
    qsizetype i = 0;
    for (; name[i] != '\0'; ++i) {
        if (i >= text.size() || text[i].unicode() != char16_t(name[i]))
            return false;
    }
    return i == text.size();
}

// The code point of a named entity (without & and ;), 0 when unknown.
char32_t namedEntity(QStringView name)
{
    for (size_t i = 0; i < latin1Names.size(); ++i) {
        if (sameName(name, latin1Names[i]))
            return char32_t(0xA0 + i);
    }
    for (const Entity &entity : otherEntities) {
        if (sameName(name, entity.name))
            return entity.code;
    }
    return 0;
}

bool isAsciiAlpha(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(char16_t c)
{
    return isAsciiAlpha(c) || (c >= u'0' && c <= u'9');
}

bool isHtmlSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

char16_t lower(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
}

bool equalsLatin1Lower(QStringView text, QLatin1StringView lowerName)
{
    if (text.size() != lowerName.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (lower(text[i].unicode()) != char16_t(uchar(lowerName[i].toLatin1())))
            return false;
    }
    return true;
}

enum class TagKind { Inline, Block, Cell, LineBreak, Image, Skipped };

TagKind kindOf(QStringView name)
{
    static constexpr QLatin1StringView blocks[] = {
        "p"_L1,       "div"_L1,     "h1"_L1,      "h2"_L1,         "h3"_L1,     "h4"_L1,      "h5"_L1,
        "h6"_L1,      "li"_L1,      "ul"_L1,      "ol"_L1,         "dl"_L1,     "dt"_L1,      "dd"_L1,
        "blockquote"_L1, "table"_L1, "tr"_L1,     "thead"_L1,      "tbody"_L1,  "tfoot"_L1,   "caption"_L1,
        "pre"_L1,     "hr"_L1,      "address"_L1, "center"_L1,     "section"_L1, "article"_L1, "header"_L1,
        "footer"_L1,  "nav"_L1,     "aside"_L1,   "figure"_L1,     "figcaption"_L1, "body"_L1, "html"_L1,
        "main"_L1,
    };
    static constexpr QLatin1StringView skipped[] = {"head"_L1, "style"_L1, "script"_L1, "title"_L1};
    if (name.size() == 2 && equalsLatin1Lower(name, "br"_L1))
        return TagKind::LineBreak;
    if (equalsLatin1Lower(name, "img"_L1))
        return TagKind::Image;
    if (equalsLatin1Lower(name, "td"_L1) || equalsLatin1Lower(name, "th"_L1))
        return TagKind::Cell;
    for (QLatin1StringView block : blocks) {
        if (equalsLatin1Lower(name, block))
            return TagKind::Block;
    }
    for (QLatin1StringView skip : skipped) {
        if (equalsLatin1Lower(name, skip))
            return TagKind::Skipped;
    }
    return TagKind::Inline;
}

class Extractor
{
public:
    explicit Extractor(qsizetype capacity) { m_out.reserve(capacity); }

    void character(char32_t c)
    {
        if (c < 0x80 && isHtmlSpace(char16_t(c))) {
            m_pendingSpace = true;
            return;
        }
        if (m_pendingSpace) {
            m_pendingSpace = false;
            if (!m_out.isEmpty() && !atLineStart())
                m_out.append(u' ');
        }
        if (c > 0xFFFF) {
            m_out.append(QChar(QChar::highSurrogate(c)));
            m_out.append(QChar(QChar::lowSurrogate(c)));
        } else {
            m_out.append(QChar(char16_t(c)));
        }
    }

    // A separation the reader sees inside a line (an image).
    void space() { m_pendingSpace = true; }

    void separator(char16_t c)
    {
        m_pendingSpace = false;
        if (m_out.isEmpty())
            return;
        if (c == u'\n') {
            while (!m_out.isEmpty() && (m_out.back() == u'\t' || m_out.back() == u' '))
                m_out.chop(1);
            if (!m_out.isEmpty() && m_out.back() != u'\n')
                m_out.append(u'\n');
        } else if (!atLineStart()) {
            m_out.append(c);
        }
    }

    QString finish()
    {
        while (!m_out.isEmpty() && (m_out.back() == u'\n' || m_out.back() == u'\t' || m_out.back() == u' '))
            m_out.chop(1);
        return std::move(m_out);
    }

private:
    bool atLineStart() const { return m_out.isEmpty() || m_out.back() == u'\n' || m_out.back() == u'\t'; }

    QString m_out;
    bool m_pendingSpace = false;
};

// Decodes the character reference at html[i] == '&'. Returns the code point and sets *end past
// it, or returns 0 when there is none (the '&' is text).
char32_t characterReference(QStringView html, qsizetype i, qsizetype *end)
{
    const qsizetype size = html.size();
    qsizetype j = i + 1;
    if (j < size && html[j] == u'#') {
        ++j;
        int base = 10;
        if (j < size && (html[j] == u'x' || html[j] == u'X')) {
            base = 16;
            ++j;
        }
        const qsizetype digitsStart = j;
        char32_t value = 0;
        while (j < size && j - digitsStart < 8) {
            const char16_t c = html[j].unicode();
            int digit = -1;
            if (c >= u'0' && c <= u'9')
                digit = c - u'0';
            else if (base == 16 && c >= u'a' && c <= u'f')
                digit = c - u'a' + 10;
            else if (base == 16 && c >= u'A' && c <= u'F')
                digit = c - u'A' + 10;
            if (digit < 0)
                break;
            value = value * char32_t(base) + char32_t(digit);
            ++j;
        }
        if (j == digitsStart || j >= size || html[j] != u';')
            return 0;
        *end = j + 1;
        if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return 0xFFFD;
        return value;
    }
    const qsizetype nameStart = j;
    while (j < size && j - nameStart < 10 && isAsciiAlnum(html[j].unicode()))
        ++j;
    if (j == nameStart || j >= size || html[j] != u';')
        return 0;
    const char32_t code = namedEntity(html.sliced(nameStart, j - nameStart));
    if (code != 0)
        *end = j + 1;
    return code;
}

// Index just past the '>' closing a tag whose attributes start at i (quotes respected).
qsizetype tagEnd(QStringView html, qsizetype i)
{
    const qsizetype size = html.size();
    char16_t quote = 0;
    for (; i < size; ++i) {
        const char16_t c = html[i].unicode();
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            return i + 1;
        }
    }
    return size;
}

// Index past the end tag </name> that closes raw content starting at i (or the end).
qsizetype skipRawContent(QStringView html, qsizetype i, QStringView name)
{
    const qsizetype size = html.size();
    while (i < size) {
        const qsizetype lt = html.indexOf(u'<', i);
        if (lt < 0 || lt + 1 >= size)
            return size;
        if (html[lt + 1] == u'/' && lt + 2 + name.size() <= size
            && html.sliced(lt + 2, name.size()).compare(name, Qt::CaseInsensitive) == 0) {
            const qsizetype after = lt + 2 + name.size();
            if (after >= size || !isAsciiAlnum(html[after].unicode()))
                return tagEnd(html, after);
        }
        i = lt + 1;
    }
    return size;
}

} // namespace

QString plainText(QStringView html)
{
    Extractor out(html.size());
    const qsizetype size = html.size();
    qsizetype i = 0;
    while (i < size) {
        const char16_t c = html[i].unicode();
        if (c == u'<' && i + 1 < size) {
            const char16_t next = html[i + 1].unicode();
            if (next == u'!') {
                if (html.sliced(i).startsWith(u"<!--")) {
                    const qsizetype close = html.indexOf(u"-->", i + 4);
                    i = close < 0 ? size : close + 3;
                } else {
                    i = tagEnd(html, i + 2);   // <!DOCTYPE ...>, <![CDATA[...]]> treated alike
                }
                continue;
            }
            if (next == u'?') {
                i = tagEnd(html, i + 2);
                continue;
            }
            const bool closing = next == u'/';
            const qsizetype nameStart = i + (closing ? 2 : 1);
            qsizetype j = nameStart;
            if (j < size && isAsciiAlpha(html[j].unicode())) {
                while (j < size && isAsciiAlnum(html[j].unicode()))
                    ++j;
                const QStringView name = html.sliced(nameStart, j - nameStart);
                i = tagEnd(html, j);
                switch (kindOf(name)) {
                case TagKind::Inline: break;
                case TagKind::Block: out.separator(u'\n'); break;
                case TagKind::LineBreak: out.separator(u'\n'); break;
                case TagKind::Cell: out.separator(u'\t'); break;
                case TagKind::Image: out.space(); break;
                case TagKind::Skipped:
                    if (!closing && !(i >= 2 && html[i - 2] == u'/'))
                        i = skipRawContent(html, i, name);
                    break;
                }
                continue;
            }
            // Not a tag ("a < b", "<3"): the '<' is text.
        } else if (c == u'&') {
            qsizetype end = i;
            const char32_t decoded = characterReference(html, i, &end);
            if (decoded != 0) {
                out.character(decoded);
                i = end;
                continue;
            }
        }
        if (QChar::isHighSurrogate(c) && i + 1 < size && html[i + 1].isLowSurrogate()) {
            out.character(QChar::surrogateToUcs4(c, html[i + 1].unicode()));
            i += 2;
            continue;
        }
        out.character(c);
        ++i;
    }
    return out.finish();
}

namespace {

// SearchText::fold() without the cost of Unicode normalization for the usual French text.
// Text made only of the characters below is left unchanged by NFKC (none of them has a
// compatibility decomposition or combines with a neighbour), except U+00A0, U+202F (NFKC:
// a space) and U+2026 (NFKC: "..."), replaced here as NFKC does. Anything else takes the
// general path. The ligatures are then expanded as in fold().
enum class Fold : quint8 { Keep, Space, Ellipsis, Ligature, Other };

Fold foldClass(char16_t c)
{
    if (c < 0x80)
        return (c >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r') ? Fold::Keep : Fold::Other;
    if (c >= 0xC0 && c <= 0xFF)
        return (c == 0xC6 || c == 0xDF || c == 0xE6) ? Fold::Ligature : Fold::Keep;   // Æ ß æ
    switch (c) {
    case 0xA0: case 0x202F: return Fold::Space;
    case 0x2026: return Fold::Ellipsis;
    case 0x152: case 0x153: return Fold::Ligature;                                   // Œ œ
    case 0xA1: case 0xA2: case 0xA3: case 0xA4: case 0xA5: case 0xA6: case 0xA7: case 0xA9: case 0xAB:
    case 0xAC: case 0xAE: case 0xB0: case 0xB1: case 0xB6: case 0xB7: case 0xBB: case 0xBF:
    case 0x2013: case 0x2014: case 0x2018: case 0x2019: case 0x201C: case 0x201D: case 0x20AC:
        return Fold::Keep;
    default: return Fold::Other;
    }
}

} // namespace

QString indexable(QStringView html)
{
    const QString text = plainText(html);
    QString folded;
    folded.reserve(text.size() + 16);
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        switch (foldClass(c)) {
        case Fold::Keep: folded.append(ch); break;
        case Fold::Space: folded.append(u' '); break;
        case Fold::Ellipsis: folded.append(u"..."); break;
        case Fold::Ligature:
            switch (c) {
            case 0x152: folded.append(u"OE"); break;
            case 0x153: folded.append(u"oe"); break;
            case 0xC6: folded.append(u"AE"); break;
            case 0xE6: folded.append(u"ae"); break;
            default: folded.append(u"ss"); break;
            }
            break;
        case Fold::Other: return SearchText::fold(text);
        }
    }
    return folded;
}

} // namespace Actes::IndexingText
