// Hostile content and hostile library files, end to end through the real `actes` binary.
//
// Content: SQL, HTML, control characters, a megabyte of text, emoji, right-to-left text and
// other Unicode traps are stored verbatim -- storage is not a sanitizer: what the editor or the
// importer hands over comes back unchanged, through load and through `actes show --json`.
// (HTML is cleaned before it reaches storage, by HtmlSanitizer and the site-export parser.)
//
// Files: a library that is not SQLite, truncated, damaged, newer, another application's
// database, read-only, locked by another program, or on a full disk: the command fails with
// exit status 1 and one "actes: " line naming the file, and what was stored is untouched.
// (tst_storage checks the same cases through SqliteRepository; this is what a user or a
// script sees from the command line.)
#include "storage/libraryerror.h"
#include "storage/sqliterepository.h"
#include "unprivileged.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Actes;
using Kind = LibraryError::Kind;

Q_DECLARE_METATYPE(Actes::Resource)

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Every control character but tab, newline and carriage return, plus those three and DEL.
QString controlCharacters()
{
    QString s;
    for (char16_t c = 1; c < 0x20; ++c)
        s += QChar(c);
    return s + QChar(0x7f);
}

QString megabyte()
{
    QString s;
    s.reserve(1024 * 1024 + 200);
    const QString sentence = u"L’économie sociale et solidaire « crée » des emplois\u00A0; "_s;
    int n = 0;
    while (s.size() < 1024 * 1024)
        s += u"<p>%1 %2</p>"_s.arg(++n).arg(sentence.repeated(6));
    return s;
}

Resource withEverywhere(const QString &value, const QString &rowName)
{
    Resource r;
    r.title = rowName + u" "_s + value;
    r.type = value;
    r.place = value;
    r.summaryHtml = value;
    r.bodyHtml = value;
    r.reviewNote = value;
    r.needsReview = true;
    r.dateStart = QDate(2024, 2, 29);
    r.participants = {Participant{0, u"P "_s + value, value, u"O "_s + value, value}};
    r.partners = {Partner{0, u"Q "_s + value, value}};
    return r;
}

// A site export with one resource.
QByteArray siteExport(const QString &title, const QString &body)
{
    return (u"Réseau\n\n"_s + title + u"\n\n"_s + body + u"\n\nType de ressource\nComptes rendus\nRésumé\n\n"_s + body
            + u"\n"_s)
        .toUtf8();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run actes(const QStringList &args, const std::function<void()> &childSetup = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"ACTES_DEBUG"_s);
    process.setProcessEnvironment(env);
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    process.start(QStringLiteral(ACTES_BINARY), args);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

QJsonObject showJson(const QString &library, qint64 id)
{
    const Run run = actes({u"--db"_s, library, u"show"_s, QString::number(id), u"--json"_s});
    if (run.exitCode != 0) {
        qWarning("show failed: %s", run.err.constData());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("show --json is not JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

} // namespace

class TestHostile final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_dir.reset(); }

    void contentRoundTrip_data();
    void contentRoundTrip();
    void hostileSearchText();
    void hostileImportThroughTheBinary();

    void badLibraryFiles_data();
    void badLibraryFiles();
    void readOnlyLibrary();
    void lockedLibrary();
    void fullDisk();
    void pdfExportFailureKeepsThePreviousFile();

private:
    QString path(const QString &name = u"bibliothèque « hostile ».actes"_s) const { return m_dir->filePath(name); }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir->filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }
    void makeLibrary(const QString &file, int count);
    // Checks a failed command: exit 1, an "actes: " message naming the library.
    void expectFailure(const Run &run, const QString &library, const char *what);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHostile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(QStringLiteral(ACTES_BINARY)), ACTES_BINARY);
}

void TestHostile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHostile::makeLibrary(const QString &file, int count)
{
    auto repo = SqliteRepository::open(file);
    for (int i = 0; i < count; ++i) {
        Resource r = withEverywhere(u"Texte de la ressource, assez long pour remplir des pages. "_s.repeated(40),
                                    u"Ressource %1"_s.arg(i));
        repo->createResource(r);
    }
}

