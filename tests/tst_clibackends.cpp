// The command line on both backends (issue #12): a website dump imported into SQLite and into
// PostgreSQL gives the same output; copy-library SQLite → PostgreSQL → SQLite keeps every
// resource, revision, status change, image and the trash; a copy into a library that is not
// empty (or not a library) is refused and leaves it unchanged; and every way a server can fail
// gives exit 1, one message naming the server and the database (never the password), and
// nothing half-written.
#include "clitest.h"
#include "storage/librarycopy.h"
#include "storage/libraryopener.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <algorithm>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace CliTest;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QByteArray imageBytes(char seed, int size)
{
    QByteArray data("\x89PNG\r\n\x1a\n", 8);
    for (int i = 0; i < size; ++i)
        data.append(char((seed * 37 + i * 11) & 0xff));
    return data;
}

QString databaseOf(const QString &uri)
{
    const QString path = uri.section(u'?', 0, 0).section(u'/', 3);
    return QUrl::fromPercentEncoding(path.toUtf8());
}

} // namespace

class TestCliBackends : public CliTest::Harness
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void websiteDumpGivesTheSameOutputOnBothBackends();
    void copySqlitePostgresSqliteKeepsEverything();
    void secondCopyIntoNonEmptyLibraryIsRefused_data();
    void secondCopyIntoNonEmptyLibraryIsRefused();
    void copyIntoForeignDestinationIsRefused_data();
    void copyIntoForeignDestinationIsRefused();
    void copyOfMissingOrSameLibraryIsRefused();
    void copyShowsProgressOnATerminal();
    void interruptedCopyWritesNothing_data();
    void interruptedCopyWritesNothing();

    void stoppedServerIsReported();
    void wrongPasswordIsReported();
    void passwordComesFromLibpqSources();
    void addressFormsAndTlsModes();
    void missingDatabaseIsReported();
    void missingPrivilegeWritesNothing();
    void newerSchemaIsRefusedUntouched();
    void foreignDatabaseIsRefusedUntouched();
    void connectionLostDuringAWriteSavesNothing_data();
    void connectionLostDuringAWriteSavesNothing();

private:
    // Exit 1, nothing on stdout, one "actes: " line holding every part of mustContain.
    static void expectFailure(const Run &r, const QStringList &mustContain, const QStringList &mustNotContain = {});
    // A superuser connection to a database of the test server, for what the commands cannot see.
    QSqlDatabase direct(const QString &database);
    // Every table of a database with its row count, and the library's meta values.
    QString serverState(const QString &database);
    // A library made through the command line (import, set, status) and the repository (images,
    // trash): what copy-library must keep. Returns the keys of its images.
    QStringList fillLibrary(const QString &db);
    // What a user can see of a library through the command line, plus the revisions, the
    // status history and the images through the repository interface.
    QStringList everything(const QString &db, const QStringList &imageKeys);
    QString importedLibrary(const QString &kind, const QString &name);
};

void TestCliBackends::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(ACTES_BINARY)));
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s), "the QPSQL driver (libqt6sql6-psql) is missing");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(QDir().mkpath(m_dir.filePath(u"home"_s)));
}

void TestCliBackends::cleanupTestCase()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

void TestCliBackends::expectFailure(const Run &r, const QStringList &mustContain, const QStringList &mustNotContain)
{
    QVERIFY2(r.exitCode == 1, qPrintable(u"exit %1: %2%3"_s.arg(r.exitCode).arg(r.out, r.err)));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QVERIFY2(r.err.startsWith(u"actes: "_s), qPrintable(r.err));
    QVERIFY2(r.err.trimmed().count(u'\n') == 0, qPrintable(r.err));   // one line
    for (const QString &part : mustContain)
        QVERIFY2(r.err.contains(part), qPrintable(u"«%1» is not in: %2"_s.arg(part, r.err)));
    QVERIFY2(!r.err.contains(u"server the "_s), qPrintable(r.err));   // "the server the local server"
    for (const QString &part : mustNotContain)
        QVERIFY2(!r.err.contains(part), qPrintable(u"«%1» is in: %2"_s.arg(part, r.err)));
}

QSqlDatabase TestCliBackends::direct(const QString &database)
{
    const QString name = u"direct-%1"_s.arg(database);
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(m_server.socketDir());
    db.setPort(m_server.port());
    db.setUserName(Actes::Test::PgTestServer::superuser());
    db.setDatabaseName(database);
    if (!db.isOpen() && !db.open())
        qWarning() << db.lastError().text();
    return db;
}

