#include "export/proceedingsjob.h"

#include "export/proceedingsexporter.h"

#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Actes {

struct ProceedingsJob::Shared
{
    std::atomic<bool> cancelled = false;
    ProceedingsResult result;           // written by the worker, read after it finished
};

ProceedingsJob::ProceedingsJob(QObject *parent)
    : QObject(parent)
{
}

ProceedingsJob::~ProceedingsJob()
{
    if (m_thread) {
        m_shared->cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ProceedingsJob::start(const QList<Resource> &resources, const ProceedingsOptions &options,
                           const QString &outFile)
{
    if (m_thread)
        return false;
    m_shared = std::make_shared<Shared>();
    m_outFile = outFile;
    const std::shared_ptr<Shared> shared = m_shared;
    // The destructor joins the worker before the QObject goes, so `this` outlives it; progress
    // events still queued then are discarded with the object.
    m_thread = QThread::create([this, shared, resources, options, outFile] {
        ProceedingsExporter exporter(options);
        const ProceedingsProgress progress = [this, shared](int done, int total) {
            if (shared->cancelled)
                return false;
            QMetaObject::invokeMethod(this, [this, done, total] { emit progressChanged(done, total); },
                                      Qt::QueuedConnection);
            return true;
        };
        shared->result = exporter.exportTo(resources, outFile, progress);
    });
    m_thread->setObjectName(u"ProceedingsJob"_s);
    connect(m_thread, &QThread::finished, this, &ProceedingsJob::onThreadFinished, Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
    return true;
}

void ProceedingsJob::cancel()
{
    if (m_shared)
        m_shared->cancelled = true;
}

void ProceedingsJob::onThreadFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    ProceedingsResult result = m_shared->result;
    if (m_shared->cancelled && !result.ok) {
        result.cancelled = true;
        if (result.errorMessage.isEmpty())
            result.errorMessage = tr("The export was cancelled; no file was written.");
    }
    emit finished(result);
}

} // namespace Actes
