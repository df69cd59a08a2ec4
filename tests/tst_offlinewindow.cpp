// The window on a team library when the server goes away in the middle of an edit: a banner
// says so (which server, since when, the next attempt, Reconnect Now), what needs the server is
// disabled with a tooltip saying why, every keystroke stays in the draft journal, and once the
// server is back the text is saved on the server, the banner goes, the actions come back and the
// list catches up with what others changed meanwhile; a resource changed there meanwhile goes
// through the conflict dialog.
#include "actionregistry.h"
#include "dialogs/conflictdialog.h"
#include "editor/noticebar.h"
#include "editor/resourceeditorpane.h"
#include "editor/richtexteditor.h"
#include "library/library.h"
#include "library/serverreconnector.h"
#include "list/resourcelistpanel.h"
#include "mainwindow.h"
#include "metadata/metadatapanel.h"
#include "models/resourcelistmodel.h"
#include "review/statuscontrol.h"
#include "session/editsession.h"
#include "storage/libraryopener.h"
#include "storage/postgresrepository.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTest>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Actes;

#include "pgrepositorytest.h"
#include "storagetest.h"
#include "translationtest.h"

using namespace StorageTest;

class TestOfflineWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void typingGoesOnWhileTheServerIsAwayAndIsSavedWhenItIsBack();
    void resourceChangedMeanwhileGoesThroughTheConflictDialog();

private:
    std::unique_ptr<MainWindow> makeWindow(const QString &uri = {})
    {
        auto window = std::make_unique<MainWindow>([](const QString &location) { return openLibrary(location); });
        window->setDraftRecoveryEnabled(false);
        window->resize(1366, 768);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        if (!window->openLibrary(uri.isEmpty() ? m_fixture.uri(m_database) : uri))
            return nullptr;
        window->library()->setPollInterval(100);
        window->library()->reconnector()->setDelays({300});
        window->session()->setDelays(300, 2000, 100);
        return window;
    }
    std::unique_ptr<PostgresRepository> open() { return PostgresRepository::open(m_fixture.uri(m_database)); }
    static QString bodyOnServer(PgRepositoryTest::Fixture &fixture, const QString &database, qint64 id)
    {
        QSqlQuery query(fixture.direct(database));
        query.exec(u"SELECT body_html FROM resource_text WHERE resource_id = %1"_s.arg(id));
        return query.next() ? query.value(0).toString() : QString();
    }

    PgRepositoryTest::Fixture m_fixture;
    QString m_database;
};

void TestOfflineWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    qunsetenv("PGPASSWORD");
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s), "the QPSQL driver (libqt6sql6-psql) is missing");
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
}

void TestOfflineWindow::init()
{
    m_database = m_fixture.freshDatabase();
    QVERIFY2(!m_database.isEmpty(), qPrintable(m_fixture.errorString()));
}

void TestOfflineWindow::cleanup()
{
    m_fixture.closeDirect(m_database);
    if (!m_fixture.server().isRunning())
        m_fixture.server().resume();
}

