#include "import/websitedumpimporter.h"
#include "storage/libraryerror.h"
#include "storage/sqliterepository.h"

#include "memoryrepository.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/stat.h>

using namespace Actes;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(ACTES_TEST_DATA "/websitedump/") + name;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString samplePath()
{
    return QStringLiteral(ACTES_SHARED_SAMPLES "/site-export.txt");
}

// A repository that forwards to a real one but fails the Nth createResource or saveResource:
// checks that a failure in the middle of an import leaves nothing behind.
class FailingRepository final : public ResourceRepository
{
public:
    FailingRepository(ResourceRepository &inner, int failAtWrite)
        : m_inner(inner), m_failAt(failAtWrite) {}

    QString location() const override { return m_inner.location(); }
    bool isReadOnly() const override { return m_inner.isReadOnly(); }
    QList<ResourceSummary> listResources(const ResourceFilter &f = {}) const override { return m_inner.listResources(f); }
    int countResources(const ResourceFilter &f = {}) const override { return m_inner.countResources(f); }
    std::optional<Resource> loadResource(qint64 id) const override { return m_inner.loadResource(id); }
    QList<Resource> loadResources(const QList<qint64> &ids) const override { return m_inner.loadResources(ids); }
    Resource createResource(const Resource &r) override
    {
        countWrite();
        return m_inner.createResource(r);
    }
    Resource saveResource(const Resource &r) override
    {
        countWrite();
        return m_inner.saveResource(r);
    }
    int storedVersion(qint64 id) const override { return m_inner.storedVersion(id); }
    void moveToTrash(const QList<qint64> &ids) override { m_inner.moveToTrash(ids); }
    void restoreFromTrash(const QList<qint64> &ids) override { m_inner.restoreFromTrash(ids); }
    int emptyTrash() override { return m_inner.emptyTrash(); }
    std::optional<qint64> findResource(const QString &t, const QDate &d) const override { return m_inner.findResource(t, d); }
    void inTransaction(const std::function<void()> &fn) override { m_inner.inTransaction(fn); }
    QStringList resourceTypes() const override { return m_inner.resourceTypes(); }
    void addResourceType(const QString &name) override { m_inner.addResourceType(name); }
    QList<Person> people() const override { return m_inner.people(); }
    QList<Organisation> organisations() const override { return m_inner.organisations(); }
    QStringList participantRoles() const override { return m_inner.participantRoles(); }
    QStringList partnerRoles() const override { return m_inner.partnerRoles(); }
    Person savePerson(const Person &p) override { return m_inner.savePerson(p); }
    Organisation saveOrganisation(const Organisation &o) override { return m_inner.saveOrganisation(o); }
    void mergePeople(qint64 k, const QList<qint64> &d) override { m_inner.mergePeople(k, d); }
    void mergeOrganisations(qint64 k, const QList<qint64> &d) override { m_inner.mergeOrganisations(k, d); }
    QList<ResourceSummary> resourcesOfPerson(qint64 id) const override { return m_inner.resourcesOfPerson(id); }
    QList<ResourceSummary> resourcesOfOrganisation(qint64 id) const override { return m_inner.resourcesOfOrganisation(id); }
    QString storeImage(const QByteArray &d, const QString &m) override { return m_inner.storeImage(d, m); }
    QByteArray loadImage(const QString &k, QString *m = nullptr) const override { return m_inner.loadImage(k, m); }
    QString storeAttachmentData(const QByteArray &d, const QString &t = {}) override
    {
        return m_inner.storeAttachmentData(d, t);
    }
    QByteArray attachmentData(const QString &sha) const override { return m_inner.attachmentData(sha); }
    bool hasAttachmentData(const QString &sha) const override { return m_inner.hasAttachmentData(sha); }
    int purgeUnusedAttachmentData() override { return m_inner.purgeUnusedAttachmentData(); }
    QString libraryValue(const QString &k, const QString &d = {}) const override { return m_inner.libraryValue(k, d); }
    void setLibraryValue(const QString &k, const QString &v) override { m_inner.setLibraryValue(k, v); }
    qint64 externalChangeCounter() const override { return m_inner.externalChangeCounter(); }
    bool setChangeListener(ChangeListener listener) override { return m_inner.setChangeListener(std::move(listener)); }
    void setEditing(qint64 id, const QString &name) override { m_inner.setEditing(id, name); }
    QList<EditingPresence> othersEditing() const override { return m_inner.othersEditing(); }
    bool setPresenceListener(std::function<void()> l) override { return m_inner.setPresenceListener(std::move(l)); }
    ServerConnection *serverConnection() override { return m_inner.serverConnection(); }
    void setRevisionCause(RevisionCause cause) override { m_inner.setRevisionCause(cause); }
    RevisionCause revisionCause() const override { return m_inner.revisionCause(); }
    QList<int> eventYears() const override { return m_inner.eventYears(); }
    bool isInTrash(qint64 id) const override { return m_inner.isInTrash(id); }
    void setCurrentAuthor(const QString &author) override { m_inner.setCurrentAuthor(author); }
    QString currentAuthor() const override { return m_inner.currentAuthor(); }
    Member currentMember() const override { return m_inner.currentMember(); }
    QList<Member> members() const override { return m_inner.members(); }
    bool hasMembers() const override { return m_inner.hasMembers(); }
    QString addMember(const Member &m, const QString &p) override { return m_inner.addMember(m, p); }
    void setMemberRole(const QString &l, MemberRole r) override { m_inner.setMemberRole(l, r); }
    void disableMember(const QString &l) override { m_inner.disableMember(l); }
    void changeStatus(qint64 id, Status to, const QString &author, const QString &comment, int version) override
    {
        m_inner.changeStatus(id, to, author, comment, version);
    }
    QList<StatusChange> statusHistory(qint64 id) const override { return m_inner.statusHistory(id); }
    QList<RevisionInfo> revisions(qint64 id) const override { return m_inner.revisions(id); }
    std::optional<Resource> revisionSnapshot(qint64 id) const override { return m_inner.revisionSnapshot(id); }
    Resource restoreRevision(qint64 id, const QString &author, int version) override
    {
        return m_inner.restoreRevision(id, author, version);
    }
    std::optional<qint64> lastApprovedRevision(qint64 id) const override { return m_inner.lastApprovedRevision(id); }
    void setRequestedReviewer(qint64 id, const QString &login) override { m_inner.setRequestedReviewer(id, login); }
    QString requestedReviewer(qint64 id) const override { return m_inner.requestedReviewer(id); }
    QList<Comment> comments(qint64 id) const override { return m_inner.comments(id); }
    int unresolvedCommentCount(qint64 id) const override { return m_inner.unresolvedCommentCount(id); }
    Comment addComment(const Comment &c) override { return m_inner.addComment(c); }
    void setCommentResolved(qint64 id, bool resolved) override { m_inner.setCommentResolved(id, resolved); }
    void editComment(qint64 id, const QString &text) override { m_inner.editComment(id, text); }
    void deleteComment(qint64 id) override { m_inner.deleteComment(id); }
    void updateCommentAnchors(const QList<Comment> &threads) override { m_inner.updateCommentAnchors(threads); }

private:
    void countWrite()
    {
        if (++m_writes == m_failAt)
            throw LibraryError(LibraryError::Kind::DiskFull, u"Simulated full disk."_s);
    }
    ResourceRepository &m_inner;
    int m_failAt = 0;
    int m_writes = 0;
};

} // namespace

class TestWebsiteDumpImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createsResources();
    void reimportIsUnchanged();
    void reimportUpdatesOnlyImportedFields();
    void reimportKeepsPrivateFlagWhenExportHasNone();
    void reimportNeverMakesPrivatePublic();
    void importedImageMarkupIsText();
    void undatedTitleMatchesUserDatedResource();
    void needsReviewReported();
    void windows1252Warned();
    void duplicatesInOneImport();
    void badFileChangesNothing_data();
    void badFileChangesNothing();
    void failureMidImportRollsBack();
    void realSample();
    void frenchTypographyOption();
    void documentsToAttach_data();
    void documentsToAttach();
    void documentsAlreadyAttachedOrDismissedAreNotListed();
    void realSampleListsDocumentsToAttach();

private:
    // Everything a user could see of the library: the rows, the full resources and the files.
    struct Snapshot
    {
        QList<ResourceSummary> rows;
        QList<Resource> resources;
        QByteArray fileHash;
        QStringList types;
    };
    Snapshot snapshot() const;
    void compareSnapshots(const Snapshot &a, const Snapshot &b) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteRepository> m_repo;
    QString m_path;
};

void TestWebsiteDumpImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWebsiteDumpImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"library.actes"_s);
    m_repo = SqliteRepository::open(m_path);
    QVERIFY(m_repo);
}

void TestWebsiteDumpImport::cleanup()
{
    m_repo.reset();
    m_dir.reset();
}

