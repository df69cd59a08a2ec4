#include "review/commentcontroller.h"

#include "actionregistry.h"
#include "dialogs/prompts.h"
#include "editor/resourceeditorpane.h"
#include "editor/richtexteditor.h"
#include "library/library.h"
#include "review/commentanchors.h"
#include "review/commentspanel.h"
#include "session/editsession.h"
#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QMessageBox>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Actes {

CommentController::CommentController(QMainWindow *window, Library *library, EditSession *session,
                                     ResourceEditorPane *editor, ActionRegistry *actions)
    : QObject(window), m_window(window), m_library(library), m_session(session), m_editor(editor)
{
    m_panel = new CommentsPanel;
    m_dock = new QDockWidget(window);
    m_dock->setObjectName(u"commentsDock"_s);
    m_dock->setWidget(m_panel);

    m_commentAction = actions->add(u"review.comment"_s, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    m_commentAction->setObjectName(u"commentAction"_s);
    m_commentAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_commentAction, &QAction::triggered, this, &CommentController::commentOnSelection);
    actions->add(u"view.comments"_s, m_dock->toggleViewAction());

    for (CommentField field : {CommentField::Summary, CommentField::Body}) {
        RichTextEditor *edit = editorOf(field);
        edit->addContextMenuAction(m_commentAction);
        edit->installEventFilter(this);
        connect(edit->document(), &QTextDocument::contentsChange, this,
                [this, field](int position, int removed, int added) { onContentsChange(field, position, removed, added); });
        connect(edit, &QTextEdit::selectionChanged, this, &CommentController::updateActions);
    }
    connect(m_library, &Library::commentsChanged, this, [this](qint64 id) {
        if (id == m_resourceId)
            reload();
    });
    connect(m_library, &Library::externalChange, this, &CommentController::reload);
    connect(m_library, &Library::repositoryChanged, this, [this] { showResource(0); });
    // The text was written: store where the anchors are now.
    connect(m_session, &EditSession::saved, this, [this](const Resource &r) {
        if (r.id == m_resourceId)
            persistAnchors();
    });
    connect(m_panel, &CommentsPanel::currentThreadChanged, this, [this](qint64 id) {
        m_currentThread = id;
        updateHighlights();
    });
    connect(m_panel, &CommentsPanel::jumpRequested, this, &CommentController::jumpTo);
    connect(m_panel, &CommentsPanel::replyRequested, this, [this](qint64 threadId, const QString &text) {
        Comment reply;
        reply.resourceId = m_resourceId;
        reply.parentId = threadId;
        reply.text = text;
        attempt([&] { m_library->addComment(reply); });
    });
    connect(m_panel, &CommentsPanel::resolveRequested, this, [this](qint64 threadId, bool resolved) {
        if (attempt([&] { m_library->setCommentResolved(m_resourceId, threadId, resolved); }))
            emit message(resolved ? tr("Comment resolved.") : tr("Comment reopened."), false);
    });
    connect(m_panel, &CommentsPanel::editRequested, this, [this](qint64 id) {
        const auto it = std::find_if(m_comments.cbegin(), m_comments.cend(), [id](const Comment &c) { return c.id == id; });
        if (it == m_comments.cend())
            return;
        const std::optional<QString> text = Prompts::askText(m_window, tr("Edit the Comment"), tr("Comment:"), it->text);
        if (text && !text->trimmed().isEmpty())
            attempt([&] { m_library->editComment(m_resourceId, id, *text); });
    });
    connect(m_panel, &CommentsPanel::deleteRequested, this, [this](qint64 id) {
        if (Prompts::confirm(m_window, tr("Delete the Comment"), tr("Delete this comment and its replies?"),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes)
            attempt([&] { m_library->deleteComment(m_resourceId, id); });
    });
    m_dock->installEventFilter(this);
    retranslate();
    updateActions();
}

QAction *CommentController::panelAction() const
{
    return m_dock->toggleViewAction();
}

void CommentController::setRepository(ResourceRepository *repository, bool readOnly)
{
    m_repository = repository;
    m_readOnly = readOnly;
    m_panel->setWritable(!readOnly);
    showResource(0);
}

void CommentController::showResource(qint64 id)
{
    if (id != m_resourceId)
        m_currentThread = 0;
    m_resourceId = id;
    m_panel->setResourceOpen(id != 0);
    reload();
}

RichTextEditor *CommentController::editorOf(CommentField field) const
{
    return field == CommentField::Summary ? m_editor->summaryEditor() : m_editor->bodyEditor();
}

QString CommentController::nameOf(const QString &author) const
{
    return m_names.value(author, author);
}

bool CommentController::isMine(const Comment &comment) const
{
    return m_repository && (comment.author == m_me.login || comment.author == m_me.displayName());
}

bool CommentController::attempt(const std::function<void()> &write)
{
    try {
        write();
        return true;
    } catch (const LibraryError &e) {
        emit message(e.message(), true);
        return false;
    }
}

void CommentController::reload()
{
    m_comments.clear();
    m_storedAnchors.clear();
    if (m_resourceId != 0 && m_repository) {
        try {
            m_comments = m_library->comments(m_resourceId);
            // Who is who, read once here (the panel asks for every comment it shows).
            m_me = m_repository->currentMember();
            m_names.clear();
            for (const Member &member : m_repository->members())
                m_names.insert(member.login, member.displayName());
        } catch (const LibraryError &e) {
            emit message(e.message(), true);
        }
    }
    // Find each quote in the text as the editors hold it now.
    const QString summary = CommentAnchors::anchorText(*m_editor->summaryEditor()->document());
    const QString body = CommentAnchors::anchorText(*m_editor->bodyEditor()->document());
    for (Comment &c : m_comments) {
        if (c.isReply())
            continue;
        m_storedAnchors.insert(c.id, c.anchor);
        c.anchor = CommentAnchors::relocate(c.anchor, c.field == CommentField::Summary ? summary : body);
    }
    m_panel->setComments(m_comments, [this](const QString &a) { return nameOf(a); },
                         [this](const Comment &c) { return isMine(c); });
    updateHighlights();
    updateActions();
}

void CommentController::persistAnchors()
{
    if (m_readOnly || !m_repository || m_resourceId == 0)
        return;
    QList<Comment> moved;
    for (const Comment &c : std::as_const(m_comments)) {
        if (!c.isReply() && m_storedAnchors.contains(c.id) && m_storedAnchors.value(c.id) != c.anchor)
            moved.append(c);
    }
    if (moved.isEmpty())
        return;
    for (const Comment &c : std::as_const(moved))
        m_storedAnchors.insert(c.id, c.anchor);
    // Announced as commentsChanged: the panel shows the same threads again.
    attempt([&] { m_library->updateCommentAnchors(m_resourceId, moved); });
}

void CommentController::onContentsChange(CommentField field, int position, int removed, int added)
{
    if (m_comments.isEmpty())
        return;
    const QString text = CommentAnchors::anchorText(*editorOf(field)->document());
    bool changed = false;
    for (Comment &c : m_comments) {
        if (c.isReply() || c.field != field)
            continue;
        const CommentAnchor before = c.anchor;
        c.anchor = c.anchor.detached ? CommentAnchors::relocate(c.anchor, text)   // e.g. undone
                                     : CommentAnchors::adjusted(c.anchor, position, removed, added, text);
        changed = changed || c.anchor != before;
    }
    if (changed)
        updateHighlights();
}

void CommentController::updateHighlights()
{
    for (CommentField field : {CommentField::Summary, CommentField::Body}) {
        RichTextEditor *edit = editorOf(field);
        QList<QTextEdit::ExtraSelection> selections;
        for (const Comment &c : std::as_const(m_comments)) {
            if (c.isReply() || c.field != field || c.resolved || c.anchor.detached)
                continue;
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(edit->document());
            selection.cursor.setPosition(qMin(c.anchor.start, edit->document()->characterCount() - 1));
            selection.cursor.setPosition(qMin(c.anchor.end, edit->document()->characterCount() - 1),
                                         QTextCursor::KeepAnchor);
            const bool current = c.id == m_currentThread;
            selection.format.setBackground(current ? QColor(255, 214, 102) : QColor(255, 240, 179));
            selection.format.setProperty(QTextFormat::UserProperty, c.id);
            selections.append(selection);
        }
        edit->setExtraSelections(selections);
    }
}

void CommentController::updateActions()
{
    RichTextEditor *edit = m_editor->bodyEditor()->hasFocus() ? m_editor->bodyEditor()
        : m_editor->summaryEditor()->hasFocus()             ? m_editor->summaryEditor()
                                                            : m_lastEditor;
    m_commentAction->setEnabled(m_resourceId != 0 && !m_readOnly && edit && edit->textCursor().hasSelection());
}

bool CommentController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dock) {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        return QObject::eventFilter(watched, event);
    }
    if (event->type() == QEvent::FocusIn) {
        m_lastEditor = static_cast<RichTextEditor *>(watched);
        updateActions();
    }
    return QObject::eventFilter(watched, event);
}