QString TestCliBackends::serverState(const QString &database)
{
    QSqlDatabase db = direct(database);
    QStringList lines;
    QSqlQuery tables(db);
    if (!tables.exec(u"SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname NOT IN "
                     u"('pg_catalog', 'information_schema') ORDER BY 1"_s))
        return u"error: "_s + tables.lastError().text();
    while (tables.next()) {
        QSqlQuery rows(db);
        rows.exec(u"SELECT count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM %1 t"_s.arg(tables.value(0).toString()));
        rows.next();
        lines.append(u"%1 %2 %3"_s.arg(tables.value(0).toString(), rows.value(0).toString(), rows.value(1).toString()));
    }
    return lines.join(u'\n');
}

QString TestCliBackends::importedLibrary(const QString &kind, const QString &name)
{
    const QString db = freshLocation(kind, name);
    const Run r = actes({u"--db"_s, db, u"import-site"_s, fixture(u"dump-two-backends.txt"_s)});
    if (r.exitCode != 0)
        qWarning() << r.err;
    return db;
}

// --- the same output on both backends -------------------------------------------------------

void TestCliBackends::websiteDumpGivesTheSameOutputOnBothBackends()
{
    QStringList dumps{fixture(u"dump-two-backends.txt"_s)};
    // The network's own sample, when this checkout has it, as a second input.
    if (QFile::exists(QStringLiteral(ACTES_SHARED_SAMPLES "/site-export.txt")))
        dumps.append(QStringLiteral(ACTES_SHARED_SAMPLES "/site-export.txt"));
    for (const QString &dump : dumps) {
        const QString file = freshLocation(u"sqlite"_s, u"parity.actes"_s);
        const QString server = freshLocation(u"postgresql"_s, {});
        const QString name = QFileInfo(dump).fileName();

        const Run intoFile = actes({u"--db"_s, file, u"import-site"_s, dump});
        const Run intoServer = actes({u"--db"_s, server, u"import-site"_s, dump});
        QVERIFY2(intoFile.exitCode == 0, qPrintable(intoFile.err));
        QVERIFY2(intoServer.exitCode == 0, qPrintable(intoServer.err));
        QCOMPARE(intoServer.out, intoFile.out);   // the same import report, line by line

        QStringList differences;
        const auto compare = [&](const QStringList &command) -> Run {
            const Run a = actes(QStringList{u"--db"_s, file} + command);
            const Run b = actes(QStringList{u"--db"_s, server} + command);
            if (a.exitCode != b.exitCode || a.out != b.out || a.err != b.err)
                differences.append(u"%1 %2:\n--- SQLite (%3)\n%4%5\n--- PostgreSQL (%6)\n%7%8"_s.arg(
                    name, command.join(u' '), QString::number(a.exitCode), a.out, a.err, QString::number(b.exitCode),
                    b.out, b.err));
            return a;
        };
        const Run list = compare({u"list"_s, u"--json"_s});
        const QJsonArray resources = QJsonDocument::fromJson(list.out.toUtf8()).array();
        if (dump == dumps.constFirst()) {
            QCOMPARE(resources.size(), 5);
            QCOMPARE(resources.at(0).toObject()[u"title"_s].toString().isEmpty(), false);
        }
        QVERIFY(!resources.isEmpty());
        compare({u"list"_s});
        compare({u"check"_s, u"--json"_s});
        for (const QJsonValue &value : resources) {
            const QString id = QString::number(value.toObject()[u"id"_s].toInteger());
            const Run shown = compare({u"show"_s, id, u"--json"_s});
            QVERIFY(QJsonDocument::fromJson(shown.out.toUtf8()).object()[u"body_html"_s].toString().size() > 10);
            compare({u"show"_s, id});
        }
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }
}

// --- copy-library ---------------------------------------------------------------------------

