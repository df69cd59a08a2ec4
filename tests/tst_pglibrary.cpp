// The team library live: another connection's commit reaches the Library's signals through
// PostgreSQL's notifications (no poll), and an edit made while the server is gone is kept and
// saved once the server answers again; in the window, with the notice that says so.
#include "actionregistry.h"
#include "dialogs/passworddialog.h"
#include "dialogs/teamlibrarydialog.h"
#include "editor/noticebar.h"
#include "editor/resourceeditorpane.h"
#include "editor/richtexteditor.h"
#include "library/library.h"
#include "mainwindow.h"
#include "session/editsession.h"
#include "settings/settings.h"
#include "storage/librarycopy.h"
#include "storage/libraryerror.h"
#include "storage/libraryopener.h"
#include "storage/passwordfile.h"
#include "storage/postgresrepository.h"
#include "storage/sqliterepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QDirIterator>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QProgressDialog>
#include <QStatusBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QTranslator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QDialogButtonBox>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTextCursor>

#include <functional>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Actes;

Q_DECLARE_METATYPE(Actes::Resource)

#include "pgrepositorytest.h"
#include "translationtest.h"
#include "storagetest.h"

using namespace StorageTest;

class TestPgLibrary final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void otherConnectionsCommitIsAnnouncedWithoutPolling();
    void notificationsComeBackAfterReconnection();
    void sqliteLibraryHasNoPushedChanges();
    void editDuringServerOutageIsSavedWhenItIsBack();
    void windowSavesWhatWasTypedOnceTheServerIsBack();
    void windowOpensServerAddressAndNamesIt();
    void applicationOpensServerAddressFromCommandLine();
    void windowAsksForPasswordAndRemembersIt();
    void windowExplainsUnreachableServer();
    void teamLibraryDialogBuildsAndReadsAddresses();
    void windowCopiesLibraryAndRefusesNonEmptyDestination();
    void cancelledCopyLeavesNothing();

private:
    static std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>([](const QString &location) { return openLibrary(location); });
        window->setDraftRecoveryEnabled(false);
        window->resize(1200, 700);
        return window;
    }
    // Calls answer on the next modal dialog of type T that shows (from inside its exec()).
    template<typename T>
    static QPointer<QTimer> whenShown(std::function<void(T *)> answer, int intervalMs = 20)
    {
        auto *timer = new QTimer(qApp);
        timer->setInterval(intervalMs);
        QObject::connect(timer, &QTimer::timeout, qApp, [timer, answer] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<T *>(widget); dialog && dialog->isVisible()) {
                    timer->stop();
                    timer->deleteLater();
                    answer(dialog);
                    return;
                }
            }
        });
        timer->start();
        return timer;
    }

    std::unique_ptr<PostgresRepository> open() { return PostgresRepository::open(m_fixture.uri(m_database)); }
    qint64 backendPid(const PostgresRepository &repository)
    {
        QSqlQuery query(QSqlDatabase::database(repository.connectionName(), false));
        return query.exec(u"SELECT pg_backend_pid()"_s) && query.next() ? query.value(0).toLongLong() : 0;
    }

    PgRepositoryTest::Fixture m_fixture;
    QString m_database;
};

void TestPgLibrary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    qunsetenv("PGPASSWORD");
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s), "the QPSQL driver (libqt6sql6-psql) is missing");
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
}

void TestPgLibrary::init()
{
    m_database = m_fixture.freshDatabase();
    QVERIFY2(!m_database.isEmpty(), qPrintable(m_fixture.errorString()));
}

void TestPgLibrary::cleanup()
{
    m_fixture.closeDirect(m_database);
}

