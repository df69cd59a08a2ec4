#include "text/searchtext.h"

#include <QFont>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Actes::SearchText {

namespace {

// The letters FTS5's unicode61 tokenizer keeps as they are (no decomposition exists for them).
QString expandLigatures(QString text)
{
    static const struct { char16_t from; const char16_t *to; } table[] = {
        {u'\u0153', u"oe"}, {u'\u0152', u"OE"}, {u'\u00E6', u"ae"}, {u'\u00C6', u"AE"},
        {u'\u00DF', u"ss"},
    };
    for (const auto &entry : table) {
        const QChar from(entry.from);
        if (text.contains(from))
            text.replace(from, QString::fromUtf16(entry.to));
    }
    return text;
}

bool isMark(QChar::Category category)
{
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

// Token characters of unicode61 (categories L*, N*, Co), plus combining marks that belong
// to the word they follow.
bool isWordCharacter(char32_t codePoint)
{
    if (QChar::isLetterOrNumber(codePoint))
        return true;
    const QChar::Category category = QChar::category(codePoint);
    return category == QChar::Other_PrivateUse || isMark(category);
}

} // namespace

QString fold(const QString &text)
{
    if (text.isEmpty())
        return text.isNull() ? QString(u""_s) : text;
    return expandLigatures(text.normalized(QString::NormalizationForm_KC));
}

QString plainTextFromHtml(const QString &html)
{
    if (html.trimmed().isEmpty())
        return QString(u""_s);
    QTextDocument document;
    // An explicit font keeps headings from computing a size from the missing GUI default font
    // (this runs in the command line tool too, without QGuiApplication).
    QFont font;
    font.setPointSize(12);
    document.setDefaultFont(font);
    document.setHtml(html);
    QString text = document.toPlainText();
    // Images and other objects appear as U+FFFC; paragraph separators as U+2029.
    text.replace(QChar::ObjectReplacementCharacter, u' ');
    text.replace(QChar::ParagraphSeparator, u'\n');
    text.replace(QChar::LineSeparator, u'\n');
    return text;
}

QString indexableText(const QString &html)
{
    return fold(plainTextFromHtml(html));
}

QStringList queryTerms(const QString &userText)
{
    const QString folded = fold(userText);
    QStringList terms;
    QStringList words;
    QString word;
    auto endWord = [&] {
        if (!word.isEmpty())
            words.append(std::exchange(word, QString()));
    };
    auto endTerm = [&] {
        endWord();
        if (!words.isEmpty())
            terms.append(std::exchange(words, QStringList()).join(u' '));
    };
    for (qsizetype i = 0; i < folded.size(); ++i) {
        char32_t codePoint = folded.at(i).unicode();
        qsizetype length = 1;
        if (QChar::isHighSurrogate(codePoint) && i + 1 < folded.size()
            && folded.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(folded.at(i), folded.at(i + 1));
            length = 2;
        }
        const QStringView characters = QStringView(folded).mid(i, length);
        i += length - 1;
        if (isWordCharacter(codePoint)) {
            word.append(characters);
        } else if (QChar::isSpace(codePoint)) {
            endTerm();
        } else {
            endWord();
        }
    }
    endTerm();
    return terms;
}

QString ftsQuery(const QString &userText)
{
    const QStringList terms = queryTerms(userText);
    QStringList quoted;
    quoted.reserve(terms.size());
    for (const QString &term : terms)
        quoted.append(u'"' + term + u'"');   // terms hold no quote: only word characters and spaces
    if (quoted.isEmpty())
        return QString();
    quoted.last().append(u'*');
    return quoted.join(u" AND "_s);
}

QString sortKey(const QString &text)
{
    const QString decomposed = fold(text).normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    bool started = false;
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (isMark(c.category()))
            continue;
        if (!started && !c.isLetterOrNumber())
            continue;   // leading quotes, dashes, spaces
        started = true;
        if (c.isSpace()) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace) {
            key.append(u' ');
            pendingSpace = false;
        }
        key.append(c);
    }
    return key.toCaseFolded();
}

QString identityKey(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).simplified().toCaseFolded();
}

QString attachmentWords(const QStringList &titles, const QStringList &fileTexts)
{
    QStringList parts = titles;
    qsizetype room = MaxAttachmentTextChars;
    for (const QString &text : fileTexts) {
        if (text.isEmpty() || room <= 0)
            continue;
        parts.append(text.left(room));
        room -= text.size();
    }
    return fold(parts.join(u'\n'));
}

} // namespace Actes::SearchText
