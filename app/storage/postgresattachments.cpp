#include "storage/postgresrepository.h"
#include "storage/postgresdetail.h"
#include "storage/libraryerror.h"

using namespace Qt::StringLiterals;

// The content of attached files in a Postgres library. PLACEHOLDER: the attachments storage
// replaces these.
namespace Actes {

QStringList PostgresDetail::attachmentsSchema()
{
    return {};
}

QString PostgresRepository::storeAttachmentData(const QByteArray &, const QString &)
{
    throw LibraryError(LibraryError::Kind::Invalid, u"Attachments are not stored yet."_s, location());
}

QByteArray PostgresRepository::attachmentData(const QString &) const
{
    throw LibraryError(LibraryError::Kind::NotFound, u"Attachments are not stored yet."_s, location());
}

bool PostgresRepository::hasAttachmentData(const QString &) const
{
    return false;
}

int PostgresRepository::purgeUnusedAttachmentData()
{
    return 0;
}

} // namespace Actes
