#include "import/websitedumpparser.h"

#include "import/frenchdate.h"

#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <optional>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

// --- Decoding ---------------------------------------------------------------------------

// Windows-1252 differs from Latin-1 only in 0x80-0x9F.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString decodeWindows1252(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        out.append(b >= 0x80 && b < 0xA0 ? QChar(kCp1252High[b - 0x80]) : QChar(char16_t(b)));
    }
    return out;
}

bool isAllowedControl(char16_t c)
{
    return c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
}

// --- Lines and paragraphs ---------------------------------------------------------------

// Ordinary spaces and tabs around a line are noise; non-breaking spaces inside are kept.
QString trimAscii(const QString &line)
{
    qsizetype b = 0;
    qsizetype e = line.size();
    while (b < e && (line[b] == u' ' || line[b] == u'\t' || line[b] == u'\f' || line[b] == u'\v'))
        ++b;
    while (e > b && (line[e - 1] == u' ' || line[e - 1] == u'\t' || line[e - 1] == u'\f' || line[e - 1] == u'\v'))
        --e;
    return line.mid(b, e - b);
}

// Whitespace-only lines (spaces, U+00A0, U+202F, zero-width spaces, a stray BOM) are blank.
bool isBlankLine(const QString &line)
{
    return std::all_of(line.cbegin(), line.cend(), [](QChar c) {
        return c.isSpace() || c == QChar(0xFEFF) || c == QChar(0x200B);
    });
}

// Lower case, no accents, spaces collapsed: for recognising the field labels.
QString foldKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    }
    out = out.simplified();
    while (out.endsWith(u':') || out.endsWith(u' '))
        out.chop(1);
    return out;
}

enum class Marker { None, Type, Private, Summary };

Marker markerOf(const QString &line)
{
    if (line.size() > 24)
        return Marker::None;
    const QString key = foldKey(line);
    if (key == u"type de ressource")
        return Marker::Type;
    if (key == u"ressource privee")
        return Marker::Private;
    if (key == u"resume")
        return Marker::Summary;
    return Marker::None;
}

struct Paragraph
{
    QStringList lines;
    int firstLine = 0;   // 0-based index in the file
    QString norm;        // lines joined, whitespace collapsed, NFC: for comparisons
};

QString normalizeText(const QStringList &lines)
{
    return lines.join(u' ').normalized(QString::NormalizationForm_C).simplified();
}

QList<Paragraph> paragraphsOf(const QStringList &lines, int from, int to)
{
    QList<Paragraph> out;
    Paragraph current;
    auto flush = [&] {
        if (!current.lines.isEmpty()) {
            current.norm = normalizeText(current.lines);
            out.append(current);
        }
        current = {};
    };
    for (int i = from; i < to; ++i) {
        if (isBlankLine(lines[i])) {
            flush();
            continue;
        }
        if (current.lines.isEmpty())
            current.firstLine = i;
        current.lines.append(lines[i]);
    }
    flush();
    return out;
}

QList<QStringList> linesOf(const QList<Paragraph> &paragraphs, qsizetype from, qsizetype to)
{
    QList<QStringList> out;
    for (qsizetype i = std::max<qsizetype>(from, 0); i < std::min(to, paragraphs.size()); ++i)
        out.append(paragraphs[i].lines);
    return out;
}

// --- Matching a summary against a body --------------------------------------------------

enum class Match { None, Equal, Prefix };

// Is the summary paragraph s the body paragraph b, or its beginning cut by the website?
Match matchParagraph(const Paragraph &s, const Paragraph &b)
{
    if (s.norm == b.norm)
        return Match::Equal;
    QString t = s.norm;
    bool ellipsis = false;
    if (t.endsWith(u"...")) {
        t.chop(3);
        ellipsis = true;
    } else if (t.endsWith(QChar(0x2026))) {
        t.chop(1);
        ellipsis = true;
    }
    t = t.trimmed();
    if (t.isEmpty() || t.size() >= b.norm.size())
        return Match::None;
    // Without an ellipsis a cut is only believed when long enough not to be a coincidence.
    const qsizetype minLength = ellipsis ? 8 : 40;
    if (t.size() >= minLength && b.norm.startsWith(t))
        return Match::Prefix;
    return Match::None;
}

