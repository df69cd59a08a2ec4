#include "attachments/attachmentspanel.h"

#include "lockicon.h"

#include "attachments/attachmentfiles.h"
#include "attachments/attachmentlist.h"
#include "dialogs/prompts.h"
#include "library/library.h"
#include "session/metadatacommands.h"
#include "session/resourcedocument.h"
#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

QToolButton *toolButton(QAction *action, QWidget *parent, Qt::ToolButtonStyle style)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(action->icon().isNull() ? Qt::ToolButtonTextOnly : style);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

QIcon themed(const QString &name, QStyle::StandardPixmap fallback, const QWidget *widget)
{
    const QIcon icon = QIcon::fromTheme(name);
    return icon.isNull() ? widget->style()->standardIcon(fallback, nullptr, widget) : icon;
}

// A name that any file system accepts, the extension kept.
QString safeFileName(const QString &name)
{
    QString safe = name;
    for (QChar &c : safe) {
        if (c == u'/' || c == u'\\' || c == u':' || c.category() == QChar::Other_Control)
            c = u'_';
    }
    safe = safe.trimmed();
    return safe.isEmpty() || safe == u"."_s || safe == u".."_s ? u"document"_s : safe;
}

// Link addresses as people read them: without the scheme.
QString shortAddress(const QString &url)
{
    const QUrl parsed(url);
    const QString text = parsed.isValid() ? parsed.toDisplayString(QUrl::RemoveScheme | QUrl::StripTrailingSlash)
                                          : url;
    return text.startsWith(u"//"_s) ? text.mid(2) : text;
}

} // namespace

AttachmentsPanel::AttachmentsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"attachmentsPanel"_s);
    setAcceptDrops(true);
    buildUi();
    retranslateUi();
    rebuild();
}

AttachmentsPanel::~AttachmentsPanel() = default;

