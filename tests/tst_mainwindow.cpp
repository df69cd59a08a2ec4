// The real main window, driven offscreen like a user would: create resources, type in the
// title, summary and body, set metadata, switch resources, restart on the same library and
// find everything as typed; search and filters; undo of list changes; read-only libraries;
// another instance's edits. Also grabs a screenshot (ACTES_SCREENSHOT=path.png).

#include "translationtest.h"

#include "dialogs/prompts.h"
#include "editor/noticebar.h"
#include "editor/resourceeditorpane.h"
#include "editor/richtexteditor.h"
#include "list/resourcelistpanel.h"
#include "mainwindow.h"
#include "metadata/metadatapanel.h"
#include "review/checkslist.h"
#include "models/resourcelistmodel.h"
#include "review/statuscontrol.h"
#include "session/editsession.h"
#include "session/resourcedocument.h"
#include "settings/settings.h"
#include "storage/sqliterepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;

using namespace Actes;

namespace {

std::unique_ptr<ResourceRepository> openRw(const QString &path)
{
    return SqliteRepository::open(path, OpenMode::ReadWrite);
}

std::unique_ptr<ResourceRepository> openRo(const QString &path)
{
    return SqliteRepository::open(path, OpenMode::ReadOnly);
}

QLineEdit *titleEdit(ResourceEditorPane *pane)
{
    return pane->titleEdit();
}

// Listed among the live resources (loadResource also reads resources in the trash).
bool isLive(ResourceRepository *repo, qint64 id)
{
    ResourceFilter filter;
    filter.ids = {id};
    return repo->countResources(filter) == 1;
}

bool isInTrash(ResourceRepository *repo, qint64 id)
{
    ResourceFilter filter;
    filter.ids = {id};
    filter.trash = true;
    return repo->countResources(filter) == 1;
}

QString plain(QTextEdit *edit)
{
    return edit->toPlainText();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // A prompt that no test scripted fails the test at once instead of waiting for a click.
    Prompts::ScriptedAnswers m_noOtherPrompt;
    QString m_library;
    // As in the application, where a translation is always loaded (English: plural forms).
    std::unique_ptr<Test::ScopedTranslation> m_english = std::make_unique<Test::ScopedTranslation>(u"en"_s);

    std::unique_ptr<MainWindow> makeWindow(const QString &path, RepositoryOpener opener = openRw)
    {
        auto window = std::make_unique<MainWindow>(opener);
        window->setDraftRecoveryEnabled(false);
        window->resize(1366, 768);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        window->setRepository(opener(path));
        return window;
    }

    void select(MainWindow *window, qint64 id)
    {
        ResourceListPanel *list = window->listPanel();
        const int row = list->model()->rowOfId(id);
        QVERIFY2(row >= 0, "the resource must be listed");
        const QModelIndex index = list->model()->index(row, 0);
        list->view()->scrollTo(index);
        QTest::mouseClick(list->view()->viewport(), Qt::LeftButton, Qt::NoModifier,
                          list->view()->visualRect(index).center());
        QCOMPARE(window->session()->resourceId(), id);
    }

    // Clicks button in the modal dialog called dialogName as soon as it shows (polling,
    // since the dialog runs its own event loop).
    void answerDialog(const QString &dialogName, const QString &buttonName, bool *seen)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(50);
        connect(timer, &QTimer::timeout, this, [=] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog || dialog->objectName() != dialogName)
                return;
            timer->stop();
            timer->deleteLater();
            *seen = true;
            if (auto *button = dialog->findChild<QPushButton *>(buttonName))
                button->click();
        });
        timer->start();
    }

    // Like QTest::keyClicks, which only takes ASCII: one key press and release per
    // character, with the character as the event text (what a keyboard layout produces).
    static void typeInto(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        for (const QChar c : text) {
            if (c.unicode() < 128) {
                QTest::keyClick(widget, char(c.unicode()));
                continue;
            }
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
            QApplication::sendEvent(widget, &press);
            QApplication::sendEvent(widget, &release);
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // These tests compare stored text with the characters typed: no automatic French
        // typography (tst_preferences covers it in the window).
        Settings().setTypingTypographyEnabled(false);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(u"bibliothèque.actes"_s);
    }

    // The window installs the approval rule: an edit that breaks a check moves an approved
    // resource back to review, and the panel shows it; the importer's doubt is confirmed with
    // the Checked button beside its note, then saved like any metadata edit.
    void approvalFollowsTheChecks()
    {
        const QString path = m_dir.filePath(u"approbation.actes"_s);
        qint64 approvedId = 0;
        qint64 unsureId = 0;
        {
            auto repo = SqliteRepository::open(path);
            Resource r;
            r.title = u"Rencontre régionale des tiers-lieux"_s;
            r.type = u"Compte rendu"_s;
            r.privateConfirmed = true;
            r.dateStart = r.dateEnd = QDate(2016, 5, 3);
            r.summaryHtml = u"<p>Un résumé.</p>"_s;
            r.bodyHtml = u"<p>Un texte.</p>"_s;
            const Resource approved = repo->createResource(r);
            repo->changeStatus(approved.id, Status::Approved, u"Relectrice"_s, {}, approved.version);
            approvedId = approved.id;
            r.title = u"Assemblée générale"_s;
            r.needsReview = true;
            r.reviewNote = u"Le titre a été deviné."_s;
            unsureId = repo->createResource(r).id;
        }
        Settings::shared().setAuthorName(u"Camille Martin"_s);
        auto window = makeWindow(path);
        QVERIFY(window);
        MetadataPanel *meta = window->metadataPanel();

        select(window.get(), approvedId);
        QCOMPARE(meta->statusControl()->status(), Status::Approved);
        QVERIFY(meta->dateKnownCheck()->isChecked());
        meta->dateKnownCheck()->click();   // the date becomes unknown: a blocking problem
        QVERIFY(!meta->dateKnownCheck()->isChecked());
        QVERIFY(window->session()->isDirty());
        QVERIFY(window->session()->save());
        QCOMPARE(window->session()->storedResource().status, Status::InReview);
        QCOMPARE(meta->statusControl()->status(), Status::InReview);
        {
            auto repo = SqliteRepository::open(path, OpenMode::ReadOnly);
            QVERIFY(!repo->loadResource(approvedId)->dateStart.isValid());   // the edit is kept
            const StatusChange last = repo->statusHistory(approvedId).constFirst();
            QCOMPARE(last.from, Status::Approved);
            QCOMPARE(last.to, Status::InReview);
            QCOMPARE(last.author, u"Camille Martin"_s);
            QVERIFY2(last.comment.contains(u"The event date is not set."_s), qPrintable(last.comment));
        }

        select(window.get(), unsureId);
        QVERIFY(meta->importCheckedButton()->isVisible());
        QVERIFY(meta->importNoteLabel()->text().contains(u"Le titre a été deviné."_s));
        meta->importCheckedButton()->click();
        QVERIFY(!meta->importCheckedButton()->isVisible());
        QVERIFY(window->session()->isDirty());
        QVERIFY(window->session()->save());
        {
            auto repo = SqliteRepository::open(path, OpenMode::ReadOnly);
            QVERIFY(!repo->loadResource(unsureId)->needsReview);
        }
        Settings::shared().setAuthorName(QString());
    }

    void typeSwitchAndRestart()
    {
        const QString title = u"Séminaire « PTCE » à Lyon"_s;
        const QString summary = u"Retours sur l’œuvre commune"_s;
        const QString body = u"Plus de 110 participants : élus, réseaux et pôles."_s;
        qint64 firstId = 0;
        qint64 secondId = 0;
        {
            auto window = makeWindow(m_library);
            QVERIFY(window);
            QVERIFY(!window->session()->hasResource());
            window->findChild<QAction *>(u"actionNewResource"_s)->trigger();
            QVERIFY(window->session()->hasResource());
            firstId = window->session()->resourceId();
            ResourceEditorPane *pane = window->editorPane();

            QLineEdit *titleField = titleEdit(pane);
            QVERIFY(titleField);
            titleField->selectAll();
            typeInto(titleField, title);
            typeInto(pane->summaryEditor(), summary);
            typeInto(pane->bodyEditor(), body);
            QVERIFY(window->session()->isDirty());
            QCOMPARE(window->savedLabel()->text(), u"Modified"_s);
            QTRY_VERIFY2(window->statsLabel()->text().contains(u"8 words"_s),
                     qPrintable(window->statsLabel()->text()));

            MetadataPanel *meta = window->metadataPanel();
            typeInto(meta->placeEdit(), u"Lyon"_s);
            QTest::keyClick(meta->placeEdit(), Qt::Key_Tab);
            meta->privateCheck()->click();

            // A second resource: the first one is saved when switching.
            window->findChild<QAction *>(u"actionNewResource"_s)->trigger();
            secondId = window->session()->resourceId();
            QVERIFY(secondId != firstId);
            QCOMPARE(titleEdit(pane)->text(), u"New resource"_s);
            QVERIFY(plain(pane->bodyEditor()).isEmpty());
            typeInto(pane->bodyEditor(), u"Deuxième texte"_s);

            const std::optional<Resource> stored = window->repository()->loadResource(firstId);
            QVERIFY(stored);
            QCOMPARE(stored->title, title);
            QVERIFY2(stored->bodyHtml.contains(body.toHtmlEscaped()) || stored->bodyHtml.contains(body),
                     qPrintable(stored->bodyHtml));
            QCOMPARE(stored->place, u"Lyon"_s);
            QVERIFY(stored->isPrivate);

            // Back to the first: everything as typed.
            select(window.get(), firstId);
            QCOMPARE(titleEdit(pane)->text(), title);
            QCOMPARE(plain(pane->summaryEditor()), summary);
            QCOMPARE(plain(pane->bodyEditor()), body);
            QCOMPARE(meta->placeEdit()->text(), u"Lyon"_s);
            QVERIFY(meta->privateCheck()->isChecked());
            QCOMPARE(window->savedLabel()->text(), u"Saved"_s);
            const int row = window->listPanel()->model()->rowOfId(firstId);
            QCOMPARE(window->listPanel()->model()->index(row, 0).data().toString(), title);

            select(window.get(), secondId);      // the window closes on the second resource
            pane->bodyEditor()->setFocus();
            QTest::keyClick(pane->bodyEditor(), Qt::Key_End, Qt::ControlModifier);
            typeInto(pane->bodyEditor(), u" — fin"_s);
            QVERIFY(window->close());            // saves
        }
        {
            auto window = makeWindow(m_library);  // restart
            QVERIFY(window);
            QCOMPARE(window->session()->resourceId(), secondId);   // last resource reopened
            ResourceEditorPane *pane = window->editorPane();
            QCOMPARE(plain(pane->bodyEditor()), u"Deuxième texte — fin"_s);
            select(window.get(), firstId);
            QCOMPARE(titleEdit(pane)->text(), title);
            QCOMPARE(plain(pane->summaryEditor()), summary);
            QCOMPARE(plain(pane->bodyEditor()), body);
            QCOMPARE(window->metadataPanel()->placeEdit()->text(), u"Lyon"_s);
            QVERIFY(window->metadataPanel()->privateCheck()->isChecked());
            QVERIFY(window->close());
        }
        QVERIFY(EditSession().pendingDrafts().isEmpty());
    }

    void autosaveWithoutSwitching()
    {
        auto window = makeWindow(m_library);
        QVERIFY(window);
        window->findChild<QAction *>(u"actionNewResource"_s)->trigger();
        const qint64 id = window->session()->resourceId();
        typeInto(window->editorPane()->bodyEditor(), u"Sauvegarde automatique"_s);
        QVERIFY(window->session()->isDirty());
        QTRY_VERIFY_WITH_TIMEOUT(!window->session()->isDirty(), 5000);
        QCOMPARE(window->savedLabel()->text(), u"Saved"_s);
        QVERIFY(window->repository()->loadResource(id)->bodyHtml.contains(u"Sauvegarde automatique"_s));
        QVERIFY(window->close());
    }

    void searchAndFilters()
    {
        auto window = makeWindow(m_library);
        QVERIFY(window);
        ResourceRepository *repo = window->repository();
        Resource a;
        a.title = u"Économie circulaire en Bretagne"_s;
        a.dateStart = a.dateEnd = QDate(2015, 6, 30);
        a.type = u"Rencontre"_s;
        repo->createResource(a);
        Resource b;
        b.title = u"Assemblée générale"_s;
        b.dateStart = b.dateEnd = QDate(2017, 3, 1);
        b.isPrivate = true;
        b.bodyHtml = u"<p>Compte rendu confidentiel.</p>"_s;
        repo->createResource(b);
        ResourceListPanel *list = window->listPanel();
        list->refreshChoices();
        list->refresh();
        const int all = list->model()->rowCount();
        QVERIFY(all >= 4);

        typeInto(list->searchEdit(), u"economie"_s);
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 2000);
        QCOMPARE(list->model()->index(0, 0).data().toString(), a.title);
        list->searchEdit()->clear();
        QTRY_COMPARE(list->model()->rowCount(), all);

        typeInto(list->searchEdit(), u"confidentiel"_s);   // words of the body
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 2000);
        list->searchEdit()->clear();

        list->visibilityFilter()->setCurrentIndex(list->visibilityFilter()->findData(1));
        for (int row = 0; row < list->model()->rowCount(); ++row)
            QVERIFY(list->model()->index(row, 0).data(ResourceListModel::PrivateRole).toBool());
        QVERIFY(list->model()->rowOfId(repo->findResource(b.title, b.dateStart).value()) >= 0);
        list->visibilityFilter()->setCurrentIndex(0);

        const int year = list->yearFilter()->findData(2015);
        QVERIFY(year > 0);
        list->yearFilter()->setCurrentIndex(year);
        QCOMPARE(list->model()->rowCount(), 1);
        list->yearFilter()->setCurrentIndex(0);
        list->typeFilter()->setCurrentIndex(list->typeFilter()->findData(u"Rencontre"_s));
        QCOMPARE(list->model()->rowCount(), 1);
        list->clearFilters();
        QCOMPARE(list->model()->rowCount(), all);

        // Keyboard: Ctrl+L puts the cursor in the search field.
        window->editorPane()->bodyEditor()->setFocus();
        QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(list->searchEdit()->hasFocus());
        QVERIFY(window->close());
    }

    void undoListChanges()
    {
        auto window = makeWindow(m_library);
        QVERIFY(window);
        ResourceListPanel *list = window->listPanel();
        QUndoStack *stack = window->listUndoStack();
        const int before = list->model()->rowCount();
        window->findChild<QAction *>(u"actionNewResource"_s)->trigger();
        const qint64 created = window->session()->resourceId();
        QCOMPARE(list->model()->rowCount(), before + 1);

        window->findChild<QAction *>(u"actionDuplicateResource"_s)->trigger();
        const qint64 duplicate = window->session()->resourceId();
        QVERIFY(duplicate != created);
        QCOMPARE(list->model()->rowCount(), before + 2);

        select(window.get(), created);
        list->view()->setFocus();
        {
            Prompts::ScriptedAnswers answers;
            answers.click(QMessageBox::Yes);
            window->findChild<QAction *>(u"actionDeleteResource"_s)->trigger();
            QCOMPARE(answers.asked().size(), 1);
            QCOMPARE(answers.asked().first().title, u"Delete"_s);
        }
        QCOMPARE(list->model()->rowOfId(created), -1);
        QVERIFY(!isLive(window->repository(), created));
        QVERIFY(isInTrash(window->repository(), created));
        QVERIFY(window->session()->resourceId() != created);

        list->view()->setFocus();     // not a text field: Undo goes to the list's stack
        window->findChild<QAction *>(u"actionUndo"_s)->trigger();
        QVERIFY(isLive(window->repository(), created));
        QVERIFY(list->model()->rowOfId(created) >= 0);
        QCOMPARE(window->session()->resourceId(), created);   // what came back is shown

        stack->undo();    // the duplicate goes to the trash
        QCOMPARE(list->model()->rowOfId(duplicate), -1);
        stack->undo();    // the creation too
        QCOMPARE(list->model()->rowOfId(created), -1);
        QCOMPARE(list->model()->rowCount(), before);
        QVERIFY(isInTrash(window->repository(), created));   // undone creations are kept in the trash
        stack->redo();
        QVERIFY(list->model()->rowOfId(created) >= 0);
        QVERIFY(window->close());
    }

    void readOnlyLibraryDisablesEditing()
    {
        auto window = makeWindow(m_library, openRo);
        QVERIFY(window);
        QVERIFY(window->repository()->isReadOnly());
        QVERIFY(window->readOnlyLabel()->isVisible());
        QVERIFY(!window->findChild<QAction *>(u"actionNewResource"_s)->isEnabled());
        QVERIFY(!window->findChild<QAction *>(u"actionDeleteResource"_s)->isEnabled());
        QVERIFY(!window->findChild<QAction *>(u"actionImport"_s)->isEnabled());
        QVERIFY(window->session()->hasResource());
        QVERIFY(window->editorPane()->bodyEditor()->isReadOnly());
        const QString before = plain(window->editorPane()->bodyEditor());
        typeInto(window->editorPane()->bodyEditor(), u"xyz"_s);
        QCOMPARE(plain(window->editorPane()->bodyEditor()), before);
        QVERIFY(!window->session()->isDirty());
        QVERIFY(window->close());
    }

    void externalChangesAppear()
    {
        auto window = makeWindow(m_library);
        QVERIFY(window);
        auto other = openRw(m_library);           // "another instance"
        Resource r;
        r.title = u"Créée ailleurs"_s;
        const qint64 id = other->createResource(r).id;
        QTRY_VERIFY_WITH_TIMEOUT(window->listPanel()->model()->rowOfId(id) >= 0, 5000);

        // The open resource changed elsewhere while not being edited: the new version shows.
        const qint64 open = window->session()->resourceId();
        QVERIFY(open);
        Resource theirs = *other->loadResource(open);
        theirs.bodyHtml = u"<p>Version d’une autre fenêtre</p>"_s;
        other->saveResource(theirs);
        QTRY_COMPARE_WITH_TIMEOUT(plain(window->editorPane()->bodyEditor()),
                                  u"Version d’une autre fenêtre"_s, 5000);
        QVERIFY(window->close());
    }

    // Trashed in another window while open and being typed in here: a notice says so, the
    // resource stays open, what is typed is kept with it, and it can be restored from there.
    void trashedElsewhereIsNoticed()
    {
        auto window = makeWindow(m_library);
        QVERIFY(window);
        window->findChild<QAction *>(u"actionNewResource"_s)->trigger();
        const qint64 id = window->session()->resourceId();
        window->editorPane()->titleEdit()->selectAll();
        typeInto(window->editorPane()->titleEdit(), u"Jeté ailleurs"_s);
        QVERIFY(window->session()->save());
        NoticeBar *notice = window->trashNotice();
        QVERIFY(notice);
        QVERIFY(!notice->isVisible());

        auto other = openRw(m_library);
        other->moveToTrash({id});
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 5000);
        QVERIFY2(notice->text().contains(u"Jeté ailleurs"_s)
                     && notice->text().contains(u"trash"_s), qPrintable(notice->text()));
        QCOMPARE(window->session()->resourceId(), id);        // still open here
        if (const QString dir = qEnvironmentVariable("ACTES_SCREENSHOT_DIR"); !dir.isEmpty())
            window->grab().save(QDir(dir).filePath(u"trashed-elsewhere.png"_s));
        QCOMPARE(window->editorPane()->titleEdit()->text(), u"Jeté ailleurs"_s);

        // Typing goes on: nothing is lost, it is kept with the resource in the trash.
        typeInto(window->editorPane()->bodyEditor(), u"encore du texte"_s);
        QVERIFY(window->session()->save());
        QVERIFY(other->loadResource(id)->bodyHtml.contains(u"encore du texte"_s));
        QVERIFY(isInTrash(other.get(), id));

        // Restore it: back in the library and in the list, the notice gone.
        notice->findChild<QPushButton *>(u"restoreTrashedButton"_s)->click();
        QVERIFY(isLive(other.get(), id));
        QVERIFY(!notice->isVisible());
        QVERIFY(window->listPanel()->model()->rowOfId(id) >= 0);
        QCOMPARE(window->session()->resourceId(), id);

        // Trashed again; "Close It" leaves it in the trash and shows something else.
        other->moveToTrash({id});
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 5000);
        notice->findChild<QPushButton *>(u"closeTrashedButton"_s)->click();
        QVERIFY(window->session()->resourceId() != id);
        QVERIFY(!notice->isVisible());
        QVERIFY(isInTrash(other.get(), id));
        QVERIFY(window->close());
    }

    // An empty library: nothing is selected, so the checks panel says how to see checks
    // instead of listing the problems of an empty resource.
    void checksWithoutResourceShowAHint()
    {
        auto window = makeWindow(m_dir.filePath(u"vide.actes"_s));
        QVERIFY(window);
        QCOMPARE(window->session()->resourceId(), 0);
        ChecksList *checks = window->metadataPanel()->checksList();
        QVERIFY(checks->problems().isEmpty());
        QVERIFY(!checks->listWidget()->isVisible());
        QVERIFY(checks->readyLabel()->isVisible());
        QVERIFY2(checks->readyLabel()->text().contains(u"Select a resource"_s),
                 qPrintable(checks->readyLabel()->text()));
        QVERIFY(checks->summaryLabel()->text().isEmpty());
        // With nothing selected the status badge names no status (it used to say "Draft").
        StatusControl *status = window->metadataPanel()->findChild<StatusControl *>();
        QVERIFY(status);
        QVERIFY(!status->hasResource());
        QCOMPARE(status->badge()->text(), u"—"_s);
        QVERIFY(!status->button()->isEnabled());
        if (const QString dir = qEnvironmentVariable("ACTES_SCREENSHOT_DIR"); !dir.isEmpty())
            window->grab().save(QDir(dir).filePath(u"no-resource.png"_s));
        // A new resource has its problems listed; after deleting it, the hint again.
        window->findChild<QAction *>(u"actionNewResource"_s)->trigger();
        QVERIFY(!checks->problems().isEmpty());
        QVERIFY(checks->listWidget()->isVisible());
        QCOMPARE(status->badge()->text(), statusLabel(Status::Draft));
        QVERIFY(status->button()->isEnabled());
        Prompts::ScriptedAnswers answers;
        answers.click(QMessageBox::Yes);
        window->findChild<QAction *>(u"actionDeleteResource"_s)->trigger();
        QCOMPARE(answers.asked().size(), 1);
        QTRY_COMPARE(window->session()->resourceId(), 0);
        QVERIFY(checks->problems().isEmpty());
        QVERIFY(checks->readyLabel()->text().contains(u"Select a resource"_s));
        QCOMPARE(status->badge()->text(), u"—"_s);
        QVERIFY(window->close());
    }

    void undoIsRoutedAndStaysWithItsResource()
    {
        auto window = makeWindow(m_library);
        QVERIFY(window);
        QUndoStack *stack = window->listUndoStack();
        QUndoStack *metadata = window->session()->document()->undoStack();
        window->findChild<QAction *>(u"actionNewResource"_s)->trigger();
        const qint64 first = window->session()->resourceId();
        QLineEdit *place = window->metadataPanel()->placeEdit();
        typeInto(place, u"Nantes"_s);
        QTest::keyClick(place, Qt::Key_Tab);
        QCOMPARE(stack->count(), 1);      // the creation
        QCOMPARE(metadata->count(), 1);   // the place

        // In the body, Undo undoes the typing, not a stack.
        const int index = stack->index();
        const int metadataIndex = metadata->index();
        RichTextEditor *body = window->editorPane()->bodyEditor();
        typeInto(body, u"abc"_s);
        window->findChild<QAction *>(u"actionUndo"_s)->trigger();
        QVERIFY(!plain(body).contains(u"abc"_s));
        QCOMPARE(stack->index(), index);
        QCOMPARE(metadata->index(), metadataIndex);
        QCOMPARE(place->text(), u"Nantes"_s);

        // Another resource: the first one's metadata commands no longer apply to what is shown.
        window->findChild<QAction *>(u"actionNewResource"_s)->trigger();
        const qint64 second = window->session()->resourceId();
        QVERIFY(second != first);
        window->listPanel()->view()->setFocus();
        window->findChild<QAction *>(u"actionUndo"_s)->trigger();   // undoes the creation
        QVERIFY(!isLive(window->repository(), second));
        QVERIFY(window->session()->resourceId() != second);
        select(window.get(), first);
        window->listPanel()->view()->setFocus();
        stack->undo();                  // the place command was dropped: this undoes the first creation
        QCOMPARE(window->repository()->loadResource(first)->place, u"Nantes"_s);
        QVERIFY(window->close());
    }

    // Edit ▸ Undo works on the undo group: after a metadata edit, with the focus in the
    // metadata panel, it undoes the edit of the open resource (the document's stack); from the
    // list, the last list command, even though a metadata edit came after it.
    void undoGroupUndoesTheRightThing()
    {
        auto window = makeWindow(m_library);
        QVERIFY(window);
        QAction *undo = window->findChild<QAction *>(u"actionUndo"_s);
        QAction *redo = window->findChild<QAction *>(u"actionRedo"_s);
        ResourceDocument *document = window->session()->document();
        window->findChild<QAction *>(u"actionNewResource"_s)->trigger();
        const qint64 created = window->session()->resourceId();
        QLineEdit *place = window->metadataPanel()->placeEdit();
        typeInto(place, u"Saint-Étienne"_s);
        QCOMPARE(document->place(), u"Saint-Étienne"_s);

        // The focus is in the metadata panel: the open document's stack.
        QCOMPARE(window->undoGroup()->activeStack(), document->undoStack());
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->text(), u"&Undo Change place"_s);
        undo->trigger();
        QVERIFY(place->text().isEmpty());
        QVERIFY(document->place().isEmpty());
        QVERIFY(isLive(window->repository(), created));
        QVERIFY(window->session()->save());
        QVERIFY(window->repository()->loadResource(created)->place.isEmpty());
        QCOMPARE(redo->text(), u"&Redo Change place"_s);
        redo->trigger();
        QCOMPARE(place->text(), u"Saint-Étienne"_s);
        QVERIFY(window->session()->save());

        // From the list: the list's stack; the creation is undone, not the place.
        window->listPanel()->view()->setFocus();
        QCOMPARE(window->undoGroup()->activeStack(), window->listUndoStack());
        QVERIFY(undo->text().startsWith(u"&Undo New resource"_s));
        undo->trigger();
        QVERIFY(!isLive(window->repository(), created));
        QVERIFY(isInTrash(window->repository(), created));
        QCOMPARE(window->repository()->loadResource(created)->place, u"Saint-Étienne"_s);
        redo->trigger();
        QVERIFY(isLive(window->repository(), created));
        QCOMPARE(window->session()->resourceId(), created);

        // Ctrl+Z in a metadata field right after a list command: the field's edit is undone.
        typeInto(place, u" (Loire)"_s);
        QTest::keyClick(place, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(place->text(), u"Saint-Étienne"_s);
        QVERIFY(isLive(window->repository(), created));
        QVERIFY(window->close());
    }

    void conflictAsksTheUser()
    {
        auto window = makeWindow(m_library);
        QVERIFY(window);
        window->findChild<QAction *>(u"actionNewResource"_s)->trigger();
        const qint64 id = window->session()->resourceId();
        window->session()->save();
        auto other = openRw(m_library);
        Resource theirs = *other->loadResource(id);
        theirs.bodyHtml = u"<p>leur version</p>"_s;
        other->saveResource(theirs);

        typeInto(window->editorPane()->bodyEditor(), u"ma version"_s);
        bool dialogSeen = false;
        answerDialog(u"conflictDialog"_s, u"keepBoth"_s, &dialogSeen);
        QVERIFY(!window->session()->save());       // the conflict is reported, then resolved
        QTRY_VERIFY_WITH_TIMEOUT(!window->session()->isConflictPending(), 5000);
        QVERIFY(dialogSeen);
        QCOMPARE(other->loadResource(id)->bodyHtml, u"<p>leur version</p>"_s);
        const qint64 mine = window->session()->resourceId();
        QVERIFY(mine != id);
        QVERIFY(other->loadResource(mine)->bodyHtml.contains(u"ma version"_s));
        QVERIFY(window->listPanel()->model()->rowOfId(mine) >= 0);
        QVERIFY(window->close());
    }

    void draftRecoveredAfterCrash()
    {
        qint64 id = 0;
        {
            auto window = makeWindow(m_library);
            QVERIFY(window);
            window->findChild<QAction *>(u"actionNewResource"_s)->trigger();
            id = window->session()->resourceId();
            window->session()->setDelays(60000, 60000, 100);
            typeInto(window->editorPane()->bodyEditor(), u"perdu ? non"_s);
            QTRY_VERIFY(window->session()->journal().exists(id));
            // Crash: the window goes away without closing (no save).
        }
        QVERIFY(!openRw(m_library)->loadResource(id)->bodyHtml.contains(u"perdu"_s));

        auto window = std::make_unique<MainWindow>(openRw);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        bool dialogSeen = false;
        answerDialog(u"draftRecoveryDialog"_s, u"restoreDrafts"_s, &dialogSeen);
        window->setRepository(openRw(m_library));
        QTRY_VERIFY_WITH_TIMEOUT(window->repository()->loadResource(id)->bodyHtml.contains(u"perdu ? non"_s),
                                 5000);
        QVERIFY(dialogSeen);
        QCOMPARE(window->session()->resourceId(), id);
        QVERIFY(plain(window->editorPane()->bodyEditor()).contains(u"perdu ? non"_s));
        QVERIFY(window->session()->pendingDrafts().isEmpty());
        QVERIFY(window->close());
    }

    void screenshot()
    {
        const QString path = qEnvironmentVariable("ACTES_SCREENSHOT");
        if (path.isEmpty())
            QSKIP("set ACTES_SCREENSHOT=file.png to grab the window");
        QTemporaryDir dir;
        const QString library = dir.filePath(u"capture.actes"_s);
        {
            auto repo = openRw(library);
            const QStringList titles{
                u"Retours sur le séminaire PTCE des 3 et 4 mai 2016"_s,
                u"Rencontre nationale des élus de l’ESS à Grenoble"_s,
                u"Journée « Commande publique responsable »"_s,
                u"Atelier : financer l’innovation sociale"_s,
                u"Assemblée générale 2017"_s,
                u"Les coopératives d’activité et d’emploi"_s,
                u"Université d’été de l’économie sociale et solidaire"_s,
                u"Webinaire : tiers-lieux et territoires"_s,
            };
            const QStringList types{u"Séminaire"_s, u"Rencontre"_s,
                                    u"Journée d’étude"_s, u"Atelier"_s};
            for (int i = 0; i < titles.size(); ++i) {
                Resource r;
                r.title = titles.at(i);
                r.type = types.at(i % types.size());
                r.dateStart = QDate(2016, 5, 3).addDays(-47 * i);
                r.dateEnd = r.dateStart.addDays(i % 3 == 0 ? 1 : 0);
                r.isPrivate = i == 4;
                r.place = u"Lyon"_s;
                r.attendance = 110;
                r.summaryHtml = u"<p>Le séminaire consacré au rôle des collectivités dans les dynamiques de "
                                               "Pôles Territoriaux de Coopération Économique a réuni plus de 110 "
                                               "participants.</p>"_s;
                r.bodyHtml = u"<h2>Une dynamique qui se confirme</h2><p>Concept relativement récent inscrit dans la loi sur "
                    "l’ESS de 2014, la dynamique des PTCE se confirme : on estime qu’il y a plus d’une centaine de "
                    "PTCE en France.</p><ul><li>étude menée auprès de 50 pôles ;</li><li>75 % soutenus par des "
                    "collectivités.</li></ul><p>Après 3 ans de recul, les principaux constats mettent en évidence "
                    "que la consolidation d’une telle dynamique est un processus long.</p>"_s;
                r.participants = {Participant{0, u"Marie Dupont"_s, u"Vice-présidente"_s,
                                              u"Région Auvergne-Rhône-Alpes"_s, u"Intervenante"_s}};
                r.partners = {Partner{0, u"Le Labo de l’ESS"_s, u"Co-organisateur"_s}};
                repo->createResource(r);
            }
        }
        auto window = makeWindow(library);
        QVERIFY(window);
        select(window.get(), window->listPanel()->model()->idAt(0));
        window->editorPane()->bodyEditor()->setFocus();
        QTest::qWait(100);
        QVERIFY(window->grab().save(path));
        qInfo("screenshot saved to %s", qPrintable(path));
        QVERIFY(window->close());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
