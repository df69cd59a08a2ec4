// Schema migrations: a library made by any earlier version of Actes opens with its data intact.
#include "storage/libraryerror.h"
#include "storage/sqliterepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Actes;
using Kind = LibraryError::Kind;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs statements on a library file through its own connection, as an older Actes would have.
bool runSql(const QString &path, const QStringList &statements, QString *error)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old-actes"_s);
        db.setDatabaseName(path);
        if (!db.open()) {
            *error = db.lastError().text();
            ok = false;
        } else {
            QSqlQuery query(db);
            for (const QString &sql : statements) {
                if (!query.exec(sql)) {
                    *error = sql + u" -> "_s + query.lastError().text();
                    ok = false;
                    break;
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(u"old-actes"_s);
    return ok;
}

int userVersion(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"PRAGMA user_version"_s) && query.next())
                version = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(u"probe"_s);
    return version;
}

// Data as version 1 stored it: every column of the first schema, French text included.
const QStringList version1Data{
    uR"(INSERT INTO resource (id, title, title_key, type_id, is_private, private_confirmed, status,
        date_start, date_end, place, attendance, created, modified, version)
        VALUES (7, 'Séminaire « l’œuvre »', 'seminaire « l’oeuvre »',
        (SELECT id FROM resource_type WHERE name = 'Compte rendu'), 1, 1, 'review', '2021-10-04', '2021-10-05',
        'Lille', 85, '2021-10-06T08:00:00.000Z', '2021-10-07T09:30:00.000Z', 4))"_s,
    uR"(INSERT INTO resource (id, title, title_key, status, place, created, modified, version)
        VALUES (8, 'Sans date', 'sans date', 'draft', '', '2021-01-01T00:00:00.000Z',
        '2021-01-01T00:00:00.000Z', 1))"_s,
    uR"(INSERT INTO resource_text (resource_id, summary_html, body_html)
        VALUES (7, '<p>Résumé</p>', '<p>Les coopératives d’habitants</p>'), (8, '', ''))"_s,
    uR"(INSERT INTO person (id, name, function, organisation, name_key)
        VALUES (3, 'Anaïs Lefèvre', 'Élue', 'Lille', 'anais lefevre'), (4, 'Zoé Martin', '', '', 'zoe martin'))"_s,
    uR"(INSERT INTO organisation (id, name, name_key, sort_key)
        VALUES (5, 'Ville de Lille', 'ville de lille', 'ville de lille'))"_s,
    uR"(INSERT INTO resource_person (resource_id, position, person_id, role)
        VALUES (7, 0, 4, 'Animateur·rice'), (7, 1, 3, 'Intervenant·e'))"_s,
    uR"(INSERT INTO resource_organisation (resource_id, position, organisation_id, role)
        VALUES (7, 0, 5, 'Hôte'))"_s,
    uR"(INSERT INTO resource_fts (rowid, title, summary, body)
        VALUES (7, 'Séminaire « l’oeuvre »', 'Résumé', 'Les coopératives d’habitants'), (8, 'Sans date', '', ''))"_s,
};

} // namespace

class TestMigrations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void versionsAreReal();
    void fromMissingFile();
    void fromEmptyFile();
    void fromEveryOlderVersion_data();
    void fromEveryOlderVersion();
    void failedMigrationKeepsOlderVersion();
    void olderVersionReadOnlyIsRefusedUntouched();
    void newerVersionIsRefusedUntouched();
    void createAtSchemaVersionRefusesBadInput();