void AttachmentsPanel::buildUi()
{
    m_list = new AttachmentList(this);
    m_list->setIconSize(QSize(32, 32));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);

    auto makeAction = [this](const char *name, const QIcon &icon, const QKeySequence &shortcut = {}) {
        auto *action = new QAction(icon, QString(), this);
        action->setObjectName(QString::fromLatin1(name));
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            m_list->addAction(action);
        }
        return action;
    };
    m_addFilesAction = makeAction("attachFilesAction", themed(u"list-add"_s, QStyle::SP_FileDialogNewFolder, this),
                                  QKeySequence(Qt::Key_Insert));
    m_addLinkAction = makeAction("attachLinkAction", QIcon::fromTheme(u"insert-link"_s));
    // Enter and a double click open (the list's itemActivated).
    m_openAction = makeAction("openAttachmentAction", themed(u"document-open"_s, QStyle::SP_DialogOpenButton, this));
    m_saveCopyAction = makeAction("saveAttachmentCopyAction",
                                  themed(u"document-save-as"_s, QStyle::SP_DialogSaveButton, this));
    m_renameAction = makeAction("renameAttachmentAction", QIcon::fromTheme(u"edit-rename"_s));
    m_moveUpAction = makeAction("moveAttachmentUpAction", themed(u"go-up"_s, QStyle::SP_ArrowUp, this),
                                QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDownAction = makeAction("moveAttachmentDownAction", themed(u"go-down"_s, QStyle::SP_ArrowDown, this),
                                  QKeySequence(Qt::ALT | Qt::Key_Down));
    m_removeAction = makeAction("removeAttachmentAction", themed(u"list-remove"_s, QStyle::SP_TrashIcon, this),
                                QKeySequence(QKeySequence::Delete));

    connect(m_addFilesAction, &QAction::triggered, this, &AttachmentsPanel::chooseFiles);
    connect(m_addLinkAction, &QAction::triggered, this, &AttachmentsPanel::chooseLink);
    connect(m_openAction, &QAction::triggered, this, [this] { openAttachment(currentRow()); });
    connect(m_saveCopyAction, &QAction::triggered, this, &AttachmentsPanel::chooseSaveCopy);
    connect(m_renameAction, &QAction::triggered, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            m_list->editItem(item);
    });
    connect(m_moveUpAction, &QAction::triggered, this, [this] { moveAttachment(currentRow(), currentRow() - 1); });
    connect(m_moveDownAction, &QAction::triggered, this, [this] { moveAttachment(currentRow(), currentRow() + 1); });
    connect(m_removeAction, &QAction::triggered, this, [this] { removeAttachment(currentRow()); });

    m_addFilesButton = toolButton(m_addFilesAction, this, Qt::ToolButtonTextBesideIcon);
    m_addFilesButton->setObjectName(u"attachFilesButton"_s);
    m_addLinkButton = toolButton(m_addLinkAction, this, Qt::ToolButtonTextBesideIcon);
    m_addLinkButton->setObjectName(u"attachLinkButton"_s);
    m_openButton = toolButton(m_openAction, this, Qt::ToolButtonTextBesideIcon);
    m_saveCopyButton = toolButton(m_saveCopyAction, this, Qt::ToolButtonIconOnly);
    m_moveUpButton = toolButton(m_moveUpAction, this, Qt::ToolButtonIconOnly);
    m_moveDownButton = toolButton(m_moveDownAction, this, Qt::ToolButtonIconOnly);
    m_removeButton = toolButton(m_removeAction, this, Qt::ToolButtonIconOnly);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"attachmentKindCombo"_s);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(10);
    m_visibility = new QComboBox(this);
    m_visibility->setObjectName(u"attachmentVisibilityCombo"_s);
    m_visibility->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_visibility->setMinimumContentsLength(10);
    m_kindLabel = new QLabel(this);
    m_kindLabel->setBuddy(m_kind);
    m_visibilityLabel = new QLabel(this);
    m_visibilityLabel->setBuddy(m_visibility);
    m_source = new QLabel(this);
    m_source->setObjectName(u"attachmentSourceLabel"_s);
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = m_source->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    m_source->setPalette(pal);

    auto *addRow = new QHBoxLayout;
    addRow->setContentsMargins(0, 0, 0, 0);
    addRow->setSpacing(2);
    addRow->addWidget(m_addFilesButton);
    addRow->addWidget(m_addLinkButton);
    addRow->addStretch();

    auto *rowButtons = new QHBoxLayout;
    rowButtons->setContentsMargins(0, 0, 0, 0);
    rowButtons->setSpacing(2);
    rowButtons->addWidget(m_openButton);
    rowButtons->addWidget(m_saveCopyButton);
    rowButtons->addStretch();
    rowButtons->addWidget(m_moveUpButton);
    rowButtons->addWidget(m_moveDownButton);
    rowButtons->addSpacing(6);
    rowButtons->addWidget(m_removeButton);

    auto *details = new QGridLayout;
    details->setContentsMargins(0, 0, 0, 0);
    details->setHorizontalSpacing(6);
    details->addWidget(m_kindLabel, 0, 0);
    details->addWidget(m_kind, 0, 1);
    details->addWidget(m_visibilityLabel, 1, 0);
    details->addWidget(m_visibility, 1, 1);
    details->addWidget(m_source, 2, 0, 1, 2);
    details->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(addRow);
    layout->addWidget(m_list, 1);
    layout->addLayout(rowButtons);
    layout->addLayout(details);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        showCurrent();
        updateActions();
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_rebuilding)
            onItemEdited(m_list->row(item), item->text());
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        openAttachment(m_list->row(item));
    });
    connect(m_list, &AttachmentList::filesDropped, this, [this](const QStringList &paths) { addFiles(paths); });
    connect(m_list, &AttachmentList::moveRequested, this, &AttachmentsPanel::moveAttachment);
    connect(m_list, &QWidget::customContextMenuRequested, this, &AttachmentsPanel::showContextMenu);
    connect(m_kind, &QComboBox::activated, this, [this](int index) {
        setKind(currentRow(), AttachmentKind(m_kind->itemData(index).toInt()));
    });
    connect(m_visibility, &QComboBox::activated, this, [this](int index) {
        setMembersOnly(currentRow(), m_visibility->itemData(index).toBool());
    });
    setTabOrder(m_addFilesButton, m_addLinkButton);
    setTabOrder(m_addLinkButton, m_list);
}

