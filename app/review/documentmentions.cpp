#include "review/documentmentions.h"

#include "text/htmltokenizer.h"

#include <QRegularExpression>
#include <QSet>

#include <array>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// Lowercase, one kind of apostrophe, plain spaces: what the patterns below are written for.
QString normalized(const QString &text)
{
    QString out = text.toLower();
    for (QChar &c : out) {
        switch (c.unicode()) {
        case 0x2019: case 0x2018: case 0x02BC: case 0x0060: case 0x00B4:
            c = u'\'';
            break;
        case 0x00A0: case 0x202F: case 0x2009:
            c = u' ';
            break;
        case 0x2010: case 0x2011:
            c = u'-';
            break;
        default:
            break;
        }
    }
    return out;
}

struct KindPattern
{
    AttachmentKind kind;
    QRegularExpression pattern;
};

// The words that name a document, by kind. The first one in a sentence gives its kind
// ("le diaporama de présentation de l'étude" is a slide deck).
const std::array<KindPattern, 7> &kindPatterns()
{
    static const std::array<KindPattern, 7> patterns{{
        {AttachmentKind::Slides,
         QRegularExpression(u"\\b(?:diaporamas?|supports? (?:de |d')(?:pr[ée]sentation|intervention)s?|"
                            "pr[ée]sentations?|slides?|powerpoints?|transparents)\\b"_s, kOptions)},
        {AttachmentKind::Programme, QRegularExpression(u"\\bprogrammes?\\b"_s, kOptions)},
        {AttachmentKind::Proceedings, QRegularExpression(u"\\bactes\\b"_s, kOptions)},
        {AttachmentKind::Study, QRegularExpression(u"\\b(?:[ée]tudes?|rapports?|enqu[êe]tes?)\\b"_s, kOptions)},
        {AttachmentKind::Photos, QRegularExpression(u"\\b(?:photos?|photographies?|albums?)\\b"_s, kOptions)},
        {AttachmentKind::Video,
         QRegularExpression(u"\\b(?:vid[ée]os?|films?|replays?|enregistrements?)\\b"_s, kOptions)},
        {AttachmentKind::Other,
         QRegularExpression(u"\\b(?:dossiers?|fiches?|synth[èe]ses?|comptes?[- ]rendus?|documents?|brochures?|"
                            "plaquettes?|guides?)\\b"_s,
                            kOptions)},
    }};
    return patterns;
}

// What makes a sentence point to a document rather than talk about one.
bool pointsSomewhere(const QString &sentence)
{
    static const QRegularExpression pointer(
        u"\\b(?:retrouve[rz]|t[ée]l[ée]charge[rz]|t[ée]l[ée]chargeables?|t[ée]l[ée]chargement|consulte[rz]|"
        "d[ée]couvre[rz]|(?:re)?voir|(?:re)?voyez|visionne[rz]|[ée]coute[rz]|cliquez|ci-dessous|ci-contre|"
        "ci-joint(?:e|s|es)?|en pi[èe]ces? jointes?|en ligne|publie|publi[ée]e?s?|disponibles?|"
        "par(?:u|ue|us|ues)|[ée]dit[ée]e?s?)\\b"_s,
        kOptions);
    return pointer.match(sentence).hasMatch();
}

// A short line that is itself a caption for photos or videos: "Quelques photos de la journée".
bool isCaption(const QString &sentence)
{
    static const QRegularExpression caption(
        u"^(?:quelques|les|des|nos|en) (?:photos?|vid[ée]os?)\\b"_s, kOptions);
    return caption.match(sentence).hasMatch() && sentence.split(u' ', Qt::SkipEmptyParts).size() <= 12;
}

bool saysMembersOnly(const QString &sentence)
{
    static const QRegularExpression members(u"\\b(?:adh[ée]rents?|membres)\\b"_s, kOptions);
    return members.match(sentence).hasMatch();
}

QString decodeText(QString text)
{
    static const QRegularExpression tags(u"<[^>]*>"_s);
    text.remove(tags);
    return decodeHtmlEntities(text);
}

