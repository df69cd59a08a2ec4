#include "review/commentspanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {
constexpr int ThreadIdRole = Qt::UserRole + 1;
}

CommentsPanel::CommentsPanel(QWidget *parent)
    : QWidget(parent),
      m_empty(new QLabel(this)),
      m_list(new QListWidget(this)),
      m_replyEdit(new QLineEdit(this)),
      m_reply(new QPushButton(this)),
      m_resolve(new QPushButton(this)),
      m_jump(new QPushButton(this)),
      m_edit(new QPushButton(this)),
      m_delete(new QPushButton(this))
{
    setObjectName(u"commentsPanel"_s);
    m_empty->setObjectName(u"commentsEmptyLabel"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_list->setObjectName(u"commentsList"_s);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(2);
    m_replyEdit->setObjectName(u"commentReplyEdit"_s);
    m_replyEdit->setClearButtonEnabled(true);
    m_reply->setObjectName(u"commentReplyButton"_s);
    m_resolve->setObjectName(u"commentResolveButton"_s);
    m_jump->setObjectName(u"commentJumpButton"_s);
    m_edit->setObjectName(u"commentEditButton"_s);
    m_delete->setObjectName(u"commentDeleteButton"_s);

    auto *replyRow = new QHBoxLayout;
    replyRow->addWidget(m_replyEdit, 1);
    replyRow->addWidget(m_reply);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_jump);
    buttons->addWidget(m_resolve);
    buttons->addStretch();
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addLayout(replyRow);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        updateButtons();
        emit currentThreadChanged(currentThreadId());
    });
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (const qint64 id = currentThreadId())
            emit jumpRequested(id);
    });
    connect(m_jump, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentThreadId())
            emit jumpRequested(id);
    });
    auto sendReply = [this] {
        const qint64 id = currentThreadId();
        const QString text = m_replyEdit->text().trimmed();
        if (id == 0 || text.isEmpty() || !m_writable)
            return;
        m_replyEdit->clear();
        emit replyRequested(id, text);
    };
    connect(m_reply, &QPushButton::clicked, this, sendReply);
    connect(m_replyEdit, &QLineEdit::returnPressed, this, sendReply);
    connect(m_replyEdit, &QLineEdit::textChanged, this, &CommentsPanel::updateButtons);
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        if (const Comment *t = thread(currentThreadId()))
            emit resolveRequested(t->id, !t->resolved);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentThreadId())
            emit editRequested(id);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentThreadId())
            emit deleteRequested(id);
    });
    retranslateUi();
    rebuild();
}

void CommentsPanel::setComments(const QList<Comment> &comments, const std::function<QString(const QString &)> &nameOf,
                                const std::function<bool(const Comment &)> &mayChange)
{
    m_comments = comments;
    m_nameOf = nameOf;
    m_mayChange = mayChange;
    rebuild();
}

void CommentsPanel::setWritable(bool writable)
{
    m_writable = writable;
    updateButtons();
}

void CommentsPanel::setResourceOpen(bool open)
{
    m_open = open;
    if (!open)
        m_comments.clear();
    rebuild();
}

qint64 CommentsPanel::currentThreadId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(ThreadIdRole).toLongLong() : 0;
}

void CommentsPanel::selectThread(qint64 threadId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(ThreadIdRole).toLongLong() == threadId) {
            m_list->setCurrentRow(row);
            m_list->scrollToItem(m_list->item(row));
            return;
        }
    }
}

const Comment *CommentsPanel::thread(qint64 id) const
{
    for (const Comment &c : m_comments) {
        if (c.id == id && !c.isReply())
            return &c;
    }
    return nullptr;
}

void CommentsPanel::rebuild()
{
    const qint64 current = currentThreadId();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QLocale locale;
    auto name = [this](const QString &author) {
        const QString shown = m_nameOf ? m_nameOf(author) : author;
        return shown.trimmed().isEmpty() ? tr("someone") : shown;
    };
    auto when = [&locale](const QDateTime &time) {
        return locale.toString(time.toLocalTime(), QLocale::ShortFormat);
    };
    QListWidgetItem *item = nullptr;
    QStringList lines;
    auto flush = [&] {
        if (item)
            item->setText(lines.join(u'\n'));
        lines.clear();
    };
    QString footer;
    for (const Comment &c : m_comments) {
        if (!c.isReply()) {
            if (!footer.isEmpty())
                lines.append(footer);
            flush();
            item = new QListWidgetItem(m_list);
            item->setData(ThreadIdRole, c.id);
            lines.append(tr("«\u00a0%1\u00a0» (%2)", "«quote» (field)")
                             .arg(c.anchor.quote.simplified(), commentFieldLabel(c.field).toLower()));
            lines.append(tr("%1, %2: %3", "author, time: text").arg(name(c.author), when(c.created), c.text));
            QStringList state;
            if (c.anchor.detached)
                state.append(tr("Its text was deleted."));
            if (c.resolved)
                state.append(tr("Resolved by %1.").arg(name(c.resolvedBy)));
            footer = state.join(u' ');
            QFont font = item->font();
            font.setItalic(c.anchor.detached);
            item->setFont(font);
            if (c.resolved)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(c.anchor.detached ? tr("The text this comment was about was deleted.") : QString());
        } else if (item) {
            lines.append(tr("↳ %1, %2: %3", "reply: author, time: text").arg(name(c.author), when(c.created), c.text));
        }
    }
    if (!footer.isEmpty())
        lines.append(footer);
    flush();
    m_empty->setVisible(m_list->count() == 0);
    m_list->setVisible(m_list->count() > 0);
    if (current)
        selectThread(current);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void CommentsPanel::updateButtons()
{
    const Comment *t = thread(currentThreadId());
    m_jump->setEnabled(t && !t->anchor.detached);
    m_resolve->setEnabled(t && m_writable);
    m_resolve->setText(t && t->resolved ? tr("Reopen") : tr("Resolve"));
    const bool mine = t && m_writable && (!m_mayChange || m_mayChange(*t));
    m_edit->setEnabled(mine);
    m_delete->setEnabled(mine);
    m_replyEdit->setEnabled(t && m_writable);
    m_reply->setEnabled(t && m_writable && !m_replyEdit->text().trimmed().isEmpty());
    m_empty->setText(m_open ? tr("No comment yet. Select text in the summary or the body and press Ctrl+Alt+M to "
                                 "comment on it.")
                            : tr("No resource open."));
}

void CommentsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        rebuild();
    }
    QWidget::changeEvent(event);
}

void CommentsPanel::retranslateUi()
{
    m_replyEdit->setPlaceholderText(tr("Reply…"));
    m_reply->setText(tr("Reply"));
    m_jump->setText(tr("Go to Text"));
    m_jump->setToolTip(tr("Select the commented text in the editor"));
    m_edit->setText(tr("Edit…"));
    m_delete->setText(tr("Delete"));
    updateButtons();
}

} // namespace Actes
