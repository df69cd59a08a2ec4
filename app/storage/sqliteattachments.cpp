// SqliteRepository: attached documents. Their content is kept once per library by its SHA-256
// (attachment_data); the attachments of a resource are rows of resource_attachment, written
// from Resource::attachments in the transaction of the resource's revision.
#include "storage/sqliterepository.h"
#include "storage/sqlitedetail.h"

#include "storage/libraryerror.h"
#include "text/searchtext.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Actes {

using namespace SqliteDetail;

namespace {

QString sha256Of(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

namespace SqliteDetail {

QString checksJson(const QStringList &checks)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(checks)).toJson(QJsonDocument::Compact));
}

QStringList checksFrom(const QVariant &value)
{
    QStringList checks;
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
    for (const QJsonValue &check : document.array()) {
        if (check.isString())
            checks.append(check.toString());
    }
    return checks;
}

} // namespace SqliteDetail

QString SqliteRepository::storeAttachmentData(const QByteArray &data, const QString &searchText)
{
    requireWritable();
    const QString sha = sha256Of(data);
    write([&] {
        SqliteStatement insert = prepare(uR"(INSERT INTO attachment_data (sha256, size, data, search_text)
            VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING)"_s);
        insert.bindValue(0, sha);
        insert.bindValue(1, qint64(data.size()));
        insert.bindValue(2, data.isNull() ? QByteArray("") : data);
        insert.bindValue(3, text(searchText));
        exec(insert);
    });
    return sha;
}

QByteArray SqliteRepository::attachmentData(const QString &sha256) const
{
    SqliteStatement query = prepare(u"SELECT data FROM attachment_data WHERE sha256 = ?"_s);
    query.bindValue(0, text(sha256.trimmed().toLower()));
    exec(query);
    if (!query.next()) {
        throw LibraryError(Kind::NotFound,
                           tr("The attached file %1 is not stored in the library %2.").arg(sha256, native(m_path)),
                           m_path);
    }
    QByteArray data = query.value(0).toByteArray();
    if (data.isNull())
        data = QByteArray("");   // an empty file is still a file
    return data;
}

bool SqliteRepository::hasAttachmentData(const QString &sha256) const
{
    SqliteStatement query = prepare(u"SELECT 1 FROM attachment_data WHERE sha256 = ?"_s);
    query.bindValue(0, text(sha256.trimmed().toLower()));
    exec(query);
    return query.next();
}

int SqliteRepository::purgeUnusedAttachmentData()
{
    requireWritable();
    int purged = 0;
    write([&] { purged = purgeUnusedAttachmentDataNow(); });
    return purged;
}

// Inside a transaction. Content is used by an attachment row (live or in the trash) or named in
// a revision's snapshot (a restored revision brings it back).
int SqliteRepository::purgeUnusedAttachmentDataNow()
{
    SqliteStatement purge = prepare(uR"(DELETE FROM attachment_data WHERE
            NOT EXISTS (SELECT 1 FROM resource_attachment a WHERE a.sha256 = attachment_data.sha256)
            AND NOT EXISTS (SELECT 1 FROM revision v WHERE instr(v.snapshot, attachment_data.sha256) > 0))"_s);
    exec(purge);
    return purge.numRowsAffected();
}

// Throws Invalid, naming the attachment, when a file attachment names content that is not
// stored or an attachment is neither a file nor a link. Called before anything is written.
void SqliteRepository::checkAttachments(const Resource &resource) const
{
    for (const Attachment &attachment : resource.attachments) {
        const QString title = attachment.title.trimmed().isEmpty() ? attachment.fileName : attachment.title;
        if (attachment.isFile() && (attachment.sha256.isEmpty() || !hasAttachmentData(attachment.sha256))) {
            throw LibraryError(Kind::Invalid,
                               tr("The content of the attached document %1 of the resource %2 is not stored in "
                                  "the library; the resource was not saved.")
                                   .arg(quoted(title), quoted(resource.title.trimmed())),
                               m_path);
        }
    }
}

