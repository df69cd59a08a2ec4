// Automatic backups of a library: made when due, rotated, consistent, restorable, and a
// damaged backup never replaces a library.
#include "storage/backupmanager.h"
#include "storage/libraryerror.h"
#include "storage/sqliterepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Actes;
using namespace std::chrono_literals;
using Kind = LibraryError::Kind;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

Resource resource(const QString &title, int paragraphs = 3)
{
    Resource r;
    r.title = title;
    r.type = u"Compte rendu"_s;
    r.dateStart = QDate(2016, 5, 3);
    r.dateEnd = QDate(2016, 5, 4);
    r.place = u"Lyon — salle « Œuvre »"_s;
    r.summaryHtml = u"<p>Résumé\u00A0: l’économie sociale\u202F!</p>"_s;
    QString body;
    for (int i = 0; i < paragraphs; ++i)
        body += u"<p>Paragraphe %1 : les élu·es et les coopératives ont débattu de l’emploi local.</p>"_s.arg(i);
    r.bodyHtml = body;
    r.participants = {Participant{0, u"Anaïs Lefèvre"_s, u"Élue"_s, u"Métropole"_s, u"Intervenant·e"_s}};
    r.partners = {Partner{0, u"Ville de Lyon"_s, u"Hôte"_s}};
    return r;
}

Kind kindOf(const std::function<void()> &fn, QString *message = nullptr)
{
    try {
        fn();
    } catch (const LibraryError &error) {
        if (message)
            *message = error.message();
        return error.kind();
    }
    return Kind(-1);
}

// The live resources of a library, sorted by title, for comparisons.
// The content of the attached document of fillLibrary().
QByteArray attachmentBytes()
{
    QByteArray data("%PDF-1.4\n% diaporama\n");
    for (int i = 0; i < 4000; ++i)
        data.append(char(i * 13 & 0xff));
    return data;
}

QList<Resource> contentOf(ResourceRepository &repo)
{
    QList<qint64> ids;
    for (const ResourceSummary &s : repo.listResources())
        ids.append(s.id);
    QList<Resource> list = repo.loadResources(ids);
    std::sort(list.begin(), list.end(), [](const Resource &a, const Resource &b) { return a.title < b.title; });
    return list;
}

} // namespace

class TestBackup final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_dir.reset(); }

    void backupWhenDueNotWhenFresh();
    void nothingToBackUp();
    void rotationKeepsTheNewest();
    void backupIsAConsistentLibrary();
    void backupDoesNotWaitForAWriter();
    void restoreRoundTrip();
    void restoreRefusesBadBackups_data();
    void restoreRefusesBadBackups();
    void restoreRefusesALibraryInUse();
    void restoreReplacesADamagedLibrary();
    void foreignFileIsNotBackedUp();
    void filesAreReadableByTheirOwnerOnly();
    void savesAreDurable();

private:
    QString path(const QString &name = u"bibliothèque « test ».actes"_s) const { return m_dir->filePath(name); }
    void fillLibrary(int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_imageKey;
    QDateTime m_now = QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC);
};

namespace {

// The permission bits of a file or folder, as `stat` shows them (0600, 0700...).
int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QString octal(int mode)
{
    return u"0%1"_s.arg(mode, 0, 8);
}

} // namespace

