// Review workflow storage in the PostgreSQL library: status changes with their history and
// revisions (coalesced editing sessions under a test clock, snapshots, restore, approved
// revisions, pruning), with the same policy and results as the SQLite library.
#include "domain/revision.h"
#include "review/approvalguard.h"
#include "storage/libraryerror.h"
#include "storage/postgresrepository.h"

#include <QStandardPaths>
#include <QTest>

#include "pgrepositorytest.h"

using namespace Qt::StringLiterals;
using namespace Actes;
using Kind = LibraryError::Kind;

namespace {

Resource sample()
{
    Resource r;
    r.title = u"Rencontre « l’économie de proximité »"_s;
    r.type = u"Compte rendu"_s;
    r.dateStart = QDate(2024, 3, 14);
    r.dateEnd = QDate(2024, 3, 14);
    r.place = u"Lille"_s;
    r.attendance = 60;
    r.summaryHtml = u"<p>Les élu·es ont échangé.</p>"_s;
    r.bodyHtml = u"<p>Première version du texte\u00a0: l’œuvre commune.</p>"_s;
    r.participants = {Participant{0, u"Anaïs Lefèvre"_s, u"Élue"_s, u"Ville de Lille"_s, u"Intervenant·e"_s}};
    r.partners = {Partner{0, u"Ville de Lille"_s, u"Hôte"_s}};
    return r;
}

Kind kindOf(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const LibraryError &error) {
        return error.kind();
    }
    return Kind(-1);
}

} // namespace

class TestPgRevisions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void creationRecordsFirstRevision();
    void sessionCoalescesSavesOfOneAuthor();
    void sessionEndsAfterTheWindow();
    void otherAuthorStartsNewRevision();
    void statusChangeStartsNewRevisionAndIsNeverCoalesced();
    void saveWithoutChangeRecordsNothing();
    void importStartsNewRevision();
    void snapshotHoldsTheFullState();
    void restoreBringsBackOldTextAsNewRevision();
    void restoreKeepsStatusAndChecksVersion();
    void lastApprovedRevision();
    void statusChangeRecordedWithAuthorCommentTime();
    void statusHistoryNewestFirstAndSavesIncluded();
    void statusChangeConflictsOnStaleVersion();
    void createdWithStatusStartsHistory();
    void oldRevisionsArePrunedButApprovedKept();
    void trashKeepsRevisionsEmptyingDeletesThem();
    void approvedEditWithBlockingProblemGoesBackToReview();

private:
    Resource create(const QString &author = u"Claire"_s);

    PgRepositoryTest::Fixture m_fixture;
    QString m_database;
    std::unique_ptr<PostgresRepository> m_repo;
    QDateTime m_now;
};

void TestPgRevisions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
}

void TestPgRevisions::init()
{
    m_database = m_fixture.freshDatabase();
    QVERIFY2(!m_database.isEmpty(), qPrintable(m_fixture.errorString()));
    m_repo = PostgresRepository::open(m_fixture.uri(m_database));
    m_now = QDateTime(QDate(2024, 5, 2), QTime(9, 0), Qt::UTC);
    m_repo->setClock([this] { return m_now; });
}

void TestPgRevisions::cleanup()
{
    m_repo.reset();
    m_fixture.closeDirect(m_database);
}

Resource TestPgRevisions::create(const QString &author)
{
    m_repo->setCurrentAuthor(author);
    return m_repo->createResource(sample());
}

void TestPgRevisions::creationRecordsFirstRevision()
{
    const Resource r = create();
    QCOMPARE(r.created, m_now);
    const QList<RevisionInfo> revisions = m_repo->revisions(r.id);
    QCOMPARE(revisions.size(), 1);
    QCOMPARE(revisions[0].number, 1);
    QCOMPARE(revisions[0].author, u"Claire"_s);
    QCOMPARE(revisions[0].cause, RevisionCause::Create);
    QCOMPARE(revisions[0].at, m_now);
    QCOMPARE(revisions[0].status, Status::Draft);
    QVERIFY(!revisions[0].approved);
    QVERIFY(revisions[0].changedFields.contains(u"title"_s));
    QVERIFY(!revisions[0].changedFields.contains(u"status"_s));
    QVERIFY(m_repo->statusHistory(r.id).isEmpty());
}

