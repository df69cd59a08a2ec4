#include "attachments/attachmentfiles.h"

#include "storage/libraryerror.h"

// PLACEHOLDER: the attachments service replaces these.
namespace Actes {

Attachment AttachmentFiles::storeFile(AttachmentStore &, const LibraryValueStore &, const QString &path,
                                      const AttachmentOptions &)
{
    throw LibraryError(LibraryError::Kind::Invalid, tr("Attaching %1 is not possible yet.").arg(path));
}

Attachment AttachmentFiles::makeLink(const QString &url, const QString &, AttachmentKind, bool)
{
    throw LibraryError(LibraryError::Kind::Invalid, tr("Attaching %1 is not possible yet.").arg(url));
}

void AttachmentFiles::saveCopy(const AttachmentStore &, const Attachment &, const QString &path)
{
    throw LibraryError(LibraryError::Kind::Invalid, tr("Attaching %1 is not possible yet.").arg(path));
}

qint64 AttachmentFiles::sizeLimit(const LibraryValueStore &)
{
    return qint64(DefaultAttachmentLimitMb) * 1000 * 1000;
}

QString AttachmentFiles::titleFromFileName(const QString &fileName)
{
    return fileName;
}

AttachmentKind AttachmentFiles::guessKind(const QString &, const QString &, const QString &)
{
    return AttachmentKind::Other;
}

} // namespace Actes