// Issue #10, item 6: the library, its -wal and -shm files, its backups (and their folder) and
// a restore's kept copy are readable by their owner only, whatever the umask.
void TestBackup::filesAreReadableByTheirOwnerOnly()
{
    const mode_t previous = ::umask(022);
    const auto restoreUmask = qScopeGuard([previous] { ::umask(previous); });
    const QString library = path();
    {
        auto repo = SqliteRepository::open(library);
        repo->createResource(resource(u"Séminaire privé"_s, 12));
        QVERIFY(QFile::exists(library + u"-wal"_s));
        QVERIFY(QFile::exists(library + u"-shm"_s));
        for (const QString &file : {library, library + u"-wal"_s, library + u"-shm"_s})
            QVERIFY2(modeOf(file) == 0600, qPrintable(file + u": "_s + octal(modeOf(file))));

        BackupManager manager(library);
        manager.setClock([this] { return m_now; });
        const QString backup = manager.backupNow(7);
        QVERIFY2(modeOf(manager.backupFolder()) == 0700, qPrintable(octal(modeOf(manager.backupFolder()))));
        QVERIFY2(modeOf(backup) == 0600, qPrintable(octal(modeOf(backup))));
        QCOMPARE(QDir(manager.backupFolder()).entryList(QDir::Files), QStringList{QFileInfo(backup).fileName()});
    }
    BackupManager manager(library);
    m_now = m_now.addSecs(60);
    manager.setClock([this] { return m_now; });
    const QString kept = manager.restore(manager.backups().first().path);
    QVERIFY(QFile::exists(kept));
    QVERIFY2(modeOf(kept) == 0600, qPrintable(octal(modeOf(kept))));
    QVERIFY2(modeOf(library) == 0600, qPrintable(octal(modeOf(library))));

    // A library and a backup made by an earlier Actes (0644) are made private when next used.
    const QString older = path(u"ancienne.actes"_s);
    QVERIFY(QFile::copy(library, older));
    QVERIFY(QFile::setPermissions(older, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    QCOMPARE(modeOf(older), 0644);
    SqliteRepository::open(older)->createResource(resource(u"Autre"_s, 3));
    QCOMPARE(modeOf(older), 0600);
}

// Issue #10, item 11: an acknowledged save is on the disk (synchronous = FULL on the
// connection that writes), not only in the operating system's cache.
void TestBackup::savesAreDurable()
{
    auto repo = SqliteRepository::open(path());
    QSqlQuery query(QSqlDatabase::database(repo->connectionName(), false));
    QVERIFY(query.exec(u"PRAGMA synchronous"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 2);   // 2 = FULL (1 = NORMAL would only survive a crash)
    query.finish();
    QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_s);
}

void TestBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_now = QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC);
}

void TestBackup::fillLibrary(int count)
{
    auto repo = SqliteRepository::open(path());
    for (int i = 0; i < count; ++i)
        repo->createResource(resource(u"Séminaire %1"_s.arg(i), 40));
    m_imageKey = repo->storeImage(QByteArray("\x89PNG fake image", 15), u"image/png"_s);
    repo->setLibraryValue(u"spelling"_s, u"fr_FR"_s);
    // An attached document on the first resource (a backup keeps it and its content).
    if (count > 0) {
        Resource first = repo->loadResources({repo->listResources().constLast().id}).constFirst();
        Attachment slides;
        slides.title = u"Diaporama – économie sociale"_s;
        slides.kind = AttachmentKind::Slides;
        slides.fileName = u"diaporama.pdf"_s;
        slides.mimeType = u"application/pdf"_s;
        slides.size = attachmentBytes().size();
        slides.sha256 = repo->storeAttachmentData(attachmentBytes(), u"coopératives"_s);
        first.attachments = {slides};
        repo->saveResource(first);
    }
}

void TestBackup::backupWhenDueNotWhenFresh()
{
    fillLibrary(3);
    BackupManager manager(path());
    manager.setClock([this] { return m_now; });
    QCOMPARE(manager.backupFolder(), path() + u".backups"_s);
    QVERIFY(manager.backups().isEmpty());

    const std::optional<QString> first = manager.backupIfDue(7);
    QVERIFY(first);
    QVERIFY(QFileInfo(*first).isFile());
    QCOMPARE(QFileInfo(*first).absolutePath(), manager.backupFolder());
    QCOMPARE(QFileInfo(*first).fileName(), u"bibliothèque « test »-20240301-093000.actes"_s);
    QCOMPARE(manager.backups().size(), 1);
    QCOMPARE(manager.backups().first().created, m_now);
    QCOMPARE(manager.backups().first().size, QFileInfo(*first).size());

    // Fresh: nothing is made, within the day and on a clock set back by a few minutes.
    m_now = m_now.addSecs(23 * 3600);
    QVERIFY(!manager.backupIfDue(7));
    m_now = m_now.addSecs(-23 * 3600 - 600);
    QVERIFY(!manager.backupIfDue(7));
    QCOMPARE(manager.backups().size(), 1);

    // Due after a day, or with a shorter maximum age.
    m_now = m_now.addSecs(24 * 3600 + 601);
    const std::optional<QString> second = manager.backupIfDue(7);
    QVERIFY(second);
    QVERIFY(*second != *first);
    QCOMPARE(manager.backups().size(), 2);
    QCOMPARE(manager.backups().first().path, *second);   // newest first
    m_now = m_now.addSecs(2 * 3600);
    QVERIFY(!manager.backupIfDue(7));
    QVERIFY(manager.backupIfDue(7, 1h));

    // Two backups within the same second get distinct names.
    const QString a = manager.backupNow(7);
    const QString b = manager.backupNow(7);
    QVERIFY(a != b);
    QCOMPARE(manager.backups().size(), 5);
    // Nothing is left behind under a temporary name.
    QCOMPARE(QDir(manager.backupFolder()).entryList({u"*.partial"_s}, QDir::Files).size(), 0);
}