void TestPgRevisions::sessionCoalescesSavesOfOneAuthor()
{
    Resource r = create();
    m_now = m_now.addSecs(60);
    r.bodyHtml = u"<p>Deuxième version.</p>"_s;
    r = m_repo->saveResource(r);
    QCOMPARE(m_repo->revisions(r.id).size(), 1);
    m_now = m_now.addSecs(11 * 60);
    r.place = u"Roubaix"_s;
    r = m_repo->saveResource(r);
    m_now = m_now.addSecs(30);
    r.bodyHtml = u"<p>Troisième version.</p>"_s;
    r = m_repo->saveResource(r);
    m_now = m_now.addSecs(30);
    r.title = u"Titre corrigé"_s;
    r = m_repo->saveResource(r);

    const QList<RevisionInfo> revisions = m_repo->revisions(r.id);
    QCOMPARE(revisions.size(), 2);
    QCOMPARE(revisions[0].number, 2);
    QCOMPARE(revisions[0].cause, RevisionCause::Edit);
    QCOMPARE(revisions[0].at, m_now);
    QCOMPARE(revisions[0].changedFields, (QStringList{u"title"_s, u"place"_s, u"body"_s}));
    QCOMPARE(m_repo->revisionSnapshot(revisions[0].id)->title, u"Titre corrigé"_s);
    const Resource first = m_repo->revisionSnapshot(revisions[1].id).value();
    QCOMPARE(first.bodyHtml, u"<p>Deuxième version.</p>"_s);
    QCOMPARE(first.place, u"Lille"_s);
}

void TestPgRevisions::sessionEndsAfterTheWindow()
{
    Resource r = create();
    for (int i = 1; i <= 10; ++i) {
        m_now = m_now.addSecs(3 * 60);
        r.bodyHtml = u"<p>Version %1</p>"_s.arg(i);
        r = m_repo->saveResource(r);
    }
    QCOMPARE(m_repo->revisions(r.id).size(), 3);   // minutes 0-9, 12-21, 24-30

    // The policy is the same settable struct as SQLite's.
    m_repo->setRevisionPolicy({60, 200});
    m_now = m_now.addSecs(3 * 60);
    r.bodyHtml = u"<p>Encore</p>"_s;
    r = m_repo->saveResource(r);
    QCOMPARE(m_repo->revisions(r.id).size(), 3);
}

void TestPgRevisions::otherAuthorStartsNewRevision()
{
    Resource r = create(u"Claire"_s);
    m_repo->setCurrentAuthor(u"Mehdi"_s);
    m_now = m_now.addSecs(10);
    r.bodyHtml = u"<p>Relu par Mehdi.</p>"_s;
    r = m_repo->saveResource(r);
    m_repo->setCurrentAuthor(u"Claire"_s);
    m_now = m_now.addSecs(10);
    r.place = u"Arras"_s;
    r = m_repo->saveResource(r);
    const QList<RevisionInfo> revisions = m_repo->revisions(r.id);
    QCOMPARE(revisions.size(), 3);
    QCOMPARE(revisions[0].changedFields, QStringList{u"place"_s});
    QCOMPARE(revisions[1].author, u"Mehdi"_s);
    QCOMPARE(revisions[1].changedFields, QStringList{u"body"_s});
}

void TestPgRevisions::statusChangeStartsNewRevisionAndIsNeverCoalesced()
{
    Resource r = create();
    m_now = m_now.addSecs(60);
    m_repo->changeStatus(r.id, Status::InReview, u"Claire"_s, {}, r.version);
    r = m_repo->loadResource(r.id).value();
    m_now = m_now.addSecs(60);
    r.bodyHtml = u"<p>Corrigé pendant la relecture.</p>"_s;
    r = m_repo->saveResource(r);
    m_now = m_now.addSecs(60);
    r.place = u"Douai"_s;
    r = m_repo->saveResource(r);
    const QList<RevisionInfo> revisions = m_repo->revisions(r.id);
    QCOMPARE(revisions.size(), 3);
    QCOMPARE(revisions[0].changedFields, (QStringList{u"place"_s, u"body"_s}));
    QCOMPARE(revisions[1].cause, RevisionCause::StatusChange);
    QCOMPARE(revisions[1].status, Status::InReview);
    QCOMPARE(m_repo->revisionSnapshot(revisions[1].id)->bodyHtml, sample().bodyHtml);
}

void TestPgRevisions::saveWithoutChangeRecordsNothing()
{
    Resource r = create();
    m_now = m_now.addSecs(20 * 60);
    r = m_repo->saveResource(r);
    QCOMPARE(m_repo->revisions(r.id).size(), 1);
    QCOMPARE(r.version, 2);
}

