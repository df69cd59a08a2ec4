// MainWindow: actions, menus, status bar, layout persistence, the undo group and the
// clipboard commands.
// (The wiring and the life cycle are in mainwindow.cpp.)

#include "mainwindow.h"

#include "actionregistry.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/preferencesdialog.h"
#include "editor/editoractions.h"
#include "editor/resourceeditorpane.h"
#include "editor/richtexteditor.h"
#include "export/publishingcontroller.h"
#include "library/library.h"
#include "list/resourcelistpanel.h"
#include "metadata/metadatapanel.h"
#include "review/reviewcontroller.h"
#include "session/editsession.h"
#include "session/resourcedocument.h"
#include "storage/resourcerepository.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTextEdit>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Actes {

void MainWindow::createActions()
{
    m_newLibraryAction = m_actions->add(u"actionNewLibrary"_s);
    m_openLibraryAction = m_actions->add(u"actionOpenLibrary"_s, QKeySequence::Open);
    m_importAction = m_actions->add(u"actionImport"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_trashAction = m_actions->add(u"actionTrash"_s);
    m_quitAction = m_actions->add(u"actionQuit"_s, QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_newLibraryAction, &QAction::triggered, this, &MainWindow::newLibrary);
    connect(m_openLibraryAction, &QAction::triggered, this, &MainWindow::chooseLibrary);
    connect(m_importAction, &QAction::triggered, this, [this] { importWebsiteDump(); });
    connect(m_trashAction, &QAction::triggered, this, &MainWindow::showTrash);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_actions->add(u"actionUndo"_s, QKeySequence::Undo);
    m_redoAction = m_actions->add(u"actionRedo"_s, QKeySequence::Redo);
    m_cutAction = m_actions->add(u"actionCut"_s, QKeySequence::Cut);
    m_copyAction = m_actions->add(u"actionCopy"_s, QKeySequence::Copy);
    m_pasteAction = m_actions->add(u"actionPaste"_s, QKeySequence::Paste);
    m_selectAllAction = m_actions->add(u"actionSelectAll"_s, QKeySequence::SelectAll);
    connect(m_undoAction, &QAction::triggered, this, [this] { undoOrRedo(false); });
    connect(m_redoAction, &QAction::triggered, this, [this] { undoOrRedo(true); });
    connect(m_cutAction, &QAction::triggered, this, [this] { routeToFocus("cut"); });
    connect(m_copyAction, &QAction::triggered, this, [this] { routeToFocus("copy"); });
    connect(m_pasteAction, &QAction::triggered, this, [this] { routeToFocus("paste"); });
    connect(m_selectAllAction, &QAction::triggered, this, [this] { routeToFocus("selectAll"); });
    // Text widgets handle these keys themselves; the actions serve the menu and other widgets.
    for (QAction *a : {m_cutAction, m_copyAction, m_pasteAction, m_selectAllAction})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    m_newResourceAction = m_actions->add(u"actionNewResource"_s, QKeySequence::New);
    m_duplicateAction = m_actions->add(u"actionDuplicateResource"_s, QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deleteAction = m_actions->add(u"actionDeleteResource"_s, QKeySequence::Delete);
    // Delete only from the list: in a text field the key deletes text.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->view()->addAction(m_deleteAction);
    connect(m_newResourceAction, &QAction::triggered, this, &MainWindow::newResource);
    connect(m_duplicateAction, &QAction::triggered, this, &MainWindow::duplicateResource);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteResources);

    m_focusSearchAction = m_actions->add(u"actionFocusSearch"_s, QKeySequence(Qt::CTRL | Qt::Key_L));
    m_focusListAction = m_actions->add(u"actionFocusList"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_focusEditorAction = m_actions->add(u"actionFocusEditor"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_focusSearchAction, &QAction::triggered, this, [this] {
        m_showListAction->setChecked(true);
        m_list->focusSearch();
    });
    connect(m_focusListAction, &QAction::triggered, this, [this] {
        m_showListAction->setChecked(true);
        m_list->focusList();
    });
    connect(m_focusEditorAction, &QAction::triggered, this, [this] {
        if (m_session->hasResource())
            m_editor->bodyEditor()->setFocus(Qt::ShortcutFocusReason);
    });
    m_showListAction = m_actions->add(u"actionShowList"_s, QKeySequence(Qt::Key_F9));
    m_showMetadataAction = m_actions->add(u"actionShowMetadata"_s, QKeySequence(Qt::SHIFT | Qt::Key_F9));
    for (QAction *a : {m_showListAction, m_showMetadataAction}) {
        a->setCheckable(true);
        a->setChecked(true);
    }
    connect(m_showListAction, &QAction::toggled, m_list, &QWidget::setVisible);
    connect(m_showMetadataAction, &QAction::toggled, m_detailsDock, [this](bool on) {
        m_detailsDock->setVisible(on);
        if (on)
            m_detailsDock->raise();   // its tab comes to the front
    });
    connect(m_detailsDock->toggleViewAction(), &QAction::toggled, m_showMetadataAction, &QAction::setChecked);
    m_preferencesAction = m_actions->add(u"actionPreferences"_s, QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    m_aboutAction = m_actions->add(u"actionAbout"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_publishing = new PublishingController(this, m_actions, m_list, [this] { return saveBeforeLeaving(); });
    createDesktopActions();
    createTeamActions();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newLibraryAction);
    m_fileMenu->addAction(m_openLibraryAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(u"recentMenu"_s);
    m_fileMenu->addAction(m_openTeamLibraryAction);
    m_fileMenu->addAction(m_copyLibraryAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_trashAction);
    m_fileMenu->addAction(m_restoreBackupAction);
    m_publishing->addToMenu(m_fileMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_undoAction, m_redoAction});
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_cutAction, m_copyAction, m_pasteAction, m_selectAllAction});
    EditorActions *editorActions = m_editor->actions();
    if (editorActions && (editorActions->findAction() || editorActions->replaceAction())) {
        m_editMenu->addSeparator();
        if (editorActions->findAction())
            m_editMenu->addAction(editorActions->findAction());
        if (editorActions->replaceAction())
            m_editMenu->addAction(editorActions->replaceAction());
    }
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferencesAction);
    connect(m_editMenu, &QMenu::aboutToShow, this, &MainWindow::updateUndoActions);

    m_resourceMenu = menuBar()->addMenu(QString());
    m_resourceMenu->addActions({m_newResourceAction, m_duplicateAction});
    m_resourceMenu->addSeparator();
    m_resourceMenu->addAction(m_deleteAction);

    m_libraryMenu = menuBar()->addMenu(QString());
    m_libraryMenu->setObjectName(u"libraryMenu"_s);
    m_libraryMenu->setToolTipsVisible(true);   // a disabled entry says which role it needs
    m_libraryMenu->addAction(m_membersAction);

    if (editorActions) {
        QMenu *format = editorActions->formatMenu(this);   // the pane shows the toolbar
        format->setObjectName(u"formatMenu"_s);
        format->addSeparator();
        format->addAction(m_spellCheckAction);
        format->addAction(m_applyTypographyAction);
        menuBar()->addMenu(format);
    }

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions({m_showListAction, m_showMetadataAction});
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({m_focusSearchAction, m_focusListAction, m_focusEditorAction});
    // The actions also work when the menu bar is hidden or the focus is in a panel.
    addActions({m_focusSearchAction, m_focusListAction, m_focusEditorAction, m_showListAction, m_showMetadataAction});

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_userGuideAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createStatusBar()
{
    m_statsLabel = new QLabel(this);
    m_statsLabel->setObjectName(u"statsLabel"_s);
    m_savedLabel = new QLabel(this);
    m_savedLabel->setObjectName(u"savedLabel"_s);
    m_savedLabel->setMinimumWidth(fontMetrics().horizontalAdvance(u"Enregistré__"_s));
    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setObjectName(u"readOnlyLabel"_s);
    m_readOnlyLabel->setStyleSheet(u"QLabel { color: #8a4b08; font-weight: bold; }"_s);
    m_readOnlyLabel->hide();
    for (QLabel *label : {m_statsLabel, m_savedLabel, m_readOnlyLabel})
        label->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_statsLabel);
    statusBar()->addPermanentWidget(m_savedLabel);
    createTeamStatus();
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("&Recent Libraries"));
    m_editMenu->setTitle(tr("&Edit"));
    m_resourceMenu->setTitle(tr("&Resource"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    const auto set = [](QAction *a, const QString &text, const QString &tip) {
        a->setText(text);
        a->setToolTip(tip);
        a->setStatusTip(tip);
    };
    set(m_newLibraryAction, tr("&New Library…"), tr("Create an empty library file"));
    set(m_openLibraryAction, tr("&Open Library…"), tr("Open another library file"));
    set(m_importAction, tr("&Import Site Export…"), tr("Import the text export of the website into this library"));
    set(m_trashAction, tr("&Trash…"), tr("Restore deleted resources, or empty the trash"));
    set(m_quitAction, tr("&Quit"), tr("Save and quit Actes"));
    set(m_undoAction, tr("&Undo"), tr("Undo the last change"));
    set(m_redoAction, tr("&Redo"), tr("Redo the last undone change"));
    set(m_cutAction, tr("Cu&t"), tr("Cut the selection"));
    set(m_copyAction, tr("&Copy"), tr("Copy the selection"));
    set(m_pasteAction, tr("&Paste"), tr("Paste"));
    set(m_selectAllAction, tr("Select &All"), tr("Select all"));
    set(m_newResourceAction, tr("&New Resource"), tr("Create a new resource and open it"));
    set(m_duplicateAction, tr("&Duplicate"), tr("Create a copy of the open resource"));
    set(m_deleteAction, tr("&Delete…"), tr("Move the selected resources to the trash"));
    set(m_focusSearchAction, tr("Go to &Search"), tr("Put the cursor in the search field"));
    set(m_focusListAction, tr("Go to the &List"), tr("Move the focus to the list of resources"));
    set(m_focusEditorAction, tr("Go to the &Text"), tr("Move the focus to the text of the resource"));
    set(m_showListAction, tr("Show the &List of Resources"), tr("Show or hide the list of resources"));
    set(m_showMetadataAction, tr("Show the &Details Panel"), tr("Show or hide the details of the resource"));
    set(m_preferencesAction, tr("Pr&eferences…"),
        tr("Language, author name, writing aids, proceedings layout and backups"));
    set(m_aboutAction, tr("&About Actes"), tr("Version and credits"));
    m_readOnlyLabel->setText(tr("Read-only library: editing is disabled"));
    m_readOnlyLabel->setToolTip(tr("This library file cannot be written (permissions, read-only medium or opened "
                                   "read-only). Open a copy you can write to in order to edit."));
    if (auto *label = m_emptyPage->findChild<QLabel *>(u"emptyLabel"_s))
        label->setText(tr("No resource is open.\nChoose one in the list, or create one."));
    if (auto *button = m_emptyPage->findChild<QPushButton *>(u"emptyNewButton"_s))
        button->setText(tr("New Resource"));
    m_publishing->retranslate();
    retranslateDesktop();
    m_review->retranslate();
    m_historyDock->setWindowTitle(tr("History"));
    m_detailsDock->setWindowTitle(tr("Details"));
    m_historyAction->setText(tr("&History"));
    m_historyAction->setToolTip(tr("Show the revisions and status changes of the resource"));
    retranslateTeam();
    onDirtyChanged(m_session->isDirty());
    updateUndoActions();
    updateTitle();
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = m_settings.windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1366, 768);
    arrangeSidePanels();
    restoreState(m_settings.windowState(), WindowStateVersion);
    const QByteArray splitter = m_settings.splitterState(u"listAndText"_s);
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    const QByteArray editorSplitter = m_settings.splitterState(u"editor"_s);
    if (!editorSplitter.isEmpty())
        m_editor->splitter()->restoreState(editorSplitter);
    const QByteArray header = m_settings.headerState(u"resourceList"_s);
    if (!header.isEmpty())
        m_list->view()->horizontalHeader()->restoreState(header);
    m_showListAction->setChecked(!m_list->isHidden());
    m_showMetadataAction->setChecked(!m_detailsDock->isHidden());
}

