#include "text/htmlsanitizer.h"

#include "text/cleanhtml.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

// --- characters ----------------------------------------------------------------------------

bool isHtmlSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f';
}

bool isAsciiAlpha(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return isAsciiAlpha(c) || (u >= u'0' && u <= u'9');
}

// Control characters are not text: NUL, C0 except tab/newlines, DEL, C1.
bool isControl(char32_t u)
{
    return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f')
        || (u >= 0x7F && u <= 0x9F);
}

QString withoutControls(const QString &input)
{
    qsizetype first = -1;
    for (qsizetype i = 0; i < input.size(); ++i) {
        if (isControl(input.at(i).unicode())) {
            first = i;
            break;
        }
    }
    if (first < 0)
        return input;
    QString out;
    out.reserve(input.size());
    out += QStringView(input).left(first);
    for (qsizetype i = first; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (!isControl(c.unicode()))
            out += c;
    }
    return out;
}

// --- entities -------------------------------------------------------------------------------

const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> table = [] {
        QHash<QString, char32_t> t;
        // U+00A0..U+00FF in order (HTML 4 Latin-1 set).
        static const char *const latin1[] = {
            "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy",
            "ordf", "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3",
            "acute", "micro", "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14",
            "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring",
            "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc",
            "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times",
            "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig", "agrave",
            "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave", "eacute",
            "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve",
            "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc",
            "uuml", "yacute", "thorn", "yuml",
        };
        char32_t code = 0xA0;
        for (const char *name : latin1)
            t.insert(QString::fromLatin1(name), code++);
        // Greek letters.
        static const char *const greekUpper[] = {
            "Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota",
            "Kappa", "Lambda", "Mu", "Nu", "Xi", "Omicron", "Pi", "Rho", nullptr, "Sigma", "Tau",
            "Upsilon", "Phi", "Chi", "Psi", "Omega",
        };
        code = 0x391;
        for (const char *name : greekUpper) {
            if (name)
                t.insert(QString::fromLatin1(name), code);
            ++code;
        }
        static const char *const greekLower[] = {
            "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota",
            "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigmaf", "sigma",
            "tau", "upsilon", "phi", "chi", "psi", "omega",
        };
        code = 0x3B1;
        for (const char *name : greekLower)
            t.insert(QString::fromLatin1(name), code++);
        static const struct { const char *name; char32_t code; } others[] = {
            {"quot", 0x22}, {"amp", 0x26}, {"apos", 0x27}, {"lt", 0x3C}, {"gt", 0x3E},
            {"OElig", 0x152}, {"oelig", 0x153}, {"Scaron", 0x160}, {"scaron", 0x161},
            {"Yuml", 0x178}, {"fnof", 0x192}, {"circ", 0x2C6}, {"tilde", 0x2DC},
            {"ensp", 0x2002}, {"emsp", 0x2003}, {"thinsp", 0x2009}, {"zwnj", 0x200C},
            {"zwj", 0x200D}, {"lrm", 0x200E}, {"rlm", 0x200F}, {"hyphen", 0x2010},
            {"ndash", 0x2013}, {"mdash", 0x2014}, {"lsquo", 0x2018}, {"rsquo", 0x2019},
            {"sbquo", 0x201A}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"bdquo", 0x201E},
            {"dagger", 0x2020}, {"Dagger", 0x2021}, {"bull", 0x2022}, {"hellip", 0x2026},
            {"permil", 0x2030}, {"prime", 0x2032}, {"Prime", 0x2033}, {"lsaquo", 0x2039},
            {"rsaquo", 0x203A}, {"oline", 0x203E}, {"frasl", 0x2044}, {"euro", 0x20AC},
            {"trade", 0x2122}, {"larr", 0x2190}, {"uarr", 0x2191}, {"rarr", 0x2192},
            {"darr", 0x2193}, {"harr", 0x2194}, {"minus", 0x2212}, {"infin", 0x221E},
            {"ne", 0x2260}, {"le", 0x2264}, {"ge", 0x2265}, {"asymp", 0x2248},
            {"equiv", 0x2261}, {"sum", 0x2211}, {"prod", 0x220F}, {"radic", 0x221A},
            {"part", 0x2202}, {"check", 0x2713}, {"NewLine", 0x0A}, {"Tab", 0x09},
            {"nbsp", 0xA0}, {"NonBreakingSpace", 0xA0}, {"ThinSpace", 0x2009},
            {"hairsp", 0x200A}, {"numsp", 0x2007}, {"puncsp", 0x2008}, {"lowast", 0x2217},
            {"sdot", 0x22C5}, {"loz", 0x25CA}, {"spades", 0x2660}, {"clubs", 0x2663},
            {"hearts", 0x2665}, {"diams", 0x2666}, {"star", 0x2606}, {"starf", 0x2605},
            {"commat", 0x40}, {"excl", 0x21}, {"num", 0x23}, {"dollar", 0x24},
            {"percnt", 0x25}, {"lpar", 0x28}, {"rpar", 0x29}, {"ast", 0x2A}, {"plus", 0x2B},
            {"comma", 0x2C}, {"period", 0x2E}, {"sol", 0x2F}, {"colon", 0x3A}, {"semi", 0x3B},
            {"equals", 0x3D}, {"quest", 0x3F}, {"lsqb", 0x5B}, {"bsol", 0x5C}, {"rsqb", 0x5D},
            {"lowbar", 0x5F}, {"grave", 0x60}, {"lcub", 0x7B}, {"verbar", 0x7C},
            {"rcub", 0x7D},
        };
        for (const auto &o : others)
            t.insert(QString::fromLatin1(o.name), o.code);
        return t;
    }();
    return table;
}

