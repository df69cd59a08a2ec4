// Seeing each other work, in two main windows on one team library (two members): window 2
// sees window 1's title change in its list and, with nothing edited there, in its open editor,
// with who changed what above it; with edits of its own, they stay and the banner says so; and
// while window 1 edits, window 2 sees "… is editing" on the row and above the editor, gone as
// soon as window 1 closes.
#include "editor/noticebar.h"
#include "editor/resourceeditorpane.h"
#include "editor/richtexteditor.h"
#include "library/presencetracker.h"
#include "list/resourcelistpanel.h"
#include "mainwindow.h"
#include "models/resourcelistmodel.h"
#include "library/library.h"
#include "session/editsession.h"
#include "session/resourcedocument.h"
#include "storage/libraryopener.h"
#include "storage/postgresrepository.h"
#include "teamactivitycontroller.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextCursor>

#include "pgrepositorytest.h"
#include "storagetest.h"
#include "translationtest.h"

using namespace Qt::StringLiterals;
using namespace Actes;
using namespace StorageTest;

class TestPgLiveWindows final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void otherWindowFollowsTitleChangeInListAndEditor();
    void otherWindowKeepsItsEditsAndSaysWhoChangedWhat();
    void otherWindowSeesWhoIsEditing();
    void bannersSayItInFrench();

private:
    std::unique_ptr<MainWindow> makeWindow(const QString &member, int x)
    {
        auto window = std::make_unique<MainWindow>([](const QString &location) { return openLibrary(location); });
        window->setDraftRecoveryEnabled(false);
        window->resize(1200, 700);
        window->move(x, 0);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()) || !window->openLibrary(m_fixture.uri(m_database)))
            return {};
        window->repository()->setCurrentAuthor(member);   // two members in one process
        window->session()->setDelays(60000, 60000, 500);  // the test saves when it means to
        return window;
    }
    static QString listedTitle(MainWindow &window, qint64 id)
    {
        const int row = window.listPanel()->model()->rowOfId(id);
        return row < 0 ? QString() : window.listPanel()->model()->summaryAt(row).title;
    }
    static QModelIndex titleIndex(MainWindow &window, qint64 id)
    {
        ResourceListModel *model = window.listPanel()->model();
        return model->index(model->rowOfId(id), ResourceListModel::TitleColumn);
    }
    static void screenshot(MainWindow &window, const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("ACTES_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QApplication::processEvents();
            window.grab().save(QDir(dir).filePath(name));
        }
    }

    PgRepositoryTest::Fixture m_fixture;
    QString m_database;
    Resource m_stored;
};

void TestPgLiveWindows::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s), "the QPSQL driver (libqt6sql6-psql) is missing");
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
}

void TestPgLiveWindows::init()
{
    m_database = m_fixture.freshDatabase();
    QVERIFY2(!m_database.isEmpty(), qPrintable(m_fixture.errorString()));
    Resource resource = fullResource(u"Comité de pilotage"_s);
    resource.status = Status::Draft;
    resource.bodyHtml = u"<p>Le comité s’est réuni à Lyon pour faire le point sur les projets de l’année. "
                        u"Les participants ont relu le budget et le calendrier.</p>"_s;
    m_stored = PostgresRepository::open(m_fixture.uri(m_database))->createResource(resource);
}

void TestPgLiveWindows::cleanup()
{
    m_fixture.closeDirect(m_database);
}

