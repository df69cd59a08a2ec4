#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Actes {

// What an attached document is, as the website and the proceedings name it.
enum class AttachmentKind { Programme, Slides, Proceedings, Study, Photos, Video, Other };

QString attachmentKindKey(AttachmentKind kind);     // "programme", "slides", "proceedings", ...
std::optional<AttachmentKind> attachmentKindFromKey(const QString &key);
QString attachmentKindLabel(AttachmentKind kind);   // translated, for display ("Slides")
QList<AttachmentKind> allAttachmentKinds();

// A document kept with a resource: a file stored inside the library (its content is kept once
// per library, by its SHA-256, in the AttachmentStore) or a link to a page elsewhere (a video,
// an external page). Its order is its place in Resource::attachments. Plain value type: it is
// saved with the resource (createResource/saveResource/restoreRevision write the list in the
// transaction of the revision, and every revision keeps the list it had).
struct Attachment
{
    qint64 id = 0;              // unique in the library, assigned by the storage; 0 = not stored yet
    QString title;              // shown and published ("Diaporama de présentation")
    AttachmentKind kind = AttachmentKind::Other;
    bool membersOnly = false;   // true: never published (website, public proceedings), like a private resource
    // A file: its name when attached ("programme-seminaire.pdf"), type, size in bytes and the
    // SHA-256 of its content (64 lowercase hex digits). All empty/0 for a link.
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
    // A link: its address (http/https). Empty for a file.
    QString url;

    bool isLink() const { return !url.isEmpty(); }
    bool isFile() const { return url.isEmpty(); }
    bool isPdf() const;         // a file whose type is PDF

    friend bool operator==(const Attachment &, const Attachment &) = default;
};

// "2,3 Mo" / "2.3 MB": a size as people read it, in the language of the interface or of a
// document (locale). Bytes under 1 kB are shown as such.
QString attachmentSizeText(qint64 bytes, const QString &localeName = {});

// The library value (LibraryValueStore) holding the largest file that may be attached, in
// megabytes (1 MB = 1,000,000 bytes); DefaultAttachmentLimitMb when unset.
inline constexpr char16_t AttachmentLimitKey[] = u"attachment_limit_mb";
inline constexpr int DefaultAttachmentLimitMb = 100;

} // namespace Actes