void TestBackup::nothingToBackUp()
{
    BackupManager manager(path());
    QVERIFY(!manager.backupIfDue(7));   // no library yet
    QVERIFY(!QFileInfo::exists(manager.backupFolder()));
    QFile empty(path());
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QVERIFY(!manager.backupIfDue(7));   // 0-byte file: nothing to keep
    fillLibrary(1);
    QVERIFY(!manager.backupIfDue(0));   // backups disabled
    QVERIFY(!QFileInfo::exists(manager.backupFolder()));
    QVERIFY(manager.backupIfDue(1));
}

void TestBackup::rotationKeepsTheNewest()
{
    fillLibrary(2);
    BackupManager manager(path());
    manager.setClock([this] { return m_now; });
    QVERIFY(QDir().mkpath(manager.backupFolder()));
    // Files the user put there, or that look alike but belong to another library, are never deleted.
    const QStringList foreign = {u"notes.txt"_s, u"autre-20200101-000000.actes"_s,
                                 u"bibliothèque « test »-copie.actes"_s};
    for (const QString &name : foreign) {
        QFile f(manager.backupFolder() + u'/' + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("à garder");
    }

    QStringList made;
    for (int day = 0; day < 10; ++day) {
        const std::optional<QString> p = manager.backupIfDue(3);
        QVERIFY(p);
        made.append(*p);
        m_now = m_now.addDays(1).addSecs(17);
    }
    const QList<BackupInfo> kept = manager.backups();
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.at(0).path, made.at(9));
    QCOMPARE(kept.at(1).path, made.at(8));
    QCOMPARE(kept.at(2).path, made.at(7));
    for (int i = 0; i < 7; ++i)
        QVERIFY(!QFileInfo::exists(made.at(i)));
    for (const QString &name : foreign)
        QVERIFY2(QFileInfo::exists(manager.backupFolder() + u'/' + name), qPrintable(name));

    // A smaller setting prunes on the next backup.
    m_now = m_now.addDays(1);
    QVERIFY(manager.backupIfDue(1));
    QCOMPARE(manager.backups().size(), 1);
}

void TestBackup::backupIsAConsistentLibrary()
{
    fillLibrary(25);
    const QByteArray libraryBefore = fileHash(path());
    BackupManager manager(path());
    const QString backup = manager.backupNow(7);
    QCOMPARE(BackupManager::verify(backup), 25);

    // The backup is a library of its own with the same content; making it changed nothing.
    auto original = SqliteRepository::open(path(), OpenMode::ReadOnly);
    auto copy = SqliteRepository::open(backup, OpenMode::ReadOnly);
    QCOMPARE(copy->schemaVersion(), SqliteRepository::latestSchemaVersion());
    const QList<Resource> a = contentOf(*original), b = contentOf(*copy);
    QCOMPARE(b.size(), 25);
    for (qsizetype i = 0; i < a.size(); ++i) {
        QVERIFY(b.at(i).sameContentAs(a.at(i)));
        QCOMPARE(b.at(i).id, a.at(i).id);
        QCOMPARE(b.at(i).version, a.at(i).version);
    }
    QCOMPARE(copy->people().size(), original->people().size());
    QCOMPARE(copy->libraryValue(u"spelling"_s), u"fr_FR"_s);
    QString mime;
    QCOMPARE(copy->loadImage(m_imageKey, &mime), QByteArray("\x89PNG fake image", 15));
    QCOMPARE(mime, u"image/png"_s);
    ResourceFilter search;
    search.searchText = u"cooperatives"_s;   // the full-text index came along
    QCOMPARE(copy->countResources(search), 25);
    original.reset();
    copy.reset();
    QCOMPARE(fileHash(path()), libraryBefore);
}

