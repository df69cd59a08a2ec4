// The edit session: autosave after idle and during continuous typing, the draft journal
// written and recovered after a simulated crash, conflicts through the version counter.

#include "memoryrepository.h"
#include "session/draftjournal.h"
#include "session/editsession.h"
#include "session/listcommands.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

using namespace Actes;
using Actes::Testing::MemoryRepository;

class TestEditSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_drafts;

    Resource makeStored(MemoryRepository &repo, const QString &title = u"Séminaire PTCE"_s)
    {
        Resource r;
        r.title = title;
        r.bodyHtml = u"<p>Texte initial.</p>"_s;
        r.dateStart = r.dateEnd = QDate(2016, 5, 3);
        return repo.createResource(r);
    }

    static Resource edited(Resource r, const QString &body)
    {
        r.bodyHtml = body;
        return r;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_drafts.isValid());
    }

    void init()
    {
        QDir(m_drafts.path()).removeRecursively();
        QDir().mkpath(m_drafts.path());
    }

    void autosavesAfterIdle()
    {
        MemoryRepository repo;
        const Resource stored = makeStored(repo);
        EditSession session;
        session.setDelays(200, 5000, 50);
        session.setRepository(&repo, m_drafts.path());
        QSignalSpy dirty(&session, &EditSession::dirtyChanged);
        QSignalSpy saved(&session, &EditSession::saved);
        QVERIFY(session.open(stored.id));
        QVERIFY(!session.isDirty());

        const QString body = u"<p>L’économie sociale et solidaire\u00a0: «\u202fœuvre\u202f».</p>"_s;
        session.updateContent(edited(stored, body));
        QVERIFY(session.isDirty());
        QCOMPARE(dirty.count(), 1);
        QCOMPARE(saved.count(), 0);
        QCOMPARE(repo.loadResource(stored.id)->bodyHtml, stored.bodyHtml);   // not yet

        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 3000);
        QVERIFY(!session.isDirty());
        QCOMPARE(dirty.count(), 2);
        QCOMPARE(repo.loadResource(stored.id)->bodyHtml, body);
        QCOMPARE(repo.loadResource(stored.id)->version, 2);
        QCOMPARE(session.storedResource().version, 2);
        QVERIFY(!session.journal().exists(stored.id));   // removed after the save
    }

    void autosavesDuringContinuousTyping()
    {
        MemoryRepository repo;
        const Resource stored = makeStored(repo);
        EditSession session;
        session.setDelays(300, 700, 50);
        session.setRepository(&repo, m_drafts.path());
        QSignalSpy saved(&session, &EditSession::saved);
        QVERIFY(session.open(stored.id));
        QElapsedTimer timer;
        timer.start();
        int i = 0;
        // Typing every 100 ms never leaves 300 ms of quiet: only the maximum interval saves.
        while (timer.elapsed() < 1200) {
            session.updateContent(edited(stored, u"<p>frappe %1</p>"_s.arg(++i)));
            QTest::qWait(100);
        }
        QVERIFY2(saved.count() >= 1, "a save must happen during continuous typing");
        QVERIFY(repo.loadResource(stored.id)->bodyHtml.startsWith(u"<p>frappe "_s));
    }

    void savesWhenSwitchingResource()
    {
        MemoryRepository repo;
        const Resource a = makeStored(repo, u"A"_s);
        const Resource b = makeStored(repo, u"B"_s);
        EditSession session;
        session.setRepository(&repo, m_drafts.path());
        QSignalSpy loaded(&session, &EditSession::resourceLoaded);
        QVERIFY(session.open(a.id));
        session.updateContent(edited(a, u"<p>modifié</p>"_s));
        QVERIFY(session.open(b.id));                    // long before the 2 s autosave
        QCOMPARE(repo.loadResource(a.id)->bodyHtml, u"<p>modifié</p>"_s);
        QCOMPARE(session.resourceId(), b.id);
        QCOMPARE(loaded.count(), 2);
        QCOMPARE(loaded.last().at(0).value<Resource>().title, u"B"_s);
    }

    void collectorProvidesTheContent()
    {
        MemoryRepository repo;
        const Resource a = makeStored(repo);
        EditSession session;
        session.setRepository(&repo, m_drafts.path());
        QString uiBody = u"<p>depuis l’éditeur</p>"_s;
        session.setCollector([&uiBody](Resource &r) { r.bodyHtml = uiBody; });
        QVERIFY(session.open(a.id));
        session.markDirty();
        QVERIFY(session.save());
        QCOMPARE(repo.loadResource(a.id)->bodyHtml, uiBody);
        // Nothing changed: no write, version unchanged.
        const int saves = repo.saveCalls;
        session.markDirty();
        QVERIFY(session.save());
        QCOMPARE(repo.saveCalls, saves);
        QVERIFY(!session.isDirty());
    }

    void draftSurvivesCrash()
    {
        MemoryRepository repo(u"/tmp/some library.actes"_s);
        const Resource stored = makeStored(repo);
        const QString body = u"<p>Texte tapé juste avant la panne — « œ ».</p>"_s;
        {
            auto session = std::make_unique<EditSession>();
            session->setDelays(60000, 60000, 100);       // no autosave during this test
            session->setRepository(&repo, m_drafts.path());
            QVERIFY(session->open(stored.id));
            session->updateContent(edited(stored, body));
            QTRY_VERIFY_WITH_TIMEOUT(session->journal().exists(stored.id), 2000);   // debounced write
            QCOMPARE(repo.loadResource(stored.id)->bodyHtml, stored.bodyHtml);
            // "Crash": the session goes away without saving.
        }
        QCOMPARE(repo.loadResource(stored.id)->bodyHtml, stored.bodyHtml);

        EditSession next;
        next.setRepository(&repo, m_drafts.path());
        const QList<Draft> drafts = next.pendingDrafts();
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().resourceId, stored.id);
        QCOMPARE(drafts.first().baseVersion, stored.version);
        QCOMPARE(drafts.first().resource.bodyHtml, body);
        QCOMPARE(drafts.first().resource.title, stored.title);
        QVERIFY(drafts.first().written.isValid());

        // Another library does not see it.
        MemoryRepository other(u"/tmp/other.actes"_s);
        EditSession elsewhere;
        elsewhere.setRepository(&other, m_drafts.path());
        QVERIFY(elsewhere.pendingDrafts().isEmpty());

        QSignalSpy loaded(&next, &EditSession::resourceLoaded);
        QVERIFY(next.restoreDraft(drafts.first()));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loaded.first().at(0).value<Resource>().bodyHtml, body);
        QCOMPARE(repo.loadResource(stored.id)->bodyHtml, body);
        QVERIFY(next.pendingDrafts().isEmpty());
    }

    // Issue #10, item 6: the draft journal holds what was typed: its folder and files are
    // readable by their owner only, whatever the umask.
    void draftsAreReadableByTheirOwnerOnly()
    {
        const mode_t previous = ::umask(022);
        const auto restoreUmask = qScopeGuard([previous] { ::umask(previous); });
        const QString folder = QDir(m_drafts.path()).filePath(u"journal/drafts"_s);
        DraftJournal journal(u"/tmp/some library.actes"_s, folder);
        Resource r;
        r.id = 7;
        r.title = u"Note privée"_s;
        r.isPrivate = true;
        QVERIFY(journal.write(r));
        const auto mode = [](const QString &path) {
            struct stat st {};
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
        };
        QCOMPARE(mode(folder), 0700);
        QCOMPARE(mode(journal.fileFor(7)), 0600);
        r.title = u"Note privée, suite"_s;
        QVERIFY(journal.write(r));   // rewritten (a new file replaces it)
        QCOMPARE(mode(journal.fileFor(7)), 0600);
        QCOMPARE(journal.pending().size(), 1);
    }

    void discardedDraftIsGone()
    {
        MemoryRepository repo;
        const Resource stored = makeStored(repo);
        {
            EditSession session;
            session.setDelays(60000, 60000, 60000);
            session.setRepository(&repo, m_drafts.path());
            QVERIFY(session.open(stored.id));
            session.updateContent(edited(stored, u"<p>x</p>"_s));
        }   // the destructor flushes the draft of an unsaved edit
        EditSession next;
        next.setRepository(&repo, m_drafts.path());
        QCOMPARE(next.pendingDrafts().size(), 1);
        next.discardDraft(next.pendingDrafts().first());
        QVERIFY(next.pendingDrafts().isEmpty());
        QCOMPARE(repo.loadResource(stored.id)->bodyHtml, stored.bodyHtml);
    }

    void conflictIsDetectedAndNothingOverwritten()
    {
        MemoryRepository repo;
        const Resource stored = makeStored(repo);
        EditSession session;
        session.setRepository(&repo, m_drafts.path());
        QSignalSpy conflicts(&session, &EditSession::conflict);
        QVERIFY(session.open(stored.id));

        repo.saveFromElsewhere(edited(stored, u"<p>leur texte</p>"_s));
        session.updateContent(edited(stored, u"<p>mon texte</p>"_s));
        QVERIFY(!session.save());
        QCOMPARE(conflicts.count(), 1);
        QCOMPARE(conflicts.first().at(0).value<Resource>().bodyHtml, u"<p>mon texte</p>"_s);
        QCOMPARE(conflicts.first().at(1).value<Resource>().bodyHtml, u"<p>leur texte</p>"_s);
        QVERIFY(session.isConflictPending());
        QCOMPARE(repo.loadResource(stored.id)->bodyHtml, u"<p>leur texte</p>"_s);
        QVERIFY(session.journal().exists(stored.id));        // my text is safe on disk
        // Switching away is refused while the conflict is open.
        const Resource other = makeStored(repo, u"Autre"_s);
        QVERIFY(!session.open(other.id));
        QCOMPARE(session.resourceId(), stored.id);
    }

    void conflictKeepMine()
    {
        MemoryRepository repo;
        const Resource stored = makeStored(repo);
        EditSession session;
        session.setRepository(&repo, m_drafts.path());
        QVERIFY(session.open(stored.id));
        repo.saveFromElsewhere(edited(stored, u"<p>leur texte</p>"_s));
        session.updateContent(edited(stored, u"<p>mon texte</p>"_s));
        QVERIFY(!session.save());
        session.resolveConflict(EditSession::ConflictChoice::KeepMine);
        QVERIFY(!session.isConflictPending());
        QVERIFY(!session.isDirty());
        QCOMPARE(repo.loadResource(stored.id)->bodyHtml, u"<p>mon texte</p>"_s);
        QCOMPARE(repo.loadResource(stored.id)->version, 3);
        QVERIFY(!session.journal().exists(stored.id));
    }

    void conflictKeepTheirs()
    {
        MemoryRepository repo;
        const Resource stored = makeStored(repo);
        EditSession session;
        session.setRepository(&repo, m_drafts.path());
        QVERIFY(session.open(stored.id));
        repo.saveFromElsewhere(edited(stored, u"<p>leur texte</p>"_s));
        session.updateContent(edited(stored, u"<p>mon texte</p>"_s));
        QSignalSpy loaded(&session, &EditSession::resourceLoaded);
        QVERIFY(!session.save());
        session.resolveConflict(EditSession::ConflictChoice::KeepTheirs);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loaded.first().at(0).value<Resource>().bodyHtml, u"<p>leur texte</p>"_s);
        QCOMPARE(repo.loadResource(stored.id)->bodyHtml, u"<p>leur texte</p>"_s);
        QVERIFY(!session.isDirty());
        QVERIFY(!session.journal().exists(stored.id));
    }

    void conflictKeepBoth()
    {
        MemoryRepository repo;
        const Resource stored = makeStored(repo);
        EditSession session;
        session.setRepository(&repo, m_drafts.path());
        QVERIFY(session.open(stored.id));
        repo.saveFromElsewhere(edited(stored, u"<p>leur texte</p>"_s));
        session.updateContent(edited(stored, u"<p>mon texte</p>"_s));
        QSignalSpy created(&session, &EditSession::resourceCreated);
        QVERIFY(!session.save());
        session.resolveConflict(EditSession::ConflictChoice::KeepBoth);
        QCOMPARE(created.count(), 1);
        const Resource mine = created.first().at(0).value<Resource>();
        QVERIFY(mine.id != stored.id);
        QCOMPARE(repo.loadResource(mine.id)->bodyHtml, u"<p>mon texte</p>"_s);
        QVERIFY(repo.loadResource(mine.id)->title.contains(stored.title));
        QCOMPARE(repo.loadResource(stored.id)->bodyHtml, u"<p>leur texte</p>"_s);
        QCOMPARE(session.resourceId(), mine.id);
    }

    void deletedElsewhereIsKeptAsNew()
    {
        MemoryRepository repo;
        const Resource stored = makeStored(repo);
        EditSession session;
        session.setRepository(&repo, m_drafts.path());
        QVERIFY(session.open(stored.id));
        session.updateContent(edited(stored, u"<p>mon texte</p>"_s));
        repo.moveToTrash({stored.id});
        QVERIFY(session.save());
        QVERIFY(session.resourceId() != stored.id);
        QCOMPARE(repo.loadResource(session.resourceId())->bodyHtml, u"<p>mon texte</p>"_s);
    }

    void saveFailureKeepsDirtyAndDraft()
    {
        MemoryRepository repo;
        const Resource stored = makeStored(repo);
        EditSession session;
        session.setRepository(&repo, m_drafts.path());
        QSignalSpy failed(&session, &EditSession::saveFailed);
        QVERIFY(session.open(stored.id));
        session.updateContent(edited(stored, u"<p>mon texte</p>"_s));
        repo.setReadOnly(true);     // e.g. the disk became read-only
        QVERIFY(!session.save());
        QCOMPARE(failed.count(), 1);
        QVERIFY(session.isDirty());
        QVERIFY(session.journal().exists(stored.id));
        repo.setReadOnly(false);
        QVERIFY(session.save());
        QCOMPARE(repo.loadResource(stored.id)->bodyHtml, u"<p>mon texte</p>"_s);
    }

    void reloadsWhenChangedElsewhere()
    {
        MemoryRepository repo;
        const Resource stored = makeStored(repo);
        EditSession session;
        session.setRepository(&repo, m_drafts.path());
        QVERIFY(session.open(stored.id));
        QVERIFY(!session.reloadIfChangedElsewhere());
        repo.saveFromElsewhere(edited(stored, u"<p>leur texte</p>"_s));
        QSignalSpy loaded(&session, &EditSession::resourceLoaded);
        QVERIFY(session.reloadIfChangedElsewhere());
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(session.storedResource().bodyHtml, u"<p>leur texte</p>"_s);
    }

    void listCommandsUndoThroughTheTrash()
    {
        MemoryRepository repo;
        QUndoStack stack;
        QList<qint64> focus;
        ListCommandContext context{&repo, [&focus](qint64 id) { focus.append(id); }, {}};
        Resource r;
        r.title = u"Nouvelle ressource"_s;
        auto *create = CreateResourceCommand::perform(context, r);
        const qint64 id = create->resourceId();
        stack.push(create);
        QCOMPARE(focus.last(), id);
        QVERIFY(repo.loadResource(id).has_value());
        stack.undo();
        QVERIFY(!repo.loadResource(id).has_value());
        ResourceFilter trash;
        trash.trash = true;
        QCOMPARE(repo.countResources(trash), 1);   // undone = in the trash, not destroyed
        stack.redo();
        QVERIFY(repo.loadResource(id).has_value());

        auto *dup = CreateResourceCommand::perform(context, *repo.loadResource(id), true);
        stack.push(dup);
        QCOMPARE(repo.loadResource(dup->resourceId())->title, r.title);
        QVERIFY(dup->text().contains(r.title));

        stack.push(MoveToTrashCommand::perform(context, {id}, r.title));
        QVERIFY(!repo.loadResource(id).has_value());
        stack.undo();
        QVERIFY(repo.loadResource(id).has_value());
        QCOMPARE(focus.last(), id);
        stack.redo();
        QVERIFY(!repo.loadResource(id).has_value());

        repo.setReadOnly(true);
        QVERIFY_THROWS_EXCEPTION(LibraryError, CreateResourceCommand::perform(context, r));
    }
};

QTEST_GUILESS_MAIN(TestEditSession)
#include "tst_editsession.moc"
