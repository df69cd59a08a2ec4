#pragma once

#include "domain/attachment.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Actes {

// Workflow status of a resource. Only Draft is used until the review feature lands.
enum class Status { Draft, InReview, Approved, Published, Archived };

QString statusKey(Status status);                   // "draft", "review", ...
std::optional<Status> statusFromKey(const QString &key);
QString statusLabel(Status status);                 // translated, for display

// A person as stored in the directory, reused across resources.
struct Person
{
    qint64 id = 0;
    QString name;
    QString function;
    QString organisation;

    friend bool operator==(const Person &, const Person &) = default;
};

// An organisation as stored in the directory, reused across resources.
struct Organisation
{
    qint64 id = 0;
    QString name;

    friend bool operator==(const Organisation &, const Organisation &) = default;
};

// A person linked to one resource, with the role they had at that event.
// personId == 0 means "create a new person with these fields when saving"
// (the repository reuses an existing person with the same name, function and organisation).
struct Participant
{
    qint64 personId = 0;
    QString name;
    QString function;
    QString organisation;
    QString role;

    friend bool operator==(const Participant &, const Participant &) = default;
};

// An organisation linked to one resource, with its role (co-organiser, host, funder...).
// organisationId == 0 means "find or create by name when saving".
struct Partner
{
    qint64 organisationId = 0;
    QString name;
    QString role;

    friend bool operator==(const Partner &, const Partner &) = default;
};

// An event report ("ressource"). Plain value type: storage lives in the repository.
struct Resource
{
    qint64 id = 0;
    QString title;
    QString type;                       // name from the resource types table; empty = unset
    bool isPrivate = false;
    bool privateConfirmed = false;      // the private flag was explicitly confirmed by a person
    Status status = Status::Draft;
    QDate dateStart;                    // invalid = unknown
    QDate dateEnd;                      // == dateStart for a one-day event
    QString place;
    std::optional<int> attendance;      // number of people, unknown when empty
    QString summaryHtml;                // rich text (clean HTML subset)
    QString bodyHtml;
    QDateTime created;                  // UTC
    QDateTime modified;                 // UTC
    int version = 0;                    // bumped by every write; 0 = never stored
    bool needsReview = false;           // set by the importer when boundaries were guessed
    QString reviewNote;                 // why it needs a review
    QList<Participant> participants;
    QList<Partner> partners;
    // Documents kept with the report (files and links), in their order.
    QList<Attachment> attachments;
    // The keys of the warning checks a person dismissed for this resource (review/checks.h),
    // e.g. "document-slides"; a dismissed warning is no longer listed.
    QStringList dismissedChecks;

    // Content equality, ignoring id, times and version.
    bool sameContentAs(const Resource &other) const;
};

// One row of the resource list: only what the list shows, never the bodies.
struct ResourceSummary
{
    qint64 id = 0;
    QString title;
    QString type;
    bool isPrivate = false;
    Status status = Status::Draft;
    QDate dateStart;
    QDate dateEnd;
    QDateTime modified;
    bool needsReview = false;
    bool privateConfirmed = false;      // see domain/publicity.h
};

} // namespace Actes
