#include "editor/editoractions.h"

#include "editor/findreplacebar.h"
#include "editor/inserttabledialog.h"
#include "editor/linkdialog.h"
#include "editor/richtexteditor.h"
#include "editor/textformatting.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageReader>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextList>
#include <QTextTable>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Actes {

using namespace TextFormatting;

namespace {

// Four text lines aligned left, centred, right or justified, for icon themes without the
// format-justify-* icons. Drawn in the palette's text colour at 1x and 2x.
QIcon alignmentIcon(EditorActions::Id id)
{
    QIcon icon;
    const QColor ink = QGuiApplication::palette().color(QPalette::WindowText);
    for (int scale : {1, 2}) {
        QPixmap pixmap(18 * scale, 18 * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setPen(Qt::NoPen);
        painter.setBrush(ink);
        const int full = 14;
        const int lengths[] = {full, 9, full, 11};
        for (int line = 0; line < 4; ++line) {
            int width = lengths[line];
            if (id == EditorActions::AlignJustify)
                width = line == 3 ? 9 : full;
            const int x = id == EditorActions::AlignCenter ? 2 + (full - width) / 2
                : id == EditorActions::AlignRight          ? 2 + full - width
                                                           : 2;
            painter.drawRect(QRectF(x, 3 + line * 3.5, width, 1.6));
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

EditorActions::EditorActions(QObject *parent)
    : QObject(parent)
{
    m_styleGroup = new QActionGroup(this);
    m_styleGroup->setExclusive(true);
    auto style = [this](Id id, const QString &text, const QKeySequence &key) {
        QAction *a = make(id, text, {}, {}, key, true);
        m_styleGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, id] { setBlockStyle(id); });
    };
    style(Paragraph, tr("&Paragraph"), QKeySequence(Qt::CTRL | Qt::Key_0));
    style(Heading2, tr("Heading &2"), QKeySequence(Qt::CTRL | Qt::Key_2));
    style(Heading3, tr("Heading &3"), QKeySequence(Qt::CTRL | Qt::Key_3));
    style(Heading4, tr("Heading &4"), QKeySequence(Qt::CTRL | Qt::Key_4));
    style(Quotation, tr("&Quotation"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));

    connect(make(Bold, tr("&Bold"), u"format-text-bold"_s, tr("B", "bold button"),
                 QKeySequence::Bold, true),
            &QAction::triggered, this, [this](bool on) { run([on](RichTextEditor *e) { setBold(e, on); }); });
    connect(make(Italic, tr("&Italic"), u"format-text-italic"_s, tr("I", "italic button"),
                 QKeySequence::Italic, true),
            &QAction::triggered, this, [this](bool on) { run([on](RichTextEditor *e) { setItalic(e, on); }); });
    connect(make(Underline, tr("&Underline"), u"format-text-underline"_s,
                 tr("U", "underline button"), QKeySequence::Underline, true),
            &QAction::triggered, this, [this](bool on) { run([on](RichTextEditor *e) { setUnderline(e, on); }); });
    connect(make(StrikeOut, tr("&Strikethrough"), u"format-text-strikethrough"_s,
                 tr("S", "strikethrough button"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), true),
            &QAction::triggered, this, [this](bool on) { run([on](RichTextEditor *e) { setStrikeOut(e, on); }); });

    connect(make(BulletList, tr("Bulleted &List"), u"format-list-unordered"_s,
                 u"•"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8), true),
            &QAction::triggered, this, [this] { run([](RichTextEditor *e) { toggleList(e->textCursor(), false); }); });
    connect(make(NumberedList, tr("&Numbered List"), u"format-list-ordered"_s,
                 u"1."_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7), true),
            &QAction::triggered, this, [this] { run([](RichTextEditor *e) { toggleList(e->textCursor(), true); }); });
    connect(make(Indent, tr("&Indent List Item"), u"format-indent-more"_s, u"→"_s,
                 QKeySequence(Qt::CTRL | Qt::Key_M)),
            &QAction::triggered, this, [this] { run([](RichTextEditor *e) { changeListIndent(e->textCursor(), 1); }); });
    connect(make(Outdent, tr("&Outdent List Item"), u"format-indent-less"_s, u"←"_s,
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)),
            &QAction::triggered, this, [this] { run([](RichTextEditor *e) { changeListIndent(e->textCursor(), -1); }); });