// Numeric references 0x80..0x9F mean windows-1252 characters (as in browsers).
char32_t fixCodePoint(quint32 value)
{
    static const char16_t cp1252[32] = {
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
        0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    };
    if (value >= 0x80 && value <= 0x9F)
        return cp1252[value - 0x80]; // 0 = dropped
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0xFFFD;
    if (isControl(value))
        return 0;
    return value;
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp == 0)
        return;
    if (cp > 0xFFFF) {
        out += QChar(QChar::highSurrogate(cp));
        out += QChar(QChar::lowSurrogate(cp));
    } else {
        out += QChar(char16_t(cp));
    }
}

QString decodeEntities(QStringView in, bool attribute)
{
    qsizetype amp = in.indexOf(u'&');
    if (amp < 0)
        return in.toString();
    QString out;
    out.reserve(in.size());
    qsizetype i = 0;
    const qsizetype n = in.size();
    while (true) {
        amp = in.indexOf(u'&', i);
        if (amp < 0) {
            out += in.mid(i);
            break;
        }
        out += in.mid(i, amp - i);
        i = amp + 1;
        if (i < n && in[i] == u'#') {
            qsizetype j = i + 1;
            const bool hex = j < n && (in[j] == u'x' || in[j] == u'X');
            if (hex)
                ++j;
            const qsizetype digits = j;
            quint32 value = 0;
            while (j < n) {
                const char16_t u = in[j].unicode();
                int d = -1;
                if (u >= u'0' && u <= u'9')
                    d = u - u'0';
                else if (hex && u >= u'a' && u <= u'f')
                    d = u - u'a' + 10;
                else if (hex && u >= u'A' && u <= u'F')
                    d = u - u'A' + 10;
                if (d < 0)
                    break;
                value = std::min<quint32>(value * (hex ? 16 : 10) + quint32(d), 0x110000);
                ++j;
            }
            if (j == digits) {
                out += u'&'; // "&#" not followed by digits: literal
                continue;
            }
            if (j < n && in[j] == u';')
                ++j;
            appendCodePoint(out, fixCodePoint(value));
            i = j;
            continue;
        }
        qsizetype j = i;
        while (j < n && j - i < 32 && isAsciiAlnum(in[j]))
            ++j;
        if (j > i) {
            const QString name = in.mid(i, j - i).toString();
            const bool semicolon = j < n && in[j] == u';';
            if (semicolon) {
                const auto it = namedEntities().constFind(name);
                if (it != namedEntities().constEnd()) {
                    appendCodePoint(out, *it);
                    i = j + 1;
                    continue;
                }
            } else if (name == u"amp" || name == u"lt" || name == u"gt" || name == u"quot"
                       || name == u"nbsp") {
                // Legacy forms without ';' (not in attributes before '=': "?a=1&ltb=2").
                if (!attribute || j >= n || in[j] != u'=') {
                    appendCodePoint(out, namedEntities().value(name));
                    i = j;
                    continue;
                }
            }
        }
        out += u'&';
    }
    return out;
}

