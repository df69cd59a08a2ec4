#pragma once
// Shared by the command-line tests (tst_cli, tst_clibackends): running the built `actes` binary
// in a private home, and the backends a test runs on. A test with a `backend` column runs the
// same body on a SQLite file and on a PostgreSQL database of a throwaway server started once
// per test executable (pgtestserver.h).
#include "pgtestserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace CliTest {

using namespace Qt::StringLiterals;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline QString fixture(const QString &name)
{
    return QStringLiteral(ACTES_TEST_DATA "/cli/") + name;
}

class Harness : public QObject
{
protected:
    QTemporaryDir m_dir;
    Actes::Test::PgTestServer m_server;
    int m_databases = 0;

    // The backends a test runs on: one row each, in a `backend` column.
    static void backendRows()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgresql") << u"postgresql"_s;
    }
    static QStringList backends() { return {u"sqlite"_s, u"postgresql"_s}; }
    static QString backend()
    {
        QFETCH(QString, backend);
        return backend;
    }
    static bool onServer() { return backend() == u"postgresql"_s; }

    // A file or folder the command writes, one per backend.
    QString outputPath(const QString &name) { return m_dir.filePath(backend() + u'-' + name); }

    // A new, empty library on the backend of the current row: a file that does not exist yet,
    // or a new database on the test server (its schema is created by the first command).
    QString freshLocation(const QString &name) { return freshLocation(backend(), name); }
    QString freshLocation(const QString &kind, const QString &name)
    {
        if (kind == u"sqlite"_s) {
            const QString db = m_dir.filePath(name);
            QFile::remove(db);
            return db;
        }
        const QString database = u"cli_%1"_s.arg(++m_databases);
        if (!m_server.createDatabase(database))
            qWarning() << m_server.errorString();
        return m_server.socketUri(database);
    }

    // The environment of a command: a private home, no library and no libpq setting of this
    // machine, then extraEnv.
    QProcessEnvironment environment(const QProcessEnvironment &extraEnv = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));   // never the user's home
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"home/data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"home/config"_s));
        env.remove(u"ACTES_DB"_s);
        for (const QString &key : env.keys()) {
            if (key.startsWith(u"PG"_s))   // libpq's own settings of this machine stay out
                env.remove(key);
        }
        for (const QString &key : extraEnv.keys())
            env.insert(key, extraEnv.value(key));
        return env;
    }

    Run actes(const QStringList &args, const QProcessEnvironment &extraEnv = {})
    {
        QProcess p;
        p.setProcessEnvironment(environment(extraEnv));
        p.start(QStringLiteral(ACTES_BINARY), args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            return {};
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QJsonObject showJson(const QString &db, const QString &id)
    {
        const Run r = actes({u"--db"_s, db, u"show"_s, id, u"--json"_s});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    QJsonArray listJson(const QString &db)
    {
        const Run r = actes({u"--db"_s, db, u"list"_s, u"--json"_s});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    static QProcessEnvironment asUser(const QString &user)
    {
        QProcessEnvironment env;
        env.insert(u"USER"_s, user);
        return env;
    }
};

} // namespace CliTest
