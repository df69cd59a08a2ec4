#pragma once

#include "domain/attachment.h"
#include "domain/resource.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Actes {

// What the checks before publishing depend on, besides the resource itself.
struct ReviewSettings
{
    int summaryLimit = 600;             // plain-text characters (TextStats); 0 = no limit
};

// One problem found by checkResource(). Blocking problems prevent the change to Approved or
// Published (see StatusService); warnings are shown but do not block.
struct Problem
{
    // The field to jump to: "import" (what the importer was unsure of), "title", "type",
    // "date", "summary", "body", "private", "participants", "partners", "attachments" or
    // "comments".
    QString field;
    enum Level { Blocking, Warning } level = Blocking;
    QString message;                    // a translated, complete sentence
    // A warning a person may dismiss for this resource: the key kept in
    // Resource::dismissedChecks ("document-slides"). Empty for every other problem.
    QString key = {};

    friend bool operator==(const Problem &, const Problem &) = default;
};

// Checks a resource before it goes online, on the fly (nothing is stored). The table of the
// checks and their levels is in README.md ("Checks before publishing"). Problems come in the
// order of the fields in the window: import, title, type, date, private, summary, body,
// participants, partners, attachments. `imageExists` tells whether an image key ("actes-image:KEY") is in the library;
// without it, stored images are not checked (other image sources are always reported).
QList<Problem> checkResource(const Resource &resource, const ReviewSettings &settings,
                             const std::function<bool(const QString &imageKey)> &imageExists = {});

// The key of the warning "the text mentions a document of that kind that is not attached"
// ("document-slides"), as kept in Resource::dismissedChecks. Raised (one per kind, Other aside)
// when the summary or body points to such a document (DocumentMentions), the resource has no
// attachment of that kind and the key was not dismissed.
QString documentCheckKey(AttachmentKind kind);

// The messages of the blocking problems only, for StatusService and the command line.
QStringList blockingProblems(const Resource &resource, const ReviewSettings &settings,
                             const std::function<bool(const QString &imageKey)> &imageExists = {});

// The blocking problem of a resource's review comments that are not resolved (field
// "comments"), nothing when there are none. Comments are stored, not part of the resource:
// ReviewWorkflow adds this to the checks of a stored resource.
QList<Problem> commentProblems(int unresolvedComments);

// The translated name of a problem's field ("private" -> "Private"), as the window labels it;
// an unknown key comes back unchanged.
QString checkFieldLabel(const QString &field);

// True for a link a website can follow: http or https with a host name (or IP address),
// or mailto with an address "name@domain".
bool isPublishableLink(const QString &href);

} // namespace Actes
