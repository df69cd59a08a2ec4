#include "list/resourcelistpanel.h"

#include "library/library.h"
#include "models/resourcelistmodel.h"
#include "storage/libraryerror.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes {

ResourceListPanel::ResourceListPanel(QWidget *parent)
    : QWidget(parent),
      m_model(new ResourceListModel(this)),
      m_search(new QLineEdit(this)),
      m_type(new QComboBox(this)),
      m_status(new QComboBox(this)),
      m_visibility(new QComboBox(this)),
      m_year(new QComboBox(this)),
      m_toReview(new QToolButton(this)),
      m_view(new QTableView(this)),
      m_count(new QLabel(this)),
      m_searchTimer(new QTimer(this))
{
    setObjectName(u"resourceListPanel"_s);
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setClearButtonEnabled(true);
    m_type->setObjectName(u"typeFilter"_s);
    m_status->setObjectName(u"statusFilter"_s);
    m_visibility->setObjectName(u"visibilityFilter"_s);
    m_year->setObjectName(u"yearFilter"_s);
    m_toReview->setObjectName(u"toReviewButton"_s);
    m_toReview->setCheckable(true);
    m_toReview->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_view->setObjectName(u"resourceList"_s);
    m_count->setObjectName(u"resourceCount"_s);

    for (QComboBox *combo : {m_type, m_status, m_visibility, m_year}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
    }

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ResourceListModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(ResourceListModel::DateColumn, fontMetrics().horizontalAdvance(u"28 et 29 décembre 2015"_s) + 16);
    header->resizeSection(ResourceListModel::TypeColumn, fontMetrics().horizontalAdvance(u"Séminaire__"_s) + 16);
    header->resizeSection(ResourceListModel::StatusColumn, fontMetrics().horizontalAdvance(u"Published__"_s) + 16);
    header->setSectionHidden(ResourceListModel::StatusColumn, true);   // the header's menu shows them
    header->setSectionHidden(ResourceListModel::TypeColumn, true);
    header->setSortIndicator(ResourceListModel::DateColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu(this);
        for (int col = 0; col < m_model->columnCount(); ++col) {
            if (col == ResourceListModel::TitleColumn)
                continue;
            QAction *action = menu.addAction(m_model->headerData(col, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(col));
            connect(action, &QAction::toggled, header, [header, col](bool on) { header->setSectionHidden(col, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())      // the clear button: at once
            applyFilters();
    });
    connect(m_searchTimer, &QTimer::timeout, this, &ResourceListPanel::applyFilters);
    for (QComboBox *combo : {m_type, m_status, m_visibility, m_year})
        connect(combo, &QComboBox::currentIndexChanged, this, &ResourceListPanel::applyFilters);
    connect(m_toReview, &QToolButton::toggled, this, &ResourceListPanel::applyFilters);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResourceListPanel::onCurrentRowChanged);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        emit activated(m_model->idAt(index.row()));
    });
    connect(m_model, &ResourceListModel::loadFailed, this, &ResourceListPanel::loadFailed);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResourceListPanel::updateCount);

    m_search->installEventFilter(this);
    m_view->installEventFilter(this);

    auto *filters = new QGridLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->setHorizontalSpacing(6);
    filters->setVerticalSpacing(4);
    filters->addWidget(m_type, 0, 0);
    filters->addWidget(m_status, 0, 1);
    filters->addWidget(m_visibility, 1, 0);
    filters->addWidget(m_year, 1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->setSpacing(6);
    auto *searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(0, 0, 0, 0);
    searchRow->setSpacing(6);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_toReview);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    setTabOrder(m_search, m_toReview);
    setTabOrder(m_toReview, m_type);
    setTabOrder(m_type, m_status);
    setTabOrder(m_status, m_visibility);
    setTabOrder(m_visibility, m_year);
    setTabOrder(m_year, m_view);

    retranslate();
}

ResourceListPanel::~ResourceListPanel() = default;

