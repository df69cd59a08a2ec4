#include "metadata/directorydialog.h"

#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>

#include <algorithm>

namespace Actes {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setSortingEnabled(false);
    table->setTabKeyNavigation(false);
    return table;
}

QString resourceLine(const ResourceSummary &r)
{
    if (!r.dateStart.isValid())
        return r.title;
    return DirectoryDialog::tr("%1 (%2)", "resource title (date)")
        .arg(r.title, QLocale().toString(r.dateStart, QLocale::ShortFormat));
}
} // namespace

DirectoryDialog::DirectoryDialog(ResourceRepository *repository, QWidget *parent)
    : QDialog(parent), m_repository(repository)
{
    setWindowTitle(tr("Directory"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildPeopleTab(), tr("&People"));
    tabs->addTab(buildOrganisationsTab(), tr("&Organisations"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(720, 560);
    loadPeople();
    loadOrganisations();
}

QWidget *DirectoryDialog::buildPeopleTab()
{
    auto *page = new QWidget(this);
    auto *filter = new QLineEdit(page);
    filter->setPlaceholderText(tr("Filter by name, function or organisation"));
    filter->setClearButtonEnabled(true);
    filter->setAccessibleName(tr("Filter people"));
    m_people = makeTable({tr("Name"), tr("Function"), tr("Organisation")}, page);
    m_people->setAccessibleName(tr("People"));
    m_people->setToolTip(tr("Double-click a cell to correct it; the change applies to every resource."));
    auto *add = new QPushButton(tr("&Add person"), page);
    m_mergePeopleButton = new QPushButton(tr("&Merge selected…"), page);
    m_mergePeopleButton->setToolTip(tr("Select two or more entries for the same person, then choose the one to keep."));
    m_personResourcesLabel = new QLabel(tr("Resources of the selected person:"), page);
    m_personResources = new QListWidget(page);
    m_personResources->setAccessibleName(tr("Resources of the selected person"));
    m_personResourcesLabel->setBuddy(m_personResources);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_mergePeopleButton);
    buttons->addStretch();
    auto *top = new QWidget(page);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(filter);
    topLayout->addWidget(m_people);
    topLayout->addLayout(buttons);
    auto *bottom = new QWidget(page);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_personResourcesLabel);
    bottomLayout->addWidget(m_personResources);
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(splitter);

    connect(filter, &QLineEdit::textChanged, this, [this](const QString &t) { applyFilter(m_people, t); });
    connect(m_people, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) { onPersonEdited(item->row()); });
    connect(m_people, &QTableWidget::itemSelectionChanged, this, &DirectoryDialog::showResourcesOfPerson);
    connect(m_mergePeopleButton, &QPushButton::clicked, this, &DirectoryDialog::askMergePeople);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString name = QInputDialog::getText(this, tr("Add person"), tr("Name:")).trimmed();
        if (name.isEmpty())
            return;
        try {
            m_repository->savePerson(Person{0, name, {}, {}});
            m_changed = true;
        } catch (const LibraryError &e) {
            showError(e.message());
        }
        loadPeople();
    });
    return page;
}

QWidget *DirectoryDialog::buildOrganisationsTab()
{
    auto *page = new QWidget(this);
    auto *filter = new QLineEdit(page);
    filter->setPlaceholderText(tr("Filter by name"));
    filter->setClearButtonEnabled(true);
    filter->setAccessibleName(tr("Filter organisations"));
    m_organisations = makeTable({tr("Name")}, page);
    m_organisations->setAccessibleName(tr("Organisations"));
    m_organisations->setToolTip(tr("Double-click a name to correct it; the change applies to every resource."));
    auto *add = new QPushButton(tr("&Add organisation"), page);
    m_mergeOrganisationsButton = new QPushButton(tr("&Merge selected…"), page);
    m_mergeOrganisationsButton->setToolTip(tr("Select two or more entries for the same organisation, then choose the one to keep."));
    m_organisationResourcesLabel = new QLabel(tr("Resources of the selected organisation:"), page);
    m_organisationResources = new QListWidget(page);
    m_organisationResources->setAccessibleName(tr("Resources of the selected organisation"));
    m_organisationResourcesLabel->setBuddy(m_organisationResources);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_mergeOrganisationsButton);
    buttons->addStretch();
    auto *top = new QWidget(page);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(filter);
    topLayout->addWidget(m_organisations);
    topLayout->addLayout(buttons);
    auto *bottom = new QWidget(page);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_organisationResourcesLabel);
    bottomLayout->addWidget(m_organisationResources);
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(splitter);

    connect(filter, &QLineEdit::textChanged, this, [this](const QString &t) { applyFilter(m_organisations, t); });
    connect(m_organisations, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) { onOrganisationEdited(item->row()); });
    connect(m_organisations, &QTableWidget::itemSelectionChanged, this, &DirectoryDialog::showResourcesOfOrganisation);
    connect(m_mergeOrganisationsButton, &QPushButton::clicked, this, &DirectoryDialog::askMergeOrganisations);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString name = QInputDialog::getText(this, tr("Add organisation"), tr("Name:")).trimmed();
        if (name.isEmpty())
            return;
        try {
            m_repository->saveOrganisation(Organisation{0, name});
            m_changed = true;
        } catch (const LibraryError &e) {
            showError(e.message());
        }
        loadOrganisations();
    });
    return page;
}

