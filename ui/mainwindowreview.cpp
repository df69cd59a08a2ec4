// The main window's review features: checks, status changes, history and comparison,
// website preview and export. Kept apart from mainwindow.cpp so the shell stays a shell.
#include "mainwindow.h"

#include "actionregistry.h"
#include "editor/resourceeditorpane.h"
#include "editor/richtexteditor.h"
#include "export/siteexportdialog.h"
#include "library/library.h"
#include "list/resourcelistpanel.h"
#include "metadata/metadatapanel.h"
#include "review/checks.h"
#include "review/comparedialog.h"
#include "review/historypanel.h"
#include "review/sitepreviewdialog.h"
#include "review/reviewworkflow.h"
#include "session/editsession.h"
#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>

namespace Actes {

void MainWindow::setupReview()
{
    m_metadata->setReviewSettings(ReviewSettings{m_settings.summaryLimit()});

    // The checks follow the text as it is typed, a moment after typing stops.
    m_checksTimer = new QTimer(this);
    m_checksTimer->setSingleShot(true);
    m_checksTimer->setInterval(400);
    connect(m_checksTimer, &QTimer::timeout, this, [this] {
        if (m_session->hasResource())
            m_metadata->setCurrentResource(m_session->currentContent());
    });
    connect(m_editor, &ResourceEditorPane::contentChanged, m_checksTimer, qOverload<>(&QTimer::start));
    connect(m_metadata, &MetadataPanel::problemActivated, this, [this](const QString &field) {
        if (field == u"title")
            m_editor->titleEdit()->setFocus(Qt::OtherFocusReason);
        else if (field == u"summary")
            m_editor->summaryEditor()->setFocus(Qt::OtherFocusReason);
        else if (field == u"body")
            m_editor->bodyEditor()->setFocus(Qt::OtherFocusReason);
        // The panel focuses its own fields (type, date, private, participants, partners).
    });
    connect(m_metadata, &MetadataPanel::statusChangeRequested, this, &MainWindow::changeStatus);

    m_history = new HistoryPanel(this);
    m_historyDock = new QDockWidget(this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    m_historyAction = m_historyDock->toggleViewAction();
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_history->setCurrentContentProvider([this]() -> std::optional<Resource> {
        if (!m_session->hasResource())
            return std::nullopt;
        return m_session->currentContent();
    });
    connect(m_history, &HistoryPanel::statusMessage, this, [this](const QString &m) { showMessage(m); });
    connect(m_history, &HistoryPanel::restoreRequested, this, &MainWindow::restoreRevision);
    m_history->setLibrary(m_library);   // re-reads on saves, restores and status changes

    m_previewAction = m_actions->add(QStringLiteral("actionWebsitePreview"));
    m_previewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(m_previewAction, &QAction::triggered, this, [this] {
        if (!m_session->hasResource())
            return;
        auto *dialog = new SitePreviewDialog(m_repository.get(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setResource(m_session->currentContent());
        dialog->show();
    });
    m_siteExportAction = m_actions->add(QStringLiteral("actionSiteExport"));
    connect(m_siteExportAction, &QAction::triggered, this, [this] {
        if (!m_repository || !saveBeforeLeaving())
            return;
        SiteExportDialog dialog(m_repository.get(), m_list->selectedResourceIds(), this);
        dialog.exec();
    });

    m_resourceMenu->addSeparator();
    m_resourceMenu->addAction(m_previewAction);
    m_resourceMenu->addAction(m_historyAction);
    m_fileMenu->insertAction(m_exportPdfAction, m_siteExportAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_historyAction);
}

void MainWindow::retranslateReview()
{
    m_historyDock->setWindowTitle(tr("History"));
    m_historyAction->setText(tr("&History"));
    m_historyAction->setToolTip(tr("Show the revisions and status changes of the resource"));
    m_previewAction->setText(tr("Preview on the &Website…"));
    m_previewAction->setToolTip(tr("Show the resource as it will look online"));
    m_siteExportAction->setText(tr("Export for the &Website…"));
    m_siteExportAction->setToolTip(tr("Write the approved public resources as HTML files for the website"));
}

void MainWindow::updateReviewActions()
{
    if (!m_previewAction)
        return;   // called while the window is being built
    m_previewAction->setEnabled(m_repository && m_session->hasResource());
    m_siteExportAction->setEnabled(m_repository != nullptr);
}

void MainWindow::reviewRepositoryChanged()
{
    m_history->setRepository(m_repository.get());
    if (m_repository)
        m_repository->setCurrentAuthor(m_settings.authorName());
    m_metadata->setReviewSettings(ReviewSettings{m_settings.summaryLimit()});
}

void MainWindow::reviewResourceShown(qint64 id)
{
    m_history->setResourceId(id);
}

void MainWindow::changeStatus(Status to, const QString &comment)
{
    if (!m_repository || m_readOnly || !m_session->hasResource() || !m_session->save())
        return;
    ReviewWorkflow workflow(*m_repository, ReviewSettings{m_settings.summaryLimit()});
    try {
        workflow.changeStatus(m_session->resourceId(), to, m_settings.authorName(), comment,
                             m_session->storedResource().version);
    } catch (const LibraryError &e) {
        showMessage(e.message(), true);
        return;
    }
    m_library->announceStatusChanged(m_session->resourceId());   // the list and the history follow
    m_session->reloadIfChangedElsewhere();   // the version changed: show the stored resource
    showMessage(tr("Status changed to “%1”.").arg(statusLabel(to)));
}

void MainWindow::restoreRevision(qint64 revisionId)
{
    if (!m_repository || m_readOnly || !m_session->save())
        return;
    try {
        // Through the library, which announces the change to every view.
        m_library->restoreRevision(revisionId, m_settings.authorName(), m_session->storedResource().version);
    } catch (const LibraryError &e) {
        showMessage(e.message(), true);
        return;
    }
    m_session->reloadIfChangedElsewhere();
    showMessage(tr("The revision was restored as a new revision."));
}

} // namespace Actes