void ResourceListPanel::retranslate()
{
    m_search->setPlaceholderText(tr("Search titles and texts (Ctrl+L)"));
    m_search->setToolTip(tr("Results appear as you type. Accents and case do not matter."));
    m_search->setAccessibleName(tr("Search resources"));
    m_type->setToolTip(tr("Show only one type of resource"));
    m_type->setAccessibleName(tr("Type filter"));
    m_status->setToolTip(tr("Show only one status"));
    m_status->setAccessibleName(tr("Status filter"));
    m_visibility->setToolTip(tr("Show public or private resources only"));
    m_visibility->setAccessibleName(tr("Visibility filter"));
    m_year->setToolTip(tr("Show only the events of one year"));
    m_year->setAccessibleName(tr("Year filter"));
    m_view->setAccessibleName(tr("Resources"));
    m_toReview->setToolTip(tr("Show only what waits in review for you (you were named as reviewer) or for "
                              "anyone"));
    m_toReview->setAccessibleName(tr("To review"));
    m_view->setToolTip(QString());

    const QSignalBlocker blockStatus(m_status);
    const QSignalBlocker blockVisibility(m_visibility);
    const QSignalBlocker blockType(m_type);
    const QSignalBlocker blockYear(m_year);
    const int status = m_status->currentIndex();
    m_status->clear();
    m_status->addItem(tr("All statuses"), -1);
    for (Status s : {Status::Draft, Status::InReview, Status::Approved, Status::Published, Status::Archived})
        m_status->addItem(statusLabel(s), int(s));
    m_status->setCurrentIndex(std::max(0, status));

    const int visibility = m_visibility->currentIndex();
    m_visibility->clear();
    m_visibility->addItem(tr("Public and private"), -1);
    m_visibility->addItem(tr("Public only"), 0);
    m_visibility->addItem(tr("Private only"), 1);
    m_visibility->setCurrentIndex(std::max(0, visibility));

    if (m_type->count() == 0)
        m_type->addItem(tr("All types"), QString());
    else
        m_type->setItemText(0, tr("All types"));
    if (m_year->count() == 0)
        m_year->addItem(tr("All years"), 0);
    else
        m_year->setItemText(0, tr("All years"));
    updateCount();
    updateQueueCount();
}

void ResourceListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ResourceListPanel::setRepository(ResourceRepository *repository)
{
    m_repository = repository;
    m_currentId = 0;
    m_me.clear();
    if (m_repository) {
        try {
            m_me = m_repository->currentMember().login;
        } catch (const LibraryError &error) {
            emit loadFailed(error.message());
        }
    }
    updateQueueCount();
    refreshChoices();
    m_silent = true;
    m_model->setRepository(repository);
    m_silent = false;
}

void ResourceListPanel::setLibrary(Library *library)
{
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
    m_library = library;
    if (!m_library)
        return;
    connect(m_library, &Library::resourcesChanged, this, &ResourceListPanel::onResourcesChanged);
    connect(m_library, &Library::resourceRemoved, this, [this] { refresh(); });
    // A status change is followed by resourcesChanged(id), which updates its row in place;
    // only a status filter may take the row away (or bring it in).
    connect(m_library, &Library::statusChanged, this, [this] {
        if (m_status->currentData().toInt() >= 0)
            refresh(m_currentId);
    });
    connect(m_library, &Library::directoryChanged, this, &ResourceListPanel::refreshChoices);
    connect(m_library, &Library::externalChange, this, &ResourceListPanel::onExternalChange);
    // The size of the review queue follows every change, here or by another connection.
    connect(m_library, &Library::resourcesChanged, this, &ResourceListPanel::updateQueueCount);
    connect(m_library, &Library::resourceRemoved, this, &ResourceListPanel::updateQueueCount);
    connect(m_library, &Library::statusChanged, this, &ResourceListPanel::updateQueueCount);
    connect(m_library, &Library::externalChange, this, &ResourceListPanel::updateQueueCount);
}

