#pragma once

#include "domain/resource.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QUndoStack;

namespace Actes {

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

// The open resource as a model, without widgets: the working Resource, one signal per field,
// and the undo stack of its metadata edits (type, private flag, dates, place, attendance,
// participants, partners, attachments, dismissed checks, the import's doubt). The metadata commands
// (session/metadatacommands.h) change it through its setters; the metadata panel shows it and
// follows its signals; EditSession loads it and saves what content() returns. The text
// (title, summary, body) is edited in the editor's QTextDocuments, which keep their own undo;
// the document only carries the text it was given.
class ResourceDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceDocument)
public:
    explicit ResourceDocument(QObject *parent = nullptr);
    ~ResourceDocument() override;

    // Replaces every field (no field signal, no undo entry) and emits loaded(). The undo stack
    // is emptied when another resource (another id) is loaded: the commands of one resource never
    // act on another. The dates are made consistent (an end before the start follows the start).
    void load(const Resource &resource);
    // No resource: empty fields, empty undo stack; emits loaded() with isOpen() false.
    void clear();
    // False after clear(): nothing to show, nothing to check.
    bool isOpen() const { return m_open; }

    // The working resource as edited: rows without a name included, the place as typed.
    const Resource &resource() const { return m_resource; }
    // What is saved: the working resource with rows without a name left out, the place
    // trimmed and the end date never before the start.
    Resource content() const;
    // Writes the metadata as content() has it into resource (type, private flag, import
    // review, dates, place, attendance, participants, partners, attachments, dismissed
    // checks); title, summary, body, status
    // and the stored fields (id, version, times) are left alone.
    void applyMetadataTo(Resource &resource) const;

    // Metadata edits; the stack's clean state is the last save (markSaved()).
    QUndoStack *undoStack() const { return m_undoStack; }
    // After a save: the stack is clean here.
    void markSaved();

    QString title() const { return m_resource.title; }
    QString type() const { return m_resource.type; }
    PrivateFlag privateFlag() const { return {m_resource.isPrivate, m_resource.privateConfirmed}; }
    EventDates dates() const { return {m_resource.dateStart, m_resource.dateEnd}; }
    QString place() const { return m_resource.place; }
    std::optional<int> attendance() const { return m_resource.attendance; }
    const QList<Participant> &participants() const { return m_resource.participants; }
    const QList<Partner> &partners() const { return m_resource.partners; }
    const QList<Attachment> &attachments() const { return m_resource.attachments; }
    const QStringList &dismissedChecks() const { return m_resource.dismissedChecks; }
    ImportReview importReview() const { return {m_resource.needsReview, m_resource.reviewNote}; }
    Status status() const { return m_resource.status; }

    // Each setter changes its field and emits the field's signal, then changed(), only when
    // the value differs. Metadata setters are called by the undo commands (never push here);
    // the status and the text by the session (after a save, or without an editor).
    void setTitle(const QString &title);
    void setSummaryHtml(const QString &html);
    void setBodyHtml(const QString &html);
    void setType(const QString &type);
    void setPrivateFlag(PrivateFlag flag);
    void setDates(EventDates dates);
    void setPlace(const QString &place);
    void setAttendance(std::optional<int> attendance);
    void setParticipants(const QList<Participant> &participants);
    void setPartners(const QList<Partner> &partners);
    void setAttachments(const QList<Attachment> &attachments);
    void setDismissedChecks(const QStringList &keys);
    void setImportReview(const ImportReview &review);
    void setStatus(Status status);
    // Every field of content through the setters above (signals for what changed);
    // the stored fields (id, version, times) are taken as they are.
    void setContent(const Resource &content);

signals:
    // Every field was replaced (load(), clear()).
    void loaded();
    void titleChanged(const QString &title);
    void summaryChanged();
    void bodyChanged();
    void typeChanged(const QString &type);
    void privateFlagChanged(Actes::PrivateFlag flag);
    void datesChanged(Actes::EventDates dates);
    void placeChanged(const QString &place);
    void attendanceChanged(std::optional<int> attendance);
    void participantsChanged(const QList<Actes::Participant> &participants);
    void partnersChanged(const QList<Actes::Partner> &partners);
    void attachmentsChanged(const QList<Actes::Attachment> &attachments);
    void dismissedChecksChanged(const QStringList &keys);
    void importReviewChanged(Actes::ImportReview review);
    void statusChanged(Actes::Status status);
    // After any field's signal (not after loaded()).
    void changed();

private:
    Resource m_resource;
    bool m_open = false;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace Actes
