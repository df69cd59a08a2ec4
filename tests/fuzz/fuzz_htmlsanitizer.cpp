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

using namespace Actes;

namespace {

// Empty when html is in the clean subset; otherwise what is wrong.
QString subsetProblem(const QString &html)
{
    static const QSet<QString> elements = {
        QStringLiteral("p"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"),
        QStringLiteral("strong"), QStringLiteral("em"), QStringLiteral("u"), QStringLiteral("s"),
        QStringLiteral("a"), QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("li"),
        QStringLiteral("blockquote"), QStringLiteral("table"), QStringLiteral("thead"),
        QStringLiteral("tbody"), QStringLiteral("tr"), QStringLiteral("td"), QStringLiteral("th"),
        QStringLiteral("img"), QStringLiteral("br"),
    };
    static const QRegularExpression tag(QStringLiteral(R"re(<(/?)([a-z0-9]+)((?: [a-z]+="[^"<>]*")*)>)re"));
    static const QRegularExpression attribute(QStringLiteral(R"re( ([a-z]+)="([^"]*)")re"));
    qsizetype pos = 0;
    while ((pos = html.indexOf(QLatin1Char('<'), pos)) >= 0) {
        const QRegularExpressionMatch m = tag.match(html, pos, QRegularExpression::NormalMatch,
                                                    QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return QStringLiteral("a '<' that does not start a clean tag at %1").arg(pos);
        const QString name = m.captured(2);
        if (!elements.contains(name))
            return QStringLiteral("element <%1> is not in the subset").arg(name);
        auto it = attribute.globalMatch(m.captured(3));
        while (it.hasNext()) {
            const QRegularExpressionMatch a = it.next();
            const QString key = a.captured(1);
            const bool ok = (name == QLatin1String("a") && key == QLatin1String("href"))
                || (name == QLatin1String("img") && (key == QLatin1String("src") || key == QLatin1String("alt")))
                || ((name == QLatin1String("td") || name == QLatin1String("th"))
                    && (key == QLatin1String("colspan") || key == QLatin1String("rowspan")));
            if (!ok)
                return QStringLiteral("attribute %1 on <%2>").arg(key, name);
            if (key == QLatin1String("href")) {
                const QString href = a.captured(2);
                if (!(href.startsWith(QLatin1String("http://")) || href.startsWith(QLatin1String("https://"))
                      || href.startsWith(QLatin1String("mailto:")) || href.startsWith(QLatin1Char('#'))))
                    return QStringLiteral("link target %1").arg(href);
            }
        }
        pos = m.capturedEnd();
    }
    if (html.contains(QLatin1Char('>')) && html.count(QLatin1Char('>')) != html.count(QLatin1Char('<')))
        return QStringLiteral("a '>' outside a tag");
    return {};
}

void checkPlaceholders(const SanitizedHtml &out)
{
    static const QRegularExpression ref(QStringLiteral(R"re(src="actes-(pending|remote):([0-9]+)")re"));
    auto it = ref.globalMatch(out.html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype index = m.captured(2).toLongLong();
        const qsizetype count = m.captured(1) == QLatin1String("pending") ? out.embeddedImages.size()
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
        options.baseUrl = QUrl(QStringLiteral("https://www.exemple.fr/ressources/page.html"));

    const SanitizedHtml first = HtmlSanitizer::sanitize(input, options);
    const QString problem = subsetProblem(first.html);
    if (!problem.isEmpty())
        report(problem, first.html, {});
    FUZZ_CHECK(problem.isEmpty(), "the output is in the clean subset");
    FUZZ_CHECK(!first.html.contains(QLatin1String("<!--")), "no comment survives");
    checkPlaceholders(first);
    if (!options.allowImages)
        FUZZ_CHECK(first.embeddedImages.isEmpty() && !first.html.contains(QLatin1String("<img")),
                   "no image when images are not allowed");

    // Idempotence, the documented canonical-form property (images not allowed).
    SanitizeOptions canonical;
    canonical.allowImages = false;
    canonical.baseUrl = options.baseUrl;
    const QString once = options.allowImages ? HtmlSanitizer::sanitize(input, canonical).html : first.html;
    const QString twice = HtmlSanitizer::sanitize(once, canonical).html;
    if (twice != once)
        report(QStringLiteral("sanitize is not idempotent"), once, twice);
    FUZZ_CHECK(twice == once, "sanitize(sanitize(x)) == sanitize(x)");
    return 0;
}
