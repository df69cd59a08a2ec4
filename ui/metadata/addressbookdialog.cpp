#include "metadata/addressbookdialog.h"

#include "dialogs/prompts.h"
#include "library/library.h"

#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>

#include <algorithm>
#include <functional>

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
    return AddressBookDialog::tr("%1 (%2)", "resource title (date)")
        .arg(r.title, QLocale().toString(r.dateStart, QLocale::ShortFormat));
}
} // namespace

// What differs between the two pages (people, organisations): their words, their columns
// and the repository calls. One entry is an id and the texts of its columns, the name first.
struct AddressBookKind
{
    struct Entry
    {
        qint64 id = 0;
        QStringList values;
    };

    QStringList headers;
    QString filterPlaceholder;
    QString filterName;
    QString tableName;
    QString tableTip;
    QString addButton;
    QString mergeTip;
    QString resourcesLabel;
    QString resourcesName;
    QString addTitle;
    QString mergeTitle;
    QString mergeTooFew;
    QString nameRequired;
    std::function<QList<Entry>()> load;
    std::function<void(const Entry &)> save;                       // id 0 = add
    std::function<void(qint64 keep, const QList<qint64> &duplicates)> merge;
    std::function<QList<ResourceSummary>(qint64 id)> resourcesOf;
    std::function<QString(const QStringList &values)> choice;     // a line of the merge question
};

// One page of the directory: filter, table (edited in place), add, merge, and the resources
// of the selected entry.
class AddressBookPage final : public QWidget
{
public:
    AddressBookPage(AddressBookDialog *dialog, ResourceRepository *repository, AddressBookKind kind)
        : QWidget(dialog), m_dialog(dialog), m_repository(repository), m_kind(std::move(kind))
    {
        auto *filter = new QLineEdit(this);
        filter->setPlaceholderText(m_kind.filterPlaceholder);
        filter->setClearButtonEnabled(true);
        filter->setAccessibleName(m_kind.filterName);
        m_table = makeTable(m_kind.headers, this);
        m_table->setAccessibleName(m_kind.tableName);
        m_table->setToolTip(m_kind.tableTip);
        auto *add = new QPushButton(m_kind.addButton, this);
        m_mergeButton = new QPushButton(AddressBookDialog::tr("&Merge selected…"), this);
        m_mergeButton->setToolTip(m_kind.mergeTip);
        auto *resourcesLabel = new QLabel(m_kind.resourcesLabel, this);
        m_resources = new QListWidget(this);
        m_resources->setAccessibleName(m_kind.resourcesName);
        resourcesLabel->setBuddy(m_resources);

        auto *buttons = new QHBoxLayout;
        buttons->addWidget(add);
        buttons->addWidget(m_mergeButton);
        buttons->addStretch();
        auto *top = new QWidget(this);
        auto *topLayout = new QVBoxLayout(top);
        topLayout->setContentsMargins(0, 0, 0, 0);
        topLayout->addWidget(filter);
        topLayout->addWidget(m_table);
        topLayout->addLayout(buttons);
        auto *bottom = new QWidget(this);
        auto *bottomLayout = new QVBoxLayout(bottom);
        bottomLayout->setContentsMargins(0, 0, 0, 0);
        bottomLayout->addWidget(resourcesLabel);
        bottomLayout->addWidget(m_resources);
        auto *splitter = new QSplitter(Qt::Vertical, this);
        splitter->addWidget(top);
        splitter->addWidget(bottom);
        splitter->setStretchFactor(0, 3);
        splitter->setStretchFactor(1, 1);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(splitter);

        connect(filter, &QLineEdit::textChanged, this, [this](const QString &t) { applyFilter(t); });
        connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) { onEdited(item->row()); });
        connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { showResources(); });
        connect(m_mergeButton, &QPushButton::clicked, this, [this] { askMerge(); });
        connect(add, &QPushButton::clicked, this, [this] {
            const QString name = Prompts::askText(this, m_kind.addTitle, AddressBookDialog::tr("Name:")).value_or(QString()).trimmed();
            if (name.isEmpty())
                return;
            AddressBookKind::Entry entry;
            entry.values = QStringList(m_kind.headers.size(), QString());
            entry.values[0] = name;
            try {
                m_kind.save(entry);
                m_changed = true;
            } catch (const LibraryError &e) {
                showError(e.message());
            }
            load();
        });
    }

    QTableWidget *table() const { return m_table; }
    bool changed() const { return m_changed; }
    const QHash<qint64, qint64> &merged() const { return m_merged; }

    void load()
    {
        m_loading = true;
        QList<AddressBookKind::Entry> entries;
        try {
            entries = m_kind.load();
        } catch (const LibraryError &e) {
            showError(e.message());
        }
        std::sort(entries.begin(), entries.end(), [](const AddressBookKind::Entry &a, const AddressBookKind::Entry &b) {
            return QString::localeAwareCompare(a.values.value(0), b.values.value(0)) < 0;
        });
        m_table->setRowCount(int(entries.size()));
        for (int row = 0; row < entries.size(); ++row) {
            const AddressBookKind::Entry &entry = entries.at(row);
            for (int c = 0; c < m_table->columnCount(); ++c) {
                auto *item = new QTableWidgetItem(entry.values.value(c));
                item->setData(IdRole, entry.id);
                m_table->setItem(row, c, item);
            }
        }
        m_loading = false;
        const bool writable = !m_repository->isReadOnly();
        m_table->setEditTriggers(writable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                          : QAbstractItemView::NoEditTriggers);
        m_mergeButton->setEnabled(writable);
    }

    // Merges the selected rows into keepRow (no question asked). Returns false on error.
    bool mergeSelected(int keepRow)
    {
        const qint64 keep = idOfRow(keepRow);
        QList<qint64> duplicates;
        for (int row : selectedRows()) {
            const qint64 id = idOfRow(row);
            if (id != keep)
                duplicates.append(id);
        }
        if (duplicates.isEmpty())
            return false;
        try {
            m_kind.merge(keep, duplicates);
        } catch (const LibraryError &e) {
            showError(e.message());
            return false;
        }
        for (qint64 id : std::as_const(duplicates))
            m_merged.insert(id, keep);
        for (auto it = m_merged.begin(); it != m_merged.end(); ++it) {
            if (duplicates.contains(it.value()))
                it.value() = keep;
        }
        m_changed = true;
        load();
        return true;
    }

