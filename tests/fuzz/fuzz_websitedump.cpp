// libFuzzer target: WebsiteDumpParser::parse on arbitrary bytes.
//
// Besides not crashing (ASan/UBSan catch memory and undefined-behaviour errors), the result
// must keep the promises of websitedumpparser.h: an accepted file holds at least one resource,
// each with a title and a 1-based title line; the HTML is the parser's own small subset
// (<p>, <br>, <ul>, <li>) with &, < and > escaped, so nothing of the input becomes markup;
// a refused file carries a message and no resource.
#include "fuzzcheck.h"
#include "import/websitedumpparser.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

using namespace Actes;

namespace {

// True when every tag of html is one of <p> </p> <br> <ul> </ul> <li> </li>.
bool onlyParserTags(const QString &html)
{
    static const QString allowed[] = {
        u"<p>"_s, u"</p>"_s, u"<br>"_s, u"<ul>"_s,
        u"</ul>"_s, u"<li>"_s, u"</li>"_s,
    };
    for (qsizetype i = html.indexOf(u'<'); i >= 0; i = html.indexOf(u'<', i + 1)) {
        bool known = false;
        for (const QString &tag : allowed) {
            if (QStringView(html).mid(i).startsWith(tag)) {
                known = true;
                break;
            }
        }
        if (!known)
            return false;
    }
    // A '>' outside those tags would be unescaped input.
    qsizetype tagEnds = 0;
    for (const QString &tag : allowed)
        tagEnds += html.count(tag);
    return html.count(u'>') == tagEnds;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const WebsiteDumpParseResult result = WebsiteDumpParser::parse(bytes);

    if (!result.ok()) {
        FUZZ_CHECK(result.resources.isEmpty(), "a refused file must not return resources");
        return 0;
    }
    FUZZ_CHECK(!result.resources.isEmpty(), "an accepted file holds at least one resource");
    FUZZ_CHECK(result.encoding == u"UTF-8"_s || result.encoding == u"UTF-16"_s
                   || result.encoding == u"Windows-1252"_s,
               "encoding is one of the three documented names");
    int previousLine = 0;
    for (const ParsedResource &r : result.resources) {
        FUZZ_CHECK(!r.title.trimmed().isEmpty(), "every resource has a title");
        FUZZ_CHECK(r.titleLine > previousLine, "title lines are 1-based and increasing");
        previousLine = r.titleLine;
        FUZZ_CHECK(onlyParserTags(r.bodyHtml), "body HTML is the parser's subset, input escaped");
        FUZZ_CHECK(onlyParserTags(r.summaryHtml), "summary HTML is the parser's subset, input escaped");
        FUZZ_CHECK(!r.dateEnd.isValid() || r.dateStart.isValid(), "an end date comes with a start date");
        FUZZ_CHECK(r.needsReview || r.reviewNote.isEmpty(), "a review note only with needsReview");
        const Resource resource = r.toResource();
        FUZZ_CHECK(resource.title == r.title, "toResource keeps the title");
    }
    return 0;
}
