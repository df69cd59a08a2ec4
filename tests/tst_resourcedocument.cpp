// The open resource as a model: one signal per field, fired once on a real change and never
// for the same value; each metadata command changes the document and undo/redo restore it;
// loading replaces the fields without signals or undo entries; the edit session opens it,
// saves what it holds and marks its undo stack clean at each save.

#include "memoryrepository.h"
#include "session/editsession.h"
#include "session/metadatacommands.h"
#include "session/resourcedocument.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;

using namespace Actes;
using Actes::Testing::MemoryRepository;

namespace {

Resource sample()
{
    Resource r;
    r.id = 7;
    r.version = 3;
    r.title = u"Forum régional de l’ESS"_s;
    r.type = u"Compte rendu"_s;
    r.isPrivate = true;
    r.privateConfirmed = false;
    r.status = Status::InReview;
    r.dateStart = QDate(2024, 3, 14);
    r.dateEnd = QDate(2024, 3, 15);
    r.place = u"Hôtel de Région, Lyon"_s;
    r.attendance = 120;
    r.summaryHtml = u"<p>Résumé.</p>"_s;
    r.bodyHtml = u"<p>Texte.</p>"_s;
    r.needsReview = true;
    r.reviewNote = u"Titre deviné."_s;
    r.participants = {Participant{4, u"Marie Dupont"_s, u"Directrice"_s,
                                  u"Ville de Lyon"_s, u"Intervenante"_s}};
    r.partners = {Partner{2, u"Région Auvergne-Rhône-Alpes"_s, u"Financeur"_s}};
    return r;
}

// One field of the document: how to set a new value, the same value again, and its signal.
struct Field
{
    std::function<void(ResourceDocument &)> setNew;
    std::function<void(ResourceDocument &)> setSame;
    std::function<bool(const ResourceDocument &)> hasNew;
    std::function<QSignalSpy *(ResourceDocument &)> spy;
};

template<typename Signal>
std::function<QSignalSpy *(ResourceDocument &)> spyOn(Signal signal)
{
    return [signal](ResourceDocument &d) { return new QSignalSpy(&d, signal); };
}

} // namespace

Q_DECLARE_METATYPE(Field)

class TestResourceDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fieldSignalsOnceOnRealChange_data();
    void fieldSignalsOnceOnRealChange();
    void loadReplacesWithoutSignalsNorUndo();
    void eachCommandUndoesAndRedoes();
    void contentLeavesOutNamelessRows();
    void sessionSavesTheDocumentAndMarksItClean();
    void sessionKeepsEditsAndUndoPerResource();
};