void TestHostile::expectFailure(const Run &run, const QString &library, const char *what)
{
    if (QTest::currentDataTag() == nullptr || qstrcmp(QTest::currentDataTag(), "damaged pages") != 0)
        QVERIFY2(run.err.trimmed().count('\n') == 0, qPrintable(u"more than one line: "_s + QString::fromUtf8(run.err)));
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(run.exitCode == 1, qPrintable(u"%1: exit %2, stderr: %3"_s.arg(QLatin1String(what)).arg(run.exitCode).arg(err)));
    QVERIFY2(err.startsWith(u"actes: "_s), qPrintable(err));
    QVERIFY2(err.contains(QDir::toNativeSeparators(library)), qPrintable(u"the message does not name the file: "_s + err));
}

// --- Content ---------------------------------------------------------------------------------

void TestHostile::contentRoundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("SQL") << u"Robert'); DROP TABLE resource;-- \" OR 1=1 -- %_\\ ' || x'00' || '"_s;
    QTest::newRow("HTML") << u"<script>alert('x')</script><img src=x onerror=alert(1)> &amp; &lt;b&gt; <!-- c -->"_s;
    QTest::newRow("control characters") << u"avant"_s + controlCharacters() + u"après"_s;
    QTest::newRow("terminal escapes") << u"\x1b[2J\x1b]0;titre\x07\x1b[31mrouge\x1b[0m"_s;
    QTest::newRow("emoji") << u"🎉 👩🏽‍🌾 🏳️‍🌈 🇫🇷 \U0001F9D1\u200D\U0001F91D\u200D\U0001F9D1 𝔘𝔫𝔦𝔠𝔬𝔡𝔢"_s;
    QTest::newRow("right to left") << u"مرحبا بالعالم — שלום עולם — \u202Eإخفاء\u202C \u200Fا\u200E 1234"_s;
    QTest::newRow("unicode traps") << u"e\u0301 (NFD) é (NFC) \uFEFF BOM \u2028 LS \u2029 PS \u00AD \u200B \uFFFD"_s;
    QTest::newRow("french typography") << u"L’œuvre « Été »\u00A0: déjà\u202F! Œ æ ß ẞ"_s;
    QTest::newRow("one megabyte") << megabyte();
}

void TestHostile::contentRoundTrip()
{
    QFETCH(QString, value);
    const QString rowName = QString::fromLatin1(QTest::currentDataTag());
    const Resource original = withEverywhere(value, rowName);
    qint64 id = 0;
    {
        auto repo = SqliteRepository::open(path());
        id = repo->createResource(original).id;
    }
    {
        auto repo = SqliteRepository::open(path());
        const Resource r = *repo->loadResource(id);
        QCOMPARE(r.title, original.title);
        QCOMPARE(r.type, original.type);
        QCOMPARE(r.place, original.place);
        QCOMPARE(r.summaryHtml, original.summaryHtml);
        QCOMPARE(r.bodyHtml, original.bodyHtml);
        QCOMPARE(r.reviewNote, original.reviewNote);
        QCOMPARE(r.participants.size(), 1);
        QCOMPARE(r.participants.first().name, original.participants.first().name);
        QCOMPARE(r.participants.first().function, value);
        QCOMPARE(r.participants.first().organisation, original.participants.first().organisation);
        QCOMPARE(r.participants.first().role, value);
        QCOMPARE(r.partners.first().name, original.partners.first().name);
        QCOMPARE(r.partners.first().role, value);
        // The list shows the same title, and saving it back unchanged is not a change.
        QCOMPARE(repo->listResources().first().title, original.title);
        Resource again = r;
        QCOMPARE(repo->saveResource(again).title, original.title);
        // A second resource with the same hostile title is its own resource.
        Resource twin = original;
        twin.dateStart = QDate(2025, 1, 1);
        QVERIFY(repo->createResource(twin).id != id);
        QCOMPARE(repo->findResource(original.title, original.dateStart), std::optional<qint64>(id));
    }

    // Through the binary: `show --json` gives every field back unchanged.
    const QJsonObject json = showJson(path(), id);
    QVERIFY(!json.isEmpty());
    QCOMPARE(json.value(u"title"_s).toString(), original.title);
    QCOMPARE(json.value(u"type"_s).toString(), original.type);
    QCOMPARE(json.value(u"place"_s).toString(), original.place);
    QCOMPARE(json.value(u"summary_html"_s).toString(), original.summaryHtml);
    QCOMPARE(json.value(u"body_html"_s).toString(), original.bodyHtml);
    const QJsonObject participant = json.value(u"participants"_s).toArray().first().toObject();
    QCOMPARE(participant.value(u"name"_s).toString(), original.participants.first().name);
    QCOMPARE(participant.value(u"function"_s).toString(), value);
    QCOMPARE(participant.value(u"organisation"_s).toString(), original.participants.first().organisation);
    QCOMPARE(participant.value(u"role"_s).toString(), value);
    const QJsonObject partner = json.value(u"partners"_s).toArray().first().toObject();
    QCOMPARE(partner.value(u"name"_s).toString(), original.partners.first().name);
    QCOMPARE(partner.value(u"role"_s).toString(), value);

    // `list --json` too.
    const Run list = actes({u"--db"_s, path(), u"list"_s, u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray all = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).toObject().value(u"title"_s).toString(), original.title);
    QCOMPARE(all.at(1).toObject().value(u"title"_s).toString(), original.title);
}

