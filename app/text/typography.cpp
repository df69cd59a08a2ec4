#include "text/typography.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes {

QChar TypographyOptions::spaceFor(QChar punctuation) const
{
    switch (nbspStyle) {
    case NbspStyle::Narrow:
        return QChar(NarrowNoBreakSpace);
    case NbspStyle::Normal:
        return QChar(NoBreakSpace);
    case NbspStyle::Standard:
        break;
    }
    const char16_t c = punctuation.unicode();
    return (c == u';' || c == u'!' || c == u'?') ? QChar(NarrowNoBreakSpace) : QChar(NoBreakSpace);
}

namespace {

bool isParagraphBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::ParagraphSeparator || c == QChar::LineSeparator;
}

bool isNoBreakSpace(QChar c)
{
    return c == QChar(NoBreakSpace) || c == QChar(NarrowNoBreakSpace) || c == u'\u2007';
}

bool isOrdinarySpace(QChar c)
{
    return c == u' ';
}

// Characters after which a straight quote opens.
bool opensQuoteAfter(QChar c)
{
    return c.isNull() || c.isSpace() || isNoBreakSpace(c) || isParagraphBreak(c)
        || QStringView(u"([{\u2014\u2013/").contains(c);
}

QString trimUrlEnd(QStringView url)
{
    // Sentence punctuation written right after a URL is not part of it.
    qsizetype end = url.size();
    while (end > 0) {
        const QChar c = url.at(end - 1);
        if (QStringView(u".,;:!?'\u2019\"\u201D").contains(c)) {
            --end;
        } else if (c == u')' || c == u']') {
            const QChar open = c == u')' ? u'(' : u'[';
            const QStringView part = url.left(end);
            if (part.count(open) < part.count(c))
                --end;
            else
                break;
        } else {
            break;
        }
    }
    return url.left(end).toString();
}

