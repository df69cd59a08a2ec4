#pragma once

#include <QStringList>

#include <optional>

// The clean HTML subset stored in Resource::summaryHtml / bodyHtml, and the conversions
// between it and QTextDocument.
//
// The subset (nothing else, no attribute other than the ones listed):
//   blocks   <p>, <h2>, <h3>, <h4> (align), <blockquote>, <ul>, <ol>, <li>,
//            <table>, <thead>, <tbody> (only after a <thead>), <tr>, <td>/<th> (colspan, rowspan)
//   align    on <p> and <h2>..<h4> only: "center", "right" or "justify"; left is the default
//            and never written (so "left" and "no alignment" are the same thing). List items,
//            cells and quotations as such have no alignment (a paragraph inside a quotation
//            does). HtmlSanitizer takes it from align="..." and from style="text-align:..."
//            (on the paragraph or inherited from an enclosing block such as <div> or
//            <center>); toCleanHtml() from QTextBlockFormat::alignment(); QTextDocument
//            honours the attribute when loading.
//   inline   <strong>, <em>, <u>, <s>, <a href> (http, https, mailto, "#..."), <br>,
//            <img src="actes-image:KEY" alt="...">
//
// Canonical form, produced identically by HtmlSanitizer and toCleanHtml() (both use
// CleanHtmlWriter), so that the two can be compared as strings:
//   - one block per line: "<p>…</p>\n", "<ul>\n<li>…</li>\n</ul>\n", "<tr><td>…</td></tr>\n";
//     no trailing newline at the very end;
//   - an alignment is written as the only attribute: <p align="center">, <h3 align="right">;
//   - whitespace collapsed like a browser (ASCII spaces, tabs and newlines; U+00A0 and U+202F
//     are text and kept); no leading/trailing space in a block; leading and trailing <br>
//     in a block are dropped;
//   - empty paragraphs, list items, lists, blockquotes and tables are dropped (a paragraph
//     holding only spaces, non-breaking spaces or <br> is empty); table cells are kept;
//   - inline tags are opened in the order a, strong, em, u, s and kept open across runs that
//     share them;
//   - <strong> is never written inside headings and <th> (they are bold already), nor <u>
//     inside links (they are underlined already);
//   - text is escaped with &amp; &lt; &gt; only (and &quot; in attributes): every other
//     character, including U+00A0, U+202F, ’ « » œ and emoji, is written as itself;
//   - inside <li>, <td> and <th> there are no paragraphs: paragraph breaks become <br>;
//     lists nest inside <li>; tables and blockquotes do not nest inside lists or cells.

#include <QList>
#include <QString>
#include <QStringView>
#include <QTextFormat>

class QTextCursor;
class QTextDocument;

