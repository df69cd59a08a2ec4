// Two instances on one library: two windows of Actes, or the window and the command line.
// What one writes the other sees, the observer notices the other's commits, and conflicting
// saves of one resource are refused (Kind::Conflict) rather than one silently overwriting the
// other. Part of it goes through the real `actes` binary, a separate process.
#include "session/editsession.h"
#include "storage/libraryerror.h"
#include "storage/sqliterepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Actes;
using Kind = LibraryError::Kind;

namespace {

Kind kindOf(const std::function<void()> &fn, QString *message = nullptr)
{
    try {
        fn();
    } catch (const LibraryError &error) {
        if (message)
            *message = error.message();
        return error.kind();
    }
    return Kind(-1);
}

Resource resource(const QString &title, const QDate &start = {})
{
    Resource r;
    r.title = title;
    r.dateStart = start;
    r.summaryHtml = u"<p>Résumé de « %1 ».</p>"_s.arg(title);
    r.bodyHtml = u"<p>Corps de « %1 » : l’économie sociale et solidaire.</p>"_s.arg(title);
    return r;
}

// A website export with one resource per title ("<title> – 3 mai 2016" style titles carry
// their date), each body naming the given marker.
QByteArray siteExport(const QStringList &titles, const QString &marker)
{
    QString text = u"Réseau des collectivités\n\n"_s;
    for (const QString &title : titles) {
        const QString first = u"Version %1 du compte rendu de %2."_s.arg(marker, title);
        text += title + u"\n\n"_s + first + u"\n\nLes élu·es ont débattu.\n\nType de ressource\nComptes rendus\n"
                                               u"Ressource privée\nNon\nRésumé\n\n"_s
            + first + u"\n\n"_s;
    }
    return text.toUtf8();
}

} // namespace

class TestTwoInstances final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_dir.reset(); }

    void writesAreVisibleToTheOther();
    void conflictingSavesAreRefused();
    void interleavedSavesLoseNothing();
    void trashedElsewhereKeepsTheEdit();
    void sessionNoticesTrashedElsewhere();
    void otherProcessWriteIsNoticed();
    void otherProcessUpdateConflictsWithAnOpenCopy();
    void concurrentProcessesAllLand();

private:
    QString path(const QString &name = u"partagée.actes"_s) const { return m_dir->filePath(name); }
    // Runs `actes --db <library> args...`; returns the exit status (-1 when it did not finish).
    int actes(const QStringList &args, QByteArray *stdErr = nullptr, int timeoutMs = 60000);
    QString writeExport(const QString &name, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTwoInstances::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(QStringLiteral(ACTES_BINARY)), ACTES_BINARY);
}

void TestTwoInstances::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

int TestTwoInstances::actes(const QStringList &args, QByteArray *stdErr, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ACTES_BINARY), QStringList{u"--db"_s, path()} + args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (stdErr)
        *stdErr = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QString TestTwoInstances::writeExport(const QString &name, const QByteArray &bytes)
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

void TestTwoInstances::writesAreVisibleToTheOther()
{
    auto one = SqliteRepository::open(path());
    auto two = SqliteRepository::open(path());
    const qint64 counter = two->externalChangeCounter();
    const Resource created = one->createResource(resource(u"Écrite par la première fenêtre"_s));
    QVERIFY(two->externalChangeCounter() != counter);
    QCOMPARE(two->countResources(), 1);
    const std::optional<Resource> seen = two->loadResource(created.id);
    QVERIFY(seen);
    QVERIFY(seen->sameContentAs(created));
    QCOMPARE(seen->version, 1);

    // And the other way round, for every kind of write.
    const qint64 counterOne = one->externalChangeCounter();
    two->setLibraryValue(u"langue"_s, u"fr"_s);
    two->addResourceType(u"Fiche pratique"_s);
    QVERIFY(one->externalChangeCounter() != counterOne);
    QCOMPARE(one->libraryValue(u"langue"_s), u"fr"_s);
    QVERIFY(one->resourceTypes().contains(u"Fiche pratique"_s));
    // The observer's own writes do not count as external.
    const qint64 own = one->externalChangeCounter();
    one->setLibraryValue(u"langue"_s, u"en"_s);
    QCOMPARE(one->externalChangeCounter(), own);
}

void TestTwoInstances::conflictingSavesAreRefused()
{
    auto one = SqliteRepository::open(path());
    auto two = SqliteRepository::open(path());
    const Resource stored = one->createResource(resource(u"Compte rendu partagé"_s));
    Resource inOne = *one->loadResource(stored.id);
    Resource inTwo = *two->loadResource(stored.id);

    inOne.place = u"Lyon"_s;
    QCOMPARE(one->saveResource(inOne).version, 2);
    inTwo.attendance = 80;
    QString message;
    QCOMPARE(kindOf([&] { two->saveResource(inTwo); }, &message), Kind::Conflict);
    QVERIFY2(message.contains(u"Compte rendu partagé"_s), qPrintable(message));
    // The first save is intact and the refused one wrote nothing.
    const Resource now = *two->loadResource(stored.id);
    QCOMPARE(now.place, u"Lyon"_s);
    QVERIFY(!now.attendance);
    QCOMPARE(now.version, 2);
    // Reloading and saving again keeps both changes.
    Resource merged = now;
    merged.attendance = 80;
    QCOMPARE(two->saveResource(merged).version, 3);
    const Resource latest = *one->loadResource(stored.id);
    QCOMPARE(latest.place, u"Lyon"_s);
    QCOMPARE(latest.attendance, std::optional<int>(80));
    // A status change from the stale copy is refused as well.
    QCOMPARE(kindOf([&] { one->changeStatus(stored.id, Status::InReview, u"A"_s, {}, 2); }), Kind::Conflict);
}