private:
    QString path() const { return m_dir->filePath(u"ancienne bibliothèque.actes"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMigrations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMigrations::cleanup()
{
    m_dir.reset();
}

void TestMigrations::versionsAreReal()
{
    QVERIFY(SqliteRepository::latestSchemaVersion() >= 2);
    for (int version = 1; version <= SqliteRepository::latestSchemaVersion(); ++version) {
        const QString file = m_dir->filePath(u"v%1.actes"_s.arg(version));
        SqliteRepository::createAtSchemaVersion(file, version);
        QCOMPARE(userVersion(file), version);
    }
    // Version 1 has no trash yet: the older schema is really older.
    QString error;
    QVERIFY(!runSql(m_dir->filePath(u"v1.actes"_s), {u"SELECT deleted_at FROM resource"_s}, &error));
    QVERIFY(runSql(m_dir->filePath(u"v2.actes"_s), {u"SELECT deleted_at FROM resource"_s}, &error));
    // Version 3 has no revisions yet; version 4 has them and the status history.
    QVERIFY(!runSql(m_dir->filePath(u"v3.actes"_s), {u"SELECT count(*) FROM revision"_s}, &error));
    QVERIFY(runSql(m_dir->filePath(u"v4.actes"_s),
                   {u"SELECT count(*) FROM revision"_s, u"SELECT count(*) FROM status_change"_s}, &error));
    // Version 5 has no attachments yet; version 6 has their rows, their content and the
    // attachments column of the search index.
    QVERIFY(!runSql(m_dir->filePath(u"v5.actes"_s), {u"SELECT count(*) FROM resource_attachment"_s}, &error));
    QVERIFY(!runSql(m_dir->filePath(u"v5.actes"_s), {u"SELECT attachments FROM resource_fts"_s}, &error));
    QVERIFY(runSql(m_dir->filePath(u"v6.actes"_s),
                   {u"SELECT count(*) FROM resource_attachment"_s, u"SELECT count(*) FROM attachment_data"_s,
                    u"SELECT dismissed_checks FROM resource"_s, u"SELECT attachments FROM resource_fts"_s},
                   &error));
}

void TestMigrations::fromMissingFile()
{
    auto repo = SqliteRepository::open(path());
    QCOMPARE(repo->schemaVersion(), SqliteRepository::latestSchemaVersion());
}

void TestMigrations::fromEmptyFile()
{
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    auto repo = SqliteRepository::open(path());
    QCOMPARE(repo->schemaVersion(), SqliteRepository::latestSchemaVersion());
    QCOMPARE(repo->resourceTypes().size(), 5);
    repo->setLibraryValue(u"k"_s, u"v"_s);   // the newest tables exist
    QCOMPARE(repo->libraryValue(u"k"_s), u"v"_s);
}

void TestMigrations::fromEveryOlderVersion_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version < SqliteRepository::latestSchemaVersion(); ++version)
        QTest::addRow("from version %d", version) << version;
}

