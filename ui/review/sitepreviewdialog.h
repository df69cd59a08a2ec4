#pragma once

#include "domain/resource.h"

#include <QDialog>

#include <functional>

class QLabel;
class QTextBrowser;

namespace Actes {

class ResourceRepository;

// A resource as it will look on the association's website: the HTML the website export
// writes for it (SiteExporter::websiteHtml: the same sanitising and the same subset), laid out
// with a simple web-like style sheet: type, title, date and place, summary, body, participants
// and partners. Images come from the library; those the export would leave out are left out.
// A banner says when the resource would not be exported at all (private, not approved).
class SitePreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SitePreviewDialog)
public:
    explicit SitePreviewDialog(const ResourceRepository *repository, QWidget *parent = nullptr);

    // Shows the resource as given (the window passes the content being edited).
    void setResource(const Resource &resource);

    // The page shown.
    QString html() const { return m_html; }
    QTextBrowser *browser() const { return m_browser; }
    QLabel *banner() const { return m_banner; }

    // The page for a resource; resolveImage gives the src of a library image (empty = left out).
    static QString pageHtml(const Resource &resource,
                            const std::function<QString(const QString &key, const QString &alt)> &resolveImage);
    // The style sheet of the page.
    static QString styleSheet();

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    const ResourceRepository *m_repository = nullptr;
    Resource m_resource;
    QString m_html;
    QLabel *m_banner = nullptr;
    QTextBrowser *m_browser = nullptr;
};

} // namespace Actes