namespace Actes {

// Block property marking a quotation (rendered as <blockquote>): an int, the nesting level
// (1 = one <blockquote>). It is QTextFormat::BlockQuoteLevel, which QTextDocument::setHtml()
// already sets for <blockquote>, so documents loaded from clean HTML carry it.
// For the editor engineer: to make a block a quotation set
//     fmt.setProperty(Actes::BlockQuoteProperty, level);
//     fmt.setLeftMargin(40 * level); fmt.setRightMargin(40);
// (the margins are what Qt's importer uses, for display). Qt 6.4's importer writes level 1
// even for nested quotations (with leftMargin 80, 120...), so toCleanHtml() uses
// max(level, round(leftMargin / 40)) as the nesting level of a block that has the property.
// List items and table cells are never inside a quotation in the clean subset.
inline constexpr int BlockQuoteProperty = QTextFormat::BlockQuoteLevel;

// Prefix of the image references stored in rich text (key from ResourceRepository::storeImage).
inline constexpr QLatin1String ImageScheme{"actes-image:"};
// Prefix of the placeholders HtmlSanitizer writes for decoded data: images ("actes-pending:N",
// N = index in SanitizedHtml::embeddedImages) and, on request, remote images ("actes-remote:N").
inline constexpr QLatin1String PendingImageScheme{"actes-pending:"};
inline constexpr QLatin1String RemoteImageScheme{"actes-remote:"};

// The library image an <img> source refers to: KEY for "actes-image:KEY" (possibly empty),
// nothing for any other source. The one place that reads image references.
std::optional<QString> imageKeyOf(const QString &src);
// The keys of the library images an HTML text shows (<img src="actes-image:KEY">), in order,
// without duplicates.
QStringList imageKeys(const QString &html);

// Writes the clean HTML of a document of Qt's text engine, in the canonical form above.
// Walks blocks, fragments, lists (nesting from QTextListFormat::indent()), tables (rows in
// headerRowCount() become <thead> with <th>), images (only "actes-image:", "actes-pending:"
// and "actes-remote:" sources are written; others are dropped), U+2028 as <br>.
// Heading levels come from QTextBlockFormat::headingLevel(): 1 -> h2, 2..4 kept, 5/6 -> h4.
// For the subset, loadCleanHtml(doc, clean) followed by toCleanHtml(doc) gives back `clean`
// exactly (tested in tst_cleanhtml). Structures the sanitizer can produce from pasted HTML but
// Qt's document model flattens (so they change on the first save from the editor): lists or
// tables inside <blockquote>, a <li> holding only a nested list, <th> outside <thead> (becomes
// <td><strong>), text after a nested list inside the same <li>.
QString toCleanHtml(const QTextDocument &doc);

// Loads clean HTML into a document: use it instead of QTextDocument::setHtml() (the editor
// too). It works around two Qt 6.4 importer limitations:
//   - U+202F (narrow no-break space, French typography before ; : ! ? and in « », and in
//     numbers), U+2009 and the other Unicode spaces except U+00A0 become plain spaces (so
//     also breakable ones): they are kept here (written as characters, as the clean subset
//     does; "&#8239;" entities are not protected);
//   - only the first block of a <blockquote> gets QTextFormat::BlockQuoteLevel (the others
//     only get the 40 px margins): every quoted block gets BlockQuoteProperty here.
// Like setHtml(), it clears the undo history; the document is left unmodified.
void loadCleanHtml(QTextDocument &doc, const QString &html);

// The Unicode-space part of loadCleanHtml() alone, for HTML that is not the clean subset
// (the PDF layout's chapter HTML, with its classes and inline styles): QTextDocument::setHtml()
// keeping U+202F, U+2009 and the other Unicode spaces. This and loadCleanHtml() are the only
// places that should call setHtml() on stored rich text.
void setHtmlKeepingSpaces(QTextDocument &doc, const QString &html);

// Inserts clean HTML at the cursor (replacing its selection) as one undo step, keeping the
// Unicode spaces like loadCleanHtml(); for pasting sanitized HTML. The cursor ends after the
// inserted text. Pasted into an empty paragraph, the first pasted block keeps its own format
// (heading level, alignment, quotation), which Qt's insertFragment() alone would replace by
// the empty paragraph's.
void insertCleanHtml(QTextCursor &cursor, const QString &html);

// The alignment a block gets in the clean subset: Qt::AlignLeft (the default, not written),
// Qt::AlignHCenter, Qt::AlignRight or Qt::AlignJustify, from any Qt alignment (vertical flags,
// AlignAbsolute are ignored; AlignTrailing is right, AlignLeading left).
Qt::Alignment cleanAlignment(Qt::Alignment alignment);
// The value of the align attribute for it ("center", "right", "justify"), empty for left.
QLatin1String alignmentAttribute(Qt::Alignment alignment);

// Plain text of any HTML (sanitized first): one line per paragraph, heading or list item,
// table cells separated by tabs and rows by newlines, <br> as a newline; images give nothing.
// Entities are decoded and whitespace is collapsed; U+00A0 and U+202F are kept.
QString plainTextFromHtml(const QString &html);

// Character formatting of a run of text in the clean subset.
struct InlineFormat
{
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool strike = false;
    QString href;                       // a link when not empty (already validated)

