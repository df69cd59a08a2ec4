#pragma once

#include <QCoreApplication>
#include <QString>

namespace Actes {

// libpq's password file: $PGPASSFILE, else ~/.pgpass. Actes never keeps a password in its own
// settings; when the user asks the window to remember one, it goes here, where libpq (and psql,
// pg_dump...) find it: one line host:port:database:user:password (':' and '\' escaped), replacing
// an older line for the same server, database and user, in a file of mode 0600 (libpq ignores
// a password file that others may read).
class PasswordFile
{
    Q_DECLARE_TR_FUNCTIONS(Actes::PasswordFile)
public:
    static QString path();
    // The line for the server address location (host "localhost" for this computer's default
    // socket, libpq's defaults for what the address leaves out).
    static QString line(const QString &location, const QString &password);
    // Writes the line; false with *error (a sentence naming the file) on failure.
    static bool remember(const QString &location, const QString &password, QString *error = nullptr);
};

} // namespace Actes
