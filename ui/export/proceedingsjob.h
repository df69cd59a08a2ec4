#pragma once

#include "domain/resource.h"
#include "export/proceedingsoptions.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace Actes {

// Writes proceedings to a PDF file in a worker thread (ProceedingsExporter::exportTo), so the
// window stays responsive. The resources and options are value copies: the worker never
// touches the repository, so options.imageLoader must not either (see preloadedImageLoader()).
// Progress and the result come back in the thread that owns the job.
class ProceedingsJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProceedingsJob)
public:
    explicit ProceedingsJob(QObject *parent = nullptr);
    // Cancels a running export and waits for the worker (the partial file is never kept).
    ~ProceedingsJob() override;

    // Starts the export; false when one is already running.
    bool start(const QList<Resource> &resources, const ProceedingsOptions &options, const QString &outFile);
    // Asks the running export to stop; finished() follows with result.cancelled.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    QString outFile() const { return m_outFile; }

signals:
    void progressChanged(int done, int total);
    void finished(const Actes::ProceedingsResult &result);

private:
    struct Shared;
    void onThreadFinished();

    QThread *m_thread = nullptr;
    std::shared_ptr<Shared> m_shared;
    QString m_outFile;
};

} // namespace Actes
