// The review commands of the command line: check, status.
#include "cli/commandline.h"

#include "review/checks.h"
#include "review/reviewworkflow.h"
#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

QString levelKey(Problem::Level level)
{
    return level == Problem::Blocking ? u"blocking"_s : u"warning"_s;
}

QString titleOf(const Resource &r)
{
    return r.title.trimmed().isEmpty() ? u"—"_s : r.title;
}

} // namespace

int CommandLine::check(const QStringList &arguments)
{
    QStringList args = arguments;
    const std::optional<QString> ids = takeValue(args, u"--ids"_s);
    const bool json = takeFlags(args, {u"--json"_s}).contains(u"--json"_s);
    if (!args.isEmpty())
        throw UsageError{tr("check takes no argument '%1'; use --ids 1,2,3 to choose resources.").arg(args.first())};

    auto repo = openLibrary();
    const QList<Resource> resources = selectResources(*repo, ids);
    const ReviewWorkflow workflow(*repo, reviewSettings());

    int blocked = 0, warned = 0;
    QJsonArray array;
    for (const Resource &r : resources) {
        const QList<Problem> problems = workflow.problems(r);
        const bool blocking = std::any_of(problems.cbegin(), problems.cend(),
                                          [](const Problem &p) { return p.level == Problem::Blocking; });
        if (blocking)
            ++blocked;
        else if (!problems.isEmpty())
            ++warned;

        if (json) {
            QJsonArray list;
            for (const Problem &p : problems) {
                QJsonObject problem{{u"field"_s, p.field},
                                    {u"level"_s, levelKey(p.level)},
                                    {u"message"_s, p.message}};
                if (!p.key.isEmpty())
                    problem.insert(u"key"_s, p.key);   // a warning that may be dismissed
                list.append(problem);
            }
            array.append(QJsonObject{{u"id"_s, r.id},
                                     {u"title"_s, r.title},
                                     {u"problems"_s, list}});
            continue;
        }
        m_out << r.id << "  " << titleOf(r) << '\n';
        if (problems.isEmpty())
            m_out << "    " << tr("ready: no problem found") << '\n';
        for (const Problem &p : problems) {
            const QString level = p.level == Problem::Blocking ? tr("blocking") : tr("warning");
            m_out << "    " << tr("%1 (%2): %3", "level (field): message").arg(level, checkFieldLabel(p.field), p.message) << '\n';
        }
    }
    if (json) {
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        m_out << tr("%n resource(s) checked: %1 with blocking problems, %2 with warnings only.", nullptr,
                    int(resources.size()))
                     .arg(blocked)
                     .arg(warned)
              << '\n';
    }
    return blocked > 0 ? 1 : 0;
}

int CommandLine::status(const QStringList &arguments)
{
    QStringList args = arguments;
    const std::optional<QString> comment = takeValue(args, u"--comment"_s);
    const std::optional<QString> reviewer = takeValue(args, u"--reviewer"_s);
    takeFlags(args, {});
    if (args.isEmpty() || args.size() > 2)
        throw UsageError{tr("status needs a resource id, and optionally the new status.")};
    const qint64 id = parseId(args.first());
    std::optional<Status> target;
    if (args.size() == 2) {
        QString key = args.at(1).trimmed().toLower();
        if (key == u"in-review"_s || key == u"in_review"_s)
            key = statusKey(Status::InReview);
        target = statusFromKey(key);
        if (!target) {
            QStringList keys;
            for (Status s : {Status::Draft, Status::InReview, Status::Approved, Status::Published, Status::Archived})
                keys.append(statusKey(s));
            throw UsageError{tr("'%1' is not a status; use one of: %2.").arg(args.at(1), keys.join(u", "_s))};
        }
    } else if (comment) {
        throw UsageError{tr("--comment goes with a new status.")};
    }
    if (reviewer && target != Status::InReview)
        throw UsageError{tr("--reviewer goes with the status review (submitting for review).")};
    if (reviewer && reviewer->trimmed().isEmpty())
        throw UsageError{tr("--reviewer needs a member's login.")};

    auto repo = openLibrary();
    const std::optional<Resource> r = repo->loadResource(id);
    if (!r) {
        m_err << "actes: " << tr("there is no resource %1 in %2.").arg(id).arg(repo->location()) << '\n';
        return 1;
    }

    if (!target) {
        m_out << tr("Resource %1: %2").arg(id).arg(titleOf(*r)) << '\n'
              << tr("Status: %1").arg(statusLabel(r->status)) << '\n';
        if (r->status == Status::InReview) {
            const QString waitsFor = repo->requestedReviewer(id);
            m_out << (waitsFor.isEmpty() ? tr("Waiting for: any reviewer") : tr("Waiting for: %1").arg(waitsFor))
                  << '\n';
        }
        const QList<StatusChange> history = repo->statusHistory(id);
        if (history.isEmpty()) {
            m_out << tr("No status change recorded.") << '\n';
            return 0;
        }
        m_out << tr("History:") << '\n';
        for (const StatusChange &c : history) {
            const QString when = c.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
            const QString author = c.author.isEmpty() ? tr("unknown") : c.author;
            QString line = tr("%1  %2 → %3, by %4", "time  from → to, by author")
                               .arg(when, statusLabel(c.from), statusLabel(c.to), author);
            if (!c.reviewer.isEmpty())
                line = tr("%1, review requested from %2", "history line: reviewer").arg(line, c.reviewer);
            if (!c.comment.trimmed().isEmpty())
                line = tr("%1: %2", "history line: comment").arg(line, c.comment.simplified());
            m_out << "  " << line << '\n';
        }
        return 0;
    }

    if (r->status == *target && !reviewer) {
        m_out << tr("Resource %1 is already %2; nothing changed.").arg(id).arg(statusLabel(*target)) << '\n';
        return 0;
    }
    ReviewWorkflow workflow(*repo, reviewSettings());
    const QString author = authorName();
    repo->setCurrentAuthor(author);
    try {
        if (reviewer) {
            workflow.submitForReview(id, *reviewer, author, comment.value_or(QString()), r->version);
            if (r->status == Status::InReview)
                m_out << tr("Resource %1 now waits for the review of %2.").arg(id).arg(reviewer->trimmed()) << '\n';
            else
                m_out << tr("Resource %1 is now %2 (it was %3); the review is requested from %4.")
                             .arg(id)
                             .arg(statusLabel(Status::InReview), statusLabel(r->status), reviewer->trimmed())
                      << '\n';
            return 0;
        }
        const Resource stored = workflow.changeStatus(id, *target, author, comment.value_or(QString()), r->version);
        m_out << tr("Resource %1 is now %2 (it was %3).").arg(id).arg(statusLabel(stored.status), statusLabel(r->status))
              << '\n';
    } catch (const LibraryError &e) {
        if (e.kind() != LibraryError::Kind::Invalid)
            throw;
        // The refusal lists every problem, one per line: one "actes: " line each.
        for (const QString &line : e.message().split(u'\n', Qt::SkipEmptyParts))
            m_err << "actes: " << line.trimmed() << '\n';
        return 1;
    }
    return 0;
}

} // namespace Actes
