#include "editor/richtexteditor.h"

#include "editor/textformatting.h"
#include "spelling/spellcontextmenu.h"
#include "spelling/spellhighlighter.h"
#include "spelling/typographyfilter.h"
#include "storage/libraryerror.h"
#include "storage/localfiles.h"
#include "storage/resourcerepository.h"
#include "text/cleanhtml.h"
#include "text/htmlsanitizer.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QMenu>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPainter>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

#include <utility>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

constexpr qint64 MaxImageBytes = 40 * 1024 * 1024;

QImage displayImage(const QImage &image)
{
    if (image.width() <= RichTextEditor::MaxDisplayWidth)
        return image;
    return image.scaledToWidth(RichTextEditor::MaxDisplayWidth, Qt::SmoothTransformation);
}

QImage missingImage()
{
    QImage image(160, 90, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(0xee, 0xee, 0xee));
    QPainter painter(&image);
    painter.setPen(QColor(0x99, 0x99, 0x99));
    painter.drawRect(image.rect().adjusted(0, 0, -1, -1));
    painter.drawLine(image.rect().topLeft(), image.rect().bottomRight());
    painter.drawLine(image.rect().topRight(), image.rect().bottomLeft());
    return image;
}

QString mimeTypeOf(const QByteArray &data)
{
    return QMimeDatabase().mimeTypeForData(data).name();
}

} // namespace

RichTextEditor::RichTextEditor(QWidget *parent)
    : QTextEdit(parent)
{
    setAcceptRichText(true);
    setTabChangesFocus(false);
    setAutoFormatting(QTextEdit::AutoNone);
    document()->setDocumentMargin(8);
    // Typed paragraphs get a little space after them, like the printed proceedings.
    document()->setDefaultStyleSheet(u"p { margin-bottom: 6px; }"_s);
}

void RichTextEditor::setRepository(ResourceRepository *repository)
{
    m_repository = repository;
}

void RichTextEditor::setCleanHtml(const QString &html)
{
    const bool undo = document()->isUndoRedoEnabled();
    document()->setUndoRedoEnabled(false);
    loadCleanHtml(*document(), html);
    document()->setUndoRedoEnabled(undo);
    document()->clearUndoRedoStacks();
    document()->setModified(false);
    moveCursor(QTextCursor::Start);
}

QString RichTextEditor::cleanHtml() const
{
    return toCleanHtml(*document());
}

// --- Writing aids ------------------------------------------------------------------------

void RichTextEditor::setSpellChecker(SpellChecker *checker)
{
    // Re-highlighting is not an edit: the document must not say its contents changed (the
    // window would take it for typing and save).
    const QSignalBlocker quiet(document());
    if (!checker) {
        delete m_highlighter;   // removes its underlines
        m_highlighter = nullptr;
        return;
    }
    if (m_highlighter) {
        m_highlighter->setChecker(checker);
        return;
    }
    m_highlighter = new SpellHighlighter(document(), checker);
    m_highlighter->setObjectName(u"spellHighlighter"_s);
    m_highlighter->setEditor(this);
    m_highlighter->setEnabled(m_spellCheckEnabled);
    // Now, quietly, rather than in the highlighter's own queued pass (which is loud).
    m_highlighter->rehighlight();
}

SpellChecker *RichTextEditor::spellChecker() const
{
    return m_highlighter ? m_highlighter->checker() : nullptr;
}

void RichTextEditor::setSpellCheckEnabled(bool enabled)
{
    m_spellCheckEnabled = enabled;
    const QSignalBlocker quiet(document());
    if (m_highlighter)
        m_highlighter->setEnabled(enabled);
}

void RichTextEditor::setTypingTypography(bool enabled, const TypographyOptions &options)
{
    if (!m_typography) {
        if (!enabled)
            return;
        m_typography = new TypographyFilter(this);
        m_typography->setObjectName(u"typographyFilter"_s);
    }
    m_typography->setOptions(options);
    m_typography->setEnabled(enabled);
}

bool RichTextEditor::isTypingTypographyEnabled() const
{
    return m_typography && m_typography->isEnabled();
}

