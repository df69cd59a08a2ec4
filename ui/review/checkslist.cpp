#include "review/checkslist.h"

#include "review/reviewstyle.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QStyledItemDelegate>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

constexpr int FieldRole = Qt::UserRole + 1;
constexpr int LevelRole = Qt::UserRole + 2;
constexpr int IconSize = 16;
constexpr int HMargin = 6;
constexpr int VMargin = 5;
constexpr int IconGap = 8;

// Draws the icon and the message wrapped to the width of the list: messages are sentences,
// and the metadata panel is narrow.
class ProblemDelegate final : public QStyledItemDelegate
{
public:
    explicit ProblemDelegate(QListWidget *list)
        : QStyledItemDelegate(list), m_list(list)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int width = std::max(80, m_list->viewport()->width());
        const QRect text = textRect(QRect(0, 0, width, 100000));
        const QRect bounds = option.fontMetrics.boundingRect(text, Qt::TextWordWrap,
                                                             index.data(Qt::DisplayRole).toString());
        return QSize(width, std::max(IconSize, bounds.height()) + 2 * VMargin);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        const QIcon icon = opt.icon;
        opt.text.clear();
        opt.icon = QIcon();
        opt.features &= ~QStyleOptionViewItem::HasDecoration;
        // Background, selection and focus as the style draws them.
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const QRect iconRect(opt.rect.left() + HMargin, opt.rect.top() + VMargin + 1, IconSize, IconSize);
        icon.paint(painter, iconRect);
        painter->save();
        const bool selected = opt.state & QStyle::State_Selected;
        painter->setPen(opt.palette.color(selected && (opt.state & QStyle::State_HasFocus) ? QPalette::HighlightedText
                                                                                            : QPalette::Text));
        painter->drawText(textRect(opt.rect.adjusted(0, VMargin, 0, -VMargin)),
                          Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
        painter->restore();
    }

private:
    static QRect textRect(const QRect &row)
    {
        return row.adjusted(HMargin + IconSize + IconGap, 0, -HMargin, 0);
    }

    QListWidget *m_list = nullptr;
};

} // namespace

