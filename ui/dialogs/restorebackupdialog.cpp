#include "dialogs/restorebackupdialog.h"

#include "dialogs/prompts.h"
#include "storage/libraryerror.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {
constexpr int PathRole = Qt::UserRole + 1;
}

RestoreBackupDialog::RestoreBackupDialog(const QString &libraryPath, QWidget *parent)
    : QDialog(parent), m_manager(libraryPath)
{
    setWindowTitle(tr("Restore from Backup"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Actes makes a copy of the library %1 once a day, when it opens it. Choose the copy "
                        "to go back to. The current library is not deleted: it is kept beside it, so the "
                        "restore can be undone.")
                         .arg(QDir::toNativeSeparators(libraryPath)));
    m_list = new QListWidget(this);
    m_list->setObjectName(u"backupList"_s);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setEnabled(false);
    QPushButton *folder = buttons->addButton(tr("Show &Folder"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(folder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_manager.backupFolder()));
    });
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!selectedBackup().isEmpty()); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 360);
    reload();
}

void RestoreBackupDialog::reload()
{
    m_list->clear();
    const QLocale locale;
    for (const BackupInfo &backup : m_manager.backups()) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(locale.toString(backup.created.toLocalTime(),
                                                                          QLocale::LongFormat),
                                                           locale.formattedDataSize(backup.size)),
                                         m_list);
        item->setData(PathRole, backup.path);
        item->setToolTip(QDir::toNativeSeparators(backup.path));
    }
    if (m_list->count() == 0) {
        auto *item = new QListWidgetItem(tr("There is no backup of this library yet."), m_list);
        item->setFlags(Qt::NoItemFlags);
    } else {
        m_list->setCurrentRow(0);
    }
}

QString RestoreBackupDialog::selectedBackup() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->data(PathRole).toString() : QString();
}

bool RestoreBackupDialog::run(QWidget *parent, const QString &libraryPath, const std::function<void()> &closeLibrary)
{
    RestoreBackupDialog dialog(libraryPath, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedBackup().isEmpty())
        return false;
    const QString backup = dialog.selectedBackup();
    const QString title = tr("Restore from Backup");

    int count = 0;
    try {
        count = BackupManager::verify(backup);
    } catch (const LibraryError &error) {
        Prompts::warn(parent, title, error.message());
        return false;
    }
    const QListWidgetItem *item = dialog.list()->currentItem();
    const auto answer = Prompts::confirm(
        parent, title,
        tr("Replace the library with the backup of %1, which holds %n resource(s)? Changes made since then "
           "will not be in the library; the current library is kept beside it as a separate file.",
           nullptr, count)
            .arg(item ? item->text() : QDir::toNativeSeparators(backup)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;

    closeLibrary();
    try {
        const QString kept = BackupManager(libraryPath).restore(backup);
        Prompts::inform(parent, title,
                        kept.isEmpty()
                            ? tr("The library was restored from the backup.")
                            : tr("The library was restored from the backup. The library as it was "
                                 "before is kept as %1.")
                                  .arg(QDir::toNativeSeparators(kept)));
        return true;
    } catch (const LibraryError &error) {
        Prompts::warn(parent, title, error.message());
        return false;
    }
}

void backupInBackground(QObject *context, const QString &libraryPath, int keep,
                        std::function<void(const std::optional<QString> &backup, const QString &error)> done)
{
    struct Result
    {
        std::optional<QString> backup;
        QString error;
    };
    auto result = std::make_shared<Result>();
    QThread *thread = QThread::create([libraryPath, keep, result] {
        try {
            result->backup = BackupManager(libraryPath).backupIfDue(keep);
        } catch (const LibraryError &e) {
            result->error = e.message();
        }
    });
    // Delivered on the thread of context, and not at all once context is gone.
    QObject::connect(thread, &QThread::finished, context, [result, done = std::move(done)] {
        if (done)
            done(result->backup, result->error);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

} // namespace Actes
