#include "dialogs/trashdialog.h"

#include "dialogs/prompts.h"
#include "library/library.h"
#include "models/resourcelistmodel.h"
#include "review/permissions.h"
#include "storage/resourcerepository.h"
#include "storage/libraryerror.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Actes {

TrashDialog::TrashDialog(Library *library, QWidget *parent)
    : QDialog(parent), m_library(library), m_repository(library->repository()), m_model(new ResourceListModel(this)),
      m_view(new QTableView(this)), m_count(new QLabel(this))
{
    setObjectName(u"trashDialog"_s);
    setWindowTitle(tr("Trash"));
    m_view->setObjectName(u"trashList"_s);
    m_view->setAccessibleName(tr("Resources in the trash"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ResourceListModel::TitleColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSortIndicator(ResourceListModel::DateColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(u"restoreButton"_s);
    m_restore->setToolTip(tr("Put the selected resources back in the list."));
    m_empty = buttons->addButton(tr("&Empty Trash…"), QDialogButtonBox::DestructiveRole);
    m_empty->setObjectName(u"emptyTrashButton"_s);
    m_empty->setToolTip(tr("Delete every resource in the trash for good."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &TrashDialog::restoreSelected);
    connect(m_empty, &QPushButton::clicked, this, [this] { emptyTrash(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_restore->setEnabled(m_view->selectionModel()->hasSelection() && !m_repository->isReadOnly());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(680, 420);

    // Emptying the trash is an administrator's (the server refuses it to the others too).
    try {
        m_role = m_repository->currentMember().role;
    } catch (const LibraryError &) {
        m_role = MemberRole::Author;
    }
    if (!roleAtLeast(m_role, MemberRole::Admin))
        m_empty->setToolTip(Permissions::refusal(Permissions::Action::EmptyTrash, m_role));

    ResourceFilter filter;
    filter.trash = true;
    m_model->setRepository(nullptr);
    m_model->setFilter(filter);
    m_model->setRepository(m_repository);
    reload();
}

void TrashDialog::reload()
{
    m_model->reload();
    const int n = m_model->rowCount();
    m_count->setText(n == 0 ? tr("The trash is empty.")
                            : n == 1 ? tr("1 resource in the trash.")
                                     : tr("%n resources in the trash.", nullptr, n));
    m_restore->setEnabled(false);
    m_empty->setEnabled(n > 0 && !m_repository->isReadOnly() && roleAtLeast(m_role, MemberRole::Admin));
}

void TrashDialog::restoreSelected()
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(m_model->idAt(index.row()));
    if (ids.isEmpty())
        return;
    try {
        m_library->restoreFromTrash(ids);
    } catch (const LibraryError &error) {
        Prompts::warn(this, tr("Trash"), error.message());
        return;
    }
    reload();
    emit restored(ids);
}

void TrashDialog::emptyTrash()
{
    const int n = m_model->rowCount();
    if (n == 0)
        return;
    if (Prompts::confirm(this, tr("Empty Trash"),
                         n == 1 ? tr("Delete the resource in the trash for good? This cannot be undone.")
                                : tr("Delete the %n resources in the trash for good? This cannot be undone.",
                                     nullptr, n),
                         QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel, QMessageBox::Warning)
        != QMessageBox::Discard) {
        return;
    }
    int purged = 0;
    try {
        purged = m_library->emptyTrash();
    } catch (const LibraryError &error) {
        Prompts::warn(this, tr("Trash"), error.message());
        return;
    }
    reload();
    emit emptied(purged);
}

} // namespace Actes