void AttachmentsPanel::retranslateUi()
{
    m_addFilesAction->setText(tr("Add &Files…"));
    m_addFilesAction->setToolTip(tr("Attach files to this resource (Insert); you can also drop them on the list"));
    m_addLinkAction->setText(tr("Add &Link…"));
    m_addLinkAction->setToolTip(tr("Attach a link: a video, a page of another site"));
    m_openAction->setText(tr("&Open"));
    m_openAction->setToolTip(tr("Open the document with the desktop's application, a link in the browser (Enter)"));
    m_saveCopyAction->setText(tr("&Save a Copy…"));
    m_saveCopyAction->setToolTip(tr("Save a copy of the file"));
    m_renameAction->setText(tr("&Rename"));
    m_renameAction->setToolTip(tr("Rename the document (F2)"));
    m_moveUpAction->setText(tr("Move &Up"));
    m_moveUpAction->setToolTip(tr("Move up (Alt+Up)"));
    m_moveDownAction->setText(tr("Move &Down"));
    m_moveDownAction->setToolTip(tr("Move down (Alt+Down)"));
    m_removeAction->setText(tr("Re&move"));
    m_removeAction->setToolTip(tr("Remove the document from this resource (Delete); Edit ▸ Undo brings it back"));
    for (QToolButton *button : {m_saveCopyButton, m_moveUpButton, m_moveDownButton, m_removeButton})
        button->setAccessibleName(button->defaultAction()->text().remove(u'&'));

    m_kindLabel->setText(tr("&Kind:"));
    m_visibilityLabel->setText(tr("&Visibility:"));
    m_kind->clear();
    for (AttachmentKind kind : allAttachmentKinds())
        m_kind->addItem(attachmentKindLabel(kind), int(kind));
    m_visibility->clear();
    m_visibility->addItem(tr("Public"), false);
    m_visibility->addItem(lockIcon(palette()), tr("Members only"), true);
    m_visibility->setToolTip(tr("Members only: never published (website, public proceedings); only in the "
                                "internal edition."));
    m_list->setPlaceholderText(tr("No documents. Drop files here, or use Add Files…"));
    m_list->setAccessibleName(tr("Documents"));
    if (!m_rebuilding)
        rebuild();
}

void AttachmentsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// Files dropped anywhere on the panel (its buttons, the details) are attached too.
void AttachmentsPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (isEditable() && !AttachmentList::localFiles(event->mimeData()).isEmpty()) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void AttachmentsPanel::dropEvent(QDropEvent *event)
{
    const QStringList paths = AttachmentList::localFiles(event->mimeData());
    if (!isEditable() || paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    addFiles(paths);
}

// --- Following the library and the document -----------------------------------------------

void AttachmentsPanel::setLibrary(Library *library)
{
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
    m_library = library;
    if (m_library)
        connect(m_library, &Library::repositoryChanged, this, &AttachmentsPanel::updateActions);
    updateActions();
}

void AttachmentsPanel::setDocument(ResourceDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &ResourceDocument::attachmentsChanged, this, &AttachmentsPanel::rebuild);
        connect(m_document, &ResourceDocument::loaded, this, &AttachmentsPanel::rebuild);
    }
    rebuild();
}

bool AttachmentsPanel::isEditable() const
{
    return m_document && m_document->isOpen() && m_library && m_library->repository()
        && !m_library->isReadOnly();
}