void TestBackup::backupDoesNotWaitForAWriter()
{
    fillLibrary(5);
    auto repo = SqliteRepository::open(path());
    BackupManager manager(path());
    QString backup;
    QElapsedTimer timer;
    // The application is in the middle of a write transaction: the backup neither waits for it
    // nor sees its uncommitted work.
    repo->inTransaction([&] {
        repo->createResource(resource(u"Pas encore validée"_s));
        timer.start();
        backup = manager.backupNow(7);
    });
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(repo->countResources(), 6);
    QCOMPARE(BackupManager::verify(backup), 5);
}

void TestBackup::restoreRoundTrip()
{
    fillLibrary(4);
    BackupManager manager(path());
    manager.setClock([this] { return m_now; });
    const QString backup = *manager.backupIfDue(7);
    QList<Resource> before;
    {
        auto repo = SqliteRepository::open(path());
        before = contentOf(*repo);
        // The attached document is detached after the backup.
        Resource attached;
        for (const Resource &r : std::as_const(before)) {
            if (!r.attachments.isEmpty())
                attached = r;
        }
        QCOMPARE(attached.attachments.size(), 1);
        attached.attachments.clear();
        repo->saveResource(attached);
        Resource changed = repo->loadResource(before.first().id).value();
        changed.title = u"Renommée après la sauvegarde"_s;
        repo->saveResource(changed);
        repo->createResource(resource(u"Ajoutée après la sauvegarde"_s));
        QCOMPARE(repo->countResources(), 5);
    }
    const QByteArray current = fileHash(path());

    m_now = m_now.addSecs(3600);
    const QString kept = manager.restore(backup);
    QCOMPARE(QFileInfo(kept).fileName(), u"bibliothèque « test ».before-restore-20240301-103000.actes"_s);
    QCOMPARE(QFileInfo(kept).absolutePath(), QFileInfo(path()).absolutePath());
    QCOMPARE(fileHash(kept), current);   // the replaced library is kept as it was
    QVERIFY(QFileInfo::exists(backup));   // and the backup stays a backup
    QVERIFY(!QFileInfo::exists(path() + u".restoring"_s));

    {
        auto repo = SqliteRepository::open(path());
        const QList<Resource> after = contentOf(*repo);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i)
            QVERIFY(after.at(i).sameContentAs(before.at(i)));
        // The attachment and its content are back.
        int attachments = 0;
        for (const Resource &r : after) {
            for (const Attachment &a : r.attachments) {
                QCOMPARE(repo->attachmentData(a.sha256), attachmentBytes());
                ++attachments;
            }
        }
        QCOMPARE(attachments, 1);
        repo->createResource(resource(u"Écrite après la restauration"_s));   // writable
    }
    {
        auto previous = SqliteRepository::open(kept, OpenMode::ReadOnly);
        QCOMPARE(previous->countResources(), 5);
        QVERIFY(previous->findResource(u"Ajoutée après la sauvegarde"_s, QDate(2016, 5, 3)));
    }

    // Restoring again keeps the second state too, under another name.
    const QString keptAgain = manager.restore(backup);
    QVERIFY(keptAgain != kept);
    QVERIFY(QFileInfo::exists(kept));
    QCOMPARE(SqliteRepository::open(keptAgain, OpenMode::ReadOnly)->countResources(), 5);
    QCOMPARE(SqliteRepository::open(path())->countResources(), 4);

    // A library that was deleted can be restored too.
    QVERIFY(QFile::remove(path()));
    QCOMPARE(manager.restore(backup), QString());
    QCOMPARE(SqliteRepository::open(path())->countResources(), 4);
}