TestWebsiteDumpImport::Snapshot TestWebsiteDumpImport::snapshot() const
{
    Snapshot s;
    s.rows = m_repo->listResources();
    QList<qint64> ids;
    for (const ResourceSummary &row : std::as_const(s.rows))
        ids.append(row.id);
    s.resources = m_repo->loadResources(ids);
    s.types = m_repo->resourceTypes();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(readFile(m_path));
    hash.addData(readFile(m_path + u"-wal"_s));
    s.fileHash = hash.result();
    return s;
}

void TestWebsiteDumpImport::compareSnapshots(const Snapshot &a, const Snapshot &b) const
{
    QCOMPARE(a.rows.size(), b.rows.size());
    QCOMPARE(a.resources.size(), b.resources.size());
    for (qsizetype i = 0; i < a.resources.size(); ++i) {
        QVERIFY(a.resources[i].sameContentAs(b.resources[i]));
        QCOMPARE(a.resources[i].version, b.resources[i].version);
        QCOMPARE(a.resources[i].modified, b.resources[i].modified);
    }
    QCOMPARE(a.types, b.types);
    QCOMPARE(a.fileHash, b.fileHash);
}

void TestWebsiteDumpImport::createsResources()
{
    WebsiteDumpImporter importer(*m_repo);
    const ImportReport report = importer.importFiles({fixture(u"basic.txt"_s)});
    QCOMPARE(report.created, 3);
    QCOMPARE(report.updated, 0);
    QCOMPARE(report.unchanged, 0);
    QCOMPARE(report.lines.size(), 3);
    QVERIFY(report.warnings.isEmpty());
    QCOMPARE(m_repo->countResources(), 3);
    QCOMPARE(report.lines[1].describe(),
             u"Created: Journées d'étude sur la commande publique responsable des 8 et 9 juin 2016 "
             "(8 et 9 juin 2016)"_s);
    QCOMPARE(report.summary(), u"3 created, 0 updated, 0 unchanged."_s);

    const auto id = m_repo->findResource(u"Journées d'étude sur la commande publique responsable des 8 et 9 juin 2016"_s,
                                         QDate(2016, 6, 8));
    QVERIFY(id);
    QCOMPARE(*id, report.lines[1].resourceId);
    const Resource r = *m_repo->loadResource(*id);
    QCOMPARE(r.type, u"Publications"_s);
    QCOMPARE(r.isPrivate, true);
    QCOMPARE(r.privateConfirmed, true);
    QCOMPARE(r.dateEnd, QDate(2016, 6, 9));
    QCOMPARE(r.status, Status::Draft);
    QVERIFY(r.bodyHtml.contains(u"l’œuvre commune"_s));
    QVERIFY(r.summaryHtml.endsWith(u"clauses sociales...</p>"_s));
    QVERIFY(!r.needsReview);
    // Unknown types join the library's list.
    QVERIFY(m_repo->resourceTypes().contains(u"Publications"_s));
    QVERIFY(m_repo->resourceTypes().contains(u"Comptes rendus"_s));
}

void TestWebsiteDumpImport::reimportIsUnchanged()
{
    WebsiteDumpImporter importer(*m_repo);
    importer.importFiles({fixture(u"basic.txt"_s)});
    const Snapshot before = snapshot();
    // The same content in another encoding and line-end style is the same import.
    const ImportReport report = importer.importFiles({fixture(u"crlf-bom.txt"_s), fixture(u"basic.txt"_s)});
    QCOMPARE(report.created, 0);
    QCOMPARE(report.updated, 0);
    QCOMPARE(report.unchanged, 6);
    for (const ImportReport::Line &line : report.lines)
        QVERIFY(line.describe().startsWith(u"Unchanged: "_s));
    QCOMPARE(m_repo->countResources(), 3);
    compareSnapshots(before, snapshot());
}

