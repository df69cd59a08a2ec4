#include "editor/textformatting.h"

#include "text/cleanhtml.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTextList>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace Actes::TextFormatting {

namespace {

int headingSizeAdjustment(int level)
{
    // What Qt's HTML importer uses for <h2>..<h4>, so typed and loaded headings look alike.
    switch (level) {
    case 1: return 3;
    case 2: return 2;
    case 3: return 1;
    default: return 0;
    }
}

void applyCharFormatToBlock(QTextCursor cursor, const QTextBlock &block, int headingLevel)
{
    QTextCharFormat fmt;
    if (headingLevel > 0) {
        fmt.setFontWeight(QFont::Bold);
        fmt.setProperty(QTextFormat::FontSizeAdjustment, headingSizeAdjustment(headingLevel));
    } else {
        fmt.setFontWeight(QFont::Normal);
        fmt.setProperty(QTextFormat::FontSizeAdjustment, 0);
    }
    cursor.setPosition(block.position());
    cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
    cursor.mergeCharFormat(fmt);
    cursor.mergeBlockCharFormat(fmt);
}

} // namespace

BlockStyle blockStyle(const QTextBlock &block)
{
    const QTextBlockFormat fmt = block.blockFormat();
    switch (fmt.headingLevel()) {
    case 1:
    case 2: return BlockStyle::Heading2;
    case 3: return BlockStyle::Heading3;
    case 4:
    case 5:
    case 6: return BlockStyle::Heading4;
    default: break;
    }
    if (fmt.intProperty(BlockQuoteProperty) > 0)
        return BlockStyle::Quotation;
    return BlockStyle::Paragraph;
}

void setBlockStyle(QTextCursor cursor, BlockStyle style)
{
    const int level = style == BlockStyle::Heading2 ? 2
        : style == BlockStyle::Heading3             ? 3
        : style == BlockStyle::Heading4             ? 4
                                                    : 0;
    cursor.beginEditBlock();
    QTextBlock block = cursor.document()->findBlock(cursor.selectionStart());
    const QTextBlock last = cursor.document()->findBlock(cursor.selectionEnd());
    while (block.isValid()) {
        QTextCursor c(block);
        // A heading or a quotation cannot be a list item: take the block out of its list.
        if (style != BlockStyle::Paragraph && block.textList()) {
            block.textList()->remove(block);
            QTextBlockFormat bf = block.blockFormat();
            bf.setIndent(0);
            c.setBlockFormat(bf);
        }
        QTextBlockFormat bf = block.blockFormat();
        bf.setHeadingLevel(level);
        if (style == BlockStyle::Quotation) {
            bf.setProperty(BlockQuoteProperty, 1);
            bf.setLeftMargin(40);
            bf.setRightMargin(40);
        } else if (bf.hasProperty(BlockQuoteProperty)) {
            bf.clearProperty(BlockQuoteProperty);
            bf.setLeftMargin(0);
            bf.setRightMargin(0);
        }
        if (level > 0) {
            bf.setTopMargin(12);
            bf.setBottomMargin(6);
        } else {
            bf.setTopMargin(0);
            bf.setBottomMargin(0);
        }
        c.setBlockFormat(bf);
        applyCharFormatToBlock(c, block, level);
        if (block == last)
            break;
        block = block.next();
    }
    cursor.endEditBlock();
}

bool canAlign(const QTextBlock &block)
{
    if (!block.isValid() || block.textList())
        return false;
    return QTextCursor(block).currentTable() == nullptr;
}

Qt::Alignment alignment(const QTextBlock &block)
{
    return cleanAlignment(block.blockFormat().alignment());
}