QString AttachmentsPanel::title() const
{
    const int n = m_document && m_document->isOpen() ? int(m_document->attachments().size()) : 0;
    return n == 0 ? tr("Documents") : tr("Documents (%1)").arg(n);
}

const Attachment *AttachmentsPanel::attachmentAt(int row) const
{
    if (!m_document || row < 0 || row >= m_document->attachments().size())
        return nullptr;
    return &m_document->attachments().at(row);
}

QIcon AttachmentsPanel::iconFor(const Attachment &attachment) const
{
    if (attachment.isLink()) {
        QIcon icon = QIcon::fromTheme(attachment.kind == AttachmentKind::Video ? u"video-x-generic"_s : u"text-html"_s);
        if (icon.isNull())
            icon = QIcon::fromTheme(u"applications-internet"_s);
        return icon.isNull() ? style()->standardIcon(QStyle::SP_DriveNetIcon, nullptr, this) : icon;
    }
    static const QMimeDatabase mimes;
    QMimeType type = mimes.mimeTypeForName(attachment.mimeType);
    if (!type.isValid())
        type = mimes.mimeTypeForFile(attachment.fileName, QMimeDatabase::MatchExtension);
    QIcon icon = QIcon::fromTheme(type.iconName());
    if (icon.isNull())
        icon = QIcon::fromTheme(type.genericIconName());
    if (icon.isNull())
        icon = QFileIconProvider().icon(QFileInfo(attachment.fileName));
    return icon.isNull() ? style()->standardIcon(QStyle::SP_FileIcon, nullptr, this) : icon;
}

// "Slides · PDF, 2.3 MB", "Video · www.youtube.com/watch?v=…"
QString AttachmentsPanel::detailText(const Attachment &attachment) const
{
    const QString kind = attachmentKindLabel(attachment.kind);
    if (attachment.isLink())
        return tr("%1 · %2", "kind · address").arg(kind, shortAddress(attachment.url));
    static const QMimeDatabase mimes;
    QString type = QFileInfo(attachment.fileName).suffix().toUpper();
    if (type.isEmpty()) {
        const QMimeType mime = mimes.mimeTypeForName(attachment.mimeType);
        type = mime.isValid() ? mime.comment() : tr("File");
    }
    return tr("%1 · %2, %3", "kind · type, size").arg(kind, type, attachmentSizeText(attachment.size));
}

void AttachmentsPanel::rebuild()
{
    const int keep = m_list->currentRow();
    m_rebuilding = true;
    m_list->clear();
    if (m_document && m_document->isOpen()) {
        const QList<Attachment> &attachments = m_document->attachments();
        for (const Attachment &a : attachments) {
            auto *item = new QListWidgetItem(iconFor(a), a.title);
            item->setData(AttachmentList::DetailRole, detailText(a));
            item->setData(AttachmentList::MembersOnlyRole, a.membersOnly);
            item->setData(AttachmentList::VisibilityRole, a.membersOnly ? tr("Members only") : tr("Public"));
            const QString where = a.isLink() ? a.url : a.fileName;
            item->setToolTip(u"%1\n%2\n%3"_s.arg(a.title, where, a.membersOnly
                                                                     ? tr("Members only: never published")
                                                                     : tr("Public: published with the resource")));
            Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
            if (isEditable())
                flags |= Qt::ItemIsEditable;
            item->setFlags(flags);
            m_list->addItem(item);
        }
        if (m_list->count() > 0)
            m_list->setCurrentRow(std::clamp(keep, 0, m_list->count() - 1));
    }
    m_rebuilding = false;
    showCurrent();
    updateActions();
    emit titleChanged(title());
}

