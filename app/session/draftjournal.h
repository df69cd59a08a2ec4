#pragma once

#include "domain/resource.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Actes {

// An unsaved edit found on disk: the content as typed, and the stored version it was based on.
struct Draft
{
    QString filePath;
    QString libraryPath;
    qint64 resourceId = 0;
    int baseVersion = 0;
    QDateTime written;                  // UTC
    Resource resource;                  // content as typed (id == resourceId, version == baseVersion)
};

// The in-progress draft journal: one small JSON file per open resource, written a moment after
// typing and removed after a successful save, so a crash loses at most half a second of typing.
// Files live in <AppDataLocation>/drafts/<library key>-<resource id>.json.
class DraftJournal
{
public:
    explicit DraftJournal(QString libraryPath = {}, QString directory = {});

    void setLibraryPath(const QString &libraryPath);
    const QString &libraryPath() const { return m_libraryPath; }
    const QString &directory() const { return m_directory; }
    QString fileFor(qint64 resourceId) const;

    // Atomic write (QSaveFile). Returns false with *error set on failure.
    bool write(const Resource &resource, QString *error = nullptr) const;
    void remove(qint64 resourceId) const;
    bool exists(qint64 resourceId) const;
    // Drafts of this library, oldest first; unreadable files are skipped.
    QList<Draft> pending() const;

    static QString defaultDirectory();
    static QJsonObject toJson(const Resource &resource);
    static Resource fromJson(const QJsonObject &object);

private:
    QString m_libraryPath;
    QString m_directory;
};

} // namespace Actes