void TestOfflineWindow::typingGoesOnWhileTheServerIsAwayAndIsSavedWhenItIsBack()
{
    const Resource stored = open()->createResource(fullResource(u"Comité de pilotage"_s));
    // A member on the network: over TCP, with a password (libpq finds it in PGPASSWORD).
    QVERIFY(m_fixture.server().psql(u"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'camille') "
                                    u"THEN CREATE ROLE camille LOGIN PASSWORD 'secret'; END IF; END $$"_s));
    QVERIFY(m_fixture.server().psql(u"ALTER DATABASE \"%1\" OWNER TO camille; GRANT ALL ON ALL TABLES IN SCHEMA "
                                    u"public TO camille; GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO camille"_s
                                        .arg(m_database),
                                    m_database));
    qputenv("PGPASSWORD", "secret");
    auto forget = qScopeGuard([] { qunsetenv("PGPASSWORD"); });
    auto window = makeWindow(m_fixture.server().tcpUri(m_database, u"camille"_s));
    QVERIFY(window);
    QVERIFY(window->session()->open(stored.id));
    NoticeBar *banner = window->serverBanner();
    QVERIFY(banner);
    QVERIFY(banner->isHidden());
    ActionRegistry *actions = window->actionRegistry();
    const QStringList serverActions{u"actionNewResource"_s,       u"actionDeleteResource"_s, u"actionImport"_s,
                                    u"actionExportProceedings"_s, u"actionSiteExport"_s,     u"actionTrash"_s,
                                    u"actionDuplicateResource"_s};
    for (const QString &name : serverActions)
        QVERIFY2(actions->action(name)->isEnabled(), qPrintable(name));
    QToolButton *statusButton = window->metadataPanel()->statusControl()->button();
    QVERIFY(statusButton->isEnabled());
    RichTextEditor *body = window->editorPane()->bodyEditor();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, u" Avant la coupure."_s);

    // The server stops in the middle of the edit; typing goes on.
    QVERIFY2(m_fixture.server().pause(), qPrintable(m_fixture.server().errorString()));
    QTest::keyClicks(body, u" Ecrit sans serveur,"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isHidden(), 5000);
    QTest::keyClicks(body, u" et la suite."_s);

    // The banner: which library and server, since when, the next attempt, Reconnect Now.
    const QString text = banner->text();
    QVERIFY2(text.contains(u"cannot be reached"_s) && text.contains(m_database)
                 && text.contains(u"127.0.0.1:%1"_s.arg(m_fixture.server().port())),
             qPrintable(text));
    const QDateTime since = window->library()->reconnector()->lostSince();
    QVERIFY(qAbs(since.secsTo(QDateTime::currentDateTimeUtc())) < 10);
    QVERIFY2(text.contains(QLocale().toString(since.toLocalTime().time(), QLocale::ShortFormat)), qPrintable(text));
    QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(u"Next attempt in"_s), 3000);
    auto *reconnect = banner->findChild<QPushButton *>(u"reconnectButton"_s);
    QVERIFY(reconnect && reconnect->isVisible());
    QCOMPARE(reconnect->text(), u"Reconnect &Now"_s);
    // Only one banner: the editor's own notice stays hidden.
    QVERIFY(window->findChild<NoticeBar *>(u"connectionNotice"_s)->isHidden());

    // What needs the server is disabled, saying why; the text stays editable.
    for (const QString &name : serverActions) {
        QAction *action = actions->action(name);
        QVERIFY2(!action->isEnabled(), qPrintable(name));
        QVERIFY2(action->toolTip().contains(u"server"_s), qPrintable(action->toolTip()));
        QVERIFY(!actions->trigger(name));
    }
    QVERIFY(!statusButton->isEnabled());
    QVERIFY2(statusButton->toolTip().contains(u"server"_s), qPrintable(statusButton->toolTip()));
    window->session()->document()->setStatus(Status::InReview);   // a view refreshing meanwhile
    QVERIFY(!statusButton->isEnabled());
    QVERIFY(!body->isReadOnly());
    QCOMPARE(window->savedLabel()->text(), u"Waiting to save"_s);

    // Crash safety: the draft journal on this computer holds everything typed so far.
    QTRY_VERIFY_WITH_TIMEOUT(!window->session()->pendingDrafts().isEmpty()
                                 && window->session()->pendingDrafts().constFirst().resource.bodyHtml.contains(
                                     u"Ecrit sans serveur, et la suite."_s),
                             3000);
    QVERIFY(window->session()->isDirty());

    // In French, as the staff see it (docs/screenshots/team-server-away.png): the banner and the
    // reasons follow the language, and what needs the server stays disabled.
    {
        Test::ScopedTranslation french(u"fr"_s);
        QTRY_VERIFY2(banner->text().contains(u"est injoignable depuis"_s), qPrintable(banner->text()));
        QTRY_VERIFY(actions->action(u"actionNewResource"_s)->toolTip().contains(u"Nécessite le serveur"_s));
        QVERIFY(statusButton->toolTip().contains(u"Nécessite le serveur"_s));
        QVERIFY(!actions->action(u"actionNewResource"_s)->isEnabled());
        QCOMPARE(reconnect->text(), u"Se &reconnecter maintenant"_s);
        QApplication::processEvents();
        if (const QString dir = qEnvironmentVariable("ACTES_SCREENSHOT_DIR"); !dir.isEmpty())
            window->grab().save(QDir(dir).filePath(u"team-server-away.png"_s));
    }
    QTRY_VERIFY(banner->text().contains(u"cannot be reached"_s));

    // The server starts again; another member adds a resource before this window is back.
    QVERIFY2(m_fixture.server().resume(), qPrintable(m_fixture.server().errorString()));
    const Resource theirs = open()->createResource(fullResource(u"Ajoutée pendant la coupure"_s));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isHidden(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!window->session()->isDirty(), 5000);

    // Nothing typed is lost: the text is on the server, read back through another connection.
    const QString saved = bodyOnServer(m_fixture, m_database, stored.id);
    QVERIFY2(saved.contains(u"Avant la coupure. Ecrit sans serveur, et la suite."_s), qPrintable(saved));
    QVERIFY(window->session()->pendingDrafts().isEmpty());
    for (const QString &name : serverActions) {
        QVERIFY2(actions->action(name)->isEnabled(), qPrintable(name));
        QVERIFY2(!actions->action(name)->toolTip().contains(u"cannot be reached"_s), qPrintable(name));
    }
    QVERIFY(statusButton->isEnabled());
    // The list caught up with what the other member did meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(window->listPanel()->model()->rowOfId(theirs.id) >= 0, 3000);
    // And typing after the return is saved as usual.
    QTest::keyClicks(body, u" Retour."_s);
    QTRY_VERIFY_WITH_TIMEOUT(bodyOnServer(m_fixture, m_database, stored.id).contains(u"et la suite. Retour."_s), 5000);
}