QStringList TestCliBackends::fillLibrary(const QString &db)
{
    const QString base = QFileInfo(db).fileName();
    if (actes({u"--db"_s, db, u"import-site"_s, fixture(u"dump-two-backends.txt"_s)}).exitCode != 0)
        return {};
    // Edits by several people (one revision each), a new type, status changes with comments.
    const auto run = [&](const QString &user, const QStringList &args) {
        const Run r = actes(QStringList{u"--db"_s, db} + args, asUser(user));
        if (r.exitCode != 0)
            qWarning() << args << r.err;
    };
    run(u"claire"_s, {u"set"_s, u"1"_s, u"place=Besançon, salle Proudhon"_s, u"attendance=62"_s});
    run(u"mehdi"_s, {u"set"_s, u"1"_s, u"title=Journées « Cœur de bourg » du 14 au 16 mars 2019"_s});
    run(u"mehdi"_s, {u"set"_s, u"2"_s, u"type=Séminaire"_s, u"--new-type"_s});
    run(u"camille"_s, {u"status"_s, u"1"_s, u"review"_s, u"--comment"_s, u"À relire avant la diffusion"_s});
    run(u"dominique"_s, {u"status"_s, u"1"_s, u"approved"_s, u"--comment"_s, u"Validé, merci !"_s});
    run(u"camille"_s, {u"status"_s, u"2"_s, u"review"_s});
    run(u"claire"_s, {u"set"_s, u"4"_s, u"checked=true"_s});

    // Images and the trash have no command: the repository makes them.
    auto library = Actes::openLibrary(db);
    library->setCurrentAuthor(u"ophélie"_s);
    const QString photo = library->storeImage(imageBytes('p', 5000), u"image/png"_s);
    const QString chart = library->storeImage(imageBytes('c', 90000), u"image/jpeg"_s);
    for (const auto &[id, key] : {std::pair{qint64(3), photo}, std::pair{qint64(5), chart}}) {
        Actes::Resource resource = *library->loadResource(id);
        resource.bodyHtml += u"<p><img src=\"actes-image:%1\"></p>"_s.arg(key);
        library->saveResource(resource);
    }
    library->moveToTrash({2});
    return {photo, chart};
}

QStringList TestCliBackends::everything(const QString &db, const QStringList &imageKeys)
{
    QStringList lines;
    for (const QStringList &command : {QStringList{u"list"_s, u"--json"_s}, QStringList{u"check"_s, u"--json"_s}}) {
        const Run r = actes(QStringList{u"--db"_s, db} + command);
        lines.append(command.join(u' ') + u'\n' + r.out + r.err);
    }
    for (int id = 1; id <= 5; ++id) {   // the trashed one too
        for (const QStringList &command : {QStringList{u"show"_s, QString::number(id), u"--json"_s},
                                           QStringList{u"status"_s, QString::number(id)}}) {
            const Run r = actes(QStringList{u"--db"_s, db} + command);
            lines.append(command.join(u' ') + u'\n' + r.out + r.err);
        }
    }
    auto library = Actes::openLibrary(db, Actes::LibraryLocation::Mode::ReadOnly);
    for (qint64 id = 1; id <= 5; ++id) {
        lines.append(u"resource %1 trash=%2 version=%3"_s.arg(id).arg(library->isInTrash(id)).arg(library->storedVersion(id)));
        for (const Actes::RevisionInfo &revision : library->revisions(id)) {
            const std::optional<Actes::Resource> snapshot = library->revisionSnapshot(revision.id);
            lines.append(u"  revision #%1 %2 %3 cause=%4 status=%5 approved=%6 changed=%7 snapshot=%8|%9"_s
                             .arg(revision.number)
                             .arg(revision.at.toString(Qt::ISODateWithMs), revision.author)
                             .arg(int(revision.cause))
                             .arg(Actes::statusKey(revision.status))
                             .arg(revision.approved)
                             .arg(revision.changedFields.join(u','))
                             .arg(snapshot ? snapshot->title : u"none"_s, snapshot ? snapshot->bodyHtml : QString()));
        }
        for (const Actes::StatusChange &change : library->statusHistory(id)) {
            lines.append(u"  status %1→%2 %3 %4 «%5»"_s.arg(Actes::statusKey(change.from), Actes::statusKey(change.to),
                                                           change.at.toString(Qt::ISODateWithMs), change.author,
                                                           change.comment));
        }
    }
    lines.append(u"types "_s + library->resourceTypes().join(u'|'));
    for (const QString &key : imageKeys) {
        QString mime;
        const QByteArray data = library->loadImage(key, &mime);
        lines.append(u"image %1 %2 %3"_s.arg(key, mime, QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())));
    }
    return lines;
}