void TestResourceDocument::fieldSignalsOnceOnRealChange_data()
{
    QTest::addColumn<Field>("field");
    const Resource s = sample();
    QTest::newRow("title") << Field{[](ResourceDocument &d) { d.setTitle(u"Autre"_s); },
                                    [s](ResourceDocument &d) { d.setTitle(s.title); },
                                    [](const ResourceDocument &d) { return d.title() == u"Autre"; },
                                    spyOn(&ResourceDocument::titleChanged)};
    QTest::newRow("summary") << Field{[](ResourceDocument &d) { d.setSummaryHtml(u"<p>R</p>"_s); },
                                      [s](ResourceDocument &d) { d.setSummaryHtml(s.summaryHtml); },
                                      [](const ResourceDocument &d) { return d.resource().summaryHtml == u"<p>R</p>"; },
                                      spyOn(&ResourceDocument::summaryChanged)};
    QTest::newRow("body") << Field{[](ResourceDocument &d) { d.setBodyHtml(u"<p>B</p>"_s); },
                                   [s](ResourceDocument &d) { d.setBodyHtml(s.bodyHtml); },
                                   [](const ResourceDocument &d) { return d.resource().bodyHtml == u"<p>B</p>"; },
                                   spyOn(&ResourceDocument::bodyChanged)};
    QTest::newRow("type") << Field{[](ResourceDocument &d) { d.setType(u"Atelier"_s); },
                                   [s](ResourceDocument &d) { d.setType(s.type); },
                                   [](const ResourceDocument &d) { return d.type() == u"Atelier"; },
                                   spyOn(&ResourceDocument::typeChanged)};
    QTest::newRow("private confirmed") << Field{
        [](ResourceDocument &d) { d.setPrivateFlag(PrivateFlag{true, true}); },
        [](ResourceDocument &d) { d.setPrivateFlag(PrivateFlag{true, false}); },
        [](const ResourceDocument &d) { return d.privateFlag() == PrivateFlag{true, true}; },
        spyOn(&ResourceDocument::privateFlagChanged)};
    QTest::newRow("dates") << Field{
        [](ResourceDocument &d) { d.setDates(EventDates{QDate(2024, 4, 1), QDate(2024, 4, 1)}); },
        [s](ResourceDocument &d) { d.setDates(EventDates{s.dateStart, s.dateEnd}); },
        [](const ResourceDocument &d) { return d.dates().start == QDate(2024, 4, 1); },
        spyOn(&ResourceDocument::datesChanged)};
    QTest::newRow("place") << Field{[](ResourceDocument &d) { d.setPlace(u"Besançon"_s); },
                                    [s](ResourceDocument &d) { d.setPlace(s.place); },
                                    [](const ResourceDocument &d) { return d.place() == u"Besançon"; },
                                    spyOn(&ResourceDocument::placeChanged)};
    QTest::newRow("attendance") << Field{[](ResourceDocument &d) { d.setAttendance(std::nullopt); },
                                         [s](ResourceDocument &d) { d.setAttendance(s.attendance); },
                                         [](const ResourceDocument &d) { return !d.attendance().has_value(); },
                                         spyOn(&ResourceDocument::attendanceChanged)};
    QTest::newRow("participants") << Field{
        [](ResourceDocument &d) { d.setParticipants({}); },
        [s](ResourceDocument &d) { d.setParticipants(s.participants); },
        [](const ResourceDocument &d) { return d.participants().isEmpty(); },
        spyOn(&ResourceDocument::participantsChanged)};
    QTest::newRow("partners") << Field{
        [](ResourceDocument &d) { d.setPartners({Partner{0, u"Scop"_s, {}}}); },
        [s](ResourceDocument &d) { d.setPartners(s.partners); },
        [](const ResourceDocument &d) { return d.partners().size() == 1 && d.partners().first().name == u"Scop"; },
        spyOn(&ResourceDocument::partnersChanged)};
    QTest::newRow("import checked") << Field{
        [](ResourceDocument &d) { d.setImportReview(ImportReview{}); },
        [s](ResourceDocument &d) { d.setImportReview(ImportReview{s.needsReview, s.reviewNote}); },
        [](const ResourceDocument &d) { return !d.importReview().needsReview; },
        spyOn(&ResourceDocument::importReviewChanged)};
    QTest::newRow("status") << Field{[](ResourceDocument &d) { d.setStatus(Status::Approved); },
                                     [s](ResourceDocument &d) { d.setStatus(s.status); },
                                     [](const ResourceDocument &d) { return d.status() == Status::Approved; },
                                     spyOn(&ResourceDocument::statusChanged)};
}

