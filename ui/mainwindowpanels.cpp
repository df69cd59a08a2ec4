// MainWindow: the side panels. The details (metadata, checks, status), the history and any
// other dock added to the right area share one column as tabs: at 1366×768, with every panel
// open, the text keeps at least 70 characters a line. Each panel can be closed, floated, or
// moved below the text; the arrangement is saved with the window (saveLayout()).
#include "mainwindow.h"

#include "metadata/metadatapanel.h"

#include <QAction>
#include <QDockWidget>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace Actes {

void MainWindow::createSidePanels()
{
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks
                   | QMainWindow::GroupedDragging);
    setTabPosition(Qt::RightDockWidgetArea, QTabWidget::North);
    setTabPosition(Qt::BottomDockWidgetArea, QTabWidget::North);
    // The right column takes the height; the bottom area stays under the list and the text.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);

    m_detailsDock = new QDockWidget(this);
    m_detailsDock->setObjectName(u"detailsDock"_s);
    m_detailsDock->setWidget(m_metadata);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
}

// Called once every dock exists, before the saved arrangement is restored: the docks of the
// right area become tabs of the details' column (the details in front), whatever added them.
void MainWindow::arrangeSidePanels()
{
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly);
    for (QDockWidget *dock : docks) {
        dock->setAllowedAreas(Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea | Qt::LeftDockWidgetArea);
        dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                          | QDockWidget::DockWidgetFloatable);
        // Opened from a menu or a shortcut, a panel comes to the front of its tabs.
        connect(dock->toggleViewAction(), &QAction::triggered, dock, [dock](bool on) {
            if (on)
                dock->raise();
        });
        if (dock == m_detailsDock || dockWidgetArea(dock) != Qt::RightDockWidgetArea || dock->isFloating())
            continue;
        tabifyDockWidget(m_detailsDock, dock);
    }
    m_detailsDock->raise();
    resizeDocks({m_detailsDock}, {SidePanelWidth}, Qt::Horizontal);
}

} // namespace Actes
