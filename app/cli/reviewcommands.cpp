// The review commands of the command line: check, status, set.
#include "cli/commandline.h"

#include "review/checks.h"
#include "review/statusservice.h"
#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace Actes {

namespace {

QString levelKey(Problem::Level level)
{
    return level == Problem::Blocking ? QStringLiteral("blocking") : QStringLiteral("warning");
}

std::function<bool(const QString &)> imageChecker(const ResourceRepository &repo)
{
    return [&repo](const QString &key) { return !repo.loadImage(key).isEmpty(); };
}

QString titleOf(const Resource &r)
{
    return r.title.trimmed().isEmpty() ? QStringLiteral("—") : r.title;
}

} // namespace

int CommandLine::check(const QStringList &arguments)
{
    QStringList args = arguments;
    const std::optional<QString> ids = takeValue(args, QStringLiteral("--ids"));
    const bool json = takeFlags(args, {QStringLiteral("--json")}).contains(QLatin1String("--json"));
    if (!args.isEmpty())
        throw UsageError{tr("check takes no argument '%1'; use --ids 1,2,3 to choose resources.").arg(args.first())};

    auto repo = openLibrary();
    const QList<Resource> resources = selectResources(*repo, ids);
    const ReviewSettings settings = reviewSettings();
    const auto imageExists = imageChecker(*repo);

    int blocked = 0, warned = 0;
    QJsonArray array;
    for (const Resource &r : resources) {
        const QList<Problem> problems = checkResource(r, settings, imageExists);
        const bool blocking = std::any_of(problems.cbegin(), problems.cend(),
                                          [](const Problem &p) { return p.level == Problem::Blocking; });
        if (blocking)
            ++blocked;
        else if (!problems.isEmpty())
            ++warned;

        if (json) {
            QJsonArray list;
            for (const Problem &p : problems) {
                list.append(QJsonObject{{QStringLiteral("field"), p.field},
                                        {QStringLiteral("level"), levelKey(p.level)},
                                        {QStringLiteral("message"), p.message}});
            }
            array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("title"), r.title},
                                     {QStringLiteral("problems"), list}});
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
    const std::optional<QString> comment = takeValue(args, QStringLiteral("--comment"));
    takeFlags(args, {});
    if (args.isEmpty() || args.size() > 2)
        throw UsageError{tr("status needs a resource id, and optionally the new status.")};
    const qint64 id = parseId(args.first());
    std::optional<Status> target;
    if (args.size() == 2) {
        target = statusFromKey(args.at(1).trimmed().toLower());
        if (!target) {
            QStringList keys;
            for (Status s : {Status::Draft, Status::InReview, Status::Approved, Status::Published, Status::Archived})
                keys.append(statusKey(s));
            throw UsageError{tr("'%1' is not a status; use one of: %2.").arg(args.at(1), keys.join(QStringLiteral(", ")))};
        }
    } else if (comment) {
        throw UsageError{tr("--comment goes with a new status.")};
    }

    auto repo = openLibrary();
    const std::optional<Resource> r = repo->loadResource(id);
    if (!r) {
        m_err << "actes: " << tr("there is no resource %1 in %2.").arg(id).arg(repo->location()) << '\n';
        return 1;
    }

    if (!target) {
        m_out << tr("Resource %1: %2").arg(id).arg(titleOf(*r)) << '\n'
              << tr("Status: %1").arg(statusLabel(r->status)) << '\n';
        const QList<StatusChange> history = repo->statusHistory(id);
        if (history.isEmpty()) {
            m_out << tr("No status change recorded.") << '\n';
            return 0;
        }
        m_out << tr("History:") << '\n';
        for (const StatusChange &c : history) {
            const QString when = c.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            const QString author = c.author.isEmpty() ? tr("unknown") : c.author;
            QString line = tr("%1  %2 → %3, by %4", "time  from → to, by author")
                               .arg(when, statusLabel(c.from), statusLabel(c.to), author);
            if (!c.comment.trimmed().isEmpty())
                line = tr("%1: %2", "history line: comment").arg(line, c.comment.simplified());
            m_out << "  " << line << '\n';
        }
        return 0;
    }

    if (r->status == *target) {
        m_out << tr("Resource %1 is already %2; nothing changed.").arg(id).arg(statusLabel(*target)) << '\n';
        return 0;
    }
    const ReviewSettings settings = reviewSettings();
    const auto imageExists = imageChecker(*repo);
    StatusService service(*repo, [settings, imageExists](const Resource &resource) {
        return blockingProblems(resource, settings, imageExists);
    });
    const QString author = authorName();
    repo->setCurrentAuthor(author);
    try {
        const Resource stored = service.changeStatus(id, *target, author, comment.value_or(QString()), r->version);
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

namespace {

struct SetError
{
    QString message;
};

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"true" || t == u"yes" || t == u"1" || t == u"oui")
        return true;
    if (t == u"false" || t == u"no" || t == u"0" || t == u"non")
        return false;
    return std::nullopt;
}

} // namespace

