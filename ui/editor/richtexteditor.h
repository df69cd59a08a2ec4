#pragma once

#include "text/typography.h"

#include <QPointer>
#include <QTextEdit>

class QMimeData;

namespace Actes {

class ResourceRepository;
class SpellChecker;
class SpellHighlighter;
class TypographyFilter;

// A rich-text editor for the clean HTML subset. Keeps QTextDocument's own undo.
//
// Pasting and dropping: HTML (Word, LibreOffice, web pages) goes through HtmlSanitizer;
// embedded (data:) images and local files referenced by the HTML are stored in the library;
// remote images are never fetched (dropped, reported by remoteImagesSkipped()); bitmaps
// (image/png...) are stored in the library; plain text keeps its paragraphs.
// Images are referenced as "actes-image:KEY" and loaded through the repository.
//
// Writing aids (off until set): spell checking (setSpellChecker: unknown words underlined,
// suggestions, "Add to Dictionary" and "Ignore" at the top of the context menu) and French
// typography as you type (setTypingTypography: a TypographyFilter, installed on first use so
// that it is the editor's last installed event filter, hence the first to see a key).
class RichTextEditor final : public QTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RichTextEditor)
public:
    explicit RichTextEditor(QWidget *parent = nullptr);

    void setRepository(ResourceRepository *repository);
    ResourceRepository *repository() const { return m_repository; }

    // Loads clean HTML, clears the undo history and the modified flag.
    void setCleanHtml(const QString &html);
    // The document as clean HTML (toCleanHtml).
    QString cleanHtml() const;
    // An action shown at the end of the context menu (e.g. commenting on the selection).
    void addContextMenuAction(QAction *action) { m_contextActions.append(action); }

    // Inserts any HTML at the cursor as the clipboard would: sanitized, images stored.
    void insertForeignHtml(const QString &html, const QByteArray &fallbackImage = {},
                           const QString &fallbackImageMime = {});
    void pasteAsPlainText();
    // Stores an image in the library and inserts it at the cursor. False with a message
    // (statusMessage) when it is not an image or cannot be stored.
    bool insertImageData(const QByteArray &data, const QString &mimeType = {},
                         const QString &altText = {});
    bool insertImageFile(const QString &path);

    // Spelling: a SpellHighlighter on the document, using `checker` (shared between editors,
    // it must outlive this editor or be replaced first). nullptr turns checking off for good.
    void setSpellChecker(SpellChecker *checker);
    SpellChecker *spellChecker() const;
    // Shows or hides the underlines (keeps the checker).
    void setSpellCheckEnabled(bool enabled);
    bool isSpellCheckEnabled() const { return m_spellCheckEnabled; }
    SpellHighlighter *spellHighlighter() const { return m_highlighter; }

    // French typography as you type, with these options (no-break space style...).
    void setTypingTypography(bool enabled, const TypographyOptions &options = {});
    bool isTypingTypographyEnabled() const;
    TypographyFilter *typographyFilter() const { return m_typography; }

    // Largest width, in pixels, at which images are shown (they are stored untouched).
    static constexpr int MaxDisplayWidth = 640;

signals:
    // A short sentence for the status bar (what was pasted, what was left out and why).
    void statusMessage(const QString &message);
    // Remote images found in pasted HTML and not downloaded.
    void remoteImagesSkipped(int count);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    QMimeData *createMimeDataFromSelection() const override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString storeImage(const QByteArray &data, const QString &mimeType, QString *error);
    void registerImage(const QString &key, const QByteArray &data);

    ResourceRepository *m_repository = nullptr;
    SpellHighlighter *m_highlighter = nullptr;   // a child of document()
    TypographyFilter *m_typography = nullptr;    // a child of this editor
    bool m_spellCheckEnabled = true;
    QList<QPointer<QAction>> m_contextActions;
};

} // namespace Actes
