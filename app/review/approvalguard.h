#pragma once

#include "domain/resource.h"
#include "domain/revision.h"
#include "review/checks.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace Actes {

class ResourceRepository;

// "Approval means what it says": an Approved or Published resource always passes the blocking
// checks before publishing. A write that leaves one with a blocking problem — an edit in the
// window (autosave), `actes set`, a re-import, a restored revision — does not refuse the
// change (that would lose what the user typed) but moves the resource back to In review, in
// the same transaction, recording it in its status history: author the acting user ("Actes"
// when unknown), comment naming the cause and every problem. README, "Checks before
// publishing", says so.
//
// The rule lives here only; install() hooks it into a repository's write path
// (ResourceRepository::setWriteGuard), so every writer of that repository shares it. The
// window (MainWindow::setRepository) and the command line (CommandLine::openLibrary) install
// it on every library they open.
class ApprovalGuard
{
    Q_DECLARE_TR_FUNCTIONS(Actes::ApprovalGuard)
public:
    // The checks' settings as they are at the time of a write (the summary limit may change
    // while a library is open).
    using SettingsProvider = std::function<ReviewSettings()>;

    static void install(ResourceRepository &repository, SettingsProvider settings);

    // The rule itself, for a resource just written (stored) by author for cause: returns it
    // unchanged, or as stored after moving it back to In review.
    static Resource enforce(ResourceRepository &repository, const Resource &stored, RevisionCause cause,
                            const QString &author, const ReviewSettings &settings);

    // The comment recorded with the move back to review.
    static QString comment(RevisionCause cause, const QStringList &problems);
};

} // namespace Actes
