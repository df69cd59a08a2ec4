// MainWindow: the side panels. The details (metadata, checks, status), the history and any
// other dock added to the right area share one column as tabs: at 1366×768, with every panel
// open, the text keeps at least 70 characters a line. Each panel can be closed, floated, or
// moved below the text; the arrangement is saved with the window (saveLayout()).
#include "mainwindow.h"

#include "attachments/attachmentlist.h"
#include "attachments/attachmentspanel.h"
#include "library/library.h"
#include "metadata/metadatapanel.h"
#include "session/editsession.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
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

// The documents attached to the open resource: a dock tabbed beside the details, shown by
// default (its title counts them); Resource ▸ Documents (Ctrl+Shift+D) brings it to the front
// with the keyboard in its list.
void MainWindow::createAttachmentsDock()
{
    m_attachments = new AttachmentsPanel(this);
    m_attachments->setDocument(m_session->document());
    m_attachments->setLibrary(m_library);
    connect(m_attachments, &AttachmentsPanel::message, this, &MainWindow::showMessage);
    m_attachmentsDock = new QDockWidget(this);
    m_attachmentsDock->setObjectName(u"attachmentsDock"_s);
    m_attachmentsDock->setWidget(m_attachments);
    m_attachmentsDock->setWindowTitle(m_attachments->title());
    connect(m_attachments, &AttachmentsPanel::titleChanged, m_attachmentsDock, &QDockWidget::setWindowTitle);
    addDockWidget(Qt::RightDockWidgetArea, m_attachmentsDock);

    auto *show = new QAction(this);
    show->setObjectName(u"actionShowAttachments"_s);
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    show->setText(tr("&Documents"));
    connect(show, &QAction::triggered, this, [this] {
        m_attachmentsDock->show();
        m_attachmentsDock->raise();
        m_attachments->list()->setFocus();
    });
    addAction(show);
    m_resourceMenu->addAction(show);
    m_viewMenu->addAction(m_attachmentsDock->toggleViewAction());
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