int CommandLine::set(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool allowNewType = takeFlags(args, {QStringLiteral("--new-type")}).contains(QLatin1String("--new-type"));
    if (args.isEmpty())
        throw UsageError{tr("set needs a resource id and at least one KEY=VALUE.")};
    const qint64 id = parseId(args.takeFirst());
    if (args.isEmpty())
        throw UsageError{tr("set needs at least one KEY=VALUE after the resource id.")};

    static const QStringList keys{QStringLiteral("title"), QStringLiteral("type"), QStringLiteral("private"),
                                  QStringLiteral("date_start"), QStringLiteral("date_end"), QStringLiteral("place"),
                                  QStringLiteral("attendance"), QStringLiteral("checked")};
    QList<std::pair<QString, QString>> pairs;
    for (const QString &arg : args) {
        const qsizetype eq = arg.indexOf(u'=');
        if (eq <= 0)
            throw UsageError{tr("'%1' is not KEY=VALUE.").arg(arg)};
        const QString key = arg.left(eq).trimmed().toLower();
        if (!keys.contains(key))
            throw UsageError{tr("'%1' is not a key set can change; use one of: %2.").arg(arg.left(eq), keys.join(QStringLiteral(", ")))};
        if (std::any_of(pairs.cbegin(), pairs.cend(), [&key](const auto &p) { return p.first == key; }))
            throw UsageError{tr("%1 is given twice.").arg(key)};
        pairs.append({key, arg.mid(eq + 1)});
    }

    // Values are parsed before the library is opened: a bad value changes nothing.
    const auto parseDate = [](const QString &key, const QString &text) {
        const QString t = text.trimmed();
        if (t.isEmpty())
            return QDate();
        static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate d = iso.match(t).hasMatch() ? QDate::fromString(t, Qt::ISODate) : QDate();
        if (!d.isValid())
            throw UsageError{tr("%1 must be a date written YYYY-MM-DD (or empty to clear), not '%2'.").arg(key, text)};
        return d;
    };
    std::optional<QString> title, type, place;
    std::optional<bool> isPrivate, checked;
    std::optional<QDate> dateStart, dateEnd;
    std::optional<std::optional<int>> attendance;
    for (const auto &[key, value] : pairs) {
        if (key == u"title") {
            const QString t = value.trimmed();
            if (t.isEmpty())
                throw UsageError{tr("title cannot be empty.")};
            if (t.contains(u'\n') || t.contains(u'\r'))
                throw UsageError{tr("title cannot contain line breaks.")};
            title = t;
        } else if (key == u"type") {
            type = value.trimmed();
        } else if (key == u"private") {
            isPrivate = parseBool(value);
            if (!isPrivate)
                throw UsageError{tr("private must be true or false, not '%1'.").arg(value)};
        } else if (key == u"checked") {
            checked = parseBool(value);
            if (!checked)
                throw UsageError{tr("checked must be true or false, not '%1'.").arg(value)};
        } else if (key == u"date_start") {
            dateStart = parseDate(key, value);
        } else if (key == u"date_end") {
            dateEnd = parseDate(key, value);
        } else if (key == u"place") {
            place = value.simplified();
        } else if (key == u"attendance") {
            QString t = value;
            t.remove(u' ').remove(QChar(0x00A0)).remove(QChar(0x202F));
            if (t.isEmpty()) {
                attendance = std::optional<int>();
            } else {
                static const QRegularExpression digits(QStringLiteral("^\\d{1,7}$"));
                const int n = digits.match(t).hasMatch() ? t.toInt() : -1;
                if (n < 0 || n > 1000000)
                    throw UsageError{tr("attendance must be a number of people from 0 to 1,000,000 (or empty), not '%1'.").arg(value)};
                attendance = n > 0 ? std::optional<int>(n) : std::nullopt;   // 0 = unknown, as in the window
            }
        }
    }

    auto repo = openLibrary();
    std::optional<Resource> loaded = repo->loadResource(id);
    if (!loaded) {
        m_err << "actes: " << tr("there is no resource %1 in %2.").arg(id).arg(repo->location()) << '\n';
        return 1;
    }
    Resource r = *loaded;

    if (type && !type->isEmpty()) {
        const QStringList types = repo->resourceTypes();
        const auto it = std::find_if(types.cbegin(), types.cend(), [&](const QString &t) {
            return t.compare(*type, Qt::CaseInsensitive) == 0;
        });
        if (it != types.cend()) {
            type = *it;
        } else if (!allowNewType) {
            m_err << "actes: "
                  << tr("'%1' is not a resource type of this library (%2); add --new-type to add it.")
                         .arg(*type, types.join(QStringLiteral(", ")))
                  << '\n';
            return 2;
        }
    }

    if (title)
        r.title = *title;
    if (type)
        r.type = *type;
    if (isPrivate) {
        r.isPrivate = *isPrivate;
        r.privateConfirmed = true;
    }
    if (checked) {
        // What the importer was unsure of: true confirms it (the note goes with the doubt),
        // false marks the resource to check again.
        r.needsReview = !*checked;
        if (*checked)
            r.reviewNote.clear();
    }
    if (place)
        r.place = *place;
    if (attendance)
        r.attendance = *attendance;
    // Dates follow the window: unknown = both empty; a one-day event ends the day it starts
    // and stays one day when its start moves, and an end before the new start follows it
    // (unless date_end is given too); an empty end makes it a one-day event.
    if (dateStart) {
        const bool oneDay = !r.dateEnd.isValid() || r.dateEnd == r.dateStart;
        r.dateStart = *dateStart;
        if (!dateStart->isValid())
            r.dateEnd = QDate();
        else if (!dateEnd && (oneDay || r.dateEnd < *dateStart))
            r.dateEnd = *dateStart;
    }
    if (dateEnd) {
        if (dateEnd->isValid() && !r.dateStart.isValid()) {
            m_err << "actes: " << tr("resource %1 has no start date, so it cannot be given an end date; set date_start too.").arg(id)
                  << '\n';
            return 1;
        }
        r.dateEnd = dateEnd->isValid() ? *dateEnd : r.dateStart;
    }
    if (r.dateStart.isValid() && r.dateEnd.isValid() && r.dateEnd < r.dateStart) {
        m_err << "actes: "
              << tr("resource %1 would end (%2) before it starts (%3); nothing was changed.")
                     .arg(QString::number(id), r.dateEnd.toString(Qt::ISODate), r.dateStart.toString(Qt::ISODate))
              << '\n';
        return 1;
    }

    if (r.sameContentAs(*loaded)) {
        m_out << tr("Resource %1 already has these values; nothing changed.").arg(id) << '\n';
        return 0;
    }
    repo->setCurrentAuthor(authorName());
    Resource stored;
    repo->inTransaction([&] {
        if (type && !type->isEmpty() && !repo->resourceTypes().contains(*type))
            repo->addResourceType(*type);
        stored = repo->saveResource(r);   // one write, one revision; throws on conflict
    });
    QStringList changed;
    for (const auto &[key, value] : pairs)
        changed.append(key);
    m_out << tr("Resource %1 saved (version %2): %3.").arg(id).arg(stored.version).arg(changed.join(QStringLiteral(", ")))
          << '\n';
    if (stored.status != loaded->status && stored.status == Status::InReview) {
        // The approval guard moved it back: say why, as recorded in its status history.
        const QList<StatusChange> history = repo->statusHistory(id);
        m_out << tr("Resource %1 went back to review (it was %2): %3")
                     .arg(QString::number(id), statusLabel(loaded->status),
                          history.isEmpty() ? QString() : history.constFirst().comment)
              << '\n';
    }
    return 0;
}

} // namespace Actes
