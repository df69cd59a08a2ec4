#include "export/publishingcontroller.h"

#include "actionregistry.h"
#include "export/exportdialog.h"
#include "export/printsupport.h"
#include "export/proceedingssettings.h"
#include "export/siteexportdialog.h"
#include "list/resourcelistpanel.h"
#include "models/resourcelistmodel.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Actes {

PublishingController::PublishingController(QWidget *window, ActionRegistry *actions, ResourceListPanel *list,
                                           std::function<bool()> saveFirst)
    : QObject(window),
      m_window(window),
      m_list(list),
      m_saveFirst(std::move(saveFirst))
{
    m_exportPdfAction = actions->add(u"actionExportProceedings"_s);
    m_exportPdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_printPreviewAction = actions->add(u"actionPrintPreview"_s);
    m_printAction = actions->add(u"actionPrint"_s);
    m_printAction->setShortcut(QKeySequence::Print);
    m_siteExportAction = actions->add(u"actionSiteExport"_s);

    connect(m_exportPdfAction, &QAction::triggered, this, &PublishingController::exportProceedings);
    connect(m_printPreviewAction, &QAction::triggered, this, &PublishingController::printPreview);
    connect(m_printAction, &QAction::triggered, this, &PublishingController::print);
    connect(m_siteExportAction, &QAction::triggered, this, &PublishingController::exportForWebsite);
    setRepository(nullptr);
}

void PublishingController::setRepository(ResourceRepository *repository)
{
    m_repository = repository;
    for (QAction *a : {m_exportPdfAction, m_printPreviewAction, m_printAction, m_siteExportAction})
        a->setEnabled(m_repository != nullptr);
}

void PublishingController::addToMenu(QMenu *fileMenu)
{
    fileMenu->addSeparator();
    fileMenu->addAction(m_siteExportAction);
    fileMenu->addAction(m_exportPdfAction);
    fileMenu->addAction(m_printPreviewAction);
    fileMenu->addAction(m_printAction);
}

void PublishingController::retranslate()
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
    m_siteExportAction->setText(tr("Export for the &Website…"));
    m_siteExportAction->setToolTip(tr("Write the approved public resources as HTML files for the website"));
}

QList<qint64> PublishingController::proceedingsIds() const
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

void PublishingController::exportProceedings()
{
    if (!m_repository || !m_saveFirst())
        return;
    auto *dialog = new ExportDialog(m_repository, proceedingsIds(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PublishingController::printPreview()
{
    if (m_saveFirst())
        Actes::printPreview(m_window, m_repository, proceedingsIds(),
                            proceedingsOptionsFromSettings(m_settings, m_repository));
}

void PublishingController::print()
{
    if (m_saveFirst())
        Actes::print(m_window, m_repository, proceedingsIds(), proceedingsOptionsFromSettings(m_settings, m_repository));
}

void PublishingController::exportForWebsite()
{
    if (!m_repository || !m_saveFirst())
        return;
    SiteExportDialog dialog(m_repository, m_list->selectedResourceIds(), m_window);
    dialog.exec();
}

} // namespace Actes
