#include "export/proceedingspreview.h"

#include "export/proceedingsexporter.h"
#include "export/proceedingsjob.h"

#include <QFile>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QScrollBar>
#include <QStackedLayout>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Actes {

ProceedingsPreview::ProceedingsPreview(QWidget *parent)
    : QWidget(parent),
      m_status(new QLabel(this)),
      m_view(new QPdfView(this)),
      m_document(new QPdfDocument(this)),
      m_timer(new QTimer(this)),
      m_job(new ProceedingsJob(this))
{
    setObjectName(u"proceedingsPreview"_s);
    m_status->setObjectName(u"previewStatus"_s);
    m_status->setAccessibleName(tr("Preview status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setObjectName(u"previewView"_s);
    m_view->setAccessibleName(tr("Preview of the proceedings"));
    m_view->setAccessibleDescription(tr("The pages of the PDF as they will be exported."));
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setPageSpacing(14);
    m_view->setDocumentMargins(QMargins(14, 14, 14, 14));
    m_view->setDocument(m_document);
    m_view->setFocusPolicy(Qt::StrongFocus);

    m_message = new QLabel(this);
    m_message->setObjectName(u"previewMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_message->setAutoFillBackground(true);
    m_message->setBackgroundRole(QPalette::Dark);
    m_message->setForegroundRole(QPalette::BrightText);

    auto *pages = new QWidget(this);
    m_stack = new QStackedLayout(pages);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(pages, 1);

    m_timer->setSingleShot(true);
    m_timer->setInterval(delayMs);
    connect(m_timer, &QTimer::timeout, this, &ProceedingsPreview::start);
    connect(m_job, &ProceedingsJob::finished, this, &ProceedingsPreview::onFinished);
    connect(m_job, &ProceedingsJob::progressChanged, this, [this](int done, int total) {
        if (!m_pending && total > 0)
            m_status->setText(tr("Updating the preview… %1%").arg(done * 100 / total));
    });
    showMessage(tr("The preview appears here."));
}

ProceedingsPreview::~ProceedingsPreview()
{
    m_job->cancel();   // the job's destructor waits for the worker
}

void ProceedingsPreview::setInput(const QList<Resource> &resources, const ProceedingsOptions &options)
{
    m_resources = resources;
    m_options = options;
    m_pending = true;
    if (m_job->isRunning())
        m_job->cancel();          // outdated: stop it, the new one starts after the delay
    m_status->setText(tr("Updating the preview…"));
    m_timer->start();
}

void ProceedingsPreview::updateNow()
{
    m_timer->stop();
    start();
}

bool ProceedingsPreview::isUpdating() const
{
    return m_pending || m_job->isRunning();
}

int ProceedingsPreview::pageCount() const
{
    return m_document->status() == QPdfDocument::Status::Ready ? m_document->pageCount() : 0;
}

void ProceedingsPreview::start()
{
    if (!m_pending)
        return;
    if (m_job->isRunning()) {
        m_job->cancel();          // onFinished() starts the pending one
        return;
    }
    m_pending = false;
    if (ProceedingsExporter::included(m_resources, m_options.includePrivate).isEmpty()) {
        m_document->close();
        m_status->setText(tr("Nothing to preview."));
        showMessage(m_resources.isEmpty()
                            ? tr("No resource is selected.")
                            : tr("Every selected resource is private, so the public edition would be empty. "
                                 "Check “Internal edition” to include private resources."));
        emit updated(0);
        return;
    }
    const QString file = m_tempDir.filePath(u"preview-%1.pdf"_s.arg(++m_generation));
    m_job->start(m_resources, m_options, file);
}

void ProceedingsPreview::onFinished(const ProceedingsResult &result)
{
    const QString file = m_job->outFile();
    if (m_pending) {
        // Outdated: a newer request waits for the delay, or for this one to end.
        QFile::remove(file);
        if (!m_timer->isActive())
            start();
        return;
    }
    if (!result.ok) {
        if (!result.cancelled) {
            m_status->setText(tr("The preview could not be made."));
            showMessage(result.errorMessage);
        }
        return;
    }
    const int scroll = m_view->verticalScrollBar()->value();
    const QPdfDocument::Error error = m_document->load(file);
    if (error != QPdfDocument::Error::None) {
        m_status->setText(tr("The preview could not be made."));
        showMessage(tr("The temporary PDF of the preview could not be read."));
        return;
    }
    if (!m_shownFile.isEmpty() && m_shownFile != file)
        QFile::remove(m_shownFile);
    m_shownFile = file;
    m_stack->setCurrentWidget(m_view);
    const int pages = m_document->pageCount();
    m_status->setText(tr("Preview: %n page(s).", nullptr, pages));
    // Stay where the reader was after a change of options.
    QTimer::singleShot(0, this, [this, scroll] { m_view->verticalScrollBar()->setValue(scroll); });
    emit updated(pages);
}

void ProceedingsPreview::showMessage(const QString &message)
{
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
}

} // namespace Actes