void TestWebsiteDumpImport::reimportUpdatesOnlyImportedFields()
{
    WebsiteDumpImporter importer(*m_repo);
    importer.importFiles({fixture(u"basic.txt"_s)});
    const QString title = u"Séminaire des élus - 1er février 2018"_s;
    const qint64 id = *m_repo->findResource(title, QDate(2018, 2, 1));

    // The user completes the resource with what the website does not know.
    Resource edited = *m_repo->loadResource(id);
    edited.place = u"Hôtel de ville de Nantes"_s;
    edited.attendance = 25;
    edited.status = Status::InReview;
    edited.participants = {Participant{0, u"Claire Martin"_s, u"Adjointe à l’ESS"_s, u"Ville de Nantes"_s, u"Intervenante"_s}};
    edited.partners = {Partner{0, u"CRESS Pays de la Loire"_s, u"Co-organisateur"_s}};
    edited = m_repo->saveResource(edited);

    // Re-import of the same text: nothing to do, and the user's fields stay.
    ImportReport report = importer.importFiles({fixture(u"basic.txt"_s)});
    QCOMPARE(report.unchanged, 3);
    QCOMPARE(m_repo->loadResource(id)->version, edited.version);

    // The website's text changed: the resource is updated in place, the user's fields kept.
    QByteArray data = readFile(fixture(u"basic.txt"_s));
    data.replace("Un relevé de décisions sera diffusé aux participants.",
                 "Le relevé de décisions a été diffusé le 15 février.");
    report = importer.importData(data, u"site-export-v2.txt"_s);
    QCOMPARE(report.created, 0);
    QCOMPARE(report.updated, 1);
    QCOMPARE(report.unchanged, 2);
    QCOMPARE(report.lines[2].outcome, ImportReport::Outcome::Updated);
    QCOMPARE(report.lines[2].resourceId, id);
    QCOMPARE(m_repo->countResources(), 3);
    const Resource after = *m_repo->loadResource(id);
    QVERIFY(after.bodyHtml.contains(u"a été diffusé le 15 février"_s));
    QCOMPARE(after.version, edited.version + 1);
    QCOMPARE(after.place, edited.place);
    QCOMPARE(after.attendance, edited.attendance);
    QCOMPARE(after.status, Status::InReview);
    QCOMPARE(after.participants.size(), 1);
    QCOMPARE(after.participants[0].name, u"Claire Martin"_s);
    QCOMPARE(after.participants[0].role, u"Intervenante"_s);
    QCOMPARE(after.partners.size(), 1);
    QCOMPARE(after.partners[0].name, u"CRESS Pays de la Loire"_s);
    // The import's write is its own revision in the history (when the library keeps one).
    const QList<RevisionInfo> history = m_repo->revisions(id);
    if (!history.isEmpty())
        QCOMPARE(history.first().cause, RevisionCause::Import);
    QCOMPARE(m_repo->revisionCause(), RevisionCause::Edit);   // restored after the import
}

void TestWebsiteDumpImport::reimportKeepsPrivateFlagWhenExportHasNone()
{
    WebsiteDumpImporter importer(*m_repo);
    importer.importFiles({fixture(u"summary-guessed.txt"_s)});
    const qint64 id = *m_repo->findResource(u"Assemblée générale du 20 juin 2018"_s, QDate(2018, 6, 20));
    Resource r = *m_repo->loadResource(id);
    QCOMPARE(r.privateConfirmed, false);   // the export has no "Ressource privée" line for it
    QVERIFY(r.needsReview);
    // The user confirms it is private and clears the review flag.
    r.isPrivate = true;
    r.privateConfirmed = true;
    r.needsReview = false;
    r.reviewNote.clear();
    r = m_repo->saveResource(r);

    const ImportReport report = importer.importFiles({fixture(u"summary-guessed.txt"_s)});
    QCOMPARE(report.unchanged, 2);
    const Resource after = *m_repo->loadResource(id);
    QCOMPARE(after.isPrivate, true);
    QCOMPARE(after.privateConfirmed, true);
    QCOMPARE(after.needsReview, false);
    QCOMPARE(after.version, r.version);
    // Not reported again: the user reviewed it already.
    for (const QString &w : report.warnings)
        QVERIFY2(!w.contains(u"Assemblée générale"_s), qPrintable(w));
}

