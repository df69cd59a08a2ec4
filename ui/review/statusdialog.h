#pragma once

#include "domain/resource.h"

#include <QDialog>

#include <optional>

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

    // Shows the dialog (through Prompts: a text prompt titled "Change status" whose text names the
    // resource and both statuses); the comment (possibly empty) when accepted, nothing when cancelled.
    static std::optional<QString> ask(const QString &resourceTitle, Status from, Status to, QWidget *parent);

private:
    QPlainTextEdit *m_comment = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Actes