// --- tokenizer ----------------------------------------------------------------------------

struct Attribute
{
    QString name;
    QString value;
};

struct Token
{
    enum Kind : quint8 { Text, Start, End };
    Kind kind = Text;
    bool selfClosing = false;
    QString name; // lower case
    QString text;
    QList<Attribute> attributes;

    QString attribute(QLatin1String key) const
    {
        for (const Attribute &a : attributes) {
            if (a.name == key)
                return a.value;
        }
        return {};
    }
    bool hasAttribute(QLatin1String key) const
    {
        return std::any_of(attributes.cbegin(), attributes.cend(),
                           [key](const Attribute &a) { return a.name == key; });
    }
};

// Attributes worth keeping from the input; every other one (on*, id, class of no use,
// width, color...) is skipped by the tokenizer.
bool isWantedAttribute(QStringView name)
{
    return name == u"href" || name == u"src" || name == u"alt" || name == u"style"
        || name == u"class" || name == u"colspan" || name == u"rowspan" || name == u"hidden"
        || name == u"align";
}

// Elements dropped with everything up to their end tag, without parsing what is inside.
bool isRawDropped(QStringView name)
{
    static const QSet<QString> names = {
        u"script"_s, u"style"_s, u"title"_s, u"textarea"_s, u"select"_s, u"button"_s,
        u"iframe"_s, u"object"_s, u"applet"_s, u"video"_s, u"audio"_s, u"canvas"_s,
        u"svg"_s, u"math"_s, u"template"_s, u"noscript"_s, u"noembed"_s, u"noframes"_s,
        u"xml"_s, u"xmp"_s, u"plaintext"_s, u"frameset"_s, u"datalist"_s,
    };
    return names.contains(name.toString());
}

class Tokenizer
{
public:
    Tokenizer(QStringView input, QStringList &dropped, QSet<QString> &droppedSet)
        : s(input), n(input.size()), m_dropped(dropped), m_droppedSet(droppedSet)
    {
    }

    QList<Token> run()
    {
        qsizetype i = 0;
        qsizetype textStart = 0;
        auto flushText = [&](qsizetype end) {
            if (end > textStart) {
                Token t;
                t.kind = Token::Text;
                t.text = decodeEntities(s.mid(textStart, end - textStart), false);
                m_tokens.append(std::move(t));
            }
        };
        while (i < n) {
            const qsizetype lt = s.indexOf(u'<', i);
            if (lt < 0)
                break;
            i = lt;
            const QChar next = i + 1 < n ? s[i + 1] : QChar();
            if (next == u'!') {
                flushText(i);
                if (s.mid(i).startsWith(u"<!--")) {
                    note(u"comment"_s);
                    i = commentEnd(i);
                } else {
                    i = bogusCommentEnd(i + 2);
                }
                textStart = i;
            } else if (next == u'?') {
                flushText(i);
                i = bogusCommentEnd(i + 2);
                textStart = i;
            } else if (next == u'/') {
                if (i + 2 >= n) {
                    i += 1; // "</" at the end: text
                    continue;
                }
                flushText(i);
                const QChar after = s[i + 2];
                if (isAsciiAlpha(after)) {
                    Token t;
                    t.kind = Token::End;
                    qsizetype j = tagName(i + 2, t.name);
                    QList<Attribute> ignored;
                    bool selfClosing = false;
                    j = attributes(j, ignored, selfClosing);
                    if (j < 0) {
                        i = n; // EOF inside the tag: dropped
                    } else {
                        m_tokens.append(std::move(t));
                        i = j;
                    }
                } else if (after == u'>') {
                    i += 3;
                } else {
                    i = bogusCommentEnd(i + 2);
                }
                textStart = i;
            } else if (isAsciiAlpha(next)) {
                flushText(i);
                Token t;
                t.kind = Token::Start;
                qsizetype j = tagName(i + 1, t.name);
                j = attributes(j, t.attributes, t.selfClosing);
                if (j < 0) {
                    i = n;
                } else if (isRawDropped(t.name)) {
                    note(t.name);
                    const bool foreignEmpty = t.selfClosing
                        && (t.name == u"svg" || t.name == u"math" || t.name == u"xml");
                    i = foreignEmpty ? j : rawEnd(j, t.name);
                } else {
                    m_tokens.append(std::move(t));
                    i = j;
                }
                textStart = i;
            } else {
                i += 1; // a lone '<' is text
            }
        }
        flushText(n);
        return std::move(m_tokens);
    }

private:
    void note(const QString &name)
    {
        if (!m_droppedSet.contains(name)) {
            m_droppedSet.insert(name);
            m_dropped.append(name);
        }
    }

