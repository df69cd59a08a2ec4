#include "review/commentanchors.h"

#include "text/cleanhtml.h"

#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes::CommentAnchors {

QString anchorText(const QTextDocument &document)
{
    QString text = document.toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    text.replace(QChar::LineSeparator, u'\n');
    // toRawText() ends with the final paragraph separator, which no cursor position follows.
    if (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

QString anchorTextOfHtml(const QString &html)
{
    QTextDocument document;
    loadCleanHtml(document, html);
    return anchorText(document);
}

CommentAnchor anchorFor(const QString &text, int start, int end)
{
    start = std::clamp(start, 0, int(text.size()));
    end = std::clamp(end, start, int(text.size()));
    CommentAnchor anchor;
    anchor.start = start;
    anchor.end = end;
    anchor.quote = text.mid(start, end - start);
    const int beforeStart = std::max(0, start - ContextLength);
    anchor.before = text.mid(beforeStart, start - beforeStart);
    anchor.after = text.mid(end, ContextLength);
    anchor.detached = end <= start;
    return anchor;
}

CommentAnchor adjusted(const CommentAnchor &anchor, int position, int removed, int added, const QString &textAfter)
{
    if (anchor.detached)
        return anchor;
    // A change of format only (QTextDocument reports it as characters replaced by themselves).
    if (removed == added && anchor.start + anchor.quote.size() <= textAfter.size()
        && QStringView(textAfter).mid(anchor.start, anchor.quote.size()) == anchor.quote)
        return anchorFor(textAfter, anchor.start, anchor.end);
    const int delta = added - removed;
    const int editEnd = position + removed;
    // A boundary inside the replaced text goes to the edge of the new text that keeps the
    // quote outside it; one after the edit moves by delta.
    const int start = anchor.start < position ? anchor.start
        : anchor.start >= editEnd             ? anchor.start + delta
                                              : position + added;
    const int end = anchor.end <= position ? anchor.end
        : anchor.end >= editEnd            ? anchor.end + delta
                                           : position;
    if (end <= start) {
        CommentAnchor gone = anchor;
        gone.detached = true;
        gone.start = gone.end = std::clamp(position, 0, int(textAfter.size()));
        return gone;
    }
    return anchorFor(textAfter, start, end);
}

namespace {

int commonSuffix(const QString &a, const QString &b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n))
        ++n;
    return n;
}

int commonPrefix(const QString &a, const QString &b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

} // namespace

CommentAnchor relocate(const CommentAnchor &anchor, const QString &text)
{
    if (anchor.quote.isEmpty())
        return anchor;
    const qsizetype length = anchor.quote.size();
    if (!anchor.detached && anchor.start >= 0 && anchor.start + length <= text.size()
        && QStringView(text).mid(anchor.start, length) == anchor.quote) {
        CommentAnchor same = anchorFor(text, anchor.start, int(anchor.start + length));
        return same;
    }
    int best = -1;
    int bestContext = -1;
    qint64 bestDistance = 0;
    for (qsizetype at = text.indexOf(anchor.quote); at >= 0; at = text.indexOf(anchor.quote, at + 1)) {
        const int contextScore = commonSuffix(text.left(at), anchor.before)
            + commonPrefix(text.mid(at + length, ContextLength), anchor.after);
        const qint64 distance = qAbs(qint64(at) - anchor.start);
        if (contextScore > bestContext || (contextScore == bestContext && distance < bestDistance)) {
            best = int(at);
            bestContext = contextScore;
            bestDistance = distance;
        }
    }
    // A detached quote comes back only with its context (not at any occurrence of a word).
    const int neededContext = anchor.detached ? int(std::min<qsizetype>(8, anchor.before.size() + anchor.after.size())) : 0;
    if (best < 0 || (anchor.detached && bestContext < std::max(1, neededContext))) {
        CommentAnchor gone = anchor;
        gone.detached = true;
        gone.start = gone.end = std::clamp(anchor.start, 0, int(text.size()));
        return gone;
    }
    return anchorFor(text, best, int(best + length));
}

CommentAnchor firstOccurrence(const QString &text, const QString &quote)
{
    const qsizetype at = quote.isEmpty() ? -1 : text.indexOf(quote);
    if (at < 0) {
        CommentAnchor none;
        none.quote = quote;
        none.detached = true;
        return none;
    }
    return anchorFor(text, int(at), int(at + quote.size()));
}

} // namespace Actes::CommentAnchors
