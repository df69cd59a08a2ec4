#pragma once

#include "storage/libraryarchive.h"

#include <QSqlDatabase>
#include <QSqlQuery>

class QSqlError;

namespace Actes {

// What the SQLite and PostgreSQL archives share: plain SQL on the repository's own connection —
// the read snapshot, row counts, the dump of a table in batches, the emptiness test. Each
// backend says how it begins a snapshot, selects and orders its columns, turns a stored value
// into the canonical one, loads rows and rebuilds derived data (storage/sqlitearchive.cpp,
// storage/postgresarchive.cpp).
class SqlArchive : public LibraryArchive
{
public:
    void readSnapshot(const std::function<void()> &fn) const override;
    qint64 rowCount(const ArchiveTable &table) const override;
    void dump(const ArchiveTable &table, const std::function<void(const QList<ArchiveRow> &)> &batch) const override;
    bool isEmptyLibrary() const override;
    void clearForLoad() override;

protected:
    // connectionName: the repository's QSqlDatabase; beginSnapshot: the statement that opens a
    // consistent read transaction on this backend.
    SqlArchive(const QString &connectionName, QString beginSnapshot);

    static constexpr int BatchRows = 256;
    static constexpr qsizetype BatchBytes = 4 * 1024 * 1024;

    // The expression that selects a column, and the one that orders by a key column.
    virtual QString selectedColumn(const ArchiveColumn &column) const { return column.name; }
    virtual QString orderedKey(const ArchiveTable &table, const QString &key) const;
    // The canonical value (see ArchiveColumn) of a stored value that is not NULL.
    virtual QVariant canonical(const ArchiveTable &table, const ArchiveColumn &column, const QVariant &value) const = 0;
    // Throws the backend's LibraryError for a failed statement.
    [[noreturn]] virtual void fail(const QSqlError &error) const = 0;

    QSqlQuery exec(const QString &sql) const;

    QSqlDatabase m_db;

private:
    QString m_beginSnapshot;
};

} // namespace Actes
