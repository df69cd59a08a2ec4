#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace Actes {

class ResourceRepository;

// The bulk seam of a library: its logical content as raw rows, the same on every backend,
// for copying a library whole (LibraryCopy) with ids, revisions and status history as they
// are. Values are canonical, whatever the backend stores:
//   Integer  qint64            Boolean  bool            Text  QString
//   Date     QString yyyy-MM-dd  Time   qint64 milliseconds since the epoch (UTC)
//   Blob     QByteArray        a NULL is an invalid QVariant (only in nullable columns)
// Derived data (the full-text index, id sequences, the change counter) is not part of it:
// finishLoad() rebuilds it.
struct ArchiveColumn
{
    enum class Type { Integer, Boolean, Text, Date, Time, Blob };
    QString name;
    Type type = Type::Text;
    bool nullable = false;
};

struct ArchiveTable
{
    QString name;
    QList<ArchiveColumn> columns;
    QStringList key;   // the columns rows are ordered by (text keys compared byte-wise)
};

using ArchiveRow = QVariantList;

// Every table of a library, in an order where a row only refers to rows of earlier tables.
const QList<ArchiveTable> &archiveTables();

class LibraryArchive
{
public:
    virtual ~LibraryArchive() = default;

    // The archive of a repository: SqliteRepository and PostgresRepository have one; any other
    // implementation gives nullptr. The archive works on the repository's connection: use it
    // from the repository's thread, while the repository lives.
    static std::unique_ptr<LibraryArchive> of(ResourceRepository &repository);

    // Runs fn on one consistent state of the library (a read transaction): what the dump
    // calls inside it read is one snapshot, whatever other connections commit meanwhile.
    virtual void readSnapshot(const std::function<void()> &fn) const = 0;
    virtual qint64 rowCount(const ArchiveTable &table) const = 0;
    // Calls batch with the rows of table in key order, a few hundred rows (or a few
    // megabytes) at a time. Throws LibraryError.
    virtual void dump(const ArchiveTable &table, const std::function<void(const QList<ArchiveRow> &)> &batch) const = 0;

    // True when the library holds nothing a user made: no resource (live or in the trash),
    // no person, organisation, image, attachment, library value, revision or status change, and only
    // the built-in resource types of a new library.
    virtual bool isEmptyLibrary() const = 0;

    // Loading, inside the repository's inTransaction() (LibraryCopy): clearForLoad() removes
    // the built-in types of the new library, load() inserts rows with their ids, and
    // finishLoad() rebuilds the derived data.
    virtual void clearForLoad() = 0;
    virtual void load(const ArchiveTable &table, const QList<ArchiveRow> &rows) = 0;
    virtual void finishLoad() = 0;
};

} // namespace Actes
