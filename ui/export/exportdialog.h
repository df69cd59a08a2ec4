#pragma once

#include "domain/resource.h"
#include "export/proceedingsoptions.h"
#include "settings/settings.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace Actes {

class ProceedingsJob;
class ProceedingsPreview;
class ResourceRepository;

// The proceedings export: the selection in a reorderable list (event-date order by default),
// what is left out and why, the cover and page options, a live preview of the pages, and
// "Export PDF…", "Print…", "Print preview…". The resources are read once, in the GUI thread
// (with their images), so the preview and export workers never touch the repository.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)
public:
    // ids: one resource, the resources chosen in the list, or all those matching a filter.
    ExportDialog(ResourceRepository *repository, const QList<qint64> &ids, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // The resources in the order they will be exported (private ones included; see options()).
    QList<Resource> orderedResources() const;
    QList<qint64> orderedIds() const;
    ProceedingsOptions options() const;
    QString suggestedFileName() const;
    // What the export leaves out, and why (translated messages).
    QStringList leftOutMessages() const;

    // Writes the PDF to path in a worker thread (the "Export PDF…" button asks for the path).
    // Returns false when an export is already running.
    bool exportToFile(const QString &path);
    void cancelExport();
    bool isExporting() const;
    // When false, the result is only reported through exportFinished() (tests).
    void setResultMessagesEnabled(bool enabled) { m_resultMessages = enabled; }

    // Widgets, for tests and accessibility checks.
    QListWidget *resourceList() const { return m_list; }
    QListWidget *leftOutList() const { return m_leftOut; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *subtitleEdit() const { return m_subtitle; }
    QLineEdit *networkEdit() const { return m_network; }
    QComboBox *pageSizeCombo() const { return m_pageSize; }
    QComboBox *languageCombo() const { return m_language; }   // the document's language
    QCheckBox *pdfACheck() const { return m_pdfA; }
    QCheckBox *internalCheck() const { return m_internal; }
    QCheckBox *appendAttachmentsCheck() const { return m_appendAttachments; }
    QLabel *internalNotice() const { return m_internalNotice; }
    QLabel *fileNameLabel() const { return m_fileName; }
    ProceedingsPreview *preview() const { return m_preview; }
    QPushButton *exportButton() const { return m_exportButton; }
    QProgressBar *progressBar() const { return m_progress; }

    void setLogoPath(const QString &path);
    QString logoPath() const { return m_logoPath; }

public slots:
    void moveUp();
    void moveDown();
    void sortByEventDate();
    void exportPdf();          // asks for the file name, then exports
    void showPrintPreview();
    void printProceedings();
    // Escape or Close; during an export, cancels it and keeps the dialog open.
    void reject() override;

signals:
    void exportFinished(const Actes::ProceedingsResult &result, const QString &path);

private:
    QWidget *createOptionsPanel();
    QWidget *createSelectionGroup();
    QWidget *createCoverGroup();
    QWidget *createOutputGroup();
    void fillList(const QList<Resource> &ordered);
    void moveCurrent(int delta);
    void chooseLogo();
    void onOptionsChanged();
    void updateLeftOut();
    void updateTitleDefault();
    void updateLogoThumbnail();
    void updateButtons();
    void setExporting(bool exporting);
    void onExportFinished(const Actes::ProceedingsResult &result);
    void rememberChoices();
    void showResult(const ProceedingsResult &result, const QString &path);

    ResourceRepository *m_repository = nullptr;
    Settings &m_settings = Settings::shared();   // the one settings object of the process
    QHash<qint64, Resource> m_resources;
    std::function<QByteArray(const QString &)> m_imageLoader;
    QHash<qint64, QList<Comment>> m_reviewComments;   // read with the resources; internal edition only
    // The attached PDFs, read from the library the first time annexes are asked for.
    mutable std::function<QByteArray(const QString &)> m_attachmentLoader;
    QString m_loadError;
    QString m_logoPath;
    QString m_exportPath;
    bool m_titleEdited = false;
    bool m_rebuilding = false;             // the list is being filled by code, not by a drop
    bool m_resultMessages = true;

    QListWidget *m_list = nullptr;
    QToolButton *m_upButton = nullptr;
    QToolButton *m_downButton = nullptr;
    QPushButton *m_sortButton = nullptr;
    QLabel *m_leftOutHeading = nullptr;
    QLabel *m_leftOutExplanation = nullptr;
    QListWidget *m_leftOut = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_subtitle = nullptr;
    QLineEdit *m_network = nullptr;
    QLabel *m_logoThumbnail = nullptr;
    QLabel *m_logoName = nullptr;
    QPushButton *m_logoChoose = nullptr;
    QPushButton *m_logoRemove = nullptr;
    QComboBox *m_pageSize = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_pdfA = nullptr;
    QCheckBox *m_internal = nullptr;
    QCheckBox *m_appendAttachments = nullptr;
    QLabel *m_internalNotice = nullptr;
    QLabel *m_fileName = nullptr;
    ProceedingsPreview *m_preview = nullptr;
    QWidget *m_optionsPanel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_printPreviewButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QLabel *m_exportStatus = nullptr;
    ProceedingsJob *m_job = nullptr;
};

} // namespace Actes
