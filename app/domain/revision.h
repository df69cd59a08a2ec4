#pragma once

#include "domain/resource.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Actes {

// Why a revision was recorded. Only consecutive Edit (or Create) revisions of one author are
// coalesced into one editing session; every other cause starts a new revision.
enum class RevisionCause {
    Create,         // the resource was created
    Edit,           // a save of content or metadata (editor, autosave, CLI)
    StatusChange,   // changeStatus(), or a save that changed the status
    Restore,        // restoreRevision()
    Import,         // a write made while the repository's revision cause was Import
    Baseline,       // the state found in a library made before revisions existed
};

QString revisionCauseKey(RevisionCause cause);      // "create", "edit", ... (stored, stable)
std::optional<RevisionCause> revisionCauseFromKey(const QString &key);
QString revisionCauseLabel(RevisionCause cause);    // translated, for display

// One stored revision of a resource, without its snapshot (see revisionSnapshot()).
struct RevisionInfo
{
    qint64 id = 0;                      // global id, for revisionSnapshot() / restoreRevision()
    qint64 resourceId = 0;
    int number = 0;                     // 1, 2, 3... per resource; never reused
    QDateTime at;                       // UTC; for a coalesced session, the time of its last save
    QString author;
    QStringList changedFields;          // keys of RevisionFields, in display order
    Status status = Status::Draft;      // status of the resource in this revision
    bool approved = false;              // made by a change to Approved or Published: kept forever
    RevisionCause cause = RevisionCause::Edit;
    int restoredFrom = 0;               // for Restore: the number of the revision brought back

    friend bool operator==(const RevisionInfo &, const RevisionInfo &) = default;
};

// The fields a revision can report as changed, as stable keys.
namespace RevisionFields {
inline constexpr char16_t Title[] = u"title";
inline constexpr char16_t Type[] = u"type";
inline constexpr char16_t Private[] = u"private";         // isPrivate or privateConfirmed
inline constexpr char16_t Status[] = u"status";
inline constexpr char16_t Dates[] = u"dates";             // dateStart or dateEnd
inline constexpr char16_t Place[] = u"place";
inline constexpr char16_t Attendance[] = u"attendance";
inline constexpr char16_t Summary[] = u"summary";
inline constexpr char16_t Body[] = u"body";
inline constexpr char16_t Participants[] = u"participants";
inline constexpr char16_t Partners[] = u"partners";
inline constexpr char16_t Review[] = u"review";           // needsReview or reviewNote
inline constexpr char16_t Attachments[] = u"attachments"; // attached documents (any of their values or order)
inline constexpr char16_t DismissedChecks[] = u"dismissedChecks";   // warnings a person dismissed

// Every key, in display order.
QStringList all();
// Translated name of a field key ("Title", "Summary"...), the key itself when unknown.
QString label(const QString &key);
// Keys of the fields that differ between two states of a resource (ids, times and version
// are ignored), in display order. Participants and partners compare by their shown values,
// not by directory ids.
QStringList changed(const Resource &older, const Resource &newer);
} // namespace RevisionFields

} // namespace Actes