void TestPgLibrary::otherConnectionsCommitIsAnnouncedWithoutPolling()
{
    auto mine = open();
    auto theirs = open();
    Library myLibrary;
    Library theirLibrary;
    for (Library *library : {&myLibrary, &theirLibrary})
        library->setPollInterval(0);   // no polling at all: only the notification can tell
    myLibrary.setRepository(mine.get());
    theirLibrary.setRepository(theirs.get());
    QVERIFY(myLibrary.hasPushedChanges());
    // A save names what it stored: announced as that resource changed (not "anything").
    QSignalSpy theirExternal(&theirLibrary, &Library::resourcesChangedElsewhere);
    QSignalSpy myExternal(&myLibrary, &Library::resourcesChangedElsewhere);

    QElapsedTimer clock;
    clock.start();
    const Resource created = myLibrary.createResource(fullResource(u"Réunion du réseau"_s));
    QVERIFY(theirExternal.wait(1000));
    const qint64 latency = clock.elapsed();
    qInfo("another connection's commit announced after %lld ms", latency);
    QVERIFY2(latency < 1000, qPrintable(QString::number(latency)));
    QCOMPARE(theirs->loadResource(created.id)->title, u"Réunion du réseau"_s);

    // A change from the other side reaches mine the same way; my own writes never come back.
    Resource edited = *theirs->loadResource(created.id);
    edited.title = u"Réunion du réseau (compte rendu)"_s;
    theirLibrary.saveResource(edited);
    QVERIFY(myExternal.wait(1000));
    QTest::qWait(300);
    QCOMPARE(myExternal.count(), 1);
    QCOMPARE(theirExternal.count(), 1);
    // The change was counted once: a later poll finds nothing new.
    QVERIFY(!theirLibrary.poll());
    QVERIFY(!myLibrary.poll());
}

void TestPgLibrary::notificationsComeBackAfterReconnection()
{
    auto mine = open();
    auto theirs = open();
    Library theirLibrary;
    theirLibrary.setPollInterval(0);
    theirLibrary.setRepository(theirs.get());
    QSignalSpy theirExternal(&theirLibrary, &Library::resourcesChangedElsewhere);

    // Their connection is cut (server restarted, network): the next call fails, the one after
    // connects again and listens again.
    const qint64 pid = backendPid(*theirs);
    QVERIFY(pid > 0);
    QVERIFY(m_fixture.server().psql(u"SELECT pg_terminate_backend(%1)"_s.arg(pid)));
    QTest::qWait(100);
    try {
        theirs->countResources();
    } catch (const LibraryError &) {
    }
    QTRY_VERIFY(theirLibrary.isConnected());   // the library connects again by itself
    QCOMPARE(theirs->countResources(), 0);

    theirExternal.clear();   // the reconnection told the views to catch up
    mine->createResource(fullResource(u"Après la coupure"_s));
    QVERIFY(theirExternal.wait(1000));
}

void TestPgLibrary::sqliteLibraryHasNoPushedChanges()
{
    QTemporaryDir dir;
    auto file = SqliteRepository::open(dir.filePath(u"a.actes"_s));
    Library library;
    library.setRepository(file.get());
    QVERIFY(!library.hasPushedChanges());
    QVERIFY(open()->setChangeListener([](const ExternalChange &) {}));
}

void TestPgLibrary::editDuringServerOutageIsSavedWhenItIsBack()
{
    auto repository = open();
    const Resource stored = repository->createResource(fullResource(u"Assemblée générale"_s));
    QTemporaryDir drafts;
    Library library;
    library.setPollInterval(0);
    library.setRepository(repository.get());
    EditSession session;
    session.setRepository(repository.get(), drafts.path());
    session.setLibrary(&library);
    session.setRetryInterval(200);
    QVERIFY(session.open(stored.id));
    QSignalSpy waiting(&session, &EditSession::waitingForLibrary);
    QSignalSpy reachable(&session, &EditSession::libraryReachable);

    QVERIFY2(m_fixture.server().pause(), qPrintable(m_fixture.server().errorString()));
    Resource typed = session.currentContent();
    typed.bodyHtml = u"<p>Texte tapé pendant la coupure.</p>"_s;
    session.updateContent(typed);
    QVERIFY(!session.save());
    QCOMPARE(waiting.count(), 1);
    QVERIFY(session.isWaitingForLibrary());
    QVERIFY(session.isDirty());
    QCOMPARE(session.pendingDrafts().size(), 1);   // the text is on this computer meanwhile
    typed.bodyHtml = u"<p>Texte tapé pendant la coupure, et encore après.</p>"_s;
    session.updateContent(typed);
    QTest::qWait(500);   // retries fail quietly: one notice only
    QCOMPARE(waiting.count(), 1);

    QVERIFY2(m_fixture.server().resume(), qPrintable(m_fixture.server().errorString()));
    QVERIFY(reachable.wait(5000));
    QVERIFY(!session.isDirty());
    QVERIFY(!session.isWaitingForLibrary());
    QVERIFY(session.pendingDrafts().isEmpty());
    QCOMPARE(m_fixture.count(m_database,
                             u"SELECT count(*) FROM resource_text WHERE body_html LIKE '%et encore après%'"_s),
             1);
}

