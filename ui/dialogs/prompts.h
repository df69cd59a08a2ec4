#pragma once

#include <QList>
#include <QMap>
#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QDialog;
class QWidget;

namespace Actes {

// The one way the interface asks the user something or tells them something in a modal box:
// questions (QMessageBox with buttons), a line of text or a choice (QInputDialog), a message
// (information or warning), and the modal dialogs that ask for an answer (the comment of a status
// change, the import report). Every such prompt of ui/ goes through here, so that a test answers
// them with one ScriptedAnswers instead of a hook per class.
class Prompts
{
public:
    enum class Kind { Question, Text, Choice, Information, Warning, Dialog };

    // A question box. `buttonTexts` renames standard buttons ("Restore" instead of Yes);
    // `checkBoxText` adds a check box ("Do not ask again"), whose state is returned in Reply.
    struct Question
    {
        QString title;
        QString text;
        QString informativeText;
        QMessageBox::Icon icon = QMessageBox::Question;
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No;
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
        QMap<QMessageBox::StandardButton, QString> buttonTexts;
        QString checkBoxText;
        QString objectName;
    };
    struct Reply
    {
        QMessageBox::StandardButton button = QMessageBox::NoButton;
        bool checked = false;
    };

    // What was asked (recorded by ScriptedAnswers).
    struct Prompt
    {
        Kind kind = Kind::Question;
        QString title;
        QString text;
        QMessageBox::StandardButtons buttons;   // questions
        QStringList items;                      // choices
    };

    // A question: the button clicked (the escape button when the box is closed).
    static Reply ask(QWidget *parent, const Question &question);
    // The common case: a question box with standard buttons; the button clicked.
    static QMessageBox::StandardButton confirm(QWidget *parent, const QString &title, const QString &text,
                                               QMessageBox::StandardButtons buttons,
                                               QMessageBox::StandardButton defaultButton,
                                               QMessageBox::Icon icon = QMessageBox::Question);
    // A line of text (QInputDialog::getText); nothing when cancelled.
    static std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                          const QString &text = QString());
    // A text asked by a dialog of its own (`show` runs it); nothing when cancelled.
    static std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                          const std::function<std::optional<QString>()> &show);
    // One of `items` (QInputDialog::getItem, not editable); its index, nothing when cancelled.
    static std::optional<int> choose(QWidget *parent, const QString &title, const QString &label,
                                     const QStringList &items, int current = 0);
    static void inform(QWidget *parent, const QString &title, const QString &text);
    static void warn(QWidget *parent, const QString &title, const QString &text);
    // Runs a modal dialog (dialog.exec()); its result (QDialog::Accepted or Rejected).
    static int exec(QDialog &dialog);

    // For tests: while one exists, no box is shown. Each prompt takes the next answer of the
    // queue (in order) and is recorded in asked(). A prompt with no answer left, or whose answer
    // is of another kind, is unexpected: it is recorded, reported to the failure handler (by
    // default qFatal, so the test cannot go on as if nothing happened) and answered as cancelled.
    // Answers left over when it is destroyed are reported the same way.
    class ScriptedAnswers
    {
    public:
        using FailureHandler = std::function<void(const QString &message)>;

        ScriptedAnswers();
        ~ScriptedAnswers();
        ScriptedAnswers(const ScriptedAnswers &) = delete;
        ScriptedAnswers &operator=(const ScriptedAnswers &) = delete;

        // A question: click `button` (and tick the check box when `checked`).
        ScriptedAnswers &click(QMessageBox::StandardButton button, bool checked = false);
        // A text prompt: type `text`, or cancel with std::nullopt.
        ScriptedAnswers &type(std::optional<QString> text);
        // A choice: pick the item at `index`, or cancel with std::nullopt.
        ScriptedAnswers &pick(std::optional<int> index);
        // A message (information or warning): close it.
        ScriptedAnswers &acknowledge();
        // A modal dialog: accept or reject it without showing it.
        ScriptedAnswers &finish(bool accepted);

        const QList<Prompt> &asked() const { return m_asked; }
        int pending() const { return int(m_answers.size()); }
        QStringList unexpected() const { return m_unexpected; }
        void setFailureHandler(FailureHandler handler) { m_onFailure = std::move(handler); }

    private:
        friend class Prompts;
        struct Answer
        {
            Kind kind;
            Reply reply;
            std::optional<QString> text;
            std::optional<int> index;
            bool accepted = false;
        };
        std::optional<Answer> take(const Prompt &prompt, std::initializer_list<Kind> kinds);

        QList<Answer> m_answers;
        QList<Prompt> m_asked;
        QStringList m_unexpected;
        FailureHandler m_onFailure;
        ScriptedAnswers *m_previous = nullptr;
    };

    static QString kindName(Kind kind);

private:
    static ScriptedAnswers *s_scripted;
};

} // namespace Actes