void TestResourceDocument::fieldSignalsOnceOnRealChange()
{
    QFETCH(Field, field);
    ResourceDocument document;
    document.load(sample());
    const std::unique_ptr<QSignalSpy> fieldSpy(field.spy(document));
    QSignalSpy changed(&document, &ResourceDocument::changed);
    QSignalSpy loaded(&document, &ResourceDocument::loaded);

    field.setSame(document);   // the value it already has: nothing happens
    QCOMPARE(fieldSpy->count(), 0);
    QCOMPARE(changed.count(), 0);

    field.setNew(document);
    QVERIFY(field.hasNew(document));
    QCOMPARE(fieldSpy->count(), 1);
    QCOMPARE(changed.count(), 1);
    field.setNew(document);    // again: no second signal
    QCOMPARE(fieldSpy->count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(loaded.count(), 0);

    // Back to the old value: one more signal, and no other field moved.
    field.setSame(document);
    QCOMPARE(fieldSpy->count(), 2);
    QCOMPARE(changed.count(), 2);
    QVERIFY(document.resource().sameContentAs(sample()));
}

void TestResourceDocument::loadReplacesWithoutSignalsNorUndo()
{
    ResourceDocument document;
    QVERIFY(!document.isOpen());
    QSignalSpy changed(&document, &ResourceDocument::changed);
    QSignalSpy place(&document, &ResourceDocument::placeChanged);
    QSignalSpy loaded(&document, &ResourceDocument::loaded);
    Resource r = sample();
    r.dateEnd = QDate(2024, 3, 1);   // before the start: follows it
    document.load(r);
    QVERIFY(document.isOpen());
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(place.count(), 0);
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.dates().end, r.dateStart);

    // Commands of one resource never reach another: loading another id empties the stack,
    // reloading the same one (changed elsewhere) keeps it.
    document.undoStack()->push(new ChangePlaceCommand(&document, document.place(), u"Nantes"_s));
    QCOMPARE(document.undoStack()->count(), 1);
    document.load(sample());
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.place(), sample().place);   // the stored value, not the edit
    Resource other = sample();
    other.id = 8;
    document.load(other);
    QCOMPARE(document.undoStack()->count(), 0);
    document.undoStack()->push(new ChangePlaceCommand(&document, document.place(), u"Nantes"_s));
    document.clear();
    QVERIFY(!document.isOpen());
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(document.place().isEmpty());
    QCOMPARE(loaded.count(), 4);
    QCOMPARE(changed.count(), 2);   // the two pushed commands
}

void TestResourceDocument::eachCommandUndoesAndRedoes()
{
    ResourceDocument document;
    const Resource before = sample();
    document.load(before);
    QUndoStack *stack = document.undoStack();
    QList<Participant> participants = before.participants;
    participants.append(Participant{0, u"Zoé Lefèvre"_s, {}, {}, u"Animatrice"_s});
    const QList<Partner> partners{Partner{0, u"Scop Les Tisserands"_s, {}}};

    stack->push(new ChangeTypeCommand(&document, document.type(), u"Atelier"_s));
    stack->push(new ChangePrivateCommand(&document, document.privateFlag(), PrivateFlag{false, true}));
    stack->push(new ChangeDatesCommand(&document, document.dates(), EventDates{}));
    stack->push(new ChangePlaceCommand(&document, document.place(), u"Besançon"_s));
    stack->push(new ChangeAttendanceCommand(&document, document.attendance(), 85));
    stack->push(new ChangeParticipantsCommand(&document, document.participants(), participants,
                                              u"Add participant"_s));
    stack->push(new ChangePartnersCommand(&document, document.partners(), partners, u"Add partner"_s));
    stack->push(new ConfirmImportCommand(&document, document.importReview()));
    QCOMPARE(stack->count(), 8);

    Resource after = before;
    after.type = u"Atelier"_s;
    after.isPrivate = false;
    after.privateConfirmed = true;
    after.dateStart = after.dateEnd = QDate();
    after.place = u"Besançon"_s;
    after.attendance = 85;
    after.participants = participants;
    after.partners = partners;
    after.needsReview = false;
    after.reviewNote.clear();
    QVERIFY(document.resource().sameContentAs(after));

    // Each undo puts back exactly one field, in reverse order.
    QSignalSpy changed(&document, &ResourceDocument::changed);
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(changed.count(), 8);
    QVERIFY(document.resource().sameContentAs(before));
    while (stack->canRedo())
        stack->redo();
    QVERIFY(document.resource().sameContentAs(after));

    // Typing in one field is one step: commands with the same merge key merge.
    stack->clear();
    document.load(before);
    stack->push(new ChangePlaceCommand(&document, document.place(), u"B"_s, 42));
    stack->push(new ChangePlaceCommand(&document, document.place(), u"Be"_s, 42));
    QCOMPARE(stack->count(), 1);
    stack->undo();
    QCOMPARE(document.place(), before.place);
}

