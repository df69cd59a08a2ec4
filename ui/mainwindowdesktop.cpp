// The main window's desktop comforts: spelling and French typography in the editors, the
// daily backup and its restore, the user guide. Kept apart from mainwindow.cpp so the shell
// stays a shell.
#include "mainwindow.h"

#include "actionregistry.h"
#include "dialogs/prompts.h"
#include "dialogs/restorebackupdialog.h"
#include "dialogs/userguidedialog.h"
#include "editor/editoractions.h"
#include "editor/resourceeditorpane.h"
#include "editor/richtexteditor.h"
#include "editor/writingaids.h"
#include "metadata/metadatapanel.h"
#include "review/checks.h"
#include "session/editsession.h"
#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"
#include "text/typography.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFileInfo>
#include <QMessageBox>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace Actes {

void MainWindow::createDesktopActions()
{
    m_spellCheckAction = m_actions->add(u"actionSpellCheck"_s);
    m_spellCheckAction->setCheckable(true);
    m_spellCheckAction->setChecked(m_settings.spellCheckEnabled());
    connect(m_spellCheckAction, &QAction::toggled, this, [this](bool on) {
        m_settings.setSpellCheckEnabled(on);
        applyPreferences();
    });
    m_applyTypographyAction = m_actions->add(u"actionApplyTypography"_s);
    connect(m_applyTypographyAction, &QAction::triggered, this, &MainWindow::applyFrenchTypographyToText);

    m_restoreBackupAction = m_actions->add(u"actionRestoreBackup"_s);
    connect(m_restoreBackupAction, &QAction::triggered, this, &MainWindow::restoreFromBackup);

    m_userGuideAction = m_actions->add(u"actionUserGuide"_s);
    m_userGuideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_userGuideAction, &QAction::triggered, this, &MainWindow::showUserGuide);
}

void MainWindow::retranslateDesktop()
{
    const auto set = [](QAction *a, const QString &text, const QString &tip) {
        a->setText(text);
        a->setToolTip(tip);
        a->setStatusTip(tip);
    };
    set(m_spellCheckAction, tr("Check &Spelling While Typing"),
        tr("Underline the words the dictionary does not know"));
    set(m_applyTypographyAction, tr("Apply French T&ypography"),
        tr("Put no-break spaces before : ; ! ?, « » quotes, ’ apostrophes and … in the text being edited"));
    set(m_restoreBackupAction, tr("Restore from &Backup…"),
        tr("Go back to one of the daily copies of this library"));
    set(m_userGuideAction, tr("&User Guide"), tr("How to use Actes, step by step"));
}

void MainWindow::updateDesktopActions()
{
    const bool writable = m_repository && !m_readOnly;
    m_applyTypographyAction->setEnabled(writable && m_session->hasResource());
    m_restoreBackupAction->setEnabled(writable && QFileInfo(m_repository->location()).isFile());
}

void MainWindow::applyPreferences()
{
    m_editor->setSummaryLimit(m_settings.summaryLimit());
    m_metadata->setReviewSettings(ReviewSettings{m_settings.summaryLimit()});
    if (m_repository && !m_readOnly)
        m_repository->setCurrentAuthor(m_settings.authorName());
    m_writing->apply(m_settings, WritingAids::libraryLanguage(m_repository.get()));
    const QSignalBlocker quiet(m_spellCheckAction);
    m_spellCheckAction->setChecked(m_settings.spellCheckEnabled());
}

void MainWindow::libraryOpened()
{
    applyPreferences();   // the spelling language is the library's
    if (!m_repository || m_readOnly)
        return;
    const QString path = m_repository->location();
    const int keep = m_settings.backupsToKeep();
    if (keep < 1 || !QFileInfo(path).isFile())
        return;
    // The daily copy, made on a worker thread with its own read-only connection.
    backupInBackground(this, path, keep, [this](const std::optional<QString> &, const QString &error) {
        if (!error.isEmpty())
            showMessage(tr("The daily backup of the library could not be made. %1").arg(error), true);
    });
}

void MainWindow::applyFrenchTypographyToText()
{
    if (!m_repository || m_readOnly || !m_session->hasResource())
        return;
    RichTextEditor *editor = m_editor->actions() ? m_editor->actions()->currentEditor() : nullptr;
    if (QApplication::focusWidget() == m_editor->summaryEditor())
        editor = m_editor->summaryEditor();
    else if (QApplication::focusWidget() == m_editor->bodyEditor() || !editor)
        editor = m_editor->bodyEditor();
    const int edits = applyFrenchTypography(editor->document(), m_settings.typographyOptions());   // one undo step
    const bool summary = editor == m_editor->summaryEditor();
    if (edits == 0)
        showMessage(summary ? tr("The summary already follows the French typography rules.")
                            : tr("The body already follows the French typography rules."));
    else
        showMessage(summary ? tr("French typography: %n correction(s) in the summary. Undo (Ctrl+Z) reverts them.",
                                 nullptr, edits)
                            : tr("French typography: %n correction(s) in the body. Undo (Ctrl+Z) reverts them.",
                                 nullptr, edits));
}

bool MainWindow::askImportTypography()
{
    switch (m_settings.importTypography()) {
    case Settings::ImportTypography::Always: return true;
    case Settings::ImportTypography::Never: return false;
    case Settings::ImportTypography::Ask: break;
    }
    Prompts::Question question;
    question.title = tr("Import Site Export");
    question.text = tr("Apply French typography rules to the imported text?");
    question.informativeText = tr("No-break spaces before : ; ! ? and inside « », curly apostrophes and ellipses, "
                                  "in the titles, summaries and bodies. Links are left alone.");
    question.buttons = QMessageBox::Yes | QMessageBox::No;
    question.defaultButton = QMessageBox::Yes;
    question.checkBoxText = tr("Do not ask again (this can be changed in the preferences)");
    question.objectName = u"importTypographyQuestion"_s;
    const Prompts::Reply reply = Prompts::ask(this, question);
    const bool yes = reply.button == QMessageBox::Yes;
    if (reply.checked) {
        m_settings.setImportTypography(yes ? Settings::ImportTypography::Always : Settings::ImportTypography::Never);
        m_settings.sync();
    }
    return yes;
}

void MainWindow::restoreFromBackup()
{
    if (!m_repository || m_readOnly || !saveBeforeLeaving())
        return;
    const QString path = m_repository->location();
    // The dialog closes the library (every connection of this window) only once the user has
    // confirmed; the library is opened again whatever happened.
    RestoreBackupDialog::run(this, path, [this] { setRepository(nullptr); });
    if (!m_repository || m_repository->location() != path)
        openLibrary(path);
}

void MainWindow::showUserGuide()
{
    auto *guide = findChild<UserGuideDialog *>();
    if (!guide) {
        guide = new UserGuideDialog(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide->show();
    guide->raise();
    guide->activateWindow();
}

} // namespace Actes
