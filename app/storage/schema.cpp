#include "storage/schema.h"

#include "text/searchtext.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Actes::Schema {

namespace {

// Version 1: the core. Bodies live in their own table so that listing resources never reads
// them (a body row can span many overflow pages).
const char16_t *const version1[] = {
    uR"(CREATE TABLE resource_type (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        builtin INTEGER NOT NULL DEFAULT 0,
        position INTEGER NOT NULL DEFAULT 0))",
    uR"(CREATE TABLE resource (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        title_key TEXT NOT NULL,
        type_id INTEGER REFERENCES resource_type(id) ON DELETE SET NULL,
        is_private INTEGER NOT NULL DEFAULT 0,
        private_confirmed INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'draft',
        date_start TEXT,
        date_end TEXT,
        place TEXT NOT NULL DEFAULT '',
        attendance INTEGER CHECK (attendance IS NULL OR attendance >= 0),
        created TEXT NOT NULL,
        modified TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1))",
    uR"(CREATE INDEX resource_order ON resource(date_start DESC, title_key, id))",
    uR"(CREATE INDEX resource_title ON resource(title))",
    uR"(CREATE INDEX resource_type_id ON resource(type_id))",
    uR"(CREATE TABLE resource_text (
        resource_id INTEGER PRIMARY KEY REFERENCES resource(id) ON DELETE CASCADE,
        summary_html TEXT NOT NULL DEFAULT '',
        body_html TEXT NOT NULL DEFAULT ''))",
    uR"(CREATE TABLE person (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        function TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        name_key TEXT NOT NULL))",
    uR"(CREATE INDEX person_identity ON person(name, function, organisation))",
    uR"(CREATE INDEX person_order ON person(name_key))",
    uR"(CREATE TABLE organisation (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        sort_key TEXT NOT NULL))",
    uR"(CREATE INDEX organisation_order ON organisation(sort_key))",
    uR"(CREATE TABLE resource_person (
        resource_id INTEGER NOT NULL REFERENCES resource(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        person_id INTEGER NOT NULL REFERENCES person(id),
        role TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (resource_id, position)) WITHOUT ROWID)",
    uR"(CREATE INDEX resource_person_person ON resource_person(person_id))",
    uR"(CREATE TABLE resource_organisation (
        resource_id INTEGER NOT NULL REFERENCES resource(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        organisation_id INTEGER NOT NULL REFERENCES organisation(id),
        role TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (resource_id, position)) WITHOUT ROWID)",
    uR"(CREATE INDEX resource_organisation_organisation ON resource_organisation(organisation_id))",
    // Folded plain text of title, summary and body; rowid = resource.id. Kept in step by the
    // repository in the transaction of each write.
    uR"(CREATE VIRTUAL TABLE resource_fts USING fts5(title, summary, body,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'))",
};

// Version 2: trash and review flags. The live list and the trash each get an ordered
// partial index, so that listing either stays an index walk.
const char16_t *const version2[] = {
    uR"(ALTER TABLE resource ADD COLUMN deleted_at TEXT)",
    uR"(ALTER TABLE resource ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0)",
    uR"(ALTER TABLE resource ADD COLUMN review_note TEXT NOT NULL DEFAULT '')",
    uR"(DROP INDEX resource_order)",
    uR"(CREATE INDEX resource_live_order ON resource(date_start DESC, title_key, id)
        WHERE deleted_at IS NULL)",
    uR"(CREATE INDEX resource_trash_order ON resource(date_start DESC, title_key, id)
        WHERE deleted_at IS NOT NULL)",
};

// Version 3: images inside the library and per-library settings.
const char16_t *const version3[] = {
    uR"(CREATE TABLE image (
        key TEXT PRIMARY KEY,
        mime TEXT NOT NULL,
        data BLOB NOT NULL,
        created TEXT NOT NULL))",
    uR"(CREATE TABLE library_setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL) WITHOUT ROWID)",
};

