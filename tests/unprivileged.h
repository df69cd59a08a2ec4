#pragma once
// Root is not stopped by file permissions (the DAC override capability): a test of a read-only
// library would prove nothing when run as root, and CI runs as root. These helpers make such a
// test see what an ordinary user sees, whoever runs it; as another user they do nothing.
//  - AsNobody: the test process itself becomes the user "nobody" for a while (in-process cases);
//  - dropFileOverrides(): for QProcess::setChildProcessModifier(), the program started stays
//    root but without the capabilities that bypass file permissions.

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QString>

#include <grp.h>
#include <linux/capability.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Unprivileged {

inline bool isRoot()
{
    return ::geteuid() == 0;
}

// While it lives, the process's real and effective user and group become nobody's (its saved
// set-user-ID stays root, so the destructor comes back). The folder given (a test's temporary
// folder) and everything in it is handed to nobody first. As another user it does nothing.
class AsNobody
{
public:
    explicit AsNobody(const QString &folder)
    {
        if (!isRoot()) {
            m_ok = true;
            return;
        }
        const passwd *pw = ::getpwnam("nobody");
        if (!pw) {
            m_error = u"there is no user “nobody” to run as"_s;
            return;
        }
        const uid_t uid = pw->pw_uid;
        const gid_t gid = pw->pw_gid;
        const auto give = [&](const QString &path) { return ::chown(QFile::encodeName(path).constData(), uid, gid) == 0; };
        bool handed = give(folder);
        QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            handed = give(it.next()) && handed;
        if (!handed) {
            m_error = u"cannot hand %1 over to nobody"_s.arg(folder);
            return;
        }
        const int count = ::getgroups(0, nullptr);
        m_groups.resize(count > 0 ? count : 0);
        if (count > 0)
            ::getgroups(count, m_groups.data());
        if (::setgroups(0, nullptr) != 0 || ::setresgid(gid, gid, -1) != 0 || ::setresuid(uid, uid, -1) != 0) {
            m_error = u"cannot switch to nobody"_s;
            restore();
            return;
        }
        m_switched = true;
        m_ok = true;
    }
    ~AsNobody()
    {
        if (m_switched)
            restore();
    }
    AsNobody(const AsNobody &) = delete;
    AsNobody &operator=(const AsNobody &) = delete;

    bool ok() const { return m_ok; }
    QByteArray error() const { return m_error.toUtf8(); }

private:
    void restore()
    {
        // The saved set-user-ID is still 0: back to root, capabilities included.
        if (::setresuid(0, 0, 0) != 0 || ::setresgid(0, 0, 0) != 0
            || ::setgroups(m_groups.size(), m_groups.constData()) != 0)
            qFatal("could not switch back to root after a test run as nobody");
    }

    bool m_ok = false;
    bool m_switched = false;
    QString m_error;
    QList<gid_t> m_groups;
};

// For QProcess::setChildProcessModifier(): as root, removes from the child's bounding set the
// capabilities that bypass file permissions (DAC override, DAC read search, file owner), so the
// program it runs is refused a read-only file like anyone else. Does nothing as another user.
inline void dropFileOverrides()
{
    if (!isRoot())
        return;
    for (int capability : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER}) {
        if (::prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0)
            ::_exit(125);   // never run the program with its privileges by mistake
    }
}

} // namespace Unprivileged
