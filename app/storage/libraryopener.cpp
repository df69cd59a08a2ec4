#include "storage/libraryopener.h"

#include "storage/libraryerror.h"
#include "storage/librarypath.h"
#include "storage/postgresrepository.h"
#include "storage/sqliterepository.h"

#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

QString schemeRest(const QString &location)
{
    const QString trimmed = location.trimmed();
    for (const QString &scheme : {u"postgresql://"_s, u"postgres://"_s}) {
        if (trimmed.startsWith(scheme))
            return trimmed.mid(scheme.size());
    }
    return {};
}

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

} // namespace

bool LibraryLocation::isServerLocation(const QString &location)
{
    const QString trimmed = location.trimmed();
    return trimmed.startsWith(u"postgresql://"_s)
        || trimmed.startsWith(u"postgres://"_s);
}

QString LibraryLocation::displayName(const QString &location)
{
    if (!isServerLocation(location))
        return QFileInfo(location).fileName();
    QString rest = schemeRest(location);
    QString query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    QString authority = rest;
    QString database;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        authority = rest.left(slash);
        database = decoded(rest.mid(slash + 1));
    }
    QString user;
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        user = decoded(authority.left(at).section(u':', 0, 0));
        authority = authority.mid(at + 1);
    }
    QString host;
    if (authority.startsWith(u'[')) {
        host = authority.mid(1, authority.indexOf(u']') - 1);
    } else {
        host = decoded(authority.section(u':', 0, 0));
    }
    for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const QString key = decoded(pair.section(u'=', 0, 0));
        const QString value = decoded(pair.section(u'=', 1));
        if (key == u"host"_s)
            host = value;
        else if (key == u"dbname"_s)
            database = value;
        else if (key == u"user"_s)
            user = value;
    }
    if (database.isEmpty())   // libpq's default: the database named after the user
        database = user.isEmpty() ? qEnvironmentVariable("PGDATABASE", qEnvironmentVariable("USER")) : user;
    if (host.isEmpty() || host.startsWith(u'/'))
        return tr("%1 on this computer").arg(database);
    return tr("%1 on %2").arg(database, host);
}

QString LibraryLocation::resolve(const QString &commandLineLocation)
{
    if (isServerLocation(commandLineLocation))
        return commandLineLocation.trimmed();
    if (commandLineLocation.isEmpty()) {
        const QString fromEnv = qEnvironmentVariable("ACTES_DB");
        if (isServerLocation(fromEnv))
            return fromEnv.trimmed();
    }
    return resolveLibraryPath(commandLineLocation);
}

bool LibraryLocation::serverParts(const QString &location, ServerParts *parts, QString *error)
{
    try {
        const PostgresRepository::Address address = PostgresRepository::parseAddress(location);
        parts->host = address.host;
        parts->port = address.port > 0 ? address.port : 5432;
        parts->database = address.database;
        parts->user = address.user;
        parts->sslMode = address.options.value(u"sslmode"_s);
        return true;
    } catch (const LibraryError &e) {
        if (error)
            *error = e.message();
        return false;
    }
}

QString LibraryLocation::serverLocation(const ServerParts &parts)
{
    PostgresRepository::Address address;
    address.host = parts.host.trimmed();
    address.port = parts.port > 0 && parts.port != 5432 ? parts.port : -1;
    if (address.host.startsWith(u'/') && parts.port > 0)
        address.port = parts.port;   // a socket directory goes with its port
    address.user = parts.user.trimmed();
    address.database = parts.database.trimmed();
    if (!parts.sslMode.isEmpty())
        address.options.insert(u"sslmode"_s, parts.sslMode);
    return PostgresRepository::addressText(address);
}

std::unique_ptr<ResourceRepository> openLibrary(const QString &location, LibraryLocation::Mode mode,
                                                const QString &password)
{
    const bool readOnly = mode == LibraryLocation::Mode::ReadOnly;
    if (LibraryLocation::isServerLocation(location)) {
        return PostgresRepository::open(location.trimmed(),
                                        readOnly ? PostgresRepository::Mode::ReadOnly
                                                 : PostgresRepository::Mode::ReadWrite,
                                        password);
    }
    return SqliteRepository::open(location, readOnly ? OpenMode::ReadOnly : OpenMode::ReadWrite);
}

} // namespace Actes
