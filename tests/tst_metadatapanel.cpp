// The metadata panel over its ResourceDocument: every field round-trips, every kind of edit is
// one undo command on the document's stack,
// completion from the directory, date rules. Uses a real SqliteRepository on a temp file.

#include "dialogs/prompts.h"
#include "metadata/completingdelegate.h"
#include "metadata/addressbookdialog.h"
#include "metadata/linktableeditor.h"
#include "metadata/metadatapanel.h"
#include "metadata/participantsmodel.h"
#include "metadata/partnersmodel.h"
#include "review/statuscontrol.h"
#include "session/metadatacommands.h"
#include "session/resourcedocument.h"
#include "storage/sqliterepository.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

using namespace Actes;

namespace {
// QTest::keyClicks() goes through Latin-1: type real French text (’ « » œ) key by key.
void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, c == u' ' ? Qt::Key_Space : Qt::Key_unknown,
                            QString(c), Qt::NoModifier);
}
} // namespace

class TestMetadataPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void roundTripEveryField();
    void setResourceMakesNoUndoEntryNorSignal();
    void panelFollowsTheDocument();
    void typeChangeIsUndoable();
    void newTypeIsAddedAfterConfirmation();
    void newTypeRefusedKeepsOldType();
    void privateFlagSetsConfirmed();
    void importDoubtConfirmedWithTheCheckedButton();
    void datesEndFollowsStartAndNeverBefore();
    void unknownDate();
    void placeTypingIsOneUndoStep();
    void ctrlZInFieldUsesTheStack();
    void attendanceUnknownAndUndo();
    void participantsAddEditMoveRemoveUndo();
    void completionFillsFunctionAndOrganisation();
    void completionThroughTheEditor();
    void newNameGivesPersonIdZero();
    void partnersUndoAndDirectoryId();
    void emptyRowsAreLeftOut();
    void readOnlyRefusesEdits();
    void directoryMergeRepointsRows();
    void directoryOrganisationsPage();
    void modelsPassTheTester();
    void accessibleNamesEverywhere();
    void screenshot();

private:
    Resource sample() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteRepository> m_repo;
    std::unique_ptr<MetadataPanel> m_panel;
    QUndoStack *m_stack = nullptr;   // the panel's document's
    Person m_marie;
    Person m_karim;
    Organisation m_region;
};

void TestMetadataPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMetadataPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_repo = SqliteRepository::open(m_dir->filePath(u"library.actes"_s));
    m_repo->addResourceType(u"Compte rendu"_s);
    m_repo->addResourceType(u"Atelier"_s);
    m_marie = m_repo->savePerson(Person{0, u"Marie Dupont"_s, u"Directrice"_s,
                                        u"Ville de Lyon"_s});
    m_karim = m_repo->savePerson(Person{0, u"Karim Benali"_s, u"Chargé de mission ESS"_s,
                                        u"Région Auvergne-Rhône-Alpes"_s});
    m_region = m_repo->saveOrganisation(Organisation{0, u"Région Auvergne-Rhône-Alpes"_s});
    m_panel = std::make_unique<MetadataPanel>();
    m_panel->setRepository(m_repo.get());
    m_stack = m_panel->document()->undoStack();
    m_panel->resize(360, 720);
}

void TestMetadataPanel::cleanup()
{
    m_stack = nullptr;
    m_panel.reset();
    m_repo.reset();
    m_dir.reset();
}

Resource TestMetadataPanel::sample() const
{
    Resource r;
    r.title = u"Forum régional de l’ESS"_s;
    r.type = u"Compte rendu"_s;
    r.isPrivate = true;
    r.privateConfirmed = true;
    r.dateStart = QDate(2024, 3, 14);
    r.dateEnd = QDate(2024, 3, 15);
    r.place = u"Hôtel de Région, Lyon"_s;
    r.attendance = 120;
    r.participants = {
        Participant{m_marie.id, m_marie.name, m_marie.function, m_marie.organisation, u"Intervenante"_s},
        Participant{0, u"Zoé Lefèvre"_s, u"Coordinatrice"_s,
                    u"Collectif « Œuvres communes »"_s, u"Animatrice"_s},
    };
    r.partners = {Partner{m_region.id, m_region.name, u"Co-organisateur"_s}};
    return r;
}