ChecksList::ChecksList(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_summary = new QLabel(this);
    m_summary->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QPalette muted = m_summary->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_summary->setPalette(muted);

    m_ready = new QLabel(this);
    m_ready->setWordWrap(true);
    m_ready->setTextFormat(Qt::RichText);
    m_ready->setAutoFillBackground(true);
    QPalette green = m_ready->palette();
    green.setColor(QPalette::Window, QColor(0xe8, 0xf5, 0xec));
    green.setColor(QPalette::WindowText, QColor(0x14, 0x5a, 0x2e));
    m_ready->setPalette(green);
    m_readyPalette = green;
    m_ready->setContentsMargins(8, 6, 8, 6);

    m_list = new QListWidget(this);
    m_list->setItemDelegate(new ProblemDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_list->viewport()->setCursor(Qt::PointingHandCursor);
    m_list->setMouseTracking(true);
    m_list->installEventFilter(this);
    m_list->viewport()->installEventFilter(this);

    // Dismissing a warning: a button for the selected row, the same action in the row's menu.
    m_dismissAction = new QAction(this);
    m_dismissAction->setShortcut(QKeySequence::Delete);
    m_dismissAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(m_dismissAction);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_dismissButton = new QPushButton(this);
    m_dismissButton->setObjectName(u"dismissWarningButton"_s);
    m_dismissButton->setAutoDefault(false);
    connect(m_dismissAction, &QAction::triggered, this, [this] { dismissRow(m_list->currentRow()); });
    connect(m_dismissButton, &QPushButton::clicked, this, [this] { dismissRow(m_list->currentRow()); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { updateDismiss(); });
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const int row = m_list->indexAt(pos).row();
        if (!canDismissRow(row))
            return;
        m_list->setCurrentRow(row);
        QMenu menu(this);
        menu.addAction(m_dismissAction);
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_ready);
    layout->addWidget(m_list);
    auto *dismissLayout = new QHBoxLayout;
    dismissLayout->setContentsMargins(0, 0, 0, 0);
    dismissLayout->addStretch();
    dismissLayout->addWidget(m_dismissButton);
    layout->addLayout(dismissLayout);

    connect(m_list, &QListWidget::clicked, this, [this](const QModelIndex &index) { activateRow(index.row()); });

    retranslateUi();
    rebuild();
}

int ChecksList::blockingCount() const
{
    return int(std::count_if(m_problems.cbegin(), m_problems.cend(),
                             [](const Problem &p) { return p.level == Problem::Blocking; }));
}

void ChecksList::setProblems(const QList<Problem> &problems)
{
    if (!m_noResource && problems == m_problems && m_list->count() == problems.size())
        return;
    m_noResource = false;
    m_problems = problems;
    rebuild();
}

void ChecksList::showNoResource()
{
    m_noResource = true;
    m_problems.clear();
    rebuild();
}

void ChecksList::activateRow(int row)
{
    if (row < 0 || row >= m_problems.size())
        return;
    emit problemActivated(m_problems.at(row).field);
}

bool ChecksList::canDismissRow(int row) const
{
    return m_dismissEnabled && !m_noResource && row >= 0 && row < m_problems.size()
        && m_problems.at(row).level == Problem::Warning && !m_problems.at(row).key.isEmpty();
}

void ChecksList::dismissRow(int row)
{
    if (canDismissRow(row))
        emit dismissRequested(m_problems.at(row).key);
}

void ChecksList::setDismissEnabled(bool enabled)
{
    m_dismissEnabled = enabled;
    updateDismiss();
}

void ChecksList::updateDismiss()
{
    bool any = false;
    for (int row = 0; row < m_problems.size() && !any; ++row)
        any = canDismissRow(row);
    const bool current = canDismissRow(m_list->currentRow());
    m_dismissButton->setVisible(any);
    m_dismissButton->setEnabled(current);
    m_dismissAction->setEnabled(current);
}

void ChecksList::retranslateUi()
{
    m_dismissAction->setText(tr("&Dismiss This Warning"));
    m_dismissButton->setText(tr("Dismiss Warning"));
    m_dismissButton->setToolTip(tr("Dismiss the selected warning for this resource (undoable); it is then no longer "
                                   "listed."));
    m_title->setText(tr("Checks before publishing"));
    m_list->setAccessibleName(tr("Checks before publishing"));
    m_list->setAccessibleDescription(tr("Problems to fix before the resource can be approved. "
                                        "Press Enter on a problem to go to its field."));
    m_list->setToolTip(tr("Click a problem, or press Enter, to go to the field concerned."));
    rebuild();
}

void ChecksList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChecksList::rebuild()
{
    const int current = m_list->currentRow();
    m_list->clear();
    const int blocking = blockingCount();
    const int warnings = int(m_problems.size()) - blocking;
    for (const Problem &problem : std::as_const(m_problems)) {
        auto *item = new QListWidgetItem(ReviewStyle::problemIcon(problem.level), problem.message, m_list);
        item->setData(FieldRole, problem.field);
        item->setData(LevelRole, int(problem.level));
        item->setToolTip(problem.level == Problem::Blocking ? tr("Blocks approval: %1").arg(problem.message)
                         : problem.key.isEmpty()
                             ? tr("Warning (does not block approval): %1").arg(problem.message)
                             : tr("Warning (does not block approval; select it and press Dismiss Warning if it does "
                                  "not apply): %1")
                                   .arg(problem.message));
        // Screen readers read the level with the message.
        item->setData(Qt::AccessibleTextRole, problem.level == Problem::Blocking
                                                  ? tr("To fix: %1").arg(problem.message)
                                                  : tr("Warning: %1").arg(problem.message));
    }
    if (current >= 0 && current < m_list->count())
        m_list->setCurrentRow(current);

    m_ready->setAutoFillBackground(!m_noResource);
    m_ready->setPalette(m_noResource ? m_summary->palette() : m_readyPalette);
    if (m_noResource) {
        m_ready->setText(tr("Select a resource in the list to see what it needs before it can be published."));
        m_summary->clear();
    } else if (m_problems.isEmpty()) {
        m_ready->setText(tr("<b>Ready to publish.</b> Every check passes."));
        m_summary->clear();
    } else if (blocking == 0) {
        m_ready->setText(tr("<b>Nothing blocks approval.</b> Look at the warnings below."));
        m_summary->setText(tr("Warnings: %1").arg(warnings));
    } else {
        m_summary->setText(warnings == 0 ? tr("To fix: %1").arg(blocking)
                                         : tr("To fix: %1 · Warnings: %2").arg(blocking).arg(warnings));
    }
    m_ready->setVisible(blocking == 0);
    m_list->setVisible(!m_problems.isEmpty());
    m_list->setFocusPolicy(m_problems.isEmpty() ? Qt::NoFocus : Qt::StrongFocus);
    updateDismiss();
    updateListHeight();
}

void ChecksList::updateListHeight()
{
    m_list->doItemsLayout();
    int height = 2 * m_list->frameWidth();
    for (int row = 0; row < m_list->count(); ++row)
        height += m_list->sizeHintForRow(row);
    m_list->setFixedHeight(std::max(height, 2 * m_list->frameWidth() + 4));
}

bool ChecksList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Space) {
            activateRow(m_list->currentRow() >= 0 ? m_list->currentRow() : 0);
            return true;
        }
    }
    if (watched == m_list->viewport() && event->type() == QEvent::Resize) {
        const int width = m_list->viewport()->width();
        if (width != m_lastWidth) {
            m_lastWidth = width;
            updateListHeight();
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Actes
