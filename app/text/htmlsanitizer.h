#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Actes {

struct SanitizeOptions
{
    enum class RemoteImages {
        Drop,           // remove them from the HTML (the URLs are listed in remoteImages)
        Placeholder,    // write <img src="actes-remote:N">, N = index in remoteImages
    };
    RemoteImages remoteImages = RemoteImages::Drop;
    // Base of relative links and image sources (e.g. the page the HTML was copied from).
    // Invalid (the default): relative links are dropped (their text kept), relative images too.
    QUrl baseUrl;
    bool allowImages = true;    // false: every image is dropped (listed in droppedElements)
};

struct SanitizedHtml
{
    // Clean HTML in the canonical form described in cleanhtml.h.
    QString html;
    // Images referenced by URL (http, https, file) that were NOT fetched, in document order,
    // absolute. With RemoteImages::Placeholder, "actes-remote:N" refers to remoteImages[N].
    QStringList remoteImages;
    // Decoded "data:" images (PNG, JPEG, GIF, WebP, BMP; never SVG). The HTML refers to
    // embeddedImages[N] as <img src="actes-pending:N">: the caller stores each one with
    // ResourceRepository::storeImage() and replaces "actes-pending:N" by "actes-image:KEY".
    QList<QByteArray> embeddedImages;
    // Names of the elements removed together with their content (script, style, iframe,
    // object...) or removed as a whole (img, input, embed...), each once, in order of first
    // appearance; "comment" for HTML comments (incl. Word's conditional comments). Formatting
    // wrappers that are merely unwrapped (span, font, div, o:p...) are not listed.
    QStringList droppedElements;
};

// Turns any HTML (clipboard of Word, LibreOffice, browsers, hostile input) into the clean
// subset of cleanhtml.h. Never fetches anything. Pure function, thread-safe.
//
// Kept: headings (h1 -> h2, h2..h4, h5/h6 -> h4), paragraphs, lists with nesting, strong/b,
// em/i, u, s/strike/del, links (http, https, mailto, "#..."; other links lose the <a> but
// keep their text), blockquote, tables (thead, tr, th, td, colspan/rowspan), br, images.
// Paragraph and heading alignment (center, right, justify; left is the default) from align="..."
// and from style="text-align:..." on the block or an enclosing block (<div>, <center>...), as
// CSS inherits it; unknown values are ignored, every other style property is dropped.
// Bold/italic/underline/strike written as CSS (style="font-weight:bold", "font-style:italic",
// "text-decoration:underline"/"line-through") become strong/em/u/s, and "font-weight:normal"
// cancels them (Google Docs wraps everything in <b style="font-weight:normal">).
// Word list paragraphs (style "mso-list:lN levelM", or class MsoListParagraph* starting with
// a bullet such as "·", "o", "§", "–", or "1.", "a)") become <ul>/<ol> items at that level,
// without their bullet. Word's <o:p> (filler) and elements hidden with display:none are
// dropped with their content; other namespaced tags (st1:place...) keep their text.
// Dropped with content: script, style, title, textarea, select, button, iframe, object,
// applet, embed, video, audio, canvas, svg, math, template, noscript, noembed, noframes, xml.
// Unwrapped (text kept): every other element (span, font, div, form, label, section...).
//
// Robustness: a linear tokenizer with an explicit element stack (capped at 256 open elements,
// deeper tags are treated as text containers without effect), no recursion; NUL and other
// control characters are removed; unknown entities stay literal; numeric references to
// invalid code points become U+FFFD.
class HtmlSanitizer
{
public:
    static SanitizedHtml sanitize(const QString &html, const SanitizeOptions &options = {});

    // The link target to keep for an href (entities already decoded), or an empty string
    // when the link must go: http, https and mailto URLs, and internal "#fragment" links.
    // Tabs/newlines inside the value are ignored, as browsers do ("java\tscript:").
    static QString cleanLinkTarget(const QString &href, const QUrl &baseUrl = {});
};

} // namespace Actes