    // Paragraph alignment. Left has no shortcut: Ctrl+L (the word processors' key) focuses the
    // search field and Ctrl+Shift+L the list in the main window. Ctrl+R is left out where the
    // platform uses it for Replace (KDE).
    m_alignGroup = new QActionGroup(this);
    m_alignGroup->setExclusive(true);
    const QKeySequence ctrlR(Qt::CTRL | Qt::Key_R);
    const bool ctrlRIsReplace = QKeySequence::keyBindings(QKeySequence::Replace).contains(ctrlR);
    auto align = [this](Id id, const QString &text, const QString &iconName, const QKeySequence &key) {
        QAction *a = make(id, text, iconName, {}, key, true);
        if (a->icon().isNull())
            a->setIcon(alignmentIcon(id));
        m_alignGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, id] { setAlignment(id); });
    };
    align(AlignLeft, tr("Align &Left"), u"format-justify-left"_s, {});
    align(AlignCenter, tr("&Centre"), u"format-justify-center"_s,
          QKeySequence(Qt::CTRL | Qt::Key_E));
    align(AlignRight, tr("Align &Right"), u"format-justify-right"_s,
          ctrlRIsReplace ? QKeySequence() : ctrlR);
    align(AlignJustify, tr("&Justify"), u"format-justify-fill"_s,
          QKeySequence(Qt::CTRL | Qt::Key_J));

    connect(make(Link, tr("Insert &Link…"), u"insert-link"_s, tr("Link"),
                 QKeySequence(Qt::CTRL | Qt::Key_K)),
            &QAction::triggered, this, &EditorActions::editLink);
    connect(make(RemoveLink, tr("&Remove Link"), u"remove-link"_s, tr("Unlink")),
            &QAction::triggered, this, [this] { run([](RichTextEditor *e) { removeLink(e); }); });

    connect(make(ImageFromFile, tr("Insert &Image from File…"), u"insert-image"_s, tr("Image")),
            &QAction::triggered, this, &EditorActions::insertImageFromFile);
    connect(make(ImageFromClipboard, tr("Insert Image from &Clipboard"), u"edit-paste"_s,
                 tr("Paste image")),
            &QAction::triggered, this, [this] {
                run([this](RichTextEditor *e) {
                    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
                    if (!data || !data->hasImage()) {
                        emit statusMessage(tr("The clipboard holds no image."));
                        return;
                    }
                    QByteArray bytes = data->data(u"image/png"_s);
                    if (bytes.isEmpty()) {
                        const QImage image = qvariant_cast<QImage>(data->imageData());
                        QBuffer buffer(&bytes);
                        buffer.open(QIODevice::WriteOnly);
                        image.save(&buffer, "PNG");
                    }
                    if (e->insertImageData(bytes, u"image/png"_s))
                        emit statusMessage(tr("The image was stored in the library."));
                });
            });

    connect(make(InsertTable, tr("Insert &Table…"), u"insert-table"_s, tr("Table")),
            &QAction::triggered, this, &EditorActions::insertTableWithDialog);
    connect(make(InsertRowBelow, tr("Insert &Row Below"), u"edit-table-insert-row-below"_s, {}),
            &QAction::triggered, this, [this] { run([](RichTextEditor *e) { insertTableRow(e->textCursor(), true); }); });
    connect(make(InsertColumnAfter, tr("Insert &Column After"), u"edit-table-insert-column-right"_s, {}),
            &QAction::triggered, this, [this] { run([](RichTextEditor *e) { insertTableColumn(e->textCursor(), true); }); });
    connect(make(RemoveRow, tr("Remove R&ow"), u"edit-table-delete-row"_s, {}),
            &QAction::triggered, this, [this] { run([](RichTextEditor *e) { removeTableRow(e->textCursor()); }); });
    connect(make(RemoveColumn, tr("Remove Col&umn"), u"edit-table-delete-column"_s, {}),
            &QAction::triggered, this, [this] { run([](RichTextEditor *e) { removeTableColumn(e->textCursor()); }); });

    connect(make(ClearFormatting, tr("&Clear Formatting"), u"edit-clear-all"_s, tr("Clear"),
                 QKeySequence(Qt::CTRL | Qt::Key_Backslash)),
            &QAction::triggered, this, [this] { run([](RichTextEditor *e) { clearFormatting(e); }); });
    connect(make(PasteAsPlainText, tr("Paste as &Plain Text"), u"edit-paste"_s, {},
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)),
            &QAction::triggered, this, [this] { run([](RichTextEditor *e) { e->pasteAsPlainText(); }); });

    connect(make(Find, tr("&Find…"), u"edit-find"_s, {}, QKeySequence::Find),
            &QAction::triggered, this, [this] {
                if (m_findBar) {
                    m_findBar->setEditor(m_current);
                    m_findBar->showFind();
                }
            });
    connect(make(Replace, tr("R&eplace…"), u"edit-find-replace"_s, {}, QKeySequence::Replace),
            &QAction::triggered, this, [this] {
                if (m_findBar) {
                    m_findBar->setEditor(m_current);
                    m_findBar->showReplace();
                }
            });
    connect(make(FindNext, tr("Find &Next"), u"go-down-search"_s, {}, QKeySequence::FindNext),
            &QAction::triggered, this, [this] {
                if (m_findBar) {
                    m_findBar->setEditor(m_current);
                    m_findBar->findNext();
                }
            });
    connect(make(FindPrevious, tr("Find Pre&vious"), u"go-up-search"_s, {},
                 QKeySequence::FindPrevious),
            &QAction::triggered, this, [this] {
                if (m_findBar) {
                    m_findBar->setEditor(m_current);
                    m_findBar->findPrevious();
                }
            });

    // Formatting shortcuts only act while an editor has the focus: no Ctrl+B in the title.
    for (QAction *a : std::as_const(m_actions))
        a->setShortcutContext(Qt::WindowShortcut);

    connect(qApp, &QApplication::focusChanged, this, &EditorActions::onFocusChanged);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &EditorActions::updateStates);
    updateStates();
}

