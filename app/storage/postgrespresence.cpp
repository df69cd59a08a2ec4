// PostgresRepository: seeing each other work (issue #13): what a committed change tells the
// other connections (the payload of its notification), and presence: who is editing which
// resource, tied to the server session of the member's application.
#include "storage/postgresrepository.h"
#include "storage/postgresdetail.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>

using namespace Qt::StringLiterals;

namespace Actes {

using namespace PostgresDetail;

namespace {

const QString PresenceChannel = u"actes_presence"_s;
// A notification's payload holds at most 8000 bytes; beyond this, "anything changed".
constexpr qsizetype MaxPayload = 7000;

} // namespace

// The tables of this section of schema version 2 (see schemaMigration()).
//
// actes_presence: one row per connection that says it is editing a resource, keyed by the
// server process of that connection and the time it started (a process id alone may be reused).
// A row counts only while pg_stat_activity shows that very session and its heartbeat is recent
// (othersEditing()): a closed or crashed application's connection ends at once on the server,
// and its row stops counting with it. Every member may read every row; a member may write only
// the rows of their own login (session_user, set by the server, not by the client), and insert
// or update only the row of their own connection. The rows are transient: a library copy does
// not carry them.
QStringList PostgresDetail::presenceSchema()
{
    return {
        uR"(CREATE TABLE actes_presence (
            pid integer NOT NULL,
            backend_start timestamptz NOT NULL,
            login text NOT NULL DEFAULT session_user,
            name text NOT NULL DEFAULT '',
            resource_id bigint NOT NULL,
            heartbeat timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (pid, backend_start)))"_s,
        u"CREATE INDEX actes_presence_login ON actes_presence (login)"_s,
        u"ALTER TABLE actes_presence ENABLE ROW LEVEL SECURITY"_s,
        u"CREATE POLICY actes_presence_read ON actes_presence FOR SELECT USING (true)"_s,
        u"CREATE POLICY actes_presence_insert ON actes_presence FOR INSERT "
        u"WITH CHECK (login = session_user::text AND pid = pg_backend_pid())"_s,
        u"CREATE POLICY actes_presence_update ON actes_presence FOR UPDATE USING (login = session_user::text) "
        u"WITH CHECK (login = session_user::text AND pid = pg_backend_pid())"_s,
        u"CREATE POLICY actes_presence_delete ON actes_presence FOR DELETE USING (login = session_user::text)"_s,
        u"GRANT SELECT, INSERT, UPDATE, DELETE ON actes_presence TO PUBLIC"_s,
    };
}

// --- What a committed change tells the others ---------------------------------------------

void PostgresRepository::noteChanged(qint64 resourceId, bool statusChanged)
{
    ++m_notes;
    if (!m_changedResources.contains(resourceId))
        m_changedResources.append(resourceId);
    if (statusChanged && !m_changedStatuses.contains(resourceId))
        m_changedStatuses.append(resourceId);
}

QString PostgresRepository::changePayload() const
{
    if (m_changedAnything || m_changedResources.isEmpty())
        return {};
    auto array = [](const QList<qint64> &ids) {
        QJsonArray values;
        for (qint64 id : ids)
            values.append(id);
        return values;
    };
    QJsonObject object;
    object.insert(u"resources"_s, array(m_changedResources));
    if (!m_changedStatuses.isEmpty())
        object.insert(u"statuses"_s, array(m_changedStatuses));
    if (m_changedDirectory)
        object.insert(u"directory"_s, true);
    const QString payload = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return payload.size() > MaxPayload ? QString() : payload;
}

ExternalChange PostgresRepository::changeFromPayload(const QString &payload)
{
    ExternalChange change;
    const QJsonDocument document = QJsonDocument::fromJson(payload.toUtf8());
    if (!document.isObject())
        return change;   // empty or unknown: anything may have changed
    const QJsonObject object = document.object();
    auto ids = [](const QJsonValue &value, bool *valid) {
        QList<qint64> result;
        if (!value.isUndefined() && !value.isArray())
            *valid = false;
        for (const QJsonValue &item : value.toArray()) {
            const qint64 id = item.toInteger(0);
            if (id <= 0)
                *valid = false;
            result.append(id);
        }
        return result;
    };
    bool valid = true;
    change.resources = ids(object.value(u"resources"_s), &valid);
    change.statuses = ids(object.value(u"statuses"_s), &valid);
    change.directory = object.value(u"directory"_s).toBool();
    change.anything = !valid || change.resources.isEmpty();
    if (change.anything) {
        change.resources.clear();
        change.statuses.clear();
    }
    return change;
}

// --- Presence --------------------------------------------------------------------------

void PostgresRepository::setEditing(qint64 resourceId, const QString &name)
{
    if (m_readOnly)
        return;
    const bool changed = resourceId != m_editing;
    if (resourceId == 0) {
        // Also the rows this login left behind in sessions that are over.
        run(u"DELETE FROM actes_presence WHERE login = session_user::text AND (pid = pg_backend_pid() "
            u"OR NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = actes_presence.pid "
            u"AND a.backend_start = actes_presence.backend_start))"_s);
    } else {
        run(u"INSERT INTO actes_presence (pid, backend_start, login, name, resource_id, heartbeat) "
            u"SELECT pid, backend_start, session_user::text, ?, ?, now() FROM pg_stat_activity "
            u"WHERE pid = pg_backend_pid() "
            u"ON CONFLICT (pid, backend_start) DO UPDATE SET name = excluded.name, "
            u"resource_id = excluded.resource_id, heartbeat = excluded.heartbeat"_s,
            {text(name), resourceId});
    }
    m_editing = resourceId;
    if (changed)
        run(u"SELECT pg_notify(?, '')"_s, {PresenceChannel});
}

QList<EditingPresence> PostgresRepository::othersEditing() const
{
    QSqlQuery query = run(
        u"SELECT p.resource_id, p.login, p.name FROM actes_presence p "
        u"JOIN pg_stat_activity a ON a.pid = p.pid AND a.backend_start = p.backend_start "
        u"WHERE p.pid <> pg_backend_pid() AND p.heartbeat > now() - make_interval(secs => ?) "
        u"ORDER BY p.resource_id, p.name, p.login"_s,
        {PresenceExpirySeconds});
    QList<EditingPresence> result;
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    return result;
}

bool PostgresRepository::setPresenceListener(std::function<void()> listener)
{
    m_presenceListener = std::move(listener);
    QSqlDriver *driver = m_db.driver();
    if (!m_presenceListener) {
        if (m_db.isOpen() && driver->subscribedToNotifications().contains(PresenceChannel))
            driver->unsubscribeFromNotification(PresenceChannel);
        return true;
    }
    connectNotifications();
    return listenForChanges();
}

} // namespace Actes
