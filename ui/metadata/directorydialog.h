#pragma once

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Actes {

class ResourceRepository;

// The library's directory: edit people and organisations, merge duplicates, and see the
// resources a person or an organisation is linked to. Changes are written immediately
// (they are not part of a resource's undo history).
class DirectoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryDialog)
public:
    explicit DirectoryDialog(ResourceRepository *repository, QWidget *parent = nullptr);

    bool changed() const { return m_changed; }
    // duplicate id -> id kept, for every merge done in this dialog
    const QHash<qint64, qint64> &mergedPeople() const { return m_mergedPeople; }
    const QHash<qint64, qint64> &mergedOrganisations() const { return m_mergedOrganisations; }

    QTableWidget *peopleTable() const { return m_people; }
    QTableWidget *organisationsTable() const { return m_organisations; }
    // Merges the selected rows into keepRow (no question asked). Returns false on error.
    bool mergeSelectedPeople(int keepRow);
    bool mergeSelectedOrganisations(int keepRow);

private:
    QWidget *buildPeopleTab();
    QWidget *buildOrganisationsTab();
    void loadPeople();
    void loadOrganisations();
    void onPersonEdited(int row);
    void onOrganisationEdited(int row);
    void askMergePeople();
    void askMergeOrganisations();
    void showResourcesOfPerson();
    void showResourcesOfOrganisation();
    void applyFilter(QTableWidget *table, const QString &text);
    void showError(const QString &message);
    QList<int> selectedRows(QTableWidget *table) const;

    ResourceRepository *m_repository = nullptr;
    QTableWidget *m_people = nullptr;
    QTableWidget *m_organisations = nullptr;
    QListWidget *m_personResources = nullptr;
    QListWidget *m_organisationResources = nullptr;
    QLabel *m_personResourcesLabel = nullptr;
    QLabel *m_organisationResourcesLabel = nullptr;
    QPushButton *m_mergePeopleButton = nullptr;
    QPushButton *m_mergeOrganisationsButton = nullptr;
    bool m_loading = false;
    bool m_changed = false;
    QHash<qint64, qint64> m_mergedPeople;
    QHash<qint64, qint64> m_mergedOrganisations;
};

} // namespace Actes
