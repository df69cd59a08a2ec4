// The window and the roles of a team library: Library ▸ Members… (administrators only) and its
// dialog, the status menu, the trash and the library values as an author sees them, on the
// throwaway PostgreSQL server; a personal library's single user holds every role.
#include "actionregistry.h"
#include "dialogs/membersdialog.h"
#include "dialogs/prompts.h"
#include "dialogs/trashdialog.h"
#include "library/library.h"
#include "mainwindow.h"
#include "metadata/metadatapanel.h"
#include "review/statuscontrol.h"
#include "session/editsession.h"
#include "storage/libraryopener.h"
#include "storage/postgresrepository.h"
#include "storage/sqliterepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QDir>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Actes;

Q_DECLARE_METATYPE(Actes::Resource)

#include "pgrepositorytest.h"
#include "storagetest.h"

using namespace StorageTest;

class TestMembersUi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void membersDialogAddsChangesAndDisables();
    void authorSeesWhatNeedsAnotherRole();
    void administratorOpensTheMembers();
    void personalLibraryHoldsEveryRole();

private:
    static std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>([](const QString &location) { return openLibrary(location); });
        window->setDraftRecoveryEnabled(false);
        window->resize(1366, 768);
        return window;
    }
    QString uriAs(const QString &login) { return m_fixture.server().socketUri(m_database, login); }
    QString login(const QString &who) const { return who + u"_ui"_s + QString::number(m_number); }

    PgRepositoryTest::Fixture m_fixture;
    QString m_database;
    int m_number = 0;
};

void TestMembersUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
}

void TestMembersUi::init()
{
    m_database = m_fixture.freshDatabase();
    ++m_number;
    QVERIFY(!m_database.isEmpty());
}

void TestMembersUi::cleanup()
{
    m_fixture.closeDirect(m_database);
}

