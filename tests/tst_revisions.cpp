// Review workflow storage, on both backends (SQLite and PostgreSQL, the same test code):
// status changes with their history, revisions (coalesced editing sessions, snapshots, restore,
// approved revisions, pruning), the approval guard, and the status rules of StatusService.
#include "domain/revision.h"
#include "models/resourcelistmodel.h"
#include "review/approvalguard.h"
#include "review/statusservice.h"
#include "storage/libraryerror.h"

#include <QStandardPaths>
#include <QTest>

#include "backendfixture.h"

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

} // namespace

class TestRevisions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
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
    void restoreUnknownRevision();
    void lastApprovedRevision();
    void statusChangeRecordedWithAuthorCommentTime();
    void statusHistoryNewestFirstAndSavesIncluded();
    void statusChangeConflictsOnStaleVersion();
    void statusChangeToSameStatusWritesNothing();
    void createdWithStatusStartsHistory();
    void oldRevisionsArePrunedButApprovedKept();
    void trashKeepsRevisionsEmptyingDeletesThem();
    void readOnlyRefusesStatusAndRestore();
    void approvedEditWithBlockingProblemGoesBackToReview();
    void serviceRefusesApprovalWithBlockingProblems();
    void serviceAllowsApprovalWhenChecksPass();
    void serviceTransitions();
    void serviceConflictOnStaleVersion();
    void listFiltersAndSortsByStatus();

private:
    Resource create(const QString &author = u"Claire"_s);

    BackendFixture::Fixture m_fixture;
    std::unique_ptr<ResourceRepository> m_repo;
    QDateTime m_now;
};

void TestRevisions::initTestCase_data()
{
    BackendFixture::addBackendRows();
}

void TestRevisions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRevisions::init()
{
    m_fixture.freshForCurrentRow();
    m_repo = m_fixture.open();
    m_now = QDateTime(QDate(2024, 5, 2), QTime(9, 0), Qt::UTC);
    BackendFixture::Fixture::setClock(*m_repo, [this] { return m_now; });
}

void TestRevisions::cleanup()
{
    m_repo.reset();
}

Resource TestRevisions::create(const QString &author)
{
    m_repo->setCurrentAuthor(author);
    return m_repo->createResource(sample());
}

void TestRevisions::creationRecordsFirstRevision()
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
    QVERIFY(revisions[0].changedFields.contains(u"body"_s));
    QVERIFY(!revisions[0].changedFields.contains(u"status"_s));   // a draft is the default
    QVERIFY(m_repo->statusHistory(r.id).isEmpty());
}

void TestRevisions::sessionCoalescesSavesOfOneAuthor()
{
    Resource r = create();
    m_now = m_now.addSecs(60);
    r.bodyHtml = u"<p>Deuxième version.</p>"_s;
    r = m_repo->saveResource(r);
    QCOMPARE(m_repo->revisions(r.id).size(), 1);   // joins the creation session

    // A new session 11 minutes after the first save.
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
    QCOMPARE(revisions[0].at, m_now);   // the time of the session's last save
    // Everything changed during the session, against the revision before it.
    QCOMPARE(revisions[0].changedFields, (QStringList{u"title"_s, u"place"_s, u"body"_s}));
    const Resource latest = m_repo->revisionSnapshot(revisions[0].id).value();
    QCOMPARE(latest.title, u"Titre corrigé"_s);
    QCOMPARE(latest.bodyHtml, u"<p>Troisième version.</p>"_s);
    const Resource first = m_repo->revisionSnapshot(revisions[1].id).value();
    QCOMPARE(first.bodyHtml, u"<p>Deuxième version.</p>"_s);
    QCOMPARE(first.place, u"Lille"_s);
}

void TestRevisions::sessionEndsAfterTheWindow()
{
    // The window counts from the session's first save: autosaves every 3 minutes for half an
    // hour give one revision per 10 minutes, not one revision for the whole afternoon.
    Resource r = create();
    for (int i = 1; i <= 10; ++i) {
        m_now = m_now.addSecs(3 * 60);
        r.bodyHtml = u"<p>Version %1</p>"_s.arg(i);
        r = m_repo->saveResource(r);
    }
    QCOMPARE(m_repo->revisions(r.id).size(), 3);   // minutes 0-9, 12-21, 24-30

    // The policy is settable: a longer session joins the next save to the last revision.
    BackendFixture::Fixture::setRevisionPolicy(*m_repo, 60, 200);
    m_now = m_now.addSecs(3 * 60);
    r.bodyHtml = u"<p>Encore</p>"_s;
    r = m_repo->saveResource(r);
    QCOMPARE(m_repo->revisions(r.id).size(), 3);
}

