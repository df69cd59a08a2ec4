#pragma once

#include "domain/resource.h"
#include "session/editsession.h"

#include <QDialog>

namespace Actes {

// Shown when the open resource was changed elsewhere (another window or computer) while it
// was being edited here. Both versions are shown side by side; nothing is overwritten until
// the user chooses. Closing the dialog keeps both (the safe choice).
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)
public:
    ConflictDialog(const Resource &mine, const Resource &theirs, QWidget *parent = nullptr);

    EditSession::ConflictChoice choice() const { return m_choice; }

    // Runs the dialog and returns the choice.
    static EditSession::ConflictChoice ask(const Resource &mine, const Resource &theirs, QWidget *parent);

private:
    EditSession::ConflictChoice m_choice = EditSession::ConflictChoice::KeepBoth;
};

} // namespace Actes
