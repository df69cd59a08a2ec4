#include "dialogs/passworddialog.h"

#include "dialogs/prompts.h"

#include "storage/libraryerror.h"
#include "storage/libraryopener.h"
#include "storage/passwordfile.h"
#include "storage/resourcerepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

// user@server/database, as the user knows the login.
QString loginName(const QString &location)
{
    LibraryLocation::ServerParts parts;
    if (!LibraryLocation::serverParts(location, &parts))
        return location;
    const QString user = parts.user.isEmpty() ? qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER")) : parts.user;
    const QString server = parts.host.isEmpty() || parts.host.startsWith(u'/') ? PasswordDialog::tr("this computer")
                                                                                : parts.host;
    const QString database = parts.database.isEmpty() ? user : parts.database;
    return u"%1@%2/%3"_s.arg(user, server, database);
}

} // namespace

PasswordDialog::PasswordDialog(const QString &location, bool refused, QWidget *parent)
    : QDialog(parent), m_password(new QLineEdit(this)), m_remember(new QCheckBox(this))
{
    setObjectName(u"passwordDialog"_s);
    setWindowTitle(tr("Password for the Team Library"));
    auto *text = new QLabel(this);
    text->setObjectName(u"passwordText"_s);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    const QString login = loginName(location);
    text->setText(refused ? tr("The server refused the password of %1. Type it again.").arg(login)
                          : tr("The server asks for the password of %1.").arg(login));
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(u"rememberBox"_s);
    m_remember->setText(tr("&Remember it in %1").arg(QDir::toNativeSeparators(PasswordFile::path())));
    m_remember->setToolTip(tr("The PostgreSQL password file, readable by you only, where psql and pg_dump find "
                              "it too. Actes never keeps passwords in its own settings."));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(460);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::remember() const
{
    return m_remember->isChecked();
}

std::unique_ptr<ResourceRepository> PasswordDialog::openWithPassword(QWidget *parent, const QString &location,
                                                                     bool refused, const Opener &open, QString *notice)
{
    for (;;) {
        PasswordDialog dialog(location, refused, parent);
        if (Prompts::exec(dialog) != QDialog::Accepted)
            return nullptr;
        try {
            auto repository = open(location, dialog.password());
            if (dialog.remember()) {
                QString error;
                const bool stored = PasswordFile::remember(location, dialog.password(), &error);
                if (notice)
                    *notice = stored ? tr("The password is remembered in %1.")
                                           .arg(QDir::toNativeSeparators(PasswordFile::path()))
                                     : error;
            }
            return repository;
        } catch (const PasswordRequiredError &) {
            refused = true;   // asked again, saying it was refused
        }
    }
}

} // namespace Actes