void MainWindow::saveLayout()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState(WindowStateVersion));
    m_settings.setSplitterState(u"listAndText"_s, m_splitter->saveState());
    m_settings.setSplitterState(u"editor"_s, m_editor->splitter()->saveState());
    m_settings.setHeaderState(u"resourceList"_s, m_list->view()->horizontalHeader()->saveState());
    if (m_repository)
        m_settings.setLastResourceId(m_repository->location(), m_session->resourceId());
    m_settings.sync();
}

void MainWindow::updateTitle()
{
    const QString library = libraryTitle();   // the file's name, or "database on server"
    updateTeamStatus();
    const QString resource = m_session->hasResource() ? m_session->storedResource().title : QString();
    if (resource.isEmpty())
        setWindowTitle(library.isEmpty() ? tr("Actes") : tr("%1 — Actes").arg(library));
    else
        setWindowTitle(tr("%1[*] — %2 — Actes").arg(resource, library));
}

void MainWindow::updateActions()
{
    const bool library = m_repository != nullptr;
    const bool writable = library && !m_readOnly;
    const bool open = m_session->hasResource();
    m_importAction->setEnabled(writable);
    m_trashAction->setEnabled(library);
    m_newResourceAction->setEnabled(writable);
    m_duplicateAction->setEnabled(writable && open);
    m_deleteAction->setEnabled(writable && (open || !m_list->selectedResourceIds().isEmpty()));
    if (auto *button = m_emptyPage->findChild<QPushButton *>(u"emptyNewButton"_s))
        button->setEnabled(writable && m_library->isConnected());
    updateDesktopActions();
    if (m_review)   // not yet while the window is being built
        m_review->updateActions();
}

