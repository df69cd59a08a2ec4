#include "metadata/partnersmodel.h"

#include <algorithm>

namespace Actes {

PartnersModel::PartnersModel(QObject *parent)
    : LinkListModel(parent)
{
}

void PartnersModel::setPartners(const QList<Partner> &partners)
{
    const int oldCount = int(m_partners.size());
    const int newCount = int(partners.size());
    if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_partners.resize(newCount);
        endRemoveRows();
    }
    for (int row = 0; row < std::min(oldCount, newCount); ++row) {
        if (m_partners.at(row) != partners.at(row)) {
            m_partners[row] = partners.at(row);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        for (int row = oldCount; row < newCount; ++row)
            m_partners.append(partners.at(row));
        endInsertRows();
    }
}

void PartnersModel::setDirectory(const QList<Organisation> &organisations)
{
    m_organisations = organisations;
}

int PartnersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_partners.size());
}

int PartnersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Partner &p = m_partners.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return index.column() == NameColumn ? p.name : p.role;
    return {};
}

QVariant PartnersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return LinkListModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Organisation") : tr("Role");
}

Qt::ItemFlags PartnersModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = LinkListModel::flags(index);
    if (index.isValid() && !m_readOnly)
        f |= Qt::ItemIsEditable;
    return f;
}

bool PartnersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_readOnly || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    QList<Partner> list = m_partners;
    Partner &p = list[index.row()];
    const QString text = value.toString().trimmed();
    if (index.column() == NameColumn) {
        p.name = text;
        // Point at the directory entry with exactly this name, or let the repository create it.
        auto it = std::find_if(m_organisations.cbegin(), m_organisations.cend(),
                               [&](const Organisation &o) { return o.name == text; });
        p.organisationId = it != m_organisations.cend() ? it->id : 0;
    } else {
        p.role = text;
    }
    if (list == m_partners)
        return true;
    emit changeRequested(list, tr("Edit partner"));
    return true;
}

void PartnersModel::requestAppendRow()
{
    if (m_readOnly)
        return;
    QList<Partner> list = m_partners;
    list.append(Partner{});
    emit changeRequested(list, tr("Add partner"));
}

void PartnersModel::requestRemoveRows(QList<int> rows)
{
    if (m_readOnly || rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<Partner> list = m_partners;
    for (int row : std::as_const(rows)) {
        if (row >= 0 && row < list.size())
            list.removeAt(row);
    }
    emit changeRequested(list, rows.size() == 1 ? tr("Remove partner") : tr("Remove partners"));
}

void PartnersModel::requestMoveRow(int row, int delta)
{
    const int target = row + delta;
    if (m_readOnly || row < 0 || row >= m_partners.size() || target < 0
        || target >= m_partners.size())
        return;
    QList<Partner> list = m_partners;
    list.move(row, target);
    emit changeRequested(list, tr("Move partner"));
}

} // namespace Actes
