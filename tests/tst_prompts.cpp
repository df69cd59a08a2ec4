// The one seam for prompts (ui/dialogs/prompts.h): without a script it shows the real boxes;
// with Prompts::ScriptedAnswers every prompt takes the next answer, is recorded, and a prompt
// nobody scripted is reported instead of blocking the test.

#include "dialogs/prompts.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Actes;
using namespace Qt::StringLiterals;

class TestPrompts : public QObject
{
    Q_OBJECT

    // Runs `act` on the modal box as soon as it shows (it runs its own event loop).
    void whenModal(std::function<void(QWidget *)> act, bool *seen)
    {
        *seen = false;
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [=] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible())
                return;
            timer->stop();
            timer->deleteLater();
            *seen = true;
            act(modal);
        });
        timer->start();
    }

private slots:
    void answersInOrderAndRecordsWhatWasAsked()
    {
        QWidget parent;
        Prompts::ScriptedAnswers answers;
        answers.click(QMessageBox::Discard).type(u"Karim"_s).pick(1).acknowledge().acknowledge().finish(true);

        QCOMPARE(Prompts::confirm(&parent, u"Empty Trash"_s, u"Delete for good?"_s,
                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel),
                 QMessageBox::Discard);
        QCOMPARE(Prompts::askText(&parent, u"New Person"_s, u"Name:"_s), std::optional<QString>(u"Karim"_s));
        QCOMPARE(Prompts::choose(&parent, u"Merge"_s, u"Keep which entry?"_s, {u"A"_s, u"B"_s, u"C"_s}),
                 std::optional<int>(1));
        Prompts::inform(&parent, u"Nothing to Print"_s, u"No resource is selected."_s);
        Prompts::warn(&parent, u"Trash"_s, u"The library is read-only."_s);
        QDialog dialog(&parent);
        dialog.setWindowTitle(u"Import Report"_s);
        QCOMPARE(Prompts::exec(dialog), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());   // answered without being shown
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QCOMPARE(answers.pending(), 0);
        QVERIFY(answers.unexpected().isEmpty());
        const QList<Prompts::Prompt> asked = answers.asked();
        QCOMPARE(asked.size(), 6);
        QCOMPARE(asked.at(0).kind, Prompts::Kind::Question);
        QCOMPARE(asked.at(0).title, u"Empty Trash"_s);
        QCOMPARE(asked.at(0).text, u"Delete for good?"_s);
        QCOMPARE(asked.at(0).buttons, QMessageBox::Discard | QMessageBox::Cancel);
        QCOMPARE(asked.at(1).kind, Prompts::Kind::Text);
        QCOMPARE(asked.at(1).text, u"Name:"_s);
        QCOMPARE(asked.at(2).kind, Prompts::Kind::Choice);
        QCOMPARE(asked.at(2).items, QStringList({u"A"_s, u"B"_s, u"C"_s}));
        QCOMPARE(asked.at(3).kind, Prompts::Kind::Information);
        QCOMPARE(asked.at(4).kind, Prompts::Kind::Warning);
        QCOMPARE(asked.at(4).text, u"The library is read-only."_s);
        QCOMPARE(asked.at(5).kind, Prompts::Kind::Dialog);
        QCOMPARE(asked.at(5).title, u"Import Report"_s);
    }

    void cancelledAnswers()
    {
        Prompts::ScriptedAnswers answers;
        answers.type(std::nullopt).pick(std::nullopt).finish(false);
        QCOMPARE(Prompts::askText(nullptr, u"New Person"_s, u"Name:"_s), std::nullopt);
        QCOMPARE(Prompts::choose(nullptr, u"Merge"_s, u"Keep?"_s, {u"A"_s}), std::nullopt);
        QDialog dialog;
        QCOMPARE(Prompts::exec(dialog), int(QDialog::Rejected));
        // A custom text dialog is not run when scripted.
        bool shown = false;
        answers.type(u"Relu"_s);
        QCOMPARE(Prompts::askText(nullptr, u"Change status"_s, u"Change?"_s,
                                  [&]() -> std::optional<QString> { shown = true; return u"typed"_s; }),
                 std::optional<QString>(u"Relu"_s));
        QCOMPARE(answers.unexpected().size(), 0);
        QVERIFY(!shown);
    }

    void checkBoxStateOnlyWhenOffered()
    {
        Prompts::ScriptedAnswers answers;
        answers.click(QMessageBox::Yes, true).click(QMessageBox::Yes, true);
        Prompts::Question question;
        question.title = u"Import"_s;
        question.text = u"Apply French typography rules?"_s;
        question.checkBoxText = u"Do not ask again"_s;
        Prompts::Reply reply = Prompts::ask(nullptr, question);
        QCOMPARE(reply.button, QMessageBox::Yes);
        QVERIFY(reply.checked);
        question.checkBoxText.clear();
        reply = Prompts::ask(nullptr, question);
        QCOMPARE(reply.button, QMessageBox::Yes);
        QVERIFY(!reply.checked);
    }

    void unexpectedPromptIsReported()
    {
        Prompts::ScriptedAnswers answers;
        QStringList failures;
        answers.setFailureHandler([&](const QString &message) { failures << message; });

        // Nothing scripted: reported, answered as cancelled (the escape button), recorded.
        QCOMPARE(Prompts::confirm(nullptr, u"Delete"_s, u"Move “Atelier” to the trash?"_s,
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes),
                 QMessageBox::Cancel);
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.at(0).contains(u"Move “Atelier” to the trash?"_s), qPrintable(failures.at(0)));
        QCOMPARE(answers.asked().size(), 1);

        // An answer of another kind: reported, and the answer stays for the prompt it was for.
        answers.type(u"Karim"_s);
        QCOMPARE(Prompts::confirm(nullptr, u"Delete"_s, u"Move?"_s, QMessageBox::Yes | QMessageBox::No,
                                  QMessageBox::Yes),
                 QMessageBox::No);
        QCOMPARE(failures.size(), 2);
        QVERIFY2(failures.at(1).contains(u"text prompt"_s), qPrintable(failures.at(1)));
        QCOMPARE(answers.pending(), 1);
        QCOMPARE(Prompts::askText(nullptr, u"New Person"_s, u"Name:"_s), std::optional<QString>(u"Karim"_s));

        // A button the box does not offer.
        answers.click(QMessageBox::Discard);
        QCOMPARE(Prompts::confirm(nullptr, u"Delete"_s, u"Move?"_s, QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Yes),
                 QMessageBox::Cancel);
        QCOMPARE(failures.size(), 3);
        // An item the choice does not offer.
        answers.pick(5);
        QCOMPARE(Prompts::choose(nullptr, u"Merge"_s, u"Keep?"_s, {u"A"_s, u"B"_s}), std::nullopt);
        QCOMPARE(failures.size(), 4);
        QCOMPARE(answers.unexpected(), failures);
        // A message with no answer left is reported too.
        Prompts::warn(nullptr, u"Trash"_s, u"Read-only."_s);
        QCOMPARE(failures.size(), 5);
    }

    void leftoverAnswersAreReported()
    {
        QStringList failures;
        {
            Prompts::ScriptedAnswers answers;
            answers.setFailureHandler([&](const QString &message) { failures << message; });
            answers.click(QMessageBox::Yes).type(u"x"_s);
        }
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.at(0).contains(u"2 scripted answer"_s), qPrintable(failures.at(0)));
    }

    void innerScriptTakesOverThenGivesBack()
    {
        Prompts::ScriptedAnswers outer;
        outer.click(QMessageBox::No);
        {
            Prompts::ScriptedAnswers inner;
            inner.click(QMessageBox::Yes);
            QCOMPARE(Prompts::confirm(nullptr, u"A"_s, u"a?"_s, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes),
                     QMessageBox::Yes);
            QCOMPARE(inner.asked().size(), 1);
        }
        QCOMPARE(Prompts::confirm(nullptr, u"B"_s, u"b?"_s, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes),
                 QMessageBox::No);
        QCOMPARE(outer.asked().size(), 1);
        QCOMPARE(outer.asked().first().title, u"B"_s);
    }

    // Without a script the user sees the real box: renamed button, informative text, check box.
    void realQuestionBox()
    {
        Prompts::Question question;
        question.title = u"Restore a revision"_s;
        question.text = u"Restore revision 1?"_s;
        question.informativeText = u"The current version is kept in the history."_s;
        question.buttons = QMessageBox::Yes | QMessageBox::Cancel;
        question.defaultButton = QMessageBox::Cancel;
        question.buttonTexts.insert(QMessageBox::Yes, u"Restore"_s);
        question.checkBoxText = u"Do not ask again"_s;
        question.objectName = u"restoreQuestion"_s;
        bool seen = false;
        QString objectName, informative, yesText, checkText;
        QPushButton *defaultButton = nullptr;
        QAbstractButton *cancel = nullptr;
        whenModal([&](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            QVERIFY(box);
            objectName = box->objectName();
            informative = box->informativeText();
            yesText = box->button(QMessageBox::Yes)->text();
            checkText = box->checkBox() ? box->checkBox()->text() : QString();
            defaultButton = box->defaultButton();
            cancel = box->button(QMessageBox::Cancel);
            box->checkBox()->setChecked(true);
            if (const QString dir = qEnvironmentVariable("ACTES_SCREENSHOT_DIR"); !dir.isEmpty())
                box->grab().save(dir + u"/prompt-question.png"_s);
            box->button(QMessageBox::Yes)->click();
        }, &seen);
        const Prompts::Reply reply = Prompts::ask(nullptr, question);
        QVERIFY(seen);
        QCOMPARE(objectName, u"restoreQuestion"_s);
        QCOMPARE(informative, question.informativeText);
        QCOMPARE(yesText, u"Restore"_s);
        QCOMPARE(checkText, u"Do not ask again"_s);
        QCOMPARE(static_cast<QAbstractButton *>(defaultButton), cancel);
        QCOMPARE(reply.button, QMessageBox::Yes);
        QVERIFY(reply.checked);

        // Closed with Escape: the escape button.
        whenModal([](QWidget *w) { QTest::keyClick(w, Qt::Key_Escape); }, &seen);
        QCOMPARE(Prompts::confirm(nullptr, u"Delete"_s, u"Move?"_s, QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Yes),
                 QMessageBox::Cancel);
        QVERIFY(seen);
    }

    void realTextAndChoiceDialogs()
    {
        bool seen = false;
        whenModal([](QWidget *w) {
            auto *dialog = qobject_cast<QInputDialog *>(w);
            QVERIFY(dialog);
            dialog->setTextValue(u"Claire"_s);
            dialog->accept();
        }, &seen);
        QCOMPARE(Prompts::askText(nullptr, u"New Person"_s, u"Name:"_s), std::optional<QString>(u"Claire"_s));
        QVERIFY(seen);

        whenModal([](QWidget *w) { qobject_cast<QDialog *>(w)->reject(); }, &seen);
        QCOMPARE(Prompts::askText(nullptr, u"New Person"_s, u"Name:"_s), std::nullopt);
        QVERIFY(seen);

        whenModal([](QWidget *w) {
            auto *dialog = qobject_cast<QInputDialog *>(w);
            QVERIFY(dialog);
            dialog->setTextValue(u"C"_s);
            dialog->accept();
        }, &seen);
        QCOMPARE(Prompts::choose(nullptr, u"Merge"_s, u"Keep?"_s, {u"A"_s, u"B"_s, u"C"_s}), std::optional<int>(2));
        QVERIFY(seen);
    }
};

QTEST_MAIN(TestPrompts)
#include "tst_prompts.moc"
