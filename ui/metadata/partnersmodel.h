#pragma once

#include "domain/resource.h"
#include "metadata/linklistmodel.h"

namespace Actes {

// The partner organisations of the resource shown in the metadata panel, with their role.
class PartnersModel final : public LinkListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnersModel)
public:
    enum Column { NameColumn, RoleColumn, ColumnCount };

    explicit PartnersModel(QObject *parent = nullptr);

    const QList<Partner> &partners() const { return m_partners; }
    void setPartners(const QList<Partner> &partners);
    void setDirectory(const QList<Organisation> &organisations);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void requestAppendRow() override;
    void requestRemoveRows(QList<int> rows) override;
    void requestMoveRow(int row, int delta) override;

signals:
    void changeRequested(const QList<Partner> &partners, const QString &undoText);

private:
    QList<Partner> m_partners;
    QList<Organisation> m_organisations;
};

} // namespace Actes
