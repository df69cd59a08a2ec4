#include "storage/passwordfile.h"

#include "storage/libraryerror.h"
#include "storage/postgresrepository.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

QString escaped(const QString &field)
{
    QString text = field;
    text.replace(u"\\"_s, u"\\\\"_s);
    text.replace(u":"_s, u"\\:"_s);
    return text;
}

// The first four fields of a line as written (escapes kept): what identifies a login.
QString keyOf(const QString &line)
{
    int fields = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == u'\\') {
            ++i;
        } else if (line.at(i) == u':' && ++fields == 4) {
            return line.left(i);
        }
    }
    return {};
}

} // namespace

QString PasswordFile::path()
{
    const QString fromEnv = qEnvironmentVariable("PGPASSFILE");
    return fromEnv.isEmpty() ? QDir::home().filePath(u".pgpass"_s) : fromEnv;
}

QString PasswordFile::line(const QString &location, const QString &password)
{
    const PostgresRepository::Address address = PostgresRepository::parseAddress(location);
    QString user = address.user;
    if (user.isEmpty())
        user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    const QString database = address.database.isEmpty() ? user : address.database;
    const QString host = address.host.isEmpty() ? u"localhost"_s : address.host;
    const QString port = address.port > 0 ? QString::number(address.port)
                                          : qEnvironmentVariable("PGPORT", u"5432"_s);
    return QStringList{escaped(host), escaped(port), escaped(database), escaped(user), escaped(password)}.join(u':');
}

bool PasswordFile::remember(const QString &location, const QString &password, QString *error)
{
    const QString filePath = path();
    auto failed = [&](const QString &why) {
        if (error)
            *error = tr("The password could not be remembered in %1: %2").arg(QDir::toNativeSeparators(filePath), why);
        return false;
    };
    QString newLine;
    try {
        newLine = line(location, password);
    } catch (const LibraryError &e) {
        return failed(e.message());
    }
    QStringList lines;
    QFile existing(filePath);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return failed(existing.errorString());
        lines = QString::fromUtf8(existing.readAll()).split(u'\n');
        existing.close();
        while (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
    }
    // libpq takes the first matching line: an older password for the same login goes.
    const QString key = keyOf(newLine);
    lines.removeIf([&](const QString &l) { return keyOf(l) == key; });
    lines.append(newLine);

    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    // Before any byte is written: only the owner may read it (libpq ignores it otherwise).
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failed(file.errorString());
    file.write((lines.join(u'\n') + u'\n').toUtf8());
    if (!file.commit())
        return failed(file.errorString());
    return true;
}

} // namespace Actes
