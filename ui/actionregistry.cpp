#include "actionregistry.h"

#include <QAction>

namespace Actes {

ActionRegistry::ActionRegistry(QObject *parent) : QObject(parent)
{
}

QAction *ActionRegistry::add(const QString &name, const QKeySequence &shortcut)
{
    auto *action = new QAction(this);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return add(name, action);
}

QAction *ActionRegistry::add(const QString &name, QAction *action)
{
    Q_ASSERT_X(!m_actions.contains(name), "ActionRegistry::add", "an action name is defined once");
    action->setObjectName(name);
    m_actions.insert(name, action);
    m_order.append(name);
    return action;
}

QAction *ActionRegistry::action(const QString &name) const
{
    return m_actions.value(name);
}

bool ActionRegistry::trigger(const QString &name) const
{
    QAction *a = action(name);
    if (!a || !a->isEnabled())
        return false;
    a->trigger();
    return true;
}

} // namespace Actes