void AttachmentsPanel::showCurrent()
{
    const Attachment *a = attachmentAt(currentRow());
    const QSignalBlocker kindBlocker(m_kind);
    const QSignalBlocker visibilityBlocker(m_visibility);
    if (!a) {
        m_kind->setCurrentIndex(-1);
        m_visibility->setCurrentIndex(-1);
        m_source->clear();
        return;
    }
    m_kind->setCurrentIndex(m_kind->findData(int(a->kind)));
    m_visibility->setCurrentIndex(a->membersOnly ? 1 : 0);
    m_source->setText(a->isLink() ? tr("Link: %1").arg(a->url)
                                  : tr("File: %1 (%2)").arg(a->fileName, attachmentSizeText(a->size)));
}

void AttachmentsPanel::updateActions()
{
    const bool editable = isEditable();
    const int row = currentRow();
    const Attachment *a = attachmentAt(row);
    const int count = m_document ? int(m_document->attachments().size()) : 0;
    m_list->setEditable(editable);
    m_addFilesAction->setEnabled(editable);
    m_addLinkAction->setEnabled(editable);
    m_openAction->setEnabled(a != nullptr);
    m_saveCopyAction->setEnabled(a && a->isFile());
    m_renameAction->setEnabled(editable && a);
    m_moveUpAction->setEnabled(editable && a && row > 0);
    m_moveDownAction->setEnabled(editable && a && row < count - 1);
    m_removeAction->setEnabled(editable && a);
    m_kind->setEnabled(editable && a);
    m_visibility->setEnabled(editable && a);
    setEnabled(m_document && m_document->isOpen());
}

void AttachmentsPanel::showContextMenu(const QPoint &pos)
{
    if (QListWidgetItem *item = m_list->itemAt(pos))
        m_list->setCurrentItem(item);
    QMenu menu(this);
    menu.addAction(m_openAction);
    menu.addAction(m_saveCopyAction);
    menu.addSeparator();
    menu.addAction(m_renameAction);
    menu.addAction(m_moveUpAction);
    menu.addAction(m_moveDownAction);
    menu.addAction(m_removeAction);
    menu.addSeparator();
    menu.addAction(m_addFilesAction);
    menu.addAction(m_addLinkAction);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

int AttachmentsPanel::currentRow() const
{
    return m_list->currentRow();
}

void AttachmentsPanel::setCurrentRow(int row)
{
    m_list->setCurrentRow(row);
}

// --- Changes: one command each -------------------------------------------------------------

void AttachmentsPanel::push(const QList<Attachment> &attachments, const QString &text, int selectRow)
{
    m_document->undoStack()->push(new ChangeAttachmentsCommand(m_document, m_document->attachments(), attachments, text));
    if (selectRow >= 0 && selectRow < m_list->count())
        m_list->setCurrentRow(selectRow);
}

int AttachmentsPanel::addFiles(const QStringList &paths)
{
    if (!isEditable() || paths.isEmpty())
        return 0;
    ResourceRepository *repository = m_library->repository();
    QList<Attachment> list = m_document->attachments();
    QList<Attachment> added;
    QStringList refused;
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        try {
            const Attachment a = AttachmentFiles::storeFile(*repository, *repository, path);
            const auto same = std::find_if(list.cbegin(), list.cend(), [&a](const Attachment &other) {
                return other.isFile() && other.sha256 == a.sha256;
            });
            if (same != list.cend()) {
                refused.append(tr("“%1” is already attached as “%2”. Nothing was attached.").arg(name, same->title));
                continue;
            }
            list.append(a);
            added.append(a);
        } catch (const LibraryError &error) {
            // The service names the file; said again when it does not.
            refused.append(error.message().contains(name) ? error.message()
                                                          : tr("“%1”: %2").arg(name, error.message()));
        }
    }
    if (!added.isEmpty()) {
        const QString text = added.size() == 1 ? tr("Attach “%1”").arg(added.first().title)
                                               : tr("Attach %n document(s)", nullptr, int(added.size()));
        push(list, text, int(list.size() - added.size()));
        emit message(added.size() == 1 ? tr("“%1” attached.").arg(added.first().title)
                                       : tr("%n document(s) attached.", nullptr, int(added.size())),
                     false);
    }
    if (!refused.isEmpty()) {
        // Each refusal names its file and says that nothing of it was stored.
        const QString text = added.isEmpty()
                ? refused.join(u"\n\n"_s)
                : tr("%n document(s) attached; these files were not:", nullptr, int(added.size())) + u"\n\n"_s
                        + refused.join(u"\n\n"_s);
        Prompts::warn(this, tr("Attach Documents"), text);
    }
    return int(added.size());
}

