#include "export/siteexportdialog.h"

#include "domain/publicity.h"
#include "settings/settings.h"
#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QApplication>
#include <QBoxLayout>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Actes {

SiteExportDialog::SiteExportDialog(ResourceRepository *repository, const QList<qint64> &selectedIds, QWidget *parent)
    : QDialog(parent), m_repository(repository), m_selectedIds(selectedIds)
{
    setWindowTitle(tr("Export for the website"));

    auto *intro = new QLabel(tr("Writes the public resources that are approved or published as web pages, with "
                                "their images and a manifest (index.json) for the website. Private resources are "
                                "never written."),
                             this);
    intro->setWordWrap(true);

    m_selectionRadio = new QRadioButton(tr("The &selected resources (%n)", nullptr, int(selectedIds.size())), this);
    int total = 0;
    try {
        total = repository ? repository->countResources() : 0;
    } catch (const LibraryError &) {
    }
    m_allRadio = new QRadioButton(tr("&All the resources of the library (%n)", nullptr, total), this);
    m_selectionRadio->setEnabled(!selectedIds.isEmpty());
    (selectedIds.isEmpty() ? m_allRadio : m_selectionRadio)->setChecked(true);

    m_forecast = new QLabel(this);
    m_forecast->setWordWrap(true);

    m_folderEdit = new QLineEdit(this);
    m_folderEdit->setAccessibleName(tr("Destination folder"));
    m_folderEdit->setPlaceholderText(tr("A new folder, or an earlier website export"));
    m_folderEdit->setClearButtonEnabled(true);
    m_browseButton = new QPushButton(tr("&Browse…"), this);
    m_browseButton->setAccessibleName(tr("Choose the destination folder"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(m_browseButton);
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folderEdit);

    auto *scope = new QVBoxLayout;
    scope->addWidget(m_selectionRadio);
    scope->addWidget(m_allRadio);
    scope->addWidget(m_forecast);

    auto *form = new QFormLayout;
    form->addRow(tr("Resources:"), scope);
    form->addRow(folderLabel, folderRow);

    m_report = new QTextBrowser(this);
    m_report->setAccessibleName(tr("Export report"));
    m_report->setOpenLinks(false);
    m_report->setPlaceholderText(tr("The report of the export appears here."));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_exportButton->setDefault(true);
    m_openButton = m_buttons->addButton(tr("&Open the folder"), QDialogButtonBox::ActionRole);
    m_openButton->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exportButton, &QPushButton::clicked, this, &SiteExportDialog::runExport);
    connect(m_openButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder())); });
    connect(m_browseButton, &QPushButton::clicked, this, &SiteExportDialog::chooseFolder);
    connect(m_selectionRadio, &QRadioButton::toggled, this, &SiteExportDialog::updateForecast);
    connect(m_folderEdit, &QLineEdit::textChanged, this,
            [this] { m_exportButton->setEnabled(!m_folderEdit->text().trimmed().isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_buttons);

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    setFolder(QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(tr("website-export")));
    updateForecast();
    resize(620, 520);
}

void SiteExportDialog::setFolder(const QString &folder)
{
    m_folderEdit->setText(QDir::toNativeSeparators(folder));
}

QString SiteExportDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folderEdit->text().trimmed());
}

void SiteExportDialog::setSelectionOnly(bool selectionOnly)
{
    (selectionOnly && !m_selectedIds.isEmpty() ? m_selectionRadio : m_allRadio)->setChecked(true);
    updateForecast();
}

QList<qint64> SiteExportDialog::chosenIds() const
{
    if (m_selectionRadio->isChecked())
        return m_selectedIds;
    QList<qint64> ids;
    if (m_repository) {
        for (const ResourceSummary &s : m_repository->listResources())
            ids << s.id;
    }
    return ids;
}

void SiteExportDialog::updateForecast()
{
    if (!m_repository)
        return;
    try {
        ResourceFilter filter;
        if (m_selectionRadio->isChecked())
            filter.ids = m_selectedIds;
        int writable = 0, isPrivate = 0, notApproved = 0;
        for (const ResourceSummary &s : m_repository->listResources(filter)) {
            if (m_selectionRadio->isChecked() && !m_selectedIds.contains(s.id))
                continue;
            if (!isPublicForExport(s))
                ++isPrivate;   // private, or its privacy not confirmed
            else if (s.status != Status::Approved && s.status != Status::Published)
                ++notApproved;
            else
                ++writable;
        }
        m_forecast->setText(tr("To be written: %1. Left out: %2 private, %3 not approved or published.")
                                .arg(writable)
                                .arg(isPrivate)
                                .arg(notApproved));
    } catch (const LibraryError &error) {
        m_forecast->setText(error.message());
    }
}

