#pragma once

#include <QDialog>

#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Actes {

class ResourceRepository;

// The password of a team library, asked when the server wants one that libpq's sources
// (PGPASSWORD, the password file, a service file) do not give: names user@server/database, and
// offers to remember it in libpq's password file (~/.pgpass or $PGPASSFILE, mode 0600) — never
// in Actes' own settings.
class PasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordDialog)
public:
    // refused: a password was given and refused (says so).
    PasswordDialog(const QString &location, bool refused, QWidget *parent = nullptr);

    QString password() const;
    bool remember() const;
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }

    // Opens location with the password the user gives (asked again while the server refuses
    // it); remembers it when asked to, once the server accepted it. Returns nullptr when the
    // user cancels; throws the other LibraryErrors of opening. open(location, password) opens.
    using Opener = std::function<std::unique_ptr<ResourceRepository>(const QString &location, const QString &password)>;
    static std::unique_ptr<ResourceRepository> openWithPassword(QWidget *parent, const QString &location, bool refused,
                                                                const Opener &open, QString *notice = nullptr);

private:
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
};

} // namespace Actes