void TestMembersUi::membersDialogAddsChangesAndDisables()
{
    auto owner = PostgresRepository::open(m_fixture.uri(m_database));
    owner->addMember(Member{login(u"rose"_s), u"Rose Dupont"_s, MemberRole::Reviewer, false}, u"pw"_s);
    MembersDialog dialog(owner.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.table()->rowCount(), 2);

    // Adding with a generated password shows it once.
    Prompts::ScriptedAnswers answers;
    answers.acknowledge();
    QVERIFY(dialog.addMember(Member{login(u"claire"_s), u"Claire Martin"_s, MemberRole::Author, false}, QString()));
    QCOMPARE(answers.asked().size(), 1);
    const QRegularExpressionMatch password =
        QRegularExpression(u"\\n\\n(\\S{20})\\n\\n"_s).match(answers.asked().first().text);
    QVERIFY2(password.hasMatch(), qPrintable(answers.asked().first().text));
    QCOMPARE(dialog.table()->rowCount(), 3);
    QCOMPARE(dialog.table()->item(0, MembersDialog::NameColumn)->text(), u"Claire Martin"_s);
    QCOMPARE(dialog.table()->item(0, MembersDialog::RoleColumn)->text(), u"Author"_s);
    qputenv("PGPASSWORD", password.captured(1).toUtf8());
    QCOMPARE(PostgresRepository::open(m_fixture.server().tcpUri(m_database, login(u"claire"_s)))->currentMember().name,
             u"Claire Martin"_s);
    qunsetenv("PGPASSWORD");

    // Change the role of Claire, disable Rose.
    QVERIFY(dialog.select(login(u"claire"_s)));
    answers.pick(1);
    QVERIFY(dialog.changeRoleOfSelected());
    QVERIFY(dialog.select(login(u"claire"_s)));
    QCOMPARE(dialog.table()->item(dialog.table()->currentRow(), MembersDialog::RoleColumn)->text(), u"Reviewer"_s);
    QVERIFY(dialog.select(login(u"rose"_s)));
    QVERIFY(dialog.disableButton()->isEnabled());
    answers.click(QMessageBox::Yes);
    QVERIFY(dialog.disableSelected());
    QVERIFY(dialog.select(login(u"rose"_s)));
    QCOMPARE(dialog.table()->item(dialog.table()->currentRow(), MembersDialog::StateColumn)->text(), u"Disabled"_s);
    QVERIFY(!dialog.disableButton()->isEnabled());
    // The owner's own row: neither role nor disabling.
    QVERIFY(dialog.select(u"postgres"_s));
    QVERIFY(!dialog.roleButton()->isEnabled());
    QVERIFY(!dialog.disableButton()->isEnabled());
    QCOMPARE(answers.pending(), 0);

    QVERIFY(dialog.select(login(u"claire"_s)));
    QApplication::processEvents();
    if (const QString dir = qEnvironmentVariable("ACTES_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog.grab().save(QDir(dir).filePath(u"team-members.png"_s));
        AddMemberDialog form;
        form.loginEdit()->setText(u"yann.legoff"_s);
        form.nameEdit()->setText(u"Yann Le Goff"_s);
        form.roleCombo()->setCurrentIndex(1);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        form.grab().save(QDir(dir).filePath(u"team-add-member.png"_s));
    }
}

void TestMembersUi::authorSeesWhatNeedsAnotherRole()
{
    auto owner = PostgresRepository::open(m_fixture.uri(m_database));
    owner->addMember(Member{login(u"claire"_s), u"Claire Martin"_s, MemberRole::Author, false}, u"pw"_s);
    const Resource stored = owner->createResource(fullResource(u"Rencontre"_s));
    const Resource trashed = owner->createResource(fullResource(u"Jetée"_s));
    owner->moveToTrash({trashed.id});

    auto window = makeWindow();
    QVERIFY(window->openLibrary(uriAs(login(u"claire"_s))));
    QAction *members = window->actionRegistry()->action(u"actionMembers"_s);
    QVERIFY(members);
    QVERIFY(!members->isEnabled());
    QCOMPARE(members->toolTip(), u"Managing the members needs the administrator role; you are an author."_s);
    auto *libraryMenu = window->findChild<QMenu *>(u"libraryMenu"_s);
    QVERIFY(libraryMenu && libraryMenu->actions().contains(members));

    QVERIFY(window->session()->open(stored.id));
    StatusControl *status = window->metadataPanel()->statusControl();
    QCOMPARE(status->memberRole(), MemberRole::Author);
    status->updateMenu();
    QAction *approve = status->actionFor(Status::Approved);
    QVERIFY(approve);
    QVERIFY(!approve->isEnabled());
    QCOMPARE(approve->toolTip(), u"Approving needs the reviewer role; you are an author."_s);
    QCOMPARE(status->actionFor(Status::Published)->toolTip(), u"Publishing needs the reviewer role; you are an author."_s);
    QVERIFY(!status->actionFor(Status::Draft)->isEnabled());

    TrashDialog trash(window->library());
    QVERIFY(!trash.emptyButton()->isEnabled());
    QCOMPARE(trash.emptyButton()->toolTip(), u"Emptying the trash needs the administrator role; you are an author."_s);
}

void TestMembersUi::administratorOpensTheMembers()
{
    PostgresRepository::open(m_fixture.uri(m_database))
        ->addMember(Member{login(u"alain"_s), u"Alain Roux"_s, MemberRole::Admin, false}, u"pw"_s);
    auto window = makeWindow();
    QVERIFY(window->openLibrary(uriAs(login(u"alain"_s))));
    QAction *members = window->actionRegistry()->action(u"actionMembers"_s);
    QVERIFY(members->isEnabled());
    Prompts::ScriptedAnswers answers;
    answers.finish(false);
    members->trigger();
    QCOMPARE(answers.asked().size(), 1);
    QCOMPARE(answers.asked().first().title, u"Members"_s);
    QVERIFY(window->metadataPanel()->statusControl()->memberRole() == MemberRole::Admin);
}

void TestMembersUi::personalLibraryHoldsEveryRole()
{
    QTemporaryDir dir;
    auto window = makeWindow();
    QVERIFY(window->openLibrary(dir.filePath(u"perso.actes"_s)));
    QAction *members = window->actionRegistry()->action(u"actionMembers"_s);
    QVERIFY(!members->isEnabled());
    QVERIFY2(members->toolTip().contains(u"personal library has no members"_s), qPrintable(members->toolTip()));
    QCOMPARE(window->metadataPanel()->statusControl()->memberRole(), MemberRole::Admin);
}

QTEST_MAIN(TestMembersUi)
#include "tst_membersui.moc"