void TestRevisions::otherAuthorStartsNewRevision()
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
    QCOMPARE(revisions[0].author, u"Claire"_s);
    QCOMPARE(revisions[0].changedFields, QStringList{u"place"_s});
    QCOMPARE(revisions[1].author, u"Mehdi"_s);
    QCOMPARE(revisions[1].changedFields, QStringList{u"body"_s});
    QCOMPARE(revisions[2].author, u"Claire"_s);
}

void TestRevisions::statusChangeStartsNewRevisionAndIsNeverCoalesced()
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
    QCOMPARE(revisions[0].cause, RevisionCause::Edit);
    QCOMPARE(revisions[0].changedFields, (QStringList{u"place"_s, u"body"_s}));
    QCOMPARE(revisions[1].cause, RevisionCause::StatusChange);
    QCOMPARE(revisions[1].changedFields, QStringList{u"status"_s});
    QCOMPARE(revisions[1].status, Status::InReview);
    QCOMPARE(revisions[2].cause, RevisionCause::Create);
    // The status revision keeps the text as it was when the status changed.
    QCOMPARE(m_repo->revisionSnapshot(revisions[1].id)->bodyHtml, sample().bodyHtml);
}

void TestRevisions::saveWithoutChangeRecordsNothing()
{
    Resource r = create();
    m_now = m_now.addSecs(20 * 60);
    r = m_repo->saveResource(r);   // an autosave with nothing new
    QCOMPARE(m_repo->revisions(r.id).size(), 1);
    QCOMPARE(r.version, 2);
}

void TestRevisions::importStartsNewRevision()
{
    Resource r = create(u"Claire"_s);
    {
        RevisionCauseScope importing(*m_repo, RevisionCause::Import);
        QCOMPARE(m_repo->revisionCause(), RevisionCause::Import);
        m_now = m_now.addSecs(30);
        r.bodyHtml = u"<p>Texte réimporté du site.</p>"_s;
        r = m_repo->saveResource(r);
        Resource other = sample();
        other.title = u"Autre ressource importée"_s;
        const Resource created = m_repo->createResource(other);
        QCOMPARE(m_repo->revisions(created.id).value(0).cause, RevisionCause::Import);
    }
    QCOMPARE(m_repo->revisionCause(), RevisionCause::Edit);
    m_now = m_now.addSecs(30);
    r.place = u"Lens"_s;
    r = m_repo->saveResource(r);   // not coalesced into the import
    const QList<RevisionInfo> revisions = m_repo->revisions(r.id);
    QCOMPARE(revisions.size(), 3);
    QCOMPARE(revisions[1].cause, RevisionCause::Import);
    QCOMPARE(revisions[0].cause, RevisionCause::Edit);
}

void TestRevisions::snapshotHoldsTheFullState()
{
    Resource r = sample();
    r.isPrivate = true;
    r.privateConfirmed = true;
    r.needsReview = true;
    r.reviewNote = u"Limites devinées à l’import"_s;
    r.dateEnd = QDate(2024, 3, 15);
    m_repo->setCurrentAuthor(u"Zoé"_s);
    const Resource stored = m_repo->createResource(r);
    const std::optional<Resource> snapshot = m_repo->revisionSnapshot(m_repo->revisions(stored.id)[0].id);
    QVERIFY(snapshot);
    QVERIFY(snapshot->sameContentAs(stored));
    QCOMPARE(snapshot->id, stored.id);
    QCOMPARE(snapshot->version, 1);
    QCOMPARE(snapshot->bodyHtml, u"<p>Première version du texte\u00a0: l’œuvre commune.</p>"_s);
    QCOMPARE(snapshot->participants, stored.participants);   // directory ids included
    QCOMPARE(snapshot->attendance, std::optional<int>(60));
    QCOMPARE(snapshot->modified, m_now);
    QVERIFY(!m_repo->revisionSnapshot(987654));
}

