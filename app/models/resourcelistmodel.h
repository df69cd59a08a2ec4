#pragma once

#include "domain/resource.h"
#include "storage/resourcerepository.h"

#include <QAbstractTableModel>
#include <QCollatorSortKey>
#include <QIcon>
#include <QList>

#include <vector>

namespace Actes {

// The resource list: one hand-written table model over ResourceRepository::listResources().
// Only summaries are loaded (one query per reload, never one per row); sorting happens in
// memory on precomputed keys, so 100,000 rows stay responsive.
class ResourceListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceListModel)
public:
    enum Column { TitleColumn, DateColumn, TypeColumn, StatusColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,     // qint64
        PrivateRole,                   // bool
        SortRole,                      // the value used for sorting (date as ISO string...)
        EditorsRole,                   // QStringList: the other members editing it now
    };

    explicit ResourceListModel(QObject *parent = nullptr);
    ~ResourceListModel() override;

    void setRepository(ResourceRepository *repository);   // reloads
    ResourceRepository *repository() const { return m_repository; }

    void setFilter(const ResourceFilter &filter);          // reloads
    const ResourceFilter &filter() const { return m_filter; }

    // Loads the rows again with the current filter, keeping the current sort order.
    // Returns false (and emits loadFailed) when the repository throws.
    bool reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;                        // -1 when not listed
    const ResourceSummary &summaryAt(int row) const;
    QList<ResourceSummary> summaries() const;

    // Updates one listed row in place after a save (no reload, no re-sort).
    void updateSummary(const ResourceSummary &summary);

    // Who else is editing which resource (team library presence), by id: their rows show a
    // pencil and say "‹name› is editing" (tooltip, accessible text). Kept across reloads.
    void setEditors(const QHash<qint64, QStringList> &editors);
    QStringList editorsOf(qint64 id) const { return m_editors.value(id); }

signals:
    void loadFailed(const QString &message);
    void reloaded();

private:
    struct Row
    {
        ResourceSummary summary;
        QCollatorSortKey titleKey;
        // Formatted when first shown (a list of 100,000 rows shows a few dozen).
        mutable QString dateText;
    };
    Row makeRow(const ResourceSummary &summary) const;
    static const QString &dateTextOf(const Row &row);
    void sortRows();
    void rebuildIndex();

    ResourceRepository *m_repository = nullptr;
    ResourceFilter m_filter;
    std::vector<Row> m_rows;
    QHash<qint64, int> m_rowOfId;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    mutable QIcon m_lockIcon;
    mutable QIcon m_unconfirmedIcon;
    mutable QIcon m_editingIcon;
    QHash<qint64, QStringList> m_editors;
};

} // namespace Actes
