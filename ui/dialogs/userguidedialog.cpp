#include "dialogs/userguidedialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Actes {

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(u"userGuideDialog"_s);
    setWindowTitle(tr("Actes User Guide"));
    m_browser->setObjectName(u"userGuideBrowser"_s);
    m_browser->setOpenExternalLinks(true);
    // Images of the guide ("screenshots/….png") are resources beside it.
    m_browser->setSearchPaths({u":/docs"_s});
    m_browser->document()->setDocumentMargin(16);

    QFile file(QString::fromLatin1(GuideResource));
    if (file.open(QIODevice::ReadOnly)) {
        m_browser->setMarkdown(QString::fromUtf8(file.readAll()));
        fitImages();
    } else
        m_browser->setPlainText(tr("The user guide is missing from this build of Actes."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(860, 720);
}

// Screenshots are wider than the page: show them at most MaxImageWidth pixels wide.
void UserGuideDialog::fitImages()
{
    QTextDocument *doc = m_browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QImage image(u":/docs/"_s + format.name());
            if (image.isNull() || image.width() <= MaxImageWidth)
                continue;
            format.setWidth(MaxImageWidth);
            format.setHeight(double(image.height()) * MaxImageWidth / image.width());
            QTextCursor cursor(doc);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}

} // namespace Actes
