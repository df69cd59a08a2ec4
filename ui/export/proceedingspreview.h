#pragma once

#include "domain/resource.h"
#include "export/proceedingsoptions.h"

#include <QList>
#include <QTemporaryDir>
#include <QWidget>

class QLabel;
class QPdfDocument;
class QPdfView;
class QStackedLayout;
class QTimer;

namespace Actes {

class ProceedingsJob;

// A live preview of the proceedings: setInput() asks for one (debounced), the pages are
// written to a temporary PDF in a worker thread and shown in a QPdfView, fit to width.
// The GUI thread never lays pages out; a newer request cancels the one being written.
class ProceedingsPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProceedingsPreview)
public:
    explicit ProceedingsPreview(QWidget *parent = nullptr);
    ~ProceedingsPreview() override;

    // Resources in export order and the options (imageLoader must be thread-safe).
    void setInput(const QList<Resource> &resources, const ProceedingsOptions &options);
    // Starts the pending update now instead of after the delay.
    void updateNow();

    QPdfDocument *document() const { return m_document; }
    QPdfView *view() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }
    bool isUpdating() const;
    int pageCount() const;

    static constexpr int delayMs = 600;

signals:
    void updated(int pageCount);

private:
    void start();
    void onFinished(const Actes::ProceedingsResult &result);
    void showMessage(const QString &message);

    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QStackedLayout *m_stack = nullptr;
    QPdfView *m_view = nullptr;
    QPdfDocument *m_document = nullptr;
    QTimer *m_timer = nullptr;
    ProceedingsJob *m_job = nullptr;
    QTemporaryDir m_tempDir;
    QList<Resource> m_resources;
    ProceedingsOptions m_options;
    QString m_shownFile;
    int m_generation = 0;
    bool m_pending = false;
};

} // namespace Actes