bool AttachmentsPanel::addLink(const QString &url, const QString &title, AttachmentKind kind, bool membersOnly)
{
    if (!isEditable())
        return false;
    try {
        const Attachment a = AttachmentFiles::makeLink(url.trimmed(), title.trimmed(), kind, membersOnly);
        QList<Attachment> list = m_document->attachments();
        list.append(a);
        push(list, tr("Attach “%1”").arg(a.title), int(list.size() - 1));
        return true;
    } catch (const LibraryError &error) {
        Prompts::warn(this, tr("Add a Link"), error.message());
        return false;
    }
}

void AttachmentsPanel::onItemEdited(int row, const QString &text)
{
    if (!renameAttachment(row, text))
        rebuild();   // the title as it was
}

bool AttachmentsPanel::renameAttachment(int row, const QString &title)
{
    const Attachment *a = attachmentAt(row);
    const QString trimmed = title.simplified();
    if (!isEditable() || !a || trimmed == a->title)
        return false;
    if (trimmed.isEmpty()) {
        emit message(tr("A document needs a title; “%1” keeps its own.").arg(a->title), true);
        return false;
    }
    QList<Attachment> list = m_document->attachments();
    const QString old = list[row].title;
    list[row].title = trimmed;
    push(list, tr("Rename “%1”").arg(old), row);
    return true;
}

bool AttachmentsPanel::setKind(int row, AttachmentKind kind)
{
    const Attachment *a = attachmentAt(row);
    if (!isEditable() || !a || a->kind == kind)
        return false;
    QList<Attachment> list = m_document->attachments();
    list[row].kind = kind;
    push(list, tr("Change the kind of “%1”").arg(a->title), row);
    return true;
}

bool AttachmentsPanel::setMembersOnly(int row, bool membersOnly)
{
    const Attachment *a = attachmentAt(row);
    if (!isEditable() || !a || a->membersOnly == membersOnly)
        return false;
    QList<Attachment> list = m_document->attachments();
    list[row].membersOnly = membersOnly;
    push(list, membersOnly ? tr("Make “%1” members only").arg(a->title) : tr("Make “%1” public").arg(a->title), row);
    return true;
}

bool AttachmentsPanel::moveAttachment(int from, int to)
{
    const Attachment *a = attachmentAt(from);
    if (!isEditable() || !a || to < 0 || to >= m_document->attachments().size() || to == from)
        return false;
    QList<Attachment> list = m_document->attachments();
    list.move(from, to);
    push(list, tr("Move “%1”").arg(a->title), to);
    return true;
}

bool AttachmentsPanel::removeAttachment(int row)
{
    const Attachment *a = attachmentAt(row);
    if (!isEditable() || !a)
        return false;
    const QString title = a->title;
    QList<Attachment> list = m_document->attachments();
    list.removeAt(row);
    push(list, tr("Remove “%1”").arg(title), std::min(row, int(list.size()) - 1));
    emit message(tr("“%1” removed; Edit ▸ Undo brings it back.").arg(title), false);
    return true;
}

// --- Reading documents back ----------------------------------------------------------------