private:
    qint64 idOfRow(int row) const { return m_table->item(row, 0)->data(IdRole).toLongLong(); }

    QStringList valuesOfRow(int row) const
    {
        QStringList values;
        for (int c = 0; c < m_table->columnCount(); ++c)
            values << m_table->item(row, c)->text();
        return values;
    }

    void onEdited(int row)
    {
        if (m_loading)
            return;
        AddressBookKind::Entry entry{idOfRow(row), valuesOfRow(row)};
        for (QString &value : entry.values)
            value = value.trimmed();
        if (entry.values.first().isEmpty()) {
            showError(m_kind.nameRequired);
            load();
            return;
        }
        try {
            m_kind.save(entry);
            m_changed = true;
        } catch (const LibraryError &e) {
            showError(e.message());
            load();
        }
    }

    QList<int> selectedRows() const
    {
        QList<int> rows;
        const QModelIndexList selected = m_table->selectionModel()->selectedRows();
        for (const QModelIndex &index : selected)
            rows.append(index.row());
        std::sort(rows.begin(), rows.end());
        return rows;
    }

    void askMerge()
    {
        const QList<int> rows = selectedRows();
        if (rows.size() < 2) {
            Prompts::inform(this, m_kind.mergeTitle, m_kind.mergeTooFew);
            return;
        }
        QStringList choices;
        for (int row : rows)
            choices << m_kind.choice(valuesOfRow(row));
        const std::optional<int> chosen = Prompts::choose(
            this, m_kind.mergeTitle,
            AddressBookDialog::tr("Keep which entry? The other %n entries are merged into it, in every resource.",
                                nullptr, int(rows.size() - 1)),
            choices, 0);
        if (chosen)
            mergeSelected(rows.at(*chosen));
    }

    void showResources()
    {
        m_resources->clear();
        const QList<int> rows = selectedRows();
        if (rows.size() != 1)
            return;
        try {
            const auto list = m_kind.resourcesOf(idOfRow(rows.first()));
            for (const ResourceSummary &r : list)
                m_resources->addItem(resourceLine(r));
            if (list.isEmpty())
                m_resources->addItem(AddressBookDialog::tr("(no resource)"));
        } catch (const LibraryError &e) {
            showError(e.message());
        }
    }

    void applyFilter(const QString &text)
    {
        const QString needle = text.trimmed();
        for (int row = 0; row < m_table->rowCount(); ++row) {
            bool match = needle.isEmpty();
            for (int c = 0; !match && c < m_table->columnCount(); ++c)
                match = m_table->item(row, c)->text().contains(needle, Qt::CaseInsensitive);
            m_table->setRowHidden(row, !match);
        }
    }

    void showError(const QString &message)
    {
        Prompts::warn(m_dialog, AddressBookDialog::tr("Address Book"), message);
    }

    AddressBookDialog *m_dialog = nullptr;
    ResourceRepository *m_repository = nullptr;
    AddressBookKind m_kind;
    QTableWidget *m_table = nullptr;
    QListWidget *m_resources = nullptr;
    QPushButton *m_mergeButton = nullptr;
    bool m_loading = false;
    bool m_changed = false;
    QHash<qint64, qint64> m_merged;   // duplicate id -> id kept
};

AddressBookDialog::AddressBookDialog(ResourceRepository *repository, QWidget *parent)
    : AddressBookDialog(repository, nullptr, parent)
{
}