void setAlignment(QTextCursor cursor, Qt::Alignment wanted)
{
    wanted = cleanAlignment(wanted);
    QTextDocument *doc = cursor.document();
    QTextBlock block = doc->findBlock(cursor.selectionStart());
    const QTextBlock last = doc->findBlock(cursor.selectionEnd());
    bool started = false;
    while (block.isValid()) {
        if (canAlign(block) && alignment(block) != wanted) {
            if (!started) {
                cursor.beginEditBlock();
                started = true;
            }
            QTextBlockFormat bf = block.blockFormat();
            if (wanted == Qt::AlignLeft)
                bf.clearProperty(QTextFormat::BlockAlignment);
            else
                bf.setAlignment(wanted);
            QTextCursor(block).setBlockFormat(bf);
        }
        if (block == last)
            break;
        block = block.next();
    }
    if (started)
        cursor.endEditBlock();
}

void mergeFormatOnWordOrSelection(QTextEdit *edit, const QTextCharFormat &format)
{
    QTextCursor cursor = edit->textCursor();
    if (cursor.hasSelection()) {
        // One undo step; QTextEdit::mergeCurrentCharFormat() would add a second one.
        cursor.mergeCharFormat(format);
        return;
    }
    // Inside a word (not at its start or end), the whole word, as word processors do.
    const QTextBlock block = cursor.block();
    const int inBlock = cursor.positionInBlock();
    const QString text = block.text();
    const bool insideWord = inBlock > 0 && inBlock < text.size() && text.at(inBlock - 1).isLetterOrNumber()
        && text.at(inBlock).isLetterOrNumber();
    if (insideWord) {
        cursor.select(QTextCursor::WordUnderCursor);
        cursor.mergeCharFormat(format);
    }
    edit->mergeCurrentCharFormat(format);
}

void setBold(QTextEdit *edit, bool on)
{
    QTextCharFormat fmt;
    fmt.setFontWeight(on ? QFont::Bold : QFont::Normal);
    mergeFormatOnWordOrSelection(edit, fmt);
}

void setItalic(QTextEdit *edit, bool on)
{
    QTextCharFormat fmt;
    fmt.setFontItalic(on);
    mergeFormatOnWordOrSelection(edit, fmt);
}

void setUnderline(QTextEdit *edit, bool on)
{
    QTextCharFormat fmt;
    fmt.setFontUnderline(on);
    mergeFormatOnWordOrSelection(edit, fmt);
}

void setStrikeOut(QTextEdit *edit, bool on)
{
    QTextCharFormat fmt;
    fmt.setFontStrikeOut(on);
    mergeFormatOnWordOrSelection(edit, fmt);
}

bool isInList(const QTextCursor &cursor, bool ordered)
{
    const QTextList *list = cursor.currentList();
    if (!list)
        return false;
    const auto style = list->format().style();
    const bool isOrdered = style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha
        || style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman
        || style == QTextListFormat::ListUpperRoman;
    return isOrdered == ordered;
}

void toggleList(QTextCursor cursor, bool ordered)
{
    cursor.beginEditBlock();
    if (isInList(cursor, ordered)) {
        // Remove the selected blocks from their lists.
        QTextBlock block = cursor.document()->findBlock(cursor.selectionStart());
        const QTextBlock last = cursor.document()->findBlock(cursor.selectionEnd());
        while (block.isValid()) {
            if (QTextList *list = block.textList()) {
                list->remove(block);
                QTextCursor c(block);
                QTextBlockFormat bf = block.blockFormat();
                bf.setIndent(0);
                bf.setObjectIndex(-1);
                c.setBlockFormat(bf);
            }
            if (block == last)
                break;
            block = block.next();
        }
    } else {
        // Headings and quotations become list paragraphs.
        QTextBlock block = cursor.document()->findBlock(cursor.selectionStart());
        const QTextBlock last = cursor.document()->findBlock(cursor.selectionEnd());
        while (block.isValid()) {
            if (blockStyle(block) != BlockStyle::Paragraph)
                setBlockStyle(QTextCursor(block), BlockStyle::Paragraph);
            if (block == last)
                break;
            block = block.next();
        }
        QTextListFormat fmt;
        if (QTextList *current = cursor.currentList()) {
            fmt = current->format(); // switch style, keep the nesting
        } else {
            fmt.setIndent(1);
        }
        fmt.setStyle(ordered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc);
        if (QTextList *current = cursor.currentList(); current && !cursor.hasSelection())
            current->setFormat(fmt);
        else
            cursor.createList(fmt);
    }
    cursor.endEditBlock();
}

