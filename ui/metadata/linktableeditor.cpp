#include "metadata/linktableeditor.h"

#include "metadata/completingdelegate.h"
#include "metadata/linklistmodel.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {
QToolButton *makeButton(const QString &iconName, const QString &fallbackText, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    const QIcon icon = QIcon::fromTheme(iconName);
    if (icon.isNull()) {
        button->setText(fallbackText);
    } else {
        button->setIcon(icon);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}
} // namespace

LinkTableEditor::LinkTableEditor(LinkListModel *model, CompletingDelegate *delegate, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    m_view = new QTableView(this);
    m_view->setModel(model);
    m_view->setItemDelegate(delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setTabKeyNavigation(false); // Tab leaves the table: keyboard users reach the buttons
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // The panel is narrow: long names and organisations wrap rather than vanish behind "…".
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->installEventFilter(this);

    m_add = makeButton(u"list-add"_s, u"+"_s, this);
    m_remove = makeButton(u"list-remove"_s, u"−"_s, this);
    m_up = makeButton(u"go-up"_s, u"↑"_s, this);
    m_down = makeButton(u"go-down"_s, u"↓"_s, this);
    m_up->setToolTip(tr("Move up (Alt+Up)"));
    m_up->setAccessibleName(tr("Move up"));
    m_down->setToolTip(tr("Move down (Alt+Down)"));
    m_down->setAccessibleName(tr("Move down"));
    setItemNames(tr("Add a row (Insert)"), tr("Remove the selected rows (Delete)"));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(2);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addSpacing(8);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, &LinkTableEditor::addRow);
    connect(m_remove, &QToolButton::clicked, this, &LinkTableEditor::removeSelectedRows);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrentRow(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrentRow(1); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LinkTableEditor::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LinkTableEditor::updateButtons);
    connect(model, &QAbstractItemModel::rowsInserted, this, &LinkTableEditor::updateHeight);
    connect(model, &QAbstractItemModel::dataChanged, this, &LinkTableEditor::updateHeight);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, &LinkTableEditor::updateHeight);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &LinkTableEditor::updateHeight);
    connect(model, &QAbstractItemModel::modelReset, this, &LinkTableEditor::updateHeight);
    connect(model, &QAbstractItemModel::rowsInserted, this, &LinkTableEditor::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &LinkTableEditor::updateButtons);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    updateHeight();
    updateButtons();
}

void LinkTableEditor::setItemNames(const QString &addText, const QString &removeText)
{
    m_add->setToolTip(addText);
    m_add->setAccessibleName(addText);
    m_remove->setToolTip(removeText);
    m_remove->setAccessibleName(removeText);
}

void LinkTableEditor::setStretchColumns(const QList<int> &columns)
{
    QHeaderView *header = m_view->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c)
        header->setSectionResizeMode(c, columns.contains(c) ? QHeaderView::Stretch
                                                             : QHeaderView::Interactive);
}

void LinkTableEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_model->setReadOnly(readOnly);
    updateButtons();
}

void LinkTableEditor::addRow()
{
    if (m_readOnly)
        return;
    const int row = m_model->rowCount();
    m_model->requestAppendRow();
    if (m_model->rowCount() > row) {
        const QModelIndex index = m_model->index(row, 0);
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
        m_view->setFocus(Qt::OtherFocusReason);
        m_view->edit(index);
    }
}

void LinkTableEditor::removeSelectedRows()
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().row());
    if (rows.isEmpty())
        return;
    const int first = *std::min_element(rows.cbegin(), rows.cend());
    m_model->requestRemoveRows(rows);
    const int count = m_model->rowCount();
    if (count > 0)
        m_view->setCurrentIndex(m_model->index(std::min(first, count - 1), 0));
}

void LinkTableEditor::moveCurrentRow(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const int target = current.row() + delta;
    if (target < 0 || target >= m_model->rowCount())
        return;
    m_model->requestMoveRow(current.row(), delta);
    m_view->setCurrentIndex(m_model->index(target, current.column()));
}

bool LinkTableEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Insert) {
            addRow();
            return true;
        }
        if (key->key() == Qt::Key_Delete && m_view->currentIndex().isValid()) {
            removeSelectedRows();
            return true;
        }
        if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveCurrentRow(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LinkTableEditor::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const int rows = m_model->rowCount();
    m_add->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && current.isValid());
    m_up->setEnabled(!m_readOnly && current.isValid() && current.row() > 0);
    m_down->setEnabled(!m_readOnly && current.isValid() && current.row() < rows - 1);
}

void LinkTableEditor::updateHeight()
{
    // Grow with the rows (the panel scrolls), between 3 and 8 visible rows.
    m_view->resizeRowsToContents();
    const int rowHeight = m_view->verticalHeader()->defaultSectionSize();
    int content = 0;
    const int count = m_model->rowCount();
    for (int row = 0; row < std::min(count, 8); ++row)
        content += std::max(rowHeight, m_view->rowHeight(row));
    // Room for one more row (where a new one appears), at least three rows in all.
    content += rowHeight * std::max(1, 3 - count);
    const int height = m_view->horizontalHeader()->sizeHint().height() + content
        + 2 * m_view->frameWidth() + 2;
    m_view->setFixedHeight(height);
}

} // namespace Actes