void TestPgLiveWindows::otherWindowFollowsTitleChangeInListAndEditor()
{
    auto claire = makeWindow(u"Claire Martin"_s, 0);
    auto paul = makeWindow(u"Paul Durand"_s, 40);
    QVERIFY(claire && paul);
    QCOMPARE(claire->session()->resourceId(), m_stored.id);
    QCOMPARE(paul->session()->resourceId(), m_stored.id);
    // Paul's cursor is in the middle of the body.
    RichTextEditor *paulsBody = paul->editorPane()->bodyEditor();
    QTextCursor cursor = paulsBody->textCursor();
    cursor.setPosition(42);
    paulsBody->setTextCursor(cursor);
    auto *changeNotice = paul->findChild<NoticeBar *>(u"changedElsewhereNotice"_s);
    QVERIFY(changeNotice);
    QVERIFY(changeNotice->isHidden());

    QSignalSpy listReset(paul->listPanel()->model(), &QAbstractItemModel::modelReset);
    QLineEdit *title = claire->editorPane()->titleEdit();
    title->setFocus();
    title->setText(u"Comité de pilotage du 12 mai"_s);   // as typed (textChanged)
    QVERIFY(claire->session()->isDirty());
    QElapsedTimer clock;
    clock.start();
    QVERIFY(claire->session()->save());

    // Within a second, in Paul's list and in his open editor, without a refresh.
    QTRY_COMPARE_WITH_TIMEOUT(listedTitle(*paul, m_stored.id), u"Comité de pilotage du 12 mai"_s, 1000);
    QTRY_COMPARE_WITH_TIMEOUT(paul->editorPane()->titleEdit()->text(), u"Comité de pilotage du 12 mai"_s, 1000);
    qInfo("the title reached the other window after %lld ms", clock.elapsed());
    QVERIFY(clock.elapsed() < 1000);
    QVERIFY(!paul->session()->isDirty());
    QCOMPARE(paulsBody->textCursor().position(), 42);   // his place in the text is kept
    QVERIFY(!paulsBody->document()->isUndoAvailable());
    QVERIFY(!changeNotice->isHidden());
    QVERIFY2(changeNotice->text().startsWith(u"Claire Martin changed the title at "_s), qPrintable(changeNotice->text()));
    QVERIFY2(changeNotice->text().endsWith(u"The new version is shown."_s), qPrintable(changeNotice->text()));
    QCOMPARE(listReset.count(), 0);   // that row changed in place, the list was not reloaded
    screenshot(*paul, u"team-live-change.png"_s);

    // A status change: Paul's row and his open resource follow within a second.
    clock.restart();
    claire->repository()->changeStatus(m_stored.id, Status::InReview, u"Claire Martin"_s, {},
                                       claire->repository()->storedVersion(m_stored.id));
    claire->library()->announceStatusChanged(m_stored.id);
    ResourceListModel *list = paul->listPanel()->model();
    QTRY_COMPARE_WITH_TIMEOUT(list->summaryAt(list->rowOfId(m_stored.id)).status, Status::InReview, 1000);
    QTRY_COMPARE_WITH_TIMEOUT(paul->session()->document()->status(), Status::InReview, 1000);
    QVERIFY(clock.elapsed() < 1000);
    QCOMPARE(listReset.count(), 0);
    QVERIFY2(changeNotice->text().startsWith(u"Claire Martin changed the status at "_s), qPrintable(changeNotice->text()));
}

void TestPgLiveWindows::otherWindowKeepsItsEditsAndSaysWhoChangedWhat()
{
    auto claire = makeWindow(u"Claire Martin"_s, 0);
    auto paul = makeWindow(u"Paul Durand"_s, 40);
    QVERIFY(claire && paul);
    RichTextEditor *paulsBody = paul->editorPane()->bodyEditor();
    paulsBody->setFocus();
    paulsBody->moveCursor(QTextCursor::End);
    paulsBody->insertPlainText(u" Ajout de Paul."_s);
    QVERIFY(paul->session()->isDirty());

    QLineEdit *title = claire->editorPane()->titleEdit();
    title->setFocus();
    title->setText(u"Comité de pilotage (juin)"_s);
    claire->editorPane()->bodyEditor()->setFocus();
    claire->editorPane()->bodyEditor()->moveCursor(QTextCursor::Start);
    claire->editorPane()->bodyEditor()->insertPlainText(u"Compte rendu. "_s);
    QVERIFY(claire->session()->save());

    auto *changeNotice = paul->findChild<NoticeBar *>(u"changedElsewhereNotice"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!changeNotice->isHidden(), 1000);
    QVERIFY2(changeNotice->text().startsWith(u"Claire Martin changed the title and the body at "_s),
             qPrintable(changeNotice->text()));
    QVERIFY2(changeNotice->text().contains(u"Your changes here are not saved yet"_s), qPrintable(changeNotice->text()));
    // Paul's text stays as he typed it; the list shows what is stored.
    QCOMPARE(paul->editorPane()->titleEdit()->text(), u"Comité de pilotage"_s);
    QVERIFY(paulsBody->toPlainText().endsWith(u"Ajout de Paul."_s));
    QVERIFY(paul->session()->isDirty());
    QCOMPARE(listedTitle(*paul, m_stored.id), u"Comité de pilotage (juin)"_s);
    screenshot(*paul, u"team-live-conflict.png"_s);
}