void SiteExportDialog::chooseFolder()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder of the website export"), folder());
    if (!chosen.isEmpty())
        setFolder(chosen);
}

bool SiteExportDialog::runExport()
{
    const QString target = folder();
    if (!m_repository || target.isEmpty())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const QList<Resource> resources = m_repository->loadResources(chosenIds());
        SiteExportOptions options;
        ResourceRepository *repository = m_repository;
        options.imageLoader = [repository](const QString &key, QString *mimeType) {
            try {
                return repository->loadImage(key, mimeType);
            } catch (const LibraryError &) {
                return QByteArray();
            }
        };
        options.revisionNumber = [repository](const Resource &r) {
            try {
                const QList<RevisionInfo> revisions = repository->revisions(r.id);
                return revisions.isEmpty() ? 0 : revisions.first().number;
            } catch (const LibraryError &) {
                return 0;
            }
        };
        options.reviewSettings.summaryLimit = Settings::shared().summaryLimit();   // the checks run again
        options.attachmentLoader = [repository](const QString &sha256) {
            try {
                return repository->attachmentData(sha256);
            } catch (const LibraryError &) {
                return QByteArray();   // reported as missing, left out
            }
        };
        options.privateNames = SiteExporter::libraryNames(*repository);
        m_result = SiteExporter(options).exportTo(resources, target);
    } catch (const LibraryError &error) {
        m_result = SiteExportResult{};
        m_result.errorMessage = error.message();
    }
    QApplication::restoreOverrideCursor();
    m_report->setHtml(reportHtml(m_result, target));
    m_openButton->setEnabled(m_result.ok);
    return m_result.ok;
}

QString SiteExportDialog::reportHtml(const SiteExportResult &result, const QString &folder)
{
    QString html;
    const QString where = QDir::toNativeSeparators(folder).toHtmlEscaped();
    if (!result.ok) {
        html += u"<p style=\"color:#b3261e;\"><b>%1</b></p>"_s.arg(tr("The website export was not written.").toHtmlEscaped());
        html += u"<p>%1</p>"_s.arg(result.errorMessage.toHtmlEscaped());
    } else if (result.written.isEmpty()) {
        html += u"<p><b>%1</b></p>"_s.arg(
            tr("No resource could be written to %1: none of them is public and approved or published.").arg(where));
    } else {
        html += u"<p style=\"color:#14532d;\"><b>%1</b></p>"_s.arg(
            tr("Written to %1: %2, %3 in all.", "folder: resources, files")
                .arg(QDir::toNativeSeparators(folder), tr("%n resource(s)", nullptr, int(result.written.size())),
                     tr("%n file(s)", nullptr, int(result.fileCount)))
                .toHtmlEscaped());
        html += u"<ul>"_s;
        for (const SiteExportWritten &w : result.written) {
            const QString title = w.title.trimmed().isEmpty() ? tr("(untitled)") : w.title;
            QString line = w.imageFiles.isEmpty()
                ? tr("%1 → %2").arg(title, w.bodyFile)
                : tr("%1 → %2, with %n image(s)", nullptr, int(w.imageFiles.size())).arg(title, w.bodyFile);
            const int documents = int(w.attachmentFiles.size()) + w.linkCount;
            if (documents > 0)
                line += u' ' + tr("(%n attached document(s))", nullptr, documents);
            html += u"<li>%1</li>"_s.arg(line.toHtmlEscaped());
        }
        html += u"</ul>"_s;
    }
    if (!result.leftOut.isEmpty()) {
        html += u"<p><b>%1</b></p><ul>"_s.arg(tr("Left out: %1").arg(result.leftOut.size()).toHtmlEscaped());
        for (const SiteExportLeftOut &l : result.leftOut)
            html += u"<li>%1</li>"_s.arg(l.message.toHtmlEscaped());
        html += u"</ul>"_s;
    }
    if (!result.leftOutAttachments.isEmpty()) {
        html += u"<p><b>%1</b></p><ul>"_s.arg(
            tr("Attached documents left out: %1").arg(result.leftOutAttachments.size()).toHtmlEscaped());
        for (const SiteExportLeftOutAttachment &l : result.leftOutAttachments)
            html += u"<li>%1</li>"_s.arg(l.message.toHtmlEscaped());
        html += u"</ul>"_s;
    }
    if (!result.warnings.isEmpty()) {
        html += u"<p style=\"color:#8a5a00;\"><b>%1</b></p><ul>"_s.arg(tr("Warnings:").toHtmlEscaped());
        for (const QString &w : result.warnings)
            html += u"<li>%1</li>"_s.arg(w.toHtmlEscaped());
        html += u"</ul>"_s;
    }
    return html;
}

} // namespace Actes
