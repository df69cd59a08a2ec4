// Internal to the proceedings layout: shared by proceedingslayout.cpp and proceedingspages.cpp.
#pragma once

#include "export/proceedingslayout.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <memory>
#include <vector>

namespace Actes {

namespace ProceedingsDetail {

using namespace Qt::StringLiterals;

// Palette: near-black ink, a deep blue-green accent, quiet greys.
inline const QColor kInk(0x1c, 0x1c, 0x1c);
inline const QColor kMuted(0x5f, 0x66, 0x69);
inline const QColor kAccent(0x1f, 0x4e, 0x5a);
inline const QColor kRule(0x9f, 0xab, 0xae);
inline const QColor kTint(0xec, 0xf1, 0xf2);
inline const QColor kAlert(0xa3, 0x26, 0x2a);

// Preferred faces first; the last ones ship with every Debian desktop.
inline QStringList serifFamilies()
{
    return {u"Linux Libertine O"_s, u"EB Garamond"_s, u"Caladea"_s, u"P052"_s, u"DejaVu Serif"_s};
}

inline QStringList sansFamilies()
{
    return {u"Linux Biolinum O"_s, u"Carlito"_s, u"Nimbus Sans"_s, u"DejaVu Sans"_s};
}

inline QString cssFamilies(const QStringList &families)
{
    QStringList quoted;
    for (const QString &family : families)
        quoted << u'\'' + family + u'\'';
    return quoted.join(u", "_s);
}

inline QFont makeFont(const QStringList &families, qreal pointSize, int weight = QFont::Normal, bool italic = false)
{
    QFont font;
    font.setFamilies(families);
    font.setPointSizeF(pointSize);
    font.setWeight(QFont::Weight(weight));
    font.setItalic(italic);
    font.setKerning(true);
    // A tiny letter spacing turns ligatures off in Qt's shaper: a ligature glyph maps back to one
    // code point in the PDF (U+FB00 for "ff"), so "Goff" could not be searched or copied.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

inline QFont serif(qreal size, int weight = QFont::Normal, bool italic = false)
{
    return makeFont(serifFamilies(), size, weight, italic);
}

inline QFont sans(qreal size, int weight = QFont::Normal)
{
    return makeFont(sansFamilies(), size, weight);
}

inline QFont spaced(QFont font, qreal percent)
{
    font.setLetterSpacing(QFont::PercentageSpacing, percent);
    return font;
}

inline QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

inline QString normalisedForSearch(QString text)
{
    text.replace(QChar(0x00A0), u' ');
    text.replace(QChar(0x202F), u' ');
    text.replace(QChar(0x2019), u'\'');
    return text;
}

// The surname first, for sorting and display in the index: "Cornu, Sébastien".
// "DUPONT Marie" (surname in capitals) and particles ("de", "van"...) are recognised.
struct PersonKey
{
    QString display;
    QString sortKey;
};

inline PersonKey personKey(const QString &name)
{
    static const QStringList particles = {u"de"_s, u"du"_s, u"des"_s, u"d'"_s, u"d\u2019"_s, u"le"_s, u"la"_s,
                                          u"van"_s, u"von"_s, u"di"_s, u"da"_s, u"del"_s};
    const QStringList words = name.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2)
        return {name.simplified(), name.simplified()};
    const auto isUpperWord = [](const QString &word) {
        bool letters = false;
        for (QChar c : word) {
            if (c.isLetter()) {
                letters = true;
                if (!c.isUpper())
                    return false;
            }
        }
        return letters && word.size() > 1;
    };
    QStringList surname;
    QStringList given;
    const qsizetype upperCount = std::count_if(words.cbegin(), words.cend(), isUpperWord);
    if (upperCount > 0 && upperCount < words.size()) {
        for (const QString &word : words)
            (isUpperWord(word) ? surname : given) << word;
    } else {
        qsizetype split = words.size() - 1;
        while (split > 1 && particles.contains(words.at(split - 1).toLower()))
            --split;
        given = words.mid(0, split);
        surname = words.mid(split);
    }
    const QString display = surname.join(u' ') + u", "_s + given.join(u' ');
    return {display, surname.join(u' ') + u' ' + given.join(u' ')};
}

struct Heading
{
    QString title;
    int level = 0;
    int page = 0;       // within the chapter
    qreal y = 0;        // within the text area
};

struct Chapter
{
    const Resource *resource = nullptr;
    std::unique_ptr<QTextDocument> document;
    int firstPage = 0;  // absolute, 0-based
    int pageCount = 0;
    QList<Heading> headings;
    // Blocks whose lines run over more than one page, with their first and last page.
    struct SplitBlock
    {
        QTextBlock block;
        int firstPage = 0;
        int lastPage = 0;
    };
    QList<SplitBlock> splitBlocks;
    // The annexes bound after the chapter: index in Private::annexes and first page (absolute).
    struct AnnexPart
    {
        int index = 0;
        int firstPage = 0;
    };
    QList<AnnexPart> annexes;
};

// An item of the contents or of the index, measured, then placed by paginate().
struct FlowItem
{
    enum class Kind { Contents, ContentsAnnex, Section, Letter, Entry };
    Kind kind = Kind::Entry;
    int chapter = -1;   // Contents, ContentsAnnex: the chapter it leads to (-1: the index)
    int annex = -1;     // ContentsAnnex: the part in that chapter's annexes
    QString text;
    QString detail;
    QList<int> pages;   // absolute, 0-based
    std::shared_ptr<QTextLayout> textLayout;
    std::shared_ptr<QTextLayout> numbersLayout;
    bool numbersBelow = false;
    qreal height = 0;
    qreal spaceBefore = 0;
    bool keepWithNext = false;
    int page = 0;       // relative to the first page of the flow
    int column = 0;
    qreal y = 0;
};

} // namespace ProceedingsDetail

struct ProceedingsLayout::Private
{
    ProceedingsOptions options;
    QString title;
    QList<Resource> resources;
    QList<ProceedingsAnnex> annexes;

