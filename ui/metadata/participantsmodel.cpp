#include "metadata/participantsmodel.h"

#include <algorithm>

namespace Actes {

ParticipantsModel::ParticipantsModel(QObject *parent)
    : LinkListModel(parent)
{
}

void ParticipantsModel::setParticipants(const QList<Participant> &participants)
{
    const int oldCount = int(m_participants.size());
    const int newCount = int(participants.size());
    if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_participants.resize(newCount);
        endRemoveRows();
    }
    for (int row = 0; row < std::min(oldCount, newCount); ++row) {
        if (m_participants.at(row) != participants.at(row)) {
            m_participants[row] = participants.at(row);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        for (int row = oldCount; row < newCount; ++row)
            m_participants.append(participants.at(row));
        endInsertRows();
    }
}

void ParticipantsModel::setDirectory(const QList<Person> &people)
{
    m_people = people;
}

int ParticipantsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_participants.size());
}

int ParticipantsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Participant &p = m_participants.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn: return p.name;
        case FunctionColumn: return p.function;
        case OrganisationColumn: return p.organisation;
        case RoleColumn: return p.role;
        default: return {};
        }
    }
    if (role == PersonIdRole)
        return p.personId;
    if (role == Qt::ToolTipRole && !p.name.isEmpty()) {
        const QString who = tr("%1 — %2, %3 — %4", "name — function, organisation — role")
                                .arg(p.name, p.function, p.organisation, p.role);
        return p.personId != 0
            ? tr("%1\n(in the address book)").arg(who)
            : tr("%1\n(added to the address book when the resource is saved)").arg(who);
    }
    return {};
}

QVariant ParticipantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return LinkListModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case FunctionColumn: return tr("Function");
    case OrganisationColumn: return tr("Organisation");
    case RoleColumn: return tr("Role");
    default: return {};
    }
}

Qt::ItemFlags ParticipantsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = LinkListModel::flags(index);
    if (index.isValid() && !m_readOnly)
        f |= Qt::ItemIsEditable;
    return f;
}

void ParticipantsModel::normalisePersonId(Participant &p) const
{
    if (p.personId == 0)
        return;
    auto it = std::find_if(m_people.cbegin(), m_people.cend(),
                           [&](const Person &person) { return person.id == p.personId; });
    if (it == m_people.cend() || it->name != p.name || it->function != p.function
        || it->organisation != p.organisation)
        p.personId = 0;
}

bool ParticipantsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_readOnly || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    QList<Participant> list = m_participants;
    Participant &p = list[index.row()];
    if (role == PersonIdRole) {
        const qint64 id = value.toLongLong();
        auto it = std::find_if(m_people.cbegin(), m_people.cend(),
                               [&](const Person &person) { return person.id == id; });
        if (it == m_people.cend())
            return false;
        p.personId = it->id;
        p.name = it->name;
        p.function = it->function;
        p.organisation = it->organisation;
    } else if (role == Qt::EditRole) {
        const QString text = value.toString().trimmed();
        switch (index.column()) {
        case NameColumn: p.name = text; break;
        case FunctionColumn: p.function = text; break;
        case OrganisationColumn: p.organisation = text; break;
        case RoleColumn: p.role = text; break;
        default: return false;
        }
        normalisePersonId(p);
    } else {
        return false;
    }
    if (list == m_participants)
        return true;
    emit changeRequested(list, tr("Edit participant"));
    return true;
}

void ParticipantsModel::requestAppendRow()
{
    if (m_readOnly)
        return;
    QList<Participant> list = m_participants;
    list.append(Participant{});
    emit changeRequested(list, tr("Add participant"));
}

void ParticipantsModel::requestRemoveRows(QList<int> rows)
{
    if (m_readOnly || rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<Participant> list = m_participants;
    for (int row : std::as_const(rows)) {
        if (row >= 0 && row < list.size())
            list.removeAt(row);
    }
    emit changeRequested(list, rows.size() == 1 ? tr("Remove participant") : tr("Remove participants"));
}

void ParticipantsModel::requestMoveRow(int row, int delta)
{
    const int target = row + delta;
    if (m_readOnly || row < 0 || row >= m_participants.size() || target < 0
        || target >= m_participants.size())
        return;
    QList<Participant> list = m_participants;
    list.move(row, target);
    emit changeRequested(list, tr("Move participant"));
}

} // namespace Actes