void TestBackup::restoreRefusesBadBackups_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("kind");
    QTest::newRow("damaged pages") << u"pages"_s << int(Kind::Corrupt);
    QTest::newRow("cut in half") << u"truncated"_s << int(Kind::Corrupt);
    QTest::newRow("not a database") << u"text"_s << int(Kind::NotALibrary);
    QTest::newRow("another application's database") << u"foreign"_s << int(Kind::NotALibrary);
    QTest::newRow("newer version") << u"newer"_s << int(Kind::NewerVersion);
    QTest::newRow("missing") << u"missing"_s << int(Kind::Io);
}

void TestBackup::restoreRefusesBadBackups()
{
    QFETCH(QString, damage);
    QFETCH(int, kind);
    fillLibrary(60);
    BackupManager manager(path());
    const QString backup = manager.backupNow(7);
    const auto raw = [&](const QString &sql) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(backup);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(sql));
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
    };
    QFile file(backup);
    if (damage == u"pages"_s) {
        QVERIFY(file.size() > 12 * 4096);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2 / 4096 * 4096));
        file.write(QByteArray(2 * 4096, '\xA5'));
        file.close();
    } else if (damage == u"truncated"_s) {
        QVERIFY(file.resize(file.size() / 2));
    } else if (damage == u"text"_s) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("Compte rendu en texte, pas une bibliothèque.\n");
        file.close();
    } else if (damage == u"foreign"_s) {
        QVERIFY(file.remove());
        raw(u"CREATE TABLE contacts (name TEXT)"_s);
    } else if (damage == u"newer"_s) {
        raw(u"PRAGMA user_version = 999"_s);
    } else if (damage == u"missing"_s) {
        QVERIFY(file.remove());
    }

    const QByteArray before = fileHash(path());
    QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);
    QString message;
    QCOMPARE(int(kindOf([&] { manager.restore(backup); }, &message)), kind);
    QVERIFY2(message.contains(QDir::toNativeSeparators(backup)), qPrintable(message));
    QCOMPARE(fileHash(path()), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore);   // no before-restore copy, no leftover
    QCOMPARE(SqliteRepository::open(path())->countResources(), 60);
}

void TestBackup::restoreRefusesALibraryInUse()
{
    fillLibrary(3);
    BackupManager manager(path());
    const QString backup = manager.backupNow(7);
    auto other = SqliteRepository::open(path());   // another window or program
    other->createResource(resource(u"Écrite ailleurs"_s));
    QString message;
    QCOMPARE(kindOf([&] { manager.restore(backup); }, &message), Kind::Locked);
    QVERIFY2(message.contains(QDir::toNativeSeparators(path())), qPrintable(message));
    QCOMPARE(other->countResources(), 4);
    other->createResource(resource(u"Encore une"_s));   // still works
    other.reset();
    QCOMPARE(SqliteRepository::open(path())->countResources(), 5);
    QCOMPARE(QDir(m_dir->path()).entryList({u"*before-restore*"_s}, QDir::Files).size(), 0);
}

void TestBackup::restoreReplacesADamagedLibrary()
{
    fillLibrary(40);
    BackupManager manager(path());
    const QString backup = manager.backupNow(7);
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(5 * 4096));
        file.write(QByteArray(3 * 4096, '\x5A'));
    }
    QCOMPARE(kindOf([&] { SqliteRepository::open(path()); }), Kind::Corrupt);
    const QByteArray damaged = fileHash(path());
    const QString kept = manager.restore(backup);
    QCOMPARE(fileHash(kept), damaged);   // kept for a rescue attempt, as it was
    QCOMPARE(SqliteRepository::open(path())->countResources(), 40);
}

void TestBackup::foreignFileIsNotBackedUp()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TABLE contacts (name TEXT)"_s));
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    BackupManager manager(path());
    QString message;
    QCOMPARE(kindOf([&] { manager.backupIfDue(7); }, &message), Kind::NotALibrary);
    QVERIFY2(message.contains(QDir::toNativeSeparators(path())), qPrintable(message));
    QVERIFY(manager.backups().isEmpty());
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
