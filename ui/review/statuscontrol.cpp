#include "review/statuscontrol.h"

#include "review/permissions.h"
#include "review/reviewstyle.h"
#include "review/statusdialog.h"
#include "review/statusservice.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace Actes {

StatusControl::StatusControl(QWidget *parent)
    : QWidget(parent)
{
    m_badge = new QLabel(this);
    m_badge->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_badge->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);

    m_menu = new QMenu(this);
    m_menu->setToolTipsVisible(true);
    connect(m_menu, &QMenu::aboutToShow, this, &StatusControl::updateMenu);

    m_button = new QToolButton(this);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_button->setMenu(m_menu);
    m_button->setFocusPolicy(Qt::StrongFocus);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_badge);
    layout->addWidget(m_button);
    layout->addStretch();

    retranslateUi();
    showStatus();
}

void StatusControl::setStatus(Status status)
{
    m_status = status;
    m_hasResource = true;
    m_button->setEnabled(!m_readOnly);
    showStatus();
}

void StatusControl::setNoResource()
{
    m_hasResource = false;
    m_status = Status::Draft;
    m_title.clear();
    m_button->setEnabled(false);
    showStatus();
}

void StatusControl::setReasonsProvider(ReasonsProvider provider)
{
    m_reasons = std::move(provider);
}

void StatusControl::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_button->setEnabled(!readOnly && m_hasResource);
}

void StatusControl::setMemberRole(MemberRole role)
{
    m_role = role;
    updateMenu();
}

void StatusControl::showStatus()
{
    if (!m_hasResource) {
        m_badge->setText(u"—"_s);
        m_badge->setStyleSheet(QString());
        m_badge->setAccessibleName(tr("Status: no resource selected"));
        updateMenu();
        return;
    }
    m_badge->setText(statusLabel(m_status));
    m_badge->setStyleSheet(ReviewStyle::statusBadgeStyleSheet(m_status));
    m_badge->setAccessibleName(tr("Status: %1").arg(statusLabel(m_status)));
    updateMenu();
}

void StatusControl::updateMenu()
{
    m_menu->clear();
    m_actions.clear();
    if (!m_hasResource)
        return;
    m_menu->addSection(tr("Change the status to"));
    QStringList blockedLines;
    for (Status to : StatusService::allowedTargets(m_status)) {
        const QStringList reasons = m_reasons ? m_reasons(to) : QStringList();
        QAction *action = m_menu->addAction(ReviewStyle::statusIcon(to), statusLabel(to));
        m_actions.insert(int(to), action);
        if (!roleAtLeast(m_role, Permissions::neededForStatus(m_status, to))) {
            action->setEnabled(false);
            action->setToolTip(Permissions::statusRefusal(to, m_role));
        } else if (reasons.isEmpty()) {
            action->setToolTip(tr("Mark the resource %1.").arg(statusLabel(to)));
            connect(action, &QAction::triggered, this, [this, to] { requestChange(to); });
        } else {
            action->setEnabled(false);
            action->setText(tr("%1 (blocked)", "status name").arg(statusLabel(to)));
            action->setToolTip(reasons.join(u'\n'));
            if (blockedLines.isEmpty()) {
                for (const QString &reason : reasons)
                    blockedLines << reason.toHtmlEscaped();
            }
        }
    }
    if (!blockedLines.isEmpty()) {
        m_menu->addSeparator();
        auto *label = new QLabel(m_menu);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setMaximumWidth(340);
        label->setContentsMargins(10, 4, 10, 6);
        // The entry is disabled (not a command), its text stays readable.
        QPalette palette = label->palette();
        palette.setColor(QPalette::Disabled, QPalette::WindowText, palette.color(QPalette::Active, QPalette::WindowText));
        palette.setColor(QPalette::Disabled, QPalette::Text, palette.color(QPalette::Active, QPalette::Text));
        label->setPalette(palette);
        label->setText(tr("<b>Not ready to approve:</b><ul style=\"margin-left:-24px\"><li>%1</li></ul>")
                           .arg(blockedLines.join(u"</li><li>"_s)));
        auto *info = new QWidgetAction(m_menu);
        info->setDefaultWidget(label);
        info->setEnabled(false);
        m_menu->addAction(info);
    }
}

void StatusControl::requestChange(Status to)
{
    if (m_readOnly || to == m_status || !StatusService::isAllowedTransition(m_status, to))
        return;
    if (m_reasons && !m_reasons(to).isEmpty())
        return;
    if (!roleAtLeast(m_role, Permissions::neededForStatus(m_status, to)))
        return;
    QString reviewer;
    const bool namesReviewer = to == Status::InReview && m_reviewers;
    const std::optional<QString> comment = StatusDialog::ask(m_title, m_status, to, window(),
                                                             namesReviewer ? m_reviewers() : QList<Member>(),
                                                             namesReviewer ? &reviewer : nullptr);
    if (!comment)
        return;
    emit statusChangeRequested(to, *comment, reviewer);
}

void StatusControl::retranslateUi()
{
    m_button->setText(tr("Change status…"));
    m_button->setAccessibleName(tr("Change status"));
    m_button->setToolTip(tr("Move the resource along the review workflow: Draft, In review, Approved, "
                            "Published, Archived."));
    m_badge->setToolTip(tr("Where the resource is in the review workflow."));
    showStatus();
}

void StatusControl::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showStatus();
    }
    QWidget::changeEvent(event);
}

} // namespace Actes