QList<TextRange> findProtectedRanges(const QString &text, bool keystroke)
{
    QList<TextRange> ranges;
    static const QRegularExpression url(
        uR"((?<![\p{L}\p{N}_@])(?:(?:https?|ftp|file|sftp)://|www\.|mailto:)[^\s<>«»"\x{00A0}\x{202F}]+)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression email(
        uR"([\p{L}\p{N}._%+\-']+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+)"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    // Cheap tests first: most paragraphs have neither.
    const bool mayHaveUrl = text.contains(u"://") || text.contains(u"www.", Qt::CaseInsensitive)
        || text.contains(u"mailto:", Qt::CaseInsensitive);
    const bool mayHaveEmail = text.contains(u'@');
    for (const QRegularExpression *re : {&url, &email}) {
        if ((re == &url && !mayHaveUrl) || (re == &email && !mayHaveEmail))
            continue;
        auto it = re->globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const bool atEnd = m.capturedEnd() == text.size();
            // While typing, the end of the text is the URL being written: keep all of it.
            const qsizetype length =
                (keystroke && atEnd) ? m.capturedLength() : trimUrlEnd(m.capturedView()).size();
            if (length > 0)
                ranges.append({int(m.capturedStart()), int(length)});
        }
    }
    // `code`: pairs of backticks within a paragraph. While typing, an unclosed backtick makes
    // the rest of the paragraph code.
    qsizetype open = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isParagraphBreak(c)) {
            if (open >= 0 && keystroke)
                ranges.append({int(open), int(i - open)});
            open = -1;
        } else if (c == u'`') {
            if (open < 0) {
                open = i;
            } else {
                ranges.append({int(open), int(i + 1 - open)});
                open = -1;
            }
        }
    }
    if (open >= 0 && keystroke)
        ranges.append({int(open), int(text.size() - open)});

    std::sort(ranges.begin(), ranges.end(),
              [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    QList<TextRange> merged;
    for (const TextRange &r : std::as_const(ranges)) {
        if (!merged.isEmpty() && r.start <= merged.last().end())
            merged.last().length = std::max(merged.last().end(), r.end()) - merged.last().start;
        else
            merged.append(r);
    }
    return merged;
}

// Scans a text left to right and collects non-overlapping edits.
class Scanner
{
public:
    Scanner(const QString &text, const TypographyOptions &opts, const QList<TextRange> &excluded,
            int keystrokeIndex)
        : m_text(text), m_opts(opts), m_keystrokeIndex(keystrokeIndex),
          m_protected(text.size(), false)
    {
        const auto mark = [this](const TextRange &r) {
            for (int i = std::max(0, r.start); i < std::min<int>(r.end(), m_text.size()); ++i)
                m_protected[i] = true;
        };
        for (const TextRange &r : findProtectedRanges(text, keystrokeIndex >= 0))
            mark(r);
        for (const TextRange &r : excluded)
            mark(r);
    }

    QList<TypographyEdit> run()
    {
        int start = 0;
        const int n = int(m_text.size());
        for (int i = 0; i <= n; ++i) {
            if (i == n || isParagraphBreak(m_text.at(i))) {
                scanParagraph(start, i);
                start = i + 1;
            }
        }
        return m_edits;
    }

private:
    QChar at(int i) const
    {
        return (i >= m_paraStart && i < m_paraEnd) ? m_text.at(i) : QChar();
    }
    bool isProtected(int i) const { return i >= 0 && i < m_protected.size() && m_protected.at(i); }
    int lastEnd() const
    {
        return m_edits.isEmpty() ? 0 : m_edits.last().position + m_edits.last().length;
    }
    // The character before position j as it will read once the edits so far are applied.
    QChar effectivePrev(int j) const
    {
        if (!m_edits.isEmpty() && lastEnd() == j && !m_edits.last().text.isEmpty())
            return m_edits.last().text.back();
        return at(j - 1);
    }
    void addEdit(int position, int length, const QString &text, int source)
    {
        for (int k = position; k < position + length; ++k) {
            if (isProtected(k))
                return;
        }
        m_edits.append({position, length, text, -1, source});
    }
    // The "next character" is unknown when it is the end of the text being typed.
    bool nextUnknown(int i) const { return i == m_keystrokeIndex && i + 1 >= m_paraEnd; }

    // Start of the run of ordinary spaces ending at i that no edit has taken yet.
    int spaceRunStart(int i) const
    {
        int j = i;
        const int limit = std::max(lastEnd(), m_paraStart);
        while (j > limit && isOrdinarySpace(m_text.at(j - 1)) && !isProtected(j - 1))
            --j;
        return j;
    }

    // A no-break space before the mark at i, replacing ordinary spaces there.
    void spaceBefore(int i, const QString &markText, int source)
    {
        const QChar mark = m_text.at(i);
        const int j = spaceRunStart(i);
        const QChar prev = effectivePrev(j);
        const QChar nbsp = m_opts.spaceFor(mark);
        const bool replacing = markText != QString(mark);
        if (prev.isNull() || isParagraphBreak(prev)) {
            if (replacing)
                addEdit(i, 1, markText, source);
            return;
        }
        if (j < i) {
            if (isNoBreakSpace(prev)) {
                if (replacing)
                    addEdit(i, 1, markText, source);
                return;
            }
            addEdit(j, i - j + (replacing ? 1 : 0), QString(nbsp) + (replacing ? markText : QString()), source);
            return;
        }
        bool wanted = !isNoBreakSpace(prev) && !prev.isSpace() && !QStringView(u"([{").contains(prev);
        if ((mark == u'!' || mark == u'?') && (prev == u'!' || prev == u'?'))
            wanted = false;
        if ((mark == u':' || mark == u';') && (prev == u':' || prev == u';'))
            wanted = false;
        if (wanted)
            addEdit(i, replacing ? 1 : 0, QString(nbsp) + (replacing ? markText : QString()), source);
        else if (replacing)
            addEdit(i, 1, markText, source);
    }

    // A no-break space after the mark at i («), replacing ordinary spaces there.
    void spaceAfter(int i, const QString &markText, int source)
    {
        const QChar nbsp = m_opts.spaceFor(u'«');
        const bool replacing = markText != QString(m_text.at(i));
        int k = i + 1;
        while (k < m_paraEnd && isOrdinarySpace(m_text.at(k)) && !isProtected(k))
            ++k;
        const QChar next = at(k);
        const bool atEnd = next.isNull();
        if ((atEnd && !(nextUnknown(i) && k == i + 1)) || isNoBreakSpace(next)) {
            if (replacing)
                addEdit(i, 1, markText, source);
            return;
        }
        addEdit(replacing ? i : i + 1, k - i - (replacing ? 0 : 1),
                (replacing ? markText : QString()) + QString(nbsp), source);
    }

    void scanParagraph(int start, int end)
    {
        m_paraStart = start;
        m_paraEnd = end;
        int depth = 0;   // quotes (« or converted ") still open in this paragraph
        for (int i = start; i < end; ++i) {
            const QChar c = m_text.at(i);
            if (isProtected(i))
                continue;
            const QChar next = at(i + 1);
            switch (c.unicode()) {
            case u':':
            case u';':
                if (m_opts.spaces
                    && (next.isNull() || next.isSpace() || isNoBreakSpace(next)
                        || QStringView(u"«\"\u201C").contains(next))
                    && !(i == m_keystrokeIndex && next.isNull()))
                    spaceBefore(i, QString(c), i);
                break;
            case u'!':
            case u'?':
                if (m_opts.spaces
                    && (next.isNull() || next.isSpace() || isNoBreakSpace(next)
                        || QStringView(u"!?.,;:)]}»\"\u201D\u2019\u2026").contains(next)))
                    spaceBefore(i, QString(c), i);
                break;
            case u'\u00AB':   // «
                ++depth;
                if (m_opts.spaces)
                    spaceAfter(i, QString(c), i);
                break;
            case u'\u00BB':   // »
                depth = std::max(0, depth - 1);
                if (m_opts.spaces)
                    spaceBefore(i, QString(c), i);
                break;
            case u'"': {
                if (!m_opts.quotes)
                    break;
                // Closes when a quote is open (a « typed or converted before) and it is not
                // clearly an opening one (after a space and before a letter); opens after a
                // space or the start; otherwise (12", a stray quote) stays.
                const QChar prev = effectivePrev(i);
                const bool afterSpace = opensQuoteAfter(prev);
                const bool beforeWord = !nextUnknown(i) && next.isLetterOrNumber();
                if (depth > 0 && (!afterSpace || !beforeWord)) {
                    --depth;
                    if (m_opts.spaces)
                        spaceBefore(i, u"»"_s, i);
                    else
                        addEdit(i, 1, u"»"_s, i);
                } else if (afterSpace && (nextUnknown(i) || (!next.isNull() && !next.isSpace()))) {
                    ++depth;
                    if (m_opts.spaces)
                        spaceAfter(i, u"«"_s, i);
                    else
                        addEdit(i, 1, u"«"_s, i);
                }
                break;
            }
            case u'\'':
                if (m_opts.apostrophes && i > start && m_text.at(i - 1).isLetter()
                    && (nextUnknown(i) || next.isLetter()))
                    addEdit(i, 1, u"\u2019"_s, i);
                break;
            case u'.': {
                int k = i;
                while (k < end && m_text.at(k) == u'.')
                    ++k;
                if (m_opts.ellipsis && k - i == 3)
                    addEdit(i, 3, u"\u2026"_s, k - 1);
                i = k - 1;
                break;
            }
            default:
                break;
            }
        }
    }

    const QString &m_text;
    const TypographyOptions &m_opts;
    const int m_keystrokeIndex;
    QList<bool> m_protected;
    QList<TypographyEdit> m_edits;
    int m_paraStart = 0;
    int m_paraEnd = 0;
};

QString applyEdits(const QString &text, const QList<TypographyEdit> &edits)
{
    QString out;
    out.reserve(text.size() + edits.size() * 2);
    int from = 0;
    for (const TypographyEdit &e : edits) {
        out += QStringView(text).mid(from, e.position - from);
        out += e.text;
        from = e.position + e.length;
    }
    out += QStringView(text).mid(from);
    return out;
}

// Whether the word being typed up to `index` is the start of a URL or an e-mail address.
bool inUrlBeingTyped(const QString &text, int index)
{
    int s = index;
    while (s > 0 && !text.at(s - 1).isSpace() && !isNoBreakSpace(text.at(s - 1)))
        --s;
    const QStringView token = QStringView(text).mid(s, index - s);
    return token.contains(u"://") || token.startsWith(u"www.", Qt::CaseInsensitive)
        || token.startsWith(u"mailto:", Qt::CaseInsensitive) || token.contains(u'@');
}

} // namespace

