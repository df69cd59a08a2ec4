#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace Actes {

class ResourceRepository;

// Copies a whole library into a new or empty one, of either kind (SQLite → PostgreSQL to move
// a team onto the server, PostgreSQL → SQLite for a personal copy or a portable backup):
// resources with their ids, revisions and status history as they are (numbers, authors,
// times, causes, snapshots), the trash, the directory of people and organisations, resource
// types, images and library values.
//
// The source is read in one snapshot; the destination is written in ONE transaction, and
// before it commits the copy is read back and compared with the source table by table (row
// counts and SHA-256 of the logical content): a copy that differs is rolled back. A
// destination that is not empty (see LibraryArchive::isEmptyLibrary()), read-only, the
// source itself, or of a kind without a LibraryArchive is refused before anything is
// written. Errors are LibraryError, with nothing written to the destination.
class LibraryCopy
{
    Q_DECLARE_TR_FUNCTIONS(Actes::LibraryCopy)
public:
    // The logical content of one table: what the verification compares.
    struct TableSummary
    {
        QString table;
        qint64 rows = 0;
        QByteArray sha256;   // of the rows in key order, in the canonical form of LibraryArchive

        bool operator==(const TableSummary &) const = default;
    };

    struct Result
    {
        bool cancelled = false;        // cancelled by the progress callback: nothing was written
        QList<TableSummary> tables;    // of the source, equal to the destination's when not cancelled
        qint64 rows() const;
    };

    // Called after each batch of rows with the rows copied so far and the total; returning
    // false cancels the copy (the destination's transaction is rolled back).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Result copy(ResourceRepository &source, ResourceRepository &destination, const Progress &progress = {});

    // The content summary of a library (one read snapshot).
    static QList<TableSummary> summarize(ResourceRepository &library);
};

} // namespace Actes
