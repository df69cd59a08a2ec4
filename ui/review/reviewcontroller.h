#pragma once

#include "domain/resource.h"
#include "settings/settings.h"

#include <QObject>

class QAction;
class QTimer;
class QWidget;

namespace Actes {

class ActionRegistry;
class EditSession;
class HistoryPanel;
class Library;
class MetadataPanel;
class ResourceEditorPane;
class ResourceRepository;

// The review side of the window: the checks that follow the text as it is typed, status
// changes asked for in the metadata panel, the history panel and its restores, the website
// preview. Owned by the window, which gives it the library, the edit session and the panels,
// puts the history panel in a dock and the preview action in its menus, and shows its messages.
class ReviewController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewController)
public:
    ReviewController(QWidget *window, Library *library, EditSession *session, ResourceEditorPane *editor,
                     MetadataPanel *metadata, ActionRegistry *actions);

    // The open library (nullptr: none) and whether it is read-only.
    void setRepository(ResourceRepository *repository, bool readOnly);
    // The resource the window shows (0: none): the history follows it.
    void showResource(qint64 id);
    void updateActions();
    void retranslate();

    // Through ReviewWorkflow (the checks before the status change), then announced.
    void changeStatus(Status to, const QString &comment, const QString &reviewer = QString());
    // Through the library, which announces it to every view.
    void restoreRevision(qint64 revisionId);
    void showWebsitePreview();

    HistoryPanel *historyPanel() const { return m_history; }
    QWidget *historyWidget() const;   // the same, for the window's dock
    QAction *previewAction() const { return m_previewAction; }

signals:
    // For the window's status bar; problem: shown as an error.
    void message(const QString &text, bool problem);

private:
    QWidget *m_window = nullptr;
    Library *m_library = nullptr;
    EditSession *m_session = nullptr;
    ResourceEditorPane *m_editor = nullptr;
    MetadataPanel *m_metadata = nullptr;
    Settings &m_settings = Settings::shared();
    ResourceRepository *m_repository = nullptr;
    bool m_readOnly = false;
    HistoryPanel *m_history = nullptr;
    QTimer *m_checksTimer = nullptr;
    QAction *m_previewAction = nullptr;
};

} // namespace Actes
