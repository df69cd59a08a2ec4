#pragma once

#include "domain/resource.h"
#include "storage/resourcerepository.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace Actes {

class Library;
class ResourceListModel;

// The left panel: a search field (results as you type), the "To review" view (what waits in
// review for this member or for anyone, with its count), filters (type, status, visibility,
// year), the table of resources and a count. Emits currentResourceChanged when the user
// moves in the list; the window decides whether the switch happens (selectResource puts the
// current row back when it does not).
class ResourceListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceListPanel)
public:
    explicit ResourceListPanel(QWidget *parent = nullptr);
    ~ResourceListPanel() override;

    void setRepository(ResourceRepository *repository);
    // Follows the library's announcements: rows, choices and the current row stay true to
    // what is stored, whoever changed it. The library's repository is set by setRepository.
    void setLibrary(Library *library);
    // After the open resource left the list elsewhere and the user let it go: moves to a
    // neighbour (as after a deletion here).
    void leaveMissingResource();

    // Reloads the rows with the current filters; selects focusId when given (clearing the
    // filters if they hide it), else keeps the current resource.
    void refresh(qint64 focusId = 0);
    // Reloads the type and year choices (after an import, an external change...).
    void refreshChoices();
    void updateSummary(const ResourceSummary &summary);

    // Makes id the current row without emitting currentResourceChanged.
    // Clears the search and filters when they hide it. Returns false when it is not listed.
    bool selectResource(qint64 id);
    qint64 currentResourceId() const;
    QList<qint64> selectedResourceIds() const;
    void clearFilters();

    void focusSearch();
    void focusList();

    ResourceListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *typeFilter() const { return m_type; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *visibilityFilter() const { return m_visibility; }
    QComboBox *yearFilter() const { return m_year; }
    // Checked: only the review queue of the current member (ResourceFilter::reviewQueueFor).
    // Its text carries the size of the queue, kept up to date from the library's signals.
    QToolButton *toReviewButton() const { return m_toReview; }
    int reviewQueueCount() const { return m_queueCount; }

    static constexpr int searchDelayMs = 150;

signals:
    void currentResourceChanged(qint64 id);
    void activated(qint64 id);                     // Enter or double-click: go to the editor
    void loadFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyFilters();
    void onResourcesChanged(const QList<qint64> &ids);
    void onExternalChange();
    void resetFilterWidgets();             // without signals
    ResourceFilter currentFilter() const;
    void onCurrentRowChanged();
    void updateCount();
    void updateQueueCount();
    void retranslate();
    void setCurrentRow(int row);

    ResourceRepository *m_repository = nullptr;
    Library *m_library = nullptr;
    ResourceListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_visibility = nullptr;
    QComboBox *m_year = nullptr;
    QToolButton *m_toReview = nullptr;
    QString m_me;                          // currentMember().login of the repository
    int m_queueCount = 0;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_searchTimer = nullptr;
    qint64 m_currentId = 0;
    bool m_silent = false;
};

} // namespace Actes