QString AttachmentsPanel::openAttachment(int row)
{
    const Attachment *a = attachmentAt(row);
    if (!a || !m_library || !m_library->repository())
        return {};
    if (a->isLink()) {
        if (!QDesktopServices::openUrl(QUrl(a->url)))
            emit message(tr("No browser could open %1.").arg(a->url), true);
        return a->url;
    }
    if (!m_openFolder)
        m_openFolder = std::make_unique<QTemporaryDir>(QDir::temp().filePath(u"actes-documents-XXXXXX"_s));
    if (!m_openFolder->isValid()) {
        Prompts::warn(this, tr("Open a Document"),
                      tr("“%1” cannot be opened: no temporary folder could be made (%2).")
                          .arg(a->title, m_openFolder->errorString()));
        return {};
    }
    // One folder per content, so that two documents of the same name do not meet.
    const QString folder = m_openFolder->filePath(a->sha256.left(16));
    const QString path = QDir(folder).filePath(safeFileName(a->fileName));
    if (!QFileInfo::exists(path)) {
        try {
            QDir().mkpath(folder);
            AttachmentFiles::saveCopy(*m_library->repository(), *a, path);
            // A copy to read: changes made to it would not reach the library.
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup | QFile::ReadOther);
        } catch (const LibraryError &error) {
            Prompts::warn(this, tr("Open a Document"), tr("“%1” cannot be opened. %2").arg(a->title, error.message()));
            return {};
        }
    }
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        emit message(tr("“%1” opened: a copy; changes made to it are not kept in the library.").arg(a->title), false);
    else
        emit message(tr("No application could open “%1”; use Save a Copy.").arg(a->title), true);
    return path;
}

bool AttachmentsPanel::saveCopy(int row, const QString &path)
{
    const Attachment *a = attachmentAt(row);
    if (!a || a->isLink() || path.isEmpty() || !m_library || !m_library->repository())
        return false;
    try {
        AttachmentFiles::saveCopy(*m_library->repository(), *a, path);
    } catch (const LibraryError &error) {
        Prompts::warn(this, tr("Save a Copy"), tr("“%1” could not be saved. %2").arg(a->title, error.message()));
        return false;
    }
    emit message(tr("A copy of “%1” was saved as %2.").arg(a->title, QDir::toNativeSeparators(path)), false);
    return true;
}

void AttachmentsPanel::chooseFiles()
{
    if (!isEditable())
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Attach Files"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    addFiles(paths);
}

void AttachmentsPanel::chooseSaveCopy()
{
    const Attachment *a = attachmentAt(currentRow());
    if (!a || a->isLink())
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy"),
                                                      QDir(dir).filePath(safeFileName(a->fileName)));
    if (!path.isEmpty())
        saveCopy(currentRow(), path);
}

void AttachmentsPanel::chooseLink()
{
    if (!isEditable())
        return;
    QDialog dialog(this);
    dialog.setObjectName(u"attachLinkDialog"_s);
    dialog.setWindowTitle(tr("Add a Link"));
    auto *address = new QLineEdit(&dialog);
    address->setObjectName(u"linkAddressEdit"_s);
    address->setPlaceholderText(u"https://"_s);
    auto *title = new QLineEdit(&dialog);
    title->setObjectName(u"linkTitleEdit"_s);
    title->setPlaceholderText(tr("Video of the opening session"));
    auto *kind = new QComboBox(&dialog);
    for (AttachmentKind k : allAttachmentKinds())
        kind->addItem(attachmentKindLabel(k), int(k));
    kind->setCurrentIndex(kind->findData(int(AttachmentKind::Video)));
    auto *membersOnly = new QCheckBox(tr("&Members only (never published)"), &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Address:"), address);
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Kind:"), kind);
    form->addRow(QString(), membersOnly);
    form->addRow(buttons);
    dialog.setMinimumWidth(420);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (Prompts::exec(dialog) != QDialog::Accepted)
        return;
    addLink(address->text(), title->text(), AttachmentKind(kind->currentData().toInt()), membersOnly->isChecked());
}

} // namespace Actes
