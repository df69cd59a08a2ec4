#include "text/htmlelements.h"

#include "text/cleanhtml.h"
#include "text/htmltokenizer.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace Actes {

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

} // namespace Actes