void TestWebsiteDumpImport::reimportNeverMakesPrivatePublic()
{
    WebsiteDumpImporter importer(*m_repo);
    importer.importFiles({fixture(u"basic.txt"_s)});
    const QString title = u"Rencontre régionale sur les tiers-lieux du 12 avril 2017"_s;
    const qint64 id = *m_repo->findResource(title, QDate(2017, 4, 12));
    Resource r = *m_repo->loadResource(id);
    QCOMPARE(r.isPrivate, false);   // "Ressource privée : Non" in the export
    // Made private here.
    r.isPrivate = true;
    r.privateConfirmed = true;
    r = m_repo->saveResource(r);

    const ImportReport report = importer.importFiles({fixture(u"basic.txt"_s)});
    const Resource after = *m_repo->loadResource(id);
    QCOMPARE(after.isPrivate, true);
    QCOMPARE(after.privateConfirmed, true);
    QCOMPARE(after.version, r.version);   // nothing else changed: not written at all
    QCOMPARE(report.unchanged, 3);
    int kept = 0;
    for (const ImportReport::Line &line : report.lines) {
        QCOMPARE(line.keptPrivate, line.resourceId == id);
        kept += line.keptPrivate ? 1 : 0;
    }
    QCOMPARE(kept, 1);
    QCOMPARE(report.warnings.size(), 1);
    QVERIFY2(report.warnings.first().contains(u"tiers-lieux"_s)
                 && report.warnings.first().contains(u"the local choice was kept"_s),
             qPrintable(report.warnings.first()));

    // With new text too: the text is updated, the privacy stays.
    QByteArray changed = readFile(fixture(u"basic.txt"_s));
    changed.replace("Merci à la Ville de Lyon", "Merci encore à la Ville de Lyon");
    const ImportReport second = importer.importData(changed, u"changed.txt"_s);
    QCOMPARE(second.updated, 1);
    QCOMPARE(m_repo->loadResource(id)->isPrivate, true);
    QCOMPARE(second.warnings.size(), 1);

    // The other way round, the export may make a resource private.
    const qint64 seminar = *m_repo->findResource(u"Séminaire des élus - 1er février 2018"_s, QDate(2018, 2, 1));
    QByteArray privateNow = readFile(fixture(u"basic.txt"_s));
    const qsizetype at = privateNow.lastIndexOf("Ressource privée\nNon");
    QVERIFY(at > 0);
    privateNow.replace(at, qsizetype(qstrlen("Ressource privée\nNon")), "Ressource privée\nOui");
    importer.importData(privateNow, u"private-now.txt"_s);
    QCOMPARE(m_repo->loadResource(seminar)->isPrivate, true);
}

// Issue #10, item 4: the export is text; an <img src="file:..."> in it is text too, never fetched.
void TestWebsiteDumpImport::importedImageMarkupIsText()
{
    const QByteArray exported = "Réseau\n\nRencontre du 12 avril 2017\n\nAvant <img src=\"file:///dev/zero\"> après.\n\n"
                                "Type de ressource\nComptes rendus\nRessource privée\nNon\nRésumé\n\n"
                                "<img src=\"file:///etc/passwd\">\n";
    WebsiteDumpImporter importer(*m_repo);
    const ImportReport report = importer.importData(exported, u"export.txt"_s);
    QCOMPARE(report.created, 1);
    const Resource r = *m_repo->loadResource(report.lines.first().resourceId);
    QVERIFY2(!r.bodyHtml.contains(u"<img"_s) && r.bodyHtml.contains(u"&lt;img"_s), qPrintable(r.bodyHtml));
    QVERIFY2(!r.summaryHtml.contains(u"<img"_s), qPrintable(r.summaryHtml));
}

void TestWebsiteDumpImport::undatedTitleMatchesUserDatedResource()
{
    WebsiteDumpImporter importer(*m_repo);
    importer.importFiles({fixture(u"ambiguous.txt"_s)});
    const QString title = u"Cycle de webinaires sur l'alimentation durable"_s;
    const qint64 id = *m_repo->findResource(title, QDate());
    Resource r = *m_repo->loadResource(id);
    r.dateStart = QDate(2020, 10, 1);
    r.dateEnd = QDate(2020, 10, 1);
    r = m_repo->saveResource(r);

    const ImportReport report = importer.importFiles({fixture(u"ambiguous.txt"_s)});
    QCOMPARE(report.created, 0);
    QCOMPARE(report.unchanged, 2);
    QCOMPARE(m_repo->countResources(), 2);
    QCOMPARE(m_repo->loadResource(id)->dateStart, QDate(2020, 10, 1));
}

void TestWebsiteDumpImport::needsReviewReported()
{
    WebsiteDumpImporter importer(*m_repo);
    const ImportReport report = importer.importFiles({fixture(u"ambiguous.txt"_s)});
    QCOMPARE(report.created, 2);
    QCOMPARE(report.warnings.size(), 2);
    QVERIFY(report.warnings[0].startsWith(u"“Cycle de webinaires sur l'alimentation durable” needs a review: "_s));
    QVERIFY(report.warnings[1].contains(u"(7 novembre 2020)"_s));
    QVERIFY(report.lines[0].needsReview);
    const Resource r = *m_repo->loadResource(report.lines[1].resourceId);
    QVERIFY(r.needsReview);
    QVERIFY(!r.reviewNote.isEmpty());
    QCOMPARE(m_repo->listResources()[0].needsReview, true);
}