    qsizetype commentEnd(qsizetype i) const
    {
        // i at "<!--"; "<!-->" and "<!--->" are complete (empty) comments.
        if (s.mid(i).startsWith(u"<!-->"))
            return i + 5;
        if (s.mid(i).startsWith(u"<!--->"))
            return i + 6;
        const qsizetype a = s.indexOf(u"-->", i + 4);
        const qsizetype b = s.indexOf(u"--!>", i + 4);
        if (a < 0 && b < 0)
            return n; // unterminated comment: up to the end, as browsers do
        if (b < 0 || (a >= 0 && a < b))
            return a + 3;
        return b + 4;
    }

    qsizetype bogusCommentEnd(qsizetype from) const
    {
        const qsizetype end = s.indexOf(u'>', from);
        return end < 0 ? n : end + 1;
    }

    qsizetype tagName(qsizetype j, QString &name) const
    {
        const qsizetype start = j;
        while (j < n && !isHtmlSpace(s[j]) && s[j] != u'/' && s[j] != u'>')
            ++j;
        name = s.mid(start, j - start).toString().toLower();
        return j;
    }

    void skipSpaces(qsizetype &j) const
    {
        while (j < n && isHtmlSpace(s[j]))
            ++j;
    }

    // Returns the position after '>', or -1 at the end of the input.
    qsizetype attributes(qsizetype j, QList<Attribute> &out, bool &selfClosing) const
    {
        while (true) {
            skipSpaces(j);
            if (j >= n)
                return -1;
            const QChar c = s[j];
            if (c == u'>')
                return j + 1;
            if (c == u'/') {
                ++j;
                if (j < n && s[j] == u'>') {
                    selfClosing = true;
                    return j + 1;
                }
                continue;
            }
            const qsizetype nameStart = j++;
            while (j < n && !isHtmlSpace(s[j]) && s[j] != u'/' && s[j] != u'>' && s[j] != u'=')
                ++j;
            const QStringView name = s.mid(nameStart, j - nameStart);
            skipSpaces(j);
            QStringView value;
            if (j < n && s[j] == u'=') {
                ++j;
                skipSpaces(j);
                if (j >= n)
                    return -1;
                const QChar q = s[j];
                if (q == u'"' || q == u'\'') {
                    const qsizetype end = s.indexOf(q, j + 1);
                    if (end < 0)
                        return -1;
                    value = s.mid(j + 1, end - j - 1);
                    j = end + 1;
                } else {
                    const qsizetype start = j;
                    while (j < n && !isHtmlSpace(s[j]) && s[j] != u'>')
                        ++j;
                    value = s.mid(start, j - start);
                }
            }
            if (name.size() <= 16) {
                const QString lower = name.toString().toLower();
                if (isWantedAttribute(lower)
                    && std::none_of(out.cbegin(), out.cend(),
                                    [&lower](const Attribute &a) { return a.name == lower; })) {
                    out.append({lower, decodeEntities(value, true)});
                }
            }
        }
    }

    qsizetype rawEnd(qsizetype from, const QString &name) const
    {
        const QString close = u"</"_s + name;
        qsizetype k = from;
        while (true) {
            k = s.indexOf(close, k, Qt::CaseInsensitive);
            if (k < 0)
                return n;
            const qsizetype after = k + close.size();
            if (after >= n)
                return n;
            if (isHtmlSpace(s[after]) || s[after] == u'/' || s[after] == u'>') {
                const qsizetype end = s.indexOf(u'>', after);
                return end < 0 ? n : end + 1;
            }
            k = after;
        }
    }

    QStringView s;
    qsizetype n = 0;
    QList<Token> m_tokens;
    QStringList &m_dropped;
    QSet<QString> &m_droppedSet;
};

// --- element classes ------------------------------------------------------------------------