void TestPgRevisions::importStartsNewRevision()
{
    Resource r = create(u"Claire"_s);
    {
        RevisionCauseScope importing(*m_repo, RevisionCause::Import);
        m_now = m_now.addSecs(30);
        r.bodyHtml = u"<p>Texte réimporté du site.</p>"_s;
        r = m_repo->saveResource(r);
        Resource other = sample();
        other.title = u"Autre ressource importée"_s;
        QCOMPARE(m_repo->revisions(m_repo->createResource(other).id).value(0).cause, RevisionCause::Import);
    }
    m_now = m_now.addSecs(30);
    r.place = u"Lens"_s;
    r = m_repo->saveResource(r);
    const QList<RevisionInfo> revisions = m_repo->revisions(r.id);
    QCOMPARE(revisions.size(), 3);
    QCOMPARE(revisions[1].cause, RevisionCause::Import);
    QCOMPARE(revisions[0].cause, RevisionCause::Edit);
}

void TestPgRevisions::snapshotHoldsTheFullState()
{
    Resource r = sample();
    r.isPrivate = true;
    r.privateConfirmed = true;
    r.needsReview = true;
    r.reviewNote = u"Limites devinées à l’import"_s;
    m_repo->setCurrentAuthor(u"Zoé"_s);
    const Resource stored = m_repo->createResource(r);
    const std::optional<Resource> snapshot = m_repo->revisionSnapshot(m_repo->revisions(stored.id)[0].id);
    QVERIFY(snapshot);
    QVERIFY(snapshot->sameContentAs(stored));
    QCOMPARE(snapshot->id, stored.id);
    QCOMPARE(snapshot->participants, stored.participants);
    QCOMPARE(snapshot->modified, m_now);
    QVERIFY(!m_repo->revisionSnapshot(987654));
}

void TestPgRevisions::restoreBringsBackOldTextAsNewRevision()
{
    Resource r = create();
    const qint64 firstRevision = m_repo->revisions(r.id)[0].id;
    m_repo->setCurrentAuthor(u"Mehdi"_s);
    m_now = m_now.addSecs(3600);
    r.bodyHtml = u"<p>Texte réécrit.</p>"_s;
    r.participants.clear();
    r.attendance.reset();
    r = m_repo->saveResource(r);
    m_now = m_now.addSecs(60);
    const Resource restored = m_repo->restoreRevision(firstRevision, u"Claire"_s);
    QCOMPARE(restored.bodyHtml, sample().bodyHtml);
    QCOMPARE(restored.attendance, std::optional<int>(60));
    QCOMPARE(restored.participants.size(), 1);
    QCOMPARE(restored.version, r.version + 1);
    ResourceFilter filter;
    filter.searchText = u"oeuvre commune"_s;
    QCOMPARE(m_repo->countResources(filter), 1);   // the search index follows the restore
    const QList<RevisionInfo> revisions = m_repo->revisions(r.id);
    QCOMPARE(revisions.size(), 3);
    QCOMPARE(revisions[0].cause, RevisionCause::Restore);
    QCOMPARE(revisions[0].restoredFrom, 1);
    QCOMPARE(revisions[0].changedFields, (QStringList{u"attendance"_s, u"body"_s, u"participants"_s}));
    QCOMPARE(kindOf([&] { m_repo->restoreRevision(4242, u"Claire"_s); }), Kind::NotFound);
}

void TestPgRevisions::restoreKeepsStatusAndChecksVersion()
{
    Resource r = create();
    const qint64 draftRevision = m_repo->revisions(r.id)[0].id;
    m_repo->changeStatus(r.id, Status::InReview, u"Claire"_s, {}, r.version);
    const int version = m_repo->storedVersion(r.id);
    QCOMPARE(kindOf([&] { m_repo->restoreRevision(draftRevision, u"Claire"_s, version - 1); }), Kind::Conflict);
    QCOMPARE(m_repo->storedVersion(r.id), version);
    QCOMPARE(m_repo->revisions(r.id).size(), 2);
    const Resource restored = m_repo->restoreRevision(draftRevision, u"Claire"_s, version);
    QCOMPARE(restored.status, Status::InReview);
    QCOMPARE(restored.version, version + 1);
}