void TestWebsiteDumpImport::windows1252Warned()
{
    WebsiteDumpImporter importer(*m_repo);
    const ImportReport report = importer.importFiles({fixture(u"windows1252.txt"_s)});
    QCOMPARE(report.created, 3);
    QCOMPARE(report.warnings.size(), 1);
    QVERIFY(report.warnings[0].contains(u"Windows-1252"_s));
    QVERIFY(report.warnings[0].contains(u"windows1252.txt"_s));
    // Same content as the UTF-8 file: importing that one changes nothing.
    QCOMPARE(importer.importFiles({fixture(u"basic.txt"_s)}).unchanged, 3);
}

void TestWebsiteDumpImport::duplicatesInOneImport()
{
    WebsiteDumpImporter importer(*m_repo);
    // The same export chosen twice (or two overlapping exports) in one import.
    const ImportReport report = importer.importFiles({fixture(u"basic.txt"_s), fixture(u"crlf-bom.txt"_s)});
    QCOMPARE(report.created, 3);
    QCOMPARE(report.unchanged, 3);
    QCOMPARE(report.warnings.size(), 3);
    QVERIFY(report.warnings[0].contains(u"appears more than once"_s));
    QCOMPARE(m_repo->countResources(), 3);
}

void TestWebsiteDumpImport::badFileChangesNothing_data()
{
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("messageContains");
    QTest::newRow("empty") << fixture(u"empty.txt"_s) << u"empty"_s;
    QTest::newRow("blank") << fixture(u"blank.txt"_s) << u"empty"_s;
    QTest::newRow("binary") << fixture(u"binary.bin"_s) << u"binary"_s;
    QTest::newRow("random text") << fixture(u"random.txt"_s) << u"No resource"_s;
    QTest::newRow("JSON") << fixture(u"export.json"_s) << u"No resource"_s;
    QTest::newRow("missing file") << fixture(u"no-such-file.txt"_s) << u"cannot be read"_s;
    QTest::newRow("folder") << QStringLiteral(ACTES_TEST_DATA "/websitedump") << u"folder"_s;
    // Issue #10, item 4: never read without end, never wait on a pipe.
    QTest::newRow("device") << u"/dev/zero"_s << u"not an ordinary file"_s;
    QTest::newRow("pipe") << u"@FIFO@"_s << u"not an ordinary file"_s;
}

void TestWebsiteDumpImport::badFileChangesNothing()
{
    QFETCH(QString, bad);
    QFETCH(QString, messageContains);
    if (bad == u"@FIFO@") {
        bad = m_dir->filePath(u"export.txt"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(bad).constData(), 0600), 0);
    }
    QElapsedTimer timer;
    timer.start();
    WebsiteDumpImporter importer(*m_repo);
    importer.importFiles({fixture(u"basic.txt"_s)});
    const Snapshot before = snapshot();

    // The good file comes first: it must not be imported either.
    QByteArray changed = readFile(fixture(u"truncated.txt"_s));
    const QString goodPath = m_dir->filePath(u"good.txt"_s);
    {
        QFile f(goodPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(changed);
    }
    try {
        importer.importFiles({goodPath, bad});
        QFAIL("the import should have been refused");
    } catch (const LibraryError &e) {
        QVERIFY2(e.message().contains(messageContains), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QFileInfo(bad).fileName()), qPrintable(e.message()));
        QCOMPARE(e.path(), bad);
    }
    compareSnapshots(before, snapshot());
    QCOMPARE(m_repo->countResources(), 3);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

