#pragma once

#include "domain/comment.h"

#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Actes {

// The review comments of the open resource, thread by thread: the quote (marked when its text
// was deleted), who wrote what and when, the replies, resolved or open. Below the list: a reply
// field and the buttons of the selected thread. It only shows and asks; CommentController acts.
class CommentsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommentsPanel)
public:
    explicit CommentsPanel(QWidget *parent = nullptr);

    // Every comment of the resource (CommentStore::comments() order); nameOf gives the name
    // to show for an author as stored; mayChange tells whether this user may edit or delete it.
    void setComments(const QList<Comment> &comments, const std::function<QString(const QString &)> &nameOf,
                     const std::function<bool(const Comment &)> &mayChange);
    void setWritable(bool writable);
    void setResourceOpen(bool open);
    qint64 currentThreadId() const;
    void selectThread(qint64 threadId);
    QListWidget *list() const { return m_list; }
    QLineEdit *replyEdit() const { return m_replyEdit; }

signals:
    void currentThreadChanged(qint64 threadId);
    void jumpRequested(qint64 threadId);
    void replyRequested(qint64 threadId, const QString &text);
    void resolveRequested(qint64 threadId, bool resolved);
    void editRequested(qint64 commentId);
    void deleteRequested(qint64 commentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateButtons();
    void retranslateUi();
    const Comment *thread(qint64 id) const;

    QLabel *m_empty = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_replyEdit = nullptr;
    QPushButton *m_reply = nullptr;
    QPushButton *m_resolve = nullptr;
    QPushButton *m_jump = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QList<Comment> m_comments;
    std::function<QString(const QString &)> m_nameOf;
    std::function<bool(const Comment &)> m_mayChange;
    bool m_writable = true;
    bool m_open = false;
};

} // namespace Actes
