// LibraryArchive of a SQLite library: the raw rows of its tables on the repository's own
// connection (times stored as ISO text, booleans as 0/1), and the full-text index rebuilt
// after a load.
#include "storage/libraryarchive.h"

#include "storage/libraryerror.h"
#include "storage/sqliterepository.h"
#include "text/indexingtext.h"
#include "text/searchtext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

using Type = ArchiveColumn::Type;

constexpr int BatchRows = 256;
constexpr qsizetype BatchBytes = 4 * 1024 * 1024;

class SqliteArchive final : public LibraryArchive
{
public:
    explicit SqliteArchive(SqliteRepository &repository)
        : m_repository(repository), m_db(QSqlDatabase::database(repository.connectionName(), false))
    {
    }

    void readSnapshot(const std::function<void()> &fn) const override
    {
        exec(u"BEGIN"_s);
        try {
            fn();
        } catch (...) {
            QSqlQuery rollback(m_db);
            rollback.exec(u"ROLLBACK"_s);
            throw;
        }
        exec(u"COMMIT"_s);
    }

    qint64 rowCount(const ArchiveTable &table) const override
    {
        QSqlQuery query = exec(u"SELECT count(*) FROM "_s + table.name);
        return query.next() ? query.value(0).toLongLong() : 0;
    }

    void dump(const ArchiveTable &table, const std::function<void(const QList<ArchiveRow> &)> &batch) const override
    {
        QStringList columns;
        for (const ArchiveColumn &column : table.columns)
            columns.append(column.name);
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        const QString sql = u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(columns.join(u", "_s), table.name,
                                                                    table.key.join(u", "_s));
        if (!query.exec(sql))
            fail(query.lastError());
        QList<ArchiveRow> rows;
        qsizetype bytes = 0;
        while (query.next()) {
            ArchiveRow row;
            row.reserve(table.columns.size());
            for (int i = 0; i < table.columns.size(); ++i) {
                const QVariant value = query.value(i);
                row.append(canonical(table, table.columns.at(i), value));
                if (table.columns.at(i).type == Type::Blob)
                    bytes += value.toByteArray().size();
                else if (table.columns.at(i).type == Type::Text)
                    bytes += 2 * value.toString().size();
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

    bool isEmptyLibrary() const override
    {
        QSqlQuery query = exec(uR"(SELECT (SELECT count(*) FROM resource) + (SELECT count(*) FROM person)
            + (SELECT count(*) FROM organisation) + (SELECT count(*) FROM image)
            + (SELECT count(*) FROM library_setting) + (SELECT count(*) FROM revision)
            + (SELECT count(*) FROM status_change) + (SELECT count(*) FROM resource_type WHERE NOT builtin))"_s);
        return query.next() && query.value(0).toLongLong() == 0;
    }

    void clearForLoad() override { exec(u"DELETE FROM resource_type"_s); }

    void load(const ArchiveTable &table, const QList<ArchiveRow> &rows) override
    {
        QStringList columns;
        QStringList marks;
        for (const ArchiveColumn &column : table.columns) {
            columns.append(column.name);
            marks.append(u"?"_s);
        }
        QSqlQuery insert(m_db);
        if (!insert.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table.name, columns.join(u", "_s),
                                                                      marks.join(u", "_s))))
            fail(insert.lastError());
        for (const ArchiveRow &row : rows) {
            for (int i = 0; i < table.columns.size(); ++i)
                insert.bindValue(i, stored(table.columns.at(i), row.value(i)));
            if (!insert.exec())
                fail(insert.lastError());
        }
    }

    void finishLoad() override
    {
        exec(u"DELETE FROM resource_fts"_s);
        QSqlQuery texts(m_db);
        texts.setForwardOnly(true);
        if (!texts.exec(uR"(SELECT r.id, r.title, coalesce(t.summary_html, ''), coalesce(t.body_html, '')
                FROM resource r LEFT JOIN resource_text t ON t.resource_id = r.id ORDER BY r.id)"_s))
            fail(texts.lastError());
        QSqlQuery insert(m_db);
        if (!insert.prepare(u"INSERT INTO resource_fts (rowid, title, summary, body) VALUES (?, ?, ?, ?)"_s))
            fail(insert.lastError());
        while (texts.next()) {
            // As SqliteRepository::writeSearchIndex() folds them.
            insert.bindValue(0, texts.value(0).toLongLong());
            insert.bindValue(1, SearchText::fold(texts.value(1).toString()));
            insert.bindValue(2, IndexingText::indexable(texts.value(2).toString()));
            insert.bindValue(3, IndexingText::indexable(texts.value(3).toString()));
            if (!insert.exec())
                fail(insert.lastError());
        }
    }

private:
    QVariant canonical(const ArchiveTable &table, const ArchiveColumn &column, const QVariant &value) const
    {
        if (value.isNull())
            return QVariant();
        switch (column.type) {
        case Type::Integer: return value.toLongLong();
        case Type::Boolean: return value.toLongLong() != 0;
        case Type::Text: return value.toString();
        case Type::Date: return value.toString();
        case Type::Blob: return value.toByteArray();
        case Type::Time: {
            const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
            if (!time.isValid()) {
                throw LibraryError(LibraryError::Kind::Corrupt,
                                   QCoreApplication::translate("Actes::LibraryArchive",
                                                               "The library %1 holds a time that cannot be read "
                                                               "(“%2” in %3.%4).")
                                       .arg(QDir::toNativeSeparators(m_repository.location()), value.toString(),
                                            table.name, column.name),
                                   m_repository.location());
            }
            return time.toMSecsSinceEpoch();
        }
        }
        return value;
    }

    static QVariant stored(const ArchiveColumn &column, const QVariant &value)
    {
        if (!value.isValid() || value.isNull())
            return QVariant(QMetaType::fromType<QString>());   // NULL
        switch (column.type) {
        case Type::Integer: return value.toLongLong();
        case Type::Boolean: return value.toBool() ? 1 : 0;
        case Type::Text:
        case Type::Date: return value.toString();
        case Type::Blob: return value.toByteArray();
        case Type::Time:
            return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs);
        }
        return value;
    }

    QSqlQuery exec(const QString &sql) const
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(sql))
            fail(query.lastError());
        return query;
    }

    [[noreturn]] void fail(const QSqlError &error) const
    {
        const QString path = m_repository.location();
        throw LibraryError(LibraryError::Kind::Io,
                           QCoreApplication::translate("Actes::LibraryArchive",
                                                       "The library %1 could not be read or written (%2).")
                               .arg(QDir::toNativeSeparators(path), error.text().simplified()),
                           path);
    }

    SqliteRepository &m_repository;
    QSqlDatabase m_db;
};

} // namespace

std::unique_ptr<LibraryArchive> makeSqliteArchive(SqliteRepository &repository)
{
    return std::make_unique<SqliteArchive>(repository);
}

} // namespace Actes
