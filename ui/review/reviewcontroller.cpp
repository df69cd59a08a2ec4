#include "review/reviewcontroller.h"

#include "actionregistry.h"
#include "editor/resourceeditorpane.h"
#include "editor/richtexteditor.h"
#include "library/library.h"
#include "metadata/metadatapanel.h"
#include "review/checks.h"
#include "review/comparedialog.h"
#include "review/historypanel.h"
#include "review/statuscontrol.h"
#include "review/reviewworkflow.h"
#include "review/sitepreviewdialog.h"
#include "session/editsession.h"
#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QAction>
#include <QLineEdit>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Actes {

ReviewController::ReviewController(QWidget *window, Library *library, EditSession *session,
                                   ResourceEditorPane *editor, MetadataPanel *metadata, ActionRegistry *actions)
    : QObject(window),
      m_window(window),
      m_library(library),
      m_session(session),
      m_editor(editor),
      m_metadata(metadata)
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
    connect(m_metadata, &MetadataPanel::statusChangeRequested, this, &ReviewController::changeStatus);

    m_history = new HistoryPanel(window);
    m_history->setCurrentContentProvider([this]() -> std::optional<Resource> {
        if (!m_session->hasResource())
            return std::nullopt;
        return m_session->currentContent();
    });
    connect(m_history, &HistoryPanel::statusMessage, this, [this](const QString &m) { emit message(m, false); });
    connect(m_history, &HistoryPanel::restoreRequested, this, &ReviewController::restoreRevision);
    m_history->setLibrary(m_library);   // re-reads on saves, restores and status changes

    m_previewAction = actions->add(u"actionWebsitePreview"_s);
    m_previewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(m_previewAction, &QAction::triggered, this, &ReviewController::showWebsitePreview);
    updateActions();
}

void ReviewController::setRepository(ResourceRepository *repository, bool readOnly)
{
    m_repository = repository;
    m_readOnly = readOnly;
    m_history->setRepository(m_repository);
    if (m_repository)
        m_repository->setCurrentAuthor(m_settings.authorName());
    // A submission for review may name one of the members who may approve.
    m_metadata->statusControl()->setReviewersProvider([this]() -> QList<Member> {
        if (!m_repository)
            return {};
        try {
            return ReviewWorkflow::eligibleReviewers(m_repository->members());
        } catch (const LibraryError &e) {
            emit message(e.message(), true);
            return {};
        }
    });
    m_metadata->setReviewSettings(ReviewSettings{m_settings.summaryLimit()});
}

QWidget *ReviewController::historyWidget() const
{
    return m_history;
}

void ReviewController::showResource(qint64 id)
{
    m_history->setResourceId(id);
}

void ReviewController::updateActions()
{
    m_previewAction->setEnabled(m_repository && m_session->hasResource());
}

void ReviewController::retranslate()
{
    m_previewAction->setText(tr("Preview on the &Website…"));
    m_previewAction->setToolTip(tr("Show the resource as it will look online"));
}

void ReviewController::showWebsitePreview()
{
    if (!m_session->hasResource())
        return;
    auto *dialog = new SitePreviewDialog(m_repository, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setResource(m_session->currentContent());
    dialog->show();
}

void ReviewController::changeStatus(Status to, const QString &comment, const QString &reviewer)
{
    if (!m_repository || m_readOnly || !m_session->hasResource() || !m_session->save())
        return;
    ReviewWorkflow workflow(*m_repository, ReviewSettings{m_settings.summaryLimit()});
    try {
        if (to == Status::InReview)
            workflow.submitForReview(m_session->resourceId(), reviewer, m_settings.authorName(), comment,
                                     m_session->storedResource().version);
        else
            workflow.changeStatus(m_session->resourceId(), to, m_settings.authorName(), comment,
                                 m_session->storedResource().version);
    } catch (const LibraryError &e) {
        emit message(e.message(), true);
        return;
    }
    m_library->announceStatusChanged(m_session->resourceId());   // the list and the history follow
    m_session->reloadIfChangedElsewhere();   // the version changed: show the stored resource
    emit message(tr("Status changed to “%1”.").arg(statusLabel(to)), false);
}

void ReviewController::restoreRevision(qint64 revisionId)
{
    if (!m_repository || m_readOnly || !m_session->save())
        return;
    try {
        // Through the library, which announces the change to every view.
        m_library->restoreRevision(revisionId, m_settings.authorName(), m_session->storedResource().version);
    } catch (const LibraryError &e) {
        emit message(e.message(), true);
        return;
    }
    m_session->reloadIfChangedElsewhere();
    emit message(tr("The revision was restored as a new revision."), false);
}

} // namespace Actes
