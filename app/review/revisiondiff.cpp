#include "review/revisiondiff.h"

#include "domain/revision.h"
#include "import/frenchdate.h"
#include "text/searchtext.h"

#include <QCoreApplication>
#include <QHash>

#include <dtl/dtl.hpp>

#include <algorithm>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

struct DiffStrings
{
    Q_DECLARE_TR_FUNCTIONS(Actes::RevisionDiff)
};

using Kind = DiffSegment::Kind;

// Beyond this many tokens in one changed stretch, the stretch is shown as removed then added
// as a whole (dtl is O((N+M)·D)).
constexpr qsizetype MaxTokensPerHunk = 40000;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

bool isBlank(QChar c)
{
    return c != u'\n' && c.isSpace();
}

bool isBlankToken(const QString &token)
{
    return !token.isEmpty() && std::all_of(token.begin(), token.end(), isBlank);
}

// Interns tokens as ids; canonically equivalent tokens share an id.
class TokenIds
{
public:
    int idOf(const QString &token)
    {
        const QString key = token.normalized(QString::NormalizationForm_C);
        const auto it = m_ids.constFind(key);
        if (it != m_ids.constEnd())
            return *it;
        const int id = int(m_ids.size());
        m_ids.insert(key, id);
        return id;
    }

    std::vector<int> idsOf(const QStringList &tokens)
    {
        std::vector<int> ids;
        ids.reserve(size_t(tokens.size()));
        for (const QString &token : tokens)
            ids.push_back(idOf(token));
        return ids;
    }

private:
    QHash<QString, int> m_ids;
};

// The edit script between two id sequences: for each step, SES_COMMON, SES_DELETE or SES_ADD.
std::vector<dtl::edit_t> editScript(const std::vector<int> &a, const std::vector<int> &b)
{
    dtl::Diff<int, std::vector<int>> diff(a, b);
    diff.compose();
    std::vector<dtl::edit_t> steps;
    for (const auto &element : diff.getSes().getSequence())
        steps.push_back(element.second.type);
    return steps;
}

// Collects segments, merging neighbours of one kind; changed text waits in two buffers so that
// a changed stretch reads "removed, then added".
class SegmentBuilder
{
public:
    void same(const QString &text)
    {
        flush();
        append(Kind::Same, text);
    }
    void removed(const QString &text) { m_removed += text; }
    void added(const QString &text) { m_added += text; }
    bool pending() const { return !m_removed.isEmpty() || !m_added.isEmpty(); }
    QList<DiffSegment> take()
    {
        flush();
        return std::move(m_segments);
    }

private:
    void flush()
    {
        append(Kind::Removed, m_removed);
        append(Kind::Added, m_added);
        m_removed.clear();
        m_added.clear();
    }
    void append(Kind kind, const QString &text)
    {
        if (text.isEmpty())
            return;
        if (!m_segments.isEmpty() && m_segments.last().kind == kind)
            m_segments.last().text += text;
        else
            m_segments.append(DiffSegment{kind, text});
    }

    QList<DiffSegment> m_segments;
    QString m_removed;
    QString m_added;
};

// Word level: tokens of a changed stretch.
void diffWords(const QString &older, const QString &newer, SegmentBuilder &out)
{
    const QStringList a = RevisionDiff::tokenize(older);
    const QStringList b = RevisionDiff::tokenize(newer);
    if (a.size() + b.size() > MaxTokensPerHunk) {
        out.removed(older);
        out.added(newer);
        return;
    }
    TokenIds ids;
    const std::vector<dtl::edit_t> steps = editScript(ids.idsOf(a), ids.idsOf(b));
    qsizetype i = 0, j = 0;
    for (size_t k = 0; k < steps.size(); ++k) {
        switch (steps[k]) {
        case dtl::SES_COMMON: {
            const QString &token = a[i];
            // A space between two changes belongs to the change: "a b" -> "x y" reads as one
            // replacement, not as two.
            if (out.pending() && isBlankToken(token) && k + 1 < steps.size() && steps[k + 1] != dtl::SES_COMMON) {
                out.removed(token);
                out.added(b[j]);
            } else {
                out.same(b[j]);
            }
            ++i;
            ++j;
            break;
        }
        case dtl::SES_DELETE:
            out.removed(a[i++]);
            break;
        case dtl::SES_ADD:
            out.added(b[j++]);
            break;
        default:
            break;
        }
    }
}

// Lines and the line breaks between them, as separate elements.
QStringList lineElements(const QString &text)
{
    QStringList elements;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n') {
            if (i > start)
                elements.append(text.mid(start, i - start));
            elements.append(u"\n"_s);
            start = i + 1;
        }
    }
    if (start < text.size())
        elements.append(text.mid(start));
    return elements;
}

