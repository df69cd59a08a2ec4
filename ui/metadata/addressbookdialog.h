#pragma once

#include <QDialog>
#include <QHash>

class QTableWidget;

namespace Actes {

class AddressBookPage;
class Library;
class ResourceRepository;

// The library's address book: edit people and organisations, merge duplicates, and see the
// resources a person or an organisation is linked to. Changes are written immediately
// (they are not part of a resource's undo history). Both pages are one implementation
// (AddressBookPage), told apart by their words, columns and repository calls.
class AddressBookDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressBookDialog)
public:
    explicit AddressBookDialog(ResourceRepository *repository, QWidget *parent = nullptr);
    // Writes through library, which announces them to the other views.
    explicit AddressBookDialog(Library *library, QWidget *parent = nullptr);
    ~AddressBookDialog() override;

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
    AddressBookDialog(ResourceRepository *repository, Library *library, QWidget *parent);

    AddressBookPage *m_people = nullptr;
    AddressBookPage *m_organisations = nullptr;
};

} // namespace Actes
