// Review comments in the window: Ctrl+Alt+M on a selection asks for the comment and shows it in
// the Comments panel; the commented words are highlighted (an extra selection, not in the
// stored text) and stay highlighted as text is typed before them; a saved edit stores where
// the anchor went; resolving removes the blocking check; deleting the words detaches the
// comment. A screenshot of the editor with the panel when ACTES_SCREENSHOT_DIR is set.
#include "dialogs/prompts.h"
#include "editor/resourceeditorpane.h"
#include "editor/richtexteditor.h"
#include "list/resourcelistpanel.h"
#include "mainwindow.h"
#include "metadata/metadatapanel.h"
#include "review/commentcontroller.h"
#include "review/commentspanel.h"
#include "session/editsession.h"
#include "storage/sqliterepository.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>

using namespace Actes;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<ResourceRepository> openRw(const QString &path)
{
    return SqliteRepository::open(path, OpenMode::ReadWrite);
}

// The words under the editor's comment highlights.
QStringList highlighted(const RichTextEditor *editor)
{
    QStringList words;
    for (const QTextEdit::ExtraSelection &s : editor->extraSelections())
        words.append(s.cursor.selectedText());
    return words;
}

bool hasCommentProblem(const MetadataPanel *panel)
{
    const QList<Problem> problems = panel->problems();
    return std::any_of(problems.cbegin(), problems.cend(), [](const Problem &p) {
        return p.field == u"comments"_s && p.level == Problem::Blocking;
    });
}

} // namespace

class TestCommentsUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void commentFollowsTheTextAndBlocksUntilResolved()
    {
        const QString path = m_dir.filePath(u"commentaires.actes"_s);
        qint64 id = 0;
        {
            auto repo = openRw(path);
            Resource r;
            r.title = u"Rencontre régionale des PTCE"_s;
            r.summaryHtml = u"<p>Une journée d’échanges entre pôles territoriaux.</p>"_s;
            r.bodyHtml = u"<p>Les structures de l’ESS se sont réunies à Lyon le 12 mai.</p>"
                         u"<p>Les ateliers ont porté sur les circuits courts.</p>"_s;
            id = repo->createResource(r).id;
        }
        Prompts::ScriptedAnswers answers;
        auto window = std::make_unique<MainWindow>(openRw);
        window->setDraftRecoveryEnabled(false);
        window->resize(1366, 768);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->setRepository(openRw(path));
        window->listPanel()->selectResource(id);
        QTRY_COMPARE(window->session()->resourceId(), id);

        RichTextEditor *body = window->editorPane()->bodyEditor();
        CommentController *comments = window->comments();
        QDockWidget *dock = comments->dock();
        QCOMPARE(dock->objectName(), u"commentsDock"_s);
        QVERIFY(!hasCommentProblem(window->metadataPanel()));

        // Select "réunies à Lyon" and press Ctrl+Alt+M.
        body->setFocus();
        QTRY_VERIFY(body->hasFocus());
        const QString plain = body->toPlainText();
        const int start = int(plain.indexOf(u"réunies à Lyon"_s));
        QTextCursor cursor(body->document());
        cursor.setPosition(start);
        cursor.setPosition(start + 14, QTextCursor::KeepAnchor);
        body->setTextCursor(cursor);
        answers.type(u"Quelle salle ?"_s);
        QTest::keyClick(body, Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(answers.pending(), 0);
        QCOMPARE(answers.asked().size(), 1);
        QVERIFY2(answers.asked().first().text.contains(u"réunies à Lyon"_s), qPrintable(answers.asked().first().text));

        // Shown in the panel, highlighted in the body, blocking approval.
        QTRY_VERIFY(dock->isVisible());
        QListWidget *list = comments->panel()->list();
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains(u"réunies à Lyon"_s) && list->item(0)->text().contains(u"Quelle salle ?"_s),
                 qPrintable(list->item(0)->text()));
        QCOMPARE(highlighted(body), QStringList{u"réunies à Lyon"_s});
        QTRY_VERIFY(hasCommentProblem(window->metadataPanel()));
        // The highlight is not part of the text that is stored.
        QVERIFY(!body->cleanHtml().contains(u"background"_s));

        // Typing before the commented words keeps the highlight on them.
        cursor.setPosition(0);
        body->setTextCursor(cursor);
        QTest::keyClicks(body, u"Hier, "_s);
        QCOMPARE(highlighted(body), QStringList{u"réunies à Lyon"_s});
        cursor.movePosition(QTextCursor::End);
        body->setTextCursor(cursor);
        QTest::keyClicks(body, u" Fin."_s);
        QCOMPARE(highlighted(body), QStringList{u"réunies à Lyon"_s});
        // Saved: the anchor moved with the text, in the library too.
        QVERIFY(window->session()->save());
        QTRY_COMPARE(window->session()->isDirty(), false);
        {
            auto other = openRw(path);
            const CommentAnchor stored = other->comments(id).first().anchor;
            QCOMPARE(stored.start, start + 6);
            QCOMPARE(stored.quote, u"réunies à Lyon"_s);
        }

        if (const QByteArray dir = qgetenv("ACTES_SCREENSHOT_DIR"); !dir.isEmpty()) {
            comments->panel()->selectThread(comments->comments().first().id);
            QApplication::processEvents();
            QVERIFY(window->grab().save(QString::fromLocal8Bit(dir) + u"/comments.png"_s));
        }

        // Jumping to the text selects it.
        cursor.setPosition(0);
        body->setTextCursor(cursor);
        comments->panel()->findChild<QPushButton *>(u"commentJumpButton"_s)->click();
        QCOMPARE(body->textCursor().selectedText(), u"réunies à Lyon"_s);

        // A reply, then resolving: no more blocking check, no more highlight.
        comments->panel()->replyEdit()->setText(u"La salle du conseil."_s);
        comments->panel()->findChild<QPushButton *>(u"commentReplyButton"_s)->click();
        QVERIFY2(list->item(0)->text().contains(u"La salle du conseil."_s), qPrintable(list->item(0)->text()));
        QPushButton *resolve = comments->panel()->findChild<QPushButton *>(u"commentResolveButton"_s);
        resolve->click();
        QTRY_VERIFY(!hasCommentProblem(window->metadataPanel()));
        QVERIFY(highlighted(body).isEmpty());
        QVERIFY2(list->item(0)->text().contains(u"Resolved by"_s), qPrintable(list->item(0)->text()));
        // Reopened: blocking again.
        resolve->click();
        QTRY_VERIFY(hasCommentProblem(window->metadataPanel()));

        // Deleting the words: the comment stays, detached, with its quote.
        comments->jumpTo(comments->comments().first().id);
        body->textCursor().removeSelectedText();
        QVERIFY(highlighted(body).isEmpty());
        QVERIFY(comments->comments().first().anchor.detached);
        QVERIFY(window->session()->save());
        QTRY_VERIFY(list->item(0)->text().contains(u"text was deleted"_s));
        QVERIFY(list->item(0)->text().contains(u"réunies à Lyon"_s));
        {
            auto other = openRw(path);
            QVERIFY(other->comments(id).first().anchor.detached);
        }
        QVERIFY(window->close());
    }
};

QTEST_MAIN(TestCommentsUi)
#include "tst_commentsui.moc"
