// The throwaway PostgreSQL server that the team-library tests run against: it starts without a
// system service (as root too), speaks UTF-8, enforces passwords over TCP, and leaves nothing behind.
#include "pgtestserver.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using Actes::Test::PgTestServer;

class TestPgTestServer : public QObject
{
    Q_OBJECT

private:
    static QSqlDatabase connect(const QString &name, const PgTestServer &server, const QString &host,
                                const QString &user, const QString &password, const QString &database)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(host);
        db.setPort(server.port());
        db.setUserName(user);
        db.setPassword(password);
        db.setDatabaseName(database);
        db.open();
        return db;
    }

private slots:
    void startsQueriesAndCleansUp()
    {
        QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s), "the QPSQL driver (libqt6sql6-psql) is missing");
        QString dir;
        {
            PgTestServer server;
            QVERIFY2(server.start(), qPrintable(server.errorString()));
            QVERIFY(server.isRunning());
            QVERIFY(server.port() > 0);
            dir = server.socketDir();
            QVERIFY(QDir(dir).exists());
            QVERIFY(QFile::exists(dir + u"/.s.PGSQL.%1"_s.arg(server.port())));

            QVERIFY2(server.createDatabase(u"bibliothèque"_s), qPrintable(server.errorString()));
            {
                QSqlDatabase db = connect(u"socket"_s, server, server.socketDir(),
                                          PgTestServer::superuser(), QString(), u"bibliothèque"_s);
                QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
                QSqlQuery q(db);
                QVERIFY(q.exec(u"SELECT current_setting('server_version_num')::int, "
                               u"current_setting('server_encoding')"_s));
                QVERIFY(q.next());
                QCOMPARE(q.value(0).toInt() / 10000, 15);
                QCOMPARE(q.value(1).toString(), u"UTF8"_s);

                // French text survives the round trip through the driver.
                const QString french = u"L’économie « sociale\u202F» et l’œuvre\u00A0: 3 et 4 mai"_s;
                QVERIFY(q.prepare(u"SELECT ?::text"_s));
                q.addBindValue(french);
                QVERIFY(q.exec());
                QVERIFY(q.next());
                QCOMPARE(q.value(0).toString(), french);
            }
            QSqlDatabase::removeDatabase(u"socket"_s);

            // Over TCP the server asks for a password (scram-sha-256), and checks it.
            QVERIFY(server.psql(u"CREATE ROLE camille LOGIN PASSWORD 'juste-mot-de-passe'"_s));
            {
                QSqlDatabase wrong = connect(u"wrong"_s, server, u"127.0.0.1"_s, u"camille"_s,
                                             u"faux"_s, u"bibliothèque"_s);
                QVERIFY(!wrong.isOpen());
                QVERIFY2(wrong.lastError().text().contains(u"password"_s),
                         qPrintable(wrong.lastError().text()));
                QSqlDatabase right = connect(u"right"_s, server, u"127.0.0.1"_s, u"camille"_s,
                                             u"juste-mot-de-passe"_s, u"bibliothèque"_s);
                QVERIFY2(right.isOpen(), qPrintable(right.lastError().text()));
                QSqlQuery q(right);
                QVERIFY(q.exec(u"SELECT session_user"_s));
                QVERIFY(q.next());
                QCOMPARE(q.value(0).toString(), u"camille"_s);
            }
            QSqlDatabase::removeDatabase(u"wrong"_s);
            QSqlDatabase::removeDatabase(u"right"_s);

            QCOMPARE(server.tcpUri(u"bibliothèque"_s, u"camille"_s),
                     u"postgresql://camille@127.0.0.1:%1/biblioth%C3%A8que"_s.arg(server.port()));
            QVERIFY2(server.socketUri(u"db"_s).startsWith(u"postgresql://postgres@/db?host=%2Ftmp%2Factes-pg-"_s),
                     qPrintable(server.socketUri(u"db"_s)));

            // A bad statement is reported, not ignored.
            QVERIFY(!server.psql(u"SELECT * FROM no_such_table"_s));
            QVERIFY(server.errorString().contains(u"no_such_table"_s));
        }
        // The destructor stopped the server and removed its directory.
        QVERIFY(!QDir(dir).exists());
    }

    void twoServersSideBySide()
    {
        PgTestServer a;
        PgTestServer b;
        QVERIFY2(a.start(), qPrintable(a.errorString()));
        QVERIFY2(b.start(), qPrintable(b.errorString()));
        QVERIFY(a.port() != b.port());
        QVERIFY(a.socketDir() != b.socketDir());
        a.stop();
        QVERIFY(!a.isRunning());
        QVERIFY(b.psql(u"SELECT 1"_s));
    }
};

QTEST_GUILESS_MAIN(TestPgTestServer)
#include "tst_pgtestserver.moc"
