#pragma once

#include "domain/revision.h"
#include "domain/statuschange.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace Actes {

class CompareDialog;
class Library;
class ResourceRepository;

// The history of one resource, for a dock: its revisions, newest first (number, date and time,
// author, what changed, status, an "approved" mark), and its status changes with their
// comments. Select two revisions and Compare (one: compare it with the current version);
// "Changes since last approved" compares the last approved revision with the current version;
// "Restore this revision…" asks, then emits restoreRequested() (the window restores it).
class HistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)
public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    void setRepository(ResourceRepository *repository);
    // Follows the library: re-reads when the shown resource is saved, restored or changes
    // status, here or elsewhere.
    void setLibrary(Library *library);
    // The resource shown; 0 = none. Refreshes.
    void setResourceId(qint64 id);
    qint64 resourceId() const { return m_resourceId; }
    // Re-reads revisions and status changes (after a save, a status change, a restore).
    void refresh();

    // What "the current version" is in comparisons: by default the stored resource; the
    // window may give the content being edited (unsaved changes included).
    void setCurrentContentProvider(std::function<std::optional<Resource>()> provider);

    QList<RevisionInfo> revisions() const { return m_revisions; }
    QList<StatusChange> statusChanges() const { return m_statusChanges; }
    // Selects the revisions with these ids (others unselected).
    void selectRevisions(const QList<qint64> &revisionIds);
    QList<RevisionInfo> selectedRevisions() const;

    // The actions of the buttons.
    void compareSelected();
    void compareSinceApproved();
    void restoreSelected();

    QListWidget *revisionList() const { return m_revisionList; }
    QListWidget *statusList() const { return m_statusList; }
    QPushButton *compareButton() const { return m_compareButton; }
    QPushButton *sinceApprovedButton() const { return m_sinceApprovedButton; }
    QPushButton *restoreButton() const { return m_restoreButton; }
    // The comparison window last opened (it stays open beside the editor), if still open.
    CompareDialog *compareDialog() const { return m_compareDialog; }

signals:
    void restoreRequested(qint64 revisionId);
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    // Asked (through Prompts) before restoreRequested() is emitted.
    bool confirmRestore(const RevisionInfo &revision);
    void fillLists();
    QString revisionCaption(const RevisionInfo &revision) const;
    QString dateTimeText(const QDateTime &utc) const;
    std::optional<Resource> currentContent() const;
    void openComparison(const Resource &older, const Resource &newer, const QString &olderCaption,
                        const QString &newerCaption);
    void showError(const QString &message);

    ResourceRepository *m_repository = nullptr;
    qint64 m_resourceId = 0;
    QList<RevisionInfo> m_revisions;
    QList<StatusChange> m_statusChanges;
    std::optional<qint64> m_lastApproved;
    QHash<QString, QString> m_memberNames;   // login -> display name
    std::function<std::optional<Resource>()> m_currentProvider;

    QLabel *m_revisionsTitle = nullptr;
    QLabel *m_statusTitle = nullptr;
    QLabel *m_message = nullptr;
    QListWidget *m_revisionList = nullptr;
    QListWidget *m_statusList = nullptr;
    QPushButton *m_compareButton = nullptr;
    QPushButton *m_sinceApprovedButton = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QPointer<CompareDialog> m_compareDialog;
};

} // namespace Actes