struct Block
{
    QString text;
    bool item = false;   // a list item
};

// The paragraphs, headings, list items and cells of clean HTML, as plain text.
QList<Block> blocksOf(const QString &html)
{
    static const QRegularExpression lineBreak(u"<br\\s*/?>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression blockTag(
        u"<(/?)(p|li|h[1-6]|td|th|div|blockquote|ul|ol|tr|table|thead|tbody)\\b[^>]*>"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString source = html;
    source.replace(lineBreak, u" "_s);
    QList<Block> blocks;
    bool item = false;
    qsizetype pos = 0;
    const auto flush = [&](qsizetype end) {
        // Spaces simplified, no-break spaces kept (French typography).
        QString text = decodeText(source.mid(pos, end - pos));
        text.replace(QChar(0x00A0), QChar(0xE000));
        text = text.simplified();
        text.replace(QChar(0xE000), QChar(0x00A0));
        // A list written as text: "-les vidéos", "• quelques photos".
        bool dashed = false;
        while (!text.isEmpty() && (text.front() == u'-' || text.front() == u'\u2022' || text.front() == u'\u2013'
                                   || text.front() == u'>')) {
            dashed = dashed || text.front() != u'>';
            text = text.mid(1).trimmed();
        }
        if (!text.isEmpty())
            blocks.append({text, item || dashed});
    };
    for (auto it = blockTag.globalMatch(source); it.hasNext();) {
        const auto m = it.next();
        flush(m.capturedStart());
        pos = m.capturedEnd();
        const bool closing = !m.captured(1).isEmpty();
        item = !closing && m.captured(2).compare(u"li"_s, Qt::CaseInsensitive) == 0;
    }
    flush(source.size());
    return blocks;
}

QStringList sentencesOf(const QString &text)
{
    static const QRegularExpression end(u"(?<=[.!?\u2026])\\s+"_s);
    QStringList out;
    for (const QString &s : text.split(end, Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            out.append(s.trimmed());
    return out;
}

} // namespace

std::optional<AttachmentKind> DocumentMentions::kindNamed(const QString &text)
{
    const QString t = normalized(text);
    std::optional<AttachmentKind> kind;
    qsizetype first = -1;
    for (const KindPattern &p : kindPatterns()) {
        const auto m = p.pattern.match(t);
        if (m.hasMatch() && (first < 0 || m.capturedStart() < first)) {
            first = m.capturedStart();
            kind = p.kind;
        }
    }
    return kind;
}

QList<DocumentMention> DocumentMentions::inHtml(const QString &html)
{
    QList<DocumentMention> mentions;
    bool listIntroduced = false;   // the paragraph before the list points somewhere and ends with ':'
    for (const Block &block : blocksOf(html)) {
        const bool introduced = block.item && listIntroduced;
        for (const QString &sentence : sentencesOf(block.text)) {
            const QString t = normalized(sentence);
            if (!introduced && !pointsSomewhere(t) && !isCaption(t))
                continue;
            if (const std::optional<AttachmentKind> kind = kindNamed(sentence))
                mentions.append({*kind, sentence, saysMembersOnly(t)});
        }
        if (!block.item)
            listIntroduced = block.text.endsWith(u':') && pointsSomewhere(normalized(block.text));
    }
    return mentions;
}

QList<DocumentMention> DocumentMentions::inResource(const QString &summaryHtml, const QString &bodyHtml)
{
    QList<DocumentMention> out;
    QSet<QString> seen;
    for (const QString &html : {summaryHtml, bodyHtml}) {
        for (const DocumentMention &m : inHtml(html)) {
            // The summary often repeats the body, sometimes cut short ("…").
            QString key = normalized(m.sentence);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            out.append(m);
        }
    }
    return out;
}

QList<DocumentMention> DocumentMentions::inResource(const Resource &resource)
{
    return inResource(resource.summaryHtml, resource.bodyHtml);
}

} // namespace Actes
