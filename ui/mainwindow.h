#pragma once

#include "domain/member.h"

#include "domain/resource.h"
#include "session/listcommands.h"
#include "settings/settings.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTimer;
class QUndoGroup;
class QUndoStack;

namespace Actes {

class ActionRegistry;
class AttachmentsPanel;
class CommentController;
class EditSession;
class Library;
class MetadataPanel;
class NoticeBar;
class PublishingController;
class ResourceEditorPane;
class ResourceListPanel;
class ResourceRepository;
class ReviewController;
class TeamActivityController;
class WritingAids;

// Opens (or creates) the library at path; throws LibraryError.
using RepositoryOpener = std::function<std::unique_ptr<ResourceRepository>(const QString &path)>;

// The editing window: a shell that wires the list panel, the editor pane, the metadata panel,
// the edit session (autosave, drafts, conflicts), the menus and the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(RepositoryOpener opener, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Takes the library: lists it, reopens its last resource, offers to recover drafts.
    void setRepository(std::unique_ptr<ResourceRepository> repository);
    // Opens path with the opener; on failure explains and offers another library.
    bool openLibrary(const QString &path);
    ResourceRepository *repository() const { return m_repository.get(); }
    // The library the views follow; every write of the window goes through it.
    Library *library() const { return m_library; }

    // Drafts found at start are offered in a dialog; tests turn this off.
    void setDraftRecoveryEnabled(bool enabled) { m_draftRecoveryEnabled = enabled; }

    // The window's commands by name ("actionNewResource"); tests trigger them by name.
    ActionRegistry *actionRegistry() const { return m_actions; }
    EditSession *session() const { return m_session; }
    ResourceListPanel *listPanel() const { return m_list; }
    ResourceEditorPane *editorPane() const { return m_editor; }
    MetadataPanel *metadataPanel() const { return m_metadata; }
    WritingAids *writingAids() const { return m_writing; }
    // Undo: a stack for the list's commands and the open document's stack (metadata), in one
    // group whose active stack follows the focus (the list, or the resource's editor and panel).
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    QUndoStack *listUndoStack() const { return m_listUndoStack; }
    QLabel *savedLabel() const { return m_savedLabel; }
    QLabel *statsLabel() const { return m_statsLabel; }
    QLabel *readOnlyLabel() const { return m_readOnlyLabel; }
    // "Moved to the trash in another window", above the open resource (hidden otherwise).
    NoticeBar *trashNotice() const { return m_trashNotice; }
    // "The server cannot be reached", across the top of the window while the connection to a
    // team library's server is lost (hidden otherwise).
    NoticeBar *serverBanner() const { return m_serverBanner; }
    // Proceedings (PDF, print) and the website export; checks, status, history and preview.
    PublishingController *publishing() const { return m_publishing; }
    ReviewController *review() const { return m_review; }
    // Who else is editing what, and who changed the open resource elsewhere.
    TeamActivityController *teamActivity() const { return m_teamActivity; }
    CommentController *comments() const { return m_comments; }
    // The documents attached to the open resource (the "Documents" dock, tabbed with the details).
    AttachmentsPanel *attachmentsPanel() const { return m_attachments; }
    QDockWidget *attachmentsDock() const { return m_attachmentsDock; }

    // The dock of the details (metadata, checks, status); the other side panels are tabbed with it.
    QDockWidget *detailsDock() const { return m_detailsDock; }
    // At 1366×768 the list and one side panel leave the text at least 70 characters a line.
    static constexpr int ListWidth = 290;
    static constexpr int SidePanelWidth = 320;
    // Of saveState(): a state saved by an earlier layout (details beside the text) is not restored.
    static constexpr int WindowStateVersion = 2;

    // File › Copy Library To… once the destination is chosen (a file path or a server address):
    // the copy with its progress and Cancel, then the result or the refusal.
    void copyLibraryTo(const QString &destination);

public slots:
    void newResource();
    void duplicateResource();
    void deleteResources();
    void importWebsiteDump(const QStringList &paths = {});
    void showTrash();
    void recoverDrafts();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createCommentsDock();
    void createMenus();
    void createStatusBar();
    void retranslate();
    void restoreLayout();
    void saveLayout();

    void onCurrentResourceChanged(qint64 id);
    void onResourceLoaded(const Resource &resource);
    void onSaved(const Resource &resource);
    void onConflict();
    void onDirtyChanged(bool dirty);
    void showNoResource();
    void updateTitle();
    void updateActions();
    void updateUndoActions();
    void followFocusForUndo(QWidget *focus);
    void undoOrRedo(bool redo);
    void routeToFocus(const char *method);
    void onExternalChange();
    void updateRecentMenu();
    void newLibrary();
    void chooseLibrary();
    bool saveBeforeLeaving();
    void showMessage(const QString &message, bool problem = false);
    void about();
    void showPreferences();