void SqliteRepository::writeAttachments(qint64 resourceId, const Resource &resource, bool isNew)
{
    QSet<qint64> existing;
    if (!isNew) {
        SqliteStatement query = prepare(u"SELECT id FROM resource_attachment WHERE resource_id = ?"_s);
        query.bindValue(0, resourceId);
        exec(query);
        while (query.next())
            existing.insert(query.value(0).toLongLong());
    }
    if (existing.isEmpty() && resource.attachments.isEmpty())
        return;

    QSet<qint64> kept;
    for (const Attachment &attachment : resource.attachments) {
        if (attachment.id > 0 && existing.contains(attachment.id))
            kept.insert(attachment.id);
    }
    for (qint64 id : std::as_const(existing)) {
        if (kept.contains(id))
            continue;
        SqliteStatement remove = prepare(u"DELETE FROM resource_attachment WHERE id = ?"_s);
        remove.bindValue(0, id);
        exec(remove);
    }

    int position = 0;
    for (const Attachment &attachment : resource.attachments) {
        const bool file = attachment.isFile();
        const QVariantList values{position++,
                                  text(attachment.title.trimmed()),
                                  attachmentKindKey(attachment.kind),
                                  attachment.membersOnly ? 1 : 0,
                                  text(file ? attachment.fileName : QString()),
                                  text(file ? attachment.mimeType : QString()),
                                  file ? attachment.size : qint64(0),
                                  text(file ? attachment.sha256.toLower() : QString()),
                                  text(file ? QString() : attachment.url.trimmed())};
        if (kept.contains(attachment.id)) {
            SqliteStatement update = prepare(uR"(UPDATE resource_attachment SET position = ?, title = ?, kind = ?,
                members_only = ?, file_name = ?, mime_type = ?, size = ?, sha256 = ?, url = ? WHERE id = ?)"_s);
            for (int i = 0; i < values.size(); ++i)
                update.bindValue(i, values.at(i));
            update.bindValue(int(values.size()), attachment.id);
            exec(update);
            continue;
        }
        // A known id that is free again (a restored revision's attachment) keeps its id; an id
        // another resource holds, or none, gets a new one.
        bool keepId = false;
        if (attachment.id > 0) {
            SqliteStatement taken = prepare(u"SELECT 1 FROM resource_attachment WHERE id = ?"_s);
            taken.bindValue(0, attachment.id);
            exec(taken);
            keepId = !taken.next();
        }
        SqliteStatement insert = prepare(uR"(INSERT INTO resource_attachment (id, resource_id, position, title, kind,
                members_only, file_name, mime_type, size, sha256, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
        insert.bindValue(0, keepId ? QVariant(attachment.id) : QVariant(QMetaType::fromType<qint64>()));
        insert.bindValue(1, resourceId);
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i + 2, values.at(i));
        exec(insert);
    }
}

void SqliteRepository::readAttachments(const QString &idsJson, QHash<qint64, Resource> &byId) const
{
    SqliteStatement query = prepare(uR"(SELECT resource_id, id, title, kind, members_only, file_name, mime_type,
            size, sha256, url FROM resource_attachment
        WHERE resource_id IN (SELECT value FROM json_each(?))
        ORDER BY resource_id, position, id)"_s);
    query.bindValue(0, idsJson);
    query.setForwardOnly(true);
    exec(query);
    while (query.next()) {
        auto it = byId.find(query.value(0).toLongLong());
        if (it == byId.end())
            continue;
        Attachment attachment;
        attachment.id = query.value(1).toLongLong();
        attachment.title = query.value(2).toString();
        attachment.kind = attachmentKindFromKey(query.value(3).toString()).value_or(AttachmentKind::Other);
        attachment.membersOnly = query.value(4).toBool();
        attachment.fileName = query.value(5).toString();
        attachment.mimeType = query.value(6).toString();
        attachment.size = query.value(7).toLongLong();
        attachment.sha256 = query.value(8).toString();
        attachment.url = query.value(9).toString();
        it->attachments.append(attachment);
    }
}

// The words of the attachments for the search: their titles, then the text of their files.
QString SqliteRepository::attachmentSearchText(const Resource &resource) const
{
    if (resource.attachments.isEmpty())
        return {};
    QStringList titles;
    for (const Attachment &attachment : resource.attachments)
        titles.append(attachment.title);
    QStringList fileTexts;
    QSet<QString> seen;
    for (const Attachment &attachment : resource.attachments) {
        if (!attachment.isFile() || attachment.sha256.isEmpty() || seen.contains(attachment.sha256))
            continue;
        seen.insert(attachment.sha256);
        SqliteStatement query = prepare(u"SELECT search_text FROM attachment_data WHERE sha256 = ?"_s);
        query.bindValue(0, attachment.sha256);
        exec(query);
        if (query.next()) {
            const QString fileText = query.value(0).toString();
            if (!fileText.isEmpty())
                fileTexts.append(fileText);
        }
    }
    return SearchText::attachmentWords(titles, fileTexts);
}

} // namespace Actes