void TestMetadataPanel::roundTripEveryField()
{
    const Resource in = sample();
    m_panel->setResource(in);
    Resource out;
    m_panel->document()->applyMetadataTo(out);
    QCOMPARE(out.type, in.type);
    QCOMPARE(out.isPrivate, true);
    QCOMPARE(out.privateConfirmed, true);
    QCOMPARE(out.dateStart, in.dateStart);
    QCOMPARE(out.dateEnd, in.dateEnd);
    QCOMPARE(out.place, in.place);
    QCOMPARE(out.attendance, in.attendance);
    QCOMPARE(out.participants, in.participants);
    QCOMPARE(out.partners, in.partners);
    // The metadata leave the text alone.
    QVERIFY(out.title.isEmpty());
    // The widgets show the values.
    QCOMPARE(m_panel->typeCombo()->currentText(), in.type);
    QVERIFY(m_panel->privateCheck()->isChecked());
    QCOMPARE(m_panel->startDateEdit()->date(), in.dateStart);
    QCOMPARE(m_panel->endDateEdit()->date(), in.dateEnd);
    QCOMPARE(m_panel->placeEdit()->text(), in.place);
    QCOMPARE(m_panel->attendanceSpin()->value(), 120);
    QCOMPARE(m_panel->participantsModel()->rowCount(), 2);
    QCOMPARE(m_panel->participantsModel()->index(1, ParticipantsModel::OrganisationColumn).data().toString(),
             u"Collectif « Œuvres communes »"_s);
}

void TestMetadataPanel::setResourceMakesNoUndoEntryNorSignal()
{
    QSignalSpy changed(m_panel->document(), &ResourceDocument::changed);
    m_panel->setResource(sample());
    m_panel->setResource(Resource{});
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_stack->count(), 0);
}

// The panel only shows the document: a change made to it elsewhere (the session after a save,
// another panel, a command pushed by code) shows in the widgets and the checks, and a panel
// given another document shows that one.
void TestMetadataPanel::panelFollowsTheDocument()
{
    ResourceDocument document;
    m_panel->setDocument(&document);
    QCOMPARE(m_panel->document(), &document);
    Resource r = sample();
    r.type.clear();
    document.load(r);
    QCOMPARE(m_panel->placeEdit()->text(), r.place);
    QVERIFY(m_panel->typeCombo()->currentText().isEmpty());
    const auto hasProblemOn = [this](const QString &field) {
        for (const Problem &p : m_panel->problems()) {
            if (p.field == field)
                return true;
        }
        return false;
    };
    QVERIFY(hasProblemOn(u"type"_s));

    document.setPlace(u"Maison de l’ESS, Besançon"_s);
    QCOMPARE(m_panel->placeEdit()->text(), u"Maison de l’ESS, Besançon"_s);
    document.undoStack()->push(new ChangeTypeCommand(&document, document.type(), u"Atelier"_s));
    QCOMPARE(m_panel->typeCombo()->currentText(), u"Atelier"_s);
    QVERIFY(!hasProblemOn(u"type"_s));
    document.setAttendance(42);
    QCOMPARE(m_panel->attendanceSpin()->value(), 42);
    document.setPrivateFlag(PrivateFlag{false, true});
    QVERIFY(!m_panel->privateCheck()->isChecked());
    document.setDates(EventDates{});
    QVERIFY(!m_panel->dateKnownCheck()->isChecked());
    document.setParticipants({});
    QCOMPARE(m_panel->participantsModel()->rowCount(), 0);
    document.setPartners({});
    QCOMPARE(m_panel->partnersModel()->rowCount(), 0);
    document.setImportReview(ImportReview{true, u"Date devinée."_s});
    QVERIFY(m_panel->importNoteLabel()->text().contains(u"Date devinée."_s));
    document.setStatus(Status::Approved);
    QCOMPARE(m_panel->statusControl()->status(), Status::Approved);
    // An edit in the panel goes to the document's stack, not to the panel's own document.
    typeText(m_panel->placeEdit(), u" centre"_s);
    QCOMPARE(document.place(), u"Maison de l’ESS, Besançon centre"_s);
    QCOMPARE(document.undoStack()->count(), 2);
    QCOMPARE(m_stack->count(), 0);

    // Closed: empty fields and the hint instead of checks.
    document.clear();
    QVERIFY(m_panel->placeEdit()->text().isEmpty());
    QVERIFY(m_panel->problems().isEmpty());
    // Gone: the panel falls back to its own document.
    m_panel->setDocument(nullptr);
    QVERIFY(m_panel->document() != &document);
    QCOMPARE(m_panel->document()->undoStack(), m_stack);
}

