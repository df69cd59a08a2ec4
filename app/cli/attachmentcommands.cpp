// The attachment commands of the command line: attach, attachments, detach, attachment-save.
#include "cli/commandline.h"

#include "attachments/attachmentfiles.h"
#include "cli/resourcejson.h"
#include "library/library.h"
#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

QString padded(const QString &text, qsizetype width)
{
    return text.leftJustified(width, u' ');
}

QString kindKeys()
{
    QStringList keys;
    for (AttachmentKind kind : allAttachmentKinds())
        keys.append(attachmentKindKey(kind));
    return keys.join(u", "_s);
}

// A kind by its key ("slides") or its name in the language of the messages ("Diaporama").
std::optional<AttachmentKind> kindFromText(const QString &text)
{
    const QString wanted = text.trimmed();
    if (const std::optional<AttachmentKind> kind = attachmentKindFromKey(wanted.toLower()))
        return kind;
    for (AttachmentKind kind : allAttachmentKinds()) {
        if (attachmentKindLabel(kind).compare(wanted, Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString visibilityText(const Attachment &a)
{
    return a.membersOnly ? CommandLine::tr("members only") : CommandLine::tr("public");
}

// "2.3 MB", or "link" for a link.
QString sizeColumn(const Attachment &a)
{
    return a.isLink() ? CommandLine::tr("link") : attachmentSizeText(a.size);
}

} // namespace

// The resource whose attachments a command reads or changes; nullopt (the message printed)
// when there is none.
std::optional<Resource> CommandLine::resourceForAttachments(ResourceRepository &repo, qint64 id)
{
    std::optional<Resource> r = repo.loadResource(id);
    if (!r)
        m_err << "actes: " << tr("there is no resource %1 in %2.").arg(id).arg(repo.location()) << '\n';
    return r;
}

qint64 CommandLine::parseAttachmentId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError{tr("'%1' is not an attachment id (see `actes attachments ID`).").arg(text)};
    return id;
}

int CommandLine::attach(const QStringList &arguments)
{
    QStringList args = arguments;
    const std::optional<QString> title = takeValue(args, u"--title"_s);
    const std::optional<QString> kindText = takeValue(args, u"--kind"_s);
    const std::optional<QString> link = takeValue(args, u"--link"_s);
    const bool membersOnly = takeFlags(args, {u"--members-only"_s}).contains(u"--members-only"_s);
    if (args.isEmpty())
        throw UsageError{tr("attach needs a resource id, then files or --link URL --title TEXT.")};
    const qint64 id = parseId(args.takeFirst());
    if (link && !args.isEmpty())
        throw UsageError{tr("attach takes files or one --link, not both.")};
    if (!link && args.isEmpty())
        throw UsageError{tr("attach needs the files to attach after the resource id, or --link URL --title TEXT.")};
    if (link && (!title || title->trimmed().isEmpty()))
        throw UsageError{tr("--link needs --title with the title of the link.")};
    if (title && title->trimmed().isEmpty())
        throw UsageError{tr("--title needs a title.")};
    if (title && args.size() > 1)
        throw UsageError{tr("--title goes with a single file; attach the files one by one to give each its title.")};

    std::optional<AttachmentKind> kind;
    if (kindText) {
        kind = kindFromText(*kindText);
        if (!kind) {
            m_err << "actes: "
                  << tr("'%1' is not a kind of attachment; use one of: %2. Nothing was attached.")
                         .arg(*kindText, kindKeys())
                  << '\n';
            return 1;
        }
    }

    auto repo = openLibrary();
    repo->setCurrentAuthor(authorName());
    const std::optional<Resource> loaded = resourceForAttachments(*repo, id);
    if (!loaded)
        return 1;
    Library library;
    library.setPollInterval(0);
    library.setRepository(repo.get());

    const auto newOnes = [](const Resource &before, const Resource &after) {
        QList<Attachment> added;
        for (const Attachment &a : after.attachments) {
            if (std::none_of(before.attachments.cbegin(), before.attachments.cend(),
                             [&a](const Attachment &old) { return old.id == a.id; }))
                added.append(a);
        }
        return added;
    };
    const Resource &before = *loaded;
    Resource stored;
    if (link) {
        const QString linkTitle = title->trimmed();
        stored = library.attachLink(
            id, AttachmentFiles::makeLink(*link, linkTitle, kind.value_or(AttachmentFiles::guessKind(linkTitle, *link)),
                                          membersOnly));
    } else {
        AttachmentOptions options;
        options.title = title.value_or(QString());
        options.kind = kind;
        options.membersOnly = membersOnly;
        stored = library.attachFiles(id, args, options);
    }
    for (const Attachment &a : newOnes(before, stored)) {
        m_out << tr("Attachment %1 added to resource %2: “%3” (%4, %5, %6).", "id, resource, title (kind, visibility, size)")
                     .arg(a.id)
                     .arg(id)
                     .arg(a.title, attachmentKindLabel(a.kind).toLower(), visibilityText(a), sizeColumn(a))
              << '\n';
    }
    return 0;
}

int CommandLine::attachments(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool json = takeFlags(args, {u"--json"_s}).contains(u"--json"_s);
    if (args.size() != 1)
        throw UsageError{tr("attachments needs one resource id.")};
    const qint64 id = parseId(args.first());

    auto repo = openLibrary();
    const std::optional<Resource> r = resourceForAttachments(*repo, id);
    if (!r)
        return 1;
    if (json) {
        QJsonArray array;
        for (const Attachment &a : r->attachments)
            array.append(attachmentToJson(a));
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (r->attachments.isEmpty()) {
        m_out << tr("No attachment on resource %1.").arg(id) << '\n';
        return 0;
    }
    const QString idHeader = tr("ID"), kindHeader = tr("Kind"), visibilityHeader = tr("Visibility"),
                  sizeHeader = tr("Size"), titleHeader = tr("Title"), sourceHeader = tr("File or address");
    qsizetype idW = idHeader.size(), kindW = kindHeader.size(), visibilityW = visibilityHeader.size(),
              sizeW = sizeHeader.size(), titleW = titleHeader.size();
    for (const Attachment &a : r->attachments) {
        idW = std::max(idW, QString::number(a.id).size());
        kindW = std::max(kindW, attachmentKindLabel(a.kind).size());
        visibilityW = std::max(visibilityW, visibilityText(a).size());
        sizeW = std::max(sizeW, sizeColumn(a).size());
        titleW = std::max(titleW, std::min<qsizetype>(a.title.size(), 40));
    }
    const QString sep = u"  "_s;
    m_out << padded(idHeader, idW) << sep << padded(kindHeader, kindW) << sep << padded(visibilityHeader, visibilityW)
          << sep << padded(sizeHeader, sizeW) << sep << padded(titleHeader, titleW) << sep << sourceHeader << '\n';
    for (const Attachment &a : r->attachments) {
        m_out << QString::number(a.id).rightJustified(idW) << sep << padded(attachmentKindLabel(a.kind), kindW) << sep
              << padded(visibilityText(a), visibilityW) << sep << sizeColumn(a).rightJustified(sizeW) << sep
              << padded(a.title, titleW) << sep << (a.isLink() ? a.url : a.fileName) << '\n';
    }
    m_out << tr("%n attachment(s).", nullptr, int(r->attachments.size())) << '\n';
    return 0;
}

int CommandLine::detach(const QStringList &arguments)
{
    QStringList args = arguments;
    takeFlags(args, {});
    if (args.size() != 2)
        throw UsageError{tr("detach needs a resource id and an attachment id.")};
    const qint64 id = parseId(args.at(0));
    const qint64 attachmentId = parseAttachmentId(args.at(1));

    auto repo = openLibrary();
    repo->setCurrentAuthor(authorName());
    const std::optional<Resource> r = resourceForAttachments(*repo, id);
    if (!r)
        return 1;
    const auto it = std::find_if(r->attachments.cbegin(), r->attachments.cend(),
                                 [attachmentId](const Attachment &a) { return a.id == attachmentId; });
    if (it == r->attachments.cend()) {
        m_err << "actes: " << tr("there is no attachment %1 on resource %2.").arg(attachmentId).arg(id) << '\n';
        return 1;
    }
    const QString title = it->title;
    Library library;
    library.setPollInterval(0);
    library.setRepository(repo.get());
    library.detach(id, attachmentId);
    m_out << tr("Attachment %1 “%2” removed from resource %3 (its earlier revisions keep it).")
                 .arg(attachmentId)
                 .arg(title)
                 .arg(id)
          << '\n';
    return 0;
}

int CommandLine::attachmentSave(const QStringList &arguments)
{
    QStringList args = arguments;
    const std::optional<QString> out = takeValue(args, u"--out"_s);
    takeFlags(args, {});
    if (args.size() != 2)
        throw UsageError{tr("attachment-save needs a resource id and an attachment id.")};
    if (!out || out->isEmpty())
        throw UsageError{tr("attachment-save needs --out FILE, the file to write.")};
    const qint64 id = parseId(args.at(0));
    const qint64 attachmentId = parseAttachmentId(args.at(1));

    auto repo = openLibrary();
    const std::optional<Resource> r = resourceForAttachments(*repo, id);
    if (!r)
        return 1;
    const auto it = std::find_if(r->attachments.cbegin(), r->attachments.cend(),
                                 [attachmentId](const Attachment &a) { return a.id == attachmentId; });
    if (it == r->attachments.cend()) {
        m_err << "actes: " << tr("there is no attachment %1 on resource %2.").arg(attachmentId).arg(id) << '\n';
        return 1;
    }
    AttachmentFiles::saveCopy(*repo, *it, *out);
    m_out << tr("“%1” saved to %2 (%3).").arg(it->title, QDir::toNativeSeparators(*out), attachmentSizeText(it->size))
          << '\n';
    return 0;
}

} // namespace Actes
