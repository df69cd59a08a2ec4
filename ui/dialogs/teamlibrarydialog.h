#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Actes {

// File › Open Team Library…: where the team's library is on the PostgreSQL server — server,
// port, database, user and TLS mode (libpq's sslmode values) — or a postgresql:// address
// pasted whole (the fields follow it, and it follows the fields). No password here: libpq's
// own sources are used, and the window asks for it when the server wants one they lack.
class TeamLibraryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamLibraryDialog)
public:
    // location: a server address to start from (e.g. the open library's); may be empty.
    explicit TeamLibraryDialog(const QString &location = {}, QWidget *parent = nullptr);

    // The address to open (postgresql://user@server:port/database?sslmode=...).
    QString location() const;
    void setLocation(const QString &location);

    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *serverEdit() const { return m_server; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *tlsBox() const { return m_tls; }

private:
    void fieldsEdited();
    void addressEdited(const QString &text);
    void updateAcceptable();

    QLineEdit *m_address = nullptr;
    QLineEdit *m_server = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_tls = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_syncing = false;
};

} // namespace Actes
