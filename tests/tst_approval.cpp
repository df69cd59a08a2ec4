// "Approval means what it says" (app/review/approvalguard.h): an approved or published resource
// that an edit (EditSession), `actes set`, a re-import or a restored revision leaves with a
// blocking problem goes back to review, recorded in its status history with the reason.
#include "review/approvalguard.h"
#include "review/checks.h"
#include "review/statusservice.h"
#include "session/editsession.h"
#include "storage/libraryerror.h"
#include "storage/sqliterepository.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Actes;
using namespace Qt::StringLiterals;

namespace {

// A resource that passes every check.
Resource ready(const QString &title = u"Rencontre régionale des tiers-lieux"_s)
{
    Resource r;
    r.title = title;
    r.type = u"Compte rendu"_s;
    r.isPrivate = false;
    r.privateConfirmed = true;
    r.dateStart = r.dateEnd = QDate(2016, 5, 3);
    r.summaryHtml = u"<p>Quatre-vingts personnes ont pris part à la rencontre.</p>"_s;
    r.bodyHtml = u"<p>Les échanges ont porté sur la coopération.</p>"_s;
    return r;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run actes(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"USER"_s, u"camille"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ACTES_BINARY), args);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestApproval : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    QString m_path;
    std::unique_ptr<SqliteRepository> m_repo;

    // Approves (or publishes) a stored resource the way the window and `actes status` do.
    Resource approve(const Resource &r, Status to = Status::Approved)
    {
        StatusService service(*m_repo, [this](const Resource &resource) {
            return blockingProblems(resource, ReviewSettings{}, [this](const QString &key) {
                return !m_repo->loadImage(key).isEmpty();
            });
        });
        return service.changeStatus(r.id, to, u"Relectrice"_s, {}, r.version);
    }

    void reopen()
    {
        m_repo = SqliteRepository::open(m_path);
        m_repo->setCurrentAuthor(u"Camille"_s);
        ApprovalGuard::install(*m_repo, [] { return ReviewSettings{}; });
    }

    // The newest status change must be `from` → In review, by author, naming the problem.
    void expectBackToReview(qint64 id, Status from, const QString &author, const QString &cause,
                            const QString &problem)
    {
        const Resource now = *m_repo->loadResource(id);
        QCOMPARE(now.status, Status::InReview);
        const QList<StatusChange> history = m_repo->statusHistory(id);
        QVERIFY(!history.isEmpty());
        const StatusChange &last = history.first();
        QCOMPARE(last.from, from);
        QCOMPARE(last.to, Status::InReview);
        QCOMPARE(last.author, author);
        QVERIFY2(last.comment.contains(cause), qPrintable(last.comment));
        QVERIFY2(last.comment.contains(problem), qPrintable(last.comment));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_path = m_dir.filePath(u"library-%1.actes"_s.arg(++m_count));
        reopen();
    }

    void cleanup() { m_repo.reset(); }