void TestTwoInstances::interleavedSavesLoseNothing()
{
    auto one = SqliteRepository::open(path());
    auto two = SqliteRepository::open(path());
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i)
        ids.append(one->createResource(resource(u"Ressource %1"_s.arg(i))).id);
    // Each instance edits its own resources, reloading only when the other wrote: no write
    // of one may undo a write of the other.
    int conflicts = 0;
    for (int round = 1; round <= 20; ++round) {
        for (int i = 0; i < ids.size(); ++i) {
            SqliteRepository &repo = i % 2 == 0 ? *one : *two;
            Resource r = *repo.loadResource(ids.at(i));
            r.place = u"Tour %1"_s.arg(round);
            repo.saveResource(r);
        }
        // Both edit resource 0 from copies loaded before either save: exactly one wins.
        Resource a = *one->loadResource(ids.at(0));
        Resource b = *two->loadResource(ids.at(0));
        a.bodyHtml = u"<p>Version A %1</p>"_s.arg(round);
        b.bodyHtml = u"<p>Version B %1</p>"_s.arg(round);
        one->saveResource(a);
        conflicts += kindOf([&] { two->saveResource(b); }) == Kind::Conflict ? 1 : 0;
        QCOMPARE(two->loadResource(ids.at(0))->bodyHtml, a.bodyHtml);
    }
    QCOMPARE(conflicts, 20);
    for (qint64 id : ids) {
        const Resource r = *one->loadResource(id);
        QCOMPARE(r.place, u"Tour 20"_s);
    }
    QCOMPARE(one->loadResource(ids.at(1))->version, 21);
    QCOMPARE(one->loadResource(ids.at(0))->version, 41);
}

void TestTwoInstances::trashedElsewhereKeepsTheEdit()
{
    auto one = SqliteRepository::open(path());
    auto two = SqliteRepository::open(path());
    const Resource stored = one->createResource(resource(u"Mise à la corbeille ailleurs"_s));
    Resource inTwo = *two->loadResource(stored.id);
    one->moveToTrash({stored.id});
    inTwo.bodyHtml = u"<p>Modifiée pendant ce temps.</p>"_s;
    // Either refused or kept: never lost. (Today the save succeeds and the edit waits in the
    // trash, where it can be restored.)
    const Kind kind = kindOf([&] { two->saveResource(inTwo); });
    if (kind == Kind(-1)) {
        ResourceFilter trash;
        trash.trash = true;
        QCOMPARE(one->countResources(trash), 1);
        one->restoreFromTrash({stored.id});
        QCOMPARE(one->loadResource(stored.id)->bodyHtml, inTwo.bodyHtml);
    } else {
        QVERIFY(kind == Kind::Conflict || kind == Kind::NotFound);
    }
}

// The edit session of a window sees that its open resource went to the trash in another
// one: it says so once, keeps saving the text with it, and can take it out of the trash.
void TestTwoInstances::sessionNoticesTrashedElsewhere()
{
    auto one = SqliteRepository::open(path());
    auto two = SqliteRepository::open(path());
    const Resource stored = one->createResource(resource(u"Ouverte ici"_s));
    EditSession session;
    session.setRepository(two.get(), m_dir->filePath(u"drafts"_s));
    QVERIFY(session.open(stored.id));
    QSignalSpy trashed(&session, &EditSession::trashedElsewhere);
    QVERIFY(!session.checkTrashedElsewhere());
    QCOMPARE(trashed.size(), 0);

    one->moveToTrash({stored.id});
    QVERIFY(session.checkTrashedElsewhere());
    QVERIFY(session.isTrashedElsewhere());
    QCOMPARE(trashed.size(), 1);
    QVERIFY(session.checkTrashedElsewhere());
    QCOMPARE(trashed.size(), 1);               // said once
    QCOMPARE(session.resourceId(), stored.id); // still open

    Resource edit = session.storedResource();
    edit.bodyHtml = u"<p>Tapé après la mise à la corbeille.</p>"_s;
    session.updateContent(edit);
    QVERIFY(session.save());
    QCOMPARE(one->loadResource(stored.id)->bodyHtml, edit.bodyHtml);   // kept, in the trash

    QVERIFY(session.restoreFromTrash());
    QVERIFY(!session.isTrashedElsewhere());
    QVERIFY(!one->isInTrash(stored.id));
    QVERIFY(!session.checkTrashedElsewhere());
    QCOMPARE(trashed.size(), 1);
}

