#pragma once

#include <QTextBrowser>

namespace Actes {

class ResourceRepository;

// A read-only view of a resource's rich text that shows its images as the editors do: an
// "actes-image:KEY" source is loaded from the library, scaled down to maxImageWidth; nothing
// else is ever fetched (no file, no network). Links are not followed.
class LibraryTextBrowser final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryTextBrowser)
public:
    explicit LibraryTextBrowser(const ResourceRepository *repository, QWidget *parent = nullptr,
                                int maxImageWidth = 640);

    QVariant loadResource(int type, const QUrl &name) override;

private:
    const ResourceRepository *m_repository = nullptr;
    int m_maxImageWidth = 640;
};

} // namespace Actes
