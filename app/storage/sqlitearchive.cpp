// LibraryArchive of a SQLite library: the raw rows of its tables on the repository's own
// connection (times stored as ISO text, booleans as 0/1), and the full-text index rebuilt
// after a load.
#include "storage/libraryarchive.h"

#include "storage/libraryerror.h"
#include "storage/sqlarchive.h"
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

class SqliteArchive final : public SqlArchive
{
public:
    explicit SqliteArchive(SqliteRepository &repository)
        : SqlArchive(repository.connectionName(), u"BEGIN"_s), m_repository(repository)
    {
    }

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
        // The attachments' words: their titles in order, then the text of their files.
        if (!texts.exec(uR"(SELECT r.id, r.title, coalesce(t.summary_html, ''), coalesce(t.body_html, ''),
                (SELECT group_concat(title, char(10)) FROM (SELECT a.title FROM resource_attachment a
                    WHERE a.resource_id = r.id ORDER BY a.position)),
                (SELECT group_concat(d.search_text, char(10)) FROM attachment_data d WHERE d.search_text <> ''
                    AND d.sha256 IN (SELECT a.sha256 FROM resource_attachment a WHERE a.resource_id = r.id))
                FROM resource r LEFT JOIN resource_text t ON t.resource_id = r.id ORDER BY r.id)"_s))
            fail(texts.lastError());
        QSqlQuery insert(m_db);
        if (!insert.prepare(
                u"INSERT INTO resource_fts (rowid, title, summary, body, attachments) VALUES (?, ?, ?, ?, ?)"_s))
            fail(insert.lastError());
        while (texts.next()) {
            // As SqliteRepository::writeSearchIndex() folds them.
            insert.bindValue(0, texts.value(0).toLongLong());
            insert.bindValue(1, SearchText::fold(texts.value(1).toString()));
            insert.bindValue(2, IndexingText::indexable(texts.value(2).toString()));
            insert.bindValue(3, IndexingText::indexable(texts.value(3).toString()));
            const auto words = [&texts](int column) {
                return texts.value(column).isNull() ? QStringList() : QStringList{texts.value(column).toString()};
            };
            insert.bindValue(4, SearchText::attachmentWords(words(4), words(5)));
            if (!insert.exec())
                fail(insert.lastError());
        }
    }

private:
    QVariant canonical(const ArchiveTable &table, const ArchiveColumn &column, const QVariant &value) const override
    {
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

    [[noreturn]] void fail(const QSqlError &error) const override
    {
        const QString path = m_repository.location();
        throw LibraryError(LibraryError::Kind::Io,
                           QCoreApplication::translate("Actes::LibraryArchive",
                                                       "The library %1 could not be read or written (%2).")
                               .arg(QDir::toNativeSeparators(path), error.text().simplified()),
                           path);
    }

    SqliteRepository &m_repository;
};

} // namespace

std::unique_ptr<LibraryArchive> makeSqliteArchive(SqliteRepository &repository)
{
    return std::make_unique<SqliteArchive>(repository);
}

} // namespace Actes