// --- Images ----------------------------------------------------------------------------

QVariant RichTextEditor::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::ImageResource) {
        const QString ref = name.toString();
        if (ref.startsWith(ImageScheme)) {
            const QString key = ref.mid(ImageScheme.size());
            QImage image;
            if (m_repository) {
                try {
                    image = QImage::fromData(m_repository->loadImage(key));
                } catch (const LibraryError &) {
                }
            }
            const QImage shown = image.isNull() ? missingImage() : displayImage(image);
            document()->addResource(QTextDocument::ImageResource, name, shown);
            return shown;
        }
        // Anything else (file:, http:) is never read: the editor only shows library images.
        return missingImage();
    }
    return QTextEdit::loadResource(type, name);
}

QString RichTextEditor::storeImage(const QByteArray &data, const QString &mimeType, QString *error)
{
    if (!m_repository) {
        *error = tr("Images can only be added to a resource of an open library.");
        return {};
    }
    if (m_repository->isReadOnly()) {
        *error = tr("The library is open read-only: images cannot be added.");
        return {};
    }
    if (data.size() > MaxImageBytes) {
        *error = tr("The image is too large (%1 MB); the limit is %2 MB.")
                     .arg(data.size() / (1024 * 1024))
                     .arg(MaxImageBytes / (1024 * 1024));
        return {};
    }
    const QImage image = QImage::fromData(data);
    const QString mime = mimeType.isEmpty() ? mimeTypeOf(data) : mimeType;
    if (image.isNull() || !mime.startsWith(u"image/"_s) || mime.contains(u"svg"_s)) {
        *error = tr("This is not an image Actes can show (PNG, JPEG, GIF, WebP or BMP).");
        return {};
    }
    try {
        const QString key = m_repository->storeImage(data, mime);
        registerImage(key, data);
        return key;
    } catch (const LibraryError &e) {
        *error = e.message();
        return {};
    }
}

void RichTextEditor::registerImage(const QString &key, const QByteArray &data)
{
    const QImage image = QImage::fromData(data);
    document()->addResource(QTextDocument::ImageResource, QUrl(ImageScheme + key),
                            displayImage(image));
}

bool RichTextEditor::insertImageData(const QByteArray &data, const QString &mimeType, const QString &altText)
{
    if (isReadOnly())
        return false;
    QString error;
    const QString key = storeImage(data, mimeType, &error);
    if (key.isEmpty()) {
        emit statusMessage(error);
        return false;
    }
    QTextImageFormat fmt;
    fmt.setName(ImageScheme + key);
    if (!altText.isEmpty())
        fmt.setProperty(QTextFormat::ImageAltText, altText);
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.insertImage(fmt);
    cursor.endEditBlock();
    setTextCursor(cursor);
    return true;
}

bool RichTextEditor::insertImageFile(const QString &path)
{
    // A file the user chose or dropped: an ordinary file of at most MaxImageBytes, read without
    // ever waiting on a pipe or a device.
    QByteArray data;
    QString error;
    if (!LocalFiles::readRegularFile(path, MaxImageBytes, &data, &error)) {
        emit statusMessage(error);
        return false;
    }
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(path, data).name();
    return insertImageData(data, mime, QFileInfo(path).completeBaseName());
}

// --- Paste and drop ----------------------------------------------------------------------

bool RichTextEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasImage() || source->hasHtml() || source->hasText() || source->hasUrls();
}

