#pragma once

#include <QDialog>
#include <QHash>

class QTableWidget;

namespace Actes {

class DirectoryPage;
class ResourceRepository;

// The library's directory: edit people and organisations, merge duplicates, and see the
// resources a person or an organisation is linked to. Changes are written immediately
// (they are not part of a resource's undo history). Both pages are one implementation
// (DirectoryPage), told apart by their words, columns and repository calls.
class DirectoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryDialog)
public:
    explicit DirectoryDialog(ResourceRepository *repository, QWidget *parent = nullptr);
    ~DirectoryDialog() override;

    bool changed() const;
    // duplicate id -> id kept, for every merge done in this dialog
    const QHash<qint64, qint64> &mergedPeople() const;
    const QHash<qint64, qint64> &mergedOrganisations() const;

    QTableWidget *peopleTable() const;
    QTableWidget *organisationsTable() const;
    // Merges the selected rows into keepRow (no question asked). Returns false on error.
    bool mergeSelectedPeople(int keepRow);
    bool mergeSelectedOrganisations(int keepRow);

private:
    DirectoryPage *m_people = nullptr;
    DirectoryPage *m_organisations = nullptr;
};

} // namespace Actes