void changeListIndent(QTextCursor cursor, int delta)
{
    QTextList *list = cursor.currentList();
    if (!list)
        return;
    cursor.beginEditBlock();
    QTextListFormat fmt = list->format();
    const int newIndent = fmt.indent() + delta;
    if (newIndent < 1) {
        // Out of the outermost list: a plain paragraph.
        QTextBlock block = cursor.block();
        list->remove(block);
        QTextBlockFormat bf = block.blockFormat();
        bf.setIndent(0);
        cursor.setBlockFormat(bf);
    } else {
        // Join the list of the item above when it has the target level, else start one.
        QTextBlock above = cursor.block().previous();
        QTextList *target = nullptr;
        while (above.isValid() && above.textList()) {
            if (above.textList()->format().indent() == newIndent) {
                target = above.textList();
                break;
            }
            if (above.textList()->format().indent() < newIndent)
                break;
            above = above.previous();
        }
        if (target) {
            target->add(cursor.block());
        } else {
            fmt.setIndent(newIndent);
            if (delta > 0)
                fmt.setStyle(fmt.style() == QTextListFormat::ListDisc ? QTextListFormat::ListCircle
                             : fmt.style() == QTextListFormat::ListCircle ? QTextListFormat::ListSquare
                                                                           : fmt.style());
            cursor.createList(fmt);
        }
    }
    cursor.endEditBlock();
}

void clearFormatting(QTextEdit *edit)
{
    QTextCursor cursor = edit->textCursor();
    cursor.beginEditBlock();
    const bool wholeBlocks = !cursor.hasSelection();
    if (wholeBlocks) {
        cursor.movePosition(QTextCursor::StartOfBlock);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    }
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    // Plain characters, but images keep their format (their source). Ranges are collected
    // first: changing formats splits and merges the fragments being walked.
    QList<QPair<int, int>> ranges;
    QList<int> styledBlocks;
    for (QTextBlock block = cursor.document()->findBlock(start); block.isValid() && block.position() <= end;
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment frag = it.fragment();
            const int fs = std::max(start, frag.position());
            const int fe = std::min(end, frag.position() + frag.length());
            if (fs < fe && !frag.charFormat().isImageFormat())
                ranges.append({fs, fe});
        }
        const bool fullySelected = wholeBlocks
            || (block.position() >= start && block.position() + block.length() - 1 <= end);
        if (fullySelected && blockStyle(block) != BlockStyle::Paragraph)
            styledBlocks.append(block.position());
    }
    for (const auto &[fs, fe] : std::as_const(ranges)) {
        QTextCursor c(cursor.document());
        c.setPosition(fs);
        c.setPosition(fe, QTextCursor::KeepAnchor);
        c.setCharFormat(QTextCharFormat());
    }
    for (int position : std::as_const(styledBlocks))
        setBlockStyle(QTextCursor(cursor.document()->findBlock(position)), BlockStyle::Paragraph);
    cursor.endEditBlock();
    edit->setCurrentCharFormat(QTextCharFormat());
}

