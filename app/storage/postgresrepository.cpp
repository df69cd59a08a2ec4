// PostgresRepository: the connection (libpq URI), errors, transactions, shared helpers,
// settings and change detection.
#include "storage/postgresrepository.h"
#include "storage/postgresdetail.h"

#include "storage/libraryerror.h"
#include "text/searchtext.h"

#include <QAtomicInt>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <utility>

using namespace Qt::StringLiterals;

namespace Actes {

namespace PostgresDetail {

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

QVariant date(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

QString timestamp(const QDateTime &value)
{
    return value.toUTC().toString(Qt::ISODateWithMs);
}

QDate dateFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime timestampFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    bool ok = false;
    const qint64 ms = value.toLongLong(&ok);
    return ok ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

QString dateColumn(const QString &column)
{
    return u"to_char("_s + column + u", 'YYYY-MM-DD')"_s;
}

QString timeColumn(const QString &column)
{
    // Milliseconds since the epoch: independent of TimeZone and DateStyle, exact for what is written.
    return u"CAST(round(extract(epoch FROM "_s + column + u") * 1000) AS bigint)"_s;
}

QString idsArray(const QList<qint64> &ids)
{
    QString array = u"{"_s;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            array += u',';
        array += QString::number(ids.at(i));
    }
    return array + u'}';
}

const QString summaryColumns = u"r.id, r.title, t.name, r.is_private, r.status, "_s + dateColumn(u"r.date_start"_s)
    + u", "_s + dateColumn(u"r.date_end"_s) + u", "_s + timeColumn(u"r.modified"_s) + u", r.needs_review, r.private_confirmed"_s;

// SQLite compares text keys byte by byte (BINARY); the "C" collation does the same here.
const QString listOrder = uR"( ORDER BY r.date_start DESC NULLS LAST, r.title_key COLLATE "C", r.id)"_s;

ResourceSummary summaryFrom(const QSqlQuery &query)
{
    ResourceSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.title = query.value(1).toString();
    summary.type = query.value(2).toString();
    summary.isPrivate = query.value(3).toBool();
    summary.status = statusFromKey(query.value(4).toString()).value_or(Status::Draft);
    summary.dateStart = dateFrom(query.value(5));
    summary.dateEnd = dateFrom(query.value(6));
    summary.modified = timestampFrom(query.value(7));
    summary.needsReview = query.value(8).toBool();
    summary.privateConfirmed = query.value(9).toBool();
    return summary;
}

QString filterClause(const ResourceFilter &filter, QVariantList *values)
{
    QStringList conditions;
    conditions.append(filter.trash ? u"r.deleted_at IS NOT NULL"_s : u"r.deleted_at IS NULL"_s);
    const SearchCondition search = searchCondition(filter.searchText);
    if (!search.tsquery.isEmpty()) {
        // The GIN index finds the rows holding every word (exact for a one-word term); the words
        // then confirm the order of the words of a phrase and the field they are in, as FTS5 does.
        // A row whose vector could not hold all its words is checked on its words alone.
        QString sql = u"r.id IN (SELECT s.resource_id FROM resource_search s WHERE "
                      u"(s.document @@ CAST(? AS tsquery)"_s;
        values->append(search.tsquery);
        for (const QString &pattern : search.phrasePatterns) {
            sql += uR"( AND s.words LIKE ? COLLATE "C")"_s;
            values->append(pattern);
        }
        sql += u") OR (NOT s.complete"_s;
        for (const QString &pattern : search.patterns) {
            sql += uR"( AND s.words LIKE ? COLLATE "C")"_s;
            values->append(pattern);
        }
        conditions.append(sql + u"))"_s);
    }
    if (!filter.type.isEmpty()) {
        conditions.append(u"r.type_id IN (SELECT id FROM resource_type WHERE name_key = ?)"_s);
        values->append(SearchText::identityKey(filter.type));
    }
    if (filter.status) {
        conditions.append(u"r.status = ?"_s);
        values->append(statusKey(*filter.status));
    }
    if (filter.isPrivate) {
        conditions.append(u"r.is_private = ?"_s);
        values->append(*filter.isPrivate);
    }
    if (filter.year != 0) {
        conditions.append(u"r.date_start >= CAST(? AS date) AND r.date_start < CAST(? AS date)"_s);
        values->append(u"%1-01-01"_s.arg(filter.year, 4, 10, QChar(u'0')));
        values->append(u"%1-01-01"_s.arg(filter.year + 1, 4, 10, QChar(u'0')));
    }
    if (!filter.ids.isEmpty()) {
        conditions.append(u"r.id = ANY (CAST(? AS bigint[]))"_s);
        values->append(idsArray(filter.ids));
    }
    if (filter.reviewQueueFor) {
        conditions.append(u"r.status = ? AND (r.requested_reviewer IS NULL OR r.requested_reviewer = ?)"_s);
        values->append(statusKey(Status::InReview));
        values->append(filter.reviewQueueFor->isEmpty() ? QString() : *filter.reviewQueueFor);
    }
    return conditions.join(u" AND "_s);
}

// --- Full-text search ----------------------------------------------------------------------

namespace {

bool isMarkCategory(QChar::Category category)
{
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

// A lexeme longer than this (in UTF-8 bytes) is refused by PostgreSQL: it is not indexed.
constexpr qsizetype MaxLexemeBytes = 2046;
// A tsvector holds at most 1 MB: past this estimate, further words are left out of it (the row is
// then marked incomplete and checked on its words alone).
constexpr qsizetype MaxVectorBytes = 900 * 1024;

QString quotedLexeme(const QString &token)
{
    QString escaped = token;
    escaped.replace(u"\\"_s, u"\\\\"_s);
    escaped.replace(u"'"_s, u"''"_s);
    return u'\'' + escaped + u'\'';
}

} // namespace

QStringList searchTokens(const QString &foldedText)
{
    const QList<uint> codePoints = foldedText.normalized(QString::NormalizationForm_D).toUcs4();
    QStringList tokens;
    QString token;
    auto endToken = [&] {
        if (!token.isEmpty()) {
            if (token.toUtf8().size() <= MaxLexemeBytes)
                tokens.append(token);
            token.clear();
        }
    };
    for (const uint code : codePoints) {
        const char32_t c = code;
        const QChar::Category category = QChar::category(c);
        if (isMarkCategory(category))
            continue;   // diacritics removed, as remove_diacritics does
        if (QChar::isLetterOrNumber(c) || category == QChar::Other_PrivateUse) {
            const char32_t folded = QChar::toCaseFolded(c);
            if (QChar::requiresSurrogates(folded)) {
                token.append(QChar(QChar::highSurrogate(folded)));
                token.append(QChar(QChar::lowSurrogate(folded)));
            } else {
                token.append(QChar(char16_t(folded)));
            }
        } else {
            endToken();
        }
    }
    endToken();
    return tokens;
}

SearchDocument searchDocument(const QString &title, const QString &summary, const QString &body,
                              const QString &attachments)
{
    SearchDocument document;
    QSet<QString> seen;
    QStringList lexemes;
    qsizetype size = 0;   // an estimate of the tsvector's size: entry, lexeme, alignment
    QString words;
    for (const QString *field : {&title, &summary, &body, &attachments}) {
        const QStringList tokens = searchTokens(*field);
        words += u' ' + tokens.join(u' ') + u" \n"_s;
        for (const QString &token : tokens) {
            if (seen.contains(token))
                continue;
            const qsizetype bytes = token.toUtf8().size() + 8;
            if (size + bytes > MaxVectorBytes) {
                document.complete = false;   // the words still find it, through words alone
                continue;
            }
            size += bytes;
            seen.insert(token);
            lexemes.append(quotedLexeme(token));
        }
    }
    document.vector = lexemes.join(u' ');
    document.words = words;
    return document;
}

SearchCondition searchCondition(const QString &userText)
{
    QList<QStringList> terms;
    for (const QString &term : SearchText::queryTerms(userText)) {
        const QStringList tokens = searchTokens(term);
        if (!tokens.isEmpty())
            terms.append(tokens);
    }
    SearchCondition condition;
    QStringList lexemes;
    for (qsizetype t = 0; t < terms.size(); ++t) {
        const QStringList &words = terms.at(t);
        const bool prefix = t == terms.size() - 1;
        for (qsizetype w = 0; w < words.size(); ++w)
            lexemes.append(quotedLexeme(words.at(w)) + (prefix && w == words.size() - 1 ? u":*"_s : QString()));
        // The words of a term follow each other inside one field; the last term may be a prefix.
        const QString pattern = u"% "_s + words.join(u' ') + (prefix ? u"%"_s : u" %"_s);
        condition.patterns.append(pattern);
        if (words.size() > 1)
            condition.phrasePatterns.append(pattern);
    }
    condition.tsquery = lexemes.join(u" & "_s);
    return condition;
}

} // namespace PostgresDetail

using namespace PostgresDetail;

namespace {

// The notification channels of committed changes and of presence (LISTEN/NOTIFY).
const QString ChangeChannel = u"actes_change"_s;
const QString PresenceChannel = u"actes_presence"_s;

QString newConnectionName()
{
    static QAtomicInt counter;
    return u"actes-postgres-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// A value of a libpq connection option, quoted as the conninfo syntax wants.
QString conninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u"\\"_s, u"\\\\"_s);
    escaped.replace(u"'"_s, u"\\'"_s);
    return u'\'' + escaped + u'\'';
}

using ConnectionTarget = PostgresRepository::Address;

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

// Parses postgresql://[user@][host][:port][/database][?key=value&...]. Throws Invalid.
ConnectionTarget parseUri(const QString &uri)
{
    auto invalid = [&](const QString &why) {
        return LibraryError(Kind::Invalid,
                            PostgresRepository::tr("The address %1 is not a PostgreSQL address (%2). Write it as "
                                                   "postgresql://user@server:5432/database.")
                                .arg(uri, why),
                            uri);
    };
    QString rest = uri.trimmed();
    if (rest.startsWith(u"postgresql://"_s))
        rest = rest.mid(13);
    else if (rest.startsWith(u"postgres://"_s))
        rest = rest.mid(11);
    else
        throw invalid(PostgresRepository::tr("it must start with postgresql://"));

    ConnectionTarget target;
    QString query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    QString authority = rest;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        authority = rest.left(slash);
        target.database = decoded(rest.mid(slash + 1));
    }
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        if (userInfo.contains(u':')) {
            throw LibraryError(Kind::Invalid,
                               PostgresRepository::tr("The address of the library contains a password. Remove it "
                                                      "from the address and put it in the file ~/.pgpass (or the "
                                                      "PGPASSWORD variable): addresses are saved in the settings, "
                                                      "passwords must not be."),
                               QString());
        }
        target.user = decoded(userInfo);
    }
    QString portText;
    if (authority.startsWith(u'[')) {   // [IPv6]:port
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            throw invalid(PostgresRepository::tr("an IPv6 address is not closed by ]"));
        target.host = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (after.startsWith(u':'))
            portText = after.mid(1);
    } else if (const qsizetype colon = authority.lastIndexOf(u':'); colon >= 0) {
        target.host = decoded(authority.left(colon));
        portText = authority.mid(colon + 1);
    } else {
        target.host = decoded(authority);
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        target.port = portText.toInt(&ok);
        if (!ok || target.port <= 0 || target.port > 65535)
            throw invalid(PostgresRepository::tr("the port “%1” is not a number between 1 and 65535").arg(portText));
    }
    if (target.host.contains(u','))
        throw invalid(PostgresRepository::tr("several servers in one address are not supported"));