// Edit ▸ Undo and Redo act on the undo group's active stack, and show its texts. Text keeps
// its own undo: in a text editor (summary, body) or a line of the editor pane (title, find),
// they undo the typing, as Ctrl+Z does there.
void MainWindow::updateUndoActions()
{
    QWidget *focus = QApplication::focusWidget();
    bool canUndo = m_undoGroup->canUndo();
    bool canRedo = m_undoGroup->canRedo();
    QString undoText = m_undoGroup->undoText();
    QString redoText = m_undoGroup->redoText();
    if (auto *edit = qobject_cast<QTextEdit *>(focus); edit && !edit->isReadOnly()) {
        canUndo = edit->document()->isUndoAvailable();
        canRedo = edit->document()->isRedoAvailable();
        undoText = redoText = QString();
    } else if (auto *line = qobject_cast<QLineEdit *>(focus); line && m_editor->isAncestorOf(line)) {
        canUndo = line->isUndoAvailable();
        canRedo = line->isRedoAvailable();
        undoText = redoText = QString();
    }
    m_undoAction->setEnabled(canUndo && !m_readOnly);
    m_redoAction->setEnabled(canRedo && !m_readOnly);
    m_undoAction->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    m_redoAction->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
}

// The group's active stack follows the focus: the list panel works on the list's stack, the
// resource's editor and metadata panel on the open document's. Elsewhere (a dialog, the
// history) the last one stays active.
void MainWindow::followFocusForUndo(QWidget *focus)
{
    if (!focus)
        return;
    if (focus == m_list || m_list->isAncestorOf(focus))
        m_undoGroup->setActiveStack(m_listUndoStack);
    else if (focus == m_metadata || m_metadata->isAncestorOf(focus) || focus == m_editor || m_editor->isAncestorOf(focus)
             || m_attachmentsDock->isAncestorOf(focus))
        m_undoGroup->setActiveStack(m_session->document()->undoStack());
}