void RichTextEditor::insertFromMimeData(const QMimeData *source)
{
    if (isReadOnly() || !source)
        return;
    if (source->hasHtml()) {
        QByteArray image;
        QString imageMime;
        if (source->hasImage()) {
            for (const QString &f : source->formats()) {
                if (f.startsWith(u"image/"_s) && !f.contains(u"svg"_s)) {
                    image = source->data(f);
                    imageMime = f;
                    break;
                }
            }
            if (image.isEmpty()) {
                QBuffer buffer(&image);
                buffer.open(QIODevice::WriteOnly);
                qvariant_cast<QImage>(source->imageData()).save(&buffer, "PNG");
                imageMime = u"image/png"_s;
            }
        }
        insertForeignHtml(source->html(), image, imageMime);
        return;
    }
    if (source->hasImage()) {
        QByteArray data = source->data(u"image/png"_s);
        QString mime = u"image/png"_s;
        if (data.isEmpty()) {
            const QImage image = qvariant_cast<QImage>(source->imageData());
            QBuffer buffer(&data);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
        }
        if (insertImageData(data, mime))
            emit statusMessage(tr("The image was stored in the library."));
        return;
    }
    if (source->hasUrls()) {
        // Files dropped or copied by the user (a list of files, not HTML): ordinary image files only.
        bool any = false;
        for (const QUrl &url : source->urls()) {
            // By its name only: nothing is opened to decide (a pipe would block).
            if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile()
                && QMimeDatabase().mimeTypeForFile(url.toLocalFile(), QMimeDatabase::MatchExtension)
                       .name()
                       .startsWith(u"image/"_s))
                any = insertImageFile(url.toLocalFile()) || any;
        }
        if (any)
            return;
    }
    if (source->hasText())
        TextFormatting::insertPlainTextParagraphs(textCursor(), source->text());
}

void RichTextEditor::insertForeignHtml(const QString &html, const QByteArray &fallbackImage,
                                       const QString &fallbackImageMime)
{
    SanitizeOptions options;
    options.remoteImages = SanitizeOptions::RemoteImages::Placeholder;
    SanitizedHtml clean = HtmlSanitizer::sanitize(html, options);

    // A browser copying one image gives an <img> of a remote URL plus the bitmap: keep the
    // bitmap (it is already here, nothing is downloaded).
    static const QRegularExpression placeholderOnly(
        u"^<p(?: align=\"[a-z]+\")?><img src=\"%1%2\""_s.arg(RemoteImageScheme).arg(0));
    if (!fallbackImage.isEmpty() && clean.remoteImages.size() == 1 && clean.embeddedImages.isEmpty()
        && placeholderOnly.match(clean.html).hasMatch()
        && plainTextFromHtml(clean.html).trimmed().isEmpty()) {
        if (insertImageData(fallbackImage, fallbackImageMime))
            emit statusMessage(tr("The image was stored in the library."));
        return;
    }

    QStringList problems;
    QString out = clean.html;
    // Embedded data: images are stored in the library.
    int notStored = 0;
    for (int i = 0; i < clean.embeddedImages.size(); ++i) {
        QString error;
        const QString key = storeImage(clean.embeddedImages.at(i), {}, &error);
        const QString placeholder = PendingImageScheme + QString::number(i) + u'"';
        if (key.isEmpty()) {
            ++notStored;
            out.remove(QRegularExpression(
                u"<img src=\"%1%2\"[^>]*>"_s.arg(PendingImageScheme).arg(i)));
        } else {
            out.replace(placeholder, ImageScheme + key + u'"');
        }
    }
    // Images referenced by URL are never read: neither downloaded (http, https) nor read from
    // this computer (file:, e.g. Word's clip_image001.png, or /dev/zero, a pipe...). Pasted HTML
    // only brings the images it carries itself (data:). Both kinds are left out and reported.
    int remote = 0;
    int local = 0;
    for (int i = 0; i < clean.remoteImages.size(); ++i) {
        const QUrl url(clean.remoteImages.at(i));
        if (url.isLocalFile())
            ++local;
        else
            ++remote;
        out.remove(QRegularExpression(u"<img src=\"%1%2\"[^>]*>"_s.arg(RemoteImageScheme).arg(i)));
    }

    QTextCursor cursor = textCursor();
    if (!out.trimmed().isEmpty())
        insertCleanHtml(cursor, out);
    setTextCursor(cursor);

    if (remote > 0) {
        problems << tr("%n remote image(s) were not downloaded; save them and insert them from a file.",
                       nullptr, remote);
        emit remoteImagesSkipped(remote);
    }
    if (local > 0) {
        problems << tr("%n image(s) pointing to files on this computer were not read; insert them from a file.",
                       nullptr, local);
    }
    if (notStored > 0)
        problems << tr("%n image(s) could not be stored in the library.", nullptr, notStored);
    if (!problems.isEmpty())
        emit statusMessage(problems.join(u' '));
}