    for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString key = decoded(equals < 0 ? pair : pair.left(equals));
        const QString value = equals < 0 ? QString() : decoded(pair.mid(equals + 1));
        if (key == u"password"_s) {
            throw LibraryError(Kind::Invalid,
                               PostgresRepository::tr("The address of the library contains a password. Remove it "
                                                      "from the address and put it in the file ~/.pgpass (or the "
                                                      "PGPASSWORD variable): addresses are saved in the settings, "
                                                      "passwords must not be."),
                               QString());
        }
        if (key.isEmpty() || value.contains(u';') || !key.contains(QRegularExpression(u"^[a-z_]+$"_s)))
            throw invalid(PostgresRepository::tr("the parameter “%1” cannot be used").arg(key));
        if (key == u"host"_s) {
            target.host = value;
        } else if (key == u"port"_s) {
            bool ok = false;
            target.port = value.toInt(&ok);
            if (!ok || target.port <= 0 || target.port > 65535)
                throw invalid(PostgresRepository::tr("the port “%1” is not a number between 1 and 65535").arg(value));
        } else if (key == u"user"_s) {
            target.user = value;
        } else if (key == u"dbname"_s) {
            target.database = value;
        } else {
            target.options.insert(key, value);
        }
    }
    return target;
}

QString describeServer(const ConnectionTarget &target)
{
    const QString port = target.port > 0 ? QString::number(target.port) : u"5432"_s;
    if (target.host.isEmpty())
        return PostgresRepository::tr("localhost (port %1)").arg(port);   // follows "the server"
    if (target.host.startsWith(u'/'))
        return PostgresRepository::tr("localhost (socket in %1, port %2)").arg(target.host, port);
    if (target.host.contains(u':'))
        return u"[%1]:%2"_s.arg(target.host, port);
    return u"%1:%2"_s.arg(target.host, port);
}

