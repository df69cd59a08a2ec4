#include "dialogs/welcomedialog.h"

#include "dialogs/libraryerrordialog.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {
constexpr int PathRole = Qt::UserRole + 1;

bool libraryExists(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.size() > 0;
}
} // namespace

bool WelcomeDialog::isFirstStart(const QStringList &recentLibraries, const QString &defaultLibrary)
{
    if (libraryExists(defaultLibrary))
        return false;
    return std::none_of(recentLibraries.cbegin(), recentLibraries.cend(), libraryExists);
}

WelcomeDialog::WelcomeDialog(const QStringList &recentLibraries, const QString &defaultLibrary, QWidget *parent)
    : QDialog(parent), m_defaultLibrary(defaultLibrary)
{
    setObjectName(u"welcomeDialog"_s);
    setWindowTitle(tr("Welcome to Actes"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/actes.svg"_s).pixmap(64, 64));
    auto *title = new QLabel(tr("Welcome to Actes"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("Actes keeps the reports of your events in a library: a single file on this "
                                "computer, which you can copy or back up like any document."),
                             this);
    intro->setWordWrap(true);
    auto *headerText = new QVBoxLayout;
    headerText->addWidget(title);
    headerText->addWidget(intro);
    auto *header = new QHBoxLayout;
    header->setSpacing(16);
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addLayout(headerText, 1);

    m_create = new QCommandLinkButton(tr("Create a library"), this);
    m_create->setObjectName(u"welcomeCreateButton"_s);
    QString folder = QDir::toNativeSeparators(QFileInfo(defaultLibrary).absolutePath());
#ifndef Q_OS_WIN
    if (folder.startsWith(QDir::homePath() + u'/'))
        folder = u'~' + folder.mid(QDir::homePath().size());
#endif
    m_create->setDescription(tr("Start with an empty library, kept in %1.").arg(folder));
    m_create->setToolTip(QDir::toNativeSeparators(defaultLibrary));
    m_open = new QCommandLinkButton(tr("Open a library…"), this);
    m_open->setObjectName(u"welcomeOpenButton"_s);
    m_open->setDescription(tr("A library file (.actes) you already have, here or on a shared drive."));
    m_import = new QCommandLinkButton(tr("Import a site export…"), this);
    m_import->setObjectName(u"welcomeImportButton"_s);
    m_import->setDescription(tr("Create the library and fill it with the text export of the website."));
    m_create->setDefault(true);
    connect(m_create, &QCommandLinkButton::clicked, this, &WelcomeDialog::chooseCreate);
    connect(m_open, &QCommandLinkButton::clicked, this, [this] { chooseOpen(); });
    connect(m_import, &QCommandLinkButton::clicked, this, [this] { chooseImport(); });

    auto *recentLabel = new QLabel(tr("&Recent libraries:"), this);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(u"welcomeRecentList"_s);
    recentLabel->setBuddy(m_recent);
    m_recentNote = new QLabel(this);
    m_recentNote->setWordWrap(true);
    for (const QString &path : recentLibraries) {
        const bool found = libraryExists(path);
        auto *item = new QListWidgetItem(found ? QDir::toNativeSeparators(path)
                                               : tr("%1 (not found)").arg(QDir::toNativeSeparators(path)),
                                         m_recent);
        item->setData(PathRole, path);
        item->setToolTip(found ? tr("Double-click to open this library.")
                               : tr("This file is not there now: connect the drive it is on, then double-click."));
        if (!found)
            item->setForeground(palette().color(QPalette::PlaceholderText));
    }
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openRecent(item->data(PathRole).toString()); });
    const bool anyRecent = !recentLibraries.isEmpty();
    recentLabel->setVisible(anyRecent);
    m_recent->setVisible(anyRecent);
    m_recentNote->setVisible(false);
    m_recent->setMaximumHeight(m_recent->sizeHintForRow(0) * 5 + 2 * m_recent->frameWidth() + 4);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(u"welcomeQuitButton"_s);
    quit->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addSpacing(8);
    layout->addWidget(m_create);
    layout->addWidget(m_open);
    layout->addWidget(m_import);
    layout->addSpacing(4);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent);
    layout->addWidget(m_recentNote);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    // The wrapped texts make the default height too generous: fit the width first.
    resize(560, heightForWidth(560) > 0 ? heightForWidth(560) : sizeHint().height());
}

void WelcomeDialog::chooseCreate()
{
    m_choice = Choice::Create;
    m_libraryPath = m_defaultLibrary;
    accept();
}

void WelcomeDialog::chooseOpen(const QString &pathIn)
{
    const QString path = !pathIn.isEmpty() ? pathIn : LibraryErrorDialog::chooseExisting(this, QDir::homePath());
    if (path.isEmpty())
        return;
    m_choice = Choice::Open;
    m_libraryPath = path;
    accept();
}

void WelcomeDialog::chooseImport(const QStringList &pathsIn)
{
    const QStringList paths = !pathsIn.isEmpty()
        ? pathsIn
        : QFileDialog::getOpenFileNames(this, tr("Import Site Export"), QDir::homePath(),
                                        tr("Site exports (*.txt);;All files (*)"));
    if (paths.isEmpty())
        return;
    m_choice = Choice::Import;
    m_libraryPath = m_defaultLibrary;
    m_importPaths = paths;
    accept();
}

void WelcomeDialog::openRecent(const QString &path)
{
    if (!libraryExists(path)) {
        m_recentNote->setText(tr("“%1” is not there. Connect the drive it is on and try again, or choose "
                                 "another library.")
                                  .arg(QDir::toNativeSeparators(path)));
        m_recentNote->setVisible(true);
        return;
    }
    chooseOpen(path);
}

} // namespace Actes
