#include "dialogs/prompts.h"

#include <QCheckBox>
#include <QDialog>
#include <QInputDialog>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Actes {

Prompts::ScriptedAnswers *Prompts::s_scripted = nullptr;

namespace {

// The button a box answers when it is closed without a choice.
QMessageBox::StandardButton escapeButton(QMessageBox::StandardButtons buttons)
{
    for (QMessageBox::StandardButton b : {QMessageBox::Cancel, QMessageBox::No, QMessageBox::Close, QMessageBox::Abort}) {
        if (buttons.testFlag(b))
            return b;
    }
    return QMessageBox::NoButton;
}

QString describe(const Prompts::Prompt &prompt)
{
    return u"%1 “%2”: %3"_s.arg(Prompts::kindName(prompt.kind), prompt.title, prompt.text);
}

} // namespace

QString Prompts::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Question: return u"question"_s;
    case Kind::Text: return u"text prompt"_s;
    case Kind::Choice: return u"choice"_s;
    case Kind::Information: return u"information"_s;
    case Kind::Warning: return u"warning"_s;
    case Kind::Dialog: return u"dialog"_s;
    }
    return QString();
}

Prompts::Reply Prompts::ask(QWidget *parent, const Question &question)
{
    if (s_scripted) {
        const Prompt prompt{Kind::Question, question.title, question.text, question.buttons, {}};
        const auto answer = s_scripted->take(prompt, {Kind::Question});
        if (!answer)
            return Reply{escapeButton(question.buttons), false};
        if (!question.buttons.testFlag(answer->reply.button)) {
            s_scripted->m_unexpected << u"the scripted button is not offered by the %1"_s
                                            .arg(describe(prompt));
            if (s_scripted->m_onFailure)
                s_scripted->m_onFailure(s_scripted->m_unexpected.last());
            return Reply{escapeButton(question.buttons), false};
        }
        return Reply{answer->reply.button, answer->reply.checked && !question.checkBoxText.isEmpty()};
    }
    QMessageBox box(question.icon, question.title, question.text, question.buttons, parent);
    if (!question.objectName.isEmpty())
        box.setObjectName(question.objectName);
    if (!question.informativeText.isEmpty())
        box.setInformativeText(question.informativeText);
    if (question.defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(question.defaultButton);
    for (auto it = question.buttonTexts.cbegin(); it != question.buttonTexts.cend(); ++it) {
        if (QAbstractButton *button = box.button(it.key()))
            button->setText(it.value());
    }
    QCheckBox *check = nullptr;
    if (!question.checkBoxText.isEmpty()) {
        check = new QCheckBox(question.checkBoxText, &box);
        box.setCheckBox(check);
    }
    const auto clicked = QMessageBox::StandardButton(box.exec());
    return Reply{clicked == QMessageBox::NoButton ? escapeButton(question.buttons) : clicked,
                 check && check->isChecked()};
}

QMessageBox::StandardButton Prompts::confirm(QWidget *parent, const QString &title, const QString &text,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton, QMessageBox::Icon icon)
{
    Question question;
    question.title = title;
    question.text = text;
    question.icon = icon;
    question.buttons = buttons;
    question.defaultButton = defaultButton;
    return ask(parent, question).button;
}

std::optional<QString> Prompts::askText(QWidget *parent, const QString &title, const QString &label,
                                        const QString &text)
{
    return askText(parent, title, label, [&]() -> std::optional<QString> {
        bool ok = false;
        const QString typed = QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
        return ok ? std::optional<QString>(typed) : std::nullopt;
    });
}

std::optional<QString> Prompts::askText(QWidget *, const QString &title, const QString &label,
                                        const std::function<std::optional<QString>()> &show)
{
    if (s_scripted) {
        const auto answer = s_scripted->take(Prompt{Kind::Text, title, label, {}, {}}, {Kind::Text});
        return answer ? answer->text : std::nullopt;
    }
    return show();
}

std::optional<int> Prompts::choose(QWidget *parent, const QString &title, const QString &label,
                                   const QStringList &items, int current)
{
    if (s_scripted) {
        const Prompt prompt{Kind::Choice, title, label, {}, items};
        const auto answer = s_scripted->take(prompt, {Kind::Choice});
        if (!answer || !answer->index)
            return std::nullopt;
        if (*answer->index < 0 || *answer->index >= items.size()) {
            s_scripted->m_unexpected << u"the scripted item %1 is not offered by the %2"_s
                                            .arg(*answer->index).arg(describe(prompt));
            if (s_scripted->m_onFailure)
                s_scripted->m_onFailure(s_scripted->m_unexpected.last());
            return std::nullopt;
        }
        return answer->index;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, title, label, items, current, false, &ok);
    if (!ok)
        return std::nullopt;
    const qsizetype index = items.indexOf(chosen);
    return index >= 0 ? std::optional<int>(int(index)) : std::nullopt;
}

void Prompts::inform(QWidget *parent, const QString &title, const QString &text)
{
    if (s_scripted) {
        s_scripted->take(Prompt{Kind::Information, title, text, QMessageBox::Ok, {}}, {Kind::Information});
        return;
    }
    QMessageBox::information(parent, title, text);
}

void Prompts::warn(QWidget *parent, const QString &title, const QString &text)
{
    if (s_scripted) {
        s_scripted->take(Prompt{Kind::Warning, title, text, QMessageBox::Ok, {}}, {Kind::Information});
        return;
    }
    QMessageBox::warning(parent, title, text);
}

int Prompts::exec(QDialog &dialog)
{
    if (s_scripted) {
        const auto answer = s_scripted->take(Prompt{Kind::Dialog, dialog.windowTitle(), QString(), {}, {}},
                                             {Kind::Dialog});
        const int result = answer && answer->accepted ? QDialog::Accepted : QDialog::Rejected;
        dialog.done(result);
        return result;
    }
    return dialog.exec();
}

// --- ScriptedAnswers -----------------------------------------------------------------------

Prompts::ScriptedAnswers::ScriptedAnswers()
    : m_onFailure([](const QString &message) { qFatal("Prompts::ScriptedAnswers: %s", qPrintable(message)); })
    , m_previous(Prompts::s_scripted)
{
    Prompts::s_scripted = this;
}

Prompts::ScriptedAnswers::~ScriptedAnswers()
{
    Prompts::s_scripted = m_previous;
    if (!m_answers.isEmpty() && m_onFailure) {
        m_onFailure(u"%1 scripted answer(s) were not used; the first was for a %2"_s
                        .arg(m_answers.size())
                        .arg(kindName(m_answers.first().kind)));
    }
}

Prompts::ScriptedAnswers &Prompts::ScriptedAnswers::click(QMessageBox::StandardButton button, bool checked)
{
    m_answers.append(Answer{Kind::Question, Reply{button, checked}, std::nullopt, std::nullopt, false});
    return *this;
}

Prompts::ScriptedAnswers &Prompts::ScriptedAnswers::type(std::optional<QString> text)
{
    m_answers.append(Answer{Kind::Text, {}, std::move(text), std::nullopt, false});
    return *this;
}

Prompts::ScriptedAnswers &Prompts::ScriptedAnswers::pick(std::optional<int> index)
{
    m_answers.append(Answer{Kind::Choice, {}, std::nullopt, index, false});
    return *this;
}

Prompts::ScriptedAnswers &Prompts::ScriptedAnswers::acknowledge()
{
    m_answers.append(Answer{Kind::Information, {}, std::nullopt, std::nullopt, false});
    return *this;
}

Prompts::ScriptedAnswers &Prompts::ScriptedAnswers::finish(bool accepted)
{
    m_answers.append(Answer{Kind::Dialog, {}, std::nullopt, std::nullopt, accepted});
    return *this;
}

std::optional<Prompts::ScriptedAnswers::Answer> Prompts::ScriptedAnswers::take(const Prompt &prompt,
                                                                               std::initializer_list<Kind> kinds)
{
    m_asked.append(prompt);
    QString problem;
    if (m_answers.isEmpty())
        problem = u"unexpected %1 (no scripted answer left)"_s.arg(describe(prompt));
    else if (std::find(kinds.begin(), kinds.end(), m_answers.first().kind) == kinds.end())
        problem = u"unexpected %1 (the next scripted answer is for a %2)"_s
                      .arg(describe(prompt), kindName(m_answers.first().kind));
    if (!problem.isEmpty()) {
        m_unexpected << problem;
        if (m_onFailure)
            m_onFailure(problem);
        return std::nullopt;
    }
    return m_answers.takeFirst();
}

} // namespace Actes
