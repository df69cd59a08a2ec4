#pragma once

#include "domain/member.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Actes {

class ResourceRepository;

// Library ▸ Members… (administrators of a team library): the members with their login, role
// and whether they are disabled; add a member (login, name, role, a password typed or
// generated and shown once), change a role, disable a member. Everything goes through the
// repository (MemberStore); the server checks that the login is an administrator.
class MembersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MembersDialog)
public:
    enum Column { NameColumn, LoginColumn, RoleColumn, StateColumn, ColumnCount };

    explicit MembersDialog(ResourceRepository *repository, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *roleButton() const { return m_role; }
    QPushButton *disableButton() const { return m_disable; }

    // Adds the member; an empty password is generated and shown once (Prompts::inform). False
    // when refused (the message is shown).
    bool addMember(const Member &member, const QString &password);
    // Asks for the new role of the selected member (Prompts::choose), then changes it.
    bool changeRoleOfSelected();
    // Asks for confirmation (Prompts::confirm), then disables the selected member.
    bool disableSelected();
    // Selects the row of login (false when absent).
    bool select(const QString &login);
    void reload();

private:
    void showAddForm();
    void updateButtons();
    std::optional<Member> selectedMember() const;

    ResourceRepository *m_repository = nullptr;
    QList<Member> m_members;
    QString m_self;
    QTableWidget *m_table = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_role = nullptr;
    QPushButton *m_disable = nullptr;
};

// The form of a new member.
class AddMemberDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddMemberDialog)
public:
    explicit AddMemberDialog(QWidget *parent = nullptr);

    Member member() const;
    // Empty when a password is to be generated.
    QString password() const;

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleCombo() const { return m_roleCombo; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *generateCheck() const { return m_generate; }

private:
    void updateOk();

    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_roleCombo = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_generate = nullptr;
    QLabel *m_loginNote = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Actes
