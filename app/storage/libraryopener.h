#pragma once

#include "storage/resourcerepository.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Actes {

// Opening a library from its location, whatever its kind: a file path (SqliteRepository) or
// a PostgreSQL address (PostgresRepository), postgresql://user@host:5432/dbname?sslmode=…
// or postgres://…, in libpq's URI syntax (a Unix socket directory through ?host=/path).
// Passwords never appear in a location: libpq's own sources apply (~/.pgpass, PGPASSWORD,
// a service file); PostgresRepository refuses an address that holds one.
class LibraryLocation
{
    Q_DECLARE_TR_FUNCTIONS(Actes::LibraryLocation)
public:
    enum class Mode { ReadWrite, ReadOnly };

    // True for a PostgreSQL address (starting with postgresql:// or postgres://).
    static bool isServerLocation(const QString &location);
    // What a window title or a status bar shows: the file name for a file ("actes.actes"),
    // "dbname on host" for a server (the host, or "this computer" for a local socket).
    static QString displayName(const QString &location);
    // --db LOCATION, else $ACTES_DB, else the default library file: server addresses are kept
    // as they are, file paths made absolute (resolveLibraryPath()).
    static QString resolve(const QString &commandLineLocation);

    // A server address in parts (what the window's "Open Team Library" dialog shows).
    struct ServerParts
    {
        QString host;       // empty: this computer's default socket
        int port = 5432;
        QString database;
        QString user;
        QString sslMode;    // a libpq sslmode value (disable, allow, prefer, require, verify-ca,
                            // verify-full); empty: libpq's default
    };
    // The parts of a server address; false with *error (a sentence) when it is not one.
    static bool serverParts(const QString &location, ServerParts *parts, QString *error = nullptr);
    // The address of those parts (normalised; no password ever).
    static QString serverLocation(const ServerParts &parts);
};

// Opens the library at location (see LibraryLocation). Throws LibraryError as the repository
// does: nothing is written to a foreign, damaged or newer library.
// password: for a server, given by the user for this connection only (empty: libpq's own
// sources); a server that wants one throws PasswordRequiredError.
std::unique_ptr<ResourceRepository> openLibrary(const QString &location,
                                                LibraryLocation::Mode mode = LibraryLocation::Mode::ReadWrite,
                                                const QString &password = {});

} // namespace Actes
