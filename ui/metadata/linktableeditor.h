#pragma once

#include <QWidget>

class QTableView;
class QToolButton;

namespace Actes {

class LinkListModel;
class CompletingDelegate;

// A compact table with Add / Remove / Move up / Move down buttons, for the participants
// and partners of a resource. Keyboard: Insert adds, Delete removes, Alt+Up/Down moves.
class LinkTableEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkTableEditor)
public:
    LinkTableEditor(LinkListModel *model, CompletingDelegate *delegate, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    void setReadOnly(bool readOnly);
    void setItemNames(const QString &addText, const QString &removeText);
    void setStretchColumns(const QList<int> &columns);

    void addRow();
    void removeSelectedRows();
    void moveCurrentRow(int delta);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    void updateHeight();

    LinkListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
    bool m_readOnly = false;
};

} // namespace Actes
