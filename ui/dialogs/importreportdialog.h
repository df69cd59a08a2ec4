#pragma once

#include "import/websitedumpimporter.h"

#include <QDialog>

class QTreeWidget;

namespace Actes {

// What an import did: totals, then one line per resource (created / updated / unchanged,
// marked when it needs a check, with the documents its text points to under it, to attach)
// and the warnings. Double-click or "Open" opens a resource.
class ImportReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportReportDialog)
public:
    explicit ImportReportDialog(const ImportReport &report, QWidget *parent = nullptr);

    QTreeWidget *lines() const { return m_lines; }

signals:
    void openResource(qint64 id);

private:
    QTreeWidget *m_lines = nullptr;
};

} // namespace Actes