void TestOfflineWindow::resourceChangedMeanwhileGoesThroughTheConflictDialog()
{
    const Resource stored = open()->createResource(fullResource(u"Séminaire des élus"_s));
    auto window = makeWindow();
    QVERIFY(window);
    window->library()->reconnector()->setDelays({60000});   // back only when asked
    QVERIFY(window->session()->open(stored.id));
    RichTextEditor *body = window->editorPane()->bodyEditor();
    body->setFocus();
    body->moveCursor(QTextCursor::End);

    QVERIFY(m_fixture.server().pause());
    QTest::keyClicks(body, u" Ma version."_s);
    QTRY_VERIFY_WITH_TIMEOUT(!window->serverBanner()->isHidden(), 5000);

    // Meanwhile another member changes the same resource on the server.
    QVERIFY(m_fixture.server().resume());
    {
        auto other = open();
        Resource changed = *other->loadResource(stored.id);
        changed.bodyHtml = u"<p>Leur version.</p>"_s;
        other->saveResource(changed);
    }
    bool asked = false;
    auto *timer = new QTimer(window.get());
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, timer, [timer, &asked] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<ConflictDialog *>(widget);
            if (!dialog || !dialog->isVisible())
                continue;
            timer->stop();
            asked = true;
            for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
                if (button->text() == u"Keep &Mine"_s)
                    button->click();
            }
        }
    });
    timer->start();
    // The attempt made when the loss was found may still be finishing: the button is enabled
    // again once it has failed.
    auto *reconnect = window->serverBanner()->findChild<QPushButton *>(u"reconnectButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(reconnect->isEnabled(), 5000);
    reconnect->click();
    QTRY_VERIFY_WITH_TIMEOUT(window->serverBanner()->isHidden(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(asked, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!window->session()->isDirty(), 5000);
    const QString saved = bodyOnServer(m_fixture, m_database, stored.id);
    QVERIFY2(saved.contains(u"Ma version."_s), qPrintable(saved));
}

QTEST_MAIN(TestOfflineWindow)
#include "tst_offlinewindow.moc"