// The address shown and saved: everything given (there is no password: it is refused), so that
// opening it again connects the same way (sslmode kept).
QString locationOf(const ConnectionTarget &target)
{
    QString location = u"postgresql://"_s;
    if (!target.user.isEmpty())
        location += QString::fromUtf8(QUrl::toPercentEncoding(target.user)) + u'@';
    if (!target.host.isEmpty() && !target.host.startsWith(u'/'))
        location += target.host.contains(u':') ? u'[' + target.host + u']' : target.host;
    if (target.port > 0 && !target.host.startsWith(u'/'))
        location += u':' + QString::number(target.port);
    location += u'/' + QString::fromUtf8(QUrl::toPercentEncoding(target.database));
    QStringList parameters;
    if (target.host.startsWith(u'/')) {
        parameters.append(u"host="_s + QString::fromUtf8(QUrl::toPercentEncoding(target.host)));
        if (target.port > 0)
            parameters.append(u"port="_s + QString::number(target.port));
    }
    for (auto it = target.options.cbegin(); it != target.options.cend(); ++it)
        parameters.append(it.key() + u'=' + QString::fromUtf8(QUrl::toPercentEncoding(it.value())));
    if (!parameters.isEmpty())
        location += u'?' + parameters.join(u'&');
    return location;
}