void TestPgLiveWindows::otherWindowSeesWhoIsEditing()
{
    auto claire = makeWindow(u"Claire Martin"_s, 0);
    auto paul = makeWindow(u"Paul Durand"_s, 40);
    QVERIFY(claire && paul);
    auto *presenceNotice = paul->findChild<NoticeBar *>(u"presenceNotice"_s);
    QVERIFY(presenceNotice);
    QVERIFY(presenceNotice->isHidden());
    QVERIFY(paul->listPanel()->model()->editorsOf(m_stored.id).isEmpty());

    RichTextEditor *body = claire->editorPane()->bodyEditor();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    body->insertPlainText(u" Claire complète."_s);

    // On Paul's row (icon, tooltip, accessible text) and above his editor.
    const QModelIndex index = titleIndex(*paul, m_stored.id);
    QTRY_COMPARE_WITH_TIMEOUT(index.data(ResourceListModel::EditorsRole).toStringList(),
                              QStringList{u"Claire Martin"_s}, 2000);
    QVERIFY2(index.data(Qt::ToolTipRole).toString().startsWith(u"Claire Martin is editing"_s),
             qPrintable(index.data(Qt::ToolTipRole).toString()));
    QVERIFY(index.data(Qt::AccessibleTextRole).toString().contains(u"Claire Martin is editing"_s));
    QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
    QTRY_VERIFY_WITH_TIMEOUT(!presenceNotice->isHidden(), 1000);
    QVERIFY2(presenceNotice->text().startsWith(u"Claire Martin is also editing this resource."_s),
             qPrintable(presenceNotice->text()));
    // Claire does not see herself; Paul can still edit.
    QVERIFY(claire->listPanel()->model()->editorsOf(m_stored.id).isEmpty());
    QVERIFY(claire->findChild<NoticeBar *>(u"presenceNotice"_s)->isHidden());
    QVERIFY(!paul->editorPane()->bodyEditor()->isReadOnly());
    screenshot(*paul, u"team-presence.png"_s);
    screenshot(*claire, u"team-presence-editing.png"_s);

    // Claire's window closes (her edit is saved): gone at once for Paul.
    QVERIFY(claire->close());
    QTRY_VERIFY_WITH_TIMEOUT(presenceNotice->isHidden(), 2000);
    QVERIFY(paul->listPanel()->model()->editorsOf(m_stored.id).isEmpty());
    QVERIFY(index.data(Qt::ToolTipRole).toString().startsWith(u"Comité de pilotage"_s));
}

// As the staff read it (docs/screenshots/team-live.png): Paul is typing while Claire edits the
// same report and saves first.
void TestPgLiveWindows::bannersSayItInFrench()
{
    Test::ScopedTranslation french(u"fr"_s);
    auto claire = makeWindow(u"Claire Martin"_s, 0);
    auto paul = makeWindow(u"Paul Durand"_s, 40);
    QVERIFY(claire && paul);
    paul->resize(1366, 768);
    RichTextEditor *paulsBody = paul->editorPane()->bodyEditor();
    paulsBody->setFocus();
    paulsBody->moveCursor(QTextCursor::End);
    paulsBody->insertPlainText(u" Paul ajoute le relevé de décisions."_s);

    claire->editorPane()->titleEdit()->setText(u"Comité de pilotage du 12 mai"_s);
    claire->editorPane()->bodyEditor()->moveCursor(QTextCursor::Start);
    claire->editorPane()->bodyEditor()->insertPlainText(u"Compte rendu. "_s);
    QVERIFY(claire->session()->save());

    auto *presenceNotice = paul->findChild<NoticeBar *>(u"presenceNotice"_s);
    auto *changeNotice = paul->findChild<NoticeBar *>(u"changedElsewhereNotice"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!presenceNotice->isHidden() && !changeNotice->isHidden(), 2000);
    QVERIFY2(presenceNotice->text().startsWith(u"Claire Martin modifie aussi cette ressource."_s),
             qPrintable(presenceNotice->text()));
    QVERIFY2(changeNotice->text().startsWith(u"Claire Martin a modifié le titre et le corps à "_s),
             qPrintable(changeNotice->text()));
    QVERIFY2(changeNotice->text().contains(u"Vos changements ici ne sont pas encore enregistrés\u00a0:"_s),
             qPrintable(changeNotice->text()));
    const QModelIndex index = titleIndex(*paul, m_stored.id);
    QVERIFY2(index.data(Qt::ToolTipRole).toString().startsWith(u"Claire Martin modifie cette ressource\n"_s),
             qPrintable(index.data(Qt::ToolTipRole).toString()));
    screenshot(*paul, u"team-live.png"_s);
}

QTEST_MAIN(TestPgLiveWindows)
#include "tst_pglivewindows.moc"
