#pragma once

#include "storage/libraryerror.h"

#include <QCoreApplication>

class QWidget;

namespace Actes {

// The message shown when a library cannot be opened: names the file and the problem, and
// offers to open another library or to create a new one.
class LibraryErrorDialog
{
    Q_DECLARE_TR_FUNCTIONS(Actes::LibraryErrorDialog)
public:
    enum class Choice { OpenAnother, CreateNew, Cancel };
    // cancelText: "Quit" at start, "Cancel" from the menu.
    static Choice ask(QWidget *parent, const QString &path, const LibraryError &error, bool atStart);

    // File dialogs for libraries; empty when cancelled.
    static QString chooseExisting(QWidget *parent, const QString &startPath = {});
    static QString chooseNew(QWidget *parent, const QString &startPath = {});
};

} // namespace Actes
