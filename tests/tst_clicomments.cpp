// `actes comments` and `actes comment` on both backends: a comment anchored to the first
// occurrence of a quote (in the body, then the summary), a quote found nowhere refused with
// nothing added, replies, resolving, the JSON listing, and the blocking check of `actes check`.
#include "clitest.h"
#include "storage/libraryopener.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QSqlDatabase>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace CliTest;

class TestCliComments : public CliTest::Harness
{
    Q_OBJECT

private slots:
    void initTestCase();

    void commentOnTheFirstOccurrence_data() { backendRows(); }
    void commentOnTheFirstOccurrence();
    void quoteFoundNowhereAddsNothing_data() { backendRows(); }
    void quoteFoundNowhereAddsNothing();
    void repliesResolveAndCheck_data() { backendRows(); }
    void repliesResolveAndCheck();
    void badUsage_data() { backendRows(); }
    void badUsage();
    void onlyTheInternalPdfListsComments_data() { backendRows(); }
    void onlyTheInternalPdfListsComments();

private:
    // A library holding one resource; returns its location, the id in *id.
    QString libraryWithResource(const QString &name, QString *id)
    {
        const QString location = freshLocation(name);
        auto repo = Actes::openLibrary(location);
        Actes::Resource r;
        r.title = u"Rencontre régionale"_s;
        r.summaryHtml = u"<p>Les structures réunies à Lyon.</p>"_s;
        r.bodyHtml = u"<p>Le réseau et les structures de l’ESS.</p><p>Puis les structures publiques.</p>"_s;
        *id = QString::number(repo->createResource(r).id);
        return location;
    }
    QJsonArray commentsJson(const QString &db, const QString &id)
    {
        const Run r = actes({u"--db"_s, db, u"comments"_s, id, u"--json"_s});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
};

void TestCliComments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(ACTES_BINARY)));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(QDir().mkpath(m_dir.filePath(u"home"_s)));
}

void TestCliComments::commentOnTheFirstOccurrence()
{
    QString id;
    const QString db = libraryWithResource(u"first.actes"_s, &id);
    Run r = actes({u"--db"_s, db, u"comment"_s, id, u"--quote"_s, u"structures"_s, u"--text"_s, u"Lesquelles ?"_s},
                  asUser(u"claire"_s));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"body"_s), qPrintable(r.out));
    // Only in the summary: the summary.
    r = actes({u"--db"_s, db, u"comment"_s, id, u"--quote"_s, u"Lyon"_s, u"--text"_s, u"Quelle salle ?"_s});
    QCOMPARE(r.exitCode, 0);
    // In both, asked in the summary.
    r = actes({u"--db"_s, db, u"comment"_s, id, u"--quote"_s, u"structures"_s, u"--field"_s, u"summary"_s,
               u"--text"_s, u"Et ici ?"_s});
    QCOMPARE(r.exitCode, 0);

    const QJsonArray list = commentsJson(db, id);
    QCOMPARE(list.size(), 3);
    const QJsonObject first = list.at(0).toObject();
    QCOMPARE(first.value(u"field"_s).toString(), u"body"_s);
    QCOMPARE(first.value(u"quote"_s).toString(), u"structures"_s);
    QCOMPARE(first.value(u"text"_s).toString(), u"Lesquelles ?"_s);
    QVERIFY(first.value(u"parent"_s).isNull());
    QCOMPARE(first.value(u"resolved"_s).toBool(), false);
    QCOMPARE(first.value(u"detached"_s).toBool(), false);
    QVERIFY(first.value(u"id"_s).toInteger() > 0);
    QVERIFY(!first.value(u"created"_s).toString().isEmpty());
    // The author: the server's login on PostgreSQL, the user on SQLite.
    QCOMPARE(first.value(u"author"_s).toString(), onServer() ? Actes::Test::PgTestServer::superuser() : u"claire"_s);
    QCOMPARE(list.at(1).toObject().value(u"field"_s).toString(), u"summary"_s);
    QCOMPARE(list.at(1).toObject().value(u"quote"_s).toString(), u"Lyon"_s);
    QCOMPARE(list.at(2).toObject().value(u"field"_s).toString(), u"summary"_s);

    // The first occurrence of the body: offsets in its text.
    auto repo = Actes::openLibrary(db);
    const Actes::Comment stored = repo->comments(id.toLongLong()).first();
    QCOMPARE(stored.anchor.start, 17);
    QCOMPARE(stored.anchor.after, u" de l’ESS.\nPuis les stru"_s);

    r = actes({u"--db"_s, db, u"comments"_s, id});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"structures"_s) && r.out.contains(u"Lesquelles ?"_s) && r.out.contains(u"Quelle salle ?"_s),
             qPrintable(r.out));
}

