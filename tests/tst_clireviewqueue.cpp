// The review queue on the command line (issue #13): `status ID review --reviewer LOGIN` submits a
// resource to a member, `list --to-review [--json]` lists what waits for me or for anyone. Run on
// a SQLite file and on a PostgreSQL database (clitest.h).
#include "clitest.h"
#include "storage/libraryopener.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace CliTest;

class TestCliReviewQueue : public CliTest::Harness
{
    Q_OBJECT

private:
    // The login "me" of the commands: $USER on a file, the connection's login on the server.
    static QString me() { return onServer() ? Actes::Test::PgTestServer::superuser() : u"camille"_s; }

    Run run(const QString &db, const QStringList &args) { return actes(QStringList{u"--db"_s, db} + args, asUser(u"camille"_s)); }

    QStringList toReviewIds(const QString &db)
    {
        const Run r = run(db, {u"list"_s, u"--to-review"_s, u"--json"_s});
        if (r.exitCode != 0)
            qWarning() << r.err;
        QStringList ids;
        for (const auto &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            ids.append(QString::number(v.toObject()[u"id"_s].toInteger()));
        ids.sort();
        return ids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(ACTES_BINARY)));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void submitToAReviewerAndListTheQueue_data() { backendRows(); }
    void submitToAReviewerAndListTheQueue()
    {
        const QString db = freshLocation(u"queue.actes"_s);
        QCOMPARE(run(db, {u"import-site"_s, fixture(u"two-resources.txt"_s)}).exitCode, 0);
        QString meeting, note;
        for (const auto &v : listJson(db)) {
            const QJsonObject o = v.toObject();
            (o[u"private"_s].toBool() ? note : meeting) = QString::number(o[u"id"_s].toInteger());
        }
        QVERIFY(!meeting.isEmpty() && !note.isEmpty());

        // Nothing waits yet.
        Run r = run(db, {u"list"_s, u"--to-review"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Nothing waits for your review."_s), qPrintable(r.out));
        QVERIFY(toReviewIds(db).isEmpty());

        // A reviewer who is not a member is refused, with the name and the choices; nothing changes.
        r = run(db, {u"status"_s, meeting, u"in-review"_s, u"--reviewer"_s, u"personne"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(u"actes: "_s) && r.err.contains(u"personne"_s) && r.err.contains(me()),
                 qPrintable(r.err));
        QCOMPARE(showJson(db, meeting)[u"status"_s].toString(), u"draft"_s);

        // Submitted to me, and the other one to anyone: both wait for me.
        r = run(db, {u"status"_s, meeting, u"in-review"_s, u"--reviewer"_s, me(), u"--comment"_s, u"À relire"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(me()), qPrintable(r.out));
        QCOMPARE(showJson(db, meeting)[u"status"_s].toString(), u"review"_s);
        QCOMPARE(run(db, {u"status"_s, note, u"review"_s}).exitCode, 0);
        QStringList both{meeting, note};
        both.sort();
        QCOMPARE(toReviewIds(db), both);
        r = run(db, {u"list"_s, u"--to-review"_s});
        QVERIFY2(r.out.contains(u"Tiers-lieux"_s) && r.out.contains(u"2 resources."_s), qPrintable(r.out));

        // The status and its history say whom it waits for.
        r = run(db, {u"status"_s, meeting});
        QVERIFY2(r.out.contains(u"Waiting for: "_s + me()), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Draft → In review, by camille, review requested from "_s + me() + u": À relire"_s),
                 qPrintable(r.out));
        r = run(db, {u"status"_s, note});
        QVERIFY2(r.out.contains(u"Waiting for: any reviewer"_s), qPrintable(r.out));

        // Requested from someone else (through the library): no longer in my queue.
        {
            auto repo = Actes::openLibrary(db);
            repo->setRequestedReviewer(note.toLongLong(), u"bastien"_s);
        }
        QCOMPARE(toReviewIds(db), QStringList{meeting});

        // Once approved, it leaves the queue and no longer waits for anyone.
        r = run(db, {u"status"_s, meeting, u"approved"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(toReviewIds(db).isEmpty());
        QVERIFY(!run(db, {u"status"_s, meeting}).out.contains(u"Waiting for"_s));

        // --reviewer only goes with a submission for review.
        QCOMPARE(run(db, {u"status"_s, meeting, u"draft"_s, u"--reviewer"_s, me()}).exitCode, 2);
        QCOMPARE(run(db, {u"status"_s, meeting, u"--reviewer"_s, me()}).exitCode, 2);
        QCOMPARE(run(db, {u"list"_s, u"--to-review"_s, u"extra"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliReviewQueue)
#include "tst_clireviewqueue.moc"