QString participantLine(const Participant &p)
{
    QStringList parts{p.name.trimmed()};
    if (!p.function.trimmed().isEmpty())
        parts.append(p.function.trimmed());
    if (!p.organisation.trimmed().isEmpty())
        parts.append(p.organisation.trimmed());
    const QString who = parts.join(u", "_s);
    return p.role.trimmed().isEmpty() ? who : DiffStrings::tr("%1 (%2)").arg(who, p.role.trimmed());
}

QString partnerLine(const Partner &p)
{
    return p.role.trimmed().isEmpty() ? p.name.trimmed() : DiffStrings::tr("%1 (%2)").arg(p.name.trimmed(), p.role.trimmed());
}

// "Diaporama — Slides, members only, diaporama.pdf, 2.3 MB" or "Vidéo — Video, https://…".
QString attachmentLine(const Attachment &a)
{
    QStringList parts{attachmentKindLabel(a.kind)};
    if (a.membersOnly)
        parts.append(DiffStrings::tr("members only"));
    if (a.isLink()) {
        parts.append(a.url);
    } else {
        if (!a.fileName.isEmpty())
            parts.append(a.fileName);
        parts.append(attachmentSizeText(a.size));
    }
    return DiffStrings::tr("%1 — %2").arg(a.title.trimmed(), parts.join(u", "_s));
}

QString privateText(const Resource &r)
{
    if (r.isPrivate)
        return r.privateConfirmed ? DiffStrings::tr("Private (confirmed)") : DiffStrings::tr("Private");
    return r.privateConfirmed ? DiffStrings::tr("Public (confirmed)") : DiffStrings::tr("Public");
}

QString reviewText(const Resource &r)
{
    if (!r.needsReview)
        return r.reviewNote;
    return r.reviewNote.isEmpty() ? DiffStrings::tr("To be checked")
                                  : DiffStrings::tr("To be checked: %1").arg(r.reviewNote);
}

// The field as a reader sees it.
QString fieldText(const Resource &r, const QString &key)
{
    using namespace RevisionFields;
    if (key == QStringView(Title))
        return r.title;
    if (key == QStringView(Type))
        return r.type;
    if (key == QStringView(Private))
        return privateText(r);
    if (key == QStringView(RevisionFields::Status))
        return statusLabel(r.status);
    if (key == QStringView(Dates))
        return formatFrenchDateRange({r.dateStart, r.dateEnd});
    if (key == QStringView(Place))
        return r.place;
    if (key == QStringView(Attendance))
        return r.attendance ? QString::number(*r.attendance) : QString();
    if (key == QStringView(Summary))
        return SearchText::plainTextFromHtml(r.summaryHtml);
    if (key == QStringView(Body))
        return SearchText::plainTextFromHtml(r.bodyHtml);
    if (key == QStringView(Participants)) {
        QStringList lines;
        for (const Participant &p : r.participants)
            lines.append(participantLine(p));
        return lines.join(u'\n');
    }
    if (key == QStringView(Partners)) {
        QStringList lines;
        for (const Partner &p : r.partners)
            lines.append(partnerLine(p));
        return lines.join(u'\n');
    }
    if (key == QStringView(Review))
        return reviewText(r);
    if (key == QStringView(Attachments)) {
        QStringList lines;
        for (const Attachment &a : r.attachments)
            lines.append(attachmentLine(a));
        return lines.join(u'\n');
    }
    if (key == QStringView(DismissedChecks))
        return r.dismissedChecks.join(u'\n');
    return {};
}

// --- HTML ------------------------------------------------------------------------------

const QString removedStyle = u"background-color:#fbe3e1; color:#8f1d14; text-decoration:line-through;"_s;
const QString addedStyle = u"background-color:#d9f2dc; color:#14592a; text-decoration:none;"_s;
const QString headingStyle = u"margin-top:16px; margin-bottom:4px; color:#2d3a4a; font-size:large;"_s;
const QString paragraphStyle = u"margin-top:0px; margin-bottom:6px;"_s;
const QString captionRemovedStyle = u"background-color:#fbe3e1; color:#8f1d14;"_s;
const QString captionAddedStyle = u"background-color:#d9f2dc; color:#14592a;"_s;
const QString noteStyle = u"color:#6b7280; font-style:italic;"_s;

// Unchanged stretches longer than this many lines are shortened in changed fields.
constexpr qsizetype MaxContextLines = 2;

