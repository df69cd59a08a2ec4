#pragma once

#include "domain/member.h"
#include "domain/resource.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QToolButton;

namespace Actes {

// The workflow status of the resource shown: a coloured badge and a "Change status…" button
// whose menu lists the statuses the workflow allows (StatusService::allowedTargets). A target
// that is refused now (blocking problems before Approved / Published) is disabled, and the
// reasons are shown in the menu. Choosing a target asks for an optional comment, then emits
// statusChangeRequested(): the window performs the change through StatusService.
class StatusControl final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusControl)
public:
    // Why the resource cannot be given this status now (StatusService::refusalReasons).
    using ReasonsProvider = std::function<QStringList(Status to)>;

    explicit StatusControl(QWidget *parent = nullptr);

    void setStatus(Status status);
    // No resource is open: the badge shows a dash, not a status, and the menu is disabled.
    void setNoResource();
    bool hasResource() const { return m_hasResource; }
    Status status() const { return m_status; }
    void setResourceTitle(const QString &title) { m_title = title; }
    void setReasonsProvider(ReasonsProvider provider);
    // The members a submission for review may name (the dialog offers them, and "Anyone").
    using ReviewersProvider = std::function<QList<Member>()>;
    void setReviewersProvider(ReviewersProvider provider) { m_reviewers = std::move(provider); }
    void setReadOnly(bool readOnly);
    // The role of the member working (a personal library: Admin): a target that needs another
    // role is disabled, its tooltip says which role (Permissions::statusRefusal).
    void setMemberRole(MemberRole role);
    MemberRole memberRole() const { return m_role; }

    // Rebuilds the menu for the current status and reasons (also done each time it opens).
    void updateMenu();
    // The menu entry of a target, nullptr when the workflow does not offer it.
    QAction *actionFor(Status to) const { return m_actions.value(int(to)); }
    // Asks for the comment (StatusDialog::ask) and emits statusChangeRequested() (nothing when refused or cancelled).
    void requestChange(Status to);

    QLabel *badge() const { return m_badge; }
    QToolButton *button() const { return m_button; }
    QMenu *menu() const { return m_menu; }

signals:
    // reviewer: a submission for review names this login; empty = anyone (or another status).
    void statusChangeRequested(Actes::Status to, const QString &comment, const QString &reviewer);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showStatus();

    Status m_status = Status::Draft;
    QString m_title;
    bool m_readOnly = false;
    MemberRole m_role = MemberRole::Admin;
    bool m_hasResource = true;
    ReasonsProvider m_reasons;
    ReviewersProvider m_reviewers;
    QLabel *m_badge = nullptr;
    QToolButton *m_button = nullptr;
    QMenu *m_menu = nullptr;
    QHash<int, QAction *> m_actions;
};

} // namespace Actes
