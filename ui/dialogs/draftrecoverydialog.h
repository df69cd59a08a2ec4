#pragma once

#include "session/draftjournal.h"

#include <QDialog>
#include <QList>

class QTreeWidget;

namespace Actes {

// At start, after a crash: lists the unsaved edits found in the draft journal.
// "Restore" restores the checked ones and deletes the unchecked ones; "Decide Later" keeps
// every draft on disk for the next start.
class DraftRecoveryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftRecoveryDialog)
public:
    explicit DraftRecoveryDialog(const QList<Draft> &drafts, QWidget *parent = nullptr);

    QList<Draft> toRestore() const;
    QList<Draft> toDiscard() const;
    QTreeWidget *list() const { return m_list; }

private:
    QList<Draft> m_drafts;
    QTreeWidget *m_list = nullptr;
    bool m_discardAll = false;
};

} // namespace Actes