// Whitespace that changed is invisible: show it with markers.
QString visibleWhitespace(const QString &text)
{
    QString shown;
    for (QChar c : text) {
        if (c == u'\n')
            shown += u"¶\n"_s;
        else if (c == u'\u00a0' || c == u'\u202f')
            shown += u'\u2423';   // ␣ for a no-break space
        else if (c.isSpace())
            shown += u'\u00b7';   // · for a space
        else
            shown += c;
    }
    return shown;
}

// Renders segments as paragraphs; spans never cross a paragraph.
class HtmlWriter
{
public:
    void write(Kind kind, const QString &rawText)
    {
        const bool blank = kind != Kind::Same && std::all_of(rawText.begin(), rawText.end(), [](QChar c) {
            return c.isSpace();
        });
        const QString text = blank ? visibleWhitespace(rawText) : rawText;
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                breakParagraph();
            if (lines[i].isEmpty())
                continue;
            // "régionale nationale", not "régionalenationale": a thin space between the two.
            if (kind == Kind::Added && m_lastKind == Kind::Removed && !m_paragraph.isEmpty())
                m_paragraph += u"\u2009"_s;
            m_paragraph += span(kind, lines[i]);
            m_lastKind = kind;
        }
    }
    void note(const QString &text)
    {
        m_lastKind = Kind::Same;
        m_paragraph += u"<span style=\"%1\">%2</span>"_s.arg(noteStyle, text.toHtmlEscaped());
    }
    QString take()
    {
        breakParagraph();
        return std::exchange(m_html, QString());
    }

private:
    static QString span(Kind kind, const QString &text)
    {
        const QString escaped = text.toHtmlEscaped();
        switch (kind) {
        case Kind::Same: return escaped;
        case Kind::Removed: return u"<del style=\"%1\"><span style=\"%1\">%2</span></del>"_s.arg(removedStyle, escaped);
        case Kind::Added: return u"<ins style=\"%1\"><span style=\"%1\">%2</span></ins>"_s.arg(addedStyle, escaped);
        }
        return escaped;
    }
    void breakParagraph()
    {
        m_lastKind = Kind::Same;
        m_html += u"<p style=\"%1\">%2</p>\n"_s.arg(paragraphStyle, m_paragraph.isEmpty() ? u"&nbsp;"_s : m_paragraph);
        m_paragraph.clear();
    }

    QString m_html;
    QString m_paragraph;
    Kind m_lastKind = Kind::Same;
};

// Writes the segments of one side (or both, inline), shortening long unchanged stretches.
QString renderSegments(const FieldDiff &diff, bool showRemoved, bool showAdded)
{
    HtmlWriter writer;
    const bool shorten = diff.changed() && !diff.formattingOnly;
    for (qsizetype s = 0; s < diff.segments.size(); ++s) {
        const DiffSegment &segment = diff.segments[s];
        if ((segment.kind == Kind::Removed && !showRemoved) || (segment.kind == Kind::Added && !showAdded))
            continue;
        QStringList lines = segment.text.split(u'\n');
        const qsizetype keepFirst = s == 0 ? 0 : MaxContextLines + 1;
        const qsizetype keepLast = s == diff.segments.size() - 1 ? 0 : MaxContextLines + 1;
        if (segment.kind != Kind::Same || !shorten || lines.size() <= keepFirst + keepLast + 1) {
            writer.write(segment.kind, segment.text);
            continue;
        }
        const qsizetype hidden = lines.size() - keepFirst - keepLast;
        if (keepFirst > 0) {
            writer.write(Kind::Same, lines.mid(0, keepFirst).join(u'\n'));
            writer.write(Kind::Same, u"\n"_s);
        }
        writer.note(DiffStrings::tr("[… %n unchanged line(s) …]", "", int(hidden)));
        if (keepLast > 0) {
            writer.write(Kind::Same, u"\n"_s);
            writer.write(Kind::Same, lines.mid(lines.size() - keepLast).join(u'\n'));
        }
    }
    if (diff.formattingOnly)
        writer.note(DiffStrings::tr("Only the formatting changed (bold, italics, links or layout)."));
    if (diff.segments.isEmpty() && !diff.formattingOnly)
        writer.note(DiffStrings::tr("(empty)"));
    return writer.take();
}

} // namespace