void MainWindow::undoOrRedo(bool redo)
{
    QWidget *focus = QApplication::focusWidget();
    followFocusForUndo(focus);
    if (auto *edit = qobject_cast<QTextEdit *>(focus); edit && !edit->isReadOnly())
        redo ? edit->redo() : edit->undo();
    else if (auto *line = qobject_cast<QLineEdit *>(focus); line && m_editor->isAncestorOf(line))
        redo ? line->redo() : line->undo();
    else
        redo ? m_undoGroup->redo() : m_undoGroup->undo();
    updateUndoActions();
}

void MainWindow::routeToFocus(const char *method)
{
    if (QWidget *focus = QApplication::focusWidget())
        QMetaObject::invokeMethod(focus, method);
}

void MainWindow::showMessage(const QString &message, bool problem)
{
    statusBar()->showMessage(message, problem ? 15000 : 6000);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, m_repository.get(), this);
    // OK and Apply both write the settings; the window follows at once (the language of the
    // menus at the next start, which the dialog says).
    connect(&dialog, &PreferencesDialog::applied, this, &MainWindow::applyPreferences);
    connect(&dialog, &PreferencesDialog::problem, this, [this](const QString &m) { showMessage(m, true); });
    dialog.exec();
}

void MainWindow::about()
{
    AboutDialog dialog(m_repository ? m_repository->location() : QString(), this);
    dialog.exec();
}

} // namespace Actes