QString databaseText(const QSqlError &error)
{
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.simplified();
}

// The server's own sentence, without the "ERROR:" prefix and SQLSTATE the driver adds, ending
// with a full stop.
QString serverMessage(const QSqlError &error)
{
    QString text = databaseText(error);
    static const QRegularExpression prefix(u"^(ERROR|FATAL):\\s*"_s);
    static const QRegularExpression state(u"\\s*\\(?[0-9A-Z]{5}\\)?$"_s);
    static const QRegularExpression context(u"\\s*CONTEXT:.*$"_s);   // which function raised it
    text.remove(prefix);
    text.remove(context);
    text.remove(state);
    text = text.trimmed();
    if (!text.isEmpty() && !text.endsWith(u'.'))
        text.append(u'.');
    return text;
}

} // namespace

// --- Opening -----------------------------------------------------------------------------

PostgresRepository::Address PostgresRepository::parseAddress(const QString &uri)
{
    return parseUri(uri);
}

QString PostgresRepository::addressText(const Address &address)
{
    return locationOf(address);
}

PostgresRepository::PostgresRepository(QString connectionName, QString location, QString server, QString database)
    : m_connectionName(std::move(connectionName)), m_location(std::move(location)), m_server(std::move(server)),
      m_database(std::move(database))
{
    m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
}