void TestWebsiteDumpImport::failureMidImportRollsBack()
{
    WebsiteDumpImporter(*m_repo).importFiles({fixture(u"basic.txt"_s)});
    const Snapshot before = snapshot();
    // 2 new resources from truncated.txt, then an update of basic.txt fails at the 3rd write.
    QByteArray data = readFile(fixture(u"basic.txt"_s));
    data.replace("vingt-cinq", "trente");
    const QString changedPath = m_dir->filePath(u"changed.txt"_s);
    {
        QFile f(changedPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }
    FailingRepository failing(*m_repo, 3);
    WebsiteDumpImporter importer(failing);
    QVERIFY_THROWS_EXCEPTION(LibraryError, importer.importFiles({fixture(u"truncated.txt"_s), changedPath}));
    QCOMPARE(m_repo->countResources(), 3);
    const Snapshot after = snapshot();
    QCOMPARE(after.rows.size(), before.rows.size());
    for (qsizetype i = 0; i < after.resources.size(); ++i) {
        QVERIFY(after.resources[i].sameContentAs(before.resources[i]));
        QCOMPARE(after.resources[i].version, before.resources[i].version);
    }
    // The library still works afterwards.
    QCOMPARE(WebsiteDumpImporter(*m_repo).importFiles({fixture(u"truncated.txt"_s)}).created, 2);
}

void TestWebsiteDumpImport::realSample()
{
    if (!QFile::exists(samplePath()))
        QSKIP("The shared sample site-export.txt is not available.");
    WebsiteDumpImporter importer(*m_repo);
    QElapsedTimer timer;
    timer.start();
    ImportReport report = importer.importFiles({samplePath()});
    const qint64 firstMs = timer.elapsed();
    QCOMPARE(report.created, 9);
    QCOMPARE(report.updated, 0);
    QCOMPARE(report.unchanged, 0);
    QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warnings.join(u'\n')));
    QCOMPARE(m_repo->countResources(), 9);
    QVERIFY(m_repo->resourceTypes().contains(u"Ressources RTES"_s));

    const QList<ResourceSummary> rows = m_repo->listResources();
    for (const ResourceSummary &row : rows) {
        QCOMPARE(row.type, u"Ressources RTES"_s);
        QCOMPARE(row.isPrivate, false);
        QVERIFY(row.dateStart.isValid());
    }
    // Newest first: the PTCE seminar of 3-4 May 2016.
    QCOMPARE(rows.first().title, u"Retours sur le séminaire PTCE des 3 et 4 mai 2016"_s);
    QCOMPARE(rows.first().dateEnd, QDate(2016, 5, 4));
    QCOMPARE(rows.last().dateStart, QDate(2014, 7, 2));

    const Snapshot before = snapshot();
    timer.restart();
    report = importer.importFiles({samplePath()});
    const qint64 secondMs = timer.elapsed();
    QCOMPARE(report.created, 0);
    QCOMPARE(report.updated, 0);
    QCOMPARE(report.unchanged, 9);
    compareSnapshots(before, snapshot());
    qInfo("Sample import: %lld ms (first), %lld ms (re-import, 9 unchanged)", firstMs, secondMs);
}

namespace {

QStringList kindsOf(const QList<DocumentMention> &documents)
{
    QStringList out;
    for (const DocumentMention &d : documents)
        out.append(attachmentKindKey(d.kind) + (d.membersOnly ? u"+members"_s : QString()));
    return out;
}

} // namespace

// The import report lists, per resource, the documents its text points to.
void TestWebsiteDumpImport::documentsToAttach_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QStringList>("kinds");
    QTest::newRow("seminar") << 0
                             << QStringList{u"slides"_s, u"programme"_s, u"video"_s, u"photos"_s, u"other"_s,
                                            u"proceedings"_s};
    QTest::newRow("study for members") << 1 << QStringList{u"study+members"_s, u"other"_s};
    QTest::newRow("nothing to attach") << 2 << QStringList{};
}

void TestWebsiteDumpImport::documentsToAttach()
{
    QFETCH(int, line);
    QFETCH(QStringList, kinds);
    const ImportReport report = WebsiteDumpImporter(*m_repo).importFiles({fixture(u"documents.txt"_s)});
    QCOMPARE(report.lines.size(), 3);
    QCOMPARE(kindsOf(report.lines.at(line).documentsToAttach), kinds);
    QCOMPARE(report.documentsToAttachCount(), 8);
    for (const DocumentMention &d : report.lines.at(line).documentsToAttach) {
        const QString text = ImportReport::describeDocument(d);
        QVERIFY2(text.contains(d.sentence.left(20)) && text.contains(attachmentKindLabel(d.kind)), qPrintable(text));
        QCOMPARE(text.contains(u"members only"_s), d.membersOnly);
    }
}

// Re-importing: a kind the resource already has an attachment of, or whose warning someone
// dismissed, is no longer to attach.
void TestWebsiteDumpImport::documentsAlreadyAttachedOrDismissedAreNotListed()
{
    Testing::MemoryRepository repo;
    const ImportReport first = WebsiteDumpImporter(repo).importFiles({fixture(u"documents.txt"_s)});
    QCOMPARE(first.created, 3);
    Resource seminar = *repo.loadResource(first.lines.at(0).resourceId);
    const QByteArray slides("diaporama");
    Attachment a;
    a.title = u"Diaporama"_s;
    a.kind = AttachmentKind::Slides;
    a.fileName = u"diaporama.odp"_s;
    a.size = slides.size();
    a.sha256 = repo.storeAttachmentData(slides);
    seminar.attachments = {a};
    seminar.dismissedChecks = {u"document-programme"_s};
    repo.saveResource(seminar);

    const ImportReport again = WebsiteDumpImporter(repo).importFiles({fixture(u"documents.txt"_s)});
    QCOMPARE(again.unchanged, 3);
    QCOMPARE(kindsOf(again.lines.at(0).documentsToAttach),
             (QStringList{u"video"_s, u"photos"_s, u"other"_s, u"proceedings"_s}));
    QCOMPARE(kindsOf(again.lines.at(1).documentsToAttach), (QStringList{u"study+members"_s, u"other"_s}));
}

