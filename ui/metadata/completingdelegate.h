#pragma once

#include <QHash>
#include <QPointer>
#include <QStyledItemDelegate>

class QAbstractItemModel;

namespace Actes {

// Edits text cells with a QLineEdit that completes from a per-column model
// (people, organisations, roles...). For the "person" column, choosing a suggestion writes
// the suggestion's id with a dedicated role instead of the text, so the row can be filled
// from the directory.
class CompletingDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompletingDelegate)
public:
    static constexpr int CompletionRole = Qt::UserRole + 20; // text inserted by the completer
    static constexpr int IdRole = Qt::UserRole + 21;         // id of a directory entry

    explicit CompletingDelegate(QObject *parent = nullptr);

    // model's rows are suggestions; the completer matches and inserts CompletionRole when
    // present, otherwise DisplayRole.
    void setCompletionModel(int column, QAbstractItemModel *model, int completionRole = CompletionRole);
    // On this column, a chosen suggestion is written as setData(IdRole value, idTargetRole).
    void setIdColumn(int column, int idTargetRole);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    struct Completion
    {
        QPointer<QAbstractItemModel> model;
        int role = CompletionRole;
    };
    QHash<int, Completion> m_completions;
    int m_idColumn = -1;
    int m_idTargetRole = -1;
};

} // namespace Actes