void TestHostile::hostileSearchText()
{
    // Whatever is typed in the search field is a search, never an SQL or FTS syntax error.
    auto repo = SqliteRepository::open(path());
    repo->createResource(withEverywhere(u"Économie « sociale »"_s, u"Cible"_s));
    const QStringList queries = {
        u"\""_s, u"\"\""_s, u"'"_s, u"*"_s, u"-"_s, u"^"_s, u"NEAR("_s, u"a OR"_s, u"AND"_s, u"NOT"_s, u"("_s, u")"_s, u"col:val"_s,
        u"title:économie"_s, u"{title}"_s, u"économie*"_s, u"'; DROP TABLE resource; --"_s, u"%"_s, u"_"_s, u"\\"_s,
        controlCharacters(), u"🎉"_s, u"مرحبا"_s, u"\u0000"_s, u"e\u0301conomie"_s, u" "_s, u"\t\n"_s,
        QString(5000, u'x'), u"a b c d e f g h i j k l m n o p q r s t u v w x y z"_s.repeated(20),
    };
    for (const QString &q : queries) {
        ResourceFilter filter;
        filter.searchText = q;
        try {
            repo->listResources(filter);
            repo->countResources(filter);
        } catch (const LibraryError &e) {
            QFAIL(qPrintable(u"search for %1 failed: %2"_s.arg(q.left(40), e.message())));
        }
    }
    ResourceFilter filter;
    filter.searchText = u"economie \"sociale"_s;
    QCOMPARE(repo->countResources(filter), 1);
}

void TestHostile::hostileImportThroughTheBinary()
{
    const QString title = u"Robert'); DROP TABLE resource;-- <b>gras</b> & 🎉 مرحبا שלום – 3 mai 2016"_s;
    const QString body = u"<script>alert(1)</script> & &amp; ' \" -- ; DROP TABLE x; 👩🏽‍🌾 עברית \u202Eabc"_s;
    const QString file = writeFile(u"export hostile.txt"_s, siteExport(title, body));
    const Run run = actes({u"--db"_s, path(), u"import-site"_s, file});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    auto repo = SqliteRepository::open(path());
    QCOMPARE(repo->countResources(), 1);
    const Resource r = *repo->loadResource(repo->listResources().first().id);
    QCOMPARE(r.title, title);
    QCOMPARE(r.dateStart, QDate(2016, 5, 3));
    // Imported text is text: markup in it is escaped, never live HTML.
    QVERIFY2(r.bodyHtml.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s), qPrintable(r.bodyHtml));
    QVERIFY(!r.bodyHtml.contains(u"<script"_s));
    QVERIFY(r.bodyHtml.contains(u"👩🏽‍🌾 עברית \u202Eabc"_s));
    const QJsonObject json = showJson(path(), r.id);
    QCOMPARE(json.value(u"title"_s).toString(), title);
    QCOMPARE(json.value(u"body_html"_s).toString(), r.bodyHtml);
    // Re-importing the same file is recognised (same title and date): nothing duplicated.
    QCOMPARE(actes({u"--db"_s, path(), u"import-site"_s, file}).exitCode, 0);
    QCOMPARE(repo->countResources(), 1);
}

// --- Library files ---------------------------------------------------------------------------

void TestHostile::badLibraryFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");   // a word of the message
    QTest::newRow("text file") << u"text"_s << u"not an Actes library"_s;
    QTest::newRow("random bytes") << u"random"_s << u"not an Actes library"_s;
    QTest::newRow("another application's database") << u"foreign"_s << u"another application"_s;
    QTest::newRow("cut in half") << u"truncated"_s << u"damaged"_s;
    QTest::newRow("damaged pages") << u"pages"_s << u"damaged"_s;
    QTest::newRow("newer version") << u"newer"_s << u"newer version of Actes"_s;
    QTest::newRow("a folder") << u"folder"_s << u"folder"_s;
}

