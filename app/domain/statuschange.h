#pragma once

#include "domain/resource.h"

#include <QDateTime>
#include <QString>

namespace Actes {

// One change of the workflow status of a resource, as shown in its history.
struct StatusChange
{
    qint64 id = 0;
    qint64 resourceId = 0;
    Status from = Status::Draft;
    Status to = Status::Draft;
    QDateTime at;                       // UTC
    QString author;                     // the name given by the caller (setting or $USER)
    QString comment;                    // optional, as typed
    QString reviewer;                   // a submission for review: the login it named; empty = anyone

    friend bool operator==(const StatusChange &, const StatusChange &) = default;
};

} // namespace Actes
