#include "dialogs/aboutdialog.h"

#include "domain/appinfo.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

struct Component
{
    const char *name;
    const char *use;      // translated below (tr in the dialog)
    const char *licence;  // SPDX-like, not translated
    const char *url;
};

} // namespace

AboutDialog::AboutDialog(const QString &libraryPath, QWidget *parent)
    : QDialog(parent), m_tabs(new QTabWidget(this))
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Actes"));

    // --- About ---
    auto *about = new QWidget(m_tabs);
    auto *icon = new QLabel(about);
    icon->setPixmap(QIcon(u":/icons/actes.svg"_s).pixmap(72, 72));
    icon->setAlignment(Qt::AlignTop);
    auto *text = new QLabel(about);
    text->setObjectName(u"aboutText"_s);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    QString html = tr("<h2>Actes %1</h2>"
                      "<p>Write the reports of the network's events, have them reviewed, and publish them on "
                      "the website and as printable proceedings (PDF), in impeccable French.</p>")
                       .arg(applicationVersion().toHtmlEscaped());
    html += tr("<p>Actes is free software: you can redistribute it and/or modify it under the terms of the "
               "GNU General Public License as published by the Free Software Foundation, either version 3 "
               "of the License, or (at your option) any later version (GPL-3.0-or-later). It is distributed "
               "in the hope that it will be useful, but WITHOUT ANY WARRANTY. See the Licence tab.</p>");
    if (!libraryPath.isEmpty())
        html += tr("<p>Open library: %1</p>").arg(QDir::toNativeSeparators(libraryPath).toHtmlEscaped());
    text->setText(html);
    auto *aboutLayout = new QHBoxLayout(about);
    aboutLayout->setContentsMargins(16, 16, 16, 16);
    aboutLayout->setSpacing(16);
    aboutLayout->addWidget(icon);
    aboutLayout->addWidget(text, 1);
    m_tabs->addTab(about, tr("&About"));

    // --- Components ---
    const Component components[] = {
        {"Qt", QT_TR_NOOP("Windows, text editing, printing and PDF preview"), "LGPL-3.0-only",
         "https://www.qt.io/licensing/"},
        {"SQLite", QT_TR_NOOP("The library file"), "Public domain", "https://www.sqlite.org/copyright.html"},
        {"qpdf", QT_TR_NOOP("PDF bookmarks, links and metadata"), "Apache-2.0", "https://qpdf.sourceforge.io/"},
        {"Hunspell", QT_TR_NOOP("Spell checking"), "MPL-1.1 / GPL-2.0-or-later / LGPL-2.1-or-later",
         "https://hunspell.github.io/"},
        {"dtl", QT_TR_NOOP("Comparing revisions"), "BSD-3-Clause", "https://github.com/cubicdaiya/dtl"},
        {"Linux Libertine", QT_TR_NOOP("The typeface of the proceedings"), "OFL-1.1 / GPL-2.0-or-later with font exception",
         "https://libertine-fonts.org/"},
    };
    QString rows;
    for (const Component &c : components) {
        rows += u"<tr><td><a href=\"%1\"><b>%2</b></a></td><td>%3</td><td>%4</td></tr>"_s
                    .arg(QString::fromLatin1(c.url), QString::fromLatin1(c.name), tr(c.use).toHtmlEscaped(),
                         QString::fromLatin1(c.licence).toHtmlEscaped());
    }
    auto *componentsView = new QTextBrowser(m_tabs);
    componentsView->setObjectName(u"componentsView"_s);
    componentsView->setOpenExternalLinks(true);
    componentsView->setHtml(
        tr("<p>Actes is built with these libraries and fonts, under their own licences:</p>")
        + u"<table cellspacing=\"0\" cellpadding=\"5\" width=\"100%\">"
                         "<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th></tr>"_s
              .arg(tr("Component"), tr("Used for"), tr("Licence"))
        + rows + u"</table>"_s
        + tr("<p>This copy uses Qt %1 (the version it runs with).</p>").arg(QString::fromLatin1(qVersion())));
    m_tabs->addTab(componentsView, tr("&Components"));

    // --- Licence ---
    auto *licence = new QPlainTextEdit(m_tabs);
    licence->setObjectName(u"licenceText"_s);
    licence->setReadOnly(true);
    licence->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QFile file(QString::fromLatin1(LicenceResource));
    licence->setPlainText(file.open(QIODevice::ReadOnly)
                              ? QString::fromUtf8(file.readAll())
                              : tr("GNU General Public License, version 3 or later: https://www.gnu.org/licenses/gpl-3.0.html"));
    m_tabs->addTab(licence, tr("&Licence"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::ActionRole);
    aboutQt->setObjectName(u"aboutQtButton"_s);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(640, 440);
}

} // namespace Actes
