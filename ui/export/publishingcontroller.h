#pragma once

#include "settings/settings.h"

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Actes {

class ActionRegistry;
class ResourceListPanel;
class ResourceRepository;

// What the window publishes: the proceedings (PDF export, print preview, print) and the export
// for the website. Owned by the window, which gives it its action registry, the list (what is
// selected or shown) and a way to save the open resource first; the window puts the actions in
// its menus and tells it which library is open.
class PublishingController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishingController)
public:
    // `saveFirst` saves the open resource before anything is read; false stops the command.
    PublishingController(QWidget *window, ActionRegistry *actions, ResourceListPanel *list,
                         std::function<bool()> saveFirst);

    // The open library (nullptr: none); the actions are enabled when there is one.
    void setRepository(ResourceRepository *repository);
    // The website export, then the proceedings commands, at the end of the File menu.
    void addToMenu(QMenu *fileMenu);
    void retranslate();

    // Two or more rows selected: those. Otherwise every resource the list shows (current filter).
    QList<qint64> proceedingsIds() const;
    void exportProceedings();
    void printPreview();
    void print();
    void exportForWebsite();

    QAction *exportPdfAction() const { return m_exportPdfAction; }
    QAction *printPreviewAction() const { return m_printPreviewAction; }
    QAction *printAction() const { return m_printAction; }
    QAction *siteExportAction() const { return m_siteExportAction; }

private:
    QWidget *m_window = nullptr;
    ResourceListPanel *m_list = nullptr;
    std::function<bool()> m_saveFirst;
    Settings &m_settings = Settings::shared();
    ResourceRepository *m_repository = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_printPreviewAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_siteExportAction = nullptr;
};

} // namespace Actes