void TestPgRevisions::lastApprovedRevision()
{
    Resource r = create();
    QVERIFY(!m_repo->lastApprovedRevision(r.id));
    m_repo->changeStatus(r.id, Status::InReview, u"Claire"_s, {}, r.version);
    m_repo->changeStatus(r.id, Status::Approved, u"Mehdi"_s, u"Relu, OK."_s, m_repo->storedVersion(r.id));
    const RevisionInfo approved = m_repo->revisions(r.id)[0];
    QVERIFY(approved.approved);
    QCOMPARE(m_repo->lastApprovedRevision(r.id), std::optional<qint64>(approved.id));
    r = m_repo->loadResource(r.id).value();
    m_repo->setCurrentAuthor(u"Mehdi"_s);
    m_now = m_now.addSecs(30);
    r.bodyHtml = u"<p>Modifié après validation.</p>"_s;
    r = m_repo->saveResource(r);
    const QList<RevisionInfo> revisions = m_repo->revisions(r.id);
    QCOMPARE(revisions.size(), 4);
    QVERIFY(!revisions[0].approved);
    QCOMPARE(m_repo->lastApprovedRevision(r.id), std::optional<qint64>(approved.id));
    m_repo->changeStatus(r.id, Status::Published, u"Mehdi"_s, {}, r.version);
    QCOMPARE(m_repo->lastApprovedRevision(r.id), std::optional<qint64>(m_repo->revisions(r.id)[0].id));
}

void TestPgRevisions::statusChangeRecordedWithAuthorCommentTime()
{
    const Resource r = create();
    m_now = QDateTime(QDate(2024, 6, 1), QTime(14, 30, 5, 250), Qt::UTC);
    m_repo->changeStatus(r.id, Status::InReview, u"  Anaïs Lefèvre "_s, u"Prête pour relecture : voir l’annexe."_s,
                         r.version);
    const QList<StatusChange> history = m_repo->statusHistory(r.id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history[0].from, Status::Draft);
    QCOMPARE(history[0].to, Status::InReview);
    QCOMPARE(history[0].at, m_now);   // milliseconds kept, UTC
    QCOMPARE(history[0].author, u"Anaïs Lefèvre"_s);
    QCOMPARE(history[0].comment, u"Prête pour relecture : voir l’annexe."_s);
    const Resource stored = m_repo->loadResource(r.id).value();
    QCOMPARE(stored.version, r.version + 1);
    QCOMPARE(stored.modified, m_now);
    // Setting the status it already has writes nothing.
    m_repo->changeStatus(r.id, Status::InReview, u"Claire"_s, u"rien"_s, stored.version);
    QCOMPARE(m_repo->storedVersion(r.id), stored.version);
    QCOMPARE(m_repo->statusHistory(r.id).size(), 1);
}

void TestPgRevisions::statusHistoryNewestFirstAndSavesIncluded()
{
    Resource r = create();
    m_now = m_now.addSecs(60);
    m_repo->changeStatus(r.id, Status::InReview, u"Claire"_s, u"1"_s, r.version);
    m_now = m_now.addSecs(60);
    m_repo->changeStatus(r.id, Status::Draft, u"Mehdi"_s, u"2"_s, m_repo->storedVersion(r.id));
    r = m_repo->loadResource(r.id).value();
    r.status = Status::Archived;
    m_repo->setCurrentAuthor(u"Zoé"_s);
    m_now = m_now.addSecs(60);
    m_repo->saveResource(r);
    const QList<StatusChange> history = m_repo->statusHistory(r.id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history[0].to, Status::Archived);
    QCOMPARE(history[0].author, u"Zoé"_s);
    QCOMPARE(history[1].comment, u"2"_s);
    QCOMPARE(history[2].comment, u"1"_s);
    QCOMPARE(m_repo->revisions(r.id)[0].cause, RevisionCause::StatusChange);
}

void TestPgRevisions::statusChangeConflictsOnStaleVersion()
{
    Resource r = create();
    r.place = u"Calais"_s;
    const Resource saved = m_repo->saveResource(r);
    QCOMPARE(kindOf([&] { m_repo->changeStatus(r.id, Status::InReview, u"Claire"_s, {}, r.version); }),
             Kind::Conflict);
    QCOMPARE(m_repo->loadResource(r.id)->status, Status::Draft);
    QCOMPARE(m_repo->storedVersion(r.id), saved.version);
    QVERIFY(m_repo->statusHistory(r.id).isEmpty());
    QCOMPARE(kindOf([&] { m_repo->changeStatus(999, Status::InReview, u"Claire"_s, {}, 1); }), Kind::NotFound);
}