void TestRevisions::restoreBringsBackOldTextAsNewRevision()
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
    QCOMPARE(restored.participants[0].name, u"Anaïs Lefèvre"_s);
    QCOMPARE(restored.version, r.version + 1);
    QCOMPARE(m_repo->loadResource(r.id)->bodyHtml, sample().bodyHtml);
    ResourceFilter filter;
    filter.searchText = u"oeuvre commune"_s;
    QCOMPARE(m_repo->countResources(filter), 1);   // the search index follows the restore

    const QList<RevisionInfo> revisions = m_repo->revisions(r.id);
    QCOMPARE(revisions.size(), 3);
    QCOMPARE(revisions[0].cause, RevisionCause::Restore);
    QCOMPARE(revisions[0].author, u"Claire"_s);
    QCOMPARE(revisions[0].restoredFrom, 1);
    QCOMPARE(revisions[0].changedFields, (QStringList{u"attendance"_s, u"body"_s, u"participants"_s}));
    // The rewritten text is still there to go back to.
    QCOMPARE(m_repo->revisionSnapshot(revisions[1].id)->bodyHtml, u"<p>Texte réécrit.</p>"_s);

    // A save right after the restore, by the same author, does not overwrite the restore.
    Resource again = restored;
    m_now = m_now.addSecs(10);
    m_repo->setCurrentAuthor(u"Claire"_s);
    again.place = u"Valenciennes"_s;
    m_repo->saveResource(again);
    QCOMPARE(m_repo->revisions(r.id).size(), 4);
}

void TestRevisions::restoreKeepsStatusAndChecksVersion()
{
    Resource r = create();
    const qint64 draftRevision = m_repo->revisions(r.id)[0].id;
    m_repo->changeStatus(r.id, Status::InReview, u"Claire"_s, {}, r.version);
    const int version = m_repo->storedVersion(r.id);

    try {
        m_repo->restoreRevision(draftRevision, u"Claire"_s, version - 1);
        QFAIL("a stale version must be refused");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), Kind::Conflict);
    }
    QCOMPARE(m_repo->storedVersion(r.id), version);
    QCOMPARE(m_repo->revisions(r.id).size(), 2);

    const Resource restored = m_repo->restoreRevision(draftRevision, u"Claire"_s, version);
    QCOMPARE(restored.status, Status::InReview);   // status only changes through changeStatus()
    QCOMPARE(restored.version, version + 1);
}

void TestRevisions::restoreUnknownRevision()
{
    try {
        m_repo->restoreRevision(4242, u"Claire"_s);
        QFAIL("an unknown revision cannot be restored");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), Kind::NotFound);
        QVERIFY(e.message().contains(u"4242"_s));
    }
}

void TestRevisions::lastApprovedRevision()
{
    Resource r = create();
    QVERIFY(!m_repo->lastApprovedRevision(r.id));
    m_repo->changeStatus(r.id, Status::InReview, u"Claire"_s, {}, r.version);
    m_repo->changeStatus(r.id, Status::Approved, u"Mehdi"_s, u"Relu, OK."_s, m_repo->storedVersion(r.id));
    const RevisionInfo approved = m_repo->revisions(r.id)[0];
    QVERIFY(approved.approved);
    QCOMPARE(approved.status, Status::Approved);
    QCOMPARE(m_repo->lastApprovedRevision(r.id), std::optional<qint64>(approved.id));

    // Edits after the approval are not approved, and never coalesce into the approved revision.
    r = m_repo->loadResource(r.id).value();
    m_repo->setCurrentAuthor(u"Mehdi"_s);
    m_now = m_now.addSecs(30);
    r.bodyHtml = u"<p>Modifié après validation.</p>"_s;
    r = m_repo->saveResource(r);
    const QList<RevisionInfo> revisions = m_repo->revisions(r.id);
    QCOMPARE(revisions.size(), 4);
    QVERIFY(!revisions[0].approved);
    QCOMPARE(revisions[0].status, Status::Approved);
    QCOMPARE(m_repo->lastApprovedRevision(r.id), std::optional<qint64>(approved.id));
    QCOMPARE(m_repo->revisionSnapshot(approved.id)->bodyHtml, sample().bodyHtml);

    m_repo->changeStatus(r.id, Status::Published, u"Mehdi"_s, {}, r.version);
    const qint64 published = m_repo->revisions(r.id)[0].id;
    QCOMPARE(m_repo->lastApprovedRevision(r.id), std::optional<qint64>(published));
}