void TestCliComments::quoteFoundNowhereAddsNothing()
{
    QString id;
    const QString db = libraryWithResource(u"nowhere.actes"_s, &id);
    Run r = actes({u"--db"_s, db, u"comment"_s, id, u"--quote"_s, u"Marseille"_s, u"--text"_s, u"?"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(u"actes: "_s) && r.err.contains(u"Marseille"_s), qPrintable(r.err));
    // Only in the body, asked in the summary.
    r = actes({u"--db"_s, db, u"comment"_s, id, u"--quote"_s, u"réseau"_s, u"--field"_s, u"summary"_s, u"--text"_s,
               u"?"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"réseau"_s), qPrintable(r.err));
    QCOMPARE(commentsJson(db, id).size(), 0);
    r = actes({u"--db"_s, db, u"comments"_s, u"999"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"999"_s), qPrintable(r.err));
}

void TestCliComments::repliesResolveAndCheck()
{
    QString id;
    const QString db = libraryWithResource(u"replies.actes"_s, &id);
    QCOMPARE(actes({u"--db"_s, db, u"comment"_s, id, u"--quote"_s, u"réseau"_s, u"--text"_s, u"Lequel ?"_s}).exitCode,
             0);
    const QString thread = QString::number(commentsJson(db, id).at(0).toObject().value(u"id"_s).toInteger());
    Run r = actes({u"--db"_s, db, u"check"_s, u"--ids"_s, id});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"comment"_s), qPrintable(r.out));

    r = actes({u"--db"_s, db, u"comment"_s, id, u"--reply"_s, thread, u"--text"_s, u"Le RTES."_s});
    QCOMPARE(r.exitCode, 0);
    r = actes({u"--db"_s, db, u"comment"_s, id, u"--resolve"_s, thread});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = commentsJson(db, id);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(u"resolved"_s).toBool(), true);
    QCOMPARE(list.at(1).toObject().value(u"parent"_s).toInteger(), thread.toLongLong());
    QCOMPARE(list.at(1).toObject().value(u"text"_s).toString(), u"Le RTES."_s);
    r = actes({u"--db"_s, db, u"check"_s, u"--ids"_s, id, u"--json"_s});
    QVERIFY2(!r.out.contains(u"\"comments\""_s), qPrintable(r.out));

    r = actes({u"--db"_s, db, u"comment"_s, id, u"--reopen"_s, thread});
    QCOMPARE(r.exitCode, 0);
    r = actes({u"--db"_s, db, u"check"_s, u"--ids"_s, id, u"--json"_s});
    QVERIFY2(r.out.contains(u"\"comments\""_s), qPrintable(r.out));
    QCOMPARE(actes({u"--db"_s, db, u"comment"_s, id, u"--resolve"_s, u"4242"_s}).exitCode, 1);
}

