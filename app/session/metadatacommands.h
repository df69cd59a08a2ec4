#pragma once

#include "domain/resource.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUndoCommand>

#include <optional>

namespace Actes {

// What a metadata undo command acts on: the metadata editor (MetadataPanel implements it).
// Each setter puts the value back into the editor and announces the change; it must not
// push anything on the undo stack.
class MetadataTarget
{
public:
    virtual ~MetadataTarget() = default;

    virtual void setTypeValue(const QString &type) = 0;
    virtual void setPrivateValue(bool isPrivate, bool confirmed) = 0;
    virtual void setDatesValue(const QDate &start, const QDate &end) = 0;
    virtual void setPlaceValue(const QString &place) = 0;
    virtual void setAttendanceValue(std::optional<int> attendance) = 0;
    virtual void setParticipantsValue(const QList<Participant> &participants) = 0;
    virtual void setPartnersValue(const QList<Partner> &partners) = 0;
    virtual void setImportReviewValue(bool needsReview, const QString &note) = 0;
};

// Merge ids of the metadata commands, in one place (QUndoCommand::id()).
enum MetadataCommandId {
    ChangeTypeId = 1001,
    ChangePrivateId,
    ChangeDatesId,
    ChangePlaceId,
    ChangeAttendanceId,
    ChangeParticipantsId,
    ChangePartnersId,
    ConfirmImportId,
};

// The dates of an event: both invalid = unknown; end == start for a one-day event.
struct EventDates
{
    QDate start;
    QDate end;
    friend bool operator==(const EventDates &, const EventDates &) = default;
};

// What the importer was unsure of (Resource::needsReview and reviewNote).
struct ImportReview
{
    bool needsReview = false;
    QString note;
    friend bool operator==(const ImportReview &, const ImportReview &) = default;
};

struct PrivateFlag
{
    bool isPrivate = false;
    bool confirmed = false;
    friend bool operator==(const PrivateFlag &, const PrivateFlag &) = default;
};

// Common part: an old and a new value, applied through the target.
// Commands with the same merge id and the same non-zero mergeKey merge (typing in one field:
// the editor gives each stretch of typing in a field its own key).
template<typename T>
class ChangeMetadataCommand : public QUndoCommand
{
public:
    ChangeMetadataCommand(MetadataTarget *target, T oldValue, T newValue, int mergeKey,
                          const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_target(target), m_oldValue(std::move(oldValue)),
          m_newValue(std::move(newValue)), m_mergeKey(mergeKey)
    {
        setObsolete(m_oldValue == m_newValue);
    }

    void undo() override { apply(m_oldValue); }
    void redo() override { apply(m_newValue); }

    bool mergeWith(const QUndoCommand *other) override
    {
        if (other->id() != id() || m_mergeKey == 0)
            return false;
        auto *o = static_cast<const ChangeMetadataCommand<T> *>(other);
        if (o->m_target != m_target || o->m_mergeKey != m_mergeKey)
            return false;
        m_newValue = o->m_newValue;
        setObsolete(m_oldValue == m_newValue);
        return true;
    }

    const T &oldValue() const { return m_oldValue; }
    const T &newValue() const { return m_newValue; }

protected:
    virtual void apply(const T &value) = 0;
    MetadataTarget *target() const { return m_target; }

private:
    MetadataTarget *m_target = nullptr;
    T m_oldValue;
    T m_newValue;
    int m_mergeKey = 0;
};

class ChangeTypeCommand final : public ChangeMetadataCommand<QString>
{
    Q_DECLARE_TR_FUNCTIONS(Actes::ChangeTypeCommand)
public:
    ChangeTypeCommand(MetadataTarget *target, const QString &oldType, const QString &newType,
                      QUndoCommand *parent = nullptr);
    int id() const override { return ChangeTypeId; }

protected:
    void apply(const QString &value) override;
};

class ChangePrivateCommand final : public ChangeMetadataCommand<PrivateFlag>
{
    Q_DECLARE_TR_FUNCTIONS(Actes::ChangePrivateCommand)
public:
    ChangePrivateCommand(MetadataTarget *target, PrivateFlag oldFlag, PrivateFlag newFlag,
                         QUndoCommand *parent = nullptr);
    int id() const override { return ChangePrivateId; }

protected:
    void apply(const PrivateFlag &value) override;
};

class ChangeDatesCommand final : public ChangeMetadataCommand<EventDates>
{
    Q_DECLARE_TR_FUNCTIONS(Actes::ChangeDatesCommand)
public:
    ChangeDatesCommand(MetadataTarget *target, EventDates oldDates, EventDates newDates,
                       int mergeKey = 0, QUndoCommand *parent = nullptr);
    int id() const override { return ChangeDatesId; }

protected:
    void apply(const EventDates &value) override;
};

class ChangePlaceCommand final : public ChangeMetadataCommand<QString>
{
    Q_DECLARE_TR_FUNCTIONS(Actes::ChangePlaceCommand)
public:
    ChangePlaceCommand(MetadataTarget *target, const QString &oldPlace, const QString &newPlace,
                       int mergeKey = 0, QUndoCommand *parent = nullptr);
    int id() const override { return ChangePlaceId; }

protected:
    void apply(const QString &value) override;
};

class ChangeAttendanceCommand final : public ChangeMetadataCommand<std::optional<int>>
{
    Q_DECLARE_TR_FUNCTIONS(Actes::ChangeAttendanceCommand)
public:
    ChangeAttendanceCommand(MetadataTarget *target, std::optional<int> oldValue,
                            std::optional<int> newValue, int mergeKey = 0,
                            QUndoCommand *parent = nullptr);
    int id() const override { return ChangeAttendanceId; }

protected:
    void apply(const std::optional<int> &value) override;
};

// Any change to the participant list (add, remove, move, edit a cell); text says which.
class ChangeParticipantsCommand final : public ChangeMetadataCommand<QList<Participant>>
{
    Q_DECLARE_TR_FUNCTIONS(Actes::ChangeParticipantsCommand)
public:
    ChangeParticipantsCommand(MetadataTarget *target, const QList<Participant> &oldList,
                              const QList<Participant> &newList, const QString &text,
                              QUndoCommand *parent = nullptr);
    int id() const override { return ChangeParticipantsId; }

protected:
    void apply(const QList<Participant> &value) override;
};

class ChangePartnersCommand final : public ChangeMetadataCommand<QList<Partner>>
{
    Q_DECLARE_TR_FUNCTIONS(Actes::ChangePartnersCommand)
public:
    ChangePartnersCommand(MetadataTarget *target, const QList<Partner> &oldList,
                          const QList<Partner> &newList, const QString &text,
                          QUndoCommand *parent = nullptr);
    int id() const override { return ChangePartnersId; }

protected:
    void apply(const QList<Partner> &value) override;
};

// "Checked": a person confirms what the importer was unsure of (the doubt and its note go).
class ConfirmImportCommand final : public ChangeMetadataCommand<ImportReview>
{
    Q_DECLARE_TR_FUNCTIONS(Actes::ConfirmImportCommand)
public:
    ConfirmImportCommand(MetadataTarget *target, const ImportReview &oldValue, QUndoCommand *parent = nullptr);
    int id() const override { return ConfirmImportId; }

protected:
    void apply(const ImportReview &value) override;
};

} // namespace Actes