void ResourceListPanel::onResourcesChanged(const QList<qint64> &ids)
{
    if (!m_repository)
        return;
    // Saved resources that are listed change in place (no reload while typing); anything
    // else (created, restored, many) reloads the rows and the choices.
    bool inPlace = !ids.isEmpty();
    for (qint64 id : ids)
        inPlace = inPlace && m_model->rowOfId(id) >= 0;
    if (inPlace) {
        try {
            ResourceFilter filter;
            filter.ids = ids;
            const QList<ResourceSummary> summaries = m_repository->listResources(filter);
            if (summaries.size() == ids.size()) {
                for (const ResourceSummary &summary : summaries)
                    m_model->updateSummary(summary);
                return;
            }
        } catch (const LibraryError &error) {
            emit loadFailed(error.message());
            return;
        }
    }
    // Content changes never take the current row away (a resource saved in the trash stays).
    refreshChoices();
    refresh(m_currentId);
}

void ResourceListPanel::onExternalChange()
{
    refreshChoices();
    // Trashed elsewhere, the open resource stays current here (the window offers to restore
    // it); purged elsewhere, the list moves to a neighbour.
    bool gone = false;
    if (m_currentId && m_repository) {
        try {
            gone = m_repository->storedVersion(m_currentId) == 0;
        } catch (const LibraryError &) {
        }
    }
    refresh(gone ? 0 : m_currentId);
}

void ResourceListPanel::leaveMissingResource()
{
    refresh();
}

void ResourceListPanel::refreshChoices()
{
    const QSignalBlocker blockType(m_type);
    const QSignalBlocker blockYear(m_year);
    const QString type = m_type->currentData().toString();
    const int year = m_year->currentData().toInt();
    while (m_type->count() > 1)
        m_type->removeItem(1);
    while (m_year->count() > 1)
        m_year->removeItem(1);
    if (!m_repository)
        return;
    try {
        QStringList types = m_repository->resourceTypes();
        types.sort(Qt::CaseInsensitive);
        for (const QString &t : std::as_const(types))
            m_type->addItem(t, t);
        // A few index seeks, not a listing of the whole library.
        const QList<int> years = m_repository->eventYears();
        for (int y : years)
            m_year->addItem(QString::number(y), y);
    } catch (const LibraryError &error) {
        emit loadFailed(error.message());
    }
    m_type->setCurrentIndex(std::max(0, m_type->findData(type)));
    m_year->setCurrentIndex(std::max(0, m_year->findData(year)));
}

ResourceFilter ResourceListPanel::currentFilter() const
{
    ResourceFilter filter;
    filter.searchText = m_search->text().trimmed();
    filter.type = m_type->currentData().toString();
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        filter.status = Status(status);
    const int visibility = m_visibility->currentData().toInt();
    if (visibility >= 0)
        filter.isPrivate = visibility == 1;
    filter.year = m_year->currentData().toInt();
    if (m_toReview->isChecked())
        filter.reviewQueueFor = m_me;
    return filter;
}

void ResourceListPanel::applyFilters()
{
    m_searchTimer->stop();
    m_silent = true;
    m_model->setFilter(currentFilter());
    m_silent = false;
    const int row = m_model->rowOfId(m_currentId);
    if (row >= 0) {
        m_silent = true;
        setCurrentRow(row);
        m_silent = false;
    }
}

void ResourceListPanel::clearFilters()
{
    resetFilterWidgets();
    applyFilters();
}

void ResourceListPanel::refresh(qint64 focusId)
{
    const qint64 wanted = focusId ? focusId : m_currentId;
    const int oldRow = m_view->currentIndex().row();
    m_silent = true;
    m_model->reload();
    m_silent = false;
    if (wanted && selectResource(wanted))
        return;
    if (focusId)
        return;
    // The current resource is gone (deleted, here or elsewhere): move to its neighbour.
    if (m_currentId && m_model->rowOfId(m_currentId) < 0 && m_model->rowCount() > 0) {
        setCurrentRow(std::clamp(oldRow, 0, m_model->rowCount() - 1));
    } else if (m_model->rowCount() == 0 && m_currentId) {
        m_currentId = 0;
        emit currentResourceChanged(0);
    }
}

