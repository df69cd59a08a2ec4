// libFuzzer target: HtmlSanitizer::sanitize on arbitrary text.
//
// The first byte picks the options (images allowed or not, remote images dropped or replaced
// by placeholders, with or without a base URL); the rest is the HTML, read as UTF-8.
// Properties checked (htmlsanitizer.h, cleanhtml.h, tst_htmlsanitizer "idempotent"):
//   - the output only holds elements and attributes of the clean subset, no comment, no
//     script, no "javascript:" link;
//   - with images not allowed, the output is canonical: sanitizing it again gives it back
//     unchanged (sanitize(sanitize(x)) == sanitize(x)); with images allowed the
//     "actes-pending:"/"actes-remote:" placeholders are not trusted on input, so the property
//     is documented (and checked) for allowImages = false only;
//   - "actes-pending:N" and "actes-remote:N" refer to existing entries.
#include "fuzzcheck.h"
#include "text/htmlsanitizer.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QUrl>

#include <cstddef>
#include <cstdint>
#include <cstdio>

using namespace Qt::StringLiterals;

using namespace Actes;

namespace {

// Empty when html is in the clean subset; otherwise what is wrong.
QString subsetProblem(const QString &html)
{
    static const QSet<QString> elements = {
        u"p"_s, u"h2"_s, u"h3"_s, u"h4"_s,
        u"strong"_s, u"em"_s, u"u"_s, u"s"_s,
        u"a"_s, u"ul"_s, u"ol"_s, u"li"_s,
        u"blockquote"_s, u"table"_s, u"thead"_s,
        u"tbody"_s, u"tr"_s, u"td"_s, u"th"_s,
        u"img"_s, u"br"_s,
    };
    static const QRegularExpression tag(QStringLiteral(R"re(<(/?)([a-z0-9]+)((?: [a-z]+="[^"<>]*")*)>)re"));
    static const QRegularExpression attribute(QStringLiteral(R"re( ([a-z]+)="([^"]*)")re"));
    qsizetype pos = 0;
    while ((pos = html.indexOf(u'<', pos)) >= 0) {
        const QRegularExpressionMatch m = tag.match(html, pos, QRegularExpression::NormalMatch,
                                                    QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return u"a '<' that does not start a clean tag at %1"_s.arg(pos);
        const QString name = m.captured(2);
        if (!elements.contains(name))
            return u"element <%1> is not in the subset"_s.arg(name);
        auto it = attribute.globalMatch(m.captured(3));
        while (it.hasNext()) {
            const QRegularExpressionMatch a = it.next();
            const QString key = a.captured(1);
            const bool ok = (name == u"a"_s && key == u"href"_s)
                || (name == u"img"_s && (key == u"src"_s || key == u"alt"_s))
                || ((name == u"td"_s || name == u"th"_s)
                    && (key == u"colspan"_s || key == u"rowspan"_s));
            if (!ok)
                return u"attribute %1 on <%2>"_s.arg(key, name);
            if (key == u"href"_s) {
                const QString href = a.captured(2);
                if (!(href.startsWith(u"http://"_s) || href.startsWith(u"https://"_s)
                      || href.startsWith(u"mailto:"_s) || href.startsWith(u'#')))
                    return u"link target %1"_s.arg(href);
            }
        }
        pos = m.capturedEnd();
    }
    if (html.contains(u'>') && html.count(u'>') != html.count(u'<'))
        return u"a '>' outside a tag"_s;
    return {};
}

void checkPlaceholders(const SanitizedHtml &out)
{
    static const QRegularExpression ref(QStringLiteral(R"re(src="actes-(pending|remote):([0-9]+)")re"));
    auto it = ref.globalMatch(out.html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype index = m.captured(2).toLongLong();
        const qsizetype count = m.captured(1) == u"pending"_s ? out.embeddedImages.size()
                                                                          : out.remoteImages.size();
        FUZZ_CHECK(index >= 0 && index < count, "an image placeholder refers to a missing entry");
    }
}

void report(const QString &what, const QString &html, const QString &again)
{
    std::fprintf(stderr, "%s\n--- first:\n%s\n--- again:\n%s\n", qPrintable(what), html.toUtf8().constData(),
                 again.toUtf8().constData());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t flags = data[0];
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    SanitizeOptions options;
    options.allowImages = (flags & 1) != 0;
    options.remoteImages = (flags & 2) != 0 ? SanitizeOptions::RemoteImages::Placeholder
                                            : SanitizeOptions::RemoteImages::Drop;
    if ((flags & 4) != 0)
        options.baseUrl = QUrl(u"https://www.exemple.fr/ressources/page.html"_s);

    const SanitizedHtml first = HtmlSanitizer::sanitize(input, options);
    const QString problem = subsetProblem(first.html);
    if (!problem.isEmpty())
        report(problem, first.html, {});
    FUZZ_CHECK(problem.isEmpty(), "the output is in the clean subset");
    FUZZ_CHECK(!first.html.contains(u"<!--"_s), "no comment survives");
    checkPlaceholders(first);
    if (!options.allowImages)
        FUZZ_CHECK(first.embeddedImages.isEmpty() && !first.html.contains(u"<img"_s),
                   "no image when images are not allowed");

    // Idempotence, the documented canonical-form property (images not allowed).
    SanitizeOptions canonical;
    canonical.allowImages = false;
    canonical.baseUrl = options.baseUrl;
    const QString once = options.allowImages ? HtmlSanitizer::sanitize(input, canonical).html : first.html;
    const QString twice = HtmlSanitizer::sanitize(once, canonical).html;
    if (twice != once)
        report(u"sanitize is not idempotent"_s, once, twice);
    FUZZ_CHECK(twice == once, "sanitize(sanitize(x)) == sanitize(x)");
    return 0;
}