void TestPgRevisions::createdWithStatusStartsHistory()
{
    Resource r = sample();
    r.status = Status::InReview;
    m_repo->setCurrentAuthor(u"Claire"_s);
    const Resource stored = m_repo->createResource(r);
    const QList<StatusChange> history = m_repo->statusHistory(stored.id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history[0].from, Status::Draft);
    QCOMPARE(history[0].to, Status::InReview);
    QCOMPARE(history[0].author, u"Claire"_s);
}

void TestPgRevisions::oldRevisionsArePrunedButApprovedKept()
{
    m_repo->setRevisionPolicy({10, 5});
    Resource r = create();
    m_repo->changeStatus(r.id, Status::Approved, u"Mehdi"_s, {}, r.version);
    const qint64 approved = m_repo->lastApprovedRevision(r.id).value();
    r = m_repo->loadResource(r.id).value();
    for (int i = 0; i < 12; ++i) {
        m_repo->setCurrentAuthor(i % 2 ? u"Claire"_s : u"Mehdi"_s);
        r.bodyHtml = u"<p>Version %1</p>"_s.arg(i);
        r = m_repo->saveResource(r);
    }
    const QList<RevisionInfo> revisions = m_repo->revisions(r.id);
    QCOMPARE(revisions.size(), 6);
    QCOMPARE(revisions[0].number, 14);
    QCOMPARE(revisions[4].number, 10);
    QCOMPARE(revisions[5].id, approved);
    QCOMPARE(m_repo->revisionSnapshot(revisions[0].id)->bodyHtml, u"<p>Version 11</p>"_s);
}

void TestPgRevisions::trashKeepsRevisionsEmptyingDeletesThem()
{
    Resource r = create();
    m_repo->changeStatus(r.id, Status::InReview, u"Claire"_s, u"à relire"_s, r.version);
    Resource other = sample();
    other.title = u"Reste en place"_s;
    const Resource kept = m_repo->createResource(other);
    m_repo->moveToTrash({r.id});
    QCOMPARE(m_repo->revisions(r.id).size(), 2);
    m_repo->restoreFromTrash({r.id});
    QCOMPARE(m_repo->statusHistory(r.id).size(), 1);
    m_repo->moveToTrash({r.id});
    QCOMPARE(m_repo->emptyTrash(), 1);
    QVERIFY(m_repo->revisions(r.id).isEmpty());
    QVERIFY(m_repo->statusHistory(r.id).isEmpty());
    const QString id = QString::number(r.id);
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM revision WHERE resource_id = "_s + id), 0);
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM status_change WHERE resource_id = "_s + id), 0);
    QCOMPARE(m_repo->revisions(kept.id).size(), 1);
}


// The approval guard works on a team library too: an edit that leaves an approved resource
// with a blocking problem is saved, and the resource goes back to review in the same write.
void TestPgRevisions::approvedEditWithBlockingProblemGoesBackToReview()
{
    ApprovalGuard::install(*m_repo, [] { return ReviewSettings{}; });
    Resource r = sample();
    r.privateConfirmed = true;
    m_repo->setCurrentAuthor(u"Claire"_s);
    r = m_repo->createResource(r);
    m_repo->changeStatus(r.id, Status::Approved, u"Bastien"_s, u"Bon pour publication"_s, r.version);
    r = m_repo->loadResource(r.id).value();
    QCOMPARE(r.status, Status::Approved);

    // A harmless edit keeps the approval.
    r.place = u"Lille, hôtel de ville"_s;
    r = m_repo->saveResource(r);
    QCOMPARE(r.status, Status::Approved);

    // An edit that empties the summary (a blocking problem) is kept, and approval is withdrawn.
    m_now = m_now.addSecs(60);
    r.summaryHtml.clear();
    const Resource stored = m_repo->saveResource(r);
    QCOMPARE(stored.status, Status::InReview);
    QVERIFY(stored.summaryHtml.isEmpty());
    const Resource reloaded = m_repo->loadResource(r.id).value();
    QCOMPARE(reloaded.status, Status::InReview);
    const QList<StatusChange> history = m_repo->statusHistory(r.id);
    QVERIFY(!history.isEmpty());
    QCOMPARE(history.first().from, Status::Approved);
    QCOMPARE(history.first().to, Status::InReview);
    QCOMPARE(history.first().author, u"Claire"_s);
    QVERIFY2(!history.first().comment.isEmpty(), "the move back to review says why");
}

QTEST_GUILESS_MAIN(TestPgRevisions)
#include "tst_pgrevisions.moc"