void TestHostile::badLibraryFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString file = path();
    const auto raw = [&](const QString &sql) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA journal_mode = DELETE"_s));
            QVERIFY(query.exec(sql));
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
    };
    if (kind == u"text"_s) {
        writeFile(QFileInfo(file).fileName(), "Compte rendu du séminaire\nLigne deux\n");
    } else if (kind == u"random"_s) {
        QByteArray bytes;
        for (int i = 0; i < 20000; ++i)
            bytes.append(char((i * 7919 + 13) % 251));
        writeFile(QFileInfo(file).fileName(), bytes);
    } else if (kind == u"foreign"_s) {
        raw(u"CREATE TABLE contacts (name TEXT)"_s);
    } else if (kind == u"truncated"_s) {
        makeLibrary(file, 40);
        QFile f(file);
        QVERIFY(f.size() > 10 * 4096);
        QVERIFY(f.resize(f.size() / 2));
    } else if (kind == u"pages"_s) {
        makeLibrary(file, 40);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(f.size() / 2 / 4096 * 4096 + 100));
        f.write(QByteArray(5000, '\xA5'));
    } else if (kind == u"newer"_s) {
        makeLibrary(file, 3);
        raw(u"PRAGMA user_version = 1000"_s);
    } else if (kind == u"folder"_s) {
        QVERIFY(QDir().mkpath(file));
    }
    const QString exportFile = writeFile(u"export.txt"_s, siteExport(u"Rencontre – 3 mai 2016"_s, u"Texte."_s));
    const QByteArray before = fileHash(file);
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);

    for (const QStringList &command : {QStringList{u"list"_s}, QStringList{u"show"_s, u"1"_s},
                                       QStringList{u"import-site"_s, exportFile}}) {
        const Run run = actes(QStringList{u"--db"_s, file} + command);
        if (kind == u"pages"_s) {
            // The damaged-library message stays on one line even though quick_check reports
            // one line per problem.
            QVERIFY2(run.err.trimmed().count('\n') == 0, run.err.constData());
        }
        expectFailure(run, file, qPrintable(command.first()));
        QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
        QCOMPARE(fileHash(file), before);
        // Nothing created beside it either (no -wal, -shm or journal left behind).
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot), filesBefore);
    }
}

void TestHostile::readOnlyLibrary()
{
    makeLibrary(path(), 3);
    QVERIFY(QFile::setPermissions(path(), QFile::ReadOwner | QFile::ReadUser));
    const auto restore = qScopeGuard([&] { QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner); });
    const QByteArray before = fileHash(path());
    // Root is not stopped by permissions: as root, actes runs without the capabilities that
    // bypass them, as an ordinary user would.
    const Run list = actes({u"--db"_s, path(), u"list"_s}, Unprivileged::dropFileOverrides);
    QCOMPARE(list.exitCode, 0);   // reading works
    const QString exportFile = writeFile(u"export.txt"_s, siteExport(u"Rencontre – 3 mai 2016"_s, u"Texte."_s));
    const Run import = actes({u"--db"_s, path(), u"import-site"_s, exportFile}, Unprivileged::dropFileOverrides);
    expectFailure(import, path(), "import-site");
    QCOMPARE(fileHash(path()), before);
}

