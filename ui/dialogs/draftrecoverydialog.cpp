#include "dialogs/draftrecoverydialog.h"

#include "dialogs/prompts.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Actes {

DraftRecoveryDialog::DraftRecoveryDialog(const QList<Draft> &drafts, QWidget *parent)
    : QDialog(parent), m_drafts(drafts), m_list(new QTreeWidget(this))
{
    setObjectName(u"draftRecoveryDialog"_s);
    setWindowTitle(tr("Recover Unsaved Changes"));
    auto *intro = new QLabel(tr("Actes was not closed normally last time. These changes had not been saved "
                                "yet. Check the ones to restore; a restored change is saved at once, and a "
                                "change made elsewhere in the meantime is shown to you before anything is "
                                "overwritten."),
                             this);
    intro->setWordWrap(true);

    m_list->setObjectName(u"draftList"_s);
    m_list->setAccessibleName(tr("Unsaved changes"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Resource"), tr("Last change")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    for (const Draft &d : std::as_const(m_drafts)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, d.resource.title.isEmpty() ? tr("(untitled)") : d.resource.title);
        item->setText(1, QLocale().toString(d.written.toLocalTime(), QLocale::ShortFormat));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Checked);
    }
    m_list->resizeColumnToContents(1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *restore = buttons->addButton(tr("&Restore Checked"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(u"restoreDrafts"_s);
    restore->setDefault(true);
    QPushButton *discard = buttons->addButton(tr("&Discard All…"), QDialogButtonBox::DestructiveRole);
    discard->setObjectName(u"discardDrafts"_s);
    QPushButton *later = buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
    later->setToolTip(tr("Keep the drafts and ask again at the next start."));
    connect(restore, &QPushButton::clicked, this, &QDialog::accept);
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    connect(discard, &QPushButton::clicked, this, [this] {
        if (Prompts::confirm(this, tr("Discard Unsaved Changes"),
                             tr("Delete these unsaved changes for good? The saved resources stay as they are."),
                             QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Discard) {
            m_discardAll = true;
            accept();
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(620, 360);
}

QList<Draft> DraftRecoveryDialog::toRestore() const
{
    QList<Draft> out;
    if (m_discardAll)
        return out;
    for (int i = 0; i < m_drafts.size(); ++i)
        if (m_list->topLevelItem(i)->checkState(0) == Qt::Checked)
            out.append(m_drafts.at(i));
    return out;
}

QList<Draft> DraftRecoveryDialog::toDiscard() const
{
    QList<Draft> out;
    for (int i = 0; i < m_drafts.size(); ++i)
        if (m_discardAll || m_list->topLevelItem(i)->checkState(0) != Qt::Checked)
            out.append(m_drafts.at(i));
    return out;
}

} // namespace Actes
