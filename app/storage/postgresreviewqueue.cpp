// PostgresRepository: the review queue: the reviewer a submission names (issue #13).
#include "storage/postgresrepository.h"
#include "storage/postgresdetail.h"

using namespace Qt::StringLiterals;

namespace Actes {

using namespace PostgresDetail;

// The tables of this section of schema version 2 (see schemaMigration()).
QStringList PostgresDetail::reviewQueueSchema()
{
    return {};
}

} // namespace Actes