    // Desktop (ui/mainwindowdesktop.cpp): writing aids, backups, user guide, about box.
    void createDesktopActions();
    void retranslateDesktop();
    void updateDesktopActions();
    void applyPreferences();                 // settings -> editors, pane, writing aids
    void libraryOpened();                    // spelling language of the library, daily backup
    void applyFrenchTypographyToText();
    bool askImportTypography();              // true: apply the rules to the imported text
    void restoreFromBackup();
    void showUserGuide();

    // Side panels (ui/mainwindowpanels.cpp): every dock of the right area (details, history,
    // and any added later) shares one column as tabs, so that the text keeps its width.
    void createSidePanels();
    void arrangeSidePanels();
    void createHistoryDock();
    void createAttachmentsDock();
    void createTrashNotice();
    void updateTrashNotice();
    ListCommandContext listContext();

    // Team library (ui/mainwindowteam.cpp): a library on a server, its password, copying a
    // library, which library is open (title, status bar), the notice while it cannot be reached.
    void createTeamActions();
    void createTeamStatus();
    void retranslateTeam();
    void updateTeamStatus();
    QString libraryTitle() const;
    // m_opener, and the password dialog when the server wants one (cancelled: rethrows).
    std::unique_ptr<ResourceRepository> openRepository(const QString &location);
    void openTeamLibrary();
    void copyLibrary();
    // Library ▸ Members… (administrators of a team library) and what the member's role allows
    // in the window: read once when a library is opened.
    void updateMemberActions();
    void showMemberActions();
    void showMembers();
    // While the server of a team library cannot be reached: the banner (which server, since
    // when, the next attempt, Reconnect Now), and what needs the server disabled, saying why.
    void createServerBanner();
    void onConnectionChanged(bool connected, const QString &message);
    void updateServerBanner();
    void setServerActionsAvailable(bool available);

    RepositoryOpener m_opener;
    Settings &m_settings = Settings::shared();   // the one settings object of the process
    std::unique_ptr<ResourceRepository> m_repository;
    Library *m_library = nullptr;
    ActionRegistry *m_actions = nullptr;
    EditSession *m_session = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QUndoStack *m_listUndoStack = nullptr;

    QSplitter *m_splitter = nullptr;
    ResourceListPanel *m_list = nullptr;
    QStackedWidget *m_centre = nullptr;
    QWidget *m_emptyPage = nullptr;
    ResourceEditorPane *m_editor = nullptr;
    MetadataPanel *m_metadata = nullptr;
    QLabel *m_statsLabel = nullptr;
    NoticeBar *m_trashNotice = nullptr;
    QLabel *m_savedLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QMetaObject::Connection m_focusConnection;
    bool m_draftRecoveryEnabled = true;
    bool m_readOnly = false;
    WritingAids *m_writing = nullptr;
    QAction *m_spellCheckAction = nullptr;
    QAction *m_applyTypographyAction = nullptr;
    QAction *m_restoreBackupAction = nullptr;
    QAction *m_userGuideAction = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_resourceMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newLibraryAction = nullptr;
    QAction *m_openLibraryAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_trashAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_cutAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_newResourceAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_focusSearchAction = nullptr;
    QAction *m_focusListAction = nullptr;
    QAction *m_focusEditorAction = nullptr;
    QAction *m_showListAction = nullptr;
    QAction *m_showMetadataAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    PublishingController *m_publishing = nullptr;
    ReviewController *m_review = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    CommentController *m_comments = nullptr;
    AttachmentsPanel *m_attachments = nullptr;
    QDockWidget *m_attachmentsDock = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_openTeamLibraryAction = nullptr;
    QAction *m_copyLibraryAction = nullptr;
    QAction *m_membersAction = nullptr;
    QMenu *m_libraryMenu = nullptr;
    MemberRole m_memberRole = MemberRole::Admin;
    bool m_teamMembers = false;   // the open library has members (a team library)
    QLabel *m_libraryLabel = nullptr;
    NoticeBar *m_connectionNotice = nullptr;
    TeamActivityController *m_teamActivity = nullptr;
    NoticeBar *m_serverBanner = nullptr;
    QTimer *m_serverBannerTimer = nullptr;
    QActionGroup *m_serverActions = nullptr;
    QHash<QAction *, QString> m_serverActionTips;   // their own tooltips, while the server is away
    QString m_statusButtonTip;
};

} // namespace Actes
