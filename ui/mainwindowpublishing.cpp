// The main window's publishing actions: proceedings export (PDF), print preview and print.
// Kept apart from mainwindow.cpp so the shell stays a shell.
#include "mainwindow.h"

#include "actionregistry.h"
#include "export/exportdialog.h"
#include "export/printsupport.h"
#include "list/resourcelistpanel.h"
#include "models/resourcelistmodel.h"
#include "session/editsession.h"
#include "storage/resourcerepository.h"

#include <QAction>
#include <QMenu>

namespace Actes {

void MainWindow::createPublishingActions()
{
    m_exportPdfAction = m_actions->add(QStringLiteral("actionExportProceedings"));
    m_exportPdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_printPreviewAction = m_actions->add(QStringLiteral("actionPrintPreview"));
    m_printAction = m_actions->add(QStringLiteral("actionPrint"));
    m_printAction->setShortcut(QKeySequence::Print);

    connect(m_exportPdfAction, &QAction::triggered, this, &MainWindow::exportProceedings);
    connect(m_printPreviewAction, &QAction::triggered, this, [this] {
        if (saveBeforeLeaving())
            Actes::printPreview(this, m_repository.get(), proceedingsIds(),
                                proceedingsOptionsFromSettings(m_settings, m_repository.get()));
    });
    connect(m_printAction, &QAction::triggered, this, [this] {
        if (saveBeforeLeaving())
            Actes::print(this, m_repository.get(), proceedingsIds(),
                         proceedingsOptionsFromSettings(m_settings, m_repository.get()));
    });
}

void MainWindow::addPublishingMenus()
{
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportPdfAction);
    m_fileMenu->addAction(m_printPreviewAction);
    m_fileMenu->addAction(m_printAction);
}

void MainWindow::retranslatePublishing()
{
    const auto set = [](QAction *a, const QString &text, const QString &tip) {
        a->setText(text);
        a->setToolTip(tip);
        a->setStatusTip(tip);
    };
    set(m_exportPdfAction, tr("&Export Proceedings (PDF)…"),
        tr("Export the selected resources, or all those listed, as printable proceedings"));
    set(m_printPreviewAction, tr("Print Pre&view…"), tr("Preview the proceedings as printed"));
    set(m_printAction, tr("&Print…"), tr("Print the proceedings"));
}

void MainWindow::updatePublishingActions()
{
    const bool library = m_repository != nullptr;
    for (QAction *a : {m_exportPdfAction, m_printPreviewAction, m_printAction})
        a->setEnabled(library);
}

// Two or more rows selected: those. Otherwise every resource the list shows (current filter).
QList<qint64> MainWindow::proceedingsIds() const
{
    const QList<qint64> selected = m_list->selectedResourceIds();
    if (selected.size() > 1)
        return selected;
    QList<qint64> ids;
    const int rows = m_list->model()->rowCount();
    ids.reserve(rows);
    for (int row = 0; row < rows; ++row)
        ids.append(m_list->model()->summaryAt(row).id);
    return ids;
}

void MainWindow::exportProceedings()
{
    if (!m_repository || !saveBeforeLeaving())
        return;
    auto *dialog = new ExportDialog(m_repository.get(), proceedingsIds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Actes