void DirectoryDialog::loadPeople()
{
    m_loading = true;
    QList<Person> people;
    try {
        people = m_repository->people();
    } catch (const LibraryError &e) {
        showError(e.message());
    }
    std::sort(people.begin(), people.end(), [](const Person &a, const Person &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    m_people->setRowCount(int(people.size()));
    for (int row = 0; row < people.size(); ++row) {
        const Person &p = people.at(row);
        const QStringList values{p.name, p.function, p.organisation};
        for (int c = 0; c < values.size(); ++c) {
            auto *item = new QTableWidgetItem(values.at(c));
            item->setData(IdRole, p.id);
            m_people->setItem(row, c, item);
        }
    }
    m_loading = false;
    const bool writable = !m_repository->isReadOnly();
    m_people->setEditTriggers(writable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                       : QAbstractItemView::NoEditTriggers);
    m_mergePeopleButton->setEnabled(writable);
}

void DirectoryDialog::loadOrganisations()
{
    m_loading = true;
    QList<Organisation> organisations;
    try {
        organisations = m_repository->organisations();
    } catch (const LibraryError &e) {
        showError(e.message());
    }
    std::sort(organisations.begin(), organisations.end(), [](const Organisation &a, const Organisation &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    m_organisations->setRowCount(int(organisations.size()));
    for (int row = 0; row < organisations.size(); ++row) {
        auto *item = new QTableWidgetItem(organisations.at(row).name);
        item->setData(IdRole, organisations.at(row).id);
        m_organisations->setItem(row, 0, item);
    }
    m_loading = false;
    const bool writable = !m_repository->isReadOnly();
    m_organisations->setEditTriggers(writable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                              : QAbstractItemView::NoEditTriggers);
    m_mergeOrganisationsButton->setEnabled(writable);
}

void DirectoryDialog::onPersonEdited(int row)
{
    if (m_loading)
        return;
    Person p;
    p.id = m_people->item(row, 0)->data(IdRole).toLongLong();
    p.name = m_people->item(row, 0)->text().trimmed();
    p.function = m_people->item(row, 1)->text().trimmed();
    p.organisation = m_people->item(row, 2)->text().trimmed();
    if (p.name.isEmpty()) {
        showError(tr("A person needs a name."));
        loadPeople();
        return;
    }
    try {
        m_repository->savePerson(p);
        m_changed = true;
    } catch (const LibraryError &e) {
        showError(e.message());
        loadPeople();
    }
}

void DirectoryDialog::onOrganisationEdited(int row)
{
    if (m_loading)
        return;
    Organisation o;
    o.id = m_organisations->item(row, 0)->data(IdRole).toLongLong();
    o.name = m_organisations->item(row, 0)->text().trimmed();
    if (o.name.isEmpty()) {
        showError(tr("An organisation needs a name."));
        loadOrganisations();
        return;
    }
    try {
        m_repository->saveOrganisation(o);
        m_changed = true;
    } catch (const LibraryError &e) {
        showError(e.message());
        loadOrganisations();
    }
}

QList<int> DirectoryDialog::selectedRows(QTableWidget *table) const
{
    QList<int> rows;
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void DirectoryDialog::askMergePeople()
{
    const QList<int> rows = selectedRows(m_people);
    if (rows.size() < 2) {
        QMessageBox::information(this, tr("Merge people"),
                                 tr("Select at least two entries for the same person (Ctrl+click)."));
        return;
    }
    QStringList choices;
    for (int row : rows) {
        choices << tr("%1 — %2, %3", "name — function, organisation")
                       .arg(m_people->item(row, 0)->text(), m_people->item(row, 1)->text(),
                            m_people->item(row, 2)->text());
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Merge people"),
        tr("Keep which entry? The other %n entries are merged into it, in every resource.", nullptr,
           int(rows.size() - 1)),
        choices, 0, false, &ok);
    if (ok)
        mergeSelectedPeople(rows.at(choices.indexOf(chosen)));
}

void DirectoryDialog::askMergeOrganisations()
{
    const QList<int> rows = selectedRows(m_organisations);
    if (rows.size() < 2) {
        QMessageBox::information(this, tr("Merge organisations"),
                                 tr("Select at least two entries for the same organisation (Ctrl+click)."));
        return;
    }
    QStringList choices;
    for (int row : rows)
        choices << m_organisations->item(row, 0)->text();
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Merge organisations"),
        tr("Keep which entry? The other %n entries are merged into it, in every resource.", nullptr,
           int(rows.size() - 1)),
        choices, 0, false, &ok);
    if (ok)
        mergeSelectedOrganisations(rows.at(choices.indexOf(chosen)));
}

bool DirectoryDialog::mergeSelectedPeople(int keepRow)
{
    const qint64 keep = m_people->item(keepRow, 0)->data(IdRole).toLongLong();
    QList<qint64> duplicates;
    for (int row : selectedRows(m_people)) {
        const qint64 id = m_people->item(row, 0)->data(IdRole).toLongLong();
        if (id != keep)
            duplicates.append(id);
    }
    if (duplicates.isEmpty())
        return false;
    try {
        m_repository->mergePeople(keep, duplicates);
    } catch (const LibraryError &e) {
        showError(e.message());
        return false;
    }
    for (qint64 id : std::as_const(duplicates))
        m_mergedPeople.insert(id, keep);
    for (auto it = m_mergedPeople.begin(); it != m_mergedPeople.end(); ++it) {
        if (duplicates.contains(it.value()))
            it.value() = keep;
    }
    m_changed = true;
    loadPeople();
    return true;
}

bool DirectoryDialog::mergeSelectedOrganisations(int keepRow)
{
    const qint64 keep = m_organisations->item(keepRow, 0)->data(IdRole).toLongLong();
    QList<qint64> duplicates;
    for (int row : selectedRows(m_organisations)) {
        const qint64 id = m_organisations->item(row, 0)->data(IdRole).toLongLong();
        if (id != keep)
            duplicates.append(id);
    }
    if (duplicates.isEmpty())
        return false;
    try {
        m_repository->mergeOrganisations(keep, duplicates);
    } catch (const LibraryError &e) {
        showError(e.message());
        return false;
    }
    for (qint64 id : std::as_const(duplicates))
        m_mergedOrganisations.insert(id, keep);
    for (auto it = m_mergedOrganisations.begin(); it != m_mergedOrganisations.end(); ++it) {
        if (duplicates.contains(it.value()))
            it.value() = keep;
    }
    m_changed = true;
    loadOrganisations();
    return true;
}

void DirectoryDialog::showResourcesOfPerson()
{
    m_personResources->clear();
    const QList<int> rows = selectedRows(m_people);
    if (rows.size() != 1)
        return;
    try {
        const auto list = m_repository->resourcesOfPerson(m_people->item(rows.first(), 0)->data(IdRole).toLongLong());
        for (const ResourceSummary &r : list)
            m_personResources->addItem(resourceLine(r));
        if (list.isEmpty())
            m_personResources->addItem(tr("(no resource)"));
    } catch (const LibraryError &e) {
        showError(e.message());
    }
}

void DirectoryDialog::showResourcesOfOrganisation()
{
    m_organisationResources->clear();
    const QList<int> rows = selectedRows(m_organisations);
    if (rows.size() != 1)
        return;
    try {
        const auto list = m_repository->resourcesOfOrganisation(
            m_organisations->item(rows.first(), 0)->data(IdRole).toLongLong());
        for (const ResourceSummary &r : list)
            m_organisationResources->addItem(resourceLine(r));
        if (list.isEmpty())
            m_organisationResources->addItem(tr("(no resource)"));
    } catch (const LibraryError &e) {
        showError(e.message());
    }
}

void DirectoryDialog::applyFilter(QTableWidget *table, const QString &text)
{
    const QString needle = text.trimmed();
    for (int row = 0; row < table->rowCount(); ++row) {
        bool match = needle.isEmpty();
        for (int c = 0; !match && c < table->columnCount(); ++c)
            match = table->item(row, c)->text().contains(needle, Qt::CaseInsensitive);
        table->setRowHidden(row, !match);
    }
}

void DirectoryDialog::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Directory"), message);
}

} // namespace Actes
