#pragma once

#include "domain/resource.h"
#include "session/editsession.h"

#include <QDialog>

namespace Actes {

class ResourceRepository;

// Shown when the open resource was changed elsewhere (another window or computer) while it
// was being edited here. Both versions are shown side by side; nothing is overwritten until
// the user chooses. Closing the dialog keeps both (the safe choice).
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)
public:
    // Images of the texts are read from repository (may be null: then they are not shown).
    ConflictDialog(const Resource &mine, const Resource &theirs, const ResourceRepository *repository,
                   QWidget *parent = nullptr);

    EditSession::ConflictChoice choice() const { return m_choice; }

    // Runs the dialog and returns the choice.
    static EditSession::ConflictChoice ask(const Resource &mine, const Resource &theirs,
                                           const ResourceRepository *repository, QWidget *parent);

private:
    EditSession::ConflictChoice m_choice = EditSession::ConflictChoice::KeepBoth;
};

} // namespace Actes
