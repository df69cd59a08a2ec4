// The `set` command: change metadata of one resource in one revision. Its steps: read the
// KEY=VALUE pairs, parse each value (before the library is opened: a bad value changes
// nothing), resolve the type against the library, apply the changes with the window's date
// rules, save once.
#include "cli/commandline.h"

#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes {

// What `set` was asked to change, parsed and validated.
struct CommandLine::SetRequest
{
    qint64 id = 0;
    bool allowNewType = false;
    QStringList keys;   // in the order given
    std::optional<QString> title, type, place;
    std::optional<bool> isPrivate, checked;
    std::optional<QDate> dateStart, dateEnd;
    std::optional<std::optional<int>> attendance;
};

namespace {

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

CommandLine::SetRequest CommandLine::parseSetRequest(const QStringList &arguments)
{
    QStringList args = arguments;
    SetRequest request;
    request.allowNewType = takeFlags(args, {u"--new-type"_s}).contains(u"--new-type"_s);
    if (args.isEmpty())
        throw UsageError{tr("set needs a resource id and at least one KEY=VALUE.")};
    request.id = parseId(args.takeFirst());
    if (args.isEmpty())
        throw UsageError{tr("set needs at least one KEY=VALUE after the resource id.")};

    static const QStringList keys{u"title"_s, u"type"_s, u"private"_s, u"date_start"_s,
                                  u"date_end"_s, u"place"_s, u"attendance"_s, u"checked"_s};
    QList<std::pair<QString, QString>> pairs;
    for (const QString &arg : args) {
        const qsizetype eq = arg.indexOf(u'=');
        if (eq <= 0)
            throw UsageError{tr("'%1' is not KEY=VALUE.").arg(arg)};
        const QString key = arg.left(eq).trimmed().toLower();
        if (!keys.contains(key))
            throw UsageError{tr("'%1' is not a key set can change; use one of: %2.").arg(arg.left(eq), keys.join(u", "_s))};
        if (request.keys.contains(key))
            throw UsageError{tr("%1 is given twice.").arg(key)};
        request.keys.append(key);
        pairs.append({key, arg.mid(eq + 1)});
    }
    for (const auto &[key, value] : pairs)
        parseSetValue(request, key, value);
    return request;
}

void CommandLine::parseSetValue(SetRequest &request, const QString &key, const QString &value)
{
    const auto parseDate = [](const QString &key, const QString &text) {
        const QString t = text.trimmed();
        if (t.isEmpty())
            return QDate();
        static const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        const QDate d = iso.match(t).hasMatch() ? QDate::fromString(t, Qt::ISODate) : QDate();
        if (!d.isValid())
            throw UsageError{tr("%1 must be a date written YYYY-MM-DD (or empty to clear), not '%2'.").arg(key, text)};
        return d;
    };
    if (key == u"title") {
        const QString t = value.trimmed();
        if (t.isEmpty())
            throw UsageError{tr("title cannot be empty.")};
        if (t.contains(u'\n') || t.contains(u'\r'))
            throw UsageError{tr("title cannot contain line breaks.")};
        request.title = t;
    } else if (key == u"type") {
        request.type = value.trimmed();
    } else if (key == u"private") {
        request.isPrivate = parseBool(value);
        if (!request.isPrivate)
            throw UsageError{tr("private must be true or false, not '%1'.").arg(value)};
    } else if (key == u"checked") {
        request.checked = parseBool(value);
        if (!request.checked)
            throw UsageError{tr("checked must be true or false, not '%1'.").arg(value)};
    } else if (key == u"date_start") {
        request.dateStart = parseDate(key, value);
    } else if (key == u"date_end") {
        request.dateEnd = parseDate(key, value);
    } else if (key == u"place") {
        request.place = value.simplified();
    } else if (key == u"attendance") {
        QString t = value;
        t.remove(u' ').remove(QChar(0x00A0)).remove(QChar(0x202F));
        if (t.isEmpty()) {
            request.attendance = std::optional<int>();
        } else {
            static const QRegularExpression digits(u"^\\d{1,7}$"_s);
            const int n = digits.match(t).hasMatch() ? t.toInt() : -1;
            if (n < 0 || n > 1000000)
                throw UsageError{tr("attendance must be a number of people from 0 to 1,000,000 (or empty), not '%1'.").arg(value)};
            request.attendance = n > 0 ? std::optional<int>(n) : std::nullopt;   // 0 = unknown, as in the window
        }
    }
}

// The library's spelling of the requested type; 0 when it is known (or may be added), else the
// exit status after the message.
int CommandLine::resolveSetType(const ResourceRepository &repo, SetRequest &request)
{
    if (!request.type || request.type->isEmpty())
        return 0;
    const QStringList types = repo.resourceTypes();
    const auto it = std::find_if(types.cbegin(), types.cend(), [&](const QString &t) {
        return t.compare(*request.type, Qt::CaseInsensitive) == 0;
    });
    if (it != types.cend()) {
        request.type = *it;
    } else if (!request.allowNewType) {
        m_err << "actes: "
              << tr("'%1' is not a resource type of this library (%2); add --new-type to add it.")
                     .arg(*request.type, types.join(u", "_s))
              << '\n';
        return 2;
    }
    return 0;
}

// Applies the request to r; 0, or the exit status after the message when the dates conflict.
int CommandLine::applySetRequest(const SetRequest &request, Resource &r)
{
    if (request.title)
        r.title = *request.title;
    if (request.type)
        r.type = *request.type;
    if (request.isPrivate) {
        r.isPrivate = *request.isPrivate;
        r.privateConfirmed = true;
    }
    if (request.checked) {
        // What the importer was unsure of: true confirms it (the note goes with the doubt),
        // false marks the resource to check again.
        r.needsReview = !*request.checked;
        if (*request.checked)
            r.reviewNote.clear();
    }
    if (request.place)
        r.place = *request.place;
    if (request.attendance)
        r.attendance = *request.attendance;
    // Dates follow the window: unknown = both empty; a one-day event ends the day it starts
    // and stays one day when its start moves, and an end before the new start follows it
    // (unless date_end is given too); an empty end makes it a one-day event.
    const std::optional<QDate> &dateStart = request.dateStart;
    const std::optional<QDate> &dateEnd = request.dateEnd;
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
            m_err << "actes: "
                  << tr("resource %1 has no start date, so it cannot be given an end date; set date_start too.").arg(request.id)
                  << '\n';
            return 1;
        }
        r.dateEnd = dateEnd->isValid() ? *dateEnd : r.dateStart;
    }
    if (r.dateStart.isValid() && r.dateEnd.isValid() && r.dateEnd < r.dateStart) {
        m_err << "actes: "
              << tr("resource %1 would end (%2) before it starts (%3); nothing was changed.")
                     .arg(QString::number(request.id), r.dateEnd.toString(Qt::ISODate), r.dateStart.toString(Qt::ISODate))
              << '\n';
        return 1;
    }
    return 0;
}

