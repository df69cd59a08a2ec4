#pragma once

#include <QCoreApplication>
#include <QString>

#include <exception>

namespace Actes {

// The one error type of the storage layer. message() is a complete, translated sentence
// that names the file and the problem, ready to be shown to a user or printed by the CLI.
class LibraryError : public std::exception
{
    Q_DECLARE_TR_FUNCTIONS(Actes::LibraryError)
public:
    enum class Kind {
        NotALibrary,   // a file that is not an Actes library (not SQLite, or another app's database)
        Corrupt,       // SQLite reports a malformed database
        NewerVersion,  // written by a newer Actes: refused, untouched
        ReadOnly,      // a write was attempted on a library opened read-only
        Locked,        // another process holds the lock past the busy timeout
        DiskFull,      // the disk (or max_page_count) is full; the write was rolled back
        Conflict,      // the resource changed elsewhere since it was loaded (version counter)
        NotFound,      // no resource / person / organisation with that id
        Invalid,       // a value rejected by validation (empty title, end before start...)
        Io,            // the file cannot be created or read
        PermissionDenied, // the login's role does not allow it (team library: the server refused)
    };

    LibraryError(Kind kind, QString message, QString path = {})
        : m_kind(kind), m_message(std::move(message)), m_path(std::move(path)),
          m_utf8(m_message.toUtf8())
    {
    }

    Kind kind() const noexcept { return m_kind; }
    const QString &message() const noexcept { return m_message; }
    const QString &path() const noexcept { return m_path; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QString m_path;
    QByteArray m_utf8;
};

// Opening a server library failed for want of a password (kind Io): the server asked for one
// that libpq's sources (PGPASSWORD, the password file, a service file) did not give, or refused
// the one given. The window may ask for it and open again with it (never saving it in Actes'
// own settings).
class PasswordRequiredError final : public LibraryError
{
public:
    PasswordRequiredError(QString message, QString location, bool refused)
        : LibraryError(Kind::Io, std::move(message), std::move(location)), m_refused(refused)
    {
    }
    // True when a password was given and the server refused it (a wrong password).
    bool wasRefused() const noexcept { return m_refused; }

private:
    bool m_refused;
};

} // namespace Actes