QAction *EditorActions::make(Id id, const QString &text, const QString &iconName,
                             const QString &fallback, const QKeySequence &shortcut, bool checkable)
{
    auto *a = new QAction(text, this);
    if (!iconName.isEmpty()) {
        const QIcon icon = QIcon::fromTheme(iconName);
        if (!icon.isNull())
            a->setIcon(icon);
        else if (!fallback.isEmpty())
            a->setIconText(fallback);
    }
    a->setCheckable(checkable);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    QString plain = text;
    plain.remove(u'&');
    if (plain.endsWith(u"…"_s))
        plain.chop(1);
    a->setToolTip(shortcut.isEmpty() ? plain
                                     : tr("%1 (%2)", "tooltip: action (shortcut)")
                                           .arg(plain, shortcut.toString(QKeySequence::NativeText)));
    a->setStatusTip(plain);
    m_actions.insert(id, a);
    return a;
}

void EditorActions::addEditor(RichTextEditor *editor)
{
    if (!editor || m_editors.contains(editor))
        return;
    m_editors.append(editor);
    connectEditor(editor);
    if (!m_current)
        m_current = editor;
    updateStates();
}

void EditorActions::connectEditor(RichTextEditor *editor)
{
    connect(editor, &QTextEdit::cursorPositionChanged, this, [this, editor] {
        if (editor == m_current)
            updateStates();
    });
    connect(editor, &QTextEdit::currentCharFormatChanged, this, [this, editor] {
        if (editor == m_current)
            updateStates();
    });
    connect(editor, &QTextEdit::selectionChanged, this, [this, editor] {
        if (editor == m_current)
            updateStates();
    });
}

void EditorActions::setCurrentEditor(RichTextEditor *editor)
{
    addEditor(editor);
    m_current = editor;
    m_editorActive = editor != nullptr;
    if (m_findBar && editor)
        m_findBar->setEditor(editor);
    updateStates();
}

void EditorActions::setFindReplaceBar(FindReplaceBar *bar)
{
    m_findBar = bar;
    if (bar)
        bar->setEditor(m_current);
}

void EditorActions::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateStates();
}

