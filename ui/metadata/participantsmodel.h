#pragma once

#include "domain/resource.h"
#include "metadata/linklistmodel.h"

namespace Actes {

// The participants of the resource shown in the metadata panel: name, function,
// organisation, role at this event.
class ParticipantsModel final : public LinkListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantsModel)
public:
    enum Column { NameColumn, FunctionColumn, OrganisationColumn, RoleColumn, ColumnCount };
    // setData(index of NameColumn, personId, PersonIdRole): the row becomes that known person
    // (name, function and organisation taken from the directory).
    static constexpr int PersonIdRole = Qt::UserRole + 1;

    explicit ParticipantsModel(QObject *parent = nullptr);

    const QList<Participant> &participants() const { return m_participants; }
    // Sets the list, emitting fine-grained signals (open editors stay open when rows remain).
    void setParticipants(const QList<Participant> &participants);
    void setDirectory(const QList<Person> &people);
    const QList<Person> &directory() const { return m_people; }

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
    void changeRequested(const QList<Participant> &participants, const QString &undoText);

private:
    // personId 0 when the row no longer matches the directory entry it pointed to.
    void normalisePersonId(Participant &p) const;

    QList<Participant> m_participants;
    QList<Person> m_people;
};

} // namespace Actes
