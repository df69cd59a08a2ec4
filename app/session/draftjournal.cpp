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
        .filePath(QStringLiteral("drafts"));
}

QString DraftJournal::fileFor(qint64 resourceId) const
{
    return QDir(m_directory).filePath(
        QStringLiteral("%1-%2.json").arg(Settings::libraryKey(m_libraryPath)).arg(resourceId));
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
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("library"), m_libraryPath);
    root.insert(QStringLiteral("resourceId"), QString::number(resource.id));
    root.insert(QStringLiteral("baseVersion"), resource.version);
    root.insert(QStringLiteral("written"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    root.insert(QStringLiteral("resource"), toJson(resource));

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
    const QStringList names = dir.entryList({prefix + QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        const QJsonObject root = doc.object();
        if (root.value(QStringLiteral("format")).toInt() != kFormat)
            continue;
        Draft draft;
        draft.filePath = file.fileName();
        draft.libraryPath = root.value(QStringLiteral("library")).toString();
        draft.resourceId = root.value(QStringLiteral("resourceId")).toString().toLongLong();
        draft.baseVersion = root.value(QStringLiteral("baseVersion")).toInt();
        draft.written = QDateTime::fromString(root.value(QStringLiteral("written")).toString(), Qt::ISODateWithMs);
        draft.resource = fromJson(root.value(QStringLiteral("resource")).toObject());
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
    o.insert(QStringLiteral("id"), QString::number(r.id));
    o.insert(QStringLiteral("title"), r.title);
    o.insert(QStringLiteral("type"), r.type);
    o.insert(QStringLiteral("isPrivate"), r.isPrivate);
    o.insert(QStringLiteral("privateConfirmed"), r.privateConfirmed);
    o.insert(QStringLiteral("status"), statusKey(r.status));
    o.insert(QStringLiteral("dateStart"), dateToString(r.dateStart));
    o.insert(QStringLiteral("dateEnd"), dateToString(r.dateEnd));
    o.insert(QStringLiteral("place"), r.place);
    if (r.attendance)
        o.insert(QStringLiteral("attendance"), *r.attendance);
    o.insert(QStringLiteral("summaryHtml"), r.summaryHtml);
    o.insert(QStringLiteral("bodyHtml"), r.bodyHtml);
    o.insert(QStringLiteral("created"), r.created.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("modified"), r.modified.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("version"), r.version);
    o.insert(QStringLiteral("needsReview"), r.needsReview);
    o.insert(QStringLiteral("reviewNote"), r.reviewNote);
    QJsonArray participants;
    for (const Participant &p : r.participants) {
        participants.append(QJsonObject{{QStringLiteral("personId"), QString::number(p.personId)},
                                        {QStringLiteral("name"), p.name},
                                        {QStringLiteral("function"), p.function},
                                        {QStringLiteral("organisation"), p.organisation},
                                        {QStringLiteral("role"), p.role}});
    }
    o.insert(QStringLiteral("participants"), participants);
    QJsonArray partners;
    for (const Partner &p : r.partners) {
        partners.append(QJsonObject{{QStringLiteral("organisationId"), QString::number(p.organisationId)},
                                    {QStringLiteral("name"), p.name},
                                    {QStringLiteral("role"), p.role}});
    }
    o.insert(QStringLiteral("partners"), partners);
    return o;
}

Resource DraftJournal::fromJson(const QJsonObject &o)
{
    Resource r;
    r.id = o.value(QStringLiteral("id")).toString().toLongLong();
    r.title = o.value(QStringLiteral("title")).toString();
    r.type = o.value(QStringLiteral("type")).toString();
    r.isPrivate = o.value(QStringLiteral("isPrivate")).toBool();
    r.privateConfirmed = o.value(QStringLiteral("privateConfirmed")).toBool();
    r.status = statusFromKey(o.value(QStringLiteral("status")).toString()).value_or(Status::Draft);
    r.dateStart = QDate::fromString(o.value(QStringLiteral("dateStart")).toString(), Qt::ISODate);
    r.dateEnd = QDate::fromString(o.value(QStringLiteral("dateEnd")).toString(), Qt::ISODate);
    r.place = o.value(QStringLiteral("place")).toString();
    if (o.contains(QStringLiteral("attendance")))
        r.attendance = o.value(QStringLiteral("attendance")).toInt();
    r.summaryHtml = o.value(QStringLiteral("summaryHtml")).toString();
    r.bodyHtml = o.value(QStringLiteral("bodyHtml")).toString();
    r.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    r.modified = QDateTime::fromString(o.value(QStringLiteral("modified")).toString(), Qt::ISODateWithMs);
    r.version = o.value(QStringLiteral("version")).toInt();
    r.needsReview = o.value(QStringLiteral("needsReview")).toBool();
    r.reviewNote = o.value(QStringLiteral("reviewNote")).toString();
    const QJsonArray participants = o.value(QStringLiteral("participants")).toArray();
    for (const QJsonValue &v : participants) {
        const QJsonObject p = v.toObject();
        r.participants.append(Participant{p.value(QStringLiteral("personId")).toString().toLongLong(),
                                          p.value(QStringLiteral("name")).toString(),
                                          p.value(QStringLiteral("function")).toString(),
                                          p.value(QStringLiteral("organisation")).toString(),
                                          p.value(QStringLiteral("role")).toString()});
    }
    const QJsonArray partners = o.value(QStringLiteral("partners")).toArray();
    for (const QJsonValue &v : partners) {
        const QJsonObject p = v.toObject();
        r.partners.append(Partner{p.value(QStringLiteral("organisationId")).toString().toLongLong(),
                                  p.value(QStringLiteral("name")).toString(),
                                  p.value(QStringLiteral("role")).toString()});
    }
    return r;
}

} // namespace Actes
