#include "review/sitepreviewdialog.h"

#include "dialogs/librarytextbrowser.h"
#include "export/proceedingsdates.h"
#include "export/siteexport.h"
#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"
#include "text/cleanhtml.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QEvent>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

constexpr int MaxImageWidth = 640;

} // namespace

SitePreviewDialog::SitePreviewDialog(const ResourceRepository *repository, QWidget *parent)
    : QDialog(parent), m_repository(repository)
{
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setAutoFillBackground(true);
    m_banner->setContentsMargins(10, 6, 10, 6);
    QPalette amber = m_banner->palette();
    amber.setColor(QPalette::Window, QColor(0xfd, 0xf1, 0xd0));
    amber.setColor(QPalette::WindowText, QColor(0x5c, 0x40, 0x00));
    m_banner->setPalette(amber);
    m_banner->setVisible(false);

    m_browser = new LibraryTextBrowser(repository, this, MaxImageWidth);
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->document()->setDocumentMargin(28);
    QPalette page = m_browser->palette();
    page.setColor(QPalette::Base, Qt::white);
    page.setColor(QPalette::Text, QColor(0x22, 0x22, 0x22));
    m_browser->setPalette(page);
    m_browser->setAccessibleName(tr("Website preview"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);

    setWindowTitle(tr("Website preview"));
    setSizeGripEnabled(true);
    resize(780, 820);
}

QString SitePreviewDialog::styleSheet()
{
    return u"body { font-family: 'Source Sans Pro', 'Open Sans', 'DejaVu Sans', sans-serif; font-size: 11pt; color: #222222; }"
           "h1 { font-size: 20pt; font-weight: 700; color: #123c5a; margin-top: 2px; margin-bottom: 6px; }"
           "h2 { font-size: 14pt; color: #123c5a; margin-top: 18px; margin-bottom: 6px; }"
           "h3 { font-size: 12pt; color: #123c5a; margin-top: 14px; margin-bottom: 4px; }"
           "h4 { font-size: 11pt; color: #123c5a; margin-top: 12px; margin-bottom: 4px; }"
           "p { margin-top: 0px; margin-bottom: 10px; line-height: 135%; }"
           "a { color: #0b6aa2; text-decoration: underline; }"
           "blockquote { margin-left: 18px; color: #4a4a4a; font-style: italic; }"
           "table { border-collapse: collapse; }"
           "td, th { border: 1px solid #c9d2da; padding: 4px; }"
           "th { background-color: #eef3f7; }"
           ".kind { color: #a4412b; font-size: 9pt; font-weight: 700; text-transform: uppercase; }"
           ".meta { color: #5b6770; font-size: 10pt; margin-bottom: 14px; }"
           ".summary { font-size: 12pt; color: #333333; }"
           ".people { margin-top: 0px; }"
           ".role { color: #5b6770; }"_s;
}

QString SitePreviewDialog::pageHtml(const Resource &r,
                                    const std::function<QString(const QString &, const QString &)> &resolveImage)
{
    QString html = u"<html><head><meta charset=\"utf-8\"/></head><body>\n"_s;
    if (!r.type.trimmed().isEmpty())
        html += u"<p class=\"kind\">%1</p>\n"_s.arg(r.type.toHtmlEscaped());
    html += u"<h1>%1</h1>\n"_s.arg(r.title.trimmed().isEmpty() ? tr("(untitled)").toHtmlEscaped()
                                                                 : r.title.toHtmlEscaped());
    QStringList meta;
    if (r.dateStart.isValid())
        meta << ProceedingsDates::formatDateRange(r.dateStart, r.dateEnd).toHtmlEscaped();
    if (!r.place.trimmed().isEmpty())
        meta << r.place.trimmed().toHtmlEscaped();
    if (r.attendance && *r.attendance > 0)
        meta << tr("%Ln people", "attendance", *r.attendance).toHtmlEscaped();
    if (!meta.isEmpty())
        html += u"<p class=\"meta\">%1</p>\n"_s.arg(meta.join(u" &nbsp;·&nbsp; "_s));

    const QString summary = SiteExporter::websiteHtml(r.summaryHtml, resolveImage);
    if (!summary.isEmpty())
        html += u"<div class=\"summary\">\n%1\n</div>\n<hr/>\n"_s.arg(summary);
    html += SiteExporter::websiteHtml(r.bodyHtml, resolveImage) + u'\n';
    // The documents list that ends the exported page: public attachments only.
    QList<Attachment> published;
    for (const Attachment &a : r.attachments)
        if (!a.membersOnly)
            published.append(a);
    const QString slug = SiteExporter::slugFor(r.title, u"resource-%1"_s.arg(r.id));
    const QString documents = SiteExporter::attachmentsHtml(
        published, [&slug](const Attachment &a) { return u"files/"_s + SiteExporter::attachmentFileName(slug, a); },
        DocumentLanguage());
    if (!documents.isEmpty())
        html += documents + u'\n';

    QStringList people;
    for (const Participant &p : r.participants) {
        if (p.name.trimmed().isEmpty())
            continue;
        QStringList details;
        for (const QString &d : {p.function, p.organisation})
            if (!d.trimmed().isEmpty())
                details << d.trimmed().toHtmlEscaped();
        QString line = u"<b>%1</b>"_s.arg(p.name.trimmed().toHtmlEscaped());
        if (!details.isEmpty())
            line += u", "_s + details.join(u", "_s);
        if (!p.role.trimmed().isEmpty())
            line += u" <span class=\"role\">— %1</span>"_s.arg(p.role.trimmed().toHtmlEscaped());
        people << line;
    }
    if (!people.isEmpty())
        html += u"<h2>%1</h2>\n<ul class=\"people\"><li>%2</li></ul>\n"_s.arg(tr("Participants").toHtmlEscaped(),
                                                                            people.join(u"</li><li>"_s));
    QStringList partners;
    for (const Partner &p : r.partners) {
        if (p.name.trimmed().isEmpty())
            continue;
        QString line = u"<b>%1</b>"_s.arg(p.name.trimmed().toHtmlEscaped());
        if (!p.role.trimmed().isEmpty())
            line += u" <span class=\"role\">— %1</span>"_s.arg(p.role.trimmed().toHtmlEscaped());
        partners << line;
    }
    if (!partners.isEmpty())
        html += u"<h2>%1</h2>\n<ul class=\"people\"><li>%2</li></ul>\n"_s.arg(tr("Partners").toHtmlEscaped(),
                                                                            partners.join(u"</li><li>"_s));
    return html + u"</body></html>\n"_s;
}

void SitePreviewDialog::setResource(const Resource &resource)
{
    m_resource = resource;
    render();
}

void SitePreviewDialog::render()
{
    QStringList notes;
    if (const std::optional<SiteExportLeftOut> leftOut = SiteExporter::leftOutReason(m_resource)) {
        notes << (leftOut->reason == SiteExportLeftOut::Reason::Private
                      ? tr("This resource is private: a website export leaves it out.")
                  : leftOut->reason == SiteExportLeftOut::Reason::PrivacyNotConfirmed
                      ? tr("Nobody has confirmed whether this resource is private: a website export leaves it out "
                           "until someone does.")
                      : tr("This resource is not approved or published yet (status: %1): a website export "
                           "leaves it out until it is.")
                            .arg(statusLabel(m_resource.status)));
    }
    int missing = 0;
    const auto resolveImage = [this, &missing](const QString &key, const QString &) -> QString {
        bool found = false;
        if (m_repository) {
            try {
                found = !m_repository->loadImage(key).isEmpty();
            } catch (const LibraryError &) {
            }
        }
        if (!found) {
            ++missing;
            return {};
        }
        return QString(ImageScheme) + key;
    };
    m_html = pageHtml(m_resource, resolveImage);
    if (missing > 0)
        notes << tr("Images missing from the library are left out: %1.").arg(missing);
    const auto membersOnly = std::count_if(m_resource.attachments.cbegin(), m_resource.attachments.cend(),
                                           [](const Attachment &a) { return a.membersOnly; });
    if (membersOnly > 0)
        notes << tr("%n attached document(s) for members only: never published, not listed here.", nullptr,
                    int(membersOnly));

    m_banner->setText(notes.join(u'\n'));
    m_banner->setVisible(!notes.isEmpty());
    m_browser->document()->setDefaultStyleSheet(styleSheet());
    m_browser->setHtml(m_html);
    const QString title = m_resource.title.trimmed();
    setWindowTitle(title.isEmpty() ? tr("Website preview") : tr("Website preview — %1").arg(title));
}

void SitePreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QDialog::changeEvent(event);
}

} // namespace Actes
