// LibraryArchive of a PostgreSQL library: the raw rows of its tables on the repository's own
// connection, read in one REPEATABLE READ snapshot, loaded with multi-row INSERTs; the search
// table, the id sequences and the change counter are brought up to date after a load.
#include "storage/libraryarchive.h"
#include "storage/postgresdetail.h"

#include "storage/libraryerror.h"
#include "storage/postgresrepository.h"
#include "storage/sqlarchive.h"
#include "text/indexingtext.h"
#include "text/searchtext.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

using Type = ArchiveColumn::Type;

class PostgresArchive final : public SqlArchive
{
public:
    explicit PostgresArchive(PostgresRepository &repository)
        : SqlArchive(repository.connectionName(), u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s),
          m_repository(repository)
    {
    }

    QString selectedColumn(const ArchiveColumn &column) const override
    {
        switch (column.type) {
        case Type::Date: return PostgresDetail::dateColumn(column.name);
        case Type::Time: return PostgresDetail::timeColumn(column.name);
        default: return column.name;
        }
    }

    // Text keys byte-wise, as SQLite orders them.
    QString orderedKey(const ArchiveTable &table, const QString &key) const override
    {
        const bool isText = std::any_of(table.columns.cbegin(), table.columns.cend(), [&](const ArchiveColumn &c) {
            return c.name == key && c.type == Type::Text;
        });
        return isText ? key + u" COLLATE \"C\""_s : key;
    }

    QVariant canonical(const ArchiveTable &, const ArchiveColumn &column, const QVariant &value) const override
    {
        switch (column.type) {
        case Type::Integer:
        case Type::Time: return value.toLongLong();
        case Type::Boolean: return value.toBool();
        case Type::Text:
        case Type::Date: return value.toString();
        case Type::Blob: return value.toByteArray();
        }
        return value;
    }

    void load(const ArchiveTable &table, const QList<ArchiveRow> &rows) override
    {
        if (rows.isEmpty())
            return;
        // The owner copying a library keeps the comments' authors and times (see
        // postgrescomments.cpp); until the end of the transaction.
        if (table.name == u"review_comment"_s)
            exec(u"SET LOCAL actes.copying = 'on'"_s);
        QStringList columns;
        for (const ArchiveColumn &column : table.columns)
            columns.append(column.name);
        QString sql = u"INSERT INTO %1 (%2) VALUES "_s.arg(table.name, columns.join(u", "_s));
        for (qsizetype r = 0; r < rows.size(); ++r) {
            sql += r == 0 ? u"("_s : u", ("_s;
            for (int i = 0; i < table.columns.size(); ++i) {
                if (i > 0)
                    sql += u", "_s;
                sql += literal(table.columns.at(i), rows.at(r).value(i));
            }
            sql += u')';
        }
        exec(sql);
    }

    void finishLoad() override
    {
        exec(u"DELETE FROM resource_search"_s);
        // The words of the attachments: their titles, then the texts of their files.
        QHash<qint64, QStringList> titles;
        QHash<qint64, QStringList> hashes;
        QHash<QString, QString> texts;
        {
            QSqlQuery rows = exec(u"SELECT resource_id, title, sha256 FROM resource_attachment "
                                  u"ORDER BY resource_id, position, id"_s);
            while (rows.next()) {
                const qint64 id = rows.value(0).toLongLong();
                titles[id].append(rows.value(1).toString());
                const QString sha = rows.value(2).toString();
                if (!sha.isEmpty() && !hashes[id].contains(sha))
                    hashes[id].append(sha);
            }
            QSqlQuery data = exec(u"SELECT sha256, search_text FROM attachment_data WHERE search_text <> ''"_s);
            while (data.next())
                texts.insert(data.value(0).toString(), data.value(1).toString());
        }
        QList<ArchiveRow> documents;
        {
            QSqlQuery resources = exec(uR"(SELECT r.id, r.title, coalesce(t.summary_html, ''), coalesce(t.body_html, '')
                FROM resource r LEFT JOIN resource_text t ON t.resource_id = r.id ORDER BY r.id)"_s);
            while (resources.next()) {
                // As PostgresRepository::writeSearchIndex() folds them.
                const qint64 id = resources.value(0).toLongLong();
                QStringList fileTexts;
                for (const QString &sha : hashes.value(id))
                    fileTexts.append(texts.value(sha));
                const PostgresDetail::SearchDocument document = PostgresDetail::searchDocument(
                    SearchText::fold(resources.value(1).toString()),
                    IndexingText::indexable(resources.value(2).toString()),
                    IndexingText::indexable(resources.value(3).toString()),
                    SearchText::attachmentWords(titles.value(id), fileTexts));
                documents.append({id, document.vector, document.words, document.complete});
            }
        }
        for (qsizetype start = 0; start < documents.size(); start += BatchRows) {
            QString sql = u"INSERT INTO resource_search (resource_id, document, words, complete) VALUES "_s;
            for (qsizetype r = start; r < qMin(documents.size(), start + BatchRows); ++r) {
                const ArchiveRow &d = documents.at(r);
                sql += (r == start ? u"("_s : u", ("_s) + QString::number(d.at(0).toLongLong()) + u", CAST("_s
                    + text(d.at(1).toString()) + u" AS tsvector), "_s + text(d.at(2).toString()) + u", "_s
                    + (d.at(3).toBool() ? u"true"_s : u"false"_s) + u')';
            }
            exec(sql);
        }
        for (const QString &table : {u"resource_type"_s, u"resource"_s, u"person"_s, u"organisation"_s,
                                     u"revision"_s, u"status_change"_s, u"review_comment"_s,
                                     u"resource_attachment"_s}) {
            exec(u"SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, false) FROM %1"_s
                     .arg(table));
        }
        exec(u"SET LOCAL actes.copying = 'off'"_s);
        // Other clients of the library see that it changed.
        exec(u"UPDATE actes_change SET counter = counter + 1 WHERE id = 1"_s);
    }

private:
    QString text(const QString &value) const
    {
        QSqlField field(QString(), QMetaType::fromType<QString>());
        field.setValue(value.isNull() ? u""_s : value);
        return m_db.driver()->formatValue(field);
    }

    QString literal(const ArchiveColumn &column, const QVariant &value) const
    {
        if (!value.isValid() || value.isNull())
            return u"NULL"_s;
        switch (column.type) {
        case Type::Integer: return QString::number(value.toLongLong());
        case Type::Boolean: return value.toBool() ? u"true"_s : u"false"_s;
        case Type::Text: return text(value.toString());
        case Type::Date: return u"CAST("_s + text(value.toString()) + u" AS date)"_s;
        case Type::Time:
            // Exact to the millisecond (a float epoch would round).
            return u"(TIMESTAMPTZ 'epoch' + %1 * INTERVAL '1 millisecond')"_s.arg(value.toLongLong());
        case Type::Blob: {
            QSqlField field(QString(), QMetaType::fromType<QByteArray>());
            field.setValue(value.toByteArray());
            return m_db.driver()->formatValue(field);
        }
        }
        return u"NULL"_s;
    }

    // The repository's own messages: a lost connection, a missing privilege... name the server.
    [[noreturn]] void fail(const QSqlError &error) const override { m_repository.throwError(error); }

    PostgresRepository &m_repository;
};

} // namespace

std::unique_ptr<LibraryArchive> makePostgresArchive(PostgresRepository &repository)
{
    return std::make_unique<PostgresArchive>(repository);
}

} // namespace Actes
