#pragma once

// Shared by the two backends (storage/sqliterevisions.cpp, storage/postgresrevisions.cpp): how a
// revision's changed fields are kept in a row, and which statuses make a revision approved.
// No SQL here.

#include "domain/resource.h"
#include "domain/revision.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Actes::RevisionRows {

// A revision made by a change to one of these is approved (kept forever).
inline bool isApprovedStatus(Status status)
{
    return status == Status::Approved || status == Status::Published;
}

// The changed field keys as stored in the `changed` column: a compact JSON array.
inline QString fieldsJson(const QStringList &fields)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(fields)).toJson(QJsonDocument::Compact));
}

inline QStringList fieldsFrom(const QVariant &value)
{
    QStringList fields;
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
    for (const QJsonValue &field : document.array())
        fields.append(field.toString());
    return fields;
}

// The union of two lists of field keys, in display order.
inline QStringList unitedFields(const QStringList &a, const QStringList &b)
{
    QStringList result;
    for (const QString &key : RevisionFields::all()) {
        if (a.contains(key) || b.contains(key))
            result.append(key);
    }
    return result;
}

} // namespace Actes::RevisionRows