void TestCliBackends::copySqlitePostgresSqliteKeepsEverything()
{
    const QString source = freshLocation(u"sqlite"_s, u"team.actes"_s);
    const QStringList images = fillLibrary(source);
    QCOMPARE(images.size(), 2);
    const QStringList original = everything(source, images);
    QVERIFY2(original.join(u'\n').contains(u"Validé, merci !"_s), qPrintable(original.join(u'\n')));
    QVERIFY(original.join(u'\n').contains(u"resource 2 trash=1"_s));

    // SQLite → PostgreSQL: moving the team onto the server.
    const QString server = freshLocation(u"postgresql"_s, {});
    Run r = actes({u"--db"_s, source, u"copy-library"_s, server});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"5 resources"_s) && r.out.contains(u"Verified"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(databaseOf(server)), qPrintable(r.out));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));   // no progress when stderr is not a terminal
    QCOMPARE(everything(server, images), original);

    // PostgreSQL → SQLite: a personal copy, a portable backup (--json for scripts).
    const QString personal = m_dir.filePath(u"personal copy.actes"_s);
    QVERIFY(!QFile::exists(personal));
    r = actes({u"--db"_s, server, u"copy-library"_s, personal, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(report[u"resources"_s].toInteger(), 5);
    QCOMPARE(report[u"verified"_s].toBool(), true);
    QCOMPARE(report[u"destination"_s].toString(), personal);
    QVERIFY(report[u"tables"_s].toArray().size() >= 10);
    QCOMPARE(everything(personal, images), original);

    // The same content, table by table, on all three.
    auto a = Actes::openLibrary(source);
    auto b = Actes::openLibrary(server);
    auto c = Actes::openLibrary(personal);
    const QList<Actes::LibraryCopy::TableSummary> summary = Actes::LibraryCopy::summarize(*a);
    QCOMPARE(Actes::LibraryCopy::summarize(*b), summary);
    QCOMPARE(Actes::LibraryCopy::summarize(*c), summary);
    for (const QJsonValue &table : report[u"tables"_s].toArray()) {
        const auto it = std::find_if(summary.cbegin(), summary.cend(), [&](const auto &s) {
            return s.table == table.toObject()[u"table"_s].toString();
        });
        QVERIFY(it != summary.cend());
        QCOMPARE(table.toObject()[u"sha256"_s].toString(), QString::fromLatin1(it->sha256.toHex()));
    }
}

void TestCliBackends::secondCopyIntoNonEmptyLibraryIsRefused_data()
{
    backendRows();
}

void TestCliBackends::secondCopyIntoNonEmptyLibraryIsRefused()
{
    const QString source = importedLibrary(u"sqlite"_s, u"source.actes"_s);
    const QString destination = freshLocation(u"copy.actes"_s);
    QCOMPARE(actes({u"--db"_s, source, u"copy-library"_s, destination}).exitCode, 0);
    QCOMPARE(actes({u"--db"_s, destination, u"set"_s, u"3"_s, u"place=Lons-le-Saunier"_s}).exitCode, 0);
    const QStringList before = everything(destination, {});
    const QByteArray fileBefore = onServer() ? QByteArray() : fileHash(destination);
    const QString stateBefore = onServer() ? serverState(databaseOf(destination)) : QString();

    // The same source again, and another library: both refused, the destination unchanged.
    const QString other = importedLibrary(u"postgresql"_s, {});
    for (const QString &from : {source, other}) {
        const Run r = actes({u"--db"_s, from, u"copy-library"_s, destination});
        expectFailure(r, {onServer() ? databaseOf(destination) : u"copy.actes"_s, u"not empty"_s});
    }
    QCOMPARE(everything(destination, {}), before);
    if (onServer())
        QCOMPARE(serverState(databaseOf(destination)), stateBefore);
    else
        QCOMPARE(fileHash(destination), fileBefore);
}

void TestCliBackends::copyIntoForeignDestinationIsRefused_data()
{
    backendRows();
}

void TestCliBackends::copyIntoForeignDestinationIsRefused()
{
    const QString source = importedLibrary(u"sqlite"_s, u"source.actes"_s);
    QString destination;
    QString named;
    if (onServer()) {
        destination = freshLocation(u"foreign"_s);
        named = databaseOf(destination);
        QVERIFY(m_server.psql(u"CREATE TABLE factures (id int PRIMARY KEY, client text); "
                              u"INSERT INTO factures VALUES (1, 'Mairie de Dole');"_s,
                              named));
    } else {
        destination = m_dir.filePath(u"notes.txt"_s);
        named = u"notes.txt"_s;
        QFile file(destination);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Liste des courses : pain, comté.\n");
    }
    const QString stateBefore = onServer() ? serverState(named) : QString::fromLatin1(fileHash(destination).toHex());
    const Run r = actes({u"--db"_s, source, u"copy-library"_s, destination});
    expectFailure(r, {named});
    QCOMPARE(onServer() ? serverState(named) : QString::fromLatin1(fileHash(destination).toHex()), stateBefore);
    QVERIFY(!QFile::exists(destination + u"-wal"_s));
}

void TestCliBackends::copyOfMissingOrSameLibraryIsRefused()
{
    // A source that does not exist is not created (nor the destination).
    const QString missing = m_dir.filePath(u"absent.actes"_s);
    const QString destination = m_dir.filePath(u"never.actes"_s);
    Run r = actes({u"--db"_s, missing, u"copy-library"_s, destination});
    expectFailure(r, {u"absent.actes"_s, u"does not exist"_s});
    QVERIFY(!QFile::exists(missing));
    QVERIFY(!QFile::exists(destination));

    // A library onto itself.
    const QString source = importedLibrary(u"sqlite"_s, u"itself.actes"_s);
    const QByteArray before = fileHash(source);
    r = actes({u"--db"_s, source, u"copy-library"_s, source});
    expectFailure(r, {u"itself.actes"_s});
    QCOMPARE(fileHash(source), before);

    // Bad usage.
    QCOMPARE(actes({u"--db"_s, source, u"copy-library"_s}).exitCode, 2);
    QCOMPARE(actes({u"--db"_s, source, u"copy-library"_s, destination, u"autre.actes"_s}).exitCode, 2);
    QCOMPARE(actes({u"--db"_s, source, u"copy-library"_s, destination, u"--xml"_s}).exitCode, 2);
    QVERIFY(!QFile::exists(destination));
}

void TestCliBackends::copyShowsProgressOnATerminal()
{
    // script(1) gives the command a terminal: the progress goes to it, on one line.
    const QString source = importedLibrary(u"sqlite"_s, u"progress.actes"_s);
    const QString destination = freshLocation(u"postgresql"_s, {});
    const auto quoted = [](const QString &text) { return u"'"_s + QString(text).replace(u"'"_s, u"'\\''"_s) + u"'"_s; };
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(u"script"_s, {u"-q"_s, u"-e"_s, u"-c"_s,
                                QStringList{quoted(QStringLiteral(ACTES_BINARY)), u"--db"_s, quoted(source),
                                            u"copy-library"_s, quoted(destination)}
                                    .join(u' '),
                                u"/dev/null"_s});
    QVERIFY(process.waitForFinished(120000));
    const QString terminal = QString::fromUtf8(process.readAll());
    QVERIFY2(process.exitCode() == 0, qPrintable(terminal));
    QVERIFY2(terminal.contains(u"\rCopying the library… 100 %"_s), qPrintable(terminal));
    QVERIFY2(terminal.contains(u"5 resources"_s), qPrintable(terminal));
    QCOMPARE(listJson(destination), listJson(source));
}

void TestCliBackends::interruptedCopyWritesNothing_data()
{
    QTest::addColumn<bool>("intoServer");
    QTest::newRow("file into the server") << true;
    QTest::newRow("server into a new file") << false;
}

void TestCliBackends::interruptedCopyWritesNothing()
{
    QFETCH(bool, intoServer);
    const QString server = intoServer ? freshLocation(u"postgresql"_s, {}) : importedLibrary(u"postgresql"_s, {});
    const QString file = intoServer ? importedLibrary(u"sqlite"_s, u"interrupted.actes"_s)
                                    : m_dir.filePath(u"interrupted-copy.actes"_s);
    if (intoServer)
        QCOMPARE(actes({u"--db"_s, server, u"list"_s}).exitCode, 0);   // an empty library
    const QString database = databaseOf(server);
    const QString before = serverState(database);

    // The command waits for a table another session holds; Ctrl-C comes meanwhile.
    QSqlDatabase holder = direct(database);
    QVERIFY(holder.transaction());
    QSqlQuery lock(holder);
    QVERIFY(lock.exec(u"LOCK TABLE resource IN ACCESS EXCLUSIVE MODE"_s));
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(ACTES_BINARY), intoServer ? QStringList{u"--db"_s, file, u"copy-library"_s, server}
                                                           : QStringList{u"--db"_s, server, u"copy-library"_s, file});
    QVERIFY(process.waitForStarted());
    QSqlQuery waiting(direct(u"postgres"_s));
    bool waits = false;
    QElapsedTimer timer;
    timer.start();
    while (!waits && process.state() != QProcess::NotRunning && timer.elapsed() < 60000) {
        QVERIFY(waiting.exec(u"SELECT count(*) FROM pg_stat_activity WHERE datname = '%1' "
                             u"AND application_name = 'Actes' AND wait_event_type = 'Lock'"_s.arg(database)));
        QVERIFY(waiting.next());
        waits = waiting.value(0).toInt() > 0;
        if (!waits)
            QThread::msleep(20);
    }
    QVERIFY(waits);
    QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
    QThread::msleep(200);
    QVERIFY(holder.rollback());
    QVERIFY(process.waitForFinished(60000));
    const Run r{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    expectFailure(r, {u"interrupted"_s, u"nothing was written"_s});
    QCOMPARE(serverState(database), before);
    if (!intoServer)
        QVERIFY2(!QFile::exists(file), "the new file of an interrupted copy was left behind");
}

// --- failures ----------------------------------------------------------------------------------

void TestCliBackends::stoppedServerIsReported()
{
    // A server of its own, stopped once it holds a library.
    Actes::Test::PgTestServer other;
    QVERIFY2(other.start(), qPrintable(other.errorString()));
    QVERIFY(other.createDatabase(u"equipe"_s));
    const QString uri = other.tcpUri(u"equipe"_s, u"postgres"_s);
    const QString socketUri = other.socketUri(u"equipe"_s);
    QCOMPARE(actes({u"--db"_s, socketUri, u"import-site"_s, fixture(u"dump-two-backends.txt"_s)}).exitCode, 0);
    const QString port = QString::number(other.port());
    const QString socketDir = other.socketDir();
    other.stop();

    expectFailure(actes({u"--db"_s, uri, u"list"_s}), {u"127.0.0.1:"_s + port, u"equipe"_s});
    expectFailure(actes({u"--db"_s, socketUri, u"set"_s, u"1"_s, u"place=Dole"_s}), {socketDir, port, u"equipe"_s});
    expectFailure(actes({u"--db"_s, socketUri, u"copy-library"_s, m_dir.filePath(u"unreachable.actes"_s)}),
                  {socketDir, u"equipe"_s});
    QVERIFY(!QFile::exists(m_dir.filePath(u"unreachable.actes"_s)));
}

void TestCliBackends::wrongPasswordIsReported()
{
    const QString server = importedLibrary(u"postgresql"_s, {});
    const QString database = databaseOf(server);
    QVERIFY(m_server.psql(u"CREATE ROLE mehdi LOGIN PASSWORD 'Bon-Mot-De-Passe'"_s));
    QVERIFY(m_server.psql(u"GRANT ALL ON ALL TABLES IN SCHEMA public TO mehdi"_s, database));
    const QString before = serverState(database);
    QProcessEnvironment env;
    env.insert(u"PGPASSWORD"_s, u"Mauvais-Mot-De-Passe"_s);
    const QString uri = m_server.tcpUri(database, u"mehdi"_s) + u"?sslmode=disable"_s;
    expectFailure(actes({u"--db"_s, uri, u"set"_s, u"1"_s, u"place=Dole"_s}, env),
                  {u"127.0.0.1:%1"_s.arg(m_server.port()), database, u"password"_s}, {u"Mauvais"_s});
    // A password in the address is refused, and not repeated.
    expectFailure(actes({u"--db"_s, u"postgresql://mehdi:Bon-Mot-De-Passe@127.0.0.1:%1/%2"_s.arg(m_server.port()).arg(database),
                         u"list"_s}),
                  {u"pgpass"_s}, {u"Bon-Mot"_s});
    QCOMPARE(serverState(database), before);
}

void TestCliBackends::passwordComesFromLibpqSources()
{
    const QString server = importedLibrary(u"postgresql"_s, {});
    const QString database = databaseOf(server);
    QVERIFY(m_server.psql(u"CREATE ROLE ines LOGIN PASSWORD 'Mot:de\\passe'"_s));
    QVERIFY(m_server.psql(u"GRANT ALL ON ALL TABLES IN SCHEMA public TO ines"_s, database));
    QVERIFY(m_server.psql(u"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO ines"_s, database));
    const QString uri = m_server.tcpUri(database, u"ines"_s);

    // ~/.pgpass (mode 0600), as libpq reads it: host:port:database:user:password.
    const QString pgpass = m_dir.filePath(u"home/.pgpass"_s);
    QFile file(pgpass);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"127.0.0.1:%1:*:ines:Mot\\:de\\\\passe\n"_s.arg(m_server.port()).toUtf8());
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    Run r = actes({u"--db"_s, uri, u"list"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 5);

    // PGPASSFILE names another file; PGPASSWORD wins over both.
    QVERIFY(QFile::rename(pgpass, m_dir.filePath(u"secret.pgpass"_s)));
    expectFailure(actes({u"--db"_s, uri, u"list"_s}), {u"password"_s});
    QProcessEnvironment env;
    env.insert(u"PGPASSFILE"_s, m_dir.filePath(u"secret.pgpass"_s));
    r = actes({u"--db"_s, uri, u"set"_s, u"1"_s, u"place=Dole"_s}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QProcessEnvironment direct;
    direct.insert(u"PGPASSWORD"_s, u"Mot:de\\passe"_s);
    QCOMPARE(actes({u"--db"_s, uri, u"show"_s, u"1"_s}, direct).exitCode, 0);
    // Nothing of it is stored by Actes.
    QDirIterator it(m_dir.filePath(u"home"_s), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("Mot:de"), qPrintable(path));
    }
}

void TestCliBackends::addressFormsAndTlsModes()
{
    const QString server = importedLibrary(u"postgresql"_s, {});
    const QString database = databaseOf(server);
    const QString dir = QString::fromLatin1(QUrl::toPercentEncoding(m_server.socketDir()));
    const QString port = QString::number(m_server.port());
    const QByteArray expected = listJson(server).isEmpty() ? QByteArray() : QJsonDocument(listJson(server)).toJson();
    QVERIFY(!expected.isEmpty());

    // Everything in the parameters, the short scheme, and a libpq service file.
    QFile services(m_dir.filePath(u"pg_service.conf"_s));
    QVERIFY(services.open(QIODevice::WriteOnly));
    services.write(u"[equipe]\nhost=%1\nport=%2\ndbname=%3\nuser=postgres\n"_s.arg(m_server.socketDir(), port, database).toUtf8());
    services.close();
    QProcessEnvironment withServices;
    withServices.insert(u"PGSERVICEFILE"_s, services.fileName());
    for (const QString &uri : {u"postgresql:///%1?host=%2&port=%3&user=postgres"_s.arg(database, dir, port),
                               u"postgres://postgres@/%1?host=%2&port=%3"_s.arg(database, dir, port),
                               u"postgresql:///%1?service=equipe"_s.arg(database)}) {
        const Run r = actes({u"--db"_s, uri, u"list"_s, u"--json"_s}, withServices);
        QVERIFY2(r.exitCode == 0, qPrintable(uri + u": "_s + r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).toJson(), expected);
    }

    // TLS modes are libpq's: this server has no TLS, so "prefer" works and "require" is refused.
    QVERIFY(m_server.psql(u"CREATE ROLE tls_user LOGIN PASSWORD 'tls'"_s));
    QVERIFY(m_server.psql(u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO tls_user"_s, database));
    QProcessEnvironment password;
    password.insert(u"PGPASSWORD"_s, u"tls"_s);
    const QString tcp = m_server.tcpUri(database, u"tls_user"_s);
    QCOMPARE(actes({u"--db"_s, tcp + u"?sslmode=prefer"_s, u"list"_s}, password).exitCode, 0);
    expectFailure(actes({u"--db"_s, tcp + u"?sslmode=require"_s, u"list"_s}, password),
                  {u"127.0.0.1:"_s + port, u"SSL"_s});
}

void TestCliBackends::missingDatabaseIsReported()
{
    const QString uri = m_server.socketUri(u"bibliotheque_absente"_s);
    expectFailure(actes({u"--db"_s, uri, u"list"_s}), {m_server.socketDir(), u"bibliotheque_absente"_s});
    expectFailure(actes({u"--db"_s, uri, u"import-site"_s, fixture(u"dump-two-backends.txt"_s)}),
                  {u"bibliotheque_absente"_s});
    QSqlQuery query(direct(u"postgres"_s));
    QVERIFY(query.exec(u"SELECT count(*) FROM pg_database WHERE datname = 'bibliotheque_absente'"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestCliBackends::missingPrivilegeWritesNothing()
{
    // A login without privileges on an empty database: the library cannot be set up.
    QVERIFY(m_server.psql(u"CREATE ROLE sans_droits LOGIN"_s));
    const QString empty = freshLocation(u"postgresql"_s, {});
    const QString emptyDatabase = databaseOf(empty);
    const QString uri = m_server.socketUri(emptyDatabase, u"sans_droits"_s);
    expectFailure(actes({u"--db"_s, uri, u"import-site"_s, fixture(u"dump-two-backends.txt"_s)}),
                  {m_server.socketDir(), emptyDatabase});
    QCOMPARE(serverState(emptyDatabase), QString());

    // A login that may read a library but not write it: reading works, writing is refused.
    const QString library = importedLibrary(u"postgresql"_s, {});
    const QString database = databaseOf(library);
    QVERIFY(m_server.psql(u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO sans_droits"_s, database));
    const QString reader = m_server.socketUri(database, u"sans_droits"_s);
    const QString before = serverState(database);
    QCOMPARE(actes({u"--db"_s, reader, u"list"_s}).exitCode, 0);
    expectFailure(actes({u"--db"_s, reader, u"set"_s, u"1"_s, u"place=Dole"_s}), {database, u"read-only"_s});
    expectFailure(actes({u"--db"_s, reader, u"status"_s, u"1"_s, u"review"_s}), {database});
    expectFailure(actes({u"--db"_s, reader, u"import-site"_s, fixture(u"two-resources.txt"_s)}), {database});
    // ... and may still take a portable copy of it.
    const QString backup = m_dir.filePath(u"reader-backup.actes"_s);
    const Run copied = actes({u"--db"_s, reader, u"copy-library"_s, backup});
    QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
    QCOMPARE(listJson(backup), listJson(library));
    QCOMPARE(serverState(database), before);
}

void TestCliBackends::newerSchemaIsRefusedUntouched()
{
    const QString library = importedLibrary(u"postgresql"_s, {});
    const QString database = databaseOf(library);
    QVERIFY(m_server.psql(u"UPDATE actes_meta SET value = '99' WHERE key = 'schema_version'"_s, database));
    const QString before = serverState(database);
    for (const QStringList &command : {QStringList{u"list"_s}, QStringList{u"set"_s, u"1"_s, u"place=Dole"_s},
                                       QStringList{u"copy-library"_s, m_dir.filePath(u"from-newer.actes"_s)}})
        expectFailure(actes(QStringList{u"--db"_s, library} + command), {m_server.socketDir(), database, u"newer"_s});
    QCOMPARE(serverState(database), before);
    QVERIFY(!QFile::exists(m_dir.filePath(u"from-newer.actes"_s)));
    // Nor is a newer library a destination.
    const QString source = importedLibrary(u"sqlite"_s, u"to-newer.actes"_s);
    expectFailure(actes({u"--db"_s, source, u"copy-library"_s, library}), {database, u"newer"_s});
    QCOMPARE(serverState(database), before);
}

void TestCliBackends::foreignDatabaseIsRefusedUntouched()
{
    const QString uri = freshLocation(u"postgresql"_s, {});
    const QString database = databaseOf(uri);
    QVERIFY(m_server.psql(u"CREATE TABLE adherents (id int PRIMARY KEY, nom text); "
                          u"INSERT INTO adherents VALUES (1, 'Élise');"_s,
                          database));
    const QString before = serverState(database);
    expectFailure(actes({u"--db"_s, uri, u"list"_s}), {m_server.socketDir(), database});
    expectFailure(actes({u"--db"_s, uri, u"import-site"_s, fixture(u"dump-two-backends.txt"_s)}), {database});
    QCOMPARE(serverState(database), before);
}

void TestCliBackends::connectionLostDuringAWriteSavesNothing_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("set") << u"set"_s;
    QTest::newRow("status") << u"status"_s;
    QTest::newRow("copy-library into the server") << u"copy-library"_s;
}

void TestCliBackends::connectionLostDuringAWriteSavesNothing()
{
    QFETCH(QString, command);
    const bool copy = command == u"copy-library"_s;
    const QString library = copy ? freshLocation(u"postgresql"_s, {}) : importedLibrary(u"postgresql"_s, {});
    const QString database = databaseOf(library);
    QStringList args{u"--db"_s, library, u"set"_s, u"3"_s, u"place=Jamais écrit"_s};
    if (command == u"status"_s)
        args = QStringList{u"--db"_s, library, u"status"_s, u"3"_s, u"review"_s};
    if (copy) {
        QCOMPARE(actes({u"--db"_s, library, u"list"_s}).exitCode, 0);   // an empty library
        args = QStringList{u"--db"_s, importedLibrary(u"sqlite"_s, u"cut.actes"_s), u"copy-library"_s, library};
    }
    const QStringList before = everything(library, {});
    const QString stateBefore = serverState(database);

    // Another session holds what the command writes (the resource's row, or the whole table
    // for a copy): the command waits for it inside its write transaction, and its connection
    // is cut while it waits.
    QSqlDatabase holder = direct(database);
    QVERIFY(holder.transaction());
    QSqlQuery lock(holder);
    QVERIFY(lock.exec(copy ? u"LOCK TABLE resource IN ACCESS EXCLUSIVE MODE"_s
                           : u"SELECT id FROM resource WHERE id = 3 FOR UPDATE"_s));

    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(ACTES_BINARY), args);
    QVERIFY(process.waitForStarted());
    QSqlQuery waiting(direct(u"postgres"_s));
    int terminated = 0;
    QElapsedTimer timer;
    timer.start();
    while (terminated == 0 && process.state() != QProcess::NotRunning && timer.elapsed() < 60000) {
        QVERIFY(waiting.exec(u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '%1' "
                             u"AND application_name = 'Actes' AND wait_event_type = 'Lock'"_s.arg(database)));
        QVERIFY(waiting.next());
        terminated = waiting.value(0).toInt();
        if (terminated == 0)
            QThread::msleep(20);
    }
    QVERIFY(holder.rollback());
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(terminated, 1);
    const Run r{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    expectFailure(r, {m_server.socketDir(), u"lost"_s});
    QCOMPARE(serverState(database), stateBefore);
    QCOMPARE(everything(library, {}), before);
}

QTEST_GUILESS_MAIN(TestCliBackends)
#include "tst_clibackends.moc"
