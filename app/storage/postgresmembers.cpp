// PostgresRepository: the members of a team library, their roles, and the privileges and
// triggers that make the server enforce them (issue #13).
//
// What the server enforces, whatever client a login uses (Actes or psql):
// - member: who is who (login, display name, role, disabled). Members may read it; only the
//   SECURITY DEFINER functions actes_add_member(), actes_set_member_role() and
//   actes_disable_member() change it, and only for a caller who is an administrator of this
//   library. They also create the login (CREATE ROLE … LOGIN), grant or revoke the library's
//   group role, and set NOLOGIN on a disabled login they created (a login that already existed
//   on the server and was adopted only loses this library's rights: an administrator of one
//   library never locks anyone out of the rest of the server). The owner is always an administrator.
// - Three group roles per library (PostgreSQL roles are cluster-wide): named from the
//   database's name and oid, recorded in actes_meta (role_author, role_reviewer, role_admin);
//   admin is a member of reviewer, reviewer of author, and author holds the privileges on the
//   tables. They are created by the owner when it may create roles (CREATEROLE), else on the
//   first member added.
// - Triggers (they run for every login; the owner and superusers, who own the tables and could
//   switch any trigger off, are trusted, and so is the code of these functions):
//   resource: a status change to approved, published, archived or draft needs the reviewer
//   role; to review is an author's submission from draft, or the move of an approved or
//   published resource back to review in the same transaction as an edit of that resource by
//   the same login (ApprovalGuard after an author's edit); deleting a resource (emptying the
//   trash) needs admin. revision and status_change: the author is set to session_user on
//   insert, whatever the client sent; a status change is recorded only with the change of the
//   resource it records (same transaction); only a reviewer marks a revision approved; a
//   revision may only be rewritten by its own author
//   (coalescing), deleted by an admin (or through actes_prune_revisions(), which keeps the
//   newest 200); the status history is never rewritten or deleted. library_setting: admin.
//   resource_type: renaming or deleting needs admin (a type named on a resource is recorded).
//   Refusals are SQLSTATE 42501 with a message naming the role needed.
// - A login that may connect but is not in member (granted rights by hand, as before version
//   2) is treated as an author.
#include "storage/postgresrepository.h"
#include "storage/postgresdetail.h"

#include "storage/libraryerror.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Actes {

using namespace PostgresDetail;

