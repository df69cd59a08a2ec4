#pragma once

#include <QDialog>

class QSpinBox;

namespace Actes {

// Rows × columns of a new table.
class InsertTableDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InsertTableDialog)
public:
    explicit InsertTableDialog(QWidget *parent = nullptr);
    int rows() const;
    int columns() const;

private:
    QSpinBox *m_rows = nullptr;
    QSpinBox *m_columns = nullptr;
};

} // namespace Actes