PostgresRepository::~PostgresRepository()
{
    if (m_db.isOpen()) {
        if (m_transactionDepth > 0) {
            QSqlQuery rollback(m_db);
            rollback.exec(u"ROLLBACK"_s);
        }
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int PostgresRepository::latestSchemaVersion()
{
    return SchemaVersion;
}

std::unique_ptr<PostgresRepository> PostgresRepository::open(const QString &uri, Mode mode, const QString &password)
{
    ConnectionTarget target = parseUri(uri);
    const QString location = locationOf(target);
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        throw LibraryError(Kind::Io,
                           tr("The library %1 cannot be opened: the PostgreSQL driver of Qt (QPSQL) is not "
                              "installed.")
                               .arg(location),
                           location);
    }
    const QString server = describeServer(target);
    QString database = target.database;
    if (database.isEmpty())
        database = target.user;   // libpq's default

    std::unique_ptr<PostgresRepository> repository(
        new PostgresRepository(newConnectionName(), location, server, database));
    QSqlDatabase &db = repository->m_db;
    if (!target.host.isEmpty())
        db.setHostName(target.host);
    if (target.port > 0)
        db.setPort(target.port);
    if (!target.user.isEmpty())
        db.setUserName(target.user);
    if (!target.database.isEmpty())
        db.setDatabaseName(target.database);
    if (!password.isEmpty())
        db.setPassword(password);   // kept by this connection only, for its reconnections
    if (!target.options.contains(u"connect_timeout"_s))
        target.options.insert(u"connect_timeout"_s, u"10"_s);
    // A query on a connection to a host that vanished without a word fails after 10 s of
    // unacknowledged data (not the system's many minutes); ignored on a Unix socket.
    if (!target.options.contains(u"tcp_user_timeout"_s))
        target.options.insert(u"tcp_user_timeout"_s, u"10000"_s);
    if (!target.options.contains(u"application_name"_s))
        target.options.insert(u"application_name"_s, u"Actes"_s);
    QStringList options;
    for (auto it = target.options.cbegin(); it != target.options.cend(); ++it)
        options.append(it.key() + u'=' + conninfoValue(it.value()));
    db.setConnectOptions(options.join(u';'));

    if (!db.open()) {
        const QString reason = databaseText(db.lastError());
        QString message;
        if (reason.contains(u"password"_s)) {
            message = tr("The server %1 refused the connection to the library %2: the password of the user is "
                         "missing or wrong (%3). Give it in the file ~/.pgpass or the PGPASSWORD variable.")
                          .arg(server, location, reason);
            // "no password supplied": libpq found none; "authentication failed": one was refused.
            throw PasswordRequiredError(message, location, !reason.contains(u"no password"_s));
        } else if (reason.contains(u"does not exist"_s)) {
            message = tr("The library %1 cannot be opened: the server %2 has no such database or user (%3).")
                          .arg(location, server, reason);
        } else {
            message = tr("The library %1 cannot be opened: the server %2 cannot be reached or refused the "
                         "connection (%3).")
                          .arg(location, server, reason);
        }
        throw LibraryError(Kind::Io, message, location);
    }
    repository->configureSession();
    repository->inspectAndSetUp(mode);
    if (repository->m_readOnly)
        repository->configureSession();
    repository->readSessionIdentity();
    return repository;
}

void PostgresRepository::createAtSchemaVersion(const QString &uri, int version)
{
    ConnectionTarget target = parseUri(uri);
    std::unique_ptr<PostgresRepository> repository(
        new PostgresRepository(newConnectionName(), locationOf(target), describeServer(target), target.database));
    QSqlDatabase &db = repository->m_db;
    db.setHostName(target.host);
    if (target.port > 0)
        db.setPort(target.port);
    db.setUserName(target.user);
    db.setDatabaseName(target.database);
    if (!db.open())
        repository->fail(db.lastError());
    repository->configureSession();
    repository->createSchema(version);
}

void PostgresRepository::configureSession() const
{
    run(u"SET client_min_messages = warning"_s);
    // A lock held by another user's write is waited for as long as SQLite's busy timeout.
    run(u"SET lock_timeout = '5s'"_s);
    if (m_readOnly)
        run(u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s);
}

// After a lost connection (server restarted, network cut), the next call outside a transaction
// connects again; the call that saw the loss failed and wrote nothing. With a loss listener,
// the listener's owner reconnects (reconnect(), after a probe off this thread) and calls fail at
// once meanwhile: a server gone away never keeps the window waiting call after call.
void PostgresRepository::reconnectIfLost() const
{
    if (!m_lost || m_transactionDepth > 0)
        return;
    if (m_lossListener)
        throw LibraryError(Kind::Io, m_lostMessage, m_location);
    QSqlDatabase db = m_db;
    db.close();
    if (!db.open()) {
        throw LibraryError(Kind::Io,
                           tr("The connection to the server %1 was lost (%2). The last change was not saved; "
                              "open the library %3 again.")
                               .arg(m_server, databaseText(db.lastError()), m_location),
                           m_location);
    }
    m_lost = false;
    configureSession();
    if (m_changeListener || m_presenceListener)
        listenForChanges();   // a new connection listens to nothing
    m_editing = 0;            // nor is it editing anything
}

int PostgresRepository::schemaVersion() const
{
    QSqlQuery query = run(u"SELECT value FROM actes_meta WHERE key = 'schema_version'"_s);
    return query.next() ? query.value(0).toInt() : 0;
}

// --- Plumbing ----------------------------------------------------------------------------

// The values are written into the statement as literals by the driver's own formatValue()
// (strings quoted and escaped for the connection, bytea escaped by libpq): exactly what QPSQL
// sends for a prepared statement (EXECUTE with literals), in one round trip instead of three
// (PREPARE, EXECUTE, DEALLOCATE). Every "?" of this class's SQL is a placeholder: the SQL texts
// are constants of this class and hold no question mark otherwise.
QSqlQuery PostgresRepository::run(const QString &sql, const QVariantList &values) const
{
    reconnectIfLost();
    QString statement;
    if (values.isEmpty()) {
        statement = sql;
    } else {
        const QSqlDriver *driver = m_db.driver();
        statement.reserve(sql.size() + 32 * values.size());
        qsizetype next = 0;
        for (const QChar c : sql) {
            if (c != u'?') {
                statement.append(c);
                continue;
            }
            Q_ASSERT(next < values.size());
            const QVariant &value = values.at(next++);
            QSqlField field(QString(), value.metaType());
            if (value.isValid() && !value.isNull())
                field.setValue(value);
            statement.append(driver->formatValue(field));
        }
        Q_ASSERT(next == values.size());
    }
    QSqlQuery query(m_db);
    if (!query.exec(statement))
        fail(query.lastError());
    // A write that changed rows (not one that found nothing to do): the change counter moves.
    if (m_transactionDepth > 0 && query.numRowsAffected() > 0 && !statement.startsWith(u"SELECT"_s))
        m_changedRows = true;
    return query;
}

void PostgresRepository::fail(const QSqlError &error) const
{
    const QString code = error.nativeErrorCode().trimmed();
    const QString reason = databaseText(error);
    if (code == u"55P03"_s || code == u"40P01"_s || code == u"40001"_s) {
        throw LibraryError(Kind::Locked,
                           tr("The library %1 is in use: another user's change kept it locked for more than %2 "
                              "seconds. Nothing was changed; try again in a moment.")
                               .arg(m_location)
                               .arg(5),
                           m_location);
    }
    if (code.startsWith(u"53"_s)) {
        throw LibraryError(Kind::DiskFull,
                           tr("The server %1 has no room left for the library %2 (%3). The last change was not "
                              "saved and the library is as it was before.")
                               .arg(m_server, m_location, reason),
                           m_location);
    }
    if (code == u"42501"_s && !m_settingUp) {
        // The login's role does not allow it: the server's checks (postgresmembers.cpp) say
        // which role is needed, a missing privilege names the table.
        throw LibraryError(Kind::PermissionDenied,
                           tr("The server %1 refused this in the library %2: %3 Nothing was changed.")
                               .arg(m_server, m_location, serverMessage(error)),
                           m_location);
    }
    if (code == u"22023"_s) {
        throw LibraryError(Kind::Invalid,
                           tr("The server %1 refused this in the library %2: %3 Nothing was changed.")
                               .arg(m_server, m_location, serverMessage(error)),
                           m_location);
    }
    if (code == u"42501"_s || code == u"25006"_s) {
        throw LibraryError(Kind::ReadOnly,
                           tr("The server %1 does not allow this user to do that in the library %2 (%3). Nothing "
                              "was changed; ask the administrator of the database for the privilege.")
                               .arg(m_server, m_location, reason),
                           m_location);
    }
    if (code.startsWith(u"XX"_s)) {
        throw LibraryError(Kind::Corrupt,
                           tr("The library %1 on the server %2 is damaged (%3). Restore it from a backup copy.")
                               .arg(m_location, m_server, reason),
                           m_location);
    }
    bool lost = code.startsWith(u"08"_s) || code.startsWith(u"57P"_s)
        || error.type() == QSqlError::ConnectionError;
    if (!lost && code.isEmpty()) {
        QSqlQuery ping(m_db);
        lost = !ping.exec(u"SELECT 1"_s);
    }
    if (lost) {
        m_lost = true;
        m_lostMessage = tr("The connection to the server %1 was lost (%2). The last change was not saved; "
                           "open the library %3 again.")
                            .arg(m_server, reason, m_location);
        if (m_lossListener)
            m_lossListener(m_lostMessage);
        throw LibraryError(Kind::Io, m_lostMessage, m_location);
    }
    throw LibraryError(Kind::Io,
                       tr("The library %1 on the server %2 could not be read or written: %3.")
                           .arg(m_location, m_server, reason),
                       m_location);
}

void PostgresRepository::requireWritable() const
{
    if (m_readOnly) {
        throw LibraryError(Kind::ReadOnly,
                           tr("The library %1 is open read-only, so the change was not saved.").arg(m_location),
                           m_location);
    }
}

void PostgresRepository::inTransaction(const std::function<void()> &fn)
{
    auto quietly = [this](const QString &sql) {
        QSqlQuery query(m_db);
        query.exec(sql);   // fails harmlessly when the connection is gone
    };
    if (m_transactionDepth > 0) {
        // Nested: a savepoint, so that a failing inner call leaves the outer work intact (and
        // the transaction usable: PostgreSQL aborts it on any failed statement).
        const QString savepoint = u"actes_%1"_s.arg(m_transactionDepth);
        run(u"SAVEPOINT "_s + savepoint);
        ++m_transactionDepth;
        try {
            fn();
        } catch (...) {
            --m_transactionDepth;
            quietly(u"ROLLBACK TO SAVEPOINT "_s + savepoint);
            quietly(u"RELEASE SAVEPOINT "_s + savepoint);
            throw;
        }
        --m_transactionDepth;
        run(u"RELEASE SAVEPOINT "_s + savepoint);
        return;
    }

    run(m_readOnly ? u"BEGIN READ ONLY"_s : u"BEGIN"_s);
    m_transactionDepth = 1;
    m_wrote = false;
    m_changedRows = false;
    m_changedResources.clear();
    m_changedStatuses.clear();
    m_changedAnything = false;
    m_changedDirectory = false;
    bool bumped = false;
    try {
        fn();
        if (m_wrote && m_changedRows) {
            // Fails (and so rolls everything back) when a statement failed earlier in the
            // transaction: a COMMIT would then silently roll back.
            run(u"UPDATE actes_change SET counter = counter + 1 WHERE id = 1"_s);
            // Delivered at commit, to the other connections, with what changed.
            run(u"SELECT pg_notify(?, ?)"_s, {ChangeChannel, changePayload()});
            bumped = true;
        }
    } catch (...) {
        m_transactionDepth = 0;
        quietly(u"ROLLBACK"_s);
        throw;
    }
    m_transactionDepth = 0;
    QSqlQuery commit(m_db);
    if (!commit.exec(u"COMMIT"_s)) {
        const QSqlError error = commit.lastError();
        quietly(u"ROLLBACK"_s);
        fail(error);
    }
    if (bumped)
        ++m_ownChanges;
}

void PostgresRepository::write(const std::function<void()> &fn)
{
    requireWritable();
    inTransaction([&] {
        m_wrote = true;
        const int notes = m_notes;
        fn();
        if (m_notes == notes)
            m_changedAnything = true;   // a write that did not say what it changed
    });
}

QDateTime PostgresRepository::now() const
{
    const QDateTime time = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    return time.toUTC();
}

// --- Settings and change detection -------------------------------------------------------

QString PostgresRepository::libraryValue(const QString &key, const QString &defaultValue) const
{
    QSqlQuery query = run(u"SELECT value FROM library_setting WHERE key = ?"_s, {text(key)});
    return query.next() ? query.value(0).toString() : defaultValue;
}

void PostgresRepository::setLibraryValue(const QString &key, const QString &value)
{
    requireWritable();
    if (key.isEmpty())
        throw LibraryError(Kind::Invalid, tr("A library setting needs a name."), m_location);
    write([&] {
        run(u"INSERT INTO library_setting (key, value) VALUES (?, ?) "
            u"ON CONFLICT (key) DO UPDATE SET value = excluded.value "
            u"WHERE library_setting.value IS DISTINCT FROM excluded.value"_s,
            {key, text(value)});
    });
}

qint64 PostgresRepository::externalChangeCounter() const
{
    QSqlQuery query = run(u"SELECT counter FROM actes_change WHERE id = 1"_s);
    const qint64 counter = query.next() ? query.value(0).toLongLong() : 0;
    return counter - m_ownChanges;
}

bool PostgresRepository::setChangeListener(ChangeListener listener)
{
    m_changeListener = std::move(listener);
    QSqlDriver *driver = m_db.driver();
    if (!m_changeListener) {
        if (m_db.isOpen() && driver->subscribedToNotifications().contains(ChangeChannel))
            driver->unsubscribeFromNotification(ChangeChannel);
        return true;
    }
    connectNotifications();
    return listenForChanges();
}

// One handler for both channels; only the notifications of other connections count (own
// writes are known already, and not external).
void PostgresRepository::connectNotifications()
{
    if (m_notificationsConnected)
        return;
    m_notificationsConnected = true;
    QSqlDriver *driver = m_db.driver();
    QObject::connect(driver, &QSqlDriver::notification, driver,
                     [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                         if (source != QSqlDriver::OtherSource)
                             return;
                         if (name == ChangeChannel && m_changeListener)
                             m_changeListener(changeFromPayload(payload.toString()));
                         else if (name == PresenceChannel && m_presenceListener)
                             m_presenceListener();
                     });
}

// LISTEN on the open connection; false when the driver could not (the poll still finds changes).
bool PostgresRepository::listenForChanges() const
{
    QSqlDriver *driver = m_db.driver();
    if (!m_db.isOpen() || !driver->hasFeature(QSqlDriver::EventNotifications))
        return false;
    bool listening = true;
    for (const auto &[channel, wanted] : {std::pair{ChangeChannel, bool(m_changeListener)},
                                          std::pair{PresenceChannel, bool(m_presenceListener)}}) {
        if (wanted && !driver->subscribedToNotifications().contains(channel))
            listening = driver->subscribeToNotification(channel) && listening;
    }
    return listening;
}

} // namespace Actes
