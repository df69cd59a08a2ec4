#pragma once

#include "domain/member.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace Actes {

class ResourceListModel;
class Library;
class ResourceRepository;

// The trash: resources moved there can be restored, or the trash emptied for good
// (after a confirmation).
class TrashDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrashDialog)
public:
    // Restores and empties through library, which announces it to the other views.
    explicit TrashDialog(Library *library, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *emptyButton() const { return m_empty; }
    void restoreSelected();
    // Asks for confirmation (Prompts) first.
    void emptyTrash();

signals:
    void restored(const QList<qint64> &ids);
    void emptied(int count);

private:
    void reload();

    Library *m_library = nullptr;
    MemberRole m_role = MemberRole::Admin;
    ResourceRepository *m_repository = nullptr;
    ResourceListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_empty = nullptr;
};

} // namespace Actes
