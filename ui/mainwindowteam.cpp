// MainWindow: the team library — opening a library on a PostgreSQL server (with the password
// the server may ask for), copying the library, which library the window is on (title, status
// bar), and the notice while the library cannot be reached.

#include "mainwindow.h"

#include "actionregistry.h"
#include "dialogs/libraryerrordialog.h"
#include "dialogs/membersdialog.h"
#include "dialogs/passworddialog.h"
#include "dialogs/prompts.h"
#include "dialogs/teamlibrarydialog.h"
#include "editor/noticebar.h"
#include "editor/resourceeditorpane.h"
#include "metadata/metadatapanel.h"
#include "review/permissions.h"
#include "review/statuscontrol.h"
#include "session/editsession.h"
#include "storage/librarycopy.h"
#include "storage/libraryerror.h"
#include "storage/libraryopener.h"
#include "storage/resourcerepository.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Actes {

void MainWindow::createTeamActions()
{
    m_openTeamLibraryAction = m_actions->add(u"actionOpenTeamLibrary"_s);
    m_copyLibraryAction = m_actions->add(u"actionCopyLibrary"_s);
    connect(m_openTeamLibraryAction, &QAction::triggered, this, &MainWindow::openTeamLibrary);
    connect(m_copyLibraryAction, &QAction::triggered, this, &MainWindow::copyLibrary);
    m_membersAction = m_actions->add(u"actionMembers"_s);
    connect(m_membersAction, &QAction::triggered, this, &MainWindow::showMembers);
}

void MainWindow::updateMemberActions()
{
    m_teamMembers = m_repository && m_repository->hasMembers();
    m_memberRole = MemberRole::Admin;
    if (m_repository) {
        try {
            m_memberRole = m_repository->currentMember().role;
        } catch (const LibraryError &) {
            m_memberRole = MemberRole::Author;   // the server decides; the window offers the least
        }
    }
    showMemberActions();
}

void MainWindow::showMemberActions()
{
    const bool admin = roleAtLeast(m_memberRole, MemberRole::Admin);
    m_membersAction->setEnabled(m_teamMembers && admin);
    const QString tip = !m_repository ? tr("Open a team library to see its members")
        : !m_teamMembers              ? tr("A personal library has no members: you hold every role")
        : admin                       ? tr("Add members, change their roles, disable them")
                                      : Permissions::refusal(Permissions::Action::ManageMembers, m_memberRole);
    m_membersAction->setToolTip(tip);
    m_membersAction->setStatusTip(tip);
    m_metadata->statusControl()->setMemberRole(m_memberRole);
}

void MainWindow::showMembers()
{
    if (!m_repository || !m_teamMembers || !roleAtLeast(m_memberRole, MemberRole::Admin))
        return;
    MembersDialog dialog(m_repository.get(), this);
    Prompts::exec(dialog);
}

void MainWindow::createTeamStatus()
{
    m_libraryLabel = new QLabel(this);
    m_libraryLabel->setObjectName(u"libraryLabel"_s);
    m_libraryLabel->setContentsMargins(8, 0, 8, 0);
    statusBar()->insertPermanentWidget(0, m_libraryLabel);

    m_connectionNotice = new NoticeBar(m_editor);
    m_connectionNotice->setObjectName(u"connectionNotice"_s);
    m_editor->addNotice(m_connectionNotice);
    m_connectionNotice->hide();
    connect(m_session, &EditSession::waitingForLibrary, this, [this](const QString &message) {
        const QString location = m_repository ? m_repository->location() : QString();
        const QString name = LibraryLocation::displayName(location);
        m_connectionNotice->setText(
            LibraryLocation::isServerLocation(location)
                ? tr("The team library “%1” cannot be reached. What you type is kept on this computer, and "
                     "saving resumes by itself as soon as the server answers again.")
                      .arg(name)
                : tr("“%1” cannot be written for now. What you type is kept on this computer, and saving resumes "
                     "by itself as soon as the library can be written again.")
                      .arg(name));
        m_connectionNotice->setToolTip(message);
        m_connectionNotice->show();
        m_savedLabel->setText(tr("Waiting to save"));
    });
    connect(m_session, &EditSession::libraryReachable, this, [this] {
        if (!m_connectionNotice->isVisible())
            return;
        m_connectionNotice->hide();
        showMessage(tr("The library answers again: your changes are saved."));
    });
}

void MainWindow::retranslateTeam()
{
    m_openTeamLibraryAction->setText(tr("Open Team &Library…"));
    m_openTeamLibraryAction->setStatusTip(tr("Open the team’s library on the PostgreSQL server"));
    m_openTeamLibraryAction->setToolTip(m_openTeamLibraryAction->statusTip());
    m_copyLibraryAction->setText(tr("Cop&y Library To…"));
    m_copyLibraryAction->setStatusTip(tr("Copy this whole library into a new file or an empty team library"));
    m_copyLibraryAction->setToolTip(m_copyLibraryAction->statusTip());
    m_libraryMenu->setTitle(tr("&Library"));
    m_membersAction->setText(tr("&Members…"));
    showMemberActions();
    updateTeamStatus();
}

void MainWindow::updateTeamStatus()
{
    const QString location = m_repository ? m_repository->location() : QString();
    m_copyLibraryAction->setEnabled(m_repository != nullptr);
    if (location.isEmpty()) {
        m_libraryLabel->clear();
        m_libraryLabel->setToolTip(QString());
        return;
    }
    const bool server = LibraryLocation::isServerLocation(location);
    m_libraryLabel->setText(server ? tr("Team library: %1").arg(LibraryLocation::displayName(location))
                                   : tr("Library: %1").arg(LibraryLocation::displayName(location)));
    m_libraryLabel->setToolTip(QDir::toNativeSeparators(location));
}