QString linkAt(const QTextCursor &cursor, QTextCursor *span)
{
    const QTextBlock block = cursor.block();
    int pos = cursor.hasSelection() ? cursor.selectionStart() : cursor.position();
    // Find the fragment at pos (or just before, at the end of a link).
    QString href;
    int linkStart = -1;
    int linkEnd = -1;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment frag = it.fragment();
        const QTextCharFormat fmt = frag.charFormat();
        const int fs = frag.position();
        const int fe = fs + frag.length();
        if (fmt.isAnchor() && !fmt.anchorHref().isEmpty()) {
            if (linkStart >= 0 && fmt.anchorHref() == href && fs == linkEnd) {
                linkEnd = fe; // continuation of the same link
                continue;
            }
            if (linkStart >= 0 && pos >= linkStart && pos <= linkEnd)
                break;
            href = fmt.anchorHref();
            linkStart = fs;
            linkEnd = fe;
        } else {
            if (linkStart >= 0 && pos >= linkStart && pos <= linkEnd)
                break;
            linkStart = linkEnd = -1;
            href.clear();
        }
    }
    if (linkStart < 0 || pos < linkStart || pos > linkEnd)
        return {};
    if (span) {
        *span = QTextCursor(cursor.document());
        span->setPosition(linkStart);
        span->setPosition(linkEnd, QTextCursor::KeepAnchor);
    }
    return href;
}

void insertLink(QTextEdit *edit, const QString &text, const QString &href)
{
    QTextCursor cursor = edit->textCursor();
    QTextCursor span;
    if (!cursor.hasSelection() && !linkAt(cursor, &span).isEmpty())
        cursor = span; // editing the link under the cursor
    // The character format Qt's HTML importer gives a link, so typed and loaded links match.
    QTextDocument probe;
    probe.setHtml(u"<a href=\"%1\">x</a>"_s.arg(href.toHtmlEscaped()));
    QTextCursor probeCursor(&probe);
    probeCursor.setPosition(1);
    QTextCharFormat linkFormat = probeCursor.charFormat();
    QTextCharFormat fmt = cursor.hasSelection() ? cursor.charFormat() : edit->currentCharFormat();
    fmt.setAnchor(true);
    fmt.setAnchorHref(href);
    fmt.setFontUnderline(linkFormat.fontUnderline());
    fmt.setForeground(linkFormat.foreground());
    cursor.beginEditBlock();
    cursor.insertText(text, fmt);
    cursor.endEditBlock();
    // What is typed after the link is not part of it.
    QTextCharFormat after = fmt;
    after.setAnchor(false);
    after.setAnchorHref(QString());
    after.clearProperty(QTextFormat::ForegroundBrush);
    after.setFontUnderline(false);
    edit->setTextCursor(cursor);
    edit->setCurrentCharFormat(after);
}

void removeLink(QTextEdit *edit)
{
    QTextCursor cursor = edit->textCursor();
    QTextCursor span;
    if (linkAt(cursor, &span).isEmpty()) {
        if (!cursor.hasSelection())
            return;
        span = cursor;
    }
    QTextCharFormat fmt;
    fmt.setAnchor(false);
    fmt.setAnchorHref(QString());
    fmt.setFontUnderline(false);
    span.beginEditBlock();
    span.mergeCharFormat(fmt);
    // Drop the link colour.
    const int start = span.selectionStart();
    const int end = span.selectionEnd();
    for (int p = start; p < end;) {
        QTextCursor c(edit->document());
        c.setPosition(p);
        c.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        QTextCharFormat cf = c.charFormat();
        cf.clearForeground();
        c.setCharFormat(cf);
        ++p;
    }
    span.endEditBlock();
}

void insertTable(QTextEdit *edit, int rows, int columns)
{
    QTextCursor cursor = edit->textCursor();
    QTextTableFormat fmt;
    fmt.setBorder(1);
    fmt.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    fmt.setBorderCollapse(true);
    fmt.setCellPadding(4);
    fmt.setCellSpacing(0);
    fmt.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    cursor.beginEditBlock();
    QTextTable *table = cursor.insertTable(rows, columns, fmt);
    cursor.endEditBlock();
    edit->setTextCursor(table->cellAt(0, 0).firstCursorPosition());
}