namespace {

const char16_t *const membersSection[] = {
    uR"(CREATE TABLE member (
        login text PRIMARY KEY,
        name text NOT NULL DEFAULT '',
        role text NOT NULL CHECK (role IN ('author', 'reviewer', 'admin')),
        disabled boolean NOT NULL DEFAULT false,
        added timestamptz NOT NULL DEFAULT now(),
        -- The login was created for this library (actes_add_member), not an existing one adopted.
        login_created boolean NOT NULL DEFAULT false))",
    // The library's group roles: unique in the cluster (the database's oid), readable (its name).
    uR"(INSERT INTO actes_meta (key, value)
        SELECT 'role_' || r.role, left(regexp_replace(lower(d.datname), '[^a-z0-9]+', '_', 'g'), 40)
               || '_' || d.oid::text || '_' || r.role
        FROM pg_catalog.pg_database d, unnest(ARRAY['author', 'reviewer', 'admin']) AS r(role)
        WHERE d.datname = current_database())",
    uR"(INSERT INTO member (login, name, role)
        SELECT pg_catalog.pg_get_userbyid(d.datdba), '', 'admin'
        FROM pg_catalog.pg_database d WHERE d.datname = current_database())",
    // The current user (the invoker, or the owner inside the functions below) is trusted.
    uR"(CREATE FUNCTION actes_is_trusted() RETURNS boolean LANGUAGE sql STABLE
        SET search_path = pg_catalog, public, pg_temp AS $$
        SELECT coalesce(bool_or(r.rolsuper OR r.oid = d.datdba), false)
        FROM pg_catalog.pg_roles r, pg_catalog.pg_database d
        WHERE r.rolname = current_user AND d.datname = current_database() $$)",
    // The role of the login of the connection: admin for the owner and superusers, the member's
    // role, 'none' for a disabled member, 'author' for a login that is not a member.
    uR"(CREATE FUNCTION actes_session_role() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = pg_catalog, public, pg_temp AS $$
        SELECT CASE
            WHEN coalesce((SELECT r.rolsuper OR r.oid = d.datdba FROM pg_catalog.pg_roles r, pg_catalog.pg_database d
                           WHERE r.rolname = session_user AND d.datname = current_database()), false) THEN 'admin'
            ELSE coalesce((SELECT CASE WHEN m.disabled THEN 'none' ELSE m.role END
                           FROM public.member m WHERE m.login = session_user), 'author')
        END $$)",
    // Who the connection acts as (readable even when a disabled member lost the table's rights).
    uR"(CREATE FUNCTION actes_session_member(OUT login text, OUT name text, OUT role text, OUT disabled boolean)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        SELECT session_user::text,
               coalesce((SELECT m.name FROM public.member m WHERE m.login = session_user), ''),
               public.actes_session_role(),
               coalesce((SELECT m.disabled FROM public.member m WHERE m.login = session_user), false) $$)",
    uR"(CREATE FUNCTION actes_role_rank(role text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE role WHEN 'admin' THEN 3 WHEN 'reviewer' THEN 2 WHEN 'author' THEN 1 ELSE 0 END $$)",
    // Refuses (42501) unless the login of the connection holds needed: "ACTION needs the
    // reviewer role; you are an author."
    uR"(CREATE FUNCTION actes_require_member(needed text, action text) RETURNS void LANGUAGE plpgsql STABLE
        SET search_path = pg_catalog, public, pg_temp AS $$
        DECLARE
            held text := public.actes_session_role();
        BEGIN
            IF public.actes_role_rank(held) >= public.actes_role_rank(needed) THEN
                RETURN;
            END IF;
            RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = format('%s needs the %s role; you are %s.', action,
                CASE needed WHEN 'admin' THEN 'administrator' ELSE needed END,
                CASE held WHEN 'author' THEN 'an author' WHEN 'reviewer' THEN 'a reviewer'
                          WHEN 'admin' THEN 'an administrator' ELSE 'a disabled member' END);
        END $$)",
    // The same, except for trusted code (the owner, superusers, the functions of this file).
    uR"(CREATE FUNCTION actes_require(needed text, action text) RETURNS void LANGUAGE plpgsql STABLE
        SET search_path = pg_catalog, public, pg_temp AS $$
        BEGIN
            IF NOT public.actes_is_trusted() THEN
                PERFORM public.actes_require_member(needed, action);
            END IF;
        END $$)",
    // Whether the row version of a resource was written by the current transaction (or one
    // of its savepoints): only then may an author move it from approved back to review.
    uR"(CREATE FUNCTION actes_written_here(resource_id bigint) RETURNS boolean LANGUAGE plpgsql STABLE
        SET search_path = pg_catalog, public, pg_temp AS $$
        DECLARE
            low bigint;
            current bigint := pg_catalog.pg_current_xact_id()::text::bigint;
            delta bigint;
        BEGIN
            SELECT r.xmin::text::bigint INTO low FROM public.resource r WHERE r.id = resource_id;
            IF low IS NULL THEN
                RETURN false;
            END IF;
            -- The 64-bit id nearest to the current one with these low 32 bits (a savepoint's id
            -- is above the transaction's own).
            delta := (current & 4294967295) - low;
            IF delta > 2147483648 THEN
                delta := delta - 4294967296;
            ELSIF delta < -2147483648 THEN
                delta := delta + 4294967296;
            END IF;
            RETURN pg_catalog.pg_xact_status((current - delta)::text::xid8) = 'in progress';
        EXCEPTION WHEN OTHERS THEN
            RETURN false;
        END $$)",
    uR"(CREATE FUNCTION actes_resource_guard() RETURNS trigger LANGUAGE plpgsql
        SET search_path = pg_catalog, public, pg_temp AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                PERFORM public.actes_require('admin', 'Emptying the trash');
                RETURN OLD;
            END IF;
            IF TG_OP = 'INSERT' THEN
                IF NEW.status NOT IN ('draft', 'review') THEN
                    PERFORM public.actes_require('reviewer', format('Creating a resource marked %s', NEW.status));
                END IF;
                RETURN NEW;
            END IF;
            IF NEW.status IS DISTINCT FROM OLD.status THEN
                IF NEW.status = 'review' AND (OLD.status = 'draft'
                        OR (OLD.status IN ('approved', 'published') AND public.actes_written_here(OLD.id))) THEN
                    RETURN NEW;
                END IF;
                PERFORM public.actes_require('reviewer', CASE NEW.status
                    WHEN 'approved' THEN 'Approving' WHEN 'published' THEN 'Publishing'
                    WHEN 'archived' THEN 'Archiving' WHEN 'draft' THEN 'Sending back to draft'
                    ELSE 'Sending back to review' END);
            END IF;
            RETURN NEW;
        END $$)",
    uR"(CREATE TRIGGER resource_guard BEFORE INSERT OR UPDATE OR DELETE ON resource
        FOR EACH ROW EXECUTE FUNCTION actes_resource_guard())",
    uR"(CREATE FUNCTION actes_revision_guard() RETURNS trigger LANGUAGE plpgsql
        SET search_path = pg_catalog, public, pg_temp AS $$
        BEGIN
            IF public.actes_is_trusted() THEN
                RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            END IF;
            IF NEW.approved AND (TG_OP = 'INSERT' OR NOT OLD.approved) THEN
                PERFORM public.actes_require_member('reviewer', 'Marking a revision approved');
            END IF;
            IF TG_OP = 'INSERT' THEN
                NEW.author := session_user;
                RETURN NEW;
            END IF;
            IF TG_OP = 'UPDATE' THEN
                IF OLD.author IS DISTINCT FROM session_user::text THEN
                    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE =
                        format('A revision recorded by %s cannot be changed by %s.', OLD.author, session_user);
                END IF;
                NEW.author := OLD.author;
                NEW.resource_id := OLD.resource_id;
                RETURN NEW;
            END IF;
            PERFORM public.actes_require_member('admin', 'Deleting revisions');
            RETURN OLD;
        END $$)",
    uR"(CREATE TRIGGER revision_guard BEFORE INSERT OR UPDATE OR DELETE ON revision
        FOR EACH ROW EXECUTE FUNCTION actes_revision_guard())",
    uR"(CREATE FUNCTION actes_status_change_guard() RETURNS trigger LANGUAGE plpgsql
        SET search_path = pg_catalog, public, pg_temp AS $$
        BEGIN
            IF public.actes_is_trusted() THEN
                RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            END IF;
            IF TG_OP = 'INSERT' THEN
                -- Only the change just made to the resource, in this transaction, is recorded.
                IF NEW.to_status IS DISTINCT FROM (SELECT status FROM public.resource WHERE id = NEW.resource_id)
                   OR NOT public.actes_written_here(NEW.resource_id) THEN
                    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE =
                        'The status history records the status changes made with it; it cannot be written alone.';
                END IF;
                NEW.author := session_user;
                RETURN NEW;
            END IF;
            -- A submission for review names its reviewer right after it is recorded, in the same
            -- transaction (PostgresRepository::setRequestedReviewer): only that column, to the
            -- reviewer the resource now names, on the newest change to In review.
            IF TG_OP = 'UPDATE' AND NEW.to_status = 'review'
               AND ROW(NEW.id, NEW.resource_id, NEW.from_status, NEW.to_status, NEW.at, NEW.author, NEW.comment,
                       NEW.revision_id) IS NOT DISTINCT FROM ROW(OLD.id, OLD.resource_id, OLD.from_status,
                       OLD.to_status, OLD.at, OLD.author, OLD.comment, OLD.revision_id)
               AND public.actes_written_here(NEW.resource_id)
               AND EXISTS (SELECT 1 FROM public.resource r WHERE r.id = NEW.resource_id AND r.status = 'review'
                           AND r.requested_reviewer IS NOT DISTINCT FROM NEW.reviewer)
               AND NEW.id = (SELECT s.id FROM public.status_change s WHERE s.resource_id = NEW.resource_id
                             AND s.to_status = 'review' ORDER BY s.at DESC, s.id DESC LIMIT 1) THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE =
                'The status history cannot be changed or deleted; it records who did what.';
        END $$)",
    uR"(CREATE TRIGGER status_change_guard BEFORE INSERT OR UPDATE OR DELETE ON status_change
        FOR EACH ROW EXECUTE FUNCTION actes_status_change_guard())",
    uR"(CREATE FUNCTION actes_library_setting_guard() RETURNS trigger LANGUAGE plpgsql
        SET search_path = pg_catalog, public, pg_temp AS $$
        BEGIN
            PERFORM public.actes_require('admin', 'Changing the library values');
            RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END $$)",
    uR"(CREATE TRIGGER library_setting_guard BEFORE INSERT OR UPDATE OR DELETE ON library_setting
        FOR EACH ROW EXECUTE FUNCTION actes_library_setting_guard())",
    uR"(CREATE FUNCTION actes_resource_type_guard() RETURNS trigger LANGUAGE plpgsql
        SET search_path = pg_catalog, public, pg_temp AS $$
        BEGIN
            PERFORM public.actes_require('admin', 'Changing the resource types');
            RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END $$)",
    uR"(CREATE TRIGGER resource_type_guard BEFORE UPDATE OR DELETE ON resource_type
        FOR EACH ROW EXECUTE FUNCTION actes_resource_type_guard())",
    // Bounded growth of the revisions for a login that may not delete them: the newest 200
    // (the default policy) at least are kept.
    uR"(CREATE FUNCTION actes_prune_revisions(p_resource bigint, p_keep integer) RETURNS void LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        BEGIN
            IF NOT pg_catalog.has_table_privilege(session_user, 'public.revision', 'INSERT') THEN
                RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Pruning revisions needs the author role.';
            END IF;
            PERFORM public.actes_require_member('author', 'Pruning revisions');
            DELETE FROM public.revision WHERE resource_id = p_resource AND NOT approved
                AND id NOT IN (SELECT id FROM public.revision WHERE resource_id = p_resource AND NOT approved
                               ORDER BY number DESC LIMIT greatest(p_keep, 200));
        END $$)",
    uR"(CREATE FUNCTION actes_group_role(p_role text) RETURNS text LANGUAGE sql STABLE
        SET search_path = pg_catalog, public, pg_temp AS $$
        SELECT value FROM public.actes_meta WHERE key = 'role_' || p_role $$)",
    // Creates the group roles when missing and grants them their privileges; false when the
    // owner may not create roles.
    uR"(CREATE FUNCTION actes_setup_groups() RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = pg_catalog, public, pg_temp AS $$
        DECLARE
            author_group text := public.actes_group_role('author');
            reviewer_group text := public.actes_group_role('reviewer');
            admin_group text := public.actes_group_role('admin');
            g text;
        BEGIN
            IF (SELECT count(*) FROM pg_catalog.pg_roles
                WHERE rolname IN (author_group, reviewer_group, admin_group)) < 3
               AND NOT (SELECT rolsuper OR rolcreaterole FROM pg_catalog.pg_roles WHERE rolname = current_user) THEN
                RETURN false;
            END IF;
            FOREACH g IN ARRAY ARRAY[author_group, reviewer_group, admin_group] LOOP
                IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = g) THEN
                    EXECUTE format('CREATE ROLE %I NOLOGIN', g);
                END IF;
            END LOOP;
            IF NOT pg_catalog.pg_has_role(reviewer_group, author_group, 'MEMBER') THEN
                EXECUTE format('GRANT %I TO %I', author_group, reviewer_group);
            END IF;
            IF NOT pg_catalog.pg_has_role(admin_group, reviewer_group, 'MEMBER') THEN
                EXECUTE format('GRANT %I TO %I', reviewer_group, admin_group);
            END IF;
            EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), author_group);
            EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', author_group);
            EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', author_group);
            EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON public.member, public.actes_meta FROM %I', author_group);
            EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', author_group);
            RETURN true;
        END $$)",
    uR"(SELECT actes_setup_groups())",
    uR"(CREATE FUNCTION actes_require_groups() RETURNS void LANGUAGE plpgsql
        SET search_path = pg_catalog, public, pg_temp AS $$
        BEGIN
            IF NOT public.actes_setup_groups() THEN
                RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = format('The owner of the library (the login %s) '
                    'may not create logins: give it the CREATEROLE attribute (ALTER ROLE %s CREATEROLE).',
                    (SELECT pg_catalog.pg_get_userbyid(datdba) FROM pg_catalog.pg_database WHERE datname = current_database()),
                    (SELECT quote_ident(pg_catalog.pg_get_userbyid(datdba)) FROM pg_catalog.pg_database
                     WHERE datname = current_database()));
            END IF;
        END $$)",
    uR"(CREATE FUNCTION actes_directly_in(p_login text, p_group text) RETURNS boolean LANGUAGE sql STABLE
        SET search_path = pg_catalog, public, pg_temp AS $$
        SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members a
                       JOIN pg_catalog.pg_roles g ON g.oid = a.roleid JOIN pg_catalog.pg_roles u ON u.oid = a.member
                       WHERE g.rolname = p_group AND u.rolname = p_login) $$)",
    uR"(CREATE FUNCTION actes_member_target(p_login text, action text) RETURNS void LANGUAGE plpgsql
        SET search_path = pg_catalog, public, pg_temp AS $$
        BEGIN
            PERFORM public.actes_require_member('admin', action);
            IF NOT EXISTS (SELECT 1 FROM public.member WHERE login = p_login) THEN
                RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('%s is not a member of this library.', p_login);
            END IF;
            IF p_login = (SELECT pg_catalog.pg_get_userbyid(datdba) FROM pg_catalog.pg_database
                          WHERE datname = current_database()) THEN
                RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE =
                    format('%s owns the library and always stays an administrator.', p_login);
            END IF;
            PERFORM public.actes_require_groups();
        END $$)",
    // Adds a member: creates the login with the password when it does not exist yet (an
    // existing login keeps its password), grants the group role of its role. True when the
    // login was created.
    uR"(CREATE FUNCTION actes_add_member(p_login text, p_name text, p_role text, p_password text)
        RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        DECLARE
            created boolean := false;
        BEGIN
            PERFORM public.actes_require_member('admin', 'Adding a member');
            IF p_login IS NULL OR p_login !~ '^[a-z][a-z0-9_.-]{0,62}$' THEN
                RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('%s is not a valid login: use lowercase '
                    'letters, digits, dots, dashes and underscores, starting with a letter.', coalesce(p_login, ''));
            END IF;
            IF p_role IS NULL OR p_role NOT IN ('author', 'reviewer', 'admin') THEN
                RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('%s is not a role.', coalesce(p_role, ''));
            END IF;
            IF EXISTS (SELECT 1 FROM public.member WHERE login = p_login) THEN
                RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('%s is already a member of this library.', p_login);
            END IF;
            PERFORM public.actes_require_groups();
            IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN
                IF coalesce(p_password, '') = '' THEN
                    RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'A new login needs a password.';
                END IF;
                EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_password);
                created := true;
            ELSIF NOT (SELECT rolcanlogin FROM pg_catalog.pg_roles WHERE rolname = p_login) THEN
                RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('The role %s exists and cannot log in.', p_login);
            END IF;
            EXECUTE format('GRANT %I TO %I', public.actes_group_role(p_role), p_login);
            INSERT INTO public.member (login, name, role, login_created)
                VALUES (p_login, btrim(coalesce(p_name, '')), p_role, created);
            RETURN created;
        END $$)",
    uR"(CREATE FUNCTION actes_set_member_role(p_login text, p_role text) RETURNS void LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        DECLARE
            g text;
        BEGIN
            PERFORM public.actes_member_target(p_login, 'Changing a member''s role');
            IF p_role IS NULL OR p_role NOT IN ('author', 'reviewer', 'admin') THEN
                RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('%s is not a role.', coalesce(p_role, ''));
            END IF;
            FOREACH g IN ARRAY ARRAY[public.actes_group_role('author'), public.actes_group_role('reviewer'),
                                     public.actes_group_role('admin')] LOOP
                IF public.actes_directly_in(p_login, g) AND g <> public.actes_group_role(p_role) THEN
                    EXECUTE format('REVOKE %I FROM %I', g, p_login);
                END IF;
            END LOOP;
            IF NOT (SELECT disabled FROM public.member WHERE login = p_login) THEN
                EXECUTE format('GRANT %I TO %I', public.actes_group_role(p_role), p_login);
            END IF;
            UPDATE public.member SET role = p_role WHERE login = p_login;
        END $$)",
    uR"(CREATE FUNCTION actes_disable_member(p_login text) RETURNS void LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        DECLARE
            g text;
        BEGIN
            PERFORM public.actes_member_target(p_login, 'Disabling a member');
            IF p_login = session_user THEN
                RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'You cannot disable your own login.';
            END IF;
            -- A login this library created may no longer connect at all; one it adopted (it exists
            -- for other libraries or other uses of the server) only loses this library's rights:
            -- an administrator of one library never locks anyone out of the rest of the server.
            IF (SELECT login_created FROM public.member WHERE login = p_login) THEN
                EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
            END IF;
            FOREACH g IN ARRAY ARRAY[public.actes_group_role('author'), public.actes_group_role('reviewer'),
                                     public.actes_group_role('admin')] LOOP
                IF public.actes_directly_in(p_login, g) THEN
                    EXECUTE format('REVOKE %I FROM %I', g, p_login);
                END IF;
            END LOOP;
            UPDATE public.member SET disabled = true WHERE login = p_login;
        END $$)",
};

} // namespace

