#include "storage/librarycopy.h"

#include "storage/libraryarchive.h"
#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QCryptographicHash>
#include <QDir>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

using Kind = LibraryError::Kind;

// Thrown inside the destination's transaction to roll it back when the user cancels.
struct Cancelled
{
};

QString shown(const ResourceRepository &library)
{
    return QDir::toNativeSeparators(library.location());
}

// The canonical bytes of a row: per value a type tag, then its length and bytes.
void addRow(QCryptographicHash &hash, const ArchiveTable &table, const ArchiveRow &row)
{
    for (int i = 0; i < table.columns.size(); ++i) {
        const QVariant value = row.value(i);
        QByteArray bytes;
        char tag = 'N';
        if (value.isValid() && !value.isNull()) {
            switch (table.columns.at(i).type) {
            case ArchiveColumn::Type::Integer:
            case ArchiveColumn::Type::Time:
                tag = 'I';
                bytes = QByteArray::number(value.toLongLong());
                break;
            case ArchiveColumn::Type::Boolean:
                tag = 'B';
                bytes = value.toBool() ? "1" : "0";
                break;
            case ArchiveColumn::Type::Text:
            case ArchiveColumn::Type::Date:
                tag = 'T';
                bytes = value.toString().toUtf8();
                break;
            case ArchiveColumn::Type::Blob:
                tag = 'X';
                bytes = value.toByteArray();
                break;
            }
        }
        hash.addData(QByteArrayView(&tag, 1));
        hash.addData(QByteArray::number(bytes.size()) + ':');
        hash.addData(bytes);
    }
    hash.addData("\n");
}

std::unique_ptr<LibraryArchive> archiveOf(ResourceRepository &library)
{
    std::unique_ptr<LibraryArchive> archive = LibraryArchive::of(library);
    if (!archive) {
        throw LibraryError(Kind::Invalid,
                           LibraryCopy::tr("The library %1 is of a kind that cannot be copied.").arg(shown(library)),
                           library.location());
    }
    return archive;
}

QList<LibraryCopy::TableSummary> summaryOf(const LibraryArchive &archive)
{
    QList<LibraryCopy::TableSummary> summaries;
    for (const ArchiveTable &table : archiveTables()) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 rows = 0;
        archive.dump(table, [&](const QList<ArchiveRow> &batch) {
            for (const ArchiveRow &row : batch)
                addRow(hash, table, row);
            rows += batch.size();
        });
        summaries.append({table.name, rows, hash.result()});
    }
    return summaries;
}

} // namespace

qint64 LibraryCopy::Result::rows() const
{
    qint64 total = 0;
    for (const TableSummary &table : tables)
        total += table.rows;
    return total;
}

QList<LibraryCopy::TableSummary> LibraryCopy::summarize(ResourceRepository &library)
{
    std::unique_ptr<LibraryArchive> archive = archiveOf(library);
    QList<TableSummary> summaries;
    archive->readSnapshot([&] { summaries = summaryOf(*archive); });
    return summaries;
}

LibraryCopy::Result LibraryCopy::copy(ResourceRepository &source, ResourceRepository &destination,
                                      const Progress &progress)
{
    if (&source == &destination || source.location() == destination.location()) {
        throw LibraryError(Kind::Invalid,
                           tr("The library %1 cannot be copied onto itself.").arg(shown(source)),
                           destination.location());
    }
    std::unique_ptr<LibraryArchive> from = archiveOf(source);
    std::unique_ptr<LibraryArchive> to = archiveOf(destination);
    if (destination.isReadOnly()) {
        throw LibraryError(Kind::ReadOnly,
                           tr("The library %1 is open read-only: nothing was copied into it.").arg(shown(destination)),
                           destination.location());
    }

    Result result;
    try {
        from->readSnapshot([&] {
            qint64 total = 0;
            for (const ArchiveTable &table : archiveTables())
                total += from->rowCount(table);
            qint64 done = 0;
            if (progress && !progress(done, total))
                throw Cancelled{};

            destination.inTransaction([&] {
                // Checked inside the transaction: nobody fills it between the check and the copy.
                if (!to->isEmptyLibrary()) {
                    throw LibraryError(Kind::Invalid,
                                       tr("The library %1 is not empty: a library is only copied into a new or "
                                          "empty one. Nothing was changed.")
                                           .arg(shown(destination)),
                                       destination.location());
                }
                to->clearForLoad();
                for (const ArchiveTable &table : archiveTables()) {
                    QCryptographicHash hash(QCryptographicHash::Sha256);
                    qint64 rows = 0;
                    from->dump(table, [&](const QList<ArchiveRow> &batch) {
                        to->load(table, batch);
                        for (const ArchiveRow &row : batch)
                            addRow(hash, table, row);
                        rows += batch.size();
                        done += batch.size();
                        if (progress && !progress(done, total))
                            throw Cancelled{};
                    });
                    result.tables.append({table.name, rows, hash.result()});
                }
                to->finishLoad();

                // Read the copy back before it commits: it must hold exactly what was read.
                const QList<TableSummary> copied = summaryOf(*to);
                for (qsizetype i = 0; i < copied.size(); ++i) {
                    if (copied.at(i) == result.tables.at(i))
                        continue;
                    throw LibraryError(Kind::Io,
                                       tr("The copy of the library %1 into %2 differs from the original in the "
                                          "table %3; nothing was written.")
                                           .arg(shown(source), shown(destination), copied.at(i).table),
                                       destination.location());
                }
            });
        });
    } catch (const Cancelled &) {
        result.cancelled = true;
        result.tables.clear();
    }
    return result;
}

} // namespace Actes
