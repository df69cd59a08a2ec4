#pragma once

#include <QHash>
#include <QKeySequence>
#include <QObject>
#include <QStringList>

class QAction;

namespace Actes {

// The window's commands, each defined once under a stable name ("actionNewResource") and
// looked up by that name: menus, toolbars and tests use the same QAction. The name is
// also the action's objectName.
class ActionRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionRegistry)
public:
    explicit ActionRegistry(QObject *parent = nullptr);

    // Creates the action called name (owned by the registry); a name is defined only once.
    QAction *add(const QString &name, const QKeySequence &shortcut = {});
    // Registers an action made elsewhere (a dock's toggle action...) under its name.
    QAction *add(const QString &name, QAction *action);
    // nullptr when no action has that name.
    QAction *action(const QString &name) const;
    // Triggers the action called name when it is enabled; returns whether it ran.
    bool trigger(const QString &name) const;
    QStringList names() const { return m_order; }

private:
    QHash<QString, QAction *> m_actions;
    QStringList m_order;
};

} // namespace Actes