// The window's title names the library: the file's name, or "database on server".
QString MainWindow::libraryTitle() const
{
    if (!m_repository)
        return {};
    const QString location = m_repository->location();
    if (LibraryLocation::isServerLocation(location))
        return LibraryLocation::displayName(location);
    return QFileInfo(location).completeBaseName();
}

std::unique_ptr<ResourceRepository> MainWindow::openRepository(const QString &location)
{
    try {
        return m_opener(location);
    } catch (const PasswordRequiredError &error) {
        // libpq's sources gave no password (or a refused one): ask for it; cancelled, the
        // message says what the server wanted.
        QString notice;
        auto repository = PasswordDialog::openWithPassword(
            this, location, error.wasRefused(),
            [](const QString &where, const QString &password) { return Actes::openLibrary(where, LibraryLocation::Mode::ReadWrite, password); },
            &notice);
        if (!repository)
            throw;
        if (!notice.isEmpty())
            QTimer::singleShot(0, this, [this, notice] { showMessage(notice); });
        return repository;
    }
}

void MainWindow::openTeamLibrary()
{
    const QString current = m_repository ? m_repository->location() : QString();
    TeamLibraryDialog dialog(LibraryLocation::isServerLocation(current) ? current : QString(), this);
    if (Prompts::exec(dialog) == QDialog::Accepted && !dialog.location().isEmpty())
        openLibrary(dialog.location());
}

void MainWindow::copyLibrary()
{
    if (!m_repository || !m_session->save())
        return;   // what was typed goes with the copy
    Prompts::Question question;
    question.objectName = u"copyLibraryBox"_s;
    question.title = tr("Copy Library");
    question.text = tr("Copy the whole library “%1” — resources with their history, trash, people and structures, "
                       "types, images — into:")
                        .arg(libraryTitle());
    question.informativeText = tr("The copy goes into a new file, or into an empty team library on a server. "
                                  "This library is not changed.");
    question.buttons = QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel;
    question.defaultButton = QMessageBox::Yes;
    question.buttonTexts = {{QMessageBox::Yes, tr("A New &File…")}, {QMessageBox::No, tr("A &Team Library…")}};
    const QMessageBox::StandardButton answer = Prompts::ask(this, question).button;
    QString destination;
    if (answer == QMessageBox::Yes) {
        destination = LibraryErrorDialog::chooseNew(this, LibraryLocation::isServerLocation(m_repository->location())
                                                              ? QString()
                                                              : m_repository->location());
    } else if (answer == QMessageBox::No) {
        TeamLibraryDialog dialog({}, this);
        dialog.setWindowTitle(tr("Copy Library to a Team Library"));
        if (Prompts::exec(dialog) == QDialog::Accepted)
            destination = dialog.location();
    }
    if (!destination.isEmpty())
        copyLibraryTo(destination);
}

void MainWindow::copyLibraryTo(const QString &destination)
{
    const bool server = LibraryLocation::isServerLocation(destination);
    const bool newFile = !server && !QFileInfo::exists(destination);
    const QString name = server ? LibraryLocation::displayName(destination) : QDir::toNativeSeparators(destination);
    auto refuse = [&](const QString &message) {
        Prompts::warn(this, tr("Copy Library"),
                      tr("The library was not copied to “%1”.").arg(name) + u"\n\n"_s + message + u"\n\n"_s
                          + tr("This library has not been changed."));
    };
    LibraryCopy::Result result;
    try {
        std::unique_ptr<ResourceRepository> target;
        try {
            target = Actes::openLibrary(destination);
        } catch (const PasswordRequiredError &error) {
            target = PasswordDialog::openWithPassword(
                this, destination, error.wasRefused(),
                [](const QString &where, const QString &password) { return Actes::openLibrary(where, LibraryLocation::Mode::ReadWrite, password); });
            if (!target)
                throw;
        }
        QProgressDialog progress(tr("Copying the library to “%1”…").arg(name), tr("Cancel"), 0, 0, this);
        progress.setObjectName(u"copyProgress"_s);
        progress.setWindowTitle(tr("Copy Library"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(0);
        progress.setMinimumWidth(420);
        progress.show();
        result = LibraryCopy::copy(*m_repository, *target, [&progress](qint64 done, qint64 total) {
            progress.setMaximum(int(std::min<qint64>(total, 1 << 30)));
            progress.setValue(int(std::min<qint64>(done, 1 << 30)));
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
    } catch (const LibraryError &error) {
        if (newFile)
            QFile::remove(destination);   // the empty file this attempt created
        refuse(error.message());
        return;
    }
    if (result.cancelled) {
        if (newFile)
            QFile::remove(destination);
        showMessage(tr("The copy was cancelled: nothing was copied."));
        return;
    }
    qint64 resources = 0;
    for (const LibraryCopy::TableSummary &table : result.tables) {
        if (table.table == u"resource"_s)
            resources = table.rows;
    }
    Prompts::inform(this, tr("Copy Library"),
                    tr("The library was copied to “%1” and the copy checked.").arg(name) + u"\n\n"_s
                        + tr("%n resource(s) copied, with their history, the trash, people and structures, types, "
                             "images and settings: the copy holds the same as this library.",
                             nullptr, int(resources)));
}

} // namespace Actes