    QPagedPaintDevice *device = nullptr;
    QPainter *painter = nullptr;
    qreal dpi = 72;
    QRectF pageRect;    // full page, device units, page origin
    QRectF textRect;

    std::vector<ProceedingsDetail::Chapter> chapters;
    QList<ProceedingsDetail::FlowItem> contents;
    QList<ProceedingsDetail::FlowItem> index;
    int contentsPages = 0;
    int indexPages = 0;
    int indexFirstPage = 0;
    int totalPages = 0;
    int pagesPainted = 0;
    QImage logo;
    ProceedingsNavigation *navigation = nullptr;

    // The document's words in the document's language (options.language), never the interface's:
    // the tr() calls of the layout code (members of Private) resolve to this one, and lupdate
    // still files them under Actes::ProceedingsLayout.
    QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) const
    {
        return options.language.translate("Actes::ProceedingsLayout", text, disambiguation, n);
    }

    qreal mm(qreal value) const { return value * dpi / 25.4; }
    qreal pt(qreal value) const { return value * dpi / 72.0; }
    qreal toPoints(qreal value) const { return value * 72.0 / dpi; }
    qreal columnGap() const { return mm(8); }
    qreal indexColumnWidth() const { return (textRect.width() - columnGap()) / 2; }

    void setupGeometry();
    QString chapterHtml(const Resource &resource, QTextDocument *document) const;
    QString documentsHtml(const Resource &resource) const;
    QString attachmentKindText(AttachmentKind kind) const;
    QString annexHeading(const ProceedingsAnnex &annex) const;
    QRectF annexArea() const;
    QString resolveImages(const QString &html, QTextDocument *document) const;
    void layoutChapter(ProceedingsDetail::Chapter &chapter);
    int pageOfBlock(const QTextDocument *document, const QTextBlock &block, qreal *y = nullptr) const;
    void keepHeadingsWithNext(QTextDocument *document) const;
    void fitImageParagraphs(QTextDocument *document) const;
    void collectHeadings(ProceedingsDetail::Chapter &chapter) const;
    void buildContents();
    void buildIndex();
    void measure(ProceedingsDetail::FlowItem &item, qreal width) const;
    int paginate(QList<ProceedingsDetail::FlowItem> &items, int columns, qreal firstPageOffset) const;
    qreal flowTitleHeight() const;

    bool startPage();
    void paintCover();
    void paintFlowTitle(const QString &text);
    void paintContentsPage(int page);
    void paintIndexPage(int page);
    void paintChapterPage(const ProceedingsDetail::Chapter &chapter, int page);
    void paintAnnexPage(const ProceedingsAnnex &annex, int absolutePage);
    void paintRunningHeads(int absolutePage, const QString &section);
    void paintLeaders(qreal from, qreal to, qreal baseline);
    void addLink(int page, const QRectF &rect, int targetPage, qreal targetY);
    void addTarget(const QString &text, int level, int page, qreal y);
};

} // namespace Actes