// The website's real export: the documents its reports point to are listed.
void TestWebsiteDumpImport::realSampleListsDocumentsToAttach()
{
    if (!QFile::exists(samplePath()))
        QSKIP("The shared sample site-export.txt is not available.");
    const ImportReport report = WebsiteDumpImporter(*m_repo).importFiles({samplePath()});
    QCOMPARE(report.lines.size(), 9);
    const ImportReport::Line &seminar = report.lines.first();
    QVERIFY(seminar.title.contains(u"3 et 4 mai 2016"_s));
    const QStringList kinds = kindsOf(seminar.documentsToAttach);
    QVERIFY2(kinds.count(u"slides"_s) >= 2, qPrintable(kinds.join(u", "_s)));
    QVERIFY2(kinds.contains(u"programme"_s), qPrintable(kinds.join(u", "_s)));
    QVERIFY2(kinds.contains(u"study+members"_s), qPrintable(kinds.join(u", "_s)));
    int withDocuments = 0;
    for (const ImportReport::Line &line : report.lines)
        withDocuments += line.documentsToAttach.isEmpty() ? 0 : 1;
    QVERIFY2(withDocuments >= 6, qPrintable(QString::number(withDocuments)));
}

// WebsiteDumpImporter::Options::frenchTypography: the rules applied to the title, summary and body
// before saving; switching the option on or off between imports never duplicates a resource.
void TestWebsiteDumpImport::frenchTypographyOption()
{
    WebsiteDumpImporter importer(*m_repo);
    WebsiteDumpImporter::Options options;
    options.frenchTypography = true;
    options.typography.nbspStyle = NbspStyle::Standard;
    importer.setOptions(options);
    ImportReport report = importer.importFiles({fixture(u"basic.txt"_s)});
    QCOMPARE(report.created, 3);

    const auto find = [this](const QString &start) -> Resource {
        for (const ResourceSummary &row : m_repo->listResources()) {
            if (row.title.startsWith(start))
                return *m_repo->loadResource(row.id);
        }
        return {};
    };
    const Resource etude = find(u"Journées d"_s);
    QCOMPARE(etude.title, u"Journées d\u2019étude sur la commande publique responsable des 8 et 9 juin 2016"_s);
    QVERIFY2(etude.summaryHtml.contains(u"clauses sociales\u2026"_s), qPrintable(etude.summaryHtml));
    QVERIFY2(etude.bodyHtml.contains(u"Les journées d\u2019étude"_s), qPrintable(etude.bodyHtml));
    QVERIFY(etude.bodyHtml.contains(u"l\u2019œuvre commune"_s));   // already typographic: kept
    const Resource lieux = find(u"Rencontre régionale"_s);
    QVERIFY2(lieux.bodyHtml.contains(u"rythmé la journée\u00A0:"_s), qPrintable(lieux.bodyHtml));
    QVERIFY(lieux.bodyHtml.startsWith(u"<p>"_s));   // still the clean HTML subset

    // The same import again: nothing to do.
    report = importer.importFiles({fixture(u"basic.txt"_s)});
    QCOMPARE(report.unchanged, 3);

    // Without the rules: the same resources are found (titles differ only by typography) and
    // updated to the text as exported; nothing is duplicated.
    WebsiteDumpImporter plain(*m_repo);
    QVERIFY(!plain.options().frenchTypography);
    report = plain.importFiles({fixture(u"basic.txt"_s)});
    QCOMPARE(report.created, 0);
    QCOMPARE(m_repo->countResources(), 3);
    QCOMPARE(find(u"Journées d"_s).title, u"Journées d'étude sur la commande publique responsable des 8 et 9 juin 2016"_s);

    // And back, in another no-break space style.
    options.typography.nbspStyle = NbspStyle::Narrow;
    importer.setOptions(options);
    report = importer.importFiles({fixture(u"basic.txt"_s)});
    QCOMPARE(report.created, 0);
    QCOMPARE(m_repo->countResources(), 3);
    QVERIFY(find(u"Rencontre régionale"_s).bodyHtml.contains(u"rythmé la journée\u202F:"_s));
}

QTEST_GUILESS_MAIN(TestWebsiteDumpImport)
#include "tst_websitedumpimport.moc"
