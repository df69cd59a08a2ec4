#include "text/htmltokenizer.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes {

// --- characters ----------------------------------------------------------------------------

bool isHtmlSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f';
}

namespace {

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

} // namespace

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

namespace {

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

} // namespace

// --- tokenizer ----------------------------------------------------------------------------

QList<Token> Tokenizer::run()
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

void Tokenizer::note(const QString &name)
{
    if (!m_droppedSet.contains(name)) {
        m_droppedSet.insert(name);
        m_dropped.append(name);
    }
}

qsizetype Tokenizer::commentEnd(qsizetype i) const
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

qsizetype Tokenizer::bogusCommentEnd(qsizetype from) const
{
    const qsizetype end = s.indexOf(u'>', from);
    return end < 0 ? n : end + 1;
}

qsizetype Tokenizer::tagName(qsizetype j, QString &name) const
{
    const qsizetype start = j;
    while (j < n && !isHtmlSpace(s[j]) && s[j] != u'/' && s[j] != u'>')
        ++j;
    name = s.mid(start, j - start).toString().toLower();
    return j;
}

void Tokenizer::skipSpaces(qsizetype &j) const
{
    while (j < n && isHtmlSpace(s[j]))
        ++j;
}

qsizetype Tokenizer::attributes(qsizetype j, QList<Attribute> &out, bool &selfClosing) const
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

qsizetype Tokenizer::rawEnd(qsizetype from, const QString &name) const
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

QString decodeHtmlEntities(QStringView text, bool attribute)
{
    return decodeEntities(text, attribute);
}

} // namespace Actes
