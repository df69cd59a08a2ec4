#include "dialogs/libraryerrordialog.h"

#include "storage/libraryopener.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Actes {

LibraryErrorDialog::Choice LibraryErrorDialog::ask(QWidget *parent, const QString &path, const LibraryError &error,
                                                   bool atStart)
{
    QMessageBox box(parent);
    box.setObjectName(u"libraryErrorBox"_s);
    box.setIcon(QMessageBox::Critical);
    box.setWindowTitle(tr("Cannot Open Library"));
    box.setText(tr("The library “%1” cannot be opened.").arg(QDir::toNativeSeparators(path)));
    const bool server = LibraryLocation::isServerLocation(path);
    box.setInformativeText(error.message() + u"\n\n"_s
                           + (server ? tr("Nothing was changed on the server. You can open another library or create "
                                          "a new one.")
                                     : tr("The file has not been changed. You can open another library or create a "
                                          "new one.")));
    QPushButton *other = box.addButton(tr("&Open Another Library…"), QMessageBox::AcceptRole);
    QPushButton *create = box.addButton(tr("&Create New Library…"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(atStart ? tr("&Quit") : tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(other);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == other)
        return Choice::OpenAnother;
    if (box.clickedButton() == create)
        return Choice::CreateNew;
    return Choice::Cancel;
}

QString LibraryErrorDialog::chooseExisting(QWidget *parent, const QString &startPath)
{
    const bool noFolder = startPath.isEmpty() || LibraryLocation::isServerLocation(startPath);
    return QFileDialog::getOpenFileName(parent, tr("Open Library"),
                                        noFolder ? QDir::homePath() : QFileInfo(startPath).absolutePath(),
                                        tr("Actes libraries (*.actes);;All files (*)"));
}

QString LibraryErrorDialog::chooseNew(QWidget *parent, const QString &startPath)
{
    QString path = QFileDialog::getSaveFileName(
        parent, tr("New Library"),
        QDir(startPath.isEmpty() || LibraryLocation::isServerLocation(startPath) ? QDir::homePath()
                                                                                 : QFileInfo(startPath).absolutePath())
            .filePath(tr("New library.actes")),
        tr("Actes libraries (*.actes)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u".actes"_s;
    return path;
}

} // namespace Actes
