#include "editor/inserttabledialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

namespace Actes {

InsertTableDialog::InsertTableDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Insert Table"));
    m_rows = new QSpinBox(this);
    m_rows->setRange(1, 200);
    m_rows->setValue(3);
    m_rows->setAccessibleName(tr("Rows"));
    m_columns = new QSpinBox(this);
    m_columns->setRange(1, 20);
    m_columns->setValue(3);
    m_columns->setAccessibleName(tr("Columns"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Rows:"), m_rows);
    form->addRow(tr("&Columns:"), m_columns);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

int InsertTableDialog::rows() const
{
    return m_rows->value();
}

int InsertTableDialog::columns() const
{
    return m_columns->value();
}

} // namespace Actes