// How many leading paragraphs of the tail repeat the body's paragraphs in order (a truncated
// paragraph ends the run; up to kMaxSkip body paragraphs may be missing from the summary).
qsizetype summaryRun(const QList<Paragraph> &tail, const QList<Paragraph> &body, bool *allMatched = nullptr)
{
    constexpr qsizetype kMaxSkip = 2;
    qsizetype ti = 0;
    qsizetype bi = 0;
    while (ti < tail.size()) {
        bool found = false;
        for (qsizetype bj = bi; bj < body.size() && bj <= bi + kMaxSkip; ++bj) {
            const Match m = matchParagraph(tail[ti], body[bj]);
            if (m == Match::Equal) {
                ++ti;
                bi = bj + 1;
                found = true;
                break;
            }
            if (m == Match::Prefix) {
                ++ti;
                if (allMatched)
                    *allMatched = ti == tail.size();
                return ti;
            }
        }
        if (!found)
            break;
    }
    if (allMatched)
        *allMatched = ti == tail.size();
    return ti;
}

// Indices j >= 1 where the tail's paragraph j is where a body summarised by `summary` begins.
QList<qsizetype> bodyStarts(const QList<Paragraph> &tail, const Paragraph &summary)
{
    QList<qsizetype> out;
    for (qsizetype j = 1; j < tail.size(); ++j) {
        if (matchParagraph(summary, tail[j]) != Match::None)
            out.append(j);
    }
    return out;
}

bool isPlausibleTitle(const Paragraph &p)
{
    return p.lines.size() == 1 && p.norm.size() <= 200 && !p.norm.startsWith(u'-');
}

int titleScore(const Paragraph &p)
{
    int score = 0;
    if (p.lines.size() == 1)
        score += 3;
    if (p.norm.size() <= 200)
        score += 2;
    if (p.norm.size() <= 120)
        score += 1;
    if (!p.norm.startsWith(u'-'))
        score += 1;
    if (!p.norm.endsWith(u'.') && !p.norm.endsWith(u':'))
        score += 1;
    if (parseFrenchDate(p.norm).isValid())
        score += 1;
    return score;
}

// --- HTML -------------------------------------------------------------------------------

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += u"&amp;"; break;
        case u'<': out += u"&lt;"; break;
        case u'>': out += u"&gt;"; break;
        default: out += c;
        }
    }
    return out;
}

// "-Item" or "- Item" (not "-----", not "-" alone) -> "Item"
std::optional<QString> listItemText(const QString &line)
{
    if (!line.startsWith(u'-'))
        return std::nullopt;
    const QString rest = line.mid(1);
    const QString trimmed = trimAscii(rest);
    if (trimmed.isEmpty() || trimmed.startsWith(u'-'))
        return std::nullopt;
    return rest.startsWith(u' ') || rest.startsWith(u'\t') ? trimmed : rest;
}

// --- Structure --------------------------------------------------------------------------

// The metadata lines after a body: "Type de ressource", "Ressource privée", "Résumé".
struct Block
{
    int first = 0;          // first metadata line
    int summaryStart = 0;   // first line after the block
    QString type;
    std::optional<bool> isPrivate;
    QString privateValue;   // the raw value when not understood
    bool hasPrivateLine = false;
    bool hasSummaryLine = false;
};

int nextNonBlank(const QStringList &lines, int from)
{
    int i = from;
    while (i < lines.size() && isBlankLine(lines[i]))
        ++i;
    return i;
}

std::optional<bool> parseYesNo(const QString &value)
{
    const QString key = foldKey(value);
    if (key == u"oui" || key == u"yes" || key == u"vrai" || key == u"true" || key == u"1")
        return true;
    if (key == u"non" || key == u"no" || key == u"faux" || key == u"false" || key == u"0")
        return false;
    return std::nullopt;
}

