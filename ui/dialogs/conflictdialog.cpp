#include "dialogs/conflictdialog.h"

#include "dialogs/librarytextbrowser.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {
// Images come from the library, as in the editors (they would show as broken icons otherwise).
constexpr int MaxImageWidth = 360;

QWidget *preview(const QString &heading, const Resource &r, const ResourceRepository *repository, QWidget *parent)
{
    auto *box = new QGroupBox(heading, parent);
    auto *browser = new LibraryTextBrowser(repository, box, MaxImageWidth);
    browser->setObjectName(u"conflictVersion"_s);
    browser->setHtml(u"<h3>%1</h3>%2<hr/>%3"_s
                         .arg(r.title.toHtmlEscaped(), r.summaryHtml, r.bodyHtml));
    browser->setAccessibleName(heading);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(browser);
    return box;
}
} // namespace

ConflictDialog::ConflictDialog(const Resource &mine, const Resource &theirs, const ResourceRepository *repository,
                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(tr("Resource changed elsewhere"));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    const QString when = theirs.modified.isValid()
        ? QLocale().toString(theirs.modified.toLocalTime(), QLocale::ShortFormat)
        : tr("unknown time");
    intro->setText(theirs.id
                       ? tr("“%1” was changed elsewhere (another window or another computer, at %2) while "
                            "you were editing it here. Nothing has been overwritten. Which version do you "
                            "want to keep?")
                             .arg(mine.title.toHtmlEscaped(), when)
                       : tr("“%1” was deleted elsewhere while you were editing it here. Your text is kept; "
                            "it can be saved as a new resource.")
                             .arg(mine.title.toHtmlEscaped()));

    auto *versions = new QHBoxLayout;
    versions->addWidget(preview(tr("My version (this window)"), mine, repository, this));
    if (theirs.id)
        versions->addWidget(preview(tr("Their version (stored)"), theirs, repository, this));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keepMine = buttons->addButton(tr("Keep &Mine"), QDialogButtonBox::AcceptRole);
    keepMine->setObjectName(u"keepMine"_s);
    keepMine->setToolTip(tr("Replace the stored version with the text of this window."));
    QPushButton *keepTheirs = nullptr;
    if (theirs.id) {
        keepTheirs = buttons->addButton(tr("Keep &Theirs"), QDialogButtonBox::DestructiveRole);
        keepTheirs->setObjectName(u"keepTheirs"_s);
        keepTheirs->setToolTip(tr("Drop the changes made in this window and show the stored version."));
    }
    QPushButton *keepBoth = buttons->addButton(tr("Keep &Both"), QDialogButtonBox::AcceptRole);
    keepBoth->setObjectName(u"keepBoth"_s);
    keepBoth->setToolTip(tr("Keep the stored version and save the text of this window as a new resource."));
    keepBoth->setDefault(true);

    connect(keepMine, &QPushButton::clicked, this, [this] {
        m_choice = EditSession::ConflictChoice::KeepMine;
        accept();
    });
    if (keepTheirs) {
        connect(keepTheirs, &QPushButton::clicked, this, [this] {
            m_choice = EditSession::ConflictChoice::KeepTheirs;
            accept();
        });
    }
    connect(keepBoth, &QPushButton::clicked, this, [this] {
        m_choice = EditSession::ConflictChoice::KeepBoth;
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(versions, 1);
    layout->addWidget(buttons);
    resize(900, 560);
}

EditSession::ConflictChoice ConflictDialog::ask(const Resource &mine, const Resource &theirs,
                                               const ResourceRepository *repository, QWidget *parent)
{
    ConflictDialog dialog(mine, theirs, repository, parent);
    if (dialog.exec() != QDialog::Accepted)
        return EditSession::ConflictChoice::KeepBoth;   // closing loses nothing
    return dialog.choice();
}

} // namespace Actes
