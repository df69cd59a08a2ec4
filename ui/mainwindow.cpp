#include "mainwindow.h"

#include "actionregistry.h"
#include "dialogs/conflictdialog.h"
#include "dialogs/draftrecoverydialog.h"
#include "dialogs/importreportdialog.h"
#include "dialogs/libraryerrordialog.h"
#include "dialogs/prompts.h"
#include "dialogs/trashdialog.h"
#include "editor/editoractions.h"
#include "editor/noticebar.h"
#include "editor/resourceeditorpane.h"
#include "editor/richtexteditor.h"
#include "editor/writingaids.h"
#include "export/publishingcontroller.h"
#include "import/websitedumpimporter.h"
#include "library/library.h"
#include "list/resourcelistpanel.h"
#include "metadata/metadatapanel.h"
#include "models/resourcelistmodel.h"
#include "review/approvalguard.h"
#include "review/commentcontroller.h"
#include "review/reviewcontroller.h"
#include "session/editsession.h"
#include "session/resourcedocument.h"
#include "storage/libraryerror.h"
#include "storage/libraryopener.h"
#include "storage/resourcerepository.h"
#include "teamactivitycontroller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Actes {

MainWindow::MainWindow(RepositoryOpener opener, QWidget *parent)
    : QMainWindow(parent),
      m_opener(std::move(opener)),
      m_library(new Library(this)),
      m_actions(new ActionRegistry(this)),
      m_session(new EditSession(this)),
      m_undoGroup(new QUndoGroup(this)),
      m_listUndoStack(new QUndoStack(m_undoGroup)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_list(new ResourceListPanel(m_splitter)),
      m_centre(new QStackedWidget(m_splitter)),
      m_emptyPage(new QWidget(m_centre)),
      m_editor(new ResourceEditorPane(m_centre)),
      m_metadata(new MetadataPanel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/actes.svg"_s));

    auto *emptyLabel = new QLabel(m_emptyPage);
    emptyLabel->setObjectName(u"emptyLabel"_s);
    emptyLabel->setAlignment(Qt::AlignCenter);
    emptyLabel->setWordWrap(true);
    auto *emptyButton = new QPushButton(m_emptyPage);
    emptyButton->setObjectName(u"emptyNewButton"_s);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyLabel);
    emptyLayout->addWidget(emptyButton, 0, Qt::AlignCenter);
    emptyLayout->addStretch();
    m_centre->addWidget(m_emptyPage);
    m_centre->addWidget(m_editor);

    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_list->setMinimumWidth(260);
    m_metadata->setMinimumWidth(280);
    m_splitter->setSizes({ListWidth, 1366 - ListWidth - SidePanelWidth});
    setCentralWidget(m_splitter);
    createSidePanels();   // the details; the history and other side panels join them as tabs

    // The panel shows the session's document and pushes its edits on the document's stack.
    m_metadata->setDocument(m_session->document());
    m_undoGroup->addStack(m_listUndoStack);
    m_undoGroup->addStack(m_session->document()->undoStack());
    m_undoGroup->setActiveStack(m_listUndoStack);
    // The views follow the library's announcements; the session writes through it.
    m_session->setLibrary(m_library);
    m_list->setLibrary(m_library);
    m_metadata->setLibrary(m_library);
    // One spell checker for both editors; typography as you type installed after the rest.
    m_writing = new WritingAids(this);
    m_writing->addEditor(m_editor->summaryEditor());
    m_writing->addEditor(m_editor->bodyEditor());
    m_session->setCollector([this](Resource &r) { m_editor->applyTo(r); });   // the text; metadata: the document

    createActions();
    createMenus();
    createStatusBar();
    m_review = new ReviewController(this, m_library, m_session, m_editor, m_metadata, m_actions);
    connect(m_review, &ReviewController::message, this, &MainWindow::showMessage);
    createHistoryDock();
    createCommentsDock();
    createAttachmentsDock();
    connect(emptyButton, &QPushButton::clicked, m_newResourceAction, &QAction::trigger);

    connect(m_list, &ResourceListPanel::currentResourceChanged, this, &MainWindow::onCurrentResourceChanged);
    connect(m_list, &ResourceListPanel::activated, this, [this] { m_editor->bodyEditor()->setFocus(); });
    connect(m_list, &ResourceListPanel::loadFailed, this, [this](const QString &m) { showMessage(m, true); });
    connect(m_editor, &ResourceEditorPane::contentChanged, m_session, &EditSession::markDirty);
    connect(m_metadata, &MetadataPanel::statusMessage, this, [this](const QString &m) { showMessage(m); });
    connect(m_editor, &ResourceEditorPane::statusMessage, this, [this](const QString &m) { showMessage(m); });
    connect(m_writing, &WritingAids::notice, this, [this](const QString &m) { showMessage(m, true); });
    applyPreferences();
    connect(m_editor, &ResourceEditorPane::statsChanged, this, [this](int words, int characters) {
        m_statsLabel->setText(tr("%1 · %2", "words · characters")
                                  .arg(tr("%Ln word(s)", nullptr, words), tr("%Ln character(s)", nullptr, characters)));
    });
    connect(m_session, &EditSession::resourceLoaded, this, &MainWindow::onResourceLoaded);
    connect(m_session, &EditSession::saved, this, &MainWindow::onSaved);
    connect(m_session, &EditSession::dirtyChanged, this, &MainWindow::onDirtyChanged);
    connect(m_session, &EditSession::conflict, this, &MainWindow::onConflict, Qt::QueuedConnection);
    connect(m_session, &EditSession::saveFailed, this, [this](const QString &m) {
        m_savedLabel->setText(tr("Not saved"));
        m_savedLabel->setToolTip(m);
        showMessage(tr("Your changes could not be saved; they are kept in a draft copy. %1").arg(m), true);
    });
    connect(m_session, &EditSession::notice, this, [this](const QString &m) { showMessage(m); });
    createTrashNotice();
    m_teamActivity = new TeamActivityController(this, m_library, m_session, m_editor, m_list);
    connect(m_undoGroup, &QUndoGroup::indexChanged, this, &MainWindow::updateUndoActions);
    connect(m_undoGroup, &QUndoGroup::activeStackChanged, this, &MainWindow::updateUndoActions);
    m_focusConnection = connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        followFocusForUndo(now);
        updateUndoActions();
    });
    for (QTextEdit *edit : {static_cast<QTextEdit *>(m_editor->summaryEditor()), static_cast<QTextEdit *>(m_editor->bodyEditor())}) {
        connect(edit, &QTextEdit::undoAvailable, this, &MainWindow::updateUndoActions);
        connect(edit, &QTextEdit::redoAvailable, this, &MainWindow::updateUndoActions);
    }

    connect(m_library, &Library::externalChange, this, &MainWindow::onExternalChange);

    setTabOrder(m_list, m_editor);
    setTabOrder(m_editor, m_metadata);
    retranslate();
    restoreLayout();
    showNoResource();
}

