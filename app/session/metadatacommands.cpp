#include "session/metadatacommands.h"

namespace Actes {

ChangeTypeCommand::ChangeTypeCommand(MetadataTarget *target, const QString &oldType,
                                     const QString &newType, QUndoCommand *parent)
    : ChangeMetadataCommand(target, oldType, newType, 0, tr("Change resource type"), parent)
{
}

void ChangeTypeCommand::apply(const QString &value)
{
    target()->setTypeValue(value);
}

ChangePrivateCommand::ChangePrivateCommand(MetadataTarget *target, PrivateFlag oldFlag,
                                           PrivateFlag newFlag, QUndoCommand *parent)
    : ChangeMetadataCommand(target, oldFlag, newFlag, 0,
                            newFlag.isPrivate ? tr("Mark as private") : tr("Mark as public"),
                            parent)
{
}

void ChangePrivateCommand::apply(const PrivateFlag &value)
{
    target()->setPrivateValue(value.isPrivate, value.confirmed);
}

ChangeDatesCommand::ChangeDatesCommand(MetadataTarget *target, EventDates oldDates,
                                       EventDates newDates, int mergeKey, QUndoCommand *parent)
    : ChangeMetadataCommand(target, oldDates, newDates, mergeKey, tr("Change event date"), parent)
{
}

void ChangeDatesCommand::apply(const EventDates &value)
{
    target()->setDatesValue(value.start, value.end);
}

ChangePlaceCommand::ChangePlaceCommand(MetadataTarget *target, const QString &oldPlace,
                                       const QString &newPlace, int mergeKey, QUndoCommand *parent)
    : ChangeMetadataCommand(target, oldPlace, newPlace, mergeKey, tr("Change place"), parent)
{
}

void ChangePlaceCommand::apply(const QString &value)
{
    target()->setPlaceValue(value);
}

ChangeAttendanceCommand::ChangeAttendanceCommand(MetadataTarget *target,
                                                 std::optional<int> oldValue,
                                                 std::optional<int> newValue, int mergeKey,
                                                 QUndoCommand *parent)
    : ChangeMetadataCommand(target, oldValue, newValue, mergeKey, tr("Change attendance"), parent)
{
}

void ChangeAttendanceCommand::apply(const std::optional<int> &value)
{
    target()->setAttendanceValue(value);
}

ChangeParticipantsCommand::ChangeParticipantsCommand(MetadataTarget *target,
                                                     const QList<Participant> &oldList,
                                                     const QList<Participant> &newList,
                                                     const QString &text, QUndoCommand *parent)
    : ChangeMetadataCommand(target, oldList, newList, 0, text, parent)
{
}

void ChangeParticipantsCommand::apply(const QList<Participant> &value)
{
    target()->setParticipantsValue(value);
}

ChangePartnersCommand::ChangePartnersCommand(MetadataTarget *target, const QList<Partner> &oldList,
                                             const QList<Partner> &newList, const QString &text,
                                             QUndoCommand *parent)
    : ChangeMetadataCommand(target, oldList, newList, 0, text, parent)
{
}

void ChangePartnersCommand::apply(const QList<Partner> &value)
{
    target()->setPartnersValue(value);
}

ConfirmImportCommand::ConfirmImportCommand(MetadataTarget *target, const ImportReview &oldValue,
                                           QUndoCommand *parent)
    : ChangeMetadataCommand(target, oldValue, ImportReview{}, 0, tr("Confirm the import"), parent)
{
}

void ConfirmImportCommand::apply(const ImportReview &value)
{
    target()->setImportReviewValue(value.needsReview, value.note);
}

} // namespace Actes
