// SqliteRepository: the review queue: the reviewer a submission names (issue #13).
#include "storage/sqliterepository.h"
#include "storage/sqlitedetail.h"

#include "storage/libraryerror.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace Actes {

using namespace SqliteDetail;

void SqliteRepository::setRequestedReviewer(qint64 id, const QString &login)
{
    requireWritable();
    write([&] {
        checkedVersion(id, {}, 0, false);
        SqliteStatement stored = prepare(u"SELECT status, title FROM resource WHERE id = ?"_s);
        stored.bindValue(0, id);
        exec(stored);
        stored.next();
        if (stored.value(0).toString() != statusKey(Status::InReview)) {
            throw LibraryError(Kind::Invalid,
                               tr("The resource “%1” is not in review: a reviewer is named only when it is "
                                  "submitted for review. Nothing was changed.")
                                   .arg(stored.value(1).toString()),
                               m_path);
        }
        stored.finish();
        const QString reviewer = login.trimmed();
        const QVariant value = reviewer.isEmpty() ? QVariant() : QVariant(reviewer);
        SqliteStatement update = prepare(u"UPDATE resource SET requested_reviewer = ? WHERE id = ?"_s);
        update.bindValue(0, value);
        update.bindValue(1, id);
        exec(update);
        // The submission that is waiting: the newest change to In review.
        SqliteStatement history = prepare(u"UPDATE status_change SET reviewer = ? WHERE id = (SELECT id FROM "
                                          u"status_change WHERE resource_id = ? AND to_status = ? "
                                          u"ORDER BY at DESC, id DESC LIMIT 1)"_s);
        history.bindValue(0, value);
        history.bindValue(1, id);
        history.bindValue(2, statusKey(Status::InReview));
        exec(history);
    });
}

QString SqliteRepository::requestedReviewer(qint64 id) const
{
    SqliteStatement query = prepare(u"SELECT requested_reviewer FROM resource WHERE id = ? AND status = ?"_s);
    query.bindValue(0, id);
    query.bindValue(1, statusKey(Status::InReview));
    exec(query);
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace Actes