void TestHostile::lockedLibrary()
{
    makeLibrary(path(), 3);
    const QString exportFile = writeFile(u"export.txt"_s, siteExport(u"Rencontre – 3 mai 2016"_s, u"Texte."_s));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery other(db);
        // Another program holding the whole file.
        QVERIFY(other.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        QVERIFY(other.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(other.exec(u"INSERT INTO library_setting (key, value) VALUES ('verrou', 'oui')"_s));
        const Run run = actes({u"--db"_s, path(), u"import-site"_s, exportFile});
        expectFailure(run, path(), "import-site on a locked library");
        QVERIFY2(QString::fromUtf8(run.err).contains(u"in use by another program"_s), run.err.constData());
        QVERIFY(other.exec(u"ROLLBACK"_s));
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    // Released: everything is there and the same import now works.
    QCOMPARE(SqliteRepository::open(path())->countResources(), 3);
    QCOMPARE(actes({u"--db"_s, path(), u"import-site"_s, exportFile}).exitCode, 0);
    QCOMPARE(SqliteRepository::open(path())->countResources(), 4);
}

void TestHostile::fullDisk()
{
    // A disk that fills up during an import, simulated with a file size limit (RLIMIT_FSIZE) on
    // the `actes` process: SQLite's writes fail midway. The import must fail as a whole.
    makeLibrary(path(), 5);
    QString body;
    for (int i = 0; i < 3000; ++i)
        body += u"Paragraphe %1 d’un compte rendu beaucoup trop long pour ce disque.\n\n"_s.arg(i);
    QString text = u"Réseau\n\n"_s;
    for (int i = 0; i < 8; ++i) {
        text += u"Rencontre %1 – %2 mai 2016\n\n"_s.arg(i).arg(i + 1) + body
            + u"Type de ressource\nComptes rendus\nRésumé\n\nParagraphe 0 d’un compte rendu beaucoup trop long "
              u"pour ce disque.\n\n"_s;
    }
    const QString exportFile = writeFile(u"gros export.txt"_s, text.toUtf8());
    QList<Resource> before;
    {
        auto repo = SqliteRepository::open(path());
        for (const ResourceSummary &s : repo->listResources())
            before.append(*repo->loadResource(s.id));
    }
    const QByteArray hashBefore = fileHash(path());
    const rlim_t limit = rlim_t(QFileInfo(path()).size() + 256 * 1024);
    const Run run = actes({u"--db"_s, path(), u"import-site"_s, exportFile}, [limit] {
        std::signal(SIGXFSZ, SIG_IGN);   // a failed write instead of a signal
        const rlimit fsize{limit, limit};
        ::setrlimit(RLIMIT_FSIZE, &fsize);
    });
    expectFailure(run, path(), "import-site on a full disk");
    qInfo("full disk: %s", run.err.trimmed().constData());

    // Everything stored before is still there, unchanged, and the library is healthy.
    QCOMPARE(fileHash(path()), hashBefore);
    auto repo = SqliteRepository::open(path());
    QCOMPARE(repo->countResources(), int(before.size()));
    for (const Resource &r : before)
        QVERIFY(repo->loadResource(r.id)->sameContentAs(r));
    QSqlQuery check(QSqlDatabase::database(repo->connectionName(), false));
    QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
    QCOMPARE(check.value(0).toString(), u"ok"_s);
    repo.reset();
    // With room again, the same import succeeds.
    const Run again = actes({u"--db"_s, path(), u"import-site"_s, exportFile});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(SqliteRepository::open(path())->countResources(), int(before.size()) + 8);
}

void TestHostile::pdfExportFailureKeepsThePreviousFile()
{
    // export-pdf writes to a temporary file beside --out and renames it into place once the
    // PDF is complete (post-processing included): a failed write (a full disk, simulated with
    // RLIMIT_FSIZE) leaves the previous file as it was and nothing else behind.
    makeLibrary(path(), 5);
    const QString pdf = m_dir->filePath(u"actes « 2016 ».pdf"_s);
    const QString fresh = m_dir->filePath(u"nouveau.pdf"_s);
    const Run full = actes({u"--db"_s, path(), u"export-pdf"_s, u"--include-private"_s, u"--out"_s, fresh});
    QVERIFY2(full.exitCode == 0, full.err.constData());
    const qint64 size = QFileInfo(fresh).size();
    const rlim_t limit = 64 * 1024;   // room for the library's shared memory, not for the PDF
    QVERIFY2(qint64(limit) < size / 2, qPrintable(QString::number(size)));
    QVERIFY(QFile::remove(fresh));

    const QByteArray previous = "%PDF-1.4\n% l’export de la semaine dernière\n%%EOF\n";
    QCOMPARE(writeFile(u"actes « 2016 ».pdf"_s, previous), pdf);
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    const auto fullDisk = [limit] {
        std::signal(SIGXFSZ, SIG_IGN);   // a failed write instead of a signal
        const rlimit fsize{limit, limit};
        ::setrlimit(RLIMIT_FSIZE, &fsize);
    };
    for (const QString &out : {pdf, fresh}) {
        const Run run = actes({u"--db"_s, path(), u"export-pdf"_s, u"--include-private"_s, u"--out"_s, out}, fullDisk);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith("actes: ") && run.err.trimmed().count('\n') == 0, run.err.constData());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), previous);   // not clobbered
        QVERIFY(!QFile::exists(fresh));       // nothing where there was nothing
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), filesBefore);   // no temporary file left
    }
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