bool isVoid(QStringView name)
{
    static const QSet<QString> names = {
        u"area"_s, u"base"_s, u"br"_s, u"col"_s, u"embed"_s, u"hr"_s, u"img"_s, u"input"_s,
        u"link"_s, u"meta"_s, u"param"_s, u"source"_s, u"track"_s, u"wbr"_s, u"keygen"_s,
        u"frame"_s, u"basefont"_s, u"bgsound"_s, u"image"_s,
    };
    return names.contains(name.toString());
}

bool isHeading(QStringView name)
{
    return name.size() == 2 && name[0] == u'h' && name[1] >= u'1' && name[1] <= u'6';
}

// Elements that end an open <p> and make a paragraph break.
bool isBlockElement(QStringView name)
{
    static const QSet<QString> names = {
        u"address"_s, u"article"_s, u"aside"_s, u"blockquote"_s, u"center"_s, u"details"_s,
        u"dialog"_s, u"dir"_s, u"div"_s, u"dl"_s, u"dd"_s, u"dt"_s, u"fieldset"_s,
        u"figcaption"_s, u"figure"_s, u"footer"_s, u"header"_s, u"hgroup"_s, u"main"_s,
        u"menu"_s, u"nav"_s, u"ol"_s, u"p"_s, u"section"_s, u"summary"_s, u"ul"_s, u"li"_s,
        u"pre"_s, u"listing"_s, u"table"_s, u"form"_s, u"legend"_s, u"caption"_s,
        u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s, u"body"_s,
    };
    return names.contains(name.toString());
}

bool isTableStructure(QStringView name)
{
    return name == u"table" || name == u"thead" || name == u"tbody" || name == u"tfoot"
        || name == u"tr" || name == u"td" || name == u"th" || name == u"caption";
}

struct StyleEffect
{
    bool hide = false;
    QString msoList; // value of mso-list, lower case
    Qt::Alignment align; // from text-align; empty when absent or not understood
};

// A paragraph alignment from an align attribute or a text-align value (lower case, trimmed);
// empty for anything else (hostile or unknown values are simply ignored).
Qt::Alignment alignmentFromValue(QStringView value)
{
    if (value == u"left" || value == u"start" || value == u"-webkit-left"
        || value == u"-moz-left")
        return Qt::AlignLeft;
    if (value == u"center" || value == u"centre" || value == u"middle"
        || value == u"-webkit-center" || value == u"-moz-center")
        return Qt::AlignHCenter;
    if (value == u"right" || value == u"end" || value == u"-webkit-right"
        || value == u"-moz-right")
        return Qt::AlignRight;
    if (value == u"justify" || value == u"justify-all" || value == u"distribute")
        return Qt::AlignJustify;
    return {};
}

// Applies the inline formatting of a style attribute; returns what else it says.
StyleEffect applyStyle(QStringView style, InlineFormat &format)
{
    StyleEffect effect;
    for (QStringView decl : style.split(u';')) {
        const qsizetype colon = decl.indexOf(u':');
        if (colon < 0)
            continue;
        const QString prop = decl.left(colon).trimmed().toString().toLower();
        QString value = decl.mid(colon + 1).trimmed().toString().toLower();
        value.remove(u"!important"_s);
        value = value.trimmed();
        if (prop == u"font-weight") {
            bool ok = false;
            const int weight = value.toInt(&ok);
            if (ok)
                format.bold = weight >= 600;
            else if (value == u"bold" || value == u"bolder")
                format.bold = true;
            else if (value == u"normal" || value == u"lighter")
                format.bold = false;
        } else if (prop == u"font-style") {
            if (value == u"italic" || value.startsWith(u"oblique"))
                format.italic = true;
            else if (value == u"normal")
                format.italic = false;
        } else if (prop == u"text-decoration" || prop == u"text-decoration-line") {
            if (value.contains(u"none")) {
                format.underline = false;
                format.strike = false;
            }
            if (value.contains(u"underline"))
                format.underline = true;
            if (value.contains(u"line-through"))
                format.strike = true;
        } else if (prop == u"font") {
            const QStringList words = value.split(u' ', Qt::SkipEmptyParts);
            for (const QString &w : words) {
                bool ok = false;
                const int weight = w.toInt(&ok);
                if (w == u"bold" || w == u"bolder" || (ok && weight >= 600 && weight <= 1000))
                    format.bold = true;
                else if (w == u"italic" || w == u"oblique")
                    format.italic = true;
            }
        } else if (prop == u"text-align") {
            effect.align = alignmentFromValue(value);
        } else if (prop == u"display") {
            effect.hide = effect.hide || value == u"none";
        } else if (prop == u"mso-hide") {
            effect.hide = effect.hide || value == u"all";
        } else if (prop == u"mso-list") {
            effect.msoList = value;
            if (value == u"ignore")
                effect.hide = true; // Word's list bullet, already a <li> here
        }
    }
    return effect;
}

