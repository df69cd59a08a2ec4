#pragma once

#include "domain/attachment.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QTemporaryDir;
class QToolButton;

namespace Actes {

class AttachmentList;
class Library;
class ResourceDocument;

// The documents attached to the open resource (the "Documents" dock): files stored in the
// library and links, in their order. Each row shows the type's icon, the title (renamed in
// place), whether the document is public or for members only, its kind and its type and size
// (or the link's address); under the list, the kind and the visibility of the selected one.
//
// The panel shows the open ResourceDocument and follows it (attachmentsChanged, loaded). Each
// change (add, rename, kind, visibility, order, remove) is one ChangeAttachmentsCommand pushed
// on the document's undo stack: Edit ▸ Undo undoes it, and the session saves it with the
// resource (a revision). Files are read and stored, and copies written back, only through
// AttachmentFiles, on the library's repository. A read-only library, or no open resource,
// disables every change.
class AttachmentsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentsPanel)
public:
    explicit AttachmentsPanel(QWidget *parent = nullptr);
    ~AttachmentsPanel() override;

    // The library whose repository stores the files (read-only when it is).
    void setLibrary(Library *library);
    void setDocument(ResourceDocument *document);
    ResourceDocument *document() const { return m_document; }
    // True when documents may be added, changed or removed now.
    bool isEditable() const;

    // What the buttons, the menu and a drop do once the files or the place are chosen; tests
    // call them. Each change is one undoable command.
    //
    // Stores each file (AttachmentFiles::storeFile) and attaches those accepted, in one command;
    // a refused file (over the library's limit, unreadable, a folder, already attached) is
    // named in one warning and nothing of it is stored. Returns how many were attached.
    int addFiles(const QStringList &paths);
    bool addLink(const QString &url, const QString &title, AttachmentKind kind = AttachmentKind::Other,
                 bool membersOnly = false);
    bool renameAttachment(int row, const QString &title);
    bool setKind(int row, AttachmentKind kind);
    bool setMembersOnly(int row, bool membersOnly);
    // Moves the row to the place `to` (its index once moved).
    bool moveAttachment(int from, int to);
    bool removeAttachment(int row);
    // A file: written into a folder kept while Actes runs (read-only), then opened with the
    // desktop's application; a link: opened in the browser. Returns the file or the address.
    QString openAttachment(int row);
    // Writes the file's content to path (an existing file is replaced); false, said, on failure.
    bool saveCopy(int row, const QString &path);

    int currentRow() const;
    void setCurrentRow(int row);
    AttachmentList *list() const { return m_list; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *visibilityCombo() const { return m_visibility; }
    QLabel *sourceLabel() const { return m_source; }
    // "Documents (3)": the dock's title.
    QString title() const;

    // The panel's commands (buttons, context menu, shortcuts while the list has the focus).
    QAction *addFilesAction() const { return m_addFilesAction; }
    QAction *addLinkAction() const { return m_addLinkAction; }
    QAction *openAction() const { return m_openAction; }
    QAction *saveCopyAction() const { return m_saveCopyAction; }
    QAction *renameAction() const { return m_renameAction; }
    QAction *moveUpAction() const { return m_moveUpAction; }
    QAction *moveDownAction() const { return m_moveDownAction; }
    QAction *removeAction() const { return m_removeAction; }

    // The icon of a document of this type (the theme's, else the style's); a link's for links.
    QIcon iconFor(const Attachment &attachment) const;

signals:
    // A short message for the status bar (problem: shown longer).
    void message(const QString &text, bool problem);
    // The number of documents changed (the dock's title, title()).
    void titleChanged(const QString &title);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void rebuild();
    void showCurrent();
    void updateActions();
    void push(const QList<Attachment> &attachments, const QString &text, int selectRow);
    const Attachment *attachmentAt(int row) const;
    QString detailText(const Attachment &attachment) const;
    void showContextMenu(const QPoint &pos);
    void onItemEdited(int row, const QString &text);
    // The dialogs of the buttons.
    void chooseFiles();
    void chooseLink();
    void chooseSaveCopy();

    QPointer<Library> m_library;
    QPointer<ResourceDocument> m_document;
    std::unique_ptr<QTemporaryDir> m_openFolder;   // copies of opened files, kept while Actes runs
    bool m_rebuilding = false;

    AttachmentList *m_list = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_visibilityLabel = nullptr;
    QComboBox *m_visibility = nullptr;
    QLabel *m_source = nullptr;
    QToolButton *m_addFilesButton = nullptr;
    QToolButton *m_addLinkButton = nullptr;
    QToolButton *m_openButton = nullptr;
    QToolButton *m_saveCopyButton = nullptr;
    QToolButton *m_moveUpButton = nullptr;
    QToolButton *m_moveDownButton = nullptr;
    QToolButton *m_removeButton = nullptr;
    QAction *m_addFilesAction = nullptr;
    QAction *m_addLinkAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QAction *m_removeAction = nullptr;
};

} // namespace Actes
