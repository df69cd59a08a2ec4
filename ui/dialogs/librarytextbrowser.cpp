#include "dialogs/librarytextbrowser.h"

#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"
#include "text/cleanhtml.h"

#include <QImage>
#include <QTextDocument>
#include <QUrl>

namespace Actes {

LibraryTextBrowser::LibraryTextBrowser(const ResourceRepository *repository, QWidget *parent, int maxImageWidth)
    : QTextBrowser(parent), m_repository(repository), m_maxImageWidth(maxImageWidth)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
}

QVariant LibraryTextBrowser::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource)
        return QTextBrowser::loadResource(type, name);
    const QString ref = name.toString();
    QImage image;
    if (ref.startsWith(ImageScheme) && m_repository) {
        try {
            image = QImage::fromData(m_repository->loadImage(ref.mid(ImageScheme.size())));
        } catch (const LibraryError &) {
        }
    }
    if (image.width() > m_maxImageWidth)
        image = image.scaledToWidth(m_maxImageWidth, Qt::SmoothTransformation);
    return image;
}

} // namespace Actes