void TestMetadataPanel::typeChangeIsUndoable()
{
    m_panel->setResource(sample());
    QSignalSpy changed(m_panel->document(), &ResourceDocument::changed);
    QComboBox *combo = m_panel->typeCombo();
    const int index = combo->findText(u"Atelier"_s);
    QVERIFY(index > 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(changed.count(), 1);
    Resource out;
    m_panel->document()->applyMetadataTo(out);
    QCOMPARE(out.type, u"Atelier"_s);
    m_stack->undo();
    QCOMPARE(combo->currentText(), u"Compte rendu"_s);
    QCOMPARE(changed.count(), 2);
    m_panel->document()->applyMetadataTo(out);
    QCOMPARE(out.type, u"Compte rendu"_s);
    m_stack->redo();
    QCOMPARE(combo->currentText(), u"Atelier"_s);
    QVERIFY(dynamic_cast<const ChangeTypeCommand *>(m_stack->command(0)));
}

void TestMetadataPanel::newTypeIsAddedAfterConfirmation()
{
    m_panel->setResource(sample());
    Prompts::ScriptedAnswers answers;
    answers.click(QMessageBox::Yes);
    QLineEdit *edit = m_panel->typeCombo()->lineEdit();
    edit->clear();
    typeText(edit, u"Visite d’entreprise"_s);
    emit edit->editingFinished();
    QCOMPARE(answers.asked().size(), 1);
    QCOMPARE(answers.asked().first().kind, Prompts::Kind::Question);
    QVERIFY(answers.asked().first().text.contains(u"“Visite d’entreprise”"_s));
    QVERIFY(m_repo->resourceTypes().contains(u"Visite d’entreprise"_s));
    Resource out;
    m_panel->document()->applyMetadataTo(out);
    QCOMPARE(out.type, u"Visite d’entreprise"_s);
    QCOMPARE(m_stack->count(), 1);
    // An existing type typed in another case is the existing one, without a question.
    edit->clear();
    QTest::keyClicks(edit, u"atelier"_s);
    emit edit->editingFinished();
    QCOMPARE(answers.asked().size(), 1);
    m_panel->document()->applyMetadataTo(out);
    QCOMPARE(out.type, u"Atelier"_s);
}

void TestMetadataPanel::newTypeRefusedKeepsOldType()
{
    m_panel->setResource(sample());
    Prompts::ScriptedAnswers answers;
    answers.click(QMessageBox::No);
    QLineEdit *edit = m_panel->typeCombo()->lineEdit();
    edit->clear();
    QTest::keyClicks(edit, u"Typo"_s);
    emit edit->editingFinished();
    QCOMPARE(answers.asked().size(), 1);
    QVERIFY(!m_repo->resourceTypes().contains(u"Typo"_s));
    QCOMPARE(m_panel->typeCombo()->currentText(), u"Compte rendu"_s);
    QCOMPARE(m_stack->count(), 0);
}

void TestMetadataPanel::privateFlagSetsConfirmed()
{
    Resource r = sample();
    r.isPrivate = false;
    r.privateConfirmed = false;
    m_panel->setResource(r);
    QTest::mouseClick(m_panel->privateCheck(), Qt::LeftButton, {},
                      m_panel->privateCheck()->rect().center());
    Resource out;
    m_panel->document()->applyMetadataTo(out);
    QVERIFY(out.isPrivate);
    QVERIFY(out.privateConfirmed);
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QVERIFY(!m_panel->privateCheck()->isChecked());
    m_panel->document()->applyMetadataTo(out);
    QVERIFY(!out.isPrivate);
    QVERIFY(!out.privateConfirmed);
}

void TestMetadataPanel::importDoubtConfirmedWithTheCheckedButton()
{
    Resource r = sample();
    r.summaryHtml = u"<p>Un résumé.</p>"_s;
    r.bodyHtml = u"<p>Un texte.</p>"_s;
    r.needsReview = true;
    r.reviewNote = u"Le titre de ce compte rendu a été deviné."_s;
    m_panel->setResource(r);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    // The importer's note, a blocking check, and the button beside the note.
    QVERIFY(m_panel->importCheckedButton()->isVisible());
    QVERIFY2(m_panel->importNoteLabel()->text().contains(r.reviewNote), qPrintable(m_panel->importNoteLabel()->text()));
    const auto importProblems = [this] {
        int n = 0;
        for (const Problem &p : m_panel->problems())
            n += p.field == u"import"_s && p.level == Problem::Blocking ? 1 : 0;
        return n;
    };
    QCOMPARE(importProblems(), 1);
    QCOMPARE(m_panel->problems().size(), 1);   // nothing else: "ready" only once confirmed
    QVERIFY(!m_panel->importCheckedButton()->accessibleName().isEmpty());
    QVERIFY(!m_panel->importCheckedButton()->toolTip().isEmpty());
    // The button fits beside the note in the narrow panel.
    QVERIFY(m_panel->importCheckedButton()->width() >= m_panel->importCheckedButton()->sizeHint().width());
    QVERIFY(m_panel->importNoteLabel()->width() >= 120);
    if (const QString out = qEnvironmentVariable("ACTES_SCREENSHOT_DIR"); !out.isEmpty())
        QVERIFY(m_panel->grab().save(out + u"/metadatapanel-import.png"_s));

    QSignalSpy changed(m_panel->document(), &ResourceDocument::changed);
    QTest::mouseClick(m_panel->importCheckedButton(), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);   // the window saves it like any other metadata edit
    QVERIFY(!m_panel->importCheckedButton()->isVisible());
    QCOMPARE(importProblems(), 0);
    QVERIFY(m_panel->problems().isEmpty());
    Resource out;
    m_panel->document()->applyMetadataTo(out);
    QVERIFY(!out.needsReview);
    QVERIFY(out.reviewNote.isEmpty());

    // Undoable like the other metadata edits.
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QVERIFY(m_panel->importCheckedButton()->isVisible());
    QCOMPARE(importProblems(), 1);
    m_panel->document()->applyMetadataTo(out);
    QVERIFY(out.needsReview);
    QCOMPARE(out.reviewNote, r.reviewNote);
    m_stack->redo();
    m_panel->document()->applyMetadataTo(out);
    QVERIFY(!out.needsReview);

    // Read-only: no confirming; a resource without doubt shows no note.
    m_panel->setResource(r);
    m_panel->setReadOnly(true);
    QVERIFY(!m_panel->importCheckedButton()->isEnabled());
    m_panel->setReadOnly(false);
    r.needsReview = false;
    m_panel->setResource(r);
    QVERIFY(!m_panel->importCheckedButton()->isVisible());
}

void TestMetadataPanel::datesEndFollowsStartAndNeverBefore()
{
    Resource r = sample();
    r.dateEnd = r.dateStart; // one-day event
    m_panel->setResource(r);
    m_panel->startDateEdit()->setDate(QDate(2024, 4, 2));
    Resource out;
    m_panel->document()->applyMetadataTo(out);
    QCOMPARE(out.dateStart, QDate(2024, 4, 2));
    QCOMPARE(out.dateEnd, QDate(2024, 4, 2)); // still one day
    // Make it three days, then try an end before the start.
    m_panel->endDateEdit()->setDate(QDate(2024, 4, 4));
    m_panel->document()->applyMetadataTo(out);
    QCOMPARE(out.dateEnd, QDate(2024, 4, 4));
    m_panel->endDateEdit()->setDate(QDate(2024, 3, 1));
    m_panel->document()->applyMetadataTo(out);
    QVERIFY(out.dateEnd >= out.dateStart);
    QCOMPARE(m_panel->endDateEdit()->minimumDate(), QDate(2024, 4, 2));
    // A start after the end moves the end.
    m_panel->startDateEdit()->setDate(QDate(2024, 5, 10));
    m_panel->document()->applyMetadataTo(out);
    QCOMPARE(out.dateStart, QDate(2024, 5, 10));
    QCOMPARE(out.dateEnd, QDate(2024, 5, 10));
    // Undo walks back (the programmatic edits above each ended a typing stretch only if
    // editingFinished came; here they merged into one command).
    QVERIFY(m_stack->count() >= 1);
    while (m_stack->canUndo())
        m_stack->undo();
    m_panel->document()->applyMetadataTo(out);
    QCOMPARE(out.dateStart, r.dateStart);
    QCOMPARE(out.dateEnd, r.dateEnd);
    QCOMPARE(m_panel->startDateEdit()->date(), r.dateStart);
}

void TestMetadataPanel::unknownDate()
{
    m_panel->setResource(sample());
    QVERIFY(m_panel->dateKnownCheck()->isChecked());
    QTest::mouseClick(m_panel->dateKnownCheck(), Qt::LeftButton, {},
                      m_panel->dateKnownCheck()->rect().center());
    Resource out;
    m_panel->document()->applyMetadataTo(out);
    QVERIFY(!out.dateStart.isValid());
    QVERIFY(!out.dateEnd.isValid());
    QVERIFY(!m_panel->startDateEdit()->isEnabled());
    QCOMPARE(m_panel->startDateEdit()->text(), u"—"_s);
    m_stack->undo();
    m_panel->document()->applyMetadataTo(out);
    QCOMPARE(out.dateStart, QDate(2024, 3, 14));
    QVERIFY(m_panel->startDateEdit()->isEnabled());
    // Unknown in, unknown out.
    Resource r = sample();
    r.dateStart = QDate();
    r.dateEnd = QDate();
    m_panel->setResource(r);
    m_panel->document()->applyMetadataTo(out);
    QVERIFY(!out.dateStart.isValid());
    QVERIFY(!m_panel->dateKnownCheck()->isChecked());
}

void TestMetadataPanel::placeTypingIsOneUndoStep()
{
    Resource r = sample();
    r.place.clear();
    m_panel->setResource(r);
    QSignalSpy changed(m_panel->document(), &ResourceDocument::changed);
    typeText(m_panel->placeEdit(), u"Maison de l’ESS, Besançon"_s);
    QCOMPARE(m_stack->count(), 1);
    QVERIFY(changed.count() >= 1);
    Resource out;
    m_panel->document()->applyMetadataTo(out);
    QCOMPARE(out.place, u"Maison de l’ESS, Besançon"_s);
    // Leaving the field ends the typing stretch: new typing is a new command.
    emit m_panel->placeEdit()->editingFinished();
    QTest::keyClicks(m_panel->placeEdit(), u" (salle 2)"_s);
    QCOMPARE(m_stack->count(), 2);
    m_stack->undo();
    QCOMPARE(m_panel->placeEdit()->text(), u"Maison de l’ESS, Besançon"_s);
    m_stack->undo();
    QCOMPARE(m_panel->placeEdit()->text(), QString());
    QVERIFY(dynamic_cast<const ChangePlaceCommand *>(m_stack->command(0)));
}

void TestMetadataPanel::ctrlZInFieldUsesTheStack()
{
    Resource r = sample();
    r.place.clear();
    m_panel->setResource(r);
    QTest::keyClicks(m_panel->placeEdit(), u"Dijon"_s);
    QTest::keyClick(m_panel->placeEdit(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_panel->placeEdit()->text(), QString());
    QCOMPARE(m_stack->index(), 0);
    QTest::keyClick(m_panel->placeEdit(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_panel->placeEdit()->text(), u"Dijon"_s);
}

void TestMetadataPanel::attendanceUnknownAndUndo()
{
    Resource r = sample();
    r.attendance.reset();
    m_panel->setResource(r);
    QCOMPARE(m_panel->attendanceSpin()->text(), m_panel->attendanceSpin()->specialValueText());
    Resource out;
    m_panel->document()->applyMetadataTo(out);
    QVERIFY(!out.attendance.has_value());
    m_panel->attendanceSpin()->setValue(85);
    m_panel->document()->applyMetadataTo(out);
    QCOMPARE(out.attendance, std::optional<int>(85));
    m_stack->undo();
    m_panel->document()->applyMetadataTo(out);
    QVERIFY(!out.attendance.has_value());
    QCOMPARE(m_panel->attendanceSpin()->value(), 0);
    QVERIFY(dynamic_cast<const ChangeAttendanceCommand *>(m_stack->command(0)));
}

void TestMetadataPanel::participantsAddEditMoveRemoveUndo()
{
    m_panel->setResource(sample());
    ParticipantsModel *model = m_panel->participantsModel();
    LinkTableEditor *editor = m_panel->participantsEditor();
    QSignalSpy changed(m_panel->document(), &ResourceDocument::changed);

    editor->view()->closePersistentEditor(QModelIndex());
    QCOMPARE(model->rowCount(), 2);
    model->requestAppendRow();
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(model->setData(model->index(2, ParticipantsModel::NameColumn), u"Léa Martin"_s));
    QVERIFY(model->setData(model->index(2, ParticipantsModel::RoleColumn), u"Témoin"_s));
    QCOMPARE(m_stack->count(), 3);
    QCOMPARE(changed.count(), 3);

    editor->view()->setCurrentIndex(model->index(2, 0));
    editor->moveCurrentRow(-1);
    QCOMPARE(model->index(1, 0).data().toString(), u"Léa Martin"_s);
    QCOMPARE(editor->view()->currentIndex().row(), 1);

    editor->view()->selectionModel()->select(model->index(0, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    editor->removeSelectedRows();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data().toString(), u"Léa Martin"_s);
    QCOMPARE(m_stack->count(), 5);
    QCOMPARE(m_stack->undoText(), u"Remove participant"_s);

    m_stack->undo(); // remove
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, 0).data().toString(), u"Marie Dupont"_s);
    m_stack->undo(); // move
    QCOMPARE(model->index(2, 0).data().toString(), u"Léa Martin"_s);
    m_stack->undo(); // role
    m_stack->undo(); // name
    m_stack->undo(); // add
    Resource out;
    m_panel->document()->applyMetadataTo(out);
    QCOMPARE(out.participants, sample().participants);
    QVERIFY(dynamic_cast<const ChangeParticipantsCommand *>(m_stack->command(0)));
}

void TestMetadataPanel::completionFillsFunctionAndOrganisation()
{
    m_panel->setResource(Resource{});
    ParticipantsModel *model = m_panel->participantsModel();
    model->requestAppendRow();
    QVERIFY(model->setData(model->index(0, ParticipantsModel::NameColumn), m_karim.id,
                           ParticipantsModel::PersonIdRole));
    Resource out;
    m_panel->document()->applyMetadataTo(out);
    QCOMPARE(out.participants.size(), 1);
    QCOMPARE(out.participants.at(0).personId, m_karim.id);
    QCOMPARE(out.participants.at(0).function, u"Chargé de mission ESS"_s);
    QCOMPARE(out.participants.at(0).organisation, u"Région Auvergne-Rhône-Alpes"_s);
    // Changing the function for this event no longer points at the directory entry.
    QVERIFY(model->setData(model->index(0, ParticipantsModel::FunctionColumn), u"Élu"_s));
    m_panel->document()->applyMetadataTo(out);
    QCOMPARE(out.participants.at(0).personId, 0);
    QCOMPARE(out.participants.at(0).name, u"Karim Benali"_s);
}

void TestMetadataPanel::completionThroughTheEditor()
{
    m_panel->setResource(Resource{});
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QApplication::setActiveWindow(m_panel.get());
    ParticipantsModel *model = m_panel->participantsModel();
    m_panel->participantsEditor()->addRow(); // opens the name editor
    QTableView *view = m_panel->participantsEditor()->view();
    auto *edit = qobject_cast<QLineEdit *>(view->indexWidget(model->index(0, 0)));
    if (!edit)
        edit = view->findChild<QLineEdit *>();
    QVERIFY(edit);
    QVERIFY(edit->completer());
    // The suggestion shows the person's function and organisation; the name is what is inserted.
    QTest::keyClicks(edit, u"mari"_s);
    QCompleter *completer = edit->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QVERIFY(completer->popup()->model()->index(0, 0).data().toString().contains(u"Ville de Lyon"_s));
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(edit->text(), u"Marie Dupont"_s);
    QTest::keyClick(edit, Qt::Key_Return); // commit
    QTRY_COMPARE(model->index(0, ParticipantsModel::FunctionColumn).data().toString(), u"Directrice"_s);
    QCOMPARE(model->index(0, ParticipantsModel::OrganisationColumn).data().toString(), u"Ville de Lyon"_s);
    QCOMPARE(model->index(0, 0).data(ParticipantsModel::PersonIdRole).toLongLong(), m_marie.id);
    m_panel->hide();
}

void TestMetadataPanel::newNameGivesPersonIdZero()
{
    m_panel->setResource(Resource{});
    ParticipantsModel *model = m_panel->participantsModel();
    model->requestAppendRow();
    model->setData(model->index(0, 0), u"  Nouvelle Personne "_s);
    Resource out;
    m_panel->document()->applyMetadataTo(out);
    QCOMPARE(out.participants.size(), 1);
    QCOMPARE(out.participants.at(0).personId, 0);
    QCOMPARE(out.participants.at(0).name, u"Nouvelle Personne"_s);
}

void TestMetadataPanel::partnersUndoAndDirectoryId()
{
    m_panel->setResource(Resource{});
    PartnersModel *model = m_panel->partnersModel();
    model->requestAppendRow();
    model->setData(model->index(0, PartnersModel::NameColumn), u"Région Auvergne-Rhône-Alpes"_s);
    model->setData(model->index(0, PartnersModel::RoleColumn), u"Financeur"_s);
    model->requestAppendRow();
    model->setData(model->index(1, PartnersModel::NameColumn), u"Scop Les Tisserands"_s);
    Resource out;
    m_panel->document()->applyMetadataTo(out);
    QCOMPARE(out.partners.size(), 2);
    QCOMPARE(out.partners.at(0).organisationId, m_region.id);
    QCOMPARE(out.partners.at(0).role, u"Financeur"_s);
    QCOMPARE(out.partners.at(1).organisationId, 0);
    m_stack->undo();
    m_stack->undo();
    m_panel->document()->applyMetadataTo(out);
    QCOMPARE(out.partners.size(), 1);
    QVERIFY(dynamic_cast<const ChangePartnersCommand *>(m_stack->command(0)));
}

void TestMetadataPanel::emptyRowsAreLeftOut()
{
    m_panel->setResource(Resource{});
    m_panel->participantsModel()->requestAppendRow();
    m_panel->partnersModel()->requestAppendRow();
    Resource out;
    out.participants = {Participant{}};
    m_panel->document()->applyMetadataTo(out);
    QVERIFY(out.participants.isEmpty());
    QVERIFY(out.partners.isEmpty());
}

void TestMetadataPanel::readOnlyRefusesEdits()
{
    m_panel->setResource(sample());
    m_panel->setReadOnly(true);
    QVERIFY(!m_panel->typeCombo()->isEnabled());
    QVERIFY(m_panel->placeEdit()->isReadOnly());
    QVERIFY(!m_panel->startDateEdit()->isEnabled());
    QVERIFY(!(m_panel->participantsModel()->flags(m_panel->participantsModel()->index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!m_panel->participantsModel()->setData(m_panel->participantsModel()->index(0, 0), u"X"_s));
    QTest::keyClicks(m_panel->placeEdit(), u"abc"_s);
    QCOMPARE(m_stack->count(), 0);
    m_panel->setReadOnly(false);
    QVERIFY(m_panel->startDateEdit()->isEnabled());
}

void TestMetadataPanel::directoryMergeRepointsRows()
{
    const Person dup = m_repo->savePerson(Person{0, u"Marie DUPONT"_s, u"Directrice"_s,
                                                 u"Ville de Lyon"_s});
    AddressBookDialog dialog(m_repo.get());
    QTableWidget *table = dialog.peopleTable();
    QCOMPARE(table->rowCount(), 3);
    int keepRow = -1;
    int dupRow = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == u"Marie Dupont"_s)
            keepRow = row;
        if (table->item(row, 0)->text() == u"Marie DUPONT"_s)
            dupRow = row;
    }
    QVERIFY(keepRow >= 0 && dupRow >= 0);
    table->clearSelection();
    table->selectionModel()->select(table->model()->index(keepRow, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(dupRow, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(dialog.mergeSelectedPeople(keepRow));
    QCOMPARE(m_repo->people().size(), 2);
    QCOMPARE(dialog.mergedPeople().value(dup.id), m_marie.id);
    QVERIFY(dialog.changed());
    // Editing a person in the directory writes it.
    QTableWidget *t = dialog.peopleTable();
    for (int row = 0; row < t->rowCount(); ++row) {
        if (t->item(row, 0)->text() == u"Karim Benali"_s)
            t->item(row, 1)->setText(u"Délégué régional"_s);
    }
    bool found = false;
    for (const Person &p : m_repo->people())
        found = found || p.function == u"Délégué régional"_s;
    QVERIFY(found);
}

// The organisations page does what the people page does (one implementation): edit in
// place, refuse an empty name, merge, list the resources of the selected entry, filter.
void TestMetadataPanel::directoryOrganisationsPage()
{
    const Organisation dup = m_repo->saveOrganisation(Organisation{0, u"Region Auvergne Rhone Alpes"_s});
    const Organisation labo = m_repo->saveOrganisation(Organisation{0, u"Le Labo de l’ESS"_s});
    Resource r = sample();
    r.partners = {Partner{dup.id, dup.name, u"Financeur"_s}};
    const qint64 resourceId = m_repo->createResource(r).id;

    AddressBookDialog dialog(m_repo.get());
    QTableWidget *table = dialog.organisationsTable();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->columnCount(), 1);
    const auto rowOf = [table](const QString &name) {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == name)
                return row;
        }
        return -1;
    };
    // Sorted by name, as people are.
    QVERIFY(rowOf(u"Le Labo de l’ESS"_s) < rowOf(u"Région Auvergne-Rhône-Alpes"_s));

    // The resources of the selected organisation.
    table->selectRow(rowOf(dup.name));
    QListWidget *resources = nullptr;
    for (QListWidget *w : dialog.findChildren<QListWidget *>()) {
        if (w->accessibleName() == u"Resources of the selected organisation"_s)
            resources = w;
    }
    QVERIFY(resources);
    QCOMPARE(resources->count(), 1);
    QVERIFY(resources->item(0)->text().startsWith(r.title));

    // Merge the duplicate into the region: the resource's partner follows.
    const int keepRow = rowOf(m_region.name);
    table->clearSelection();
    table->selectionModel()->select(table->model()->index(keepRow, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(rowOf(dup.name), 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(dialog.mergeSelectedOrganisations(keepRow));
    QCOMPARE(m_repo->organisations().size(), 2);
    QCOMPARE(dialog.mergedOrganisations().value(dup.id), m_region.id);
    QCOMPARE(m_repo->loadResource(resourceId)->partners.first().organisationId, m_region.id);
    QVERIFY(dialog.changed());
    QVERIFY(dialog.mergedPeople().isEmpty());

    // Editing a name writes it; the filter hides what does not match.
    table->item(rowOf(labo.name), 0)->setText(u"  Labo de l’ESS  "_s);
    bool renamed = false;
    for (const Organisation &o : m_repo->organisations())
        renamed = renamed || o.name == u"Labo de l’ESS"_s;
    QVERIFY(renamed);
    QLineEdit *filter = nullptr;
    for (QLineEdit *w : dialog.findChildren<QLineEdit *>()) {
        if (w->accessibleName() == u"Filter organisations"_s)
            filter = w;
    }
    QVERIFY(filter);
    filter->setText(u"labo"_s);
    QVERIFY(!table->isRowHidden(rowOf(u"Labo de l’ESS"_s)));
    QVERIFY(table->isRowHidden(rowOf(m_region.name)));
}

void TestMetadataPanel::modelsPassTheTester()
{
    m_panel->setResource(sample());
    QAbstractItemModelTester t1(m_panel->participantsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(m_panel->partnersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->participantsModel()->requestAppendRow();
    m_panel->participantsModel()->requestMoveRow(2, -2);
    m_stack->undo();
    m_stack->undo();
    m_panel->setResource(Resource{});
    m_panel->setResource(sample());
}

void TestMetadataPanel::accessibleNamesEverywhere()
{
    const QList<QWidget *> fields{static_cast<QWidget *>(m_panel->typeCombo()), m_panel->privateCheck(), m_panel->dateKnownCheck(),
                                  m_panel->startDateEdit(), m_panel->endDateEdit(), m_panel->placeEdit(),
                                  m_panel->attendanceSpin(), m_panel->participantsEditor()->view(),
                                  m_panel->partnersEditor()->view(), m_panel->addressBookButton()};
    for (QWidget *w : fields) {
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->accessibleName()));
        QVERIFY2(w->focusPolicy() & Qt::TabFocus, qPrintable(w->accessibleName()));
    }
}

void TestMetadataPanel::screenshot()
{
    Resource r = sample();
    r.participants.append(Participant{m_karim.id, m_karim.name, m_karim.function, m_karim.organisation,
                                      u"Grand témoin"_s});
    m_panel->setResource(r);
    m_panel->resize(360, 720);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QTest::qWait(50); // pending layout requests (table heights follow the wrapped rows)
    const QString out = qEnvironmentVariable("ACTES_SCREENSHOT_DIR");
    const QPixmap pixmap = m_panel->grab();
    QCOMPARE(pixmap.size(), QSize(360, 720));
    if (!out.isEmpty())
        QVERIFY(pixmap.save(out + u"/metadatapanel.png"_s));
    // Nothing cut off horizontally at 360 px: the scroll area never scrolls sideways.
    QVERIFY(m_panel->placeEdit()->width() >= 150);
    QVERIFY(m_panel->participantsEditor()->width() <= 360);
    // The table and its buttons stay together (no hole in the panel).
    LinkTableEditor *editor = m_panel->participantsEditor();
    QVERIFY(editor->height() - editor->view()->height() < 40);
}

QTEST_MAIN(TestMetadataPanel)
#include "tst_metadatapanel.moc"