bool isBulletMarker(QStringView marker)
{
    if (marker.size() != 1)
        return false;
    const char16_t u = marker[0].unicode();
    static const char16_t bullets[] = {
        u'·', u'•', u'▪', u'■', u'□', u'●', u'○', u'◦', u'o', u'§', u'-', u'–', u'—', u'*',
        u'➢', u'Ø', u'ü', u'➤', u'►', u'✓', u'q', u'v',
    };
    if (u >= 0xF000 && u <= 0xF0FF)
        return true; // Symbol/Wingdings private-use bullets
    return std::find(std::begin(bullets), std::end(bullets), u) != std::end(bullets);
}

bool isOrderedMarker(QStringView marker)
{
    static const QRegularExpression re(
        u"^\\(?([0-9]{1,3}|[a-zA-Z]{1,2}|[ivxlcdmIVXLCDM]{1,6})[.)]$"_s);
    return re.match(marker.toString()).hasMatch();
}

bool isListSpace(QChar c)
{
    return isHtmlSpace(c) || c == QChar(0xA0) || c == QChar(0x202F) || c == QChar(0x2002)
        || c == QChar(0x2003);
}

QString trimListSpaces(QStringView s)
{
    qsizetype a = 0;
    qsizetype b = s.size();
    while (a < b && isListSpace(s[a]))
        ++a;
    while (b > a && isListSpace(s[b - 1]))
        --b;
    return s.mid(a, b - a).toString();
}

