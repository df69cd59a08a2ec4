#pragma once

// An in-memory ResourceRepository for unit tests of the model and the edit session:
// deterministic, fast for 100,000 rows, and able to simulate another instance's write.

#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes::Testing {

class MemoryRepository : public ResourceRepository
{
public:
    explicit MemoryRepository(QString location = u"memory:test"_s, bool readOnly = false)
        : m_location(std::move(location)), m_readOnly(readOnly) {}

    QString location() const override { return m_location; }
    bool isReadOnly() const override { return m_readOnly; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    int listCalls = 0;
    int saveCalls = 0;

    QList<ResourceSummary> listResources(const ResourceFilter &filter = {}) const override
    {
        ++const_cast<MemoryRepository *>(this)->listCalls;
        QList<ResourceSummary> out;
        const QString needle = fold(filter.searchText.trimmed());
        for (const Resource &r : m_resources) {
            if (m_trash.contains(r.id) != filter.trash)
                continue;
            if (!filter.type.isEmpty() && r.type != filter.type)
                continue;
            if (filter.status && r.status != *filter.status)
                continue;
            if (filter.isPrivate && r.isPrivate != *filter.isPrivate)
                continue;
            if (filter.year && r.dateStart.year() != filter.year)
                continue;
            if (!filter.ids.isEmpty() && !filter.ids.contains(r.id))
                continue;
            if (filter.reviewQueueFor
                && (r.status != Status::InReview
                    || !QStringList{QString(), *filter.reviewQueueFor}.contains(m_reviewers.value(r.id))))
                continue;
            QString attachmentTitles;
            for (const Attachment &a : r.attachments)
                attachmentTitles += u' ' + a.title;
            if (!needle.isEmpty()
                && !fold(r.title + u' ' + r.bodyHtml + u' ' + r.summaryHtml + attachmentTitles).contains(needle))
                continue;
            out.append(ResourceSummary{r.id, r.title, r.type, r.isPrivate, r.status, r.dateStart, r.dateEnd,
                                       r.modified, r.needsReview, r.privateConfirmed});
        }
        std::stable_sort(out.begin(), out.end(), [](const ResourceSummary &a, const ResourceSummary &b) {
            if (a.dateStart.isValid() != b.dateStart.isValid())
                return a.dateStart.isValid();
            if (a.dateStart != b.dateStart)
                return a.dateStart > b.dateStart;
            return a.title < b.title;
        });
        return out;
    }
    int countResources(const ResourceFilter &filter = {}) const override
    {
        return int(listResources(filter).size());
    }
    std::optional<Resource> loadResource(qint64 id) const override
    {
        if (!m_resources.contains(id) || m_trash.contains(id))
            return std::nullopt;
        return m_resources.value(id);
    }
    QList<Resource> loadResources(const QList<qint64> &ids) const override
    {
        QList<Resource> out;
        for (qint64 id : ids)
            if (auto r = loadResource(id))
                out.append(*r);
        return out;
    }
    Resource createResource(const Resource &resource) override
    {
        requireWritable();
        Resource r = resource;
        storeAttachmentRows(r);
        r.id = ++m_lastId;
        r.version = 1;
        r.created = r.modified = QDateTime::currentDateTimeUtc();
        if (r.dateEnd.isValid() == false)
            r.dateEnd = r.dateStart;
        if (!r.type.isEmpty() && !m_types.contains(r.type))
            m_types.append(r.type);
        m_resources.insert(r.id, r);
        return r;
    }
    Resource saveResource(const Resource &resource) override
    {
        requireWritable();
        ++saveCalls;
        if (resource.id == 0)
            return createResource(resource);
        if (!m_resources.contains(resource.id) || m_trash.contains(resource.id))
            throw LibraryError(LibraryError::Kind::NotFound, u"No resource %1."_s.arg(resource.id));
        if (m_resources.value(resource.id).version != resource.version)
            throw LibraryError(LibraryError::Kind::Conflict, u"Changed elsewhere."_s);
        Resource r = resource;
        storeAttachmentRows(r);
        r.version = resource.version + 1;
        r.created = m_resources.value(resource.id).created;
        r.modified = QDateTime::currentDateTimeUtc();
        m_resources.insert(r.id, r);
        return r;
    }
    // Another instance edits the resource (bumps the version, changes the counter).
    Resource saveFromElsewhere(Resource r)
    {
        r.version = m_resources.value(r.id).version + 1;
        r.modified = QDateTime::currentDateTimeUtc();
        m_resources.insert(r.id, r);
        ++m_externalCounter;
        return r;
    }
    int storedVersion(qint64 id) const override
    {
        return m_resources.contains(id) && !m_trash.contains(id) ? m_resources.value(id).version : 0;
    }
    void moveToTrash(const QList<qint64> &ids) override
    {
        requireWritable();
        for (qint64 id : ids)
            if (m_resources.contains(id))
                m_trash.insert(id);
    }
    void restoreFromTrash(const QList<qint64> &ids) override
    {
        requireWritable();
        for (qint64 id : ids)
            m_trash.remove(id);
    }
    int emptyTrash() override
    {
        requireWritable();
        const int n = int(m_trash.size());
        for (qint64 id : std::as_const(m_trash))
            m_resources.remove(id);
        m_trash.clear();
        return n;
    }
    std::optional<qint64> findResource(const QString &title, const QDate &dateStart) const override
    {
        for (const Resource &r : m_resources)
            if (!m_trash.contains(r.id) && r.title == title && r.dateStart == dateStart)
                return r.id;
        return std::nullopt;
    }
    void inTransaction(const std::function<void()> &fn) override { fn(); }

    QStringList resourceTypes() const override { return m_types; }
    void addResourceType(const QString &name) override
    {
        if (!m_types.contains(name))
            m_types.append(name);
    }
    QList<Person> people() const override { return {}; }
    QList<Organisation> organisations() const override { return {}; }
    QStringList participantRoles() const override { return {}; }
    QStringList partnerRoles() const override { return {}; }
    Person savePerson(const Person &person) override { return person; }
    Organisation saveOrganisation(const Organisation &organisation) override { return organisation; }
    void mergePeople(qint64, const QList<qint64> &) override {}
    void mergeOrganisations(qint64, const QList<qint64> &) override {}
    QList<ResourceSummary> resourcesOfPerson(qint64) const override { return {}; }
    QList<ResourceSummary> resourcesOfOrganisation(qint64) const override { return {}; }
    QString storeImage(const QByteArray &data, const QString &) override
    {
        const QString key = QString::number(qHash(data), 16);
        m_images.insert(key, data);
        return key;
    }
    QByteArray loadImage(const QString &key, QString *) const override { return m_images.value(key); }
    QString storeAttachmentData(const QByteArray &data, const QString &searchText = {}) override
    {
        requireWritable();
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        m_attachmentData.insert(sha, data);
        m_attachmentText.insert(sha, searchText);
        return sha;
    }
    QByteArray attachmentData(const QString &sha256) const override
    {
        if (!m_attachmentData.contains(sha256))
            throw LibraryError(LibraryError::Kind::NotFound, u"No attached file %1."_s.arg(sha256));
        return m_attachmentData.value(sha256);
    }
    bool hasAttachmentData(const QString &sha256) const override { return m_attachmentData.contains(sha256); }
    int purgeUnusedAttachmentData() override
    {
        QSet<QString> used;
        for (const Resource &r : std::as_const(m_resources))
            for (const Attachment &a : r.attachments)
                used.insert(a.sha256);
        int purged = 0;
        for (auto it = m_attachmentData.begin(); it != m_attachmentData.end();) {
            if (used.contains(it.key())) {
                ++it;
            } else {
                it = m_attachmentData.erase(it);
                ++purged;
            }
        }
        return purged;
    }
    QString libraryValue(const QString &key, const QString &defaultValue = {}) const override
    {
        return m_values.value(key, defaultValue);
    }
    void setLibraryValue(const QString &key, const QString &value) override { m_values.insert(key, value); }
    qint64 externalChangeCounter() const override { return m_externalCounter; }
    bool setChangeListener(ChangeListener) override { return false; }
    void setEditing(qint64, const QString &) override {}
    QList<EditingPresence> othersEditing() const override { return {}; }
    bool setPresenceListener(std::function<void()>) override { return false; }
    ServerConnection *serverConnection() override { return nullptr; }

    QList<int> eventYears() const override
    {
        QList<int> years;
        for (const Resource &r : m_resources) {
            if (!m_trash.contains(r.id) && r.dateStart.isValid() && !years.contains(r.dateStart.year()))
                years.append(r.dateStart.year());
        }
        std::sort(years.begin(), years.end(), std::greater<>());
        return years;
    }
    bool isInTrash(qint64 id) const override { return m_trash.contains(id); }

    // The revision store: the author and cause are kept; the status changes like a save
    // (conflict-checked, no history); history and revisions are not kept by this double.
    void setCurrentAuthor(const QString &author) override { m_author = author; }
    QString currentAuthor() const override { return m_author; }
    Member currentMember() const override { return localMember(m_author); }
    QList<Member> members() const override { return {currentMember()}; }
    bool hasMembers() const override { return false; }
    QString addMember(const Member &, const QString &) override { refuseMembers(); }
    void setMemberRole(const QString &, MemberRole) override { refuseMembers(); }
    void disableMember(const QString &) override { refuseMembers(); }
    [[noreturn]] void refuseMembers() const
    {
        throw LibraryError(LibraryError::Kind::Invalid, personalLibraryMembersMessage(), location());
    }

    QList<Comment> comments(qint64 resourceId) const override
    {
        QList<Comment> out;
        for (const Comment &c : m_comments) {
            if (c.resourceId == resourceId && c.parentId == 0) {
                out.append(c);
                for (const Comment &r : m_comments)
                    if (r.parentId == c.id)
                        out.append(r);
            }
        }
        return out;
    }
    int unresolvedCommentCount(qint64 resourceId) const override
    {
        return int(std::count_if(m_comments.cbegin(), m_comments.cend(), [&](const Comment &c) {
            return c.resourceId == resourceId && c.parentId == 0 && !c.resolved;
        }));
    }
    Comment addComment(const Comment &comment) override
    {
        Comment c = comment;
        c.id = ++m_nextCommentId;
        c.author = currentMember().displayName();
        c.created = QDateTime::currentDateTimeUtc();
        m_comments.append(c);
        return c;
    }
    void setCommentResolved(qint64 commentId, bool resolved) override
    {
        for (Comment &c : m_comments)
            if (c.id == commentId) {
                c.resolved = resolved;
                c.resolvedBy = resolved ? currentMember().displayName() : QString();
            }
    }
    void editComment(qint64 commentId, const QString &text) override
    {
        for (Comment &c : m_comments)
            if (c.id == commentId)
                c.text = text;
    }
    void deleteComment(qint64 commentId) override
    {
        m_comments.removeIf([&](const Comment &c) { return c.id == commentId || c.parentId == commentId; });
    }
    void updateCommentAnchors(const QList<Comment> &threads) override
    {
        for (const Comment &t : threads)
            for (Comment &c : m_comments)
                if (c.id == t.id && c.parentId == 0)
                    c.anchor = t.anchor;
    }
    void setRevisionCause(RevisionCause cause) override { m_cause = cause; }
    RevisionCause revisionCause() const override { return m_cause; }
    void changeStatus(qint64 id, Status newStatus, const QString &, const QString &, int expectedVersion) override
    {
        std::optional<Resource> resource = loadResource(id);
        if (!resource)
            throw LibraryError(LibraryError::Kind::NotFound, u"No resource %1."_s.arg(id));
        if (resource->status == newStatus && resource->version == expectedVersion)
            return;
        resource->status = newStatus;
        resource->version = expectedVersion;   // saveResource() refuses a stale version
        saveResource(*resource);
        if (newStatus != Status::InReview)
            m_reviewers.remove(id);
    }
    QList<StatusChange> statusHistory(qint64) const override { notSupported("statusHistory"); }
    // The review queue: the requested reviewer of each resource, dropped when it leaves review.
    void setRequestedReviewer(qint64 id, const QString &login) override
    {
        const std::optional<Resource> resource = loadResource(id);
        if (!resource)
            throw LibraryError(LibraryError::Kind::NotFound, u"No resource %1."_s.arg(id));
        if (resource->status != Status::InReview)
            throw LibraryError(LibraryError::Kind::Invalid, u"Resource %1 is not in review."_s.arg(id));
        m_reviewers.insert(id, login);
    }
    QString requestedReviewer(qint64 id) const override
    {
        const std::optional<Resource> resource = loadResource(id);
        return resource && resource->status == Status::InReview ? m_reviewers.value(id) : QString();
    }
    QList<RevisionInfo> revisions(qint64) const override { notSupported("revisions"); }
    std::optional<Resource> revisionSnapshot(qint64) const override { notSupported("revisionSnapshot"); }
    Resource restoreRevision(qint64, const QString &, int) override { notSupported("restoreRevision"); }
    std::optional<qint64> lastApprovedRevision(qint64) const override { notSupported("lastApprovedRevision"); }

    // Bulk insert without per-row overhead (benchmarks of the list model).
    void addMany(const QList<Resource> &resources)
    {
        for (Resource r : resources) {
            r.id = ++m_lastId;
            r.version = 1;
            m_resources.insert(r.id, r);
        }
    }

private:
    static QString fold(const QString &s)
    {
        QString d = s.normalized(QString::NormalizationForm_D);
        d.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
        return d.toCaseFolded();
    }
    [[noreturn]] static void notSupported(const char *method)
    {
        throw LibraryError(LibraryError::Kind::Invalid,
                           u"%1() is not supported by this test double (MemoryRepository keeps no "
                                          "revisions); use SqliteRepository in this test."_s
                               .arg(QLatin1String(method)));
    }
    void requireWritable() const
    {
        if (m_readOnly)
            throw LibraryError(LibraryError::Kind::ReadOnly, u"The library is read-only."_s);
    }

    QString m_location;
    bool m_readOnly = false;
    qint64 m_lastId = 0;
    qint64 m_externalCounter = 0;
    QMap<qint64, Resource> m_resources;
    QSet<qint64> m_trash;
    QStringList m_types{u"Séminaire"_s, u"Rencontre"_s, u"Formation"_s};
    QHash<QString, QByteArray> m_images;
    QHash<QString, QByteArray> m_attachmentData;
    QHash<QString, QString> m_attachmentText;
    qint64 m_lastAttachmentId = 0;

    // Gives new attachments their ids; a file must name stored content.
    void storeAttachmentRows(Resource &r)
    {
        for (Attachment &a : r.attachments) {
            if (a.isFile() && !m_attachmentData.contains(a.sha256))
                throw LibraryError(LibraryError::Kind::Invalid, u"The content of “%1” is not stored."_s.arg(a.title));
            if (a.id == 0)
                a.id = ++m_lastAttachmentId;
            m_lastAttachmentId = std::max(m_lastAttachmentId, a.id);
        }
    }
    QHash<QString, QString> m_values;
    QHash<qint64, QString> m_reviewers;
    QString m_author;
    QList<Comment> m_comments;
    qint64 m_nextCommentId = 0;
    RevisionCause m_cause = RevisionCause::Edit;
};

} // namespace Actes::Testing
