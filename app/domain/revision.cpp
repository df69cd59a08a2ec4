#include "domain/revision.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {
struct RevisionStrings
{
    Q_DECLARE_TR_FUNCTIONS(Actes::Revision)
};

const RevisionCause allCauses[] = {RevisionCause::Create, RevisionCause::Edit, RevisionCause::StatusChange,
                                   RevisionCause::Restore, RevisionCause::Import, RevisionCause::Baseline};

bool sameParticipants(const QList<Participant> &a, const QList<Participant> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].name != b[i].name || a[i].function != b[i].function || a[i].organisation != b[i].organisation
            || a[i].role != b[i].role) {
            return false;
        }
    }
    return true;
}

// Attachments compare by what a reader sees (ids are ignored, like directory ids).
bool sameAttachments(const QList<Attachment> &a, const QList<Attachment> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        Attachment x = a[i];
        Attachment y = b[i];
        x.id = y.id = 0;
        if (x != y)
            return false;
    }
    return true;
}

bool samePartners(const QList<Partner> &a, const QList<Partner> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].name != b[i].name || a[i].role != b[i].role)
            return false;
    }
    return true;
}

} // namespace

QString revisionCauseKey(RevisionCause cause)
{
    switch (cause) {
    case RevisionCause::Create: return u"create"_s;
    case RevisionCause::Edit: return u"edit"_s;
    case RevisionCause::StatusChange: return u"status"_s;
    case RevisionCause::Restore: return u"restore"_s;
    case RevisionCause::Import: return u"import"_s;
    case RevisionCause::Baseline: return u"baseline"_s;
    }
    return u"edit"_s;
}

std::optional<RevisionCause> revisionCauseFromKey(const QString &key)
{
    for (RevisionCause cause : allCauses) {
        if (revisionCauseKey(cause) == key)
            return cause;
    }
    return std::nullopt;
}

QString revisionCauseLabel(RevisionCause cause)
{
    switch (cause) {
    case RevisionCause::Create: return RevisionStrings::tr("Created");
    case RevisionCause::Edit: return RevisionStrings::tr("Edited");
    case RevisionCause::StatusChange: return RevisionStrings::tr("Status changed");
    case RevisionCause::Restore: return RevisionStrings::tr("Earlier revision restored");
    case RevisionCause::Import: return RevisionStrings::tr("Imported");
    case RevisionCause::Baseline: return RevisionStrings::tr("State before revisions were kept");
    }
    return {};
}

namespace RevisionFields {

QStringList all()
{
    return {QString::fromUtf16(Title),       QString::fromUtf16(Type),    QString::fromUtf16(Private),
            QString::fromUtf16(Status),      QString::fromUtf16(Dates),   QString::fromUtf16(Place),
            QString::fromUtf16(Attendance),  QString::fromUtf16(Summary), QString::fromUtf16(Body),
            QString::fromUtf16(Participants), QString::fromUtf16(Partners), QString::fromUtf16(Review),
            QString::fromUtf16(Attachments), QString::fromUtf16(DismissedChecks)};
}

QString label(const QString &key)
{
    if (key == Title) return RevisionStrings::tr("Title");
    if (key == Type) return RevisionStrings::tr("Type of resource");
    if (key == Private) return RevisionStrings::tr("Private");
    if (key == Status) return RevisionStrings::tr("Status");
    if (key == Dates) return RevisionStrings::tr("Date of the event");
    if (key == Place) return RevisionStrings::tr("Place");
    if (key == Attendance) return RevisionStrings::tr("Attendance");
    if (key == Summary) return RevisionStrings::tr("Summary");
    if (key == Body) return RevisionStrings::tr("Text");
    if (key == Participants) return RevisionStrings::tr("Participants");
    if (key == Partners) return RevisionStrings::tr("Partners");
    if (key == Review) return RevisionStrings::tr("Review note");
    if (key == Attachments) return RevisionStrings::tr("Attached documents");
    if (key == DismissedChecks) return RevisionStrings::tr("Dismissed warnings");
    return key;
}

QStringList changed(const Resource &o, const Resource &n)
{
    QStringList keys;
    auto add = [&](bool differs, const char16_t *key) {
        if (differs)
            keys.append(QString::fromUtf16(key));
    };
    add(o.title != n.title, Title);
    add(o.type != n.type, Type);
    add(o.isPrivate != n.isPrivate || o.privateConfirmed != n.privateConfirmed, Private);
    add(o.status != n.status, Status);
    add(o.dateStart != n.dateStart || o.dateEnd != n.dateEnd, Dates);
    add(o.place != n.place, Place);
    add(o.attendance != n.attendance, Attendance);
    add(o.summaryHtml != n.summaryHtml, Summary);
    add(o.bodyHtml != n.bodyHtml, Body);
    add(!sameParticipants(o.participants, n.participants), Participants);
    add(!samePartners(o.partners, n.partners), Partners);
    add(o.needsReview != n.needsReview || o.reviewNote != n.reviewNote, Review);
    add(!sameAttachments(o.attachments, n.attachments), Attachments);
    add(o.dismissedChecks != n.dismissedChecks, DismissedChecks);
    return keys;
}

} // namespace RevisionFields
} // namespace Actes