void TestResourceDocument::contentLeavesOutNamelessRows()
{
    ResourceDocument document;
    Resource r = sample();
    r.place = u"  Lyon "_s;
    r.participants.append(Participant{});
    r.partners.append(Partner{0, u"  "_s, u"Hôte"_s});
    document.load(r);
    // The working resource is what is shown (a new empty row stays on screen)...
    QCOMPARE(document.participants().size(), 2);
    QCOMPARE(document.place(), r.place);
    // ...what is saved has no nameless row and a trimmed place.
    const Resource content = document.content();
    QCOMPARE(content.participants, sample().participants);
    QCOMPARE(content.partners, sample().partners);
    QCOMPARE(content.place, u"Lyon"_s);
    QCOMPARE(content.title, r.title);
    Resource metadata;
    document.applyMetadataTo(metadata);
    QVERIFY(metadata.title.isEmpty());   // the text is the editor's
    QCOMPARE(metadata.type, r.type);
}

void TestResourceDocument::sessionSavesTheDocumentAndMarksItClean()
{
    QTemporaryDir drafts;
    MemoryRepository repo;
    Resource r = sample();
    r.id = 0;
    const Resource stored = repo.createResource(r);
    EditSession session;
    session.setRepository(&repo, drafts.path());
    session.setDelays(60000, 60000, 60000);
    QVERIFY(session.open(stored.id));
    ResourceDocument *document = session.document();
    QVERIFY(document->isOpen());
    QCOMPARE(document->place(), stored.place);
    QVERIFY(document->undoStack()->isClean());

    // A command on the document is an edit of the session.
    document->undoStack()->push(new ChangePlaceCommand(document, document->place(), u"Besançon"_s));
    QVERIFY(session.isDirty());
    QVERIFY(!document->undoStack()->isClean());
    QVERIFY(session.save());
    QCOMPARE(repo.loadResource(stored.id)->place, u"Besançon"_s);
    QVERIFY(document->undoStack()->isClean());
    QVERIFY(!session.isDirty());

    // Undo after the save: an edit again, saved as such; redo comes back to the saved state.
    document->undoStack()->undo();
    QVERIFY(session.isDirty());
    QVERIFY(!document->undoStack()->isClean());
    QVERIFY(session.save());
    QCOMPARE(repo.loadResource(stored.id)->place, stored.place);
    QVERIFY(document->undoStack()->isClean());
    document->undoStack()->redo();
    QVERIFY(!document->undoStack()->isClean());
    QVERIFY(session.save());
    QCOMPARE(repo.loadResource(stored.id)->place, u"Besançon"_s);

    // Closing leaves no resource and no command.
    QVERIFY(session.close());
    QVERIFY(!document->isOpen());
    QCOMPARE(document->undoStack()->count(), 0);
}

void TestResourceDocument::sessionKeepsEditsAndUndoPerResource()
{
    QTemporaryDir drafts;
    MemoryRepository repo;
    Resource r = sample();
    r.id = 0;
    const Resource a = repo.createResource(r);
    r.title = u"Autre"_s;
    const Resource b = repo.createResource(r);
    EditSession session;
    session.setRepository(&repo, drafts.path());
    session.setDelays(60000, 60000, 60000);
    QVERIFY(session.open(a.id));
    ResourceDocument *document = session.document();
    document->undoStack()->push(new ChangeTypeCommand(document, document->type(), u"Atelier"_s));
    // Switching saves the edit of the first and shows the second without its commands.
    QSignalSpy loaded(&session, &EditSession::resourceLoaded);
    QVERIFY(session.open(b.id));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(repo.loadResource(a.id)->type, u"Atelier"_s);
    QCOMPARE(document->resource().id, b.id);
    QCOMPARE(document->type(), r.type);
    QCOMPARE(document->undoStack()->count(), 0);
    QVERIFY(!session.isDirty());
    // What the session saves is the document's content (the metadata edited there).
    document->undoStack()->push(new ConfirmImportCommand(document, document->importReview()));
    QVERIFY(!session.currentContent().needsReview);
    QVERIFY(session.save());
    QVERIFY(!repo.loadResource(b.id)->needsReview);
}

QTEST_MAIN(TestResourceDocument)
#include "tst_resourcedocument.moc"