void EditorActions::onFocusChanged(QWidget *, QWidget *now)
{
    if (!now)
        return; // the window lost the focus (menus, other windows): keep the state
    for (const QPointer<RichTextEditor> &editor : std::as_const(m_editors)) {
        if (editor && (now == editor || editor->isAncestorOf(now))) {
            if (m_current != editor || !m_editorActive)
                setCurrentEditor(editor);
            return;
        }
    }
    // Another field of the same window has the focus (title, metadata): no formatting.
    // The find bar keeps the editor it searches.
    if (m_findBar && (now == m_findBar || m_findBar->isAncestorOf(now)))
        return;
    if (qobject_cast<QMenu *>(now) || qobject_cast<QToolBar *>(now->parentWidget()))
        return;
    if (m_current && now->window() == m_current->window() && m_editorActive) {
        m_editorActive = false;
        updateStates();
    }
}

void EditorActions::run(const std::function<void(RichTextEditor *)> &fn)
{
    if (!m_current || m_current->isReadOnly() || m_readOnly)
        return;
    fn(m_current);
    m_current->setFocus(Qt::OtherFocusReason);
    updateStates();
}

void EditorActions::setAlignment(Id id)
{
    const Qt::Alignment alignment = id == AlignCenter ? Qt::AlignHCenter
        : id == AlignRight                            ? Qt::AlignRight
        : id == AlignJustify                          ? Qt::AlignJustify
                                                      : Qt::AlignLeft;
    run([alignment](RichTextEditor *e) { TextFormatting::setAlignment(e->textCursor(), alignment); });
}

void EditorActions::setBlockStyle(Id id)
{
    const BlockStyle style = id == Heading2 ? BlockStyle::Heading2
        : id == Heading3                    ? BlockStyle::Heading3
        : id == Heading4                    ? BlockStyle::Heading4
        : id == Quotation                   ? BlockStyle::Quotation
                                            : BlockStyle::Paragraph;
    run([style](RichTextEditor *e) { TextFormatting::setBlockStyle(e->textCursor(), style); });
}

QString EditorActions::styleName(Id id) const
{
    QString text = action(id)->text();
    text.remove(u'&');
    return text;
}

void EditorActions::updateStates()
{
    const bool editable = m_current && m_editorActive && !m_current->isReadOnly() && !m_readOnly;
    const bool haveEditor = !m_current.isNull();
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        switch (it.key()) {
        case Find:
        case FindNext:
        case FindPrevious:
            it.value()->setEnabled(haveEditor);
            break;
        case Replace:
            it.value()->setEnabled(haveEditor && !m_readOnly && !m_current->isReadOnly());
            break;
        default:
            it.value()->setEnabled(editable);
        }
    }
    if (!m_current)
        return;
    const QTextCursor cursor = m_current->textCursor();
    const QTextCharFormat fmt = m_current->currentCharFormat();
    const BlockStyle style = blockStyle(cursor.block());
    const bool heading = style == BlockStyle::Heading2 || style == BlockStyle::Heading3
        || style == BlockStyle::Heading4;
    action(Bold)->setChecked(!heading && fmt.fontWeight() >= QFont::DemiBold);
    action(Italic)->setChecked(fmt.fontItalic());
    action(Underline)->setChecked(fmt.fontUnderline() && !fmt.isAnchor());
    action(StrikeOut)->setChecked(fmt.fontStrikeOut());
    const Id styleId = style == BlockStyle::Heading2 ? Heading2
        : style == BlockStyle::Heading3              ? Heading3
        : style == BlockStyle::Heading4              ? Heading4
        : style == BlockStyle::Quotation             ? Quotation
                                                     : Paragraph;
    action(styleId)->setChecked(true);
    for (const QPointer<QToolButton> &button : std::as_const(m_styleButtons)) {
        if (button)
            button->setText(styleName(styleId));
    }
    action(BulletList)->setChecked(isInList(cursor, false));
    action(NumberedList)->setChecked(isInList(cursor, true));
    const bool inList = cursor.currentList() != nullptr;
    action(Indent)->setEnabled(editable && inList);
    action(Outdent)->setEnabled(editable && inList);
    const bool inTable = cursor.currentTable() != nullptr;
    for (Id id : {InsertRowBelow, InsertColumnAfter, RemoveRow, RemoveColumn})
        action(id)->setEnabled(editable && inTable);
    // Alignment: from the block at the cursor; list items and cells have none (the actions are
    // off there unless the selection reaches an alignable block).
    bool alignable = canAlign(cursor.block());
    if (!alignable && cursor.hasSelection()) {
        const QTextDocument *doc = m_current->document();
        const QTextBlock last = doc->findBlock(cursor.selectionEnd());
        for (QTextBlock b = doc->findBlock(cursor.selectionStart()); b.isValid() && !alignable;
             b = b.next()) {
            alignable = canAlign(b);
            if (b == last)
                break;
        }
    }
    const Qt::Alignment current = alignment(cursor.block());
    const Id alignId = current == Qt::AlignHCenter ? AlignCenter
        : current == Qt::AlignRight                ? AlignRight
        : current == Qt::AlignJustify              ? AlignJustify
                                                   : AlignLeft;
    for (Id id : {AlignLeft, AlignCenter, AlignRight, AlignJustify})
        action(id)->setEnabled(editable && alignable);
    action(alignId)->setChecked(true);
    const bool onLink = !linkAt(cursor).isEmpty();
    action(Link)->setText(onLink ? tr("Edit &Link…") : tr("Insert &Link…"));
    action(RemoveLink)->setEnabled(editable && onLink);
    const QMimeData *clip = QGuiApplication::clipboard()->mimeData();
    action(ImageFromClipboard)->setEnabled(editable && clip && clip->hasImage());
}