void TestRevisions::statusChangeRecordedWithAuthorCommentTime()
{
    const Resource r = create();
    m_now = QDateTime(QDate(2024, 6, 1), QTime(14, 30, 5, 250), Qt::UTC);
    m_repo->changeStatus(r.id, Status::InReview, u"  Anaïs Lefèvre "_s, u"Prête pour relecture : voir l’annexe."_s,
                         r.version);
    const QList<StatusChange> history = m_repo->statusHistory(r.id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history[0].resourceId, r.id);
    QCOMPARE(history[0].from, Status::Draft);
    QCOMPARE(history[0].to, Status::InReview);
    QCOMPARE(history[0].at, m_now);   // milliseconds kept, UTC
    QCOMPARE(history[0].author, u"Anaïs Lefèvre"_s);
    QCOMPARE(history[0].comment, u"Prête pour relecture : voir l’annexe."_s);

    const Resource stored = m_repo->loadResource(r.id).value();
    QCOMPARE(stored.status, Status::InReview);
    QCOMPARE(stored.version, r.version + 1);
    QCOMPARE(stored.modified, m_now);
    QCOMPARE(m_repo->revisions(r.id)[0].author, u"Anaïs Lefèvre"_s);

    // Setting the status it already has writes nothing.
    m_repo->changeStatus(r.id, Status::InReview, u"Claire"_s, u"rien"_s, stored.version);
    QCOMPARE(m_repo->storedVersion(r.id), stored.version);
    QCOMPARE(m_repo->statusHistory(r.id).size(), 1);
}

void TestRevisions::statusHistoryNewestFirstAndSavesIncluded()
{
    Resource r = create();
    m_now = m_now.addSecs(60);
    m_repo->changeStatus(r.id, Status::InReview, u"Claire"_s, u"1"_s, r.version);
    m_now = m_now.addSecs(60);
    m_repo->changeStatus(r.id, Status::Draft, u"Mehdi"_s, u"2"_s, m_repo->storedVersion(r.id));
    // A plain save that changes the status is part of the history too.
    r = m_repo->loadResource(r.id).value();
    r.status = Status::Archived;
    m_repo->setCurrentAuthor(u"Zoé"_s);
    m_now = m_now.addSecs(60);
    m_repo->saveResource(r);

    const QList<StatusChange> history = m_repo->statusHistory(r.id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history[0].to, Status::Archived);
    QCOMPARE(history[0].author, u"Zoé"_s);
    QCOMPARE(history[0].comment, QString());
    QCOMPARE(history[1].comment, u"2"_s);
    QCOMPARE(history[1].from, Status::InReview);
    QCOMPARE(history[2].comment, u"1"_s);
    QVERIFY(history[0].at > history[1].at && history[1].at > history[2].at);
    QCOMPARE(m_repo->revisions(r.id)[0].cause, RevisionCause::StatusChange);
}

void TestRevisions::statusChangeConflictsOnStaleVersion()
{
    Resource r = create();
    r.place = u"Calais"_s;
    const Resource saved = m_repo->saveResource(r);   // someone else saved meanwhile
    try {
        m_repo->changeStatus(r.id, Status::InReview, u"Claire"_s, {}, r.version);
        QFAIL("a stale version must be refused");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), Kind::Conflict);
        QVERIFY(e.message().contains(u"l’économie"_s));
    }
    QCOMPARE(m_repo->loadResource(r.id)->status, Status::Draft);
    QCOMPARE(m_repo->storedVersion(r.id), saved.version);
    QVERIFY(m_repo->statusHistory(r.id).isEmpty());
    try {
        m_repo->changeStatus(999, Status::InReview, u"Claire"_s, {}, 1);
        QFAIL("an unknown resource must be refused");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), Kind::NotFound);
    }
}

void TestRevisions::statusChangeToSameStatusWritesNothing()
{
    const Resource r = create();
    m_repo->changeStatus(r.id, Status::Draft, u"Claire"_s, u"rien"_s, r.version);
    QCOMPARE(m_repo->storedVersion(r.id), r.version);
    QVERIFY(m_repo->statusHistory(r.id).isEmpty());
    QCOMPARE(m_repo->revisions(r.id).size(), 1);
}

void TestRevisions::createdWithStatusStartsHistory()
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

