#include "session/metadatacommands.h"

namespace Actes {

ChangeTypeCommand::ChangeTypeCommand(ResourceDocument *document, const QString &oldType,
                                     const QString &newType, QUndoCommand *parent)
    : ChangeMetadataCommand(document, oldType, newType, 0, tr("Change resource type"), parent)
{
}

void ChangeTypeCommand::apply(const QString &value)
{
    document()->setType(value);
}

ChangePrivateCommand::ChangePrivateCommand(ResourceDocument *document, PrivateFlag oldFlag,
                                           PrivateFlag newFlag, QUndoCommand *parent)
    : ChangeMetadataCommand(document, oldFlag, newFlag, 0,
                            newFlag.isPrivate ? tr("Mark as private") : tr("Mark as public"),
                            parent)
{
}

void ChangePrivateCommand::apply(const PrivateFlag &value)
{
    document()->setPrivateFlag(value);
}

ChangeDatesCommand::ChangeDatesCommand(ResourceDocument *document, EventDates oldDates,
                                       EventDates newDates, int mergeKey, QUndoCommand *parent)
    : ChangeMetadataCommand(document, oldDates, newDates, mergeKey, tr("Change event date"), parent)
{
}

void ChangeDatesCommand::apply(const EventDates &value)
{
    document()->setDates(value);
}

ChangePlaceCommand::ChangePlaceCommand(ResourceDocument *document, const QString &oldPlace,
                                       const QString &newPlace, int mergeKey, QUndoCommand *parent)
    : ChangeMetadataCommand(document, oldPlace, newPlace, mergeKey, tr("Change place"), parent)
{
}

void ChangePlaceCommand::apply(const QString &value)
{
    document()->setPlace(value);
}

ChangeAttendanceCommand::ChangeAttendanceCommand(ResourceDocument *document,
                                                 std::optional<int> oldValue,
                                                 std::optional<int> newValue, int mergeKey,
                                                 QUndoCommand *parent)
    : ChangeMetadataCommand(document, oldValue, newValue, mergeKey, tr("Change attendance"), parent)
{
}

void ChangeAttendanceCommand::apply(const std::optional<int> &value)
{
    document()->setAttendance(value);
}

ChangeParticipantsCommand::ChangeParticipantsCommand(ResourceDocument *document,
                                                     const QList<Participant> &oldList,
                                                     const QList<Participant> &newList,
                                                     const QString &text, QUndoCommand *parent)
    : ChangeMetadataCommand(document, oldList, newList, 0, text, parent)
{
}

void ChangeParticipantsCommand::apply(const QList<Participant> &value)
{
    document()->setParticipants(value);
}

ChangePartnersCommand::ChangePartnersCommand(ResourceDocument *document, const QList<Partner> &oldList,
                                             const QList<Partner> &newList, const QString &text,
                                             QUndoCommand *parent)
    : ChangeMetadataCommand(document, oldList, newList, 0, text, parent)
{
}

void ChangePartnersCommand::apply(const QList<Partner> &value)
{
    document()->setPartners(value);
}

ChangeAttachmentsCommand::ChangeAttachmentsCommand(ResourceDocument *document, const QList<Attachment> &oldList,
                                                   const QList<Attachment> &newList, const QString &text,
                                                   QUndoCommand *parent)
    : ChangeMetadataCommand(document, oldList, newList, 0, text, parent)
{
}

void ChangeAttachmentsCommand::apply(const QList<Attachment> &value)
{
    document()->setAttachments(value);
}

ChangeDismissedChecksCommand::ChangeDismissedChecksCommand(ResourceDocument *document, const QStringList &oldKeys,
                                                           const QStringList &newKeys, const QString &text,
                                                           QUndoCommand *parent)
    : ChangeMetadataCommand(document, oldKeys, newKeys, 0, text, parent)
{
}

void ChangeDismissedChecksCommand::apply(const QStringList &value)
{
    document()->setDismissedChecks(value);
}

ConfirmImportCommand::ConfirmImportCommand(ResourceDocument *document, const ImportReview &oldValue,
                                           QUndoCommand *parent)
    : ChangeMetadataCommand(document, oldValue, ImportReview{}, 0, tr("Confirm the import"), parent)
{
}

void ConfirmImportCommand::apply(const ImportReview &value)
{
    document()->setImportReview(value);
}

} // namespace Actes