// Applied last in schema version 2 (see schemaMigration()), when every table exists.
QStringList PostgresDetail::membersSchema()
{
    QStringList statements;
    for (const char16_t *sql : membersSection)
        statements.append(QString::fromUtf16(sql));
    return statements;
}

// --- The repository's side ------------------------------------------------------------------

void PostgresRepository::readSessionIdentity()
{
    QSqlQuery query = run(u"SELECT session_user, actes_is_trusted()"_s);
    if (query.next()) {
        m_sessionLogin = query.value(0).toString();
        m_trusted = query.value(1).toBool();
    }
}

QString PostgresRepository::writerName(const QString &author) const
{
    // The server records the login of a member whatever is sent; sending it keeps the
    // coalescing of revisions (same author) right. The owner writes under the given name.
    return m_trusted ? author.trimmed() : m_sessionLogin;
}

Member PostgresRepository::currentMember() const
{
    QSqlQuery query = run(u"SELECT login, name, role, disabled FROM actes_session_member()"_s);
    Member member;
    if (query.next()) {
        member.login = query.value(0).toString();
        member.name = query.value(1).toString();
        const QString role = query.value(2).toString();
        member.disabled = query.value(3).toBool() || role == u"none"_s;
        if (!memberRoleFromKey(role, &member.role))
            member.role = MemberRole::Author;
    }
    if (member.name.isEmpty() && m_trusted)
        member.name = m_author.trimmed();
    return member;
}

