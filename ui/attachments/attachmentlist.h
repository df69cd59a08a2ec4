#pragma once

#include <QListWidget>
#include <QStyledItemDelegate>

namespace Actes {

// The rows of the Documents panel: the type's icon, the title (renamed in place: F2 or a
// double click) and, on a second line, the visibility (members only in a colour of its own,
// with a padlock) then the kind and the type and size (or the link's address).
//
// Rows are reordered by dragging them (moveRequested(); the panel pushes the command, the list
// is rebuilt from the document); files dropped from the file manager are announced by
// filesDropped(). The list itself changes nothing.
class AttachmentList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentList)
public:
    enum Role {
        DetailRole = Qt::UserRole + 1,   // "Slides · PDF, 2.3 MB"
        MembersOnlyRole,                 // bool
        VisibilityRole,                  // "Public" / "Members only" (translated)
    };

    explicit AttachmentList(QWidget *parent = nullptr);

    // While false, nothing may be dropped or dragged (a read-only library, no open resource).
    void setEditable(bool editable);
    // Shown in the empty list.
    void setPlaceholderText(const QString &text);

    // The local files of a drag from the file manager (empty when it holds none).
    static QStringList localFiles(const QMimeData *data);

signals:
    void filesDropped(const QStringList &paths);
    // Drag a row from `from` to the place `to` (its index in the list once moved).
    void moveRequested(int from, int to);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    Qt::DropActions supportedDropActions() const override;

private:
    bool m_editable = true;
    QString m_placeholder;
};

// Paints a row of AttachmentList on two lines; the title's editor covers the first line.
class AttachmentDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentDelegate)
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    static constexpr int IconSize = 32;
    static constexpr int Margin = 6;
};

} // namespace Actes
