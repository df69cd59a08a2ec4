#include "attachments/attachmentlist.h"

#include "lockicon.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Actes {

// --- The list -----------------------------------------------------------------------------

AttachmentList::AttachmentList(QWidget *parent) : QListWidget(parent)
{
    setObjectName(u"attachmentList"_s);
    setItemDelegate(new AttachmentDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(true);
    setUniformItemSizes(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void AttachmentList::setEditable(bool editable)
{
    m_editable = editable;
    setDragEnabled(editable);
    setEditTriggers(editable ? QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked
                             : QAbstractItemView::NoEditTriggers);
}

void AttachmentList::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

QStringList AttachmentList::localFiles(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    const QList<QUrl> urls = data->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

Qt::DropActions AttachmentList::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

void AttachmentList::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_editable) {
        event->ignore();
    } else if (event->source() == this) {
        QListWidget::dragEnterEvent(event);
    } else if (!localFiles(event->mimeData()).isEmpty()) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void AttachmentList::dragMoveEvent(QDragMoveEvent *event)
{
    if (!m_editable) {
        event->ignore();
    } else if (event->source() == this) {
        QListWidget::dragMoveEvent(event);
    } else if (!localFiles(event->mimeData()).isEmpty()) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void AttachmentList::dropEvent(QDropEvent *event)
{
    if (!m_editable) {
        event->ignore();
        return;
    }
    if (event->source() != this) {
        const QStringList paths = localFiles(event->mimeData());
        if (paths.isEmpty()) {
            event->ignore();
            return;
        }
        event->setDropAction(Qt::CopyAction);
        event->accept();
        emit filesDropped(paths);
        return;
    }
    // A row dragged within the list: where it lands, counted once it has left its place. The
    // drop is reported as a copy so that the view removes nothing; the document's new order
    // rebuilds the rows.
    const int from = currentRow();
    const QPoint pos = event->position().toPoint();
    const QModelIndex target = indexAt(pos);
    int to = count();
    if (target.isValid()) {
        to = target.row();
        const QRect rect = visualRect(target);
        if (pos.y() > rect.center().y())
            ++to;
    }
    if (to > from)
        --to;
    event->setDropAction(Qt::CopyAction);
    event->accept();
    stopAutoScroll();
    setState(QAbstractItemView::NoState);
    viewport()->update();
    if (from >= 0 && to != from)
        emit moveRequested(from, to);
}

void AttachmentList::paintEvent(QPaintEvent *event)
{
    QListWidget::paintEvent(event);
    if (count() > 0 || m_placeholder.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                     m_placeholder);
}

// --- The rows -----------------------------------------------------------------------------

QSize AttachmentDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return QSize(200, std::max(IconSize, fm.height() * 2 + fm.leading() + 2) + 2 * Margin);
}

void AttachmentDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                              const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    const QRect r = option.rect.adjusted(Margin + IconSize + Margin - 3, Margin - 3, -Margin, 0);
    editor->setGeometry(QRect(r.left(), r.top(), r.width(), fm.height() + 6));
}

void AttachmentDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    const QIcon icon = opt.icon;
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor titleColour = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor detailColour = selected ? titleColour : opt.palette.color(group, QPalette::PlaceholderText);
    // Members only: a warm colour that reads on light and dark themes, and a padlock.
    const bool membersOnly = index.data(AttachmentList::MembersOnlyRole).toBool();
    const QColor restrictedColour = selected ? titleColour : QColor(0xb3, 0x4d, 0x00);

    const QRect r = opt.rect.adjusted(Margin, Margin, -Margin, -Margin);
    icon.paint(painter, QRect(r.left(), r.top() + (r.height() - IconSize) / 2, IconSize, IconSize), Qt::AlignCenter,
               group == QPalette::Disabled ? QIcon::Disabled : QIcon::Normal);
    const QRect textRect = r.adjusted(IconSize + Margin, 0, 0, 0);

    painter->save();
    const QFontMetrics fm(opt.font);
    painter->setFont(opt.font);
    painter->setPen(titleColour);
    const QRect titleRect(textRect.left(), textRect.top(), textRect.width(), fm.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(title, Qt::ElideRight, titleRect.width()));

    QFont detailFont = opt.font;
    detailFont.setPointSizeF(opt.font.pointSizeF() * 0.92);
    const QFontMetrics dfm(detailFont);
    QRect line(textRect.left(), titleRect.bottom() + 2 + fm.leading(), textRect.width(), dfm.height());
    // The visibility first, so that it is never elided away.
    const QString visibility = index.data(AttachmentList::VisibilityRole).toString();
    if (membersOnly) {
        const int lock = dfm.height() - 2;
        lockIcon(opt.palette).paint(painter, QRect(line.left(), line.top() + 1, lock, lock));
        line.setLeft(line.left() + lock + 3);
        QFont bold = detailFont;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(restrictedColour);
        const QFontMetrics bfm(bold);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, visibility);
        line.setLeft(line.left() + bfm.horizontalAdvance(visibility));
    } else {
        painter->setFont(detailFont);
        painter->setPen(detailColour);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, visibility);
        line.setLeft(line.left() + dfm.horizontalAdvance(visibility));
    }
    painter->setFont(detailFont);
    painter->setPen(detailColour);
    const QString detail = u" · "_s + index.data(AttachmentList::DetailRole).toString();
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, dfm.elidedText(detail, Qt::ElideRight, line.width()));
    painter->restore();
}

} // namespace Actes