void TestMigrations::fromEveryOlderVersion()
{
    QFETCH(int, version);
    SqliteRepository::createAtSchemaVersion(path(), version);
    QStringList data = version1Data;
    if (version >= 2) {
        data << u"UPDATE resource SET needs_review = 1, review_note = 'À vérifier' WHERE id = 7"_s
             << u"UPDATE resource SET deleted_at = '2022-01-01T00:00:00.000Z' WHERE id = 8"_s;
    }
    QString error;
    QVERIFY2(runSql(path(), data, &error), qPrintable(error));

    auto repo = SqliteRepository::open(path());
    QCOMPARE(repo->schemaVersion(), SqliteRepository::latestSchemaVersion());

    const std::optional<Resource> r = repo->loadResource(7);
    QVERIFY(r);
    QCOMPARE(r->title, u"Séminaire « l’œuvre »"_s);
    QCOMPARE(r->type, u"Compte rendu"_s);
    QVERIFY(r->isPrivate);
    QVERIFY(r->privateConfirmed);
    QCOMPARE(r->status, Status::InReview);
    QCOMPARE(r->dateStart, QDate(2021, 10, 4));
    QCOMPARE(r->dateEnd, QDate(2021, 10, 5));
    QCOMPARE(r->place, u"Lille"_s);
    QCOMPARE(r->attendance, std::optional<int>(85));
    QCOMPARE(r->summaryHtml, u"<p>Résumé</p>"_s);
    QCOMPARE(r->bodyHtml, u"<p>Les coopératives d’habitants</p>"_s);
    QCOMPARE(r->created, QDateTime(QDate(2021, 10, 6), QTime(8, 0), Qt::UTC));
    QCOMPARE(r->modified, QDateTime(QDate(2021, 10, 7), QTime(9, 30), Qt::UTC));
    QCOMPARE(r->version, 4);
    QCOMPARE(r->needsReview, version >= 2);
    QCOMPARE(r->reviewNote, version >= 2 ? u"À vérifier"_s : u""_s);
    const QList<Participant> participants{
        Participant{4, u"Zoé Martin"_s, u""_s, u""_s, u"Animateur·rice"_s},
        Participant{3, u"Anaïs Lefèvre"_s, u"Élue"_s, u"Lille"_s, u"Intervenant·e"_s},
    };
    QCOMPARE(r->participants, participants);
    QCOMPARE(r->partners, (QList<Partner>{Partner{5, u"Ville de Lille"_s, u"Hôte"_s}}));

    // Trash state survives (version 2 and later), or everything is live (version 1).
    ResourceFilter trash;
    trash.trash = true;
    QCOMPARE(repo->countResources(trash), version >= 2 ? 1 : 0);
    QCOMPARE(repo->countResources(), version >= 2 ? 1 : 2);

    // The search index kept its rows.
    ResourceFilter search;
    search.searchText = u"cooperatives"_s;
    QCOMPARE(repo->countResources(search), 1);
    search.searchText = u"oeuvre"_s;
    QCOMPARE(repo->countResources(search), 1);

    // Nothing was attached before version 6.
    QVERIFY(r->attachments.isEmpty());
    QVERIFY(r->dismissedChecks.isEmpty());

    // No history was recorded before version 4.
    QVERIFY(repo->revisions(7).isEmpty());
    QVERIFY(repo->statusHistory(7).isEmpty());
    QVERIFY(!repo->lastApprovedRevision(7));

    // The migrated library works like a new one.
    Resource edited = *r;
    edited.title = u"Séminaire révisé"_s;
    repo->setCurrentAuthor(u"Anaïs"_s);
    QCOMPARE(repo->saveResource(edited).version, 5);
    // The first write keeps the state from before the upgrade as a baseline revision.
    const QList<RevisionInfo> revisions = repo->revisions(7);
    QCOMPARE(revisions.size(), 2);
    QCOMPARE(revisions[0].author, u"Anaïs"_s);
    QCOMPARE(revisions[0].changedFields, QStringList{u"title"_s});
    QCOMPARE(revisions[1].cause, RevisionCause::Baseline);
    QCOMPARE(revisions[1].at, r->modified);
    QCOMPARE(revisions[1].status, Status::InReview);
    const std::optional<Resource> baseline = repo->revisionSnapshot(revisions[1].id);
    QVERIFY(baseline);
    QVERIFY(baseline->sameContentAs(*r));
    repo->changeStatus(7, Status::Approved, u"Anaïs"_s, u"Relu."_s, 5);
    QCOMPARE(repo->statusHistory(7).size(), 1);
    QCOMPARE(repo->lastApprovedRevision(7), std::optional<qint64>(repo->revisions(7)[0].id));
    const QString key = repo->storeImage("\x89PNG", u"image/png"_s);
    QCOMPARE(repo->loadImage(key), QByteArray("\x89PNG"));
    repo->setLibraryValue(u"spelling"_s, u"fr_FR"_s);
    // Documents can be attached, and the search finds them (the rebuilt index kept its rows).
    Resource attached = *repo->loadResource(7);
    Attachment slides;
    slides.title = u"Diaporama – économie sociale"_s;
    slides.kind = AttachmentKind::Slides;
    slides.fileName = u"diaporama.pdf"_s;
    slides.mimeType = u"application/pdf"_s;
    slides.size = 8;
    slides.sha256 = repo->storeAttachmentData("%PDF-1.4");
    attached.attachments = {slides};
    attached.dismissedChecks = {u"missing-programme"_s};
    attached = repo->saveResource(attached);
    QVERIFY(attached.attachments.value(0).id > 0);
    QCOMPARE(attached.dismissedChecks, QStringList{u"missing-programme"_s});
    search.searchText = u"diaporama economie"_s;
    QCOMPARE(repo->countResources(search), 1);
    search.searchText = u"cooperatives"_s;
    QCOMPARE(repo->countResources(search), 1);
    repo->moveToTrash({7});
    QCOMPARE(repo->countResources(trash), version >= 2 ? 2 : 1);

    // Reopening does not migrate again.
    repo.reset();
    repo = SqliteRepository::open(path());
    QCOMPARE(repo->libraryValue(u"spelling"_s), u"fr_FR"_s);
    QCOMPARE(repo->loadResource(7)->title, u"Séminaire révisé"_s);
    QCOMPARE(repo->loadResource(7)->status, Status::Approved);
    QCOMPARE(repo->revisions(7).size(), 4);
    QCOMPARE(repo->loadResource(7)->attachments.value(0).title, u"Diaporama – économie sociale"_s);
    QCOMPARE(repo->attachmentData(repo->loadResource(7)->attachments.value(0).sha256), QByteArray("%PDF-1.4"));
}

