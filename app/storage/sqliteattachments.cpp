#include "storage/sqliterepository.h"

#include "storage/libraryerror.h"

using namespace Qt::StringLiterals;

// The content of attached files in a Sqlite library. PLACEHOLDER: the attachments storage
// replaces these.
namespace Actes {



QString SqliteRepository::storeAttachmentData(const QByteArray &, const QString &)
{
    throw LibraryError(LibraryError::Kind::Invalid, u"Attachments are not stored yet."_s, location());
}

QByteArray SqliteRepository::attachmentData(const QString &) const
{
    throw LibraryError(LibraryError::Kind::NotFound, u"Attachments are not stored yet."_s, location());
}

bool SqliteRepository::hasAttachmentData(const QString &) const
{
    return false;
}

int SqliteRepository::purgeUnusedAttachmentData()
{
    return 0;
}

} // namespace Actes
