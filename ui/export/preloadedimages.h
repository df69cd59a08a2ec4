#pragma once

#include "domain/resource.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace Actes {

class ResourceRepository;

// An image loader for ProceedingsOptions::imageLoader that is safe in any thread: every image
// referenced as <img src="actes-image:KEY"> in the resources is read from the repository now,
// in the calling thread, and kept in memory (the SQLite repository is one connection per
// thread, so the export thread must not query it).
std::function<QByteArray(const QString &key)> preloadedImageLoader(const ResourceRepository &repository,
                                                                  const QList<Resource> &resources);

// The same for ProceedingsOptions::attachmentLoader: the content of every attached PDF of these
// resources (the files the proceedings may bind as annexes), read now from the repository. A
// content that cannot be read is left out (the export then lists that document as not bound).
std::function<QByteArray(const QString &sha256)> preloadedAttachmentLoader(const ResourceRepository &repository,
                                                                          const QList<Resource> &resources);

// The image keys the rich text of these resources refers to, without duplicates.
QList<QString> referencedImageKeys(const QList<Resource> &resources);

} // namespace Actes
