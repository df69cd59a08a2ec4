#pragma once

#include "domain/member.h"
#include "domain/resource.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace Actes {

// Confirms a change of workflow status and takes an optional comment for the history
// ("Checked with the speakers", "Waiting for the photos"...).
class StatusDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDialog)
public:
    StatusDialog(const QString &resourceTitle, Status from, Status to, QWidget *parent = nullptr);

    QString comment() const;
    QPlainTextEdit *commentEdit() const { return m_comment; }
    // Submitting for review: who is asked to review it. The choices are "Anyone" and these
    // members (ReviewWorkflow::eligibleReviewers); nothing is shown for another status.
    void setReviewers(const QList<Member> &reviewers);
    // The login chosen; empty = anyone.
    QString reviewer() const;
    QComboBox *reviewerCombo() const { return m_reviewer; }

    // Shows the dialog (through Prompts: a text prompt titled "Change status" whose text names the
    // resource and both statuses); the comment (possibly empty) when accepted, nothing when cancelled.
    // When reviewer is given, a submission for review offers the reviewers and returns the chosen
    // login there (empty = anyone).
    static std::optional<QString> ask(const QString &resourceTitle, Status from, Status to, QWidget *parent,
                                      const QList<Member> &reviewers = {}, QString *reviewer = nullptr);

private:
    Status m_to = Status::Draft;
    QPlainTextEdit *m_comment = nullptr;
    QLabel *m_reviewerLabel = nullptr;
    QComboBox *m_reviewer = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Actes
