#pragma once

#include "storage/backupmanager.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace Actes {

// File › Restore from Backup…: lists the automatic backups of the open library (newest
// first, with their date and size), and replaces the library with the chosen one after a
// confirmation. The current library is never deleted: BackupManager keeps it beside the
// restored one as "<name>.before-restore-<time>.actes", and the dialog says so.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreBackupDialog)
public:
    explicit RestoreBackupDialog(const QString &libraryPath, QWidget *parent = nullptr);

    // The whole flow. closeLibrary must release every connection of this window to the
    // library (MainWindow: setRepository(nullptr)); it is called only once the user confirmed
    // and the backup was checked. Returns true when the library was replaced. Either way the
    // caller then opens libraryPath again.
    static bool run(QWidget *parent, const QString &libraryPath, const std::function<void()> &closeLibrary);

    QListWidget *list() const { return m_list; }
    QPushButton *restoreButton() const { return m_restore; }
    QString selectedBackup() const;

private:
    void reload();

    BackupManager m_manager;
    QLabel *m_intro = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
};

// Makes the daily backup of the library in a worker thread (BackupManager::backupIfDue uses
// its own read-only connection and never blocks the window), then calls done on the thread of
// context with the new backup's path (nothing when none was due) or an error message.
void backupInBackground(QObject *context, const QString &libraryPath, int keep,
                        std::function<void(const std::optional<QString> &backup, const QString &error)> done);

} // namespace Actes
