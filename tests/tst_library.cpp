// One way in for every change: a write made through the Library of one window reaches the
// list, the metadata panel and the checks of another window on the same library (as another
// process would see it), and the views of its own window, with no refresh call by anyone.

#include "actionregistry.h"
#include "dialogs/prompts.h"
#include "library/library.h"
#include "list/resourcelistpanel.h"
#include "mainwindow.h"
#include "metadata/metadatapanel.h"
#include "models/resourcelistmodel.h"
#include "review/checks.h"
#include "review/checkslist.h"
#include "session/editsession.h"
#include "settings/settings.h"
#include "storage/sqliterepository.h"

#include <QAction>
#include <QApplication>
#include <QSet>
#include <QComboBox>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Actes;

namespace {

std::unique_ptr<ResourceRepository> openRw(const QString &path)
{
    return SqliteRepository::open(path, OpenMode::ReadWrite);
}

bool hasProblemOn(MetadataPanel *panel, const QString &field)
{
    const QList<Problem> problems = panel->checksList()->problems();
    return std::any_of(problems.cbegin(), problems.cend(), [&](const Problem &p) { return p.field == field; });
}

QString listedTitle(MainWindow *window, qint64 id)
{
    const ResourceListModel *model = window->listPanel()->model();
    const int row = model->rowOfId(id);
    return row < 0 ? QString() : model->summaryAt(row).title;
}

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // A prompt that no test scripted fails the test at once instead of waiting for a click.
    Prompts::ScriptedAnswers m_noOtherPrompt;

    std::unique_ptr<MainWindow> makeWindow(const QString &path)
    {
        auto window = std::make_unique<MainWindow>(openRw);
        window->setDraftRecoveryEnabled(false);
        window->resize(1200, 700);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        window->setRepository(openRw(path));
        return window;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QVERIFY(m_dir.isValid());
    }