// Version 4: workflow status history and revisions. A revision holds a full JSON snapshot of
// the resource (ResourceSnapshot), so that any of them can be shown and restored on its own.
// Both tables go with their resource when the trash is emptied (ON DELETE CASCADE).
const char16_t *const version4[] = {
    uR"(CREATE TABLE revision (
        id INTEGER PRIMARY KEY,
        resource_id INTEGER NOT NULL REFERENCES resource(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        at TEXT NOT NULL,
        session_start TEXT NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        cause TEXT NOT NULL,
        status TEXT NOT NULL,
        approved INTEGER NOT NULL DEFAULT 0,
        changed TEXT NOT NULL DEFAULT '[]',
        restored_from INTEGER NOT NULL DEFAULT 0,
        snapshot TEXT NOT NULL,
        UNIQUE (resource_id, number)))",
    uR"(CREATE TABLE status_change (
        id INTEGER PRIMARY KEY,
        resource_id INTEGER NOT NULL REFERENCES resource(id) ON DELETE CASCADE,
        from_status TEXT NOT NULL,
        to_status TEXT NOT NULL,
        at TEXT NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        comment TEXT NOT NULL DEFAULT '',
        revision_id INTEGER REFERENCES revision(id) ON DELETE SET NULL))",
    uR"(CREATE INDEX status_change_resource ON status_change(resource_id, at, id))",
    uR"(CREATE INDEX status_change_revision ON status_change(revision_id))",
    // The review lists ("everything In review") stay an index walk.
    uR"(CREATE INDEX resource_live_status ON resource(status, date_start DESC, title_key, id)
        WHERE deleted_at IS NULL)",
};

// Version 5: the team workflow (issue #13).
// Review comments: a thread is a first comment anchored to a quote of the summary or the body
// (offsets in the field's text, the quote and its context, detached when the quote was
// deleted) and its replies (parent_id). They go with their resource when the trash is emptied.
const char16_t *const version5[] = {
    uR"(CREATE TABLE review_comment (
        id INTEGER PRIMARY KEY,
        resource_id INTEGER NOT NULL REFERENCES resource(id) ON DELETE CASCADE,
        parent_id INTEGER REFERENCES review_comment(id),
        field TEXT NOT NULL DEFAULT 'body',
        anchor_start INTEGER NOT NULL DEFAULT 0,
        anchor_end INTEGER NOT NULL DEFAULT 0,
        quote TEXT NOT NULL DEFAULT '',
        context_before TEXT NOT NULL DEFAULT '',
        context_after TEXT NOT NULL DEFAULT '',
        detached INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        edited TEXT,
        resolved INTEGER NOT NULL DEFAULT 0,
        resolved_by TEXT NOT NULL DEFAULT '',
        resolved_at TEXT))",
    uR"(CREATE INDEX review_comment_resource ON review_comment(resource_id, id))",
    uR"(CREATE INDEX review_comment_parent ON review_comment(parent_id))",
    // The review queue: the login a submission for review names (NULL = anyone may review it),
    // on the resource and on the status change that recorded the submission; cleared whenever
    // the resource leaves In review, whatever the write.
    uR"(ALTER TABLE resource ADD COLUMN requested_reviewer TEXT)",
    uR"(ALTER TABLE status_change ADD COLUMN reviewer TEXT)",
    uR"(CREATE TRIGGER resource_review_request_cleared AFTER UPDATE OF status ON resource
        WHEN NEW.status <> 'review' AND NEW.requested_reviewer IS NOT NULL
        BEGIN UPDATE resource SET requested_reviewer = NULL WHERE id = NEW.id; END)",
};