void RichTextEditor::pasteAsPlainText()
{
    if (isReadOnly())
        return;
    const QString text = QGuiApplication::clipboard()->text();
    if (text.isEmpty())
        return;
    TextFormatting::insertPlainTextParagraphs(textCursor(), text);
    ensureCursorVisible();
}

QMimeData *RichTextEditor::createMimeDataFromSelection() const
{
    // Copy the clean subset, so pasting elsewhere (or back here) carries no Qt styling.
    const QTextDocumentFragment fragment = textCursor().selection();
    QTextDocument doc;
    QTextCursor(&doc).insertFragment(fragment);
    auto *data = new QMimeData;
    data->setHtml(toCleanHtml(doc));
    data->setText(fragment.toPlainText());
    return data;
}

void RichTextEditor::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    // After the standard Paste: "Paste as plain text".
    QAction *before = nullptr;
    const QList<QAction *> actions = menu->actions();
    for (int i = 0; i < actions.size(); ++i) {
        if (actions.at(i)->objectName() == u"edit-paste"_s && i + 1 < actions.size()) {
            before = actions.at(i + 1);
            break;
        }
    }
    auto *plain = new QAction(tr("Paste as Plain Text"), menu);
    plain->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    plain->setEnabled(!isReadOnly() && !QGuiApplication::clipboard()->text().isEmpty());
    connect(plain, &QAction::triggered, this, &RichTextEditor::pasteAsPlainText);
    menu->insertAction(before, plain);
    // Suggestions for a misspelt word under the mouse go first.
    if (m_highlighter && m_highlighter->checker())
        SpellContextMenu::extend(menu, this, event->pos(), *m_highlighter->checker(), *m_highlighter);
    bool separated = false;
    for (const QPointer<QAction> &action : std::as_const(m_contextActions)) {
        if (!action)
            continue;
        if (!std::exchange(separated, true))
            menu->addSeparator();
        menu->addAction(action);
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void RichTextEditor::keyPressEvent(QKeyEvent *event)
{
    // Tab / Shift+Tab in a table go to the next / previous cell; Tab in the last cell adds a row.
    if ((event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) && !isReadOnly()
        && event->modifiers() != Qt::ControlModifier) {
        QTextCursor cursor = textCursor();
        if (QTextTable *table = cursor.currentTable()) {
            const QTextTableCell cell = table->cellAt(cursor);
            int index = cell.row() * table->columns() + cell.column();
            index += event->key() == Qt::Key_Tab ? cell.columnSpan() : -1;
            if (index < 0)
                return;
            if (index >= table->rows() * table->columns()) {
                table->appendRows(1);
            }
            const QTextTableCell next = table->cellAt(index / table->columns(), index % table->columns());
            QTextCursor target = next.firstCursorPosition();
            target.setPosition(next.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            setTextCursor(target);
            return;
        }
    }
    // Tab / Shift+Tab at the start of a list item nest / un-nest it, as in word processors.
    if ((event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) && !isReadOnly()) {
        QTextCursor cursor = textCursor();
        if (cursor.currentList() && (cursor.atBlockStart() || cursor.hasSelection())) {
            TextFormatting::changeListIndent(cursor, event->key() == Qt::Key_Tab ? 1 : -1);
            return;
        }
    }
    if (event->matches(QKeySequence::Paste) == false && event->key() == Qt::Key_V
        && event->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier)) {
        pasteAsPlainText();
        return;
    }
    // Enter on an empty list item ends the list.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !isReadOnly()
        && event->modifiers() == Qt::NoModifier) {
        QTextCursor cursor = textCursor();
        if (cursor.currentList() && cursor.block().text().isEmpty()) {
            TextFormatting::changeListIndent(cursor, -1);
            return;
        }
    }
    QTextEdit::keyPressEvent(event);
}

} // namespace Actes