void TestCliComments::badUsage()
{
    QString id;
    const QString db = libraryWithResource(u"usage.actes"_s, &id);
    for (const QStringList &args : {QStringList{u"comment"_s, id, u"--quote"_s, u"réseau"_s},
                                    QStringList{u"comment"_s, id, u"--text"_s, u"seul"_s},
                                    QStringList{u"comment"_s, id, u"--quote"_s, u"réseau"_s, u"--text"_s, u"x"_s,
                                                u"--field"_s, u"titre"_s},
                                    QStringList{u"comments"_s}}) {
        const Run r = actes(QStringList{u"--db"_s, db} + args);
        QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ') + u": "_s + r.err));
    }
    QCOMPARE(commentsJson(db, id).size(), 0);
}

// Read back with an independent reader: the public edition holds the report and none of its
// comments; the internal edition lists them after the report, with their author and status.
void TestCliComments::onlyTheInternalPdfListsComments()
{
    QString id;
    const QString db = libraryWithResource(u"pdf.actes"_s, &id);
    QCOMPARE(actes({u"--db"_s, db, u"set"_s, id, u"private=false"_s}).exitCode, 0);
    QCOMPARE(actes({u"--db"_s, db, u"comment"_s, id, u"--quote"_s, u"réseau"_s, u"--text"_s, u"Préciser lequel"_s},
                   asUser(u"claire"_s))
                 .exitCode,
             0);
    const QString thread = QString::number(commentsJson(db, id).at(0).toObject().value(u"id"_s).toInteger());
    QCOMPARE(actes({u"--db"_s, db, u"comment"_s, id, u"--reply"_s, thread, u"--text"_s, u"Le réseau RTES"_s}).exitCode,
             0);

    const QString publicPdf = outputPath(u"public.pdf"_s);
    const QString internalPdf = outputPath(u"internal.pdf"_s);
    Run r = actes({u"--db"_s, db, u"export-pdf"_s, u"--out"_s, publicPdf, u"--ids"_s, id});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = actes({u"--db"_s, db, u"export-pdf"_s, u"--out"_s, internalPdf, u"--ids"_s, id, u"--include-private"_s,
               u"--lang"_s, u"en"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    auto text = [](const QString &pdf) {
        QProcess p;
        p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput()).replace(QChar(0x00A0), u' ');
    };
    const QString publicText = text(publicPdf);
    QVERIFY2(publicText.contains(u"structures de l’ESS"_s), qPrintable(publicText));
    for (const QString &word : {u"Préciser lequel"_s, u"Le réseau RTES"_s, u"claire"_s})
        QVERIFY2(!publicText.contains(word), qPrintable(word));
    const QString internalText = text(internalPdf);
    for (const QString &word : {u"Review comments"_s, u"Préciser lequel"_s, u"Le réseau RTES"_s, u"“réseau”"_s, u"Open"_s})
        QVERIFY2(internalText.contains(word), qPrintable(word + u"\n"_s + internalText));
    if (!onServer())
        QVERIFY2(internalText.contains(u"claire"_s), qPrintable(internalText));

    // The website export: resolved (an open comment blocks approval), approved, exported.
    QCOMPARE(actes({u"--db"_s, db, u"comment"_s, id, u"--resolve"_s, thread}).exitCode, 0);
    r = actes({u"--db"_s, db, u"set"_s, id, u"type=Compte rendu"_s, u"date_start=2024-05-12"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = actes({u"--db"_s, db, u"status"_s, id, u"approved"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString site = outputPath(u"site"_s);
    r = actes({u"--db"_s, db, u"export-site"_s, u"--out"_s, site});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QString written;
    QDirIterator files(site, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        written += QString::fromUtf8(file.readAll());
    }
    QVERIFY2(written.contains(u"structures de l’ESS"_s), qPrintable(written.left(2000)));
    for (const QString &word : {u"Préciser lequel"_s, u"Le réseau RTES"_s, u"claire"_s})
        QVERIFY2(!written.contains(word), qPrintable(word));
}

QTEST_GUILESS_MAIN(TestCliComments)
#include "tst_clicomments.moc"