Block parseBlock(const QStringList &lines, int start)
{
    Block b;
    b.first = start;
    int pos = start;
    QList<Marker> seen;
    for (;;) {
        const Marker marker = markerOf(lines[pos]);
        seen.append(marker);
        if (marker == Marker::Summary) {
            b.hasSummaryLine = true;
            b.summaryStart = pos + 1;
            return b;
        }
        int after = pos + 1;
        const int valueLine = nextNonBlank(lines, pos + 1);
        if (valueLine < lines.size() && markerOf(lines[valueLine]) == Marker::None) {
            const QString value = lines[valueLine];
            after = valueLine + 1;
            if (marker == Marker::Type) {
                b.type = value;
            } else {
                b.hasPrivateLine = true;
                b.isPrivate = parseYesNo(value);
                if (!b.isPrivate)
                    b.privateValue = value;
            }
        } else if (marker == Marker::Private) {
            b.hasPrivateLine = true;
        }
        const int next = nextNonBlank(lines, after);
        if (next < lines.size() && markerOf(lines[next]) != Marker::None
            && !seen.contains(markerOf(lines[next]))) {
            pos = next;
            continue;
        }
        b.summaryStart = after;
        return b;
    }
}

struct Notes
{
    QStringList sentences;
    void add(const QString &s)
    {
        if (!sentences.contains(s))
            sentences.append(s);
    }
};

} // namespace

Resource ParsedResource::toResource() const
{
    Resource r;
    r.title = title;
    r.type = type;
    r.isPrivate = isPrivate;
    r.privateConfirmed = privateConfirmed;
    r.summaryHtml = summaryHtml;
    r.bodyHtml = bodyHtml;
    r.dateStart = dateStart;
    r.dateEnd = dateEnd;
    r.needsReview = needsReview;
    r.reviewNote = reviewNote;
    return r;
}

QString WebsiteDumpParser::paragraphsToHtml(const QList<QStringList> &paragraphs)
{
    QString html;
    bool listOpen = false;
    for (const QStringList &paragraph : paragraphs) {
        QStringList text;
        auto flushText = [&] {
            if (!text.isEmpty())
                html += u"<p>"_s + text.join(u"<br>"_s) + u"</p>"_s;
            text.clear();
        };
        for (const QString &line : paragraph) {
            if (const auto item = listItemText(line)) {
                flushText();
                if (!listOpen)
                    html += u"<ul>"_s;
                listOpen = true;
                html += u"<li>"_s + escapeText(*item) + u"</li>"_s;
            } else {
                if (listOpen)
                    html += u"</ul>"_s;
                listOpen = false;
                text.append(escapeText(line));
            }
        }
        flushText();
        // A list left open continues when the next paragraph starts with items too.
    }
    if (listOpen)
        html += u"</ul>"_s;
    return html;
}

namespace {

// The steps of WebsiteDumpParser::parse(), sharing what they found: the lines, the metadata
// blocks that close each resource, the text after each block ("tail"), and per resource its
// title, body, summary and notes.
class Parse
{
    Q_DECLARE_TR_FUNCTIONS(Actes::WebsiteDumpParser)
public:
    explicit Parse(WebsiteDumpParseResult &result) : m_result(result) {}

    void run(const QByteArray &data)
    {
        qsizetype controls = 0;
        const std::optional<QString> text = decode(data, controls);
        if (!text)
            return;
        splitLines(*text, controls);
        if (!findBlocks())
            return;
        readHead();
        for (qsizetype k = 0; k < m_count; ++k)
            readTail(k);
        buildResources();
    }

private:
    struct Pending
    {
        QString title;
        int titleLine = 0;
        QList<Paragraph> body;
        Notes notes;
    };

    QString titleGuessed() const
    {
        return tr("The title was guessed: the end of the previous text could not "
                  "be located with certainty.");
    }