QList<QAction *> EditorActions::formatActions() const
{
    QList<QAction *> list;
    auto separator = [this, &list] {
        auto *s = new QAction(const_cast<EditorActions *>(this));
        s->setSeparator(true);
        list.append(s);
    };
    for (Id id : {Paragraph, Heading2, Heading3, Heading4, Quotation})
        list.append(action(id));
    separator();
    for (Id id : {Bold, Italic, Underline, StrikeOut})
        list.append(action(id));
    separator();
    for (Id id : {BulletList, NumberedList, Indent, Outdent})
        list.append(action(id));
    separator();
    for (Id id : {AlignLeft, AlignCenter, AlignRight, AlignJustify})
        list.append(action(id));
    separator();
    for (Id id : {Link, RemoveLink, ImageFromFile, ImageFromClipboard})
        list.append(action(id));
    separator();
    for (Id id : {InsertTable, InsertRowBelow, InsertColumnAfter, RemoveRow, RemoveColumn})
        list.append(action(id));
    separator();
    list.append(action(ClearFormatting));
    list.append(action(PasteAsPlainText));
    return list;
}

QMenu *EditorActions::formatMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("F&ormat"), parent);
    QMenu *styles = menu->addMenu(tr("Paragraph &Style"));
    for (Id id : {Paragraph, Heading2, Heading3, Heading4, Quotation})
        styles->addAction(action(id));
    menu->addSeparator();
    for (Id id : {Bold, Italic, Underline, StrikeOut})
        menu->addAction(action(id));
    menu->addSeparator();
    for (Id id : {BulletList, NumberedList, Indent, Outdent})
        menu->addAction(action(id));
    QMenu *alignMenu = menu->addMenu(tr("&Alignment"));
    for (Id id : {AlignLeft, AlignCenter, AlignRight, AlignJustify})
        alignMenu->addAction(action(id));
    menu->addSeparator();
    menu->addAction(action(Link));
    menu->addAction(action(RemoveLink));
    QMenu *image = menu->addMenu(tr("I&mage"));
    image->addAction(action(ImageFromFile));
    image->addAction(action(ImageFromClipboard));
    QMenu *table = menu->addMenu(tr("&Table"));
    for (Id id : {InsertTable, InsertRowBelow, InsertColumnAfter, RemoveRow, RemoveColumn})
        table->addAction(action(id));
    menu->addSeparator();
    menu->addAction(action(ClearFormatting));
    return menu;
}

