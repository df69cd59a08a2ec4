#include "review/statusdialog.h"

#include "dialogs/prompts.h"
#include "review/reviewstyle.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>

namespace Actes {

StatusDialog::StatusDialog(const QString &resourceTitle, Status from, Status to, QWidget *parent)
    : QDialog(parent), m_to(to)
{
    setWindowTitle(tr("Change status"));

    auto *question = new QLabel(this);
    question->setWordWrap(true);
    question->setTextFormat(Qt::RichText);
    const QString title = resourceTitle.trimmed().isEmpty() ? tr("this resource") : tr("“%1”").arg(resourceTitle);
    question->setText(tr("Change the status of %1 from %2 to %3?")
                          .arg(title.toHtmlEscaped(), ReviewStyle::statusBadgeHtml(from),
                               ReviewStyle::statusBadgeHtml(to)));

    auto *note = new QLabel(this);
    note->setWordWrap(true);
    QString noteText;
    switch (to) {
    case Status::InReview: noteText = tr("Reviewers will see it as ready to be read and corrected."); break;
    case Status::Approved:
        noteText = tr("The checks run again on the saved version; this revision is kept forever as approved.");
        break;
    case Status::Published:
        noteText = tr("The resource can then be exported for the website; this revision is kept forever.");
        break;
    case Status::Archived: noteText = tr("An archived resource can only go back to Draft."); break;
    case Status::Draft: noteText = tr("It will have to be reviewed and approved again before going online."); break;
    }
    note->setText(noteText);

    auto *commentLabel = new QLabel(tr("&Comment for the history (optional):"), this);
    m_comment = new QPlainTextEdit(this);
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("For example: checked with the speakers."));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 4 + 12);
    commentLabel->setBuddy(m_comment);

    m_reviewerLabel = new QLabel(tr("&Review by:"), this);
    m_reviewer = new QComboBox(this);
    m_reviewer->setObjectName(QStringLiteral("reviewerCombo"));
    m_reviewer->setAccessibleName(tr("Reviewer"));
    m_reviewer->setToolTip(tr("The member asked to review it; “Anyone” puts it in every reviewer’s queue."));
    m_reviewer->addItem(tr("Anyone"), QString());
    m_reviewerLabel->setBuddy(m_reviewer);
    m_reviewerLabel->setVisible(false);
    m_reviewer->setVisible(false);
    auto *reviewerRow = new QHBoxLayout;
    reviewerRow->addWidget(m_reviewerLabel);
    reviewerRow->addWidget(m_reviewer, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark %1").arg(statusLabel(to)));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(note);
    layout->addSpacing(6);
    layout->addLayout(reviewerRow);
    layout->addWidget(commentLabel);
    layout->addWidget(m_comment);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    m_comment->setFocus();
}

QString StatusDialog::comment() const
{
    // toPlainText() turns no-break spaces into plain ones: keep the French typography.
    QString text = m_comment->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    text.replace(QChar::LineSeparator, u'\n');
    return text.trimmed();
}

void StatusDialog::setReviewers(const QList<Member> &reviewers)
{
    while (m_reviewer->count() > 1)
        m_reviewer->removeItem(1);
    for (const Member &member : reviewers) {
        const QString text = member.displayName() == member.login
            ? member.login
            : tr("%1 (%2)", "reviewer: name (login)").arg(member.displayName(), member.login);
        m_reviewer->addItem(text, member.login);
    }
    const bool shown = m_to == Status::InReview;
    m_reviewerLabel->setVisible(shown);
    m_reviewer->setVisible(shown);
}

QString StatusDialog::reviewer() const
{
    return m_to == Status::InReview ? m_reviewer->currentData().toString() : QString();
}

std::optional<QString> StatusDialog::ask(const QString &resourceTitle, Status from, Status to, QWidget *parent,
                                         const QList<Member> &reviewers, QString *reviewer)
{
    if (reviewer)
        reviewer->clear();
    const QString title = resourceTitle.trimmed().isEmpty() ? tr("this resource") : tr("“%1”").arg(resourceTitle);
    const QString question = tr("Change the status of %1 from %2 to %3?").arg(title, statusLabel(from), statusLabel(to));
    return Prompts::askText(parent, tr("Change status"), question, [&]() -> std::optional<QString> {
        StatusDialog dialog(resourceTitle, from, to, parent);
        if (reviewer)
            dialog.setReviewers(reviewers);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        if (reviewer)
            *reviewer = dialog.reviewer();
        return dialog.comment();
    });
}

} // namespace Actes