MainWindow::~MainWindow()
{
    disconnect(m_focusConnection);   // ~QWidget changes the focus after this object is gone
    disconnect(m_undoGroup, nullptr, this, nullptr);   // so does deleting the session's document
    m_library->setPollInterval(0);
    m_listUndoStack->clear();   // list commands refer to the repository and the window
    m_session->setRepository(nullptr);
    m_library->setRepository(nullptr);
}

// --- Library ---------------------------------------------------------------------------

void MainWindow::setRepository(std::unique_ptr<ResourceRepository> repository)
{
    if (m_repository)
        saveBeforeLeaving();
    m_listUndoStack->clear();   // the document's stack is emptied when the session leaves it
    if (repository) {
        // An approved resource that an edit, an import or a restore leaves with a blocking
        // problem goes back to review (the summary limit as set at the time of the write).
        ApprovalGuard::install(*repository, [this] { return ReviewSettings{m_settings.summaryLimit()}; });
    }
    m_session->setRepository(repository.get());
    m_repository = std::move(repository);
    m_editor->setRepository(m_repository.get());
    m_metadata->setRepository(m_repository.get());
    m_list->setRepository(m_repository.get());
    m_readOnly = m_repository && m_repository->isReadOnly();
    m_readOnlyLabel->setVisible(m_readOnly);
    m_editor->setReadOnly(m_readOnly);
    m_metadata->setReadOnly(m_readOnly);
    m_publishing->setRepository(m_repository.get());
    m_review->setRepository(m_repository.get(), m_readOnly);
    m_comments->setRepository(m_repository.get(), m_readOnly);
    m_library->setRepository(m_repository.get());   // and watches it for other windows' changes
    if (m_repository)
        m_settings.addRecentLibrary(m_repository->location());
    updateRecentMenu();

    const qint64 last = m_repository ? m_settings.lastResourceId(m_repository->location()) : 0;
    if (last && m_list->model()->rowOfId(last) >= 0 && m_list->selectResource(last))
        onCurrentResourceChanged(last);
    else if (m_list->model()->rowCount() > 0)
        m_list->focusList();    // selects the first row, which opens it
    else
        showNoResource();
    updateTitle();
    updateActions();
    updateMemberActions();
    libraryOpened();
    if (m_draftRecoveryEnabled && m_repository && !m_readOnly && !m_session->pendingDrafts().isEmpty())
        QTimer::singleShot(0, this, &MainWindow::recoverDrafts);
}