void TestPgLibrary::windowSavesWhatWasTypedOnceTheServerIsBack()
{
    const Resource stored = open()->createResource(fullResource(u"Comité de pilotage"_s));
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(window->openLibrary(m_fixture.uri(m_database)));
    window->session()->setRetryInterval(200);
    QVERIFY(window->session()->open(stored.id));
    NoticeBar *notice = window->serverBanner();   // across the window, not only above the text
    QVERIFY(notice);
    QVERIFY(notice->isHidden());
    RichTextEditor *body = window->editorPane()->bodyEditor();

    QVERIFY2(m_fixture.server().pause(), qPrintable(m_fixture.server().errorString()));
    body->moveCursor(QTextCursor::End);
    body->insertPlainText(u" Tapé sans serveur."_s);
    QVERIFY(!window->session()->save());
    QTRY_VERIFY(!notice->isHidden());
    QVERIFY2(notice->text().contains(u"cannot be reached"_s), qPrintable(notice->text()));
    QVERIFY(window->session()->isDirty());
    body->insertPlainText(u" Et la suite."_s);   // typing goes on: nothing is lost
    QTest::qWait(400);
    QVERIFY(!notice->isHidden());
    QApplication::processEvents();
    if (const QString dir = qEnvironmentVariable("ACTES_SCREENSHOT_DIR"); !dir.isEmpty())
        notice->grab().save(QDir(dir).filePath(u"connection-notice.png"_s));

    QVERIFY2(m_fixture.server().resume(), qPrintable(m_fixture.server().errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(notice->isHidden(), 10000);
    QVERIFY(!window->session()->isDirty());
    QCOMPARE(m_fixture.count(m_database, u"SELECT count(*) FROM resource_text WHERE body_html LIKE "
                                         u"'%Tapé sans serveur. Et la suite.%'"_s),
             1);
}

void TestPgLibrary::windowOpensServerAddressAndNamesIt()
{
    auto window = makeWindow();
    const QString uri = m_fixture.uri(m_database);
    QVERIFY(window->openLibrary(uri));
    QVERIFY(window->repository());
    QVERIFY(LibraryLocation::isServerLocation(window->repository()->location()));
    const QString name = u"%1 on this computer"_s.arg(m_database);
    QVERIFY2(window->windowTitle().contains(name), qPrintable(window->windowTitle()));
    auto *label = window->findChild<QLabel *>(u"libraryLabel"_s);
    QVERIFY(label);
    QVERIFY2(label->text().contains(name), qPrintable(label->text()));
    // The recent libraries keep the address as it is (no password is ever in one).
    QCOMPARE(Settings::shared().recentLibraries().value(0), window->repository()->location());
    auto *recent = window->findChild<QMenu *>(u"recentMenu"_s);
    QVERIFY(recent && !recent->actions().isEmpty());
    QCOMPARE(recent->actions().constFirst()->text(), u"%1 (team library)"_s.arg(name));
    QCOMPARE(recent->actions().constFirst()->toolTip(), window->repository()->location());
    QVERIFY(window->actionRegistry()->action(u"actionOpenTeamLibrary"_s));
    QVERIFY(window->actionRegistry()->action(u"actionCopyLibrary"_s)->isEnabled());
}

// actes --db postgresql://... opens the window on the team library (runGui's opener, not a file).
void TestPgLibrary::applicationOpensServerAddressFromCommandLine()
{
    open()->createResource(fullResource(u"Ouverte en ligne de commande"_s));
    QTemporaryDir home;
    QProcess actes;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &dir : {u"config"_s, u"data"_s, u"cache"_s, u"state"_s})
        env.insert(u"XDG_%1_HOME"_s.arg(dir.toUpper()), home.filePath(dir));
    env.insert(u"HOME"_s, home.path());
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"ACTES_NO_WELCOME"_s, u"1"_s);
    env.insert(u"ACTES_BENCH_QUIT_WHEN_READY"_s, u"1"_s);
    env.remove(u"ACTES_DB"_s);
    actes.setProcessEnvironment(env);
    actes.start(QStringLiteral(ACTES_BINARY), {u"--db"_s, m_fixture.uri(m_database)});
    QVERIFY(actes.waitForFinished(60000));
    const QString output = QString::fromLocal8Bit(actes.readAllStandardOutput() + actes.readAllStandardError());
    QCOMPARE(actes.exitCode(), 0);
    QVERIFY2(output.contains(u"ready"_s), qPrintable(output));
    // The server's library, not a file: none was created, and the address is the recent library.
    QDirIterator files(home.path(), {u"*.actes"_s}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY2(!files.hasNext(), "a library file was created");
    QDirIterator configs(home.filePath(u"config"_s), {u"*.conf"_s}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(configs.hasNext());
    QFile config(configs.next());
    QVERIFY(config.open(QIODevice::ReadOnly));
    const QByteArray saved = config.readAll();
    QVERIFY2(saved.contains("postgresql:"), saved.constData());
}

void TestPgLibrary::windowAsksForPasswordAndRemembersIt()
{
    QTemporaryDir home;
    const QString passFile = home.filePath(u"pgpass"_s);
    qputenv("PGPASSFILE", passFile.toLocal8Bit());
    auto restore = qScopeGuard([] { qunsetenv("PGPASSFILE"); });
    QVERIFY(m_fixture.server().psql(u"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'camille') "
                                    u"THEN CREATE ROLE camille LOGIN PASSWORD 'très:secret'; END IF; END $$"_s));
    QVERIFY(m_fixture.server().psql(u"ALTER DATABASE \"%1\" OWNER TO camille"_s.arg(m_database)));
    const QString uri = m_fixture.server().tcpUri(m_database, u"camille"_s);

    auto window = makeWindow();
    QStringList asked;
    // First a wrong password (refused: asked again, saying so), then the right one, remembered.
    whenShown<PasswordDialog>([&](PasswordDialog *dialog) {
        asked.append(dialog->findChild<QLabel *>(u"passwordText"_s)->text());
        dialog->passwordEdit()->setText(u"mauvais"_s);
        dialog->accept();
        whenShown<PasswordDialog>([&](PasswordDialog *again) {
            asked.append(again->findChild<QLabel *>(u"passwordText"_s)->text());
            if (const QString dir = qEnvironmentVariable("ACTES_SCREENSHOT_DIR"); !dir.isEmpty())
                again->grab().save(QDir(dir).filePath(u"password-dialog.png"_s));
            again->passwordEdit()->setText(u"très:secret"_s);
            again->rememberBox()->setChecked(true);
            again->accept();
        });
    });
    QVERIFY(window->openLibrary(uri));
    QCOMPARE(asked.size(), 2);
    QVERIFY2(asked.at(0).contains(u"camille@127.0.0.1/%1"_s.arg(m_database)), qPrintable(asked.at(0)));
    QVERIFY2(asked.at(1).contains(u"refused"_s), qPrintable(asked.at(1)));

    // In libpq's password file, for libpq (and psql) to find; mode 0600; never in the settings.
    QFile file(passFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString line = u"127.0.0.1:%1:%2:camille:très\\:secret"_s.arg(m_fixture.server().port()).arg(m_database);
    QCOMPARE(QString::fromUtf8(file.readAll()), line + u'\n');
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                   | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    Settings::shared().sync();
    QFile settings(QSettings().fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains("secret"));
    QVERIFY(!Settings::shared().recentLibraries().join(u' ').contains(u"secret"_s));

    // Next time libpq finds it: no question.
    int askedAgain = 0;
    QPointer<QTimer> watch = whenShown<PasswordDialog>([&](PasswordDialog *dialog) {
        ++askedAgain;
        dialog->reject();
    });
    auto second = makeWindow();
    const bool opened = second->openLibrary(uri);
    delete watch.data();
    QVERIFY(opened);
    QCOMPARE(askedAgain, 0);
    QVERIFY(second->repository());
}

void TestPgLibrary::windowExplainsUnreachableServer()
{
    auto window = makeWindow();
    QString shown;
    whenShown<QMessageBox>([&](QMessageBox *box) {
        shown = box->text() + u'\n' + box->informativeText();
        box->reject();
    });
    QVERIFY(!window->openLibrary(u"postgresql://camille@127.0.0.1:1/actes"_s));
    QVERIFY2(shown.contains(u"127.0.0.1:1"_s) && shown.contains(u"Nothing was changed on the server"_s),
             qPrintable(shown));

    // A database that does not exist on a server that answers.
    whenShown<QMessageBox>([&](QMessageBox *box) {
        shown = box->text() + u'\n' + box->informativeText();
        box->reject();
    });
    QVERIFY(!window->openLibrary(m_fixture.uri(u"inexistante"_s)));
    QVERIFY2(shown.contains(m_fixture.server().socketDir()) && shown.contains(u"inexistante"_s), qPrintable(shown));
    QVERIFY(!window->repository());
}

void TestPgLibrary::teamLibraryDialogBuildsAndReadsAddresses()
{
    TeamLibraryDialog dialog;
    QTest::keyClicks(dialog.serverEdit(), u"db.reseau.example"_s);
    QTest::keyClicks(dialog.databaseEdit(), u"actes"_s);
    QTest::keyClicks(dialog.userEdit(), u"camille"_s);
    dialog.tlsBox()->setCurrentIndex(dialog.tlsBox()->findData(u"verify-full"_s));
    QCOMPARE(dialog.location(), u"postgresql://camille@db.reseau.example/actes?sslmode=verify-full"_s);

    dialog.addressEdit()->setText(u"postgresql://mehdi@10.0.0.5:6543/equipe?sslmode=require"_s);
    QCOMPARE(dialog.serverEdit()->text(), u"10.0.0.5"_s);
    QCOMPARE(dialog.portBox()->value(), 6543);
    QCOMPARE(dialog.databaseEdit()->text(), u"equipe"_s);
    QCOMPARE(dialog.userEdit()->text(), u"mehdi"_s);
    QCOMPARE(dialog.tlsBox()->currentData().toString(), u"require"_s);
    auto *open = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open);
    QVERIFY(open->isEnabled());

    dialog.addressEdit()->setText(u"postgresql://mehdi:motdepasse@10.0.0.5/equipe"_s);
    QVERIFY(!open->isEnabled());
    auto *problem = dialog.findChild<QLabel *>(u"problemLabel"_s);
    QVERIFY(!problem->isHidden());
    QVERIFY(!problem->text().contains(u"motdepasse"_s));

    // As the user guide shows it (docs/screenshots/open-team-library.png): in French.
    Test::ScopedTranslation french(u"fr"_s);
    QTranslator qtFrench;   // Qt's own buttons, as the application loads them
    if (qtFrench.load(u"qtbase_fr"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtFrench);
    TeamLibraryDialog shown;
    QCOMPARE(shown.windowTitle(), u"Ouvrir une bibliothèque d’équipe"_s);
    shown.setLocation(u"postgresql://camille@db.reseau.example/actes?sslmode=verify-full"_s);
    QCOMPARE(shown.tlsBox()->currentText(), u"verify-full — chiffrer, vérifier le certificat et le nom du serveur"_s);
    shown.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shown));
    const QImage shot = shown.grab().toImage();
    QVERIFY(!shot.isNull());
    if (const QString dir = qEnvironmentVariable("ACTES_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(shot.save(QDir(dir).filePath(u"open-team-library.png"_s)));
    QCoreApplication::removeTranslator(&qtFrench);
}

void TestPgLibrary::windowCopiesLibraryAndRefusesNonEmptyDestination()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(u"équipe.actes"_s);
    {
        auto file = SqliteRepository::open(source);
        file->createResource(fullResource(u"Séminaire"_s));
        file->moveToTrash({file->createResource(fullResource(u"Brouillon jeté"_s)).id});
    }
    auto window = makeWindow();
    QVERIFY(window->openLibrary(source));
    auto reader = SqliteRepository::open(source, OpenMode::ReadOnly);
    const QList<LibraryCopy::TableSummary> sourceContent = LibraryCopy::summarize(*reader);
    auto answerResult = [](QString *shown) {
        whenShown<QMessageBox>([shown](QMessageBox *box) {
            *shown = box->text() + u'\n' + box->informativeText();
            box->accept();
        });
    };

    // Into the team's empty database on the server: copied and checked.
    QString shown;
    answerResult(&shown);
    window->copyLibraryTo(m_fixture.uri(m_database));
    QVERIFY2(shown.contains(u"copied"_s) && shown.contains(u"2 resource"_s), qPrintable(shown));
    auto copy = open();
    QCOMPARE(copy->countResources(), 1);
    ResourceFilter trash;
    trash.trash = true;
    QCOMPARE(copy->countResources(trash), 1);
    QCOMPARE(LibraryCopy::summarize(*copy), sourceContent);

    // Again: the destination is not empty any more, so it is refused and left as it is.
    const QString before = m_fixture.state(m_database);
    answerResult(&shown);
    window->copyLibraryTo(m_fixture.uri(m_database));
    QVERIFY2(shown.contains(u"not copied"_s) && shown.contains(u"not been changed"_s), qPrintable(shown));
    QCOMPARE(m_fixture.state(m_database), before);

    // Into a new file: a personal copy.
    const QString personal = dir.filePath(u"copie personnelle.actes"_s);
    answerResult(&shown);
    window->copyLibraryTo(personal);
    QVERIFY2(shown.contains(u"copied"_s), qPrintable(shown));
    QCOMPARE(SqliteRepository::open(personal)->countResources(), 1);

    // Nothing in the source changed.
    QCOMPARE(LibraryCopy::summarize(*reader), sourceContent);
}

void TestPgLibrary::cancelledCopyLeavesNothing()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(u"source.actes"_s);
    SqliteRepository::open(source)->createResource(fullResource(u"Journée d’étude"_s));
    auto window = makeWindow();
    QVERIFY(window->openLibrary(source));

    // Cancel as soon as the progress shows (from the copy's own event processing).
    int cancelled = 0;
    auto cancelProgress = [&cancelled](QProgressDialog *progress) {
        ++cancelled;
        progress->cancel();
    };
    const QString newFile = dir.filePath(u"jamais.actes"_s);
    whenShown<QProgressDialog>(cancelProgress, 0);
    window->copyLibraryTo(newFile);
    QCOMPARE(cancelled, 1);
    QVERIFY(!QFileInfo::exists(newFile));   // the file this attempt created is gone
    QVERIFY2(window->statusBar()->currentMessage().contains(u"nothing was copied"_s),
             qPrintable(window->statusBar()->currentMessage()));

    // On the server: connecting sets up an empty library (as opening one does); nothing more.
    open();
    const QString before = m_fixture.state(m_database);
    whenShown<QProgressDialog>(cancelProgress, 0);
    window->copyLibraryTo(m_fixture.uri(m_database));
    QCOMPARE(cancelled, 2);
    QCOMPARE(m_fixture.state(m_database), before);
}

QTEST_MAIN(TestPgLibrary)
#include "tst_pglibrary.moc"