QToolBar *EditorActions::toolBar(QWidget *parent)
{
    auto *bar = new QToolBar(tr("Format"), parent);
    bar->setObjectName(u"formatToolBar"_s);
    bar->setIconSize(QSize(18, 18));
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);

    auto *styleButton = new QToolButton(bar);
    auto *styleMenu = new QMenu(styleButton);
    for (Id id : {Paragraph, Heading2, Heading3, Heading4, Quotation})
        styleMenu->addAction(action(id));
    styleButton->setMenu(styleMenu);
    styleButton->setPopupMode(QToolButton::InstantPopup);
    styleButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    styleButton->setToolTip(tr("Paragraph style"));
    styleButton->setAccessibleName(tr("Paragraph style"));
    styleButton->setMinimumWidth(styleButton->fontMetrics().horizontalAdvance(styleName(Paragraph)) + 36);
    m_styleButtons.append(styleButton);
    bar->addWidget(styleButton);
    bar->addSeparator();
    for (Id id : {Bold, Italic, Underline, StrikeOut})
        bar->addAction(action(id));
    bar->addSeparator();
    for (Id id : {BulletList, NumberedList, Outdent, Indent})
        bar->addAction(action(id));
    bar->addSeparator();
    for (Id id : {AlignLeft, AlignCenter, AlignRight, AlignJustify})
        bar->addAction(action(id));
    bar->addSeparator();
    bar->addAction(action(Link));
    bar->addAction(action(ImageFromFile));

    auto *tableButton = new QToolButton(bar);
    auto *tableMenu = new QMenu(tableButton);
    for (Id id : {InsertTable, InsertRowBelow, InsertColumnAfter, RemoveRow, RemoveColumn})
        tableMenu->addAction(action(id));
    tableButton->setMenu(tableMenu);
    tableButton->setDefaultAction(action(InsertTable));
    tableButton->setPopupMode(QToolButton::MenuButtonPopup);
    bar->addWidget(tableButton);
    bar->addSeparator();
    bar->addAction(action(ClearFormatting));
    // Text labels where the icon theme has no icon (bold "B", italic "I"...).
    for (QAction *a : bar->actions()) {
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a))) {
            if (a->icon().isNull()) {
                button->setToolButtonStyle(Qt::ToolButtonTextOnly);
                QFont f = button->font();
                if (a == action(Bold))
                    f.setBold(true);
                else if (a == action(Italic))
                    f.setItalic(true);
                else if (a == action(Underline))
                    f.setUnderline(true);
                else if (a == action(StrikeOut))
                    f.setStrikeOut(true);
                button->setFont(f);
            }
        }
    }
    updateStates();
    return bar;
}

void EditorActions::editLink()
{
    if (!m_current || m_current->isReadOnly() || m_readOnly)
        return;
    RichTextEditor *editor = m_current;
    QTextCursor cursor = editor->textCursor();
    QTextCursor span;
    const QString href = linkAt(cursor, &span);
    LinkDialog dialog(editor->window());
    dialog.setEditingExisting(!href.isEmpty());
    if (!href.isEmpty()) {
        dialog.setText(span.selectedText());
        dialog.setUrl(href);
    } else {
        const QString selected = cursor.selectedText();
        dialog.setText(selected);
        // A selected address is the address.
        if (!LinkDialog::normaliseUrl(selected).isEmpty())
            dialog.setUrl(selected);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.removeRequested()) {
        removeLink(editor);
    } else {
        if (!href.isEmpty() && !cursor.hasSelection())
            editor->setTextCursor(span);
        insertLink(editor, dialog.text(), dialog.url());
    }
    editor->setFocus(Qt::OtherFocusReason);
    updateStates();
}

void EditorActions::insertImageFromFile()
{
    if (!m_current || m_current->isReadOnly() || m_readOnly)
        return;
    RichTextEditor *editor = m_current;
    static QString lastDir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getOpenFileName(
        editor->window(), tr("Insert Image"), lastDir,
        tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)"));
    if (path.isEmpty())
        return;
    lastDir = QFileInfo(path).absolutePath();
    if (editor->insertImageFile(path))
        emit statusMessage(tr("“%1” was stored in the library.").arg(QFileInfo(path).fileName()));
    editor->setFocus(Qt::OtherFocusReason);
}

void EditorActions::insertTableWithDialog()
{
    if (!m_current || m_current->isReadOnly() || m_readOnly)
        return;
    RichTextEditor *editor = m_current;
    if (editor->textCursor().currentTable() || editor->textCursor().currentList()) {
        emit statusMessage(tr("A table cannot be placed inside a table or a list."));
        return;
    }
    InsertTableDialog dialog(editor->window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    insertTable(editor, dialog.rows(), dialog.columns());
    editor->setFocus(Qt::OtherFocusReason);
    updateStates();
}

} // namespace Actes