    // Window A writes through its Library; window B, with its own connection to the same
    // file, sees the new title in its list, the new type in its metadata panel and in its
    // type filter, and the checks without the "type is not set" problem.
    void aChangeInOneWindowReachesAnother()
    {
        const QString path = m_dir.filePath(u"partagée.actes"_s);
        qint64 id = 0;
        {
            auto repo = openRw(path);
            Resource r;
            r.title = u"Rencontre des PTCE"_s;
            id = repo->createResource(r).id;
        }
        auto a = makeWindow(path);
        auto b = makeWindow(path);
        QVERIFY(a && b);
        QCOMPARE(a->session()->resourceId(), id);
        QCOMPARE(b->session()->resourceId(), id);
        QVERIFY(hasProblemOn(b->metadataPanel(), u"type"_s));
        QCOMPARE(b->listPanel()->typeFilter()->findData(u"Atelier"_s), -1);

        Library *library = a->library();
        library->addResourceType(u"Atelier"_s);
        Resource changed = *library->repository()->loadResource(id);
        changed.title = u"Rencontre régionale des PTCE"_s;
        changed.type = u"Atelier"_s;
        library->saveResource(changed);

        // Window A: its own views follow at once.
        QCOMPARE(listedTitle(a.get(), id), changed.title);
        QVERIFY(a->listPanel()->typeFilter()->findData(u"Atelier"_s) >= 0);
        QCOMPARE(a->metadataPanel()->typeCombo()->currentText(), u"Atelier"_s);
        QVERIFY(!hasProblemOn(a->metadataPanel(), u"type"_s));

        // Window B: through its library's watch on the file, nothing else.
        QTRY_COMPARE_WITH_TIMEOUT(listedTitle(b.get(), id), changed.title, 5000);
        QCOMPARE(b->metadataPanel()->typeCombo()->currentText(), u"Atelier"_s);
        QVERIFY(!hasProblemOn(b->metadataPanel(), u"type"_s));
        QVERIFY(b->listPanel()->typeFilter()->findData(u"Atelier"_s) >= 0);

        // A resource moved to the trash through A leaves B's list.
        Resource other;
        other.title = u"Assemblée générale"_s;
        const qint64 otherId = library->createResource(other).id;
        QVERIFY(a->listPanel()->model()->rowOfId(otherId) >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(b->listPanel()->model()->rowOfId(otherId) >= 0, 5000);
        library->moveToTrash({otherId});
        QCOMPARE(a->listPanel()->model()->rowOfId(otherId), -1);
        QTRY_COMPARE_WITH_TIMEOUT(b->listPanel()->model()->rowOfId(otherId), -1, 5000);
        QCOMPARE(b->session()->resourceId(), id);
        QVERIFY(a->close());
        QVERIFY(b->close());
    }

    // The window's commands are defined once and found by name; a command triggered by name
    // writes through the library, and both windows' lists follow.
    void actionsAreFoundByName()
    {
        const QString path = m_dir.filePath(u"actions.actes"_s);
        auto a = makeWindow(path);
        auto b = makeWindow(path);
        QVERIFY(a && b);
        ActionRegistry *actions = a->actionRegistry();
        for (const char *name : {"actionNewResource", "actionDeleteResource", "actionUndo", "actionImport",
                                 "actionExportProceedings", "actionSiteExport", "actionSpellCheck"}) {
            QAction *action = actions->action(QString::fromLatin1(name));
            QVERIFY2(action, name);
            QCOMPARE(a->findChild<QAction *>(QString::fromLatin1(name)), action);
        }
        QCOMPARE(actions->action(u"actionNoSuchThing"_s), nullptr);
        QCOMPARE(actions->names().size(), QSet<QString>(actions->names().cbegin(), actions->names().cend()).size());

        QVERIFY(actions->trigger(u"actionNewResource"_s));
        const qint64 id = a->session()->resourceId();
        QVERIFY(id);
        QVERIFY(a->listPanel()->model()->rowOfId(id) >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(b->listPanel()->model()->rowOfId(id) >= 0, 5000);
        QCOMPARE(a->listPanel()->selectedResourceIds(), QList<qint64>{id});
        Prompts::ScriptedAnswers answers;
        answers.click(QMessageBox::Yes);                                      // "Move … to the trash?"
        QVERIFY(actions->trigger(u"actionDeleteResource"_s));   // to the trash
        QCOMPARE(answers.asked().size(), 1);
        QCOMPARE(a->listPanel()->model()->rowOfId(id), -1);
        QTRY_COMPARE_WITH_TIMEOUT(b->listPanel()->model()->rowOfId(id), -1, 5000);
        QVERIFY(a->close());
        QVERIFY(b->close());
    }

    // A second Library on the same file, as another process would have: its writes are
    // announced to its own subscribers at once, and to the first library as an external change.
    void aSecondLibraryAnnouncesToTheFirst()
    {
        const QString path = m_dir.filePath(u"deux.actes"_s);
        auto repoA = openRw(path);
        auto repoB = openRw(path);
        Library first;
        Library second;
        first.setPollInterval(0);
        second.setPollInterval(0);
        first.setRepository(repoA.get());
        second.setRepository(repoB.get());
        QList<qint64> changedHere;
        int external = 0;
        connect(&second, &Library::resourcesChanged, this, [&](const QList<qint64> &ids) { changedHere += ids; });
        connect(&first, &Library::externalChange, this, [&] { ++external; });
        Resource r;
        r.title = u"Forum"_s;
        const qint64 id = second.createResource(r).id;
        QCOMPARE(changedHere, QList<qint64>{id});
        QVERIFY(!second.poll());   // its own write is not "external"
        QVERIFY(first.poll());
        QCOMPARE(external, 1);
        QVERIFY(!first.poll());    // announced once
        QCOMPARE(external, 1);
    }
};

QTEST_MAIN(TestLibrary)
#include "tst_library.moc"
