#pragma once

#include "export/siteexport.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTextBrowser;

namespace Actes {

class ResourceRepository;

// "Export for the website…": choose the resources (the selection or the whole library) and
// a folder, run SiteExporter, then report what was written, what was left out and why, and
// any warning (images missing from the library).
class SiteExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteExportDialog)
public:
    SiteExportDialog(ResourceRepository *repository, const QList<qint64> &selectedIds, QWidget *parent = nullptr);

    void setFolder(const QString &folder);
    QString folder() const;
    // Whether the selected resources (true) or the whole library (false) are exported.
    void setSelectionOnly(bool selectionOnly);

    // Runs the export now; true when it was written.
    bool runExport();
    SiteExportResult lastResult() const { return m_result; }

    QTextBrowser *reportView() const { return m_report; }
    QPushButton *exportButton() const { return m_exportButton; }
    QLineEdit *folderEdit() const { return m_folderEdit; }

    // The report of an export as HTML (also used by the window's status messages).
    static QString reportHtml(const SiteExportResult &result, const QString &folder);

private:
    QList<qint64> chosenIds() const;
    void updateForecast();
    void chooseFolder();

    ResourceRepository *m_repository = nullptr;
    QList<qint64> m_selectedIds;
    SiteExportResult m_result;

    QRadioButton *m_selectionRadio = nullptr;
    QRadioButton *m_allRadio = nullptr;
    QLabel *m_forecast = nullptr;
    QLineEdit *m_folderEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QTextBrowser *m_report = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Actes