QList<TextRange> protectedRanges(const QString &text)
{
    return findProtectedRanges(text, false);
}

QList<TypographyEdit> frenchTypographyEdits(const QString &text, const TypographyOptions &opts,
                                            const QList<TextRange> &excluded)
{
    return Scanner(text, opts, excluded, -1).run();
}

QString applyFrenchTypography(const QString &text, const TypographyOptions &opts,
                              const QList<TextRange> &excluded)
{
    return applyEdits(text, frenchTypographyEdits(text, opts, excluded));
}

TypographyEdit typographyForKeystroke(const QString &blockText, int cursorPos, QChar typed,
                                      const TypographyOptions &opts)
{
    if (cursorPos < 1 || cursorPos > blockText.size())
        return {};
    const bool enter = typed == QChar::ParagraphSeparator;
    const int index = cursorPos - 1;   // the character typed (or the last one before Enter)
    if (!enter && blockText.at(index) != typed)
        return {};
    const QString text = enter ? blockText.left(cursorPos) : blockText;

    // A space typed right after an automatic "« " is swallowed (the habit of typing it).
    if (!enter && typed == u' ' && opts.spaces && index >= 2 && isNoBreakSpace(text.at(index - 1))
        && text.at(index - 2) == u'\u00AB')
        return {index, 1, QString(), index, index};

    // Which marks this keystroke settles: the typed one, and a : or ; just before it (their
    // space waits for the next character, see the header).
    QList<int> sources;
    const auto delayed = [](QChar c) { return c == u':' || c == u';'; };
    if (enter) {
        if (delayed(text.at(index)))
            sources.append(index);
    } else {
        if (!delayed(typed))
            sources.append(index);
        if (index >= 1 && delayed(text.at(index - 1))
            && (typed.isSpace() || typed == u'\u00AB' || typed == u'"'))
            sources.append(index - 1);
    }
    if (sources.isEmpty())
        return {};
    for (int s : std::as_const(sources)) {
        if (inUrlBeingTyped(text, s))
            return {};
    }

    // Evaluate the paragraph with the rules and keep the edits these marks made.
    const QList<TypographyEdit> all = Scanner(text, opts, {}, enter ? -1 : index).run();
    QList<TypographyEdit> mine;
    for (const TypographyEdit &e : all) {
        if (sources.contains(e.source))
            mine.append(e);
    }
    if (mine.isEmpty())
        return {};
    const int from = mine.first().position;
    const int to = mine.last().position + mine.last().length;
    QString replacement;
    int pos = from;
    for (const TypographyEdit &e : std::as_const(mine)) {
        replacement += QStringView(text).mid(pos, e.position - pos);
        replacement += e.text;
        pos = e.position + e.length;
    }
    replacement += QStringView(text).mid(pos, to - pos);
    // Where the cursor goes: shifted by the edits before it (an insertion at the cursor, like
    // the space after «, comes before it); after an edit that spans it.
    int shift = 0;
    int cursor = -1;
    for (const TypographyEdit &e : std::as_const(mine)) {
        if (e.position + e.length <= cursorPos) {
            shift += int(e.text.size()) - e.length;
        } else if (e.position <= cursorPos) {
            cursor = e.position + shift + int(e.text.size());
            break;
        }
    }
    if (cursor < 0)
        cursor = cursorPos + shift;
    return {from, to - from, replacement, cursor, mine.last().source};
}

