#pragma once

#include "domain/attachment.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Actes {

class AttachmentStore;
class LibraryValueStore;

// Files and links becoming attachments, and attachments becoming files again: what the window
// and the command line share. Every function throws LibraryError with a message that names
// the file (missing, unreadable, a folder, over the library's limit, an address that is not a
// web link) and stores nothing when it fails.
struct AttachmentOptions
{
    QString title;                          // empty: made from the file name
    std::optional<AttachmentKind> kind;     // empty: guessed from the title and the file
    bool membersOnly = false;
};

// A file read and checked, not stored yet (AttachmentFiles::readFile()): what to store and
// the attachment that will name it.
struct PreparedAttachment
{
    Attachment attachment;  // sha256 empty until stored
    QByteArray data;
    QString searchText;     // the text of a PDF, for the search
};

class AttachmentFiles
{
    Q_DECLARE_TR_FUNCTIONS(Actes::AttachmentFiles)
public:

    // Reads the file, refuses it when it is larger than the library's limit (sizeLimit()),
    // stores its content (with the text of a PDF for the search) and returns the attachment to
    // add to Resource::attachments (id 0 until the resource is saved).
    static Attachment storeFile(AttachmentStore &store, const LibraryValueStore &values, const QString &path,
                                const AttachmentOptions &options = {});
    // storeFile() in two steps, so that several files can all be read and checked before
    // anything is written, and the reading (and a PDF's text) happen outside a transaction:
    // readFile() throws like storeFile() and writes nothing; store() stores the content and
    // returns the attachment with its sha256.
    static PreparedAttachment readFile(const LibraryValueStore &values, const QString &path,
                                       const AttachmentOptions &options = {});
    static Attachment store(AttachmentStore &target, const PreparedAttachment &prepared);
    // A link (http or https address, title required) as an attachment.
    static Attachment makeLink(const QString &url, const QString &title, AttachmentKind kind = AttachmentKind::Other,
                               bool membersOnly = false);
    // Writes the content of a file attachment to path (atomically; an existing file is replaced).
    static void saveCopy(const AttachmentStore &store, const Attachment &attachment, const QString &path);

    // The largest file the library accepts, in bytes (AttachmentLimitKey, in MB).
    static qint64 sizeLimit(const LibraryValueStore &values);
    // "programme-seminaire_2016.pdf" -> "Programme seminaire 2016".
    static QString titleFromFileName(const QString &fileName);
    // The kind that the words of a title or file name suggest (vidéo/video and YouTube, Vimeo,
    // Dailymotion, PeerTube addresses; diaporama/présentation/slides; programme; actes/
    // proceedings; étude/study/rapport; photo(s)), in that order, the title before the file
    // name; else its type (.ppt/.pptx/.odp/.key, video and image types); Other when none.
    // For a link, pass its address as fileName.
    static AttachmentKind guessKind(const QString &title, const QString &fileName = {}, const QString &mimeType = {});
};

} // namespace Actes
