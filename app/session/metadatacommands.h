#pragma once

#include "session/resourcedocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUndoCommand>

#include <optional>

namespace Actes {

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
    ChangeAttachmentsId,
    ChangeDismissedChecksId,
};

// Common part: an old and a new value, set on the document (ResourceDocument's setters).
// Commands with the same merge id and the same non-zero mergeKey merge (typing in one field:
// the editor gives each stretch of typing in a field its own key).
template<typename T>
class ChangeMetadataCommand : public QUndoCommand
{
public:
    ChangeMetadataCommand(ResourceDocument *document, T oldValue, T newValue, int mergeKey,
                          const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_document(document), m_oldValue(std::move(oldValue)),
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
        if (o->m_document != m_document || o->m_mergeKey != m_mergeKey)
            return false;
        m_newValue = o->m_newValue;
        setObsolete(m_oldValue == m_newValue);
        return true;
    }

    const T &oldValue() const { return m_oldValue; }
    const T &newValue() const { return m_newValue; }

protected:
    virtual void apply(const T &value) = 0;
    ResourceDocument *document() const { return m_document; }

private:
    ResourceDocument *m_document = nullptr;
    T m_oldValue;
    T m_newValue;
    int m_mergeKey = 0;
};

class ChangeTypeCommand final : public ChangeMetadataCommand<QString>
{
    Q_DECLARE_TR_FUNCTIONS(Actes::ChangeTypeCommand)
public:
    ChangeTypeCommand(ResourceDocument *document, const QString &oldType, const QString &newType,
                      QUndoCommand *parent = nullptr);
    int id() const override { return ChangeTypeId; }

protected:
    void apply(const QString &value) override;
};

class ChangePrivateCommand final : public ChangeMetadataCommand<PrivateFlag>
{
    Q_DECLARE_TR_FUNCTIONS(Actes::ChangePrivateCommand)
public:
    ChangePrivateCommand(ResourceDocument *document, PrivateFlag oldFlag, PrivateFlag newFlag,
                         QUndoCommand *parent = nullptr);
    int id() const override { return ChangePrivateId; }

protected:
    void apply(const PrivateFlag &value) override;
};

class ChangeDatesCommand final : public ChangeMetadataCommand<EventDates>
{
    Q_DECLARE_TR_FUNCTIONS(Actes::ChangeDatesCommand)
public:
    ChangeDatesCommand(ResourceDocument *document, EventDates oldDates, EventDates newDates,
                       int mergeKey = 0, QUndoCommand *parent = nullptr);
    int id() const override { return ChangeDatesId; }

protected:
    void apply(const EventDates &value) override;
};

class ChangePlaceCommand final : public ChangeMetadataCommand<QString>
{
    Q_DECLARE_TR_FUNCTIONS(Actes::ChangePlaceCommand)
public:
    ChangePlaceCommand(ResourceDocument *document, const QString &oldPlace, const QString &newPlace,
                       int mergeKey = 0, QUndoCommand *parent = nullptr);
    int id() const override { return ChangePlaceId; }

protected:
    void apply(const QString &value) override;
};

class ChangeAttendanceCommand final : public ChangeMetadataCommand<std::optional<int>>
{
    Q_DECLARE_TR_FUNCTIONS(Actes::ChangeAttendanceCommand)
public:
    ChangeAttendanceCommand(ResourceDocument *document, std::optional<int> oldValue,
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
    ChangeParticipantsCommand(ResourceDocument *document, const QList<Participant> &oldList,
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
    ChangePartnersCommand(ResourceDocument *document, const QList<Partner> &oldList,
                          const QList<Partner> &newList, const QString &text,
                          QUndoCommand *parent = nullptr);
    int id() const override { return ChangePartnersId; }

protected:
    void apply(const QList<Partner> &value) override;
};

// Any change to the attachment list (attach, remove, rename, move, kind, visibility); text
// says which ("Attach “programme.pdf”"). The content of a new file is stored before the
// command is pushed (AttachmentStore::storeAttachmentData); the list is saved with the resource.
class ChangeAttachmentsCommand final : public ChangeMetadataCommand<QList<Attachment>>
{
    Q_DECLARE_TR_FUNCTIONS(Actes::ChangeAttachmentsCommand)
public:
    ChangeAttachmentsCommand(ResourceDocument *document, const QList<Attachment> &oldList,
                             const QList<Attachment> &newList, const QString &text,
                             QUndoCommand *parent = nullptr);
    int id() const override { return ChangeAttachmentsId; }

protected:
    void apply(const QList<Attachment> &value) override;
};

// Dismisses (or brings back) warning checks of the resource (Resource::dismissedChecks).
class ChangeDismissedChecksCommand final : public ChangeMetadataCommand<QStringList>
{
    Q_DECLARE_TR_FUNCTIONS(Actes::ChangeDismissedChecksCommand)
public:
    ChangeDismissedChecksCommand(ResourceDocument *document, const QStringList &oldKeys,
                                 const QStringList &newKeys, const QString &text,
                                 QUndoCommand *parent = nullptr);
    int id() const override { return ChangeDismissedChecksId; }

protected:
    void apply(const QStringList &value) override;
};

// "Checked": a person confirms what the importer was unsure of (the doubt and its note go).
class ConfirmImportCommand final : public ChangeMetadataCommand<ImportReview>
{
    Q_DECLARE_TR_FUNCTIONS(Actes::ConfirmImportCommand)
public:
    ConfirmImportCommand(ResourceDocument *document, const ImportReview &oldValue, QUndoCommand *parent = nullptr);
    int id() const override { return ConfirmImportId; }

protected:
    void apply(const ImportReview &value) override;
};

} // namespace Actes
