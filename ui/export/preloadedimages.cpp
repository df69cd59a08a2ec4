#include "export/preloadedimages.h"

#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"
#include "text/cleanhtml.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <memory>

using namespace Qt::StringLiterals;

namespace Actes {

QList<QString> referencedImageKeys(const QList<Resource> &resources)
{
    QList<QString> keys;
    QSet<QString> seen;
    for (const Resource &resource : resources) {
        for (const QString *html : {&resource.summaryHtml, &resource.bodyHtml}) {
            for (const QString &key : imageKeys(*html)) {
                if (!seen.contains(key)) {
                    seen.insert(key);
                    keys.append(key);
                }
            }
        }
    }
    return keys;
}

std::function<QByteArray(const QString &key)> preloadedImageLoader(const ResourceRepository &repository,
                                                                  const QList<Resource> &resources)
{
    auto images = std::make_shared<QHash<QString, QByteArray>>();
    for (const QString &key : referencedImageKeys(resources)) {
        try {
            const QByteArray data = repository.loadImage(key);
            if (!data.isEmpty())
                images->insert(key, data);
        } catch (const LibraryError &) {
            // A missing image prints as its alternative text; the export goes on.
        }
    }
    // Read-only after this point, so sharing it between threads is safe.
    return [images](const QString &key) { return images->value(key); };
}

std::function<QByteArray(const QString &sha256)> preloadedAttachmentLoader(const ResourceRepository &repository,
                                                                          const QList<Resource> &resources)
{
    auto files = std::make_shared<QHash<QString, QByteArray>>();
    for (const Resource &resource : resources) {
        for (const Attachment &attachment : resource.attachments) {
            if (!attachment.isPdf() || attachment.sha256.isEmpty() || files->contains(attachment.sha256))
                continue;
            try {
                files->insert(attachment.sha256, repository.attachmentData(attachment.sha256));
            } catch (const LibraryError &) {
                // Missing: the export goes on and names the document it could not bind.
            }
        }
    }
    return [files](const QString &sha256) { return files->value(sha256); };
}

} // namespace Actes