void TestMigrations::failedMigrationKeepsOlderVersion()
{
    // A library whose version 4 step cannot apply (a table is in the way) stays a valid
    // version 3 library: the step runs in one transaction.
    SqliteRepository::createAtSchemaVersion(path(), 3);
    QString error;
    QVERIFY2(runSql(path(), version1Data + QStringList{u"CREATE TABLE status_change (x)"_s}, &error),
             qPrintable(error));
    QVERIFY_THROWS_EXCEPTION(LibraryError, SqliteRepository::open(path()));
    QCOMPARE(userVersion(path()), 3);
    QVERIFY(!runSql(path(), {u"SELECT count(*) FROM revision"_s}, &error));
    QVERIFY(runSql(path(), {u"DROP TABLE status_change"_s}, &error));
    auto repo = SqliteRepository::open(path());
    QCOMPARE(repo->schemaVersion(), SqliteRepository::latestSchemaVersion());
    QCOMPARE(repo->loadResource(7)->title, u"Séminaire « l’œuvre »"_s);
}

void TestMigrations::olderVersionReadOnlyIsRefusedUntouched()
{
    SqliteRepository::createAtSchemaVersion(path(), 1);
    QString error;
    QVERIFY2(runSql(path(), version1Data, &error), qPrintable(error));
    const QByteArray before = fileHash(path());
    try {
        SqliteRepository::open(path(), OpenMode::ReadOnly);
        QFAIL("an older library cannot be used read-only");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), Kind::ReadOnly);
        QVERIFY(e.message().contains(u"older version"_s));
    }
    QCOMPARE(fileHash(path()), before);
    QCOMPARE(userVersion(path()), 1);
}

void TestMigrations::newerVersionIsRefusedUntouched()
{
    SqliteRepository::createAtSchemaVersion(path(), SqliteRepository::latestSchemaVersion());
    QString error;
    QVERIFY2(runSql(path(), {u"PRAGMA user_version = %1"_s.arg(SqliteRepository::latestSchemaVersion() + 1)}, &error),
             qPrintable(error));
    const QByteArray before = fileHash(path());
    for (const OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        try {
            SqliteRepository::open(path(), mode);
            QFAIL("a newer library must be refused");
        } catch (const LibraryError &e) {
            QCOMPARE(e.kind(), Kind::NewerVersion);
            QVERIFY(e.message().contains(u"newer version of Actes"_s));
        }
        QCOMPARE(fileHash(path()), before);
    }
}

void TestMigrations::createAtSchemaVersionRefusesBadInput()
{
    QVERIFY_THROWS_EXCEPTION(LibraryError, SqliteRepository::createAtSchemaVersion(path(), 0));
    QVERIFY_THROWS_EXCEPTION(LibraryError,
                             SqliteRepository::createAtSchemaVersion(path(), SqliteRepository::latestSchemaVersion() + 1));
    SqliteRepository::open(path());
    const QByteArray before = fileHash(path());
    QVERIFY_THROWS_EXCEPTION(LibraryError, SqliteRepository::createAtSchemaVersion(path(), 1));
    QCOMPARE(fileHash(path()), before);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