    void editThatBreaksACheckMovesBackToReview_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("approved") << int(Status::Approved);
        QTest::newRow("published") << int(Status::Published);
    }

    // The window's path: the edit session's (auto)save.
    void editThatBreaksACheckMovesBackToReview()
    {
        QFETCH(int, status);
        const Resource stored = approve(m_repo->createResource(ready()), Status(status));
        QCOMPARE(stored.status, Status(status));

        EditSession session;
        session.setRepository(m_repo.get(), m_dir.filePath(u"drafts"_s));
        QSignalSpy notices(&session, &EditSession::notice);
        QSignalSpy saved(&session, &EditSession::saved);
        QVERIFY(session.open(stored.id));
        Resource edited = stored;
        edited.summaryHtml.clear();   // typing that empties the summary
        session.updateContent(edited);
        QVERIFY(session.save());      // the typing is kept, not refused

        const Resource now = *m_repo->loadResource(stored.id);
        QVERIFY(now.summaryHtml.isEmpty());
        expectBackToReview(stored.id, Status(status), u"Camille"_s, u"after an edit"_s, u"The summary is missing."_s);
        // The session and the window see the new status at once, and the user is told.
        QCOMPARE(session.storedResource().status, Status::InReview);
        QCOMPARE(session.storedResource().version, now.version);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(notices.count(), 1);
        QVERIFY2(notices.first().first().toString().contains(stored.title), qPrintable(notices.first().first().toString()));

        // The next edit saves on top of it (no conflict, no second move).
        edited = session.storedResource();
        edited.summaryHtml = u"<p>Un résumé à nouveau.</p>"_s;
        session.updateContent(edited);
        QVERIFY(session.save());
        QCOMPARE(m_repo->loadResource(stored.id)->status, Status::InReview);
        QCOMPARE(m_repo->statusHistory(stored.id).size(), 2);   // approved, back to review
    }

    void editThatKeepsTheChecksKeepsApproval()
    {
        const Resource stored = approve(m_repo->createResource(ready()));
        Resource edited = stored;
        edited.bodyHtml = u"<p>Un texte corrigé, toujours complet.</p>"_s;
        const Resource saved = m_repo->saveResource(edited);
        QCOMPARE(saved.status, Status::Approved);
        QCOMPARE(m_repo->statusHistory(stored.id).size(), 1);
        // Drafts and resources in review are not concerned.
        Resource draft = m_repo->createResource(ready(u"Brouillon"_s));
        draft.summaryHtml.clear();
        QCOMPARE(m_repo->saveResource(draft).status, Status::Draft);
    }

    void guardFailureUndoesTheWrite()
    {
        // The move back is part of the write's transaction: if it cannot be recorded, nothing is.
        const Resource stored = approve(m_repo->createResource(ready()));
        m_repo->setWriteGuard([](ResourceRepository &, const Resource &, RevisionCause, const QString &) -> Resource {
            throw LibraryError(LibraryError::Kind::Io, u"disque plein"_s, QString());
        });
        Resource edited = stored;
        edited.summaryHtml.clear();
        QVERIFY_THROWS_EXCEPTION(LibraryError, m_repo->saveResource(edited));
        QCOMPARE(m_repo->loadResource(stored.id)->summaryHtml, stored.summaryHtml);
        QCOMPARE(m_repo->loadResource(stored.id)->version, stored.version);
    }

    void restoredRevisionThatFailsMovesBackToReview()
    {
        Resource first = ready();
        first.summaryHtml.clear();                 // revision 1: no summary yet
        first = m_repo->createResource(first);
        const qint64 firstRevision = m_repo->revisions(first.id).last().id;
        Resource complete = first;
        complete.summaryHtml = ready().summaryHtml;
        m_repo->setCurrentAuthor(u"Autre"_s);      // not coalesced with revision 1
        complete = m_repo->saveResource(complete);
        const Resource approved = approve(complete);
        QCOMPARE(approved.status, Status::Approved);

        const Resource restored = m_repo->restoreRevision(firstRevision, u"Dominique"_s, approved.version);
        QCOMPARE(restored.status, Status::InReview);
        QVERIFY(restored.summaryHtml.isEmpty());
        expectBackToReview(first.id, Status::Approved, u"Dominique"_s, u"restored revision"_s,
                           u"The summary is missing."_s);
    }

    // `actes set` through the binary: the command line installs the rule on what it opens.
    void cliSetThatBreaksACheckMovesBackToReview()
    {
        const Resource stored = approve(m_repo->createResource(ready()), Status::Published);
        m_repo.reset();
        const Run run = actes({u"--db"_s, m_path, u"set"_s, QString::number(stored.id), u"date_start="_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"went back to review"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"The event date is not set."_s), qPrintable(run.out));
        reopen();
        QVERIFY(!m_repo->loadResource(stored.id)->dateStart.isValid());
        expectBackToReview(stored.id, Status::Published, u"camille"_s, u"after an edit"_s,
                           u"The event date is not set."_s);

        // A `set` that keeps the checks keeps the approval.
        const Resource other = approve(m_repo->createResource(ready(u"Autre rencontre"_s)));
        m_repo.reset();
        const Run fine = actes({u"--db"_s, m_path, u"set"_s, QString::number(other.id), u"place=Lyon"_s});
        QVERIFY2(fine.exitCode == 0, qPrintable(fine.err));
        QVERIFY2(!fine.out.contains(u"review"_s), qPrintable(fine.out));
        reopen();
        QCOMPARE(m_repo->loadResource(other.id)->status, Status::Approved);
    }

    // A re-import through the binary: the website's text now leaves the importer unsure.
    void cliReimportThatBreaksACheckMovesBackToReview()
    {
        m_repo.reset();
        const QString title = u"Rencontre des tiers-lieux du 3 mai 2016"_s;
        const QString body = u"Les échanges ont porté sur la coopération."_s;
        // The website's export repeats the body after "Résumé"; when it does not, the importer
        // is unsure where the text starts and ends ("to check").
        const auto exportText = [&](const QString &afterSummary) {
            return (u"Réseau des villes\n\n"_s + title + u"\n\n"_s + body
                    + u"\n\nType de ressource\nComptes rendus\nRessource privée\nNon\nRésumé\n\n"_s + afterSummary
                    + u"\n"_s)
                .toUtf8();
        };
        const QString file = m_dir.filePath(u"export-%1.txt"_s.arg(m_count));
        const auto writeExport = [&](const QByteArray &bytes) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
        };
        writeExport(exportText(body));
        Run run = actes({u"--db"_s, m_path, u"import-site"_s, file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        reopen();
        QCOMPARE(m_repo->countResources(), 1);
        const Resource imported = *m_repo->loadResource(m_repo->listResources().first().id);
        QVERIFY2(blockingProblems(imported, ReviewSettings{}).isEmpty(),
                 qPrintable(blockingProblems(imported, ReviewSettings{}).join(u'\n')));
        const Resource approved = approve(imported);
        m_repo.reset();

        // The website's text changed: the importer is now unsure of it.
        writeExport(exportText(u"Un résumé qui ne reprend pas le corps."_s));
        run = actes({u"--db"_s, m_path, u"import-site"_s, file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        reopen();
        const Resource now = *m_repo->loadResource(approved.id);
        QVERIFY(now.version > approved.version);
        QVERIFY(now.needsReview);
        QVERIFY(!blockingProblems(now, ReviewSettings{}).isEmpty());
        // `import-site` records no author for its writes: the move is signed by Actes itself.
        expectBackToReview(approved.id, Status::Approved, u"Actes"_s, u"re-import"_s,
                           blockingProblems(now, ReviewSettings{}).first());
        // The import report says so.
        QVERIFY2(run.out.contains(u"went back to review"_s), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestApproval)
#include "tst_approval.moc"
