#include "text/textstats.h"

#include "text/cleanhtml.h"

#include <QTextBoundaryFinder>

namespace Actes {

namespace {

bool isBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

bool isDigitGroupSeparator(QChar c)
{
    return c == QChar(0x00A0) || c == QChar(0x202F);
}

} // namespace

TextStats TextStats::ofPlainText(const QString &text)
{
    TextStats stats;

    // Characters: grapheme clusters. Text without surrogates or combining marks (nearly all
    // French prose) has one cluster per code unit, so the grapheme walk — the costly part on a
    // 200-page body — is needed only when such characters are present.
    bool simple = true;
    for (const QChar c : text) {
        if (c.isSurrogate() || c.isMark()) {
            simple = false;
            break;
        }
    }
    if (simple) {
        for (const QChar c : text) {
            if (!isBreak(c)) {
                ++stats.characters;
                if (!c.isSpace())
                    ++stats.charactersNoSpaces;
            }
        }
    }
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, simple ? QString() : text);
    qsizetype start = simple ? text.size() : 0;
    while (start < text.size()) {
        qsizetype next = finder.toNextBoundary();
        if (next <= start)
            next = start + 1; // defensive: always progress
        const QChar first = text.at(start);
        if (!isBreak(first)) {
            ++stats.characters;
            if (!first.isSpace())
                ++stats.charactersNoSpaces;
        }
        start = next;
    }

    // Words: runs of non-space characters holding a letter or a digit.
    const qsizetype n = text.size();
    qsizetype i = 0;
    bool previousWasNumber = false;   // the previous word ended with a digit
    while (i < n) {
        const qsizetype separatorStart = i;
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const bool groupSeparated = i - separatorStart == 1 && separatorStart > 0
            && isDigitGroupSeparator(text.at(separatorStart));
        const qsizetype wordStart = i;
        bool hasAlnum = false;
        bool allDigits = true;
        while (i < n && !text.at(i).isSpace()) {
            const QChar c = text.at(i);
            if (c.isLetterOrNumber() || c.isMark()) {
                hasAlnum = hasAlnum || c.isLetterOrNumber();
            } else if (c.isHighSurrogate() && i + 1 < n) {
                const char32_t ucs = QChar::surrogateToUcs4(c, text.at(i + 1));
                hasAlnum = hasAlnum || QChar::isLetterOrNumber(ucs);
                ++i;
            }
            if (!c.isDigit())
                allDigits = false;
            ++i;
        }
        const qsizetype length = i - wordStart;
        // "12 000": a group of three digits after a number, joined by a non-breaking space.
        const QStringView word = QStringView(text).mid(wordStart, length);
        qsizetype digitsLead = 0;
        while (digitsLead < word.size() && word.at(digitsLead).isDigit())
            ++digitsLead;
        const bool continuesNumber = previousWasNumber && groupSeparated && digitsLead == 3
            && (word.size() == 3 || !word.at(3).isLetterOrNumber());
        if (hasAlnum && !continuesNumber)
            ++stats.words;
        previousWasNumber = hasAlnum && word.last().isDigit()
            && (allDigits || continuesNumber || word.front().isDigit());
    }
    return stats;
}

TextStats TextStats::ofHtml(const QString &html)
{
    return ofPlainText(plainTextFromHtml(html));
}

} // namespace Actes