void TestTwoInstances::otherProcessWriteIsNoticed()
{
    auto observer = SqliteRepository::open(path());
    observer->createResource(resource(u"Déjà là"_s));
    const qint64 counter = observer->externalChangeCounter();
    const QString file = writeExport(u"export.txt"_s,
                                     siteExport({u"Rencontre des élus – 3 mai 2016"_s,
                                                 u"Forum de l’ESS – 28 novembre 2023"_s},
                                                u"1"_s));
    QByteArray err;
    QCOMPARE(actes({u"import-site"_s, file}, &err), 0);
    QVERIFY2(err.isEmpty(), err.constData());
    QVERIFY(observer->externalChangeCounter() != counter);
    QCOMPARE(observer->countResources(), 3);
    const std::optional<qint64> id = observer->findResource(u"Forum de l’ESS – 28 novembre 2023"_s, QDate(2023, 11, 28));
    QVERIFY(id);
    QVERIFY(observer->loadResource(*id)->bodyHtml.contains(u"Version 1"_s));

    // The process sees what the observer wrote, too.
    observer->createResource(resource(u"Écrite pendant que l’autre lit"_s));
    QProcess list;
    list.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    list.start(QStringLiteral(ACTES_BINARY), {u"--db"_s, path(), u"list"_s});
    QVERIFY(list.waitForFinished(60000));
    QCOMPARE(list.exitCode(), 0);
    QVERIFY(QString::fromUtf8(list.readAllStandardOutput()).contains(u"Écrite pendant que l’autre lit"_s));
}

void TestTwoInstances::otherProcessUpdateConflictsWithAnOpenCopy()
{
    const QString title = u"Rencontre des élus – 3 mai 2016"_s;
    const QString v1 = writeExport(u"v1.txt"_s, siteExport({title}, u"1"_s));
    const QString v2 = writeExport(u"v2.txt"_s, siteExport({title}, u"2"_s));
    QCOMPARE(actes({u"import-site"_s, v1}), 0);

    auto window = SqliteRepository::open(path());
    const qint64 id = *window->findResource(title, QDate(2016, 5, 3));
    Resource open = *window->loadResource(id);   // the user is editing it
    QVERIFY(open.bodyHtml.contains(u"Version 1"_s));

    QCOMPARE(actes({u"import-site"_s, v2}), 0);   // meanwhile, a re-import updates it
    open.place = u"Grenoble"_s;
    open.bodyHtml += u"<p>Ajout de l’utilisateur.</p>"_s;
    QString message;
    QCOMPARE(kindOf([&] { window->saveResource(open); }, &message), Kind::Conflict);
    QVERIFY2(message.contains(title), qPrintable(message));
    const Resource stored = *window->loadResource(id);
    QVERIFY(stored.bodyHtml.contains(u"Version 2"_s));   // the import is not overwritten
    QVERIFY(stored.place.isEmpty());                      // and the refused save wrote nothing

    // The other way round: the window saves first, the re-import updates on top of it and
    // keeps the fields the export does not carry.
    Resource fresh = stored;
    fresh.place = u"Grenoble"_s;
    window->saveResource(fresh);
    const QString v3 = writeExport(u"v3.txt"_s, siteExport({title}, u"3"_s));
    QCOMPARE(actes({u"import-site"_s, v3}), 0);
    const Resource after = *window->loadResource(id);
    QVERIFY(after.bodyHtml.contains(u"Version 3"_s));
    QCOMPARE(after.place, u"Grenoble"_s);
}

void TestTwoInstances::concurrentProcessesAllLand()
{
    auto observer = SqliteRepository::open(path());
    const int processes = 3, perFile = 15;
    QList<QProcess *> running;
    const auto cleanup = qScopeGuard([&] { qDeleteAll(running); });
    QStringList months = {u"janvier"_s, u"mars"_s, u"mai"_s};
    for (int p = 0; p < processes; ++p) {
        QStringList titles;
        for (int i = 0; i < perFile; ++i)
            titles.append(u"Atelier %1-%2 – %3 %4 20%5"_s.arg(p).arg(i).arg(1 + i).arg(months.at(p)).arg(10 + p));
        const QString file = writeExport(u"lot%1.txt"_s.arg(p), siteExport(titles, u"p%1"_s.arg(p)));
        auto *process = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(ACTES_BINARY), {u"--db"_s, path(), u"import-site"_s, file});
        running.append(process);
    }
    // Meanwhile this instance keeps writing too.
    int mine = 0;
    for (int i = 0; i < 10; ++i) {
        observer->createResource(resource(u"Locale %1"_s.arg(i)));
        ++mine;
    }
    for (QProcess *process : std::as_const(running)) {
        QVERIFY(process->waitForFinished(120000));
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                 process->readAllStandardError().constData());
    }
    QCOMPARE(observer->countResources(), processes * perFile + mine);
}

QTEST_GUILESS_MAIN(TestTwoInstances)
#include "tst_twoinstances.moc"
