#pragma once
// The storage tests run the same test code on both backends: a test executable declares the
// backends as QTest global data (addBackendRows() in initTestCase_data(), so that every test
// function runs once per backend), and init() asks this fixture for a fresh, empty library of
// the row's backend: a new file in a temporary directory for "sqlite", a new database for
// "postgresql" on one throwaway PostgreSQL server (tests/pgtestserver.h) started on first use
// and kept for the whole executable (a database per test function is fast; a server is not).
//
// Also: direct reads of what a library holds, independent of the repository (count(), state()),
// and the test-only knobs of the two implementations (clock, revision policy).
#include "pgtestserver.h"
#include "storage/libraryopener.h"
#include "storage/postgresrepository.h"
#include "storage/sqliterepository.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace BackendFixture {

using namespace Qt::StringLiterals;

inline const QString sqlite = u"sqlite"_s;
inline const QString postgresql = u"postgresql"_s;

// In initTestCase_data(): the `backend` column with one row per backend.
inline void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << sqlite;
    QTest::newRow("postgresql") << postgresql;
}

class Fixture
{
public:
    Fixture() = default;
    ~Fixture() { clear(); }
    Fixture(const Fixture &) = delete;
    Fixture &operator=(const Fixture &) = delete;

    // A fresh, empty library of that backend becomes the current one (the previous one is
    // dropped). False with errorString() when it could not be made.
    bool fresh(const QString &backend)
    {
        clear();
        m_backend = backend;
        if (backend == sqlite) {
            m_dir = std::make_unique<QTemporaryDir>();
            if (!m_dir->isValid()) {
                m_error = u"no temporary directory"_s;
                return false;
            }
            m_location = m_dir->filePath(u"bibliothèque.actes"_s);
            return true;
        }
        if (!m_server.isRunning() && !m_server.start()) {
            m_error = m_server.errorString();
            return false;
        }
        m_database = u"bibliothèque_%1"_s.arg(++m_counter);
        if (!m_server.createDatabase(m_database)) {
            m_error = m_server.errorString();
            return false;
        }
        m_location = m_server.socketUri(m_database);
        return true;
    }

    // In init(): the global data row's backend, fresh.
    void freshForCurrentRow()
    {
        QFETCH_GLOBAL(QString, backend);
        QVERIFY2(fresh(backend), qPrintable(m_error));
    }

    QString backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == postgresql; }
    QString location() const { return m_location; }
    QString errorString() const { return m_error; }
    Actes::Test::PgTestServer &server() { return m_server; }
    QString databaseName() const { return m_database; }

    // A new connection to the current library (the first one creates its schema).
    std::unique_ptr<Actes::ResourceRepository>
    open(Actes::LibraryLocation::Mode mode = Actes::LibraryLocation::Mode::ReadWrite) const
    {
        return Actes::openLibrary(m_location, mode);
    }

    // The name of the full-text index table of the backend (one row per indexed resource).
    QString searchIndexTable() const { return isPostgres() ? u"resource_search"_s : u"resource_fts"_s; }

    // The first column of the first row of sql, read through a connection of its own; -1 on error.
    int count(const QString &sql)
    {
        QSqlQuery query(direct());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    // Every table with its row count: what "nothing was written" compares.
    QString state()
    {
        QSqlDatabase db = direct();
        QStringList lines;
        QSqlQuery tables(db);
        const QString sql = isPostgres()
            ? u"SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname NOT IN "
              u"('pg_catalog', 'information_schema') ORDER BY 1"_s
            : u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1"_s;
        if (!tables.exec(sql))
            return u"error: "_s + tables.lastError().text();
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            QSqlQuery rows(db);
            rows.exec(u"SELECT count(*) FROM "_s + table);
            rows.next();
            lines.append(table + u' ' + rows.value(0).toString());
        }
        return lines.join(u'\n');
    }

    // The test-only knobs, the same on both implementations.
    static void setClock(Actes::ResourceRepository &repository, std::function<QDateTime()> clock)
    {
        if (auto *pg = dynamic_cast<Actes::PostgresRepository *>(&repository))
            pg->setClock(std::move(clock));
        else if (auto *file = dynamic_cast<Actes::SqliteRepository *>(&repository))
            file->setClock(std::move(clock));
        else
            QFAIL("unknown repository type");
    }
    static void setRevisionPolicy(Actes::ResourceRepository &repository, int sessionMinutes, int keptRevisions)
    {
        if (auto *pg = dynamic_cast<Actes::PostgresRepository *>(&repository))
            pg->setRevisionPolicy({sessionMinutes, keptRevisions});
        else if (auto *file = dynamic_cast<Actes::SqliteRepository *>(&repository))
            file->setRevisionPolicy({sessionMinutes, keptRevisions});
        else
            QFAIL("unknown repository type");
    }

private:
    QSqlDatabase direct()
    {
        const QString name = u"backend-fixture-direct"_s;
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false) : QSqlDatabase();
        if (!db.isValid()) {
            db = QSqlDatabase::addDatabase(isPostgres() ? u"QPSQL"_s : u"QSQLITE"_s, name);
            if (isPostgres()) {
                db.setHostName(m_server.socketDir());
                db.setPort(m_server.port());
                db.setUserName(Actes::Test::PgTestServer::superuser());
                db.setDatabaseName(m_database);
            } else {
                db.setDatabaseName(m_location);
            }
        }
        if (!db.isOpen())
            db.open();
        return db;
    }

    void clear()
    {
        const QString name = u"backend-fixture-direct"_s;
        if (QSqlDatabase::contains(name)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
        if (!m_database.isEmpty() && m_server.isRunning())
            m_server.psql(u"DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)"_s.arg(m_database));
        m_database.clear();
        m_dir.reset();
        m_location.clear();
    }

    Actes::Test::PgTestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_backend;
    QString m_location;
    QString m_database;
    QString m_error;
    int m_counter = 0;
};

} // namespace BackendFixture