int CommandLine::set(const QStringList &arguments)
{
    SetRequest request = parseSetRequest(arguments);

    auto repo = openLibrary();
    const std::optional<Resource> loaded = repo->loadResource(request.id);
    if (!loaded) {
        m_err << "actes: " << tr("there is no resource %1 in %2.").arg(request.id).arg(repo->location()) << '\n';
        return 1;
    }
    if (const int exitStatus = resolveSetType(*repo, request))
        return exitStatus;
    Resource r = *loaded;
    if (const int exitStatus = applySetRequest(request, r))
        return exitStatus;

    if (r.sameContentAs(*loaded)) {
        m_out << tr("Resource %1 already has these values; nothing changed.").arg(request.id) << '\n';
        return 0;
    }
    repo->setCurrentAuthor(authorName());
    Resource stored;
    repo->inTransaction([&] {
        if (request.type && !request.type->isEmpty() && !repo->resourceTypes().contains(*request.type))
            repo->addResourceType(*request.type);
        stored = repo->saveResource(r);   // one write, one revision; throws on conflict
    });
    m_out << tr("Resource %1 saved (version %2): %3.").arg(request.id).arg(stored.version).arg(request.keys.join(u", "_s))
          << '\n';
    if (stored.status != loaded->status && stored.status == Status::InReview) {
        // The approval guard moved it back: say why, as recorded in its status history.
        const QList<StatusChange> history = repo->statusHistory(request.id);
        m_out << tr("Resource %1 went back to review (it was %2): %3")
                     .arg(QString::number(request.id), statusLabel(loaded->status),
                          history.isEmpty() ? QString() : history.constFirst().comment)
              << '\n';
    }
    return 0;
}

} // namespace Actes