    // Bytes to text: nothing (and the error set) when the bytes are not text.
    std::optional<QString> decode(const QByteArray &data, qsizetype &controls)
    {
        WebsiteDumpParseResult &result = m_result;
        QByteArrayView bytes(data);
        QString text;
        if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
            QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                                : QStringConverter::Utf16BE);
            text = decoder(bytes.sliced(2));
            result.encoding = u"UTF-16"_s;
            if (decoder.hasError()) {
                result.error = tr("The file is not a text export of the website: it is not valid text.");
                return std::nullopt;
            }
        } else {
            if (bytes.startsWith("\xEF\xBB\xBF"))
                bytes = bytes.sliced(3);
            if (bytes.contains('\0')) {
                result.error = tr("The file holds binary data: it is not a text export of the website.");
                return std::nullopt;
            }
            QStringDecoder decoder(QStringConverter::Utf8);
            text = decoder(bytes);
            result.encoding = u"UTF-8"_s;
            if (decoder.hasError()) {
                text = decodeWindows1252(bytes);
                result.encoding = u"Windows-1252"_s;
            }
        }
        controls = 0;
        for (const QChar c : std::as_const(text)) {
            if ((c.unicode() < 0x20 && !isAllowedControl(c.unicode())) || c.unicode() == 0x7F)
                ++controls;
        }
        if (text.contains(QChar(0)) || controls > std::max<qsizetype>(2, text.size() / 1000)) {
            result.error = tr("The file holds binary data: it is not a text export of the website.");
            return std::nullopt;
        }
        if (isBlankLine(QString(text).remove(u'\n').remove(u'\r'))) {
            result.error = tr("The file is empty.");
            return std::nullopt;
        }
        return text;
    }

    // Text to trimmed lines, without control characters or stray byte-order marks.
    void splitLines(QString text, qsizetype controls)
    {
        text.replace(u"\r\n"_s, u"\n"_s);
        text.replace(u'\r', u'\n');
        m_lines = text.split(u'\n');
        for (QString &line : m_lines) {
            line = trimAscii(line);
            if (controls > 0)
                line.removeIf([](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7F; });
            if (line.startsWith(QChar(0xFEFF)))
                line.remove(0, 1);
        }
    }

    // The metadata blocks (each one closes a resource) and the tails after them; false (and
    // the error set) when there is none.
    bool findBlocks()
    {
        WebsiteDumpParseResult &result = m_result;
        for (int i = 0; i < m_lines.size();) {
            const Marker marker = markerOf(m_lines[i]);
            if (marker == Marker::Type || marker == Marker::Private) {
                m_blocks.append(parseBlock(m_lines, i));
                i = std::max(m_blocks.last().summaryStart, i + 1);
                continue;
            }
            ++i;
        }
        if (m_blocks.isEmpty()) {
            result.error = tr("No resource was found in the file: a text export of the website has a "
                              "“Type de ressource” line after each resource.");
            return false;
        }

        m_count = m_blocks.size();
        for (qsizetype k = 0; k < m_count; ++k) {
            const int end = k + 1 < m_count ? m_blocks[k + 1].first : int(m_lines.size());
            m_tails.append(paragraphsOf(m_lines, m_blocks[k].summaryStart, end));
        }
        m_pending.resize(m_count);
        m_summaryNotes.resize(m_count);
        m_summaries.resize(m_count);
        return true;
    }

    // The opening paragraph of block k's summary, which the body of resource k repeats.
    const Paragraph *summaryOpening(qsizetype k) const
    {
        return m_blocks[k].hasSummaryLine && !m_tails[k].isEmpty() ? &m_tails[k].first() : nullptr;
    }

    // Sets m_pending[k]'s title from paragraph p and its body from the paragraphs after it.
    // lastLine: the paragraph before the body was confirmed, so a multi-line paragraph ends
    // with the title (text before it belongs to what precedes).
    void setTitleAndBody(qsizetype k, const QList<Paragraph> &paras, qsizetype p, bool lastLine,
                         QList<Paragraph> *before)
    {
        Pending &r = m_pending[k];
        if (p < 0 || p >= paras.size()) {
            r.notes.add(tr("No title was found before the body."));
            r.body = paras.mid(std::max<qsizetype>(p + 1, 0));
            return;
        }
        const Paragraph &t = paras[p];
        r.body = paras.mid(p + 1);
        if (t.lines.size() == 1) {
            r.title = t.lines.first();
            r.titleLine = t.firstLine + 1;
            return;
        }
        r.notes.add(tr("The title was followed by other lines without a blank line; "
                       "only one line was taken as the title."));
        if (lastLine) {
            r.title = t.lines.last();
            r.titleLine = t.firstLine + int(t.lines.size());
            Paragraph rest = t;
            rest.lines.removeLast();
            rest.norm = normalizeText(rest.lines);
            if (before)
                before->append(rest);
        } else {
            r.title = t.lines.first();
            r.titleLine = t.firstLine + 1;
            Paragraph rest = t;
            rest.lines.removeFirst();
            rest.firstLine += 1;
            rest.norm = normalizeText(rest.lines);
            r.body.prepend(rest);
        }
    }

    // The head: [preamble] title body, up to the first block.
    void readHead()
    {
        const QList<Paragraph> head = paragraphsOf(m_lines, 0, m_blocks[0].first);
        const Paragraph *opening = summaryOpening(0);
        QList<qsizetype> starts = opening ? bodyStarts(head, *opening) : QList<qsizetype>{};
        QList<Paragraph> preamble;
        if (opening && !head.isEmpty() && matchParagraph(*opening, head.first()) != Match::None
            && (starts.isEmpty() || !isPlausibleTitle(head[starts.first() - 1]))) {
            // The body is the very beginning of the file: there is no title line.
            setTitleAndBody(0, head, -1, false, nullptr);
        } else if (!starts.isEmpty()) {
            qsizetype j = starts.first();
            for (qsizetype s : std::as_const(starts)) {
                if (isPlausibleTitle(head[s - 1])) {
                    j = s;
                    break;
                }
            }
            if (!isPlausibleTitle(head[j - 1]))
                m_pending[0].notes.add(titleGuessed());
            setTitleAndBody(0, head, j - 1, true, &preamble);
        } else if (!head.isEmpty()) {
            // The summary does not help: a site name above a dated title is the usual preamble.
            // A first line that is a short dated title needs no review (typically: no preamble and
            // an empty summary, so the text after "Résumé" is already the next title).
            qsizetype p = 0;
            const bool firstDated = isPlausibleTitle(head[0]) && parseFrenchDate(head[0].norm).isValid();
            if (head.size() >= 3 && !firstDated && isPlausibleTitle(head[1])
                && parseFrenchDate(head[1].norm).isValid()) {
                p = 1;
            }
            if (p != 0 || !firstDated)
                m_pending[0].notes.add(titleGuessed());
            setTitleAndBody(0, head, p, false, &preamble);
        } else {
            setTitleAndBody(0, head, -1, false, nullptr);
    }
    }

    // Tail k: the summary of resource k, then the title and body of resource k+1.
    void readTail(qsizetype k)
    {
        const QString summaryNotInBody = tr("The summary was not found in the body: the first paragraph "
                                            "after “Résumé” was taken as the summary.");
        const QString summaryNotInBodyBounded = tr("The summary does not repeat the beginning of the body; "
                                                   "the paragraphs before the next title were taken as the "
                                                   "summary.");
        const QString boundaryAmbiguous = tr("The end of the summary was ambiguous: check the summary and "
                                             "the title of the next resource.");
        const QString trailingKept = tr("The text after “Résumé” does not all repeat the body; all of it "
                                        "was kept as the summary.");

        const QList<Paragraph> &tail = m_tails[k];
        const Block &block = m_blocks[k];
        if (k + 1 == m_count) {
            // The last resource: everything up to the end of the file is its summary.
            m_summaries[k] = tail;
            bool all = true;
            summaryRun(tail, m_pending[k].body, &all);
            if (!tail.isEmpty() && !all)
                m_summaryNotes[k].add(trailingKept);
            return;
        }

        qsizetype run = block.hasSummaryLine ? summaryRun(tail, m_pending[k].body) : 0;
        const bool runFound = run > 0 || !block.hasSummaryLine || tail.size() <= 1;
        const qsizetype byRun = runFound ? run : 1;   // fallback: the first paragraph
        QList<qsizetype> starts;
        if (const Paragraph *opening = summaryOpening(k + 1))
            starts = bodyStarts(tail, *opening);

        qsizetype titleAt = byRun;
        bool confirmed = false;   // the next body was seen to start right after the title
        if (starts.contains(byRun + 1)) {
            titleAt = byRun;
            confirmed = true;
            if (!runFound)
                m_summaryNotes[k].add(summaryNotInBody);
        } else if (!starts.isEmpty()) {
            // The best title just before a place where the next body starts.
            qsizetype best = starts.first() - 1;
            for (qsizetype s : std::as_const(starts)) {
                const qsizetype p = s - 1;
                const int score = titleScore(tail[p]);
                const int bestScore = titleScore(tail[best]);
                if (score > bestScore
                    || (score == bestScore && std::abs(p - byRun) < std::abs(best - byRun)))
                    best = p;
            }
            confirmed = true;
            if (runFound) {
                const bool runTitleBetter = byRun < tail.size()
                    && titleScore(tail[byRun]) > titleScore(tail[best]);
                titleAt = runTitleBetter ? byRun : best;
                confirmed = !runTitleBetter;
                m_summaryNotes[k].add(boundaryAmbiguous);
                m_pending[k + 1].notes.add(titleGuessed());
            } else {
                titleAt = best;
                if (best > 0)
                    m_summaryNotes[k].add(summaryNotInBodyBounded);
            }
        } else {
            titleAt = byRun;
            if (!runFound) {
                m_summaryNotes[k].add(summaryNotInBody);
                m_pending[k + 1].notes.add(titleGuessed());
            } else if (titleAt < tail.size() && !isPlausibleTitle(tail[titleAt])) {
                m_pending[k + 1].notes.add(titleGuessed());
            }
        }
        titleAt = std::min(titleAt, tail.size());
        m_summaries[k] = tail.mid(0, titleAt);
        setTitleAndBody(k + 1, tail, titleAt < tail.size() ? titleAt : -1, confirmed, &m_summaries[k]);
    }

    // The resources, with what was guessed in their review notes.
    void buildResources()
    {
        WebsiteDumpParseResult &result = m_result;
        const QString noSummaryLine = tr("The “Résumé” line is missing: the summary may be incomplete.");
        const QString privateNotUnderstood = tr("The value “%1” after “Ressource privée” was not understood: "
                                                "the resource was imported as public, to be confirmed.");
        for (qsizetype k = 0; k < m_count; ++k) {
            const Block &block = m_blocks[k];
            ParsedResource r;
            r.title = m_pending[k].title.isEmpty() ? tr("Untitled resource") : m_pending[k].title;
            r.titleLine = m_pending[k].titleLine > 0 ? m_pending[k].titleLine : block.first + 1;
            r.type = block.type;
            r.isPrivate = block.isPrivate.value_or(false);
            r.privateConfirmed = block.isPrivate.has_value();
            r.bodyHtml = WebsiteDumpParser::paragraphsToHtml(linesOf(m_pending[k].body, 0, m_pending[k].body.size()));
            r.summaryHtml = WebsiteDumpParser::paragraphsToHtml(linesOf(m_summaries[k], 0, m_summaries[k].size()));
            const DateRange date = parseFrenchDate(r.title);
            if (date.isValid()) {
                r.dateStart = date.start;
                r.dateEnd = date.end;
            }
            Notes notes = m_pending[k].notes;
            for (const QString &s : std::as_const(m_summaryNotes[k].sentences))
                notes.add(s);
            if (!block.hasSummaryLine)
                notes.add(noSummaryLine);
            if (block.hasPrivateLine && !block.isPrivate && !block.privateValue.isEmpty())
                notes.add(privateNotUnderstood.arg(block.privateValue));
            r.needsReview = !notes.sentences.isEmpty();
            r.reviewNote = notes.sentences.join(u' ');
            r.documents = DocumentMentions::inResource(r.summaryHtml, r.bodyHtml);
            result.resources.append(r);
        }
    }

    WebsiteDumpParseResult &m_result;
    QStringList m_lines;
    QList<Block> m_blocks;
    qsizetype m_count = 0;
    QList<QList<Paragraph>> m_tails;   // [k]: after block k's "Résumé", up to block k+1
    QList<Pending> m_pending;
    QList<Notes> m_summaryNotes;
    QList<QList<Paragraph>> m_summaries;
};

} // namespace

WebsiteDumpParseResult WebsiteDumpParser::parse(const QByteArray &data)
{
    WebsiteDumpParseResult result;
    Parse(result).run(data);
    return result;
}

} // namespace Actes
