// The member command on a team library of the test server (add, list, set-role, disable), the
// refusals of a role named in the command line, and the message of a personal library.
#include "clitest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace CliTest;

class TestCliMembers : public CliTest::Harness
{
    Q_OBJECT

private slots:
    void initTestCase();
    void membersAreManagedOnTheServer();
    void authorApprovalIsRefusedNamingTheRole();
    void personalLibraryHasNoMembers();

private:
    QString database(const QString &uri) const
    {
        const QString path = uri.section(u'?', 0, 0);
        return QUrl::fromPercentEncoding(path.section(u'/', -1).toUtf8());
    }
    QString socketAs(const QString &uri, const QString &login) const
    {
        return m_server.socketUri(database(uri), login);
    }
    QJsonArray membersJson(const QString &uri)
    {
        const Run r = actes({u"--db"_s, uri, u"member"_s, u"list"_s, u"--json"_s});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    QJsonObject memberJson(const QString &uri, const QString &login)
    {
        for (const QJsonValue &v : membersJson(uri)) {
            if (v.toObject().value(u"login"_s).toString() == login)
                return v.toObject();
        }
        return {};
    }
    Run actesWithInput(const QStringList &args, const QByteArray &input)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(ACTES_BINARY), args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000)) {
            p.kill();
            return {};
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
};