namespace RevisionDiff {

QStringList tokenize(const QString &text)
{
    QStringList tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        qsizetype end = i + 1;
        if (isWordChar(c) || (c.isHighSurrogate() && i + 1 < n && QChar::isLetterOrNumber(QChar::surrogateToUcs4(c, text[i + 1])))) {
            end = i;
            while (end < n) {
                if (isWordChar(text[end])) {
                    ++end;
                } else if (text[end].isHighSurrogate() && end + 1 < n && text[end + 1].isLowSurrogate()
                           && QChar::isLetterOrNumber(QChar::surrogateToUcs4(text[end], text[end + 1]))) {
                    end += 2;
                } else {
                    break;
                }
            }
            // Elision: "l’", "qu’", "aujourd’" keep their apostrophe when a word follows.
            if (end + 1 < n && isApostrophe(text[end]) && isWordChar(text[end + 1]))
                ++end;
        } else if (isBlank(c)) {
            while (end < n && isBlank(text[end]))
                ++end;
        } else if (c.isHighSurrogate() && end < n && text[end].isLowSurrogate()) {
            ++end;
        }
        tokens.append(text.mid(i, end - i));
        i = end;
    }
    return tokens;
}

QList<DiffSegment> diffTexts(const QString &older, const QString &newer)
{
    SegmentBuilder out;
    if (older == newer) {
        out.same(older);
        return out.take();
    }
    // Paragraphs first: unchanged paragraphs never reach the word level.
    const QStringList a = lineElements(older);
    const QStringList b = lineElements(newer);
    TokenIds ids;
    const std::vector<dtl::edit_t> steps = editScript(ids.idsOf(a), ids.idsOf(b));
    QString removed, added;
    auto resolve = [&] {
        if (!removed.isEmpty() && !added.isEmpty()) {
            diffWords(removed, added, out);
        } else {
            out.removed(removed);
            out.added(added);
        }
        removed.clear();
        added.clear();
    };
    qsizetype i = 0, j = 0;
    for (dtl::edit_t step : steps) {
        switch (step) {
        case dtl::SES_COMMON:
            resolve();
            out.same(b[j]);
            ++i;
            ++j;
            break;
        case dtl::SES_DELETE:
            removed += a[i++];
            break;
        case dtl::SES_ADD:
            added += b[j++];
            break;
        default:
            break;
        }
    }
    resolve();
    return out.take();
}

} // namespace RevisionDiff

QList<FieldDiff> compareResources(const Resource &older, const Resource &newer, bool includeUnchanged)
{
    const QStringList changedKeys = RevisionFields::changed(older, newer);
    QList<FieldDiff> result;
    for (const QString &key : RevisionFields::all()) {
        FieldDiff diff;
        diff.field = key;
        diff.label = RevisionFields::label(key);
        diff.oldText = fieldText(older, key);
        diff.newText = fieldText(newer, key);
        diff.formattingOnly = diff.oldText == diff.newText && changedKeys.contains(key);
        if (!diff.changed() && !includeUnchanged)
            continue;
        diff.segments = RevisionDiff::diffTexts(diff.oldText, diff.newText);
        result.append(diff);
    }
    return result;
}

QString diffToHtml(const QList<FieldDiff> &diffs, DiffLayout layout, const QString &olderCaption,
                   const QString &newerCaption)
{
    QString html = u"<html><head><meta charset=\"utf-8\"/></head><body>\n"_s;
    if (!olderCaption.isEmpty() || !newerCaption.isEmpty()) {
        html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr>"_s;
        html += u"<td width=\"50%\" style=\"%1\"><b>%2</b></td>"_s.arg(
            captionRemovedStyle, DiffStrings::tr("Before: %1").arg(olderCaption).toHtmlEscaped());
        html += u"<td width=\"50%\" style=\"%1\"><b>%2</b></td>"_s.arg(
            captionAddedStyle, DiffStrings::tr("After: %1").arg(newerCaption).toHtmlEscaped());
        html += u"</tr></table>\n"_s;
    }
    if (diffs.isEmpty()) {
        html += u"<p style=\"%1\">%2</p>\n"_s.arg(noteStyle, DiffStrings::tr("No differences.").toHtmlEscaped());
        return html + u"</body></html>\n"_s;
    }
    for (const FieldDiff &diff : diffs) {
        html += u"<h3 style=\"%1\">%2</h3>\n"_s.arg(headingStyle, diff.label.toHtmlEscaped());
        if (layout == DiffLayout::Inline) {
            html += renderSegments(diff, true, true);
            continue;
        }
        html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"0\"><tr>\n"_s;
        html += u"<td width=\"50%\" valign=\"top\" style=\"background-color:#fdf6f5;\">\n"_s
            + renderSegments(diff, true, false) + u"</td>\n"_s;
        html += u"<td width=\"50%\" valign=\"top\" style=\"background-color:#f4fbf5;\">\n"_s
            + renderSegments(diff, false, true) + u"</td>\n"_s;
        html += u"</tr></table>\n"_s;
    }
    return html + u"</body></html>\n"_s;
}

} // namespace Actes