void TestRevisions::oldRevisionsArePrunedButApprovedKept()
{
    BackendFixture::Fixture::setRevisionPolicy(*m_repo, 10, 5);
    Resource r = create();
    m_repo->changeStatus(r.id, Status::Approved, u"Mehdi"_s, {}, r.version);
    const qint64 approved = m_repo->lastApprovedRevision(r.id).value();
    r = m_repo->loadResource(r.id).value();
    for (int i = 0; i < 12; ++i) {
        m_repo->setCurrentAuthor(i % 2 ? u"Claire"_s : u"Mehdi"_s);   // each save a new revision
        r.bodyHtml = u"<p>Version %1</p>"_s.arg(i);
        r = m_repo->saveResource(r);
    }
    const QList<RevisionInfo> revisions = m_repo->revisions(r.id);
    QCOMPARE(revisions.size(), 6);   // the 5 newest, and the approved one
    QCOMPARE(revisions[0].number, 14);
    QCOMPARE(revisions[4].number, 10);
    QCOMPARE(revisions[5].id, approved);
    QCOMPARE(m_repo->revisionSnapshot(revisions[0].id)->bodyHtml, u"<p>Version 11</p>"_s);
}

void TestRevisions::trashKeepsRevisionsEmptyingDeletesThem()
{
    Resource r = create();
    m_repo->changeStatus(r.id, Status::InReview, u"Claire"_s, u"à relire"_s, r.version);
    Resource other = sample();
    other.title = u"Reste en place"_s;
    const Resource kept = m_repo->createResource(other);

    m_repo->moveToTrash({r.id});
    QCOMPARE(m_repo->revisions(r.id).size(), 2);
    m_repo->restoreFromTrash({r.id});
    QCOMPARE(m_repo->revisions(r.id).size(), 2);
    QCOMPARE(m_repo->statusHistory(r.id).size(), 1);

    m_repo->moveToTrash({r.id});
    QCOMPARE(m_repo->emptyTrash(), 1);
    QVERIFY(m_repo->revisions(r.id).isEmpty());
    QVERIFY(m_repo->statusHistory(r.id).isEmpty());
    const QString resourceId = QString::number(r.id);
    QCOMPARE(m_fixture.count(u"SELECT count(*) FROM revision WHERE resource_id = "_s + resourceId), 0);
    QCOMPARE(m_fixture.count(u"SELECT count(*) FROM status_change WHERE resource_id = "_s + resourceId), 0);
    QCOMPARE(m_repo->revisions(kept.id).size(), 1);
}

void TestRevisions::readOnlyRefusesStatusAndRestore()
{
    const Resource r = create();
    const qint64 revision = m_repo->revisions(r.id)[0].id;
    m_repo.reset();
    auto readOnly = m_fixture.open(LibraryLocation::Mode::ReadOnly);
    QCOMPARE(readOnly->revisions(r.id).size(), 1);
    QVERIFY(readOnly->revisionSnapshot(revision));
    for (const std::function<void()> &write : std::initializer_list<std::function<void()>>{
             [&] { readOnly->changeStatus(r.id, Status::InReview, u"Claire"_s, {}, r.version); },
             [&] { readOnly->restoreRevision(revision, u"Claire"_s); }}) {
        try {
            write();
            QFAIL("a read-only library must refuse");
        } catch (const LibraryError &e) {
            QCOMPARE(e.kind(), Kind::ReadOnly);
        }
    }
}

// The approval guard works on both backends: an edit that leaves an approved resource with a
// blocking problem is saved, and the resource goes back to review in the same write.
void TestRevisions::approvedEditWithBlockingProblemGoesBackToReview()
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

void TestRevisions::serviceRefusesApprovalWithBlockingProblems()
{
    const Resource r = create();
    int calls = 0;
    StatusService service(*m_repo, [&](const Resource &resource) {
        ++calls;
        QStringList problems;
        if (resource.summaryHtml.size() < 100)
            problems << u"The summary is too short."_s;
        if (!resource.isPrivate)
            problems << u"The private flag was not confirmed."_s;
        return problems;
    });
    QCOMPARE(service.refusalReasons(r, Status::InReview), QStringList());
    QCOMPARE(service.refusalReasons(r, Status::Approved).size(), 2);
    for (Status to : {Status::Approved, Status::Published}) {
        try {
            service.changeStatus(r.id, to, u"Mehdi"_s, {}, r.version);
            QFAIL("approval must be refused while a blocking check fails");
        } catch (const LibraryError &e) {
            QCOMPARE(e.kind(), Kind::Invalid);
            QVERIFY(e.message().contains(u"The summary is too short."_s));
            QVERIFY(e.message().contains(u"The private flag was not confirmed."_s));
            QVERIFY(e.message().contains(statusLabel(to)));
        }
    }
    QVERIFY(calls >= 3);
    QCOMPARE(m_repo->loadResource(r.id)->status, Status::Draft);
    QCOMPARE(m_repo->storedVersion(r.id), r.version);
    QVERIFY(m_repo->statusHistory(r.id).isEmpty());
}

