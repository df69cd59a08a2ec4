#include "metadata/completingdelegate.h"

#include <QAbstractItemModel>
#include <QCompleter>
#include <QLineEdit>

namespace Actes {

namespace {
constexpr char ChosenIdProperty[] = "actesChosenId";
constexpr char ChosenTextProperty[] = "actesChosenText";
}

CompletingDelegate::CompletingDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void CompletingDelegate::setCompletionModel(int column, QAbstractItemModel *model, int completionRole)
{
    m_completions.insert(column, Completion{model, completionRole});
}

void CompletingDelegate::setIdColumn(int column, int idTargetRole)
{
    m_idColumn = column;
    m_idTargetRole = idTargetRole;
}

QWidget *CompletingDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                          const QModelIndex &index) const
{
    auto *edit = new QLineEdit(parent);
    edit->setFrame(false);
    const Completion completion = m_completions.value(index.column());
    if (completion.model) {
        auto *completer = new QCompleter(completion.model, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCompletionRole(completion.role);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        completer->setMaxVisibleItems(8);
        edit->setCompleter(completer);
        if (index.column() == m_idColumn) {
            connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), edit,
                    [edit, role = completion.role](const QModelIndex &chosen) {
                        edit->setProperty(ChosenIdProperty, chosen.data(IdRole));
                        edit->setProperty(ChosenTextProperty, chosen.data(role));
                    });
        }
    }
    return edit;
}

void CompletingDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        edit->setText(index.data(Qt::EditRole).toString());
}

void CompletingDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit)
        return;
    const QVariant chosenId = edit->property(ChosenIdProperty);
    if (index.column() == m_idColumn && chosenId.isValid()
        && edit->text().trimmed() == edit->property(ChosenTextProperty).toString().trimmed()) {
        model->setData(index, chosenId, m_idTargetRole);
        return;
    }
    model->setData(index, edit->text(), Qt::EditRole);
}

} // namespace Actes
