#include "dialogs/membersdialog.h"

#include "dialogs/prompts.h"
#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

const MemberRole allRoles[] = {MemberRole::Author, MemberRole::Reviewer, MemberRole::Admin};

QString roleDescription(MemberRole role)
{
    switch (role) {
    case MemberRole::Author: return MembersDialog::tr("Author — writes and submits for review");
    case MemberRole::Reviewer: return MembersDialog::tr("Reviewer — also approves, publishes, archives");
    case MemberRole::Admin: return MembersDialog::tr("Administrator — also manages members, types and the trash");
    }
    return QString();
}

const QRegularExpression &loginPattern()
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9_.-]{0,62}$"_s);
    return pattern;
}

} // namespace

MembersDialog::MembersDialog(ResourceRepository *repository, QWidget *parent)
    : QDialog(parent), m_repository(repository), m_table(new QTableWidget(this)), m_note(new QLabel(this))
{
    setObjectName(u"membersDialog"_s);
    setWindowTitle(tr("Members"));
    m_table->setObjectName(u"membersTable"_s);
    m_table->setAccessibleName(tr("Members of the library"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Login"), tr("Role"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int column : {LoginColumn, RoleColumn, StateColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_note->setWordWrap(true);
    m_note->setText(tr("Each member connects with their own login. Authors write and submit for review; "
                       "reviewers also approve and publish; administrators also manage the members. "
                       "A disabled member can no longer connect; their name stays in the history."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_add = buttons->addButton(tr("&Add…"), QDialogButtonBox::ActionRole);
    m_add->setObjectName(u"addMemberButton"_s);
    m_add->setToolTip(tr("Create a login for a new member and give them a role."));
    m_role = buttons->addButton(tr("Change &Role…"), QDialogButtonBox::ActionRole);
    m_role->setObjectName(u"changeRoleButton"_s);
    m_disable = buttons->addButton(tr("&Disable…"), QDialogButtonBox::ActionRole);
    m_disable->setObjectName(u"disableMemberButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &MembersDialog::showAddForm);
    connect(m_role, &QPushButton::clicked, this, [this] { changeRoleOfSelected(); });
    connect(m_disable, &QPushButton::clicked, this, [this] { disableSelected(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MembersDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 400);

    try {
        m_self = m_repository->currentMember().login;
    } catch (const LibraryError &) {
    }
    reload();
}

void MembersDialog::reload()
{
    const QString selected = selectedMember() ? selectedMember()->login : QString();
    try {
        m_members = m_repository->members();
    } catch (const LibraryError &error) {
        m_members.clear();
        Prompts::warn(this, tr("Members"), error.message());
    }
    m_table->setRowCount(int(m_members.size()));
    for (int row = 0; row < m_members.size(); ++row) {
        const Member &m = m_members.at(row);
        auto item = [&](int column, const QString &text) {
            auto *cell = new QTableWidgetItem(text);
            if (m.disabled)
                cell->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, cell);
        };
        item(NameColumn, m.displayName());
        item(LoginColumn, m.login);
        item(RoleColumn, memberRoleLabel(m.role));
        item(StateColumn, m.disabled ? tr("Disabled") : tr("Active"));
    }
    if (!selected.isEmpty())
        select(selected);
    updateButtons();
}

bool MembersDialog::select(const QString &login)
{
    for (int row = 0; row < m_members.size(); ++row) {
        if (m_members.at(row).login == login) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

std::optional<Member> MembersDialog::selectedMember() const
{
    const QModelIndexList rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows()
                                                           : QModelIndexList();
    if (rows.isEmpty() || rows.first().row() >= m_members.size())
        return std::nullopt;
    return m_members.at(rows.first().row());
}

void MembersDialog::updateButtons()
{
    const std::optional<Member> member = selectedMember();
    const bool writable = !m_repository->isReadOnly();
    m_add->setEnabled(writable);
    const bool manageable = writable && member && !member->disabled && member->login != m_self;
    m_role->setEnabled(writable && member && member->login != m_self);
    m_disable->setEnabled(manageable);
    m_role->setToolTip(member && member->login == m_self ? tr("Another administrator changes your own role.")
                                                         : tr("Give the selected member another role."));
    m_disable->setToolTip(member && member->login == m_self
                              ? tr("You cannot disable your own login.")
                              : tr("The selected member may no longer connect; their name stays in the history."));
}

void MembersDialog::showAddForm()
{
    AddMemberDialog form(this);
    if (Prompts::exec(form) != QDialog::Accepted)
        return;
    addMember(form.member(), form.password());
}

bool MembersDialog::addMember(const Member &member, const QString &password)
{
    QString used;
    try {
        used = m_repository->addMember(member, password);
    } catch (const LibraryError &error) {
        Prompts::warn(this, tr("Add a Member"), error.message());
        return false;
    }
    reload();
    select(member.login);
    if (password.isEmpty()) {
        Prompts::inform(this, tr("Password of %1").arg(member.displayName()),
                        tr("%1 connects with the login “%2” and this password, shown only now:\n\n%3\n\n"
                           "Give it to them privately; they can change it later with their administrator.")
                            .arg(member.displayName(), member.login, used));
    }
    return true;
}

bool MembersDialog::changeRoleOfSelected()
{
    const std::optional<Member> member = selectedMember();
    if (!member)
        return false;
    QStringList items;
    int current = 0;
    for (int i = 0; i < 3; ++i) {
        items.append(roleDescription(allRoles[i]));
        if (allRoles[i] == member->role)
            current = i;
    }
    const std::optional<int> chosen =
        Prompts::choose(this, tr("Change the Role"), tr("Role of %1:").arg(member->displayName()), items, current);
    if (!chosen || *chosen < 0 || *chosen >= 3 || allRoles[*chosen] == member->role)
        return false;
    try {
        m_repository->setMemberRole(member->login, allRoles[*chosen]);
    } catch (const LibraryError &error) {
        Prompts::warn(this, tr("Change the Role"), error.message());
        return false;
    }
    reload();
    return true;
}

bool MembersDialog::disableSelected()
{
    const std::optional<Member> member = selectedMember();
    if (!member || member->disabled)
        return false;
    if (Prompts::confirm(this, tr("Disable a Member"),
                         tr("Disable %1? They will no longer be able to connect to the library; what they wrote "
                            "and their name in the history stay.")
                             .arg(member->displayName()),
                         QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes) {
        return false;
    }
    try {
        m_repository->disableMember(member->login);
    } catch (const LibraryError &error) {
        Prompts::warn(this, tr("Disable a Member"), error.message());
        return false;
    }
    reload();
    return true;
}

// --- The form of a new member -------------------------------------------------------------

AddMemberDialog::AddMemberDialog(QWidget *parent)
    : QDialog(parent), m_login(new QLineEdit(this)), m_name(new QLineEdit(this)), m_roleCombo(new QComboBox(this)),
      m_password(new QLineEdit(this)), m_generate(new QCheckBox(tr("&Generate a password and show it once"), this)),
      m_loginNote(new QLabel(this))
{
    setObjectName(u"addMemberDialog"_s);
    setWindowTitle(tr("Add a Member"));
    m_login->setObjectName(u"memberLoginEdit"_s);
    m_login->setValidator(new QRegularExpressionValidator(loginPattern(), m_login));
    m_login->setPlaceholderText(tr("e.g. claire.martin"));
    m_name->setObjectName(u"memberNameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. Claire Martin"));
    m_roleCombo->setObjectName(u"memberRoleCombo"_s);
    for (MemberRole role : allRoles)
        m_roleCombo->addItem(roleDescription(role), int(role));
    m_password->setObjectName(u"memberPasswordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_generate->setObjectName(u"generatePasswordCheck"_s);
    m_generate->setChecked(true);
    m_password->setEnabled(false);
    m_loginNote->setWordWrap(true);
    m_loginNote->setText(tr("Lowercase letters, digits, dots, dashes and underscores, starting with a letter. "
                            "An existing login of the server keeps its password."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(QString(), m_loginNote);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_roleCombo);
    form->addRow(QString(), m_generate);
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"addMemberOkButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_generate, &QCheckBox::toggled, this, [this](bool generate) {
        m_password->setEnabled(!generate);
        updateOk();
    });
    connect(m_login, &QLineEdit::textChanged, this, &AddMemberDialog::updateOk);
    connect(m_password, &QLineEdit::textChanged, this, &AddMemberDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    updateOk();
}

Member AddMemberDialog::member() const
{
    return Member{m_login->text().trimmed(), m_name->text().simplified(),
                  static_cast<MemberRole>(m_roleCombo->currentData().toInt()), false};
}

QString AddMemberDialog::password() const
{
    return m_generate->isChecked() ? QString() : m_password->text();
}

void AddMemberDialog::updateOk()
{
    const bool login = loginPattern().match(m_login->text().trimmed()).hasMatch();
    m_ok->setEnabled(login && (m_generate->isChecked() || !m_password->text().isEmpty()));
}

} // namespace Actes