AddressBookDialog::AddressBookDialog(Library *library, QWidget *parent)
    : AddressBookDialog(library->repository(), library, parent)
{
}

AddressBookDialog::AddressBookDialog(ResourceRepository *repository, Library *library, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Address Book"));

    AddressBookKind people;
    people.headers = {tr("Name"), tr("Function"), tr("Organisation")};
    people.filterPlaceholder = tr("Filter by name, function or organisation");
    people.filterName = tr("Filter people");
    people.tableName = tr("People");
    people.tableTip = tr("Double-click a cell to correct it; the change applies to every resource.");
    people.addButton = tr("&Add person");
    people.mergeTip = tr("Select two or more entries for the same person, then choose the one to keep.");
    people.resourcesLabel = tr("Resources of the selected person:");
    people.resourcesName = tr("Resources of the selected person");
    people.addTitle = tr("Add person");
    people.mergeTitle = tr("Merge people");
    people.mergeTooFew = tr("Select at least two entries for the same person (Ctrl+click).");
    people.nameRequired = tr("A person needs a name.");
    people.load = [repository] {
        QList<AddressBookKind::Entry> entries;
        for (const Person &p : repository->people())
            entries.append({p.id, {p.name, p.function, p.organisation}});
        return entries;
    };
    people.save = [repository, library](const AddressBookKind::Entry &e) {
        const Person person{e.id, e.values.value(0), e.values.value(1), e.values.value(2)};
        library ? library->savePerson(person) : repository->savePerson(person);
    };
    people.merge = [repository, library](qint64 keep, const QList<qint64> &duplicates) {
        library ? library->mergePeople(keep, duplicates) : repository->mergePeople(keep, duplicates);
    };
    people.resourcesOf = [repository](qint64 id) { return repository->resourcesOfPerson(id); };
    people.choice = [](const QStringList &v) {
        return tr("%1 — %2, %3", "name — function, organisation").arg(v.value(0), v.value(1), v.value(2));
    };

    AddressBookKind organisations;
    organisations.headers = {tr("Name")};
    organisations.filterPlaceholder = tr("Filter by name");
    organisations.filterName = tr("Filter organisations");
    organisations.tableName = tr("Organisations");
    organisations.tableTip = tr("Double-click a name to correct it; the change applies to every resource.");
    organisations.addButton = tr("&Add organisation");
    organisations.mergeTip = tr("Select two or more entries for the same organisation, then choose the one to keep.");
    organisations.resourcesLabel = tr("Resources of the selected organisation:");
    organisations.resourcesName = tr("Resources of the selected organisation");
    organisations.addTitle = tr("Add organisation");
    organisations.mergeTitle = tr("Merge organisations");
    organisations.mergeTooFew = tr("Select at least two entries for the same organisation (Ctrl+click).");
    organisations.nameRequired = tr("An organisation needs a name.");
    organisations.load = [repository] {
        QList<AddressBookKind::Entry> entries;
        for (const Organisation &o : repository->organisations())
            entries.append({o.id, {o.name}});
        return entries;
    };
    organisations.save = [repository, library](const AddressBookKind::Entry &e) {
        const Organisation organisation{e.id, e.values.value(0)};
        library ? library->saveOrganisation(organisation) : repository->saveOrganisation(organisation);
    };
    organisations.merge = [repository, library](qint64 keep, const QList<qint64> &duplicates) {
        if (library)
            library->mergeOrganisations(keep, duplicates);
        else
            repository->mergeOrganisations(keep, duplicates);
    };
    organisations.resourcesOf = [repository](qint64 id) { return repository->resourcesOfOrganisation(id); };
    organisations.choice = [](const QStringList &v) { return v.value(0); };

    m_people = new AddressBookPage(this, repository, std::move(people));
    m_organisations = new AddressBookPage(this, repository, std::move(organisations));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_people, tr("&People"));
    tabs->addTab(m_organisations, tr("&Organisations"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(720, 560);
    m_people->load();
    m_organisations->load();
}

AddressBookDialog::~AddressBookDialog() = default;

bool AddressBookDialog::changed() const
{
    return m_people->changed() || m_organisations->changed();
}

const QHash<qint64, qint64> &AddressBookDialog::mergedPeople() const
{
    return m_people->merged();
}

const QHash<qint64, qint64> &AddressBookDialog::mergedOrganisations() const
{
    return m_organisations->merged();
}

QTableWidget *AddressBookDialog::peopleTable() const
{
    return m_people->table();
}

QTableWidget *AddressBookDialog::organisationsTable() const
{
    return m_organisations->table();
}

bool AddressBookDialog::mergeSelectedPeople(int keepRow)
{
    return m_people->mergeSelected(keepRow);
}

bool AddressBookDialog::mergeSelectedOrganisations(int keepRow)
{
    return m_organisations->mergeSelected(keepRow);
}

} // namespace Actes
