#include "dialogs/teamlibrarydialog.h"

#include "storage/libraryopener.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Actes {

TeamLibraryDialog::TeamLibraryDialog(const QString &location, QWidget *parent)
    : QDialog(parent),
      m_address(new QLineEdit(this)),
      m_server(new QLineEdit(this)),
      m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)),
      m_user(new QLineEdit(this)),
      m_tls(new QComboBox(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"teamLibraryDialog"_s);
    setWindowTitle(tr("Open Team Library"));
    m_address->setObjectName(u"addressEdit"_s);
    m_server->setObjectName(u"serverEdit"_s);
    m_port->setObjectName(u"portBox"_s);
    m_database->setObjectName(u"databaseEdit"_s);
    m_user->setObjectName(u"userEdit"_s);
    m_tls->setObjectName(u"tlsBox"_s);
    m_problem->setObjectName(u"problemLabel"_s);

    auto *intro = new QLabel(tr("The team’s library is a database on the PostgreSQL server of your network. "
                                "Ask the person who runs the server for these details, or paste the address "
                                "they gave you."),
                             this);
    intro->setWordWrap(true);
    m_address->setPlaceholderText(u"postgresql://camille@serveur.example.org:5432/actes"_s);
    m_address->setClearButtonEnabled(true);
    m_server->setPlaceholderText(tr("this computer"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_database->setPlaceholderText(u"actes"_s);
    m_user->setPlaceholderText(tr("your login name"));
    const QList<std::pair<QString, QString>> modes = {
        {QString(), tr("Default (prefer an encrypted connection)")},
        {u"disable"_s, tr("disable — never encrypt")},
        {u"allow"_s, tr("allow — encrypt if the server insists")},
        {u"prefer"_s, tr("prefer — encrypt when the server can")},
        {u"require"_s, tr("require — always encrypt")},
        {u"verify-ca"_s, tr("verify-ca — encrypt and check the server’s certificate")},
        {u"verify-full"_s, tr("verify-full — encrypt, check the certificate and the server’s name")},
    };
    for (const auto &[value, text] : modes)
        m_tls->addItem(text, value);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Encryption (TLS):"), m_tls);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    form->addRow(line);
    form->addRow(tr("&Address:"), m_address);
    auto *passwordNote = new QLabel(tr("No password here: if the server asks for one, Actes asks you when it "
                                       "connects, and can remember it in your PostgreSQL password file."),
                                    this);
    passwordNote->setWordWrap(true);
    passwordNote->setEnabled(false);   // greyed: an explanation
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"QLabel { color: #a0281e; }"_s);
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(passwordNote);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(620);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_server, m_database, m_user})
        connect(edit, &QLineEdit::textEdited, this, &TeamLibraryDialog::fieldsEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &TeamLibraryDialog::fieldsEdited);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &TeamLibraryDialog::fieldsEdited);
    connect(m_address, &QLineEdit::textChanged, this, &TeamLibraryDialog::addressEdited);

    if (LibraryLocation::isServerLocation(location))
        setLocation(location);
    else
        fieldsEdited();
}

QString TeamLibraryDialog::location() const
{
    return m_address->text().trimmed();
}

void TeamLibraryDialog::setLocation(const QString &location)
{
    m_address->setText(location.trimmed());
    m_address->setCursorPosition(0);   // the start of the address: who and where
}

// The fields make the address.
void TeamLibraryDialog::fieldsEdited()
{
    if (m_syncing)
        return;
    LibraryLocation::ServerParts parts;
    parts.host = m_server->text().trimmed();
    parts.port = m_port->value();
    parts.database = m_database->text().trimmed();
    parts.user = m_user->text().trimmed();
    parts.sslMode = m_tls->currentData().toString();
    m_syncing = true;
    m_address->setText(parts.database.isEmpty() ? QString() : LibraryLocation::serverLocation(parts));
    m_syncing = false;
    m_problem->hide();
    updateAcceptable();
}

// A pasted or typed address fills the fields.
void TeamLibraryDialog::addressEdited(const QString &text)
{
    if (m_syncing)
        return;
    LibraryLocation::ServerParts parts;
    QString problem;
    const bool valid = !text.trimmed().isEmpty() && LibraryLocation::serverParts(text.trimmed(), &parts, &problem);
    if (valid) {
        m_syncing = true;
        m_server->setText(parts.host);
        m_port->setValue(parts.port);
        m_database->setText(parts.database);
        m_user->setText(parts.user);
        const int mode = m_tls->findData(parts.sslMode);
        m_tls->setCurrentIndex(mode >= 0 ? mode : 0);
        m_syncing = false;
    }
    m_problem->setText(problem);
    m_problem->setVisible(!valid && !text.trimmed().isEmpty());
    updateAcceptable();
}

void TeamLibraryDialog::updateAcceptable()
{
    LibraryLocation::ServerParts parts;
    const bool valid = LibraryLocation::serverParts(location(), &parts) && !parts.database.isEmpty();
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(valid);
}

} // namespace Actes