void TestRevisions::serviceAllowsApprovalWhenChecksPass()
{
    const Resource r = create();
    Resource checked;
    StatusService service(*m_repo, [&](const Resource &resource) {
        checked = resource;
        return QStringList();
    });
    const Resource approved = service.changeStatus(r.id, Status::Approved, u"Mehdi"_s, u"Validé."_s, r.version);
    QCOMPARE(approved.status, Status::Approved);
    QCOMPARE(approved.version, r.version + 1);
    QCOMPARE(checked.bodyHtml, r.bodyHtml);   // the stored resource was checked
    QCOMPARE(m_repo->statusHistory(r.id).value(0).comment, u"Validé."_s);
    QVERIFY(m_repo->lastApprovedRevision(r.id));
    // Asking again for the same status is a no-op.
    QCOMPARE(service.changeStatus(r.id, Status::Approved, u"Mehdi"_s, {}, approved.version).version, approved.version);
}

void TestRevisions::serviceTransitions()
{
    QCOMPARE(StatusService::allowedTargets(Status::Draft),
             (QList<Status>{Status::InReview, Status::Approved, Status::Published, Status::Archived}));
    QCOMPARE(StatusService::allowedTargets(Status::Archived), QList<Status>{Status::Draft});
    QVERIFY(StatusService::isAllowedTransition(Status::Published, Status::Draft));
    QVERIFY(!StatusService::isAllowedTransition(Status::Archived, Status::Published));
    QVERIFY(StatusService::requiresChecks(Status::Published));
    QVERIFY(!StatusService::requiresChecks(Status::Archived));

    Resource r = create();
    StatusService service(*m_repo, [](const Resource &) { return QStringList(); });
    r = service.changeStatus(r.id, Status::Archived, u"Claire"_s, {}, r.version);
    try {
        service.changeStatus(r.id, Status::InReview, u"Claire"_s, {}, r.version);
        QFAIL("an archived resource only goes back to draft");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), Kind::Invalid);
    }
    r = service.changeStatus(r.id, Status::Draft, u"Claire"_s, u"Désarchivée"_s, r.version);
    QCOMPARE(r.status, Status::Draft);
    QCOMPARE(m_repo->statusHistory(r.id).size(), 2);
}

void TestRevisions::serviceConflictOnStaleVersion()
{
    Resource r = create();
    const int opened = r.version;
    r.place = u"Amiens"_s;
    m_repo->saveResource(r);
    StatusService service(*m_repo, [](const Resource &) { return QStringList(); });
    try {
        service.changeStatus(r.id, Status::InReview, u"Claire"_s, {}, opened);
        QFAIL("a stale version must be refused");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), Kind::Conflict);
    }
    QCOMPARE(m_repo->loadResource(r.id)->status, Status::Draft);
}

void TestRevisions::listFiltersAndSortsByStatus()
{
    const QList<Status> statuses{Status::Published, Status::Draft, Status::Archived, Status::InReview, Status::Approved};
    for (Status status : statuses) {
        Resource r = sample();
        r.title = statusKey(status);
        const Resource stored = m_repo->createResource(r);
        if (status != Status::Draft)
            m_repo->changeStatus(stored.id, status, u"Claire"_s, {}, stored.version);
    }
    ResourceFilter inReview;
    inReview.status = Status::InReview;
    QCOMPARE(m_repo->listResources(inReview).size(), 1);
    QCOMPARE(m_repo->listResources(inReview)[0].title, u"review"_s);

    ResourceListModel model;
    model.setRepository(m_repo.get());
    model.sort(ResourceListModel::StatusColumn, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < model.rowCount(); ++row)
        order << model.summaryAt(row).title;
    QCOMPARE(order, (QStringList{u"draft"_s, u"review"_s, u"approved"_s, u"published"_s, u"archived"_s}));
    QCOMPARE(model.data(model.index(1, ResourceListModel::StatusColumn)).toString(), statusLabel(Status::InReview));
}

QTEST_MAIN(TestRevisions)
#include "tst_revisions.moc"
