// Several connections to one library at once, on both backends (SQLite and PostgreSQL, the same
// test code): two windows or two users saving the same resource (conflicts, waits, locks), and
// the change detection that tells a window another one wrote.
#include "domain/resource.h"
#include "storage/libraryerror.h"

#include <QStandardPaths>
#include <QTest>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Actes;
using Kind = LibraryError::Kind;

#include "backendfixture.h"
#include "storagetest.h"

using namespace StorageTest;

class TestConnections final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { BackendFixture::addBackendRows(); }
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_fixture.freshForCurrentRow(); }

    void conflictBetweenTwoInstances();
    void waitingWriteGivesUpAsLocked();
    void concurrentSavesLoseNothing();
    void externalChanges();
    void writesThatChangeNothingAreNotExternalChanges();

private:
    BackendFixture::Fixture m_fixture;
};

void TestConnections::conflictBetweenTwoInstances()
{
    auto one = m_fixture.open();
    auto two = m_fixture.open();
    const Resource stored = one->createResource(fullResource(u"Deux fenêtres"_s));
    Resource inTwo = *two->loadResource(stored.id);
    Resource inOne = stored;
    inOne.title = u"Modifié dans la première"_s;
    one->saveResource(inOne);
    inTwo.title = u"Modifié dans la seconde"_s;
    EXPECT_LIBRARY_ERROR(two->saveResource(inTwo), Kind::Conflict);
    QCOMPARE(two->loadResource(stored.id)->title, u"Modifié dans la première"_s);
}

// A write waiting for another connection's open transaction gives up as Locked, not forever,
// and writes nothing.
void TestConnections::waitingWriteGivesUpAsLocked()
{
    auto one = m_fixture.open();
    auto two = m_fixture.open();
    const Resource stored = one->createResource(fullResource(u"Deux postes"_s));
    one->inTransaction([&] {
        Resource again = *one->loadResource(stored.id);
        again.place = u"Verrou"_s;
        one->saveResource(again);
        Resource fromTwo = *two->loadResource(stored.id);   // sees the committed state
        QCOMPARE(fromTwo.place, stored.place);
        fromTwo.place = u"Bloqué"_s;
        EXPECT_LIBRARY_ERROR(two->saveResource(fromTwo), Kind::Locked);
    });
    QCOMPARE(two->loadResource(stored.id)->place, u"Verrou"_s);
    QCOMPARE(two->storedVersion(stored.id), 2);
}

// Two users save the same version at the same moment: the second waits for the first to
// commit, then gets a conflict instead of overwriting its change.
void TestConnections::concurrentSavesLoseNothing()
{
    using namespace std::chrono_literals;
    auto repo = m_fixture.open();
    const Resource stored = repo->createResource(fullResource(u"Concurrence"_s));
    const QString location = m_fixture.location();
    std::atomic<int> phase{0};
    std::atomic<bool> otherSaved{false};
    std::atomic<int> otherKind{-1};
    std::thread other([&] {
        try {
            auto theirs = openLibrary(location);
            Resource copy = *theirs->loadResource(stored.id);
            phase = 1;
            while (phase < 2)
                std::this_thread::sleep_for(5ms);
            copy.place = u"Second poste"_s;
            theirs->saveResource(copy);
            otherSaved = true;
        } catch (const LibraryError &error) {
            otherKind = int(error.kind());
        }
        phase = 3;
    });
    while (phase < 1)
        std::this_thread::sleep_for(5ms);
    repo->inTransaction([&] {
        Resource mine = stored;
        mine.place = u"Premier poste"_s;
        repo->saveResource(mine);
        phase = 2;
        std::this_thread::sleep_for(1500ms);   // the other save now waits for this transaction
    });
    other.join();
    QVERIFY(!otherSaved);
    QCOMPARE(otherKind.load(), int(Kind::Conflict));
    QCOMPARE(repo->loadResource(stored.id)->place, u"Premier poste"_s);
    QCOMPARE(repo->storedVersion(stored.id), 2);
}

void TestConnections::externalChanges()
{
    auto mine = m_fixture.open();
    auto other = m_fixture.open();
    const qint64 start = mine->externalChangeCounter();
    mine->setLibraryValue(u"a"_s, u"1"_s);
    mine->createResource(fullResource(u"Le mien"_s));
    QCOMPARE(mine->externalChangeCounter(), start);   // own writes are not external
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, other->inTransaction([&] {
        other->setLibraryValue(u"a"_s, u"annulé"_s);
        throw std::runtime_error("rolled back");
    }));
    QCOMPARE(mine->externalChangeCounter(), start);   // a rolled-back write changed nothing
    other->setLibraryValue(u"a"_s, u"2"_s);
    const qint64 afterOther = mine->externalChangeCounter();
    QVERIFY(afterOther != start);
    QCOMPARE(mine->libraryValue(u"a"_s), u"2"_s);
    mine->setLibraryValue(u"b"_s, u"3"_s);
    QCOMPARE(mine->externalChangeCounter(), afterOther);
}

// Another window's writes that change nothing (re-storing an image, re-adding a type, emptying
// an empty trash, setting the status a resource has…) are not changes: this window has
// nothing to reload.
void TestConnections::writesThatChangeNothingAreNotExternalChanges()
{
    auto mine = m_fixture.open();
    auto other = m_fixture.open();
    const Resource stored = other->createResource(fullResource(u"Inchangé"_s));
    other->storeImage("image", u"image/png"_s);
    other->addResourceType(u"Webinaire"_s);
    other->setLibraryValue(u"k"_s, u"v"_s);
    const QString before = m_fixture.state();
    const qint64 start = mine->externalChangeCounter();
    other->moveToTrash({999});
    other->restoreFromTrash({stored.id});
    other->addResourceType(u"webinaire"_s);
    other->storeImage("image", u"image/png"_s);
    other->setLibraryValue(u"k"_s, u"v"_s);
    other->emptyTrash();
    other->changeStatus(stored.id, stored.status, u"Claire"_s, u"rien"_s, stored.version);
    other->mergePeople(stored.participants.at(0).personId, {});
    other->inTransaction([] {});
    QCOMPARE(mine->externalChangeCounter(), start);
    QCOMPARE(m_fixture.state(), before);
    // A real change still is one.
    other->setLibraryValue(u"k"_s, u"w"_s);
    QVERIFY(mine->externalChangeCounter() != start);
}

QTEST_GUILESS_MAIN(TestConnections)
#include "tst_connections.moc"
