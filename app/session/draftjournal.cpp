#include "session/draftjournal.h"

#include "settings/settings.h"
#include "storage/localfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {
constexpr int kFormat = 1;

QString dateToString(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
} // namespace

DraftJournal::DraftJournal(QString libraryPath, QString directory)
    : m_libraryPath(std::move(libraryPath)),
      m_directory(directory.isEmpty() ? defaultDirectory() : std::move(directory))
{
}

void DraftJournal::setLibraryPath(const QString &libraryPath)
{
    m_libraryPath = libraryPath;
}

QString DraftJournal::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"drafts"_s);
}

QString DraftJournal::fileFor(qint64 resourceId) const
{
    return QDir(m_directory).filePath(
        u"%1-%2.json"_s.arg(Settings::libraryKey(m_libraryPath)).arg(resourceId));
}

bool DraftJournal::write(const Resource &resource, QString *error) const
{
    // Drafts hold what was typed, private resources included: the owner's eyes only.
    if (!LocalFiles::makeOwnerOnlyFolder(m_directory)) {
        if (error)
            *error = m_directory;
        return false;
    }
    QJsonObject root;
    root.insert(u"format"_s, kFormat);
    root.insert(u"library"_s, m_libraryPath);
    root.insert(u"resourceId"_s, QString::number(resource.id));
    root.insert(u"baseVersion"_s, resource.version);
    root.insert(u"written"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    root.insert(u"resource"_s, toJson(resource));

    const QString path = fileFor(resource.id);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    // QSaveFile gives its temporary file the umask's permissions: 0600 before a byte is written.
    LocalFiles::restrictToOwner(file.handle());
    if (file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void DraftJournal::remove(qint64 resourceId) const
{
    QFile::remove(fileFor(resourceId));
}

bool DraftJournal::exists(qint64 resourceId) const
{
    return QFile::exists(fileFor(resourceId));
}

QList<Draft> DraftJournal::pending() const
{
    QList<Draft> drafts;
    const QString prefix = Settings::libraryKey(m_libraryPath) + u'-';
    const QDir dir(m_directory);
    const QStringList names = dir.entryList({prefix + u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        const QJsonObject root = doc.object();
        if (root.value(u"format"_s).toInt() != kFormat)
            continue;
        Draft draft;
        draft.filePath = file.fileName();
        draft.libraryPath = root.value(u"library"_s).toString();
        draft.resourceId = root.value(u"resourceId"_s).toString().toLongLong();
        draft.baseVersion = root.value(u"baseVersion"_s).toInt();
        draft.written = QDateTime::fromString(root.value(u"written"_s).toString(), Qt::ISODateWithMs);
        draft.resource = fromJson(root.value(u"resource"_s).toObject());
        draft.resource.id = draft.resourceId;
        draft.resource.version = draft.baseVersion;
        if (draft.resourceId <= 0)
            continue;
        drafts.append(draft);
    }
    std::sort(drafts.begin(), drafts.end(),
              [](const Draft &a, const Draft &b) { return a.written < b.written; });
    return drafts;
}

QJsonObject DraftJournal::toJson(const Resource &r)
{
    QJsonObject o;
    o.insert(u"id"_s, QString::number(r.id));
    o.insert(u"title"_s, r.title);
    o.insert(u"type"_s, r.type);
    o.insert(u"isPrivate"_s, r.isPrivate);
    o.insert(u"privateConfirmed"_s, r.privateConfirmed);
    o.insert(u"status"_s, statusKey(r.status));
    o.insert(u"dateStart"_s, dateToString(r.dateStart));
    o.insert(u"dateEnd"_s, dateToString(r.dateEnd));
    o.insert(u"place"_s, r.place);
    if (r.attendance)
        o.insert(u"attendance"_s, *r.attendance);
    o.insert(u"summaryHtml"_s, r.summaryHtml);
    o.insert(u"bodyHtml"_s, r.bodyHtml);
    o.insert(u"created"_s, r.created.toString(Qt::ISODateWithMs));
    o.insert(u"modified"_s, r.modified.toString(Qt::ISODateWithMs));
    o.insert(u"version"_s, r.version);
    o.insert(u"needsReview"_s, r.needsReview);
    o.insert(u"reviewNote"_s, r.reviewNote);
    QJsonArray participants;
    for (const Participant &p : r.participants) {
        participants.append(QJsonObject{{u"personId"_s, QString::number(p.personId)},
                                        {u"name"_s, p.name},
                                        {u"function"_s, p.function},
                                        {u"organisation"_s, p.organisation},
                                        {u"role"_s, p.role}});
    }
    o.insert(u"participants"_s, participants);
    QJsonArray partners;
    for (const Partner &p : r.partners) {
        partners.append(QJsonObject{{u"organisationId"_s, QString::number(p.organisationId)},
                                    {u"name"_s, p.name},
                                    {u"role"_s, p.role}});
    }
    o.insert(u"partners"_s, partners);
    return o;
}

Resource DraftJournal::fromJson(const QJsonObject &o)
{
    Resource r;
    r.id = o.value(u"id"_s).toString().toLongLong();
    r.title = o.value(u"title"_s).toString();
    r.type = o.value(u"type"_s).toString();
    r.isPrivate = o.value(u"isPrivate"_s).toBool();
    r.privateConfirmed = o.value(u"privateConfirmed"_s).toBool();
    r.status = statusFromKey(o.value(u"status"_s).toString()).value_or(Status::Draft);
    r.dateStart = QDate::fromString(o.value(u"dateStart"_s).toString(), Qt::ISODate);
    r.dateEnd = QDate::fromString(o.value(u"dateEnd"_s).toString(), Qt::ISODate);
    r.place = o.value(u"place"_s).toString();
    if (o.contains(u"attendance"_s))
        r.attendance = o.value(u"attendance"_s).toInt();
    r.summaryHtml = o.value(u"summaryHtml"_s).toString();
    r.bodyHtml = o.value(u"bodyHtml"_s).toString();
    r.created = QDateTime::fromString(o.value(u"created"_s).toString(), Qt::ISODateWithMs);
    r.modified = QDateTime::fromString(o.value(u"modified"_s).toString(), Qt::ISODateWithMs);
    r.version = o.value(u"version"_s).toInt();
    r.needsReview = o.value(u"needsReview"_s).toBool();
    r.reviewNote = o.value(u"reviewNote"_s).toString();
    const QJsonArray participants = o.value(u"participants"_s).toArray();
    for (const QJsonValue &v : participants) {
        const QJsonObject p = v.toObject();
        r.participants.append(Participant{p.value(u"personId"_s).toString().toLongLong(),
                                          p.value(u"name"_s).toString(),
                                          p.value(u"function"_s).toString(),
                                          p.value(u"organisation"_s).toString(),
                                          p.value(u"role"_s).toString()});
    }
    const QJsonArray partners = o.value(u"partners"_s).toArray();
    for (const QJsonValue &v : partners) {
        const QJsonObject p = v.toObject();
        r.partners.append(Partner{p.value(u"organisationId"_s).toString().toLongLong(),
                                  p.value(u"name"_s).toString(),
                                  p.value(u"role"_s).toString()});
    }
    return r;
}

} // namespace Actes
