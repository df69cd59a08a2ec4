#include "storage/sqlarchive.h"

#include <QSqlError>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Actes {

SqlArchive::SqlArchive(const QString &connectionName, QString beginSnapshot)
    : m_db(QSqlDatabase::database(connectionName, false)), m_beginSnapshot(std::move(beginSnapshot))
{
}

void SqlArchive::readSnapshot(const std::function<void()> &fn) const
{
    exec(m_beginSnapshot);
    try {
        fn();
    } catch (...) {
        QSqlQuery rollback(m_db);
        rollback.exec(u"ROLLBACK"_s);
        throw;
    }
    exec(u"COMMIT"_s);
}

qint64 SqlArchive::rowCount(const ArchiveTable &table) const
{
    QSqlQuery query = exec(u"SELECT count(*) FROM "_s + table.name);
    return query.next() ? query.value(0).toLongLong() : 0;
}

QString SqlArchive::orderedKey(const ArchiveTable &, const QString &key) const
{
    return key;
}

void SqlArchive::dump(const ArchiveTable &table, const std::function<void(const QList<ArchiveRow> &)> &batch) const
{
    QStringList columns;
    for (const ArchiveColumn &column : table.columns)
        columns.append(selectedColumn(column));
    QStringList order;
    for (const QString &key : table.key)
        order.append(orderedKey(table, key));
    QSqlQuery query = exec(u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(columns.join(u", "_s), table.name,
                                                                   order.join(u", "_s)));
    QList<ArchiveRow> rows;
    qsizetype bytes = 0;
    while (query.next()) {
        ArchiveRow row;
        row.reserve(table.columns.size());
        for (int i = 0; i < table.columns.size(); ++i) {
            const QVariant value = query.value(i);
            if (value.isNull()) {
                row.append(QVariant());
                continue;
            }
            const QVariant canonicalValue = canonical(table, table.columns.at(i), value);
            if (canonicalValue.typeId() == QMetaType::QByteArray)
                bytes += canonicalValue.toByteArray().size();
            else if (canonicalValue.typeId() == QMetaType::QString)
                bytes += 2 * canonicalValue.toString().size();
            row.append(canonicalValue);
        }
        rows.append(std::move(row));
        if (rows.size() >= BatchRows || bytes >= BatchBytes) {
            batch(rows);
            rows.clear();
            bytes = 0;
        }
    }
    if (query.lastError().isValid())
        fail(query.lastError());
    if (!rows.isEmpty())
        batch(rows);
}

bool SqlArchive::isEmptyLibrary() const
{
    QSqlQuery query = exec(uR"(SELECT (SELECT count(*) FROM resource) + (SELECT count(*) FROM person)
        + (SELECT count(*) FROM organisation) + (SELECT count(*) FROM image)
        + (SELECT count(*) FROM library_setting) + (SELECT count(*) FROM revision)
        + (SELECT count(*) FROM status_change) + (SELECT count(*) FROM review_comment)
        + (SELECT count(*) FROM attachment_data) + (SELECT count(*) FROM resource_attachment)
        + (SELECT count(*) FROM resource_type WHERE NOT builtin))"_s);
    return query.next() && query.value(0).toLongLong() == 0;
}

void SqlArchive::clearForLoad()
{
    exec(u"DELETE FROM resource_type"_s);
}

QSqlQuery SqlArchive::exec(const QString &sql) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        fail(query.lastError());
    return query;
}

} // namespace Actes
