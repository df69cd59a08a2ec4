#pragma once

#include <QAbstractTableModel>

namespace Actes {

// Base of the participant and partner models: a table whose edits are requests.
// The model never changes itself on an edit; it emits a request carrying the new list
// (the panel turns it into an undo command, whose redo sets the list back on the model).
class LinkListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    virtual void requestAppendRow() = 0;
    virtual void requestRemoveRows(QList<int> rows) = 0;
    virtual void requestMoveRow(int row, int delta) = 0;
    virtual bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

protected:
    bool m_readOnly = false;
};

} // namespace Actes