void ResourceListPanel::updateSummary(const ResourceSummary &summary)
{
    m_model->updateSummary(summary);
}

void ResourceListPanel::setCurrentRow(int row)
{
    const QModelIndex index = m_model->index(row, ResourceListModel::TitleColumn);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

bool ResourceListPanel::selectResource(qint64 id)
{
    int row = m_model->rowOfId(id);
    if (row < 0 && id) {
        const ResourceFilter filter = currentFilter();
        const bool filtered = !filter.searchText.isEmpty() || !filter.type.isEmpty() || filter.status
            || filter.isPrivate || filter.year || filter.reviewQueueFor;
        if (filtered) {
            m_silent = true;
            resetFilterWidgets();
            m_model->setFilter({});
            m_silent = false;
            row = m_model->rowOfId(id);
        }
    }
    m_currentId = id;
    m_silent = true;
    if (row >= 0)
        setCurrentRow(row);
    else
        m_view->selectionModel()->clear();
    m_silent = false;
    return row >= 0;
}

void ResourceListPanel::resetFilterWidgets()
{
    const QSignalBlocker blockSearch(m_search);
    m_searchTimer->stop();
    m_search->clear();
    for (QComboBox *combo : {m_type, m_status, m_visibility, m_year}) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(0);
    }
    const QSignalBlocker blockQueue(m_toReview);
    m_toReview->setChecked(false);
}

qint64 ResourceListPanel::currentResourceId() const
{
    return m_currentId;
}

QList<qint64> ResourceListPanel::selectedResourceIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(m_model->idAt(index.row()));
    if (ids.isEmpty() && m_currentId)
        ids.append(m_currentId);
    return ids;
}

void ResourceListPanel::onCurrentRowChanged()
{
    if (m_silent)
        return;
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.isValid() ? m_model->idAt(current.row()) : 0;
    if (!id || id == m_currentId)
        return;
    m_currentId = id;
    emit currentResourceChanged(id);
}

void ResourceListPanel::updateCount()
{
    const int n = m_model->rowCount();
    const ResourceFilter filter = m_model->filter();
    const bool filtered = !filter.searchText.isEmpty() || !filter.type.isEmpty() || filter.status
        || filter.isPrivate || filter.year || filter.reviewQueueFor;
    if (filter.reviewQueueFor && n == 0 && filter.searchText.isEmpty() && filter.type.isEmpty() && !filter.status
        && !filter.isPrivate && !filter.year)
        m_count->setText(tr("Nothing waits for your review."));
    else if (filtered)
        m_count->setText(n == 0 ? tr("No resource matches.")
                                : n == 1 ? tr("1 resource found") : tr("%n resources found", nullptr, n));
    else
        m_count->setText(n == 0 ? tr("No resource yet.")
                                : n == 1 ? tr("1 resource") : tr("%n resources", nullptr, n));
}

void ResourceListPanel::updateQueueCount()
{
    int count = 0;
    if (m_repository) {
        try {
            ResourceFilter queue;
            queue.reviewQueueFor = m_me;
            count = m_repository->countResources(queue);
        } catch (const LibraryError &error) {
            emit loadFailed(error.message());
        }
    }
    m_queueCount = count;
    m_toReview->setEnabled(m_repository != nullptr);
    m_toReview->setText(count > 0 ? tr("To review (%1)").arg(count) : tr("To review"));
    QFont font = m_toReview->font();
    font.setBold(count > 0);   // something waits: the badge stands out
    m_toReview->setFont(font);
}

void ResourceListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ResourceListPanel::focusList()
{
    m_view->setFocus(Qt::ShortcutFocusReason);
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        setCurrentRow(0);
}

bool ResourceListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search) {
            if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                if (m_searchTimer->isActive())
                    applyFilters();
                focusList();
                return true;
            }
            if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
        } else if (watched == m_view) {
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_currentId) {
                emit activated(m_currentId);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Actes