bool MainWindow::openLibrary(const QString &pathIn)
{
    QString path = pathIn;
    bool atStart = !m_repository;
    while (!path.isEmpty()) {
        try {
            setRepository(openRepository(path));
            return true;
        } catch (const LibraryError &error) {
            switch (LibraryErrorDialog::ask(this, path, error, atStart)) {
            case LibraryErrorDialog::Choice::OpenAnother: path = LibraryErrorDialog::chooseExisting(this, path); break;
            case LibraryErrorDialog::Choice::CreateNew: path = LibraryErrorDialog::chooseNew(this, path); break;
            case LibraryErrorDialog::Choice::Cancel: path.clear(); break;
            }
        }
    }
    return false;
}

void MainWindow::newLibrary()
{
    const QString path = LibraryErrorDialog::chooseNew(this, m_repository ? m_repository->location() : QString());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && QFileInfo(path).size() > 0) {
        QMessageBox::warning(this, tr("New Library"),
                             tr("“%1” already exists. Choose another name, or open it with File › Open Library.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openLibrary(path);
}

void MainWindow::chooseLibrary()
{
    const QString path = LibraryErrorDialog::chooseExisting(this, m_repository ? m_repository->location() : QString());
    if (!path.isEmpty())
        openLibrary(path);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentLibraries();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(
            LibraryLocation::isServerLocation(path) ? tr("%1 (team library)").arg(LibraryLocation::displayName(path))
                                                    : QDir::toNativeSeparators(path));
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openLibrary(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

// --- Resources -------------------------------------------------------------------------

void MainWindow::onCurrentResourceChanged(qint64 id)
{
    if (id == 0) {
        if (m_session->close())
            showNoResource();
        return;
    }
    if (!m_session->open(id))
        m_list->selectResource(m_session->resourceId());
}

void MainWindow::onResourceLoaded(const Resource &resource)
{
    // The metadata panel follows the session's document (loaded before this signal); the
    // document's undo stack was emptied if it holds another resource now.
    updateTrashNotice();
    m_editor->setResource(resource);
    m_review->showResource(resource.id);
    m_comments->showResource(resource.id);
    m_centre->setCurrentWidget(m_editor);
    m_metadata->setEnabled(true);
    if (m_list->currentResourceId() != resource.id)
        m_list->selectResource(resource.id);
    if (m_repository)
        m_settings.setLastResourceId(m_repository->location(), resource.id);
    onDirtyChanged(m_session->isDirty());
    updateTitle();
    updateActions();
}

void MainWindow::showNoResource()
{
    // The session's document is closed (its undo stack empty): the panel shows no resource.
    updateTrashNotice();
    m_centre->setCurrentWidget(m_emptyPage);
    m_review->showResource(0);
    m_comments->showResource(0);
    m_metadata->setEnabled(false);
    m_statsLabel->clear();
    updateTitle();
    updateActions();
}

void MainWindow::onSaved(const Resource &)
{
    // The list and the history follow the library's announcement; the metadata panel shows the
    // stored status through the session's document (a save may move a resource back to review).
    updateTitle();
}

void MainWindow::onDirtyChanged(bool dirty)
{
    setWindowModified(dirty);
    m_savedLabel->setText(dirty ? (m_library->isConnected() ? tr("Modified") : tr("Waiting to save")) : tr("Saved"));
    m_savedLabel->setToolTip(dirty ? tr("Changes are saved automatically a moment after you stop typing.")
                                   : tr("Everything is saved in the library."));
    if (!m_session->hasResource())
        m_savedLabel->clear();
}

void MainWindow::onConflict()
{
    if (!m_session->isConflictPending())
        return;
    const Resource mine = m_session->currentContent();
    Resource theirs;
    try {
        theirs = m_repository->loadResource(mine.id).value_or(Resource{});
    } catch (const LibraryError &error) {
        showMessage(error.message(), true);
    }
    m_session->resolveConflict(ConflictDialog::ask(mine, theirs, m_repository.get(), this));
}

ListCommandContext MainWindow::listContext()
{
    return ListCommandContext{
        m_repository.get(),
        [this](qint64 focusId) {
            // The list already follows the library; show what was created or restored.
            if (focusId && m_list->selectResource(focusId))
                onCurrentResourceChanged(focusId);
        },
        [this](const QString &message) { showMessage(message, true); },
        m_library};
}

void MainWindow::newResource()
{
    if (!m_repository || m_readOnly || !m_session->save())
        return;
    Resource r;
    r.title = tr("New resource");
    try {
        auto *command = CreateResourceCommand::perform(listContext(), r);
        m_listUndoStack->push(command);
        m_editor->setFocus();
    } catch (const LibraryError &error) {
        showMessage(error.message(), true);
    }
}

void MainWindow::duplicateResource()
{
    if (!m_repository || m_readOnly || !m_session->hasResource() || !m_session->save())
        return;
    Resource copy = m_session->storedResource();
    copy.title = duplicateTitle(copy.title);
    // Nobody approved the copy: below the reviewer role it starts as a draft (the server
    // refuses an author a resource created approved or published).
    if (!roleAtLeast(m_memberRole, MemberRole::Reviewer) && copy.status != Status::InReview)
        copy.status = Status::Draft;
    try {
        m_listUndoStack->push(CreateResourceCommand::perform(listContext(), copy, true));
    } catch (const LibraryError &error) {
        showMessage(error.message(), true);
    }
}

void MainWindow::deleteResources()
{
    const QList<qint64> ids = m_list->selectedResourceIds();
    if (!m_repository || m_readOnly || ids.isEmpty())
        return;
    const auto title = [this](qint64 id) {
        const int row = m_list->model()->rowOfId(id);
        return row >= 0 ? m_list->model()->summaryAt(row).title : m_session->storedResource().title;
    };
    const QString question = ids.size() == 1
        ? tr("Move “%1” to the trash? You can undo this, or restore it from File › Trash.").arg(title(ids.first()))
        : tr("Move the %n selected resources to the trash? You can undo this, or restore them from File › Trash.",
             nullptr, int(ids.size()));
    if (Prompts::confirm(this, tr("Delete"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
        != QMessageBox::Yes)
        return;
    if (ids.contains(m_session->resourceId()) && !m_session->save())
        return;   // its last changes must be in the trash with it
    try {
        m_listUndoStack->push(MoveToTrashCommand::perform(listContext(), ids, title(ids.first())));
    } catch (const LibraryError &error) {
        showMessage(error.message(), true);
    }
}

void MainWindow::importWebsiteDump(const QStringList &pathsIn)
{
    if (!m_repository || m_readOnly || !m_session->save())
        return;
    const QStringList paths = !pathsIn.isEmpty() ? pathsIn
        : QFileDialog::getOpenFileNames(this, tr("Import Site Export"), QDir::homePath(),
                                        tr("Site exports (*.txt);;All files (*)"));
    if (paths.isEmpty())
        return;
    WebsiteDumpImporter importer(*m_repository);
    if (askImportTypography())
        importer.setOptions(WebsiteDumpImporter::Options{true, m_settings.typographyOptions()});
    ImportReport report;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        report = importer.importFiles(paths);
    } catch (const LibraryError &error) {
        QApplication::restoreOverrideCursor();
        Prompts::warn(this, tr("Import Site Export"), tr("Nothing was imported. %1").arg(error.message()));
        return;
    }
    QApplication::restoreOverrideCursor();
    m_library->announceImport();              // the list, choices and completions follow
    m_session->reloadIfChangedElsewhere();   // the open resource may have been updated
    showMessage(report.summary());
    ImportReportDialog dialog(report, this);
    connect(&dialog, &ImportReportDialog::openResource, this, [this, &dialog](qint64 id) {
        if (m_list->selectResource(id))
            onCurrentResourceChanged(id);
        dialog.accept();
    });
    Prompts::exec(dialog);
}

void MainWindow::showTrash()
{
    if (!m_repository || !m_session->save())
        return;
    TrashDialog dialog(m_library, this);
    connect(&dialog, &TrashDialog::restored, this, [this](const QList<qint64> &ids) {
        if (!ids.isEmpty())
            m_list->selectResource(ids.first());   // the list already follows the library
    });
    connect(&dialog, &TrashDialog::emptied, this, [this] {
        m_listUndoStack->clear();   // undoing a deletion cannot bring back a purged resource
    });
    dialog.exec();
}

void MainWindow::recoverDrafts()
{
    const QList<Draft> drafts = m_session->pendingDrafts();
    if (drafts.isEmpty())
        return;
    DraftRecoveryDialog dialog(drafts, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (const Draft &draft : dialog.toDiscard())
        m_session->discardDraft(draft);
    for (const Draft &draft : dialog.toRestore()) {
        if (!m_session->restoreDraft(draft))
            break;   // a conflict: the dialog shows; the remaining drafts stay for later
    }
}

void MainWindow::onExternalChange()
{
    // The views follow the library themselves; the open resource is the session's: trashed
    // in another window, it stays open here (and current in the list); changed, it reloads.
    m_session->checkTrashedElsewhere();
    updateTrashNotice();
    if (m_session->reloadIfChangedElsewhere())
        showMessage(tr("“%1” was changed in another window; the new version is shown.").arg(m_session->storedResource().title));
}

void MainWindow::createHistoryDock()
{
    m_historyDock = new QDockWidget(this);
    m_historyDock->setObjectName(u"historyDock"_s);
    m_historyDock->setWidget(m_review->historyWidget());
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    m_historyAction = m_historyDock->toggleViewAction();
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));

    m_resourceMenu->addSeparator();
    m_resourceMenu->addAction(m_review->previewAction());
    m_resourceMenu->addAction(m_historyAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_historyAction);
}

// Review comments: a dock of its own (placed with the others), the command in the Edit menu,
// the Resource menu and the editors' context menus.
void MainWindow::createCommentsDock()
{
    m_comments = new CommentController(this, m_library, m_session, m_editor, m_actions);
    connect(m_comments, &CommentController::message, this, &MainWindow::showMessage);
    addDockWidget(Qt::RightDockWidgetArea, m_comments->dock());
    m_comments->dock()->hide();
    QAction *panel = m_comments->panelAction();
    m_editMenu->insertAction(m_preferencesAction, m_comments->commentAction());
    m_editMenu->insertSeparator(m_preferencesAction);
    m_resourceMenu->addAction(m_comments->commentAction());
    m_resourceMenu->addAction(panel);
    m_viewMenu->addAction(panel);
}

void MainWindow::createTrashNotice()
{
    m_trashNotice = new NoticeBar(m_editor);
    m_trashNotice->setObjectName(u"trashNotice"_s);
    QPushButton *restore = m_trashNotice->addButton(u"restoreTrashedButton"_s);
    QPushButton *close = m_trashNotice->addButton(u"closeTrashedButton"_s);
    m_editor->addNotice(m_trashNotice);
    connect(restore, &QPushButton::clicked, this, [this] {
        const qint64 id = m_session->resourceId();
        if (!m_session->restoreFromTrash())
            return;   // the list follows the library's announcement
        m_list->selectResource(id);
        updateTrashNotice();
        showMessage(tr("“%1” is back in the library.").arg(m_session->storedResource().title));
    });
    connect(close, &QPushButton::clicked, this, [this] {
        // Saves what was typed with the resource, in the trash, then shows another one.
        if (!m_session->close())
            return;
        showNoResource();
        m_list->leaveMissingResource();   // moves to a neighbour, as after a deletion here
    });
    connect(m_session, &EditSession::trashedElsewhere, this, [this] { updateTrashNotice(); });
}

void MainWindow::updateTrashNotice()
{
    const bool trashed = m_session->hasResource() && m_session->isTrashedElsewhere();
    if (trashed) {
        const QString title = m_session->storedResource().title.trimmed();
        m_trashNotice->setText(
            tr("“%1” was moved to the trash in another window. What you type here is still saved with it; "
               "restore it to keep it in the library.")
                .arg(title.isEmpty() ? tr("(untitled)") : title));
        m_trashNotice->findChild<QPushButton *>(u"restoreTrashedButton"_s)->setText(tr("&Restore It"));
        m_trashNotice->findChild<QPushButton *>(u"closeTrashedButton"_s)->setText(tr("&Leave It in the Trash"));
    }
    m_trashNotice->setVisible(trashed);
}

bool MainWindow::saveBeforeLeaving()
{
    if (m_session->save())
        return true;
    if (m_session->isConflictPending()) {
        onConflict();
        return m_session->save();
    }
    return Prompts::confirm(this, tr("Unsaved Changes"),
                            tr("Your last changes could not be saved in the library. They are kept in a "
                               "draft copy and will be offered again at the next start. Close anyway?"),
                            QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel, QMessageBox::Warning)
        == QMessageBox::Close;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!saveBeforeLeaving()) {
        event->ignore();
        return;
    }
    saveLayout();
    m_teamActivity->stop();
    m_library->setPollInterval(0);
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace Actes
