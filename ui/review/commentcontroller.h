#pragma once

#include "domain/comment.h"
#include "domain/member.h"

#include <QHash>
#include <QList>
#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;

namespace Actes {

class ActionRegistry;
class CommentsPanel;
class EditSession;
class Library;
class ResourceEditorPane;
class ResourceRepository;
class RichTextEditor;

// The review comments of the open resource in the window: commenting on the selected text of
// the summary or the body (Ctrl+Alt+M, the editors' context menu), the commented ranges
// highlighted in the editors (extra selections, never in the stored HTML), and the Comments
// panel (a dock) with replies, resolve and reopen, and jumping to the text.
//
// Anchors follow the text as it is typed (QTextDocument::contentsChange, CommentAnchors::adjusted);
// when the resource is saved, the anchors that moved are stored too. On loading, each thread's
// quote is found again in the text as stored (CommentAnchors::relocate). The panel follows the
// library's announcements (commentsChanged, externalChange); writes go through Library.
class CommentController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommentController)
public:
    CommentController(QMainWindow *window, Library *library, EditSession *session, ResourceEditorPane *editor,
                      ActionRegistry *actions);

    void setRepository(ResourceRepository *repository, bool readOnly);
    // The resource shown in the editor (0: none); its text is already in the editors.
    void showResource(qint64 id);

    QDockWidget *dock() const { return m_dock; }
    CommentsPanel *panel() const { return m_panel; }
    QAction *commentAction() const { return m_commentAction; }
    QAction *panelAction() const;
    // The comments as shown, anchors where the text is now.
    QList<Comment> comments() const { return m_comments; }

    // Asks for a comment on the selection of the summary or the body (the one with the focus,
    // else the last one that had it).
    void commentOnSelection();
    // Selects the thread's text in its editor.
    void jumpTo(qint64 threadId);

signals:
    void message(const QString &text, bool problem);

private:
    void reload();
    void persistAnchors();
    void onContentsChange(CommentField field, int position, int removed, int added);
    void updateHighlights();
    void updateActions();
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;
    RichTextEditor *editorOf(CommentField field) const;
    QString nameOf(const QString &author) const;
    bool isMine(const Comment &comment) const;
    // Runs a write through Library; a LibraryError becomes a message.
    bool attempt(const std::function<void()> &write);

    QMainWindow *m_window;
    Library *m_library;
    EditSession *m_session;
    ResourceEditorPane *m_editor;
    ResourceRepository *m_repository = nullptr;
    bool m_readOnly = false;
    qint64 m_resourceId = 0;
    CommentsPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    QAction *m_commentAction = nullptr;
    RichTextEditor *m_lastEditor = nullptr;
    QList<Comment> m_comments;
    QHash<qint64, CommentAnchor> m_storedAnchors;   // threads' anchors as stored
    qint64 m_currentThread = 0;
    Member m_me;                                    // who this connection acts as
    QHash<QString, QString> m_names;                // login -> name shown
};

} // namespace Actes