bool isTypographyProtectedFormat(const QTextCharFormat &format)
{
    return format.isAnchor() || !format.anchorHref().isEmpty() || isCodeFormat(format);
}

bool isCodeFormat(const QTextCharFormat &format)
{
    if (format.fontFixedPitch())
        return true;
    const QStringList families = format.fontFamilies().toStringList();
    for (const QString &family : families) {
        if (family.compare(u"monospace"_s, Qt::CaseInsensitive) == 0
            || family.contains(u"mono"_s, Qt::CaseInsensitive)
            || family.compare(u"courier"_s, Qt::CaseInsensitive) == 0
            || family.compare(u"courier new"_s, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

int applyFrenchTypography(QTextDocument *doc, const TypographyOptions &opts)
{
    if (!doc)
        return 0;
    struct DocEdit
    {
        int position;
        int length;
        QString text;
        int source;
    };
    QList<DocEdit> edits;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        if (text.isEmpty())
            continue;
        QList<TextRange> excluded;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && isTypographyProtectedFormat(fragment.charFormat()))
                excluded.append({fragment.position() - block.position(), fragment.length()});
        }
        const int base = block.position();
        for (const TypographyEdit &e : frenchTypographyEdits(text, opts, excluded))
            edits.append({base + e.position, e.length, e.text, base + e.source});
    }
    if (edits.isEmpty())
        return 0;
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    // Backwards, so that earlier positions stay valid.
    for (auto it = edits.crbegin(); it != edits.crend(); ++it) {
        // Inserted characters take the format of the punctuation mark that caused them.
        QTextCursor probe(doc);
        probe.setPosition(it->source + 1);
        const QTextCharFormat format = probe.charFormat();
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        cursor.insertText(it->text, format);
    }
    cursor.endEditBlock();
    return int(edits.size());
}

} // namespace Actes