void CommentController::commentOnSelection()
{
    RichTextEditor *edit = m_editor->summaryEditor()->hasFocus() ? m_editor->summaryEditor()
        : m_editor->bodyEditor()->hasFocus()                   ? m_editor->bodyEditor()
                                                               : m_lastEditor;
    if (m_resourceId == 0 || m_readOnly || !edit)
        return;
    const QTextCursor cursor = edit->textCursor();
    if (!cursor.hasSelection()) {
        emit message(tr("Select the words to comment on first."), true);
        return;
    }
    const CommentField field = edit == m_editor->summaryEditor() ? CommentField::Summary : CommentField::Body;
    const QString text = CommentAnchors::anchorText(*edit->document());
    const CommentAnchor anchor = CommentAnchors::anchorFor(text, cursor.selectionStart(), cursor.selectionEnd());
    if (anchor.quote.trimmed().isEmpty()) {
        emit message(tr("Select the words to comment on first."), true);
        return;
    }
    const std::optional<QString> written =
        Prompts::askText(m_window, tr("Comment"), tr("Your comment on “%1”:").arg(anchor.quote.simplified().left(80)));
    if (!written || written->trimmed().isEmpty())
        return;
    Comment comment;
    comment.resourceId = m_resourceId;
    comment.field = field;
    comment.anchor = anchor;
    comment.text = *written;
    Comment stored;
    if (!attempt([&] { stored = m_library->addComment(comment); }))
        return;
    m_dock->show();
    m_dock->raise();
    m_panel->selectThread(stored.id);
    emit message(tr("Comment added."), false);
}

void CommentController::jumpTo(qint64 threadId)
{
    for (const Comment &c : std::as_const(m_comments)) {
        if (c.id != threadId || c.isReply())
            continue;
        if (c.anchor.detached) {
            emit message(tr("The text of this comment was deleted."), true);
            return;
        }
        RichTextEditor *edit = editorOf(c.field);
        QTextCursor cursor(edit->document());
        cursor.setPosition(c.anchor.start);
        cursor.setPosition(c.anchor.end, QTextCursor::KeepAnchor);
        edit->setTextCursor(cursor);
        edit->ensureCursorVisible();
        edit->setFocus(Qt::OtherFocusReason);
        return;
    }
}

void CommentController::retranslate()
{
    m_dock->setWindowTitle(tr("Comments"));
    m_commentAction->setText(tr("Co&mment on Selection…"));
    m_commentAction->setStatusTip(tr("Comment on the selected text of the summary or the body"));
}

} // namespace Actes