void insertTableRow(QTextCursor cursor, bool below)
{
    if (QTextTable *table = cursor.currentTable()) {
        const QTextTableCell cell = table->cellAt(cursor);
        table->insertRows(cell.row() + (below ? cell.rowSpan() : 0), 1);
    }
}

void insertTableColumn(QTextCursor cursor, bool after)
{
    if (QTextTable *table = cursor.currentTable()) {
        const QTextTableCell cell = table->cellAt(cursor);
        table->insertColumns(cell.column() + (after ? cell.columnSpan() : 0), 1);
    }
}

void removeTableRow(QTextCursor cursor)
{
    if (QTextTable *table = cursor.currentTable()) {
        if (table->rows() == 1) {
            // Last row: remove the table.
            QTextCursor c = cursor;
            c.setPosition(table->firstPosition() - 1);
            c.setPosition(table->lastPosition() + 1, QTextCursor::KeepAnchor);
            c.removeSelectedText();
            return;
        }
        table->removeRows(table->cellAt(cursor).row(), 1);
    }
}

void removeTableColumn(QTextCursor cursor)
{
    if (QTextTable *table = cursor.currentTable()) {
        if (table->columns() == 1) {
            QTextCursor c = cursor;
            c.setPosition(table->firstPosition() - 1);
            c.setPosition(table->lastPosition() + 1, QTextCursor::KeepAnchor);
            c.removeSelectedText();
            return;
        }
        table->removeColumns(table->cellAt(cursor).column(), 1);
    }
}

void insertPlainTextParagraphs(QTextCursor cursor, const QString &input)
{
    QString text = input;
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    text.replace(QChar::ParagraphSeparator, u'\n');
    // Control characters other than tab and newline have no place in a report.
    text.removeIf([](QChar c) {
        return c.category() == QChar::Other_Control && c != u'\t' && c != u'\n';
    });
    while (text.endsWith(u'\n'))
        text.chop(1);
    static const QRegularExpression blankLines(u"\\n[ \\t\\x{00A0}]*\\n\\s*"_s);
    QString joined;
    if (text.contains(blankLines)) {
        QStringList paragraphs = text.split(blankLines, Qt::SkipEmptyParts);
        for (QString &p : paragraphs)
            p.replace(u'\n', QChar::LineSeparator);
        joined = paragraphs.join(u'\n');
    } else {
        joined = text;
    }
    cursor.beginEditBlock();
    cursor.insertText(joined);
    cursor.endEditBlock();
}

QTextCursor find(const QTextDocument *doc, const QString &text, const QTextCursor &from,
                 FindOptions options, bool backward)
{
    if (text.isEmpty())
        return {};
    QTextDocument::FindFlags flags;
    if (options.caseSensitive)
        flags |= QTextDocument::FindCaseSensitively;
    if (options.wholeWords)
        flags |= QTextDocument::FindWholeWords;
    if (backward)
        flags |= QTextDocument::FindBackward;
    QTextCursor found = doc->find(text, from, flags);
    if (found.isNull()) {
        QTextCursor wrap(const_cast<QTextDocument *>(doc));
        wrap.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        found = doc->find(text, wrap, flags);
    }
    return found;
}

int replaceAll(QTextDocument *doc, const QString &text, const QString &replacement, FindOptions options)
{
    if (text.isEmpty())
        return 0;
    QTextDocument::FindFlags flags;
    if (options.caseSensitive)
        flags |= QTextDocument::FindCaseSensitively;
    if (options.wholeWords)
        flags |= QTextDocument::FindWholeWords;
    int count = 0;
    QTextCursor edit(doc);
    QTextCursor cursor(doc);
    for (;;) {
        cursor = doc->find(text, cursor, flags);
        if (cursor.isNull())
            break;
        if (count == 0)
            edit.beginEditBlock();
        cursor.insertText(replacement);
        ++count;
    }
    if (count > 0)
        edit.endEditBlock();
    return count;
}

} // namespace Actes::TextFormatting