QList<Member> PostgresRepository::members() const
{
    QSqlQuery query = run(uR"(SELECT login, name, role, disabled FROM member
        ORDER BY lower(coalesce(nullif(name, ''), login)), login)"_s);
    QList<Member> result;
    while (query.next()) {
        Member member;
        member.login = query.value(0).toString();
        member.name = query.value(1).toString();
        memberRoleFromKey(query.value(2).toString(), &member.role);
        member.disabled = query.value(3).toBool();
        result.append(member);
    }
    return result;
}

bool PostgresRepository::hasMembers() const
{
    return true;
}

QString PostgresRepository::addMember(const Member &member, const QString &password)
{
    requireWritable();
    QString used = password;
    if (used.isEmpty())
        used = generateMemberPassword();
    write([&] {
        run(u"SELECT actes_add_member(?, ?, ?, ?)"_s,
            {member.login, text(member.name.trimmed()), memberRoleKey(member.role), used});
    });
    return used;
}

void PostgresRepository::setMemberRole(const QString &login, MemberRole role)
{
    requireWritable();
    write([&] { run(u"SELECT actes_set_member_role(?, ?)"_s, {login, memberRoleKey(role)}); });
}

void PostgresRepository::disableMember(const QString &login)
{
    requireWritable();
    write([&] { run(u"SELECT actes_disable_member(?)"_s, {login}); });
}

} // namespace Actes
