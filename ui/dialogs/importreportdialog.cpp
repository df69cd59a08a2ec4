#include "dialogs/importreportdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Actes {

ImportReportDialog::ImportReportDialog(const ImportReport &report, QWidget *parent)
    : QDialog(parent), m_lines(new QTreeWidget(this))
{
    setObjectName(u"importReportDialog"_s);
    setWindowTitle(tr("Import Report"));

    auto *totals = new QLabel(this);
    totals->setObjectName(u"importTotals"_s);
    totals->setWordWrap(true);
    totals->setTextFormat(Qt::PlainText);
    QFont bold = totals->font();
    bold.setBold(true);
    totals->setFont(bold);
    totals->setText(report.summary());   // the totals, once

    m_lines->setObjectName(u"importLines"_s);
    m_lines->setAccessibleName(tr("Imported resources"));
    m_lines->setRootIsDecorated(false);
    m_lines->setHeaderLabels({tr("Resource"), tr("Result"), tr("To check"), tr("To attach")});
    m_lines->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lines->header()->setStretchLastSection(false);
    int withDocuments = 0;
    for (const ImportReport::Line &line : report.lines) {
        auto *item = new QTreeWidgetItem(m_lines);
        item->setText(0, line.title);
        item->setToolTip(0, line.describe());
        switch (line.outcome) {
        case ImportReport::Outcome::Created: item->setText(1, tr("Created")); break;
        case ImportReport::Outcome::Updated: item->setText(1, tr("Updated")); break;
        case ImportReport::Outcome::Unchanged: item->setText(1, tr("Unchanged")); break;
        }
        item->setText(2, line.needsReview ? tr("Yes") : QString());
        item->setData(0, Qt::UserRole, line.resourceId);
        // The documents its text points to, under it: to attach to that resource.
        if (!line.documentsToAttach.isEmpty()) {
            item->setText(3, tr("%n document(s)", nullptr, int(line.documentsToAttach.size())));
            for (const DocumentMention &document : line.documentsToAttach) {
                auto *child = new QTreeWidgetItem(item);
                child->setText(0, ImportReport::describeDocument(document));
                child->setToolTip(0, document.sentence);
                child->setData(0, Qt::UserRole, line.resourceId);
                child->setFirstColumnSpanned(true);
            }
            item->setExpanded(true);
            ++withDocuments;
        }
    }
    m_lines->setRootIsDecorated(withDocuments > 0);
    m_lines->resizeColumnToContents(1);
    m_lines->resizeColumnToContents(2);
    m_lines->resizeColumnToContents(3);
    if (const int documents = report.documentsToAttachCount(); documents > 0) {
        totals->setText(report.summary() + u' '
                        + tr("The text points to %n document(s) to attach, listed under their resource.", nullptr,
                             documents));
    }
    connect(m_lines, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, Qt::UserRole).toLongLong())
            emit openResource(id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(totals);
    layout->addWidget(m_lines, 3);
    if (!report.warnings.isEmpty()) {
        auto *warningsLabel = new QLabel(tr("Warnings:"), this);
        auto *warnings = new QListWidget(this);
        warnings->setObjectName(u"importWarnings"_s);
        warnings->setAccessibleName(tr("Warnings"));
        warnings->setWordWrap(true);
        warnings->addItems(report.warnings);
        warningsLabel->setBuddy(warnings);
        layout->addWidget(warningsLabel);
        layout->addWidget(warnings, 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(720, 480);
}

} // namespace Actes