QByteArray decodeDataImage(const QString &src)
{
    const qsizetype comma = src.indexOf(u',');
    if (comma < 0)
        return {};
    const QString header = src.mid(5, comma - 5).trimmed().toLower();
    if (!header.endsWith(u";base64"))
        return {};
    const QString mime = header.section(u';', 0, 0);
    static const QSet<QString> accepted = {
        u"image/png"_s, u"image/jpeg"_s, u"image/jpg"_s, u"image/pjpeg"_s, u"image/gif"_s,
        u"image/webp"_s, u"image/bmp"_s, u"image/x-ms-bmp"_s,
    };
    if (!accepted.contains(mime))
        return {};
    QByteArray payload;
    payload.reserve(src.size() - comma);
    for (qsizetype i = comma + 1; i < src.size(); ++i) {
        const char16_t u = src.at(i).unicode();
        if (isHtmlSpace(QChar(u)))
            continue;
        if (u > 0x7F)
            return {};
        payload.append(char(u));
    }
    payload.replace("%2B", "+").replace("%2F", "/").replace("%3D", "=");
    const auto decoded = QByteArray::fromBase64Encoding(payload,
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    const QByteArray &data = *decoded;
    const bool known = data.startsWith("\x89PNG\r\n\x1a\n") || data.startsWith("\xFF\xD8\xFF")
        || data.startsWith("GIF87a") || data.startsWith("GIF89a")
        || (data.startsWith("RIFF") && data.mid(8, 4) == "WEBP") || data.startsWith("BM");
    return known ? data : QByteArray();
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

    void elementEffect(const Token &t, Entry &e)
    {
        const QString &name = t.name;
        Context &c = e.context;
        if (name == u"o:p" || t.hasAttribute("hidden"_L1)) {
            c.suppress = true;
            return;
        }
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
            c.format.href = HtmlSanitizer::cleanLinkTarget(t.attribute("href"_L1),
                                                           m_options.baseUrl);
        else if (name == u"pre" || name == u"listing")
            c.pre = true;

        const StyleEffect style = applyStyle(t.attribute("style"_L1), c.format);
        if (style.hide) {
            c.suppress = true;
            return;
        }

        // Text alignment of blocks (inherited, as text-align is in CSS). On a table, align
        // places the table, it does not align its text.
        if (isBlockElement(name)) {
            if (name == u"center")
                c.align = Qt::AlignHCenter;
            if (name != u"table") {
                const Qt::Alignment attribute = alignmentFromValue(
                    t.attribute("align"_L1).trimmed().toLower());
                if (attribute)
                    c.align = attribute;
            }
            if (style.align)
                c.align = style.align;
        }

        if (name == u"p") {
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
        } else if (isHeading(name)) {
            const int level = name[1].unicode() - u'0';
            c.paragraphLevel = std::clamp(level + (level == 1 ? 1 : 0), 2, 4);
            blockStart();
            e.effect = Effect::Paragraph;
        } else if (name == u"blockquote") {
            blockStart();
            e.effect = (!c.flatList && !c.flatTable && m_writer.open(Block::Blockquote))
                ? Effect::Container : Effect::Paragraph;
        } else if (name == u"ul" || name == u"ol" || name == u"dir" || name == u"menu") {
            blockStart();
            if (!c.flatList
                && m_writer.open(name == u"ol" ? Block::OrderedList : Block::BulletList)) {
                e.effect = Effect::Container;
            } else {
                c.flatList = true;
                e.effect = Effect::Paragraph;
            }
        } else if (name == u"li") {
            blockStart();
            if (!c.flatList && m_writer.open(Block::ListItem)) {
                e.effect = Effect::Container;
            } else {
                c.flatList = true;
                e.effect = Effect::Paragraph;
            }
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
            if (c.flatTable) {
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
                if (m_writer.open(name == u"th" ? Block::HeaderCell : Block::Cell,
                                  std::max(1, colSpan), std::max(1, rowSpan))) {
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
        } else if (isBlockElement(name)) {
            blockStart();
            e.effect = Effect::Paragraph;
        }
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
        if (!findListMarker(marker) && !msoListItem)
            return false;
        m_writer.paragraphBreak();
        return m_writer.wordListItem(level, isOrderedMarker(marker), listId);
    }

    // Looks ahead in the paragraph for Word's bullet: the content of <span
    // style="mso-list:Ignore"> (dropped when it is reached), or a bullet at the start of the
    // first text, which is then removed from the tokens with the spaces after it.
    bool findListMarker(QString &marker)
    {
        bool inIgnore = false;
        int nested = 0;
        const qsizetype last = std::min<qsizetype>(m_tokens.size(), m_index + 400);
        for (qsizetype k = m_index + 1; k < last; ++k) {
            Token &t = m_tokens[k];
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
            if (t.text.isEmpty()) {
                // Spaces after the bullet in the next texts (Word's "font:7pt" span).
                for (qsizetype j = k + 1; j < last; ++j) {
                    Token &next = m_tokens[j];
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
            return true;
        }
        return false;
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
        if (lower.startsWith(ImageScheme)) {
            static const QRegularExpression keyRe(u"^[A-Za-z0-9._-]{1,200}$"_s);
            const QString key = src.mid(ImageScheme.size());
            if (keyRe.match(key).hasMatch()) {
                m_writer.image(ImageScheme + key, alt, c.format);
                return;
            }
        } else if (lower.startsWith(u"data:")) {
            const QByteArray data = decodeDataImage(src);
            if (!data.isEmpty()) {
                m_writer.image(PendingImageScheme + QString::number(m_result.embeddedImages.size()),
                               alt, c.format);
                m_result.embeddedImages.append(data);
                return;
            }
        } else if (!src.isEmpty() && !lower.startsWith(u"actes-")) {
            QUrl url(src, QUrl::TolerantMode);
            if (url.isRelative() && m_options.baseUrl.isValid())
                url = m_options.baseUrl.resolved(url);
            else if (src.startsWith(u"//"))
                url.setScheme(u"https"_s);
            const QString scheme = url.scheme().toLower();
            if (url.isValid()
                && ((scheme == u"http" || scheme == u"https") ? !url.host().isEmpty()
                                                               : scheme == u"file")) {
                const QString absolute = url.toString(QUrl::FullyEncoded);
                if (m_options.remoteImages == SanitizeOptions::RemoteImages::Placeholder) {
                    m_writer.image(RemoteImageScheme
                                       + QString::number(m_result.remoteImages.size()),
                                   alt, c.format);
                    m_result.remoteImages.append(absolute);
                    return;
                }
                m_result.remoteImages.append(absolute);
            }
        }
        note(u"img"_s);
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
