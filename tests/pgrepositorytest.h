#pragma once
// Shared by the PostgreSQL library tests: one throwaway server per test executable, a fresh
// database per test function, and direct reads of what the server holds.
#include "pgtestserver.h"
#include "storage/postgresrepository.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>

namespace PgRepositoryTest {

using namespace Qt::StringLiterals;

class Fixture
{
public:
    bool start() { return m_server.start(); }
    QString errorString() const { return m_server.errorString(); }
    Actes::Test::PgTestServer &server() { return m_server; }

    // A new, empty database; returns its name ("" on failure).
    QString freshDatabase()
    {
        const QString name = u"bibliothèque_%1"_s.arg(++m_counter);
        return m_server.createDatabase(name) ? name : QString();
    }
    QString uri(const QString &database) const { return m_server.socketUri(database); }

    // A superuser connection to database, for reading what is stored independently of the repository.
    QSqlDatabase direct(const QString &database)
    {
        const QString name = u"direct-%1"_s.arg(database);
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                       : QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(m_server.socketDir());
        db.setPort(m_server.port());
        db.setUserName(Actes::Test::PgTestServer::superuser());
        db.setDatabaseName(database);
        if (!db.isOpen())
            db.open();
        return db;
    }

    // Every table of the database with its row count and, for actes_meta, its contents: what
    // "left untouched" compares.
    QString state(const QString &database)
    {
        QSqlDatabase db = direct(database);
        QStringList lines;
        QSqlQuery tables(db);
        if (!tables.exec(u"SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname NOT IN "
                         u"('pg_catalog', 'information_schema') ORDER BY 1"_s))
            return u"error: "_s + tables.lastError().text();
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            QSqlQuery rows(db);
            rows.exec(u"SELECT count(*) FROM "_s + table);
            rows.next();
            lines.append(table + u' ' + rows.value(0).toString());
        }
        QSqlQuery meta(db);
        if (meta.exec(u"SELECT key || '=' || value FROM actes_meta ORDER BY key"_s)) {
            while (meta.next())
                lines.append(meta.value(0).toString());
        }
        return lines.join(u'\n');
    }

    int count(const QString &database, const QString &sql)
    {
        QSqlQuery query(direct(database));
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    void closeDirect(const QString &database)
    {
        const QString name = u"direct-%1"_s.arg(database);
        if (QSqlDatabase::contains(name)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }

private:
    Actes::Test::PgTestServer m_server;
    int m_counter = 0;
};

// Plain SQL as a member's login, as psql would send it (the team tests: what the server
// refuses whatever the client). The connection's name is added to connections, which
// closeSqlConnections() closes after each test function.
inline QSqlDatabase sqlConnection(Fixture &fixture, const QString &database, const QString &login,
                                  QStringList &connections)
{
    const QString name = QStringLiteral("as-%1-%2").arg(login, database);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    connections.append(name);
    db.setHostName(fixture.server().socketDir());
    db.setPort(fixture.server().port());
    db.setUserName(login);
    db.setDatabaseName(database);
    if (!db.open())
        qWarning() << db.lastError().text();
    return db;
}

inline void closeSqlConnections(QStringList &connections)
{
    for (const QString &name : std::as_const(connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    connections.clear();
}

// Runs sql as db: the SQLSTATE of its error, "" when it succeeded (and the server's message).
inline QString sqlState(QSqlDatabase db, const QString &sql, QString *message = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(sql)) {
        if (message)
            message->clear();
        return QString();
    }
    if (message)
        *message = query.lastError().databaseText();
    return query.lastError().nativeErrorCode();
}

} // namespace PgRepositoryTest