void TestCliMembers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestCliMembers::membersAreManagedOnTheServer()
{
    const QString owner = freshLocation(u"postgresql"_s, {});
    QCOMPARE(actes({u"--db"_s, owner, u"list"_s}).exitCode, 0);   // sets the library up

    // With a password file, with a generated password, from stdin.
    QFile secret(m_dir.filePath(u"claire.pw"_s));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("Mot-de-passe-de-Claire\n");
    secret.close();
    Run r = actes({u"--db"_s, owner, u"member"_s, u"add"_s, u"claire_cli"_s, u"--role"_s, u"author"_s, u"--name"_s,
                   u"Claire Martin"_s, u"--password-file"_s, secret.fileName()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Claire Martin (claire_cli) is now a member of the library as Author."_s), qPrintable(r.out));
    QVERIFY2(!r.out.contains(u"Mot-de-passe"_s), qPrintable(r.out));
    r = actes({u"--db"_s, owner, u"member"_s, u"add"_s, u"rose_cli"_s, u"--role"_s, u"reviewer"_s, u"--name"_s,
               u"Rose Dupont"_s, u"--generate-password"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QRegularExpressionMatch shown = QRegularExpression(u"shown once.*: (\\S{20})\\n"_s).match(r.out);
    QVERIFY2(shown.hasMatch(), qPrintable(r.out));
    r = actesWithInput({u"--db"_s, owner, u"member"_s, u"add"_s, u"zoe_cli"_s, u"--role"_s, u"admin"_s,
                        u"--password-stdin"_s},
                       "secret-de-zoe\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    // The logins work with their passwords (over TCP: the server checks them).
    QProcessEnvironment rosePassword;
    rosePassword.insert(u"PGPASSWORD"_s, shown.captured(1));
    r = actes({u"--db"_s, m_server.tcpUri(database(owner), u"rose_cli"_s), u"member"_s, u"list"_s}, rosePassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Rose Dupont"_s) && r.out.contains(u"Reviewer"_s), qPrintable(r.out));
    QProcessEnvironment clairePassword;
    clairePassword.insert(u"PGPASSWORD"_s, u"Mot-de-passe-de-Claire"_s);
    QCOMPARE(actes({u"--db"_s, m_server.tcpUri(database(owner), u"claire_cli"_s), u"list"_s}, clairePassword).exitCode, 0);

    const QJsonArray members = membersJson(owner);
    QCOMPARE(members.size(), 4);
    QCOMPARE(memberJson(owner, u"claire_cli"_s).value(u"name"_s).toString(), u"Claire Martin"_s);
    QCOMPARE(memberJson(owner, u"claire_cli"_s).value(u"role"_s).toString(), u"author"_s);
    QCOMPARE(memberJson(owner, u"zoe_cli"_s).value(u"role"_s).toString(), u"admin"_s);
    QCOMPARE(memberJson(owner, u"postgres"_s).value(u"role"_s).toString(), u"admin"_s);

    // Zoé (an administrator, not the owner) changes a role and disables a member.
    QProcessEnvironment zoePassword;
    zoePassword.insert(u"PGPASSWORD"_s, u"secret-de-zoe"_s);
    const QString zoe = m_server.tcpUri(database(owner), u"zoe_cli"_s);
    r = actes({u"--db"_s, zoe, u"member"_s, u"set-role"_s, u"claire_cli"_s, u"reviewer"_s}, zoePassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(memberJson(owner, u"claire_cli"_s).value(u"role"_s).toString(), u"reviewer"_s);
    r = actes({u"--db"_s, zoe, u"member"_s, u"disable"_s, u"rose_cli"_s}, zoePassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(memberJson(owner, u"rose_cli"_s).value(u"disabled"_s).toBool(), true);
    QVERIFY(actes({u"--db"_s, m_server.tcpUri(database(owner), u"rose_cli"_s), u"list"_s}, rosePassword).exitCode != 0);
    r = actes({u"--db"_s, owner, u"member"_s, u"list"_s});
    QVERIFY2(r.out.contains(u"Reviewer (disabled)"_s), qPrintable(r.out));

    // Claire (a reviewer now) manages nobody; the refusal names the role.
    r = actes({u"--db"_s, socketAs(owner, u"claire_cli"_s), u"member"_s, u"add"_s, u"intrus"_s, u"--role"_s,
               u"admin"_s, u"--generate-password"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Managing the members needs the administrator role; you are a reviewer."_s), qPrintable(r.err));
    QCOMPARE(memberJson(owner, u"intrus"_s), QJsonObject());
    // Bad usage.
    QCOMPARE(actes({u"--db"_s, owner, u"member"_s, u"add"_s, u"x"_s, u"--role"_s, u"chef"_s}).exitCode, 2);
    QCOMPARE(actes({u"--db"_s, owner, u"member"_s, u"promote"_s}).exitCode, 2);
}

void TestCliMembers::authorApprovalIsRefusedNamingTheRole()
{
    const QString owner = freshLocation(u"postgresql"_s, {});
    QCOMPARE(actes({u"--db"_s, owner, u"import-site"_s, fixture(u"two-resources.txt"_s)}).exitCode, 0);
    Run r = actes({u"--db"_s, owner, u"member"_s, u"add"_s, u"anais_cli"_s, u"--role"_s, u"author"_s,
                   u"--generate-password"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString anais = socketAs(owner, u"anais_cli"_s);
    r = actes({u"--db"_s, anais, u"status"_s, u"1"_s, u"approved"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Approving needs the reviewer role; you are an author."_s), qPrintable(r.err));
    r = actes({u"--db"_s, anais, u"status"_s, u"1"_s, u"published"_s});
    QVERIFY2(r.err.contains(u"Publishing needs the reviewer role; you are an author."_s), qPrintable(r.err));
    // Submitting for review is hers; the status of the refusals is unchanged.
    const QString before = showJson(owner, u"1"_s).value(u"status"_s).toString();
    r = actes({u"--db"_s, anais, u"status"_s, u"1"_s, u"review"_s});
    QVERIFY2(r.exitCode == 0 || before == u"review"_s, qPrintable(r.err));
    QCOMPARE(showJson(owner, u"1"_s).value(u"status"_s).toString(), u"review"_s);
    r = actes({u"--db"_s, owner, u"status"_s, u"1"_s});
    QVERIFY2(r.out.contains(u"by anais_cli"_s), qPrintable(r.out));
}

void TestCliMembers::personalLibraryHasNoMembers()
{
    const QString file = freshLocation(u"sqlite"_s, u"perso.actes"_s);
    for (const QStringList &args : {QStringList{u"member"_s, u"list"_s},
                                    QStringList{u"member"_s, u"add"_s, u"claire"_s, u"--role"_s, u"author"_s,
                                                u"--generate-password"_s}}) {
        const Run r = actes(QStringList{u"--db"_s, file} + args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"A personal library has no members"_s), qPrintable(r.err));
    }
}

QTEST_GUILESS_MAIN(TestCliMembers)
#include "tst_climembers.moc"