    friend bool operator==(const InlineFormat &, const InlineFormat &) = default;
};

// Streaming writer of the canonical clean HTML. Used by HtmlSanitizer and toCleanHtml();
// it guarantees well-formed output whatever the order of calls: blocks that cannot be opened
// where requested are refused (open() returns false) and the caller flattens them.
class CleanHtmlWriter
{
public:
    enum class Block {
        Root,
        Paragraph,      // <p> or <h2>..<h4>
        Blockquote,
        BulletList,
        OrderedList,
        ListItem,
        Table,
        TableHead,      // <thead>; the rows after it go into an implicit <tbody>
        TableBody,      // only opened implicitly
        Row,
        Cell,
        HeaderCell,
    };

    explicit CleanHtmlWriter(int maxDepth = 32);

    // Opens a block at the current position, closing an open paragraph first and opening
    // implicit parents where HTML would (a list for a stray <li>, a row for a stray cell).
    // Returns false, changing nothing but the paragraph break, when the block cannot go here
    // (a table inside a list item, a list inside a cell, nesting deeper than maxDepth...).
    // `synthetic` marks lists made from Word list paragraphs (see wordListItem()).
    bool open(Block kind, int colSpan = 1, int rowSpan = 1, bool synthetic = false);
    // Closes blocks until depth() == depth (the root is never closed).
    void closeTo(int depth);
    int depth() const { return int(m_stack.size()); }
    Block top() const { return m_stack.constLast().kind; }
    bool canHold(Block child) const;

    // Level of the paragraphs opened implicitly by inline content: 0 = <p>, 2..4 = <hN>.
    void setParagraphLevel(int level);
    // Alignment of the paragraphs opened implicitly by inline content (see cleanAlignment());
    // inline content with another level or alignment than the open paragraph starts a new one.
    void setParagraphAlignment(Qt::Alignment alignment);
    // Ends the current paragraph; inside a list item or a cell, the next inline content starts
    // on a new line (<br>) instead.
    void paragraphBreak();

    void text(QStringView text, const InlineFormat &format, bool preformatted = false);
    // A <br>; it is written in the given format (<strong>a<br>b</strong> vs
    // <strong>a</strong><br>b) when content follows, and dropped at the start or end of a block.
    void lineBreak(const InlineFormat &format = {});
    void image(const QString &src, const QString &alt, const InlineFormat &format);

    // Word list paragraphs ("mso-list: l0 level2"): makes the current position a new list item
    // at that level (1-based) of a synthetic list, opening/closing synthetic lists as needed.
    // Returns false when no list can be opened here (inside a cell...).
    bool wordListItem(int level, bool ordered, const QString &listId);
    // Closes the synthetic lists opened by wordListItem(), if any are open.
    void closeSyntheticLists();
    // Closes the list opened implicitly around a stray <li> when it is the current block.
    void closeImplicitList();

    // Closes everything and returns the HTML. The writer is empty afterwards.
    QString finish();

private:
    struct Node
    {
        Block kind = Block::Root;
        int level = 0;              // heading level for paragraphs, Word list level for lists
        Qt::Alignment align = Qt::AlignLeft; // paragraphs only
        int colSpan = 1;
        int rowSpan = 1;
        bool synthetic = false;
        bool implicit = false;      // opened for a stray child (list around a lone <li>)
        QString listId;
        QString html;               // content written so far (children and inline)
        bool meaningful = false;    // visible text or image inside (for dropping empty blocks)
        bool hasChild = false;      // at least one child block kept (rows, cells, items)
        bool hasThead = false;
        bool hasRows = false;
        // inline state
        QList<int> openTags;        // Tag values, outermost first
        QString openHref;
        bool inlineStarted = false; // something was written on the current line
        bool anyInline = false;     // something was written in this block
        bool pendingSpace = false;
        InlineFormat pendingSpaceFormat;
        int pendingBreaks = 0;
        InlineFormat pendingBreakFormat;
        bool softBreak = false;
    };

    bool isInlineHost(Block kind) const;
    Node &inlineHost();
    void beforeContent(Node &host, const InlineFormat &format);
    void transition(Node &host, const InlineFormat &format);
    void closeInline(Node &host);
    void closeTop();
    void push(Block kind, int colSpan = 1, int rowSpan = 1, bool synthetic = false);

    QList<Node> m_stack;
    int m_maxDepth = 32;
    int m_paragraphLevel = 0;
    Qt::Alignment m_paragraphAlign = Qt::AlignLeft;
};

} // namespace Actes