// Version 6: attached documents (issue #14).
// The content of attached files, kept once per library by its SHA-256 (attachment_data, with
// the file's text for the search), and the attachments of each resource in their order. An
// attachment id is never reused (AUTOINCREMENT): a revision restored later finds its
// attachments under the ids it knew. The full-text index gains a column for the attachments'
// titles and texts (an FTS5 table cannot gain a column: it is rebuilt with its rows).
// dismissed_checks: the warning checks a person dismissed (a JSON array of keys).
const char16_t *const version6[] = {
    uR"(CREATE TABLE attachment_data (
        sha256 TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        data BLOB NOT NULL,
        search_text TEXT NOT NULL DEFAULT ''))",
    uR"(CREATE TABLE resource_attachment (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        resource_id INTEGER NOT NULL REFERENCES resource(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'other',
        members_only INTEGER NOT NULL DEFAULT 0,
        file_name TEXT NOT NULL DEFAULT '',
        mime_type TEXT NOT NULL DEFAULT '',
        size INTEGER NOT NULL DEFAULT 0,
        sha256 TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT ''))",
    uR"(CREATE INDEX resource_attachment_order ON resource_attachment(resource_id, position))",
    uR"(CREATE INDEX resource_attachment_sha256 ON resource_attachment(sha256))",
    uR"(ALTER TABLE resource ADD COLUMN dismissed_checks TEXT NOT NULL DEFAULT '[]')",
    uR"(CREATE VIRTUAL TABLE resource_fts_v6 USING fts5(title, summary, body, attachments,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'))",
    uR"(INSERT INTO resource_fts_v6 (rowid, title, summary, body)
        SELECT rowid, title, summary, body FROM resource_fts)",
    uR"(DROP TABLE resource_fts)",
    uR"(ALTER TABLE resource_fts_v6 RENAME TO resource_fts)",
};

bool run(QSqlQuery &query, const QString &sql)
{
    return query.exec(sql);
}

bool seedResourceTypes(QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.prepare(u"INSERT INTO resource_type (name, name_key, builtin, position) VALUES (?, ?, 1, ?)"_s)) {
        *error = query.lastError();
        return false;
    }
    int position = 0;
    for (const QString &name : builtInResourceTypes()) {
        query.bindValue(0, name);
        query.bindValue(1, SearchText::identityKey(name));
        query.bindValue(2, position++);
        if (!query.exec()) {
            *error = query.lastError();
            return false;
        }
    }
    return true;
}

template<std::size_t N>
QStringList statements(const char16_t *const (&list)[N])
{
    QStringList result;
    for (const char16_t *sql : list)
        result.append(QString::fromUtf16(sql));
    return result;
}

QStringList statementsOf(int version)
{
    switch (version) {
    case 1: return statements(version1);
    case 2: return statements(version2);
    case 3: return statements(version3);
    case 4: return statements(version4);
    case 5: return statements(version5);
    case 6: return statements(version6);
    default: return {};
    }
}

} // namespace

int latestVersion()
{
    return 6;
}

QStringList builtInResourceTypes()
{
    return {u"Ressources RTES"_s, u"Compte rendu"_s, u"Actes de colloque"_s, u"Étude"_s,
            u"Publication"_s};
}

std::optional<QSqlError> applyMigration(QSqlDatabase &db, int version)
{
    Q_ASSERT(version >= 1 && version <= latestVersion());
    QSqlQuery query(db);
    if (!run(query, u"BEGIN IMMEDIATE"_s))
        return query.lastError();

    QSqlError error;
    bool ok = true;
    for (const QString &sql : statementsOf(version)) {
        if (!run(query, sql)) {
            error = query.lastError();
            ok = false;
            break;
        }
    }
    if (ok && version == 1) {
        ok = seedResourceTypes(db, &error);
        if (ok && !run(query, u"PRAGMA application_id = %1"_s.arg(ApplicationId))) {
            error = query.lastError();
            ok = false;
        }
    }
    if (ok && !run(query, u"PRAGMA user_version = %1"_s.arg(version))) {
        error = query.lastError();
        ok = false;
    }
    if (ok && !run(query, u"COMMIT"_s)) {
        error = query.lastError();
        ok = false;
    }
    if (!ok) {
        query.finish();
        QSqlQuery rollback(db);
        rollback.exec(u"ROLLBACK"_s);   // may fail if SQLite already rolled back (disk full)
        return error;
    }
    return std::nullopt;
}

} // namespace Actes::Schema
