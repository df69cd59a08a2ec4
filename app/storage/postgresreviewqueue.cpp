// PostgresRepository: the review queue: the reviewer a submission names (issue #13).
#include "storage/postgresrepository.h"
#include "storage/postgresdetail.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Actes {

using namespace PostgresDetail;

// The tables of this section of schema version 2 (see schemaMigration()). The login a
// submission for review names (NULL = anyone may review it), on the resource and on the status
// change that recorded the submission. The server clears it whenever the resource leaves In
// review, whatever the write (a status change, a save, a copy of another connection).
QStringList PostgresDetail::reviewQueueSchema()
{
    return {
        u"ALTER TABLE resource ADD COLUMN requested_reviewer text"_s,
        u"ALTER TABLE status_change ADD COLUMN reviewer text"_s,
        uR"(CREATE FUNCTION actes_review_request_cleared() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.status <> 'review' THEN
                    NEW.requested_reviewer := NULL;
                END IF;
                RETURN NEW;
            END $$)"_s,
        uR"(CREATE TRIGGER resource_review_request_cleared BEFORE UPDATE OF status ON resource
            FOR EACH ROW EXECUTE FUNCTION actes_review_request_cleared())"_s,
        // The queue of a login: the resources in review named for it or for anyone.
        uR"(CREATE INDEX resource_review_queue ON resource (requested_reviewer)
            WHERE deleted_at IS NULL AND status = 'review')"_s,
    };
}

void PostgresRepository::setRequestedReviewer(qint64 id, const QString &login)
{
    requireWritable();
    write([&] {
        checkedVersion(id, {}, 0, false);
        QSqlQuery stored = run(u"SELECT status, title FROM resource WHERE id = ? FOR UPDATE"_s, {id});
        stored.next();
        if (stored.value(0).toString() != statusKey(Status::InReview)) {
            throw LibraryError(Kind::Invalid,
                               tr("The resource “%1” is not in review: a reviewer is named only when it is "
                                  "submitted for review. Nothing was changed.")
                                   .arg(stored.value(1).toString()),
                               m_location);
        }
        stored.finish();
        const QString reviewer = login.trimmed();
        const QVariant value = reviewer.isEmpty() ? QVariant() : QVariant(reviewer);
        run(u"UPDATE resource SET requested_reviewer = ? WHERE id = ?"_s, {value, id});
        // The submission that is waiting: the newest change to In review.
        run(uR"(UPDATE status_change SET reviewer = ? WHERE id = (SELECT id FROM status_change
            WHERE resource_id = ? AND to_status = ? ORDER BY at DESC, id DESC LIMIT 1))"_s,
            {value, id, statusKey(Status::InReview)});
    });
}

QString PostgresRepository::requestedReviewer(qint64 id) const
{
    QSqlQuery query = run(u"SELECT requested_reviewer FROM resource WHERE id = ? AND status = ?"_s,
                          {id, statusKey(Status::InReview)});
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace Actes
