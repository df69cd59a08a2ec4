#include "export/siteexport.h"

#include "domain/appinfo.h"
#include "domain/publicity.h"
#include "export/proceedingsdates.h"
#include "export/siteexportfolder.h"
#include "review/checks.h"
#include "storage/libraryerror.h"
#include "storage/localfiles.h"
#include "storage/resourcerepository.h"
#include "text/cleanhtml.h"
#include "text/htmlsanitizer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

constexpr int kSlugMax = 80;
const QLatin1String kManifest("index.json");
const QLatin1String kImagesDir("images");
const QLatin1String kFilesDir("files");
constexpr int kFileStemMax = 60;
const QLatin1String kGenerator("Actes");

QString asciiFor(QChar c)
{
    switch (c.unicode()) {
    case 0x0153: return u"oe"_s;   // œ
    case 0x0152: return u"OE"_s;   // Œ
    case 0x00E6: return u"ae"_s;   // æ
    case 0x00C6: return u"AE"_s;   // Æ
    case 0x00DF: return u"ss"_s;   // ß
    case 0x00F8: return u"o"_s;    // ø
    case 0x00D8: return u"O"_s;
    case 0x0111: return u"d"_s;    // đ
    case 0x0110: return u"D"_s;
    case 0x0142: return u"l"_s;    // ł
    case 0x0141: return u"L"_s;
    case 0x00FE: return u"th"_s;   // þ
    case 0x00F0: return u"d"_s;    // ð
    default: break;
    }
    // Combining accents (titles in decomposed form) vanish; letters with diacritics become the
    // base letter of their compatibility decomposition; anything else separates words.
    if (c.isMark())
        return {};
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
    QString out;
    for (QChar d : decomposed)
        if (d.unicode() < 0x80)
            out += d;
    return out.isEmpty() ? u" "_s : out;
}

bool isWindowsReserved(const QString &stem)
{
    static const QRegularExpression reserved(u"^(con|prn|aux|nul|com[0-9]|lpt[0-9])$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    return reserved.match(stem).hasMatch();
}

QString hexSha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QJsonValue jsonDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// Decodes what the clean HTML writer puts in attribute values.
QString decodeAttribute(QString value)
{
    value.replace(u"&quot;"_s, u"\""_s);
    value.replace(u"&lt;"_s, u"<"_s);
    value.replace(u"&gt;"_s, u">"_s);
    value.replace(u"&amp;"_s, u"&"_s);
    return value;
}

QString attribute(const QString &attributes, const QString &name)
{
    const QRegularExpression re(u"\\s%1\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"_s
                                    .arg(QRegularExpression::escape(name)),
                                QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(attributes);
    if (!m.hasMatch())
        return {};
    for (int i = 1; i <= 3; ++i)
        if (m.capturedStart(i) >= 0)
            return decodeAttribute(m.captured(i));
    return {};
}

QString extensionFor(const QByteArray &data, const QString &mimeType)
{
    QMimeDatabase db;
    QMimeType mime = db.mimeTypeForName(mimeType);
    if (!mime.isValid() || !mime.name().startsWith(u"image/"))
        mime = db.mimeTypeForData(data);
    const QString name = mime.name();
    if (name == u"image/jpeg")
        return u"jpg"_s;
    if (name == u"image/png")
        return u"png"_s;
    if (name == u"image/gif")
        return u"gif"_s;
    if (name == u"image/webp")
        return u"webp"_s;
    if (name == u"image/bmp")
        return u"bmp"_s;
    return {};   // not an image a website takes as is (SVG, unknown bytes)
}

// An extension as file names on a website have it: ASCII letters and digits only, lowercase
// ("PDF" -> "pdf"); empty for anything else.
QString safeExtension(const QString &suffix)
{
    if (suffix.isEmpty() || suffix.size() > 10)
        return {};
    for (QChar c : suffix)
        if (c.unicode() >= 0x80 || !c.isLetterOrNumber())
            return {};
    return suffix.toLower();
}

// The last part of a file name (no folder), split into its stem and its safe extension.
std::pair<QString, QString> stemAndExtension(const QString &fileName)
{
    const qsizetype separator = std::max(fileName.lastIndexOf(u'/'), fileName.lastIndexOf(u'\\'));
    const QString name = fileName.mid(separator + 1);
    const qsizetype dot = name.lastIndexOf(u'.');
    const QString ext = dot > 0 ? safeExtension(name.mid(dot + 1)) : QString();
    return {ext.isEmpty() ? name : name.left(dot), ext};
}

QString fileSuffix(const Attachment &a)
{
    QString ext = stemAndExtension(a.fileName).second;
    if (ext.isEmpty() && !a.mimeType.isEmpty()) {
        const QMimeType mime = QMimeDatabase().mimeTypeForName(a.mimeType);
        if (mime.isValid())
            ext = safeExtension(mime.preferredSuffix());
    }
    return ext;
}

// The kind's name in the language of the export (the labels of domain/attachment.cpp).
QString kindLabel(AttachmentKind kind, const DocumentLanguage &language)
{
    switch (kind) {
    case AttachmentKind::Programme: return language.translate("Actes::Attachment", "Programme");
    case AttachmentKind::Slides: return language.translate("Actes::Attachment", "Slides");
    case AttachmentKind::Proceedings: return language.translate("Actes::Attachment", "Proceedings");
    case AttachmentKind::Study: return language.translate("Actes::Attachment", "Study");
    case AttachmentKind::Photos: return language.translate("Actes::Attachment", "Photos");
    case AttachmentKind::Video: return language.translate("Actes::Attachment", "Video");
    case AttachmentKind::Other: break;
    }
    return language.translate("Actes::Attachment", "Other document");
}

} // namespace

QStringList SiteExporter::libraryNames(const ResourceRepository &repository)
{
    QStringList names;
    try {
        for (const Member &m : repository.members())
            names << m.name << m.login;
    } catch (const LibraryError &) {
        // A library that cannot list its members: its author below is still kept out.
    }
    names << repository.currentAuthor();
    names.removeAll(QString());
    return names;
}

QString SiteExporter::attachmentFileName(const QString &pageSlug, const Attachment &a, const QStringList &privateNames)
{
    QSet<QString> privateWords;
    for (const QString &name : privateNames) {
        for (const QString &word : slugFor(name, u"-"_s).split(u'-', Qt::SkipEmptyParts))
            if (word.size() >= 2)
                privateWords.insert(word);
    }
    const QString stem = stemAndExtension(a.fileName).first;
    QStringList words;
    qsizetype length = 0;
    for (const QString &word : slugFor(stem, u"-"_s).split(u'-', Qt::SkipEmptyParts)) {
        if (privateWords.contains(word))
            continue;
        if (length + word.size() > kFileStemMax)
            break;
        words.append(word);
        length += word.size() + 1;
    }
    if (words.isEmpty())
        words.append(attachmentKindKey(a.kind));   // "slides", "programme", "other"
    const QString ext = fileSuffix(a);
    return pageSlug + u'-' + words.join(u'-') + (ext.isEmpty() ? QString() : u'.' + ext);
}

QString SiteExporter::attachmentsHtml(const QList<Attachment> &attachments,
                                      const std::function<QString(const Attachment &)> &pathFor,
                                      const DocumentLanguage &language)
{
    QStringList items;
    for (const Attachment &a : attachments) {
        const QString title = (a.title.trimmed().isEmpty() ? kindLabel(a.kind, language) : a.title.simplified())
                                  .toHtmlEscaped();
        if (a.isLink()) {
            if (!isPublishableLink(a.url))
                continue;
            const QString url = a.url.trimmed().toHtmlEscaped();
            items.append(u"<li><a href=\"%1\">%2</a> \u2014 %1</li>"_s.arg(url, title));
            continue;
        }
        const QString path = pathFor ? pathFor(a) : QString();
        if (path.isEmpty())
            continue;
        const QString type = fileSuffix(a).toUpper();
        const QString size = attachmentSizeText(a.size, language.code());
        items.append(u"<li><a href=\"%1\">%2</a> \u2014 %3</li>"_s.arg(
            path.toHtmlEscaped(), title, (type.isEmpty() ? size : type + u", "_s + size).toHtmlEscaped()));
    }
    if (items.isEmpty())
        return {};
    return u"<h2>%1</h2>\n<ul>\n%2\n</ul>"_s.arg(
        language.translate("Actes::SiteExporter", "Documents").toHtmlEscaped(), items.join(u'\n'));
}

SiteExporter::SiteExporter(SiteExportOptions options)
    : m_options(std::move(options))
{
}

std::optional<SiteExportLeftOut> SiteExporter::leftOutReason(const Resource &r)
{
    const QString title = r.title.trimmed().isEmpty() ? tr("(untitled, number %1)").arg(r.id) : r.title;
    switch (publicity(r)) {
    case Publicity::Public:
        break;
    case Publicity::Private:
        return SiteExportLeftOut{r.id, r.title, SiteExportLeftOut::Reason::Private,
                                 tr("“%1” was left out: it is private.").arg(title)};
    case Publicity::Unconfirmed:
        return SiteExportLeftOut{r.id, r.title, SiteExportLeftOut::Reason::PrivacyNotConfirmed,
                                 tr("“%1” was left out: privacy not confirmed (it is treated as private until "
                                    "someone confirms it).")
                                     .arg(title)};
    }
    if (r.status != Status::Approved && r.status != Status::Published) {
        return SiteExportLeftOut{r.id, r.title, SiteExportLeftOut::Reason::NotApproved,
                                 tr("“%1” was left out: it is not approved or published (status: %2).")
                                     .arg(title, statusLabel(r.status))};
    }
    return std::nullopt;
}

QString SiteExporter::slugFor(const QString &title, const QString &fallback)
{
    QString ascii;
    ascii.reserve(title.size());
    for (QChar c : title)
        ascii += asciiFor(c);
    QString slug;
    bool pendingHyphen = false;
    for (QChar c : ascii.toLower()) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            if (pendingHyphen && !slug.isEmpty())
                slug += u'-';
            pendingHyphen = false;
            slug += c;
        } else {
            pendingHyphen = true;
        }
    }
    if (slug.size() > kSlugMax) {
        qsizetype cut = slug.lastIndexOf(u'-', kSlugMax);
        if (cut < kSlugMax / 2)
            cut = kSlugMax;
        slug.truncate(cut);
        while (slug.endsWith(u'-'))
            slug.chop(1);
    }
    if (slug.isEmpty())
        slug = fallback.isEmpty() ? u"resource"_s : fallback;
    if (isWindowsReserved(slug))
        slug += u"-page"_s;
    return slug;
}

QString SiteExporter::websiteHtml(const QString &storedHtml,
                                  const std::function<QString(const QString &, const QString &)> &resolveImage)
{
    // First the full sanitizer again (whatever is stored), then the website subset.
    SanitizeOptions options;
    options.remoteImages = SanitizeOptions::RemoteImages::Drop;
    const QString clean = HtmlSanitizer::sanitize(storedHtml, options).html;

    static const QSet<QString> plainBlocks{
        u"p"_s, u"h2"_s, u"h3"_s, u"h4"_s,
        u"ul"_s, u"ol"_s, u"li"_s, u"blockquote"_s,
        u"table"_s, u"thead"_s, u"tbody"_s, u"tr"_s};
    static const QSet<QString> cells{u"td"_s, u"th"_s};
    static const QSet<QString> inlineTags{u"strong"_s, u"em"_s, u"a"_s,
                                          u"u"_s, u"s"_s, u"b"_s,
                                          u"i"_s, u"span"_s};
    static const QRegularExpression tagRe(u"<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\\s[^>]*)?)/?>"_s);
    static const QRegularExpression number(u"^[1-9][0-9]{0,2}$"_s);

    struct Open
    {
        QString name;
        QString startTag;   // as written; empty when the element is dropped (text kept)
    };
    QList<Open> stack;
    QString out;
    out.reserve(clean.size());

    qsizetype pos = 0;
    for (auto it = tagRe.globalMatch(clean); it.hasNext();) {
        const auto m = it.next();
        // Text between tags is already escaped by the clean HTML writer; '<' cannot occur.
        out += QStringView(clean).mid(pos, m.capturedStart() - pos);
        pos = m.capturedEnd();
        const bool closing = !m.captured(1).isEmpty();
        const QString name = m.captured(2).toLower();
        const QString attrs = m.captured(3);

        if (closing) {
            for (qsizetype i = stack.size() - 1; i >= 0; --i) {
                if (stack.at(i).name != name)
                    continue;
                while (stack.size() > i) {
                    const Open top = stack.takeLast();
                    if (!top.startTag.isEmpty())
                        out += u"</%1>"_s.arg(top.name);
                }
                break;
            }
            continue;
        }

        if (name == u"br") {
            // In a paragraph, a line break splits it; elsewhere (list items, cells, headings)
            // it becomes a space.
            qsizetype block = stack.size() - 1;
            while (block >= 0 && inlineTags.contains(stack.at(block).name))
                --block;
            if (block >= 0 && stack.at(block).name == u"p") {
                for (qsizetype i = stack.size() - 1; i > block; --i)
                    if (!stack.at(i).startTag.isEmpty())
                        out += u"</%1>"_s.arg(stack.at(i).name);
                out += u"</p>\n<p>"_s;
                for (qsizetype i = block + 1; i < stack.size(); ++i)
                    out += stack.at(i).startTag;
            } else {
                out += u' ';
            }
            continue;
        }
        if (name == u"img") {
            const QString src = attribute(attrs, u"src"_s);
            const QString alt = attribute(attrs, u"alt"_s);
            const std::optional<QString> key = imageKeyOf(src);
            if (key && resolveImage) {
                const QString path = resolveImage(*key, alt);
                if (!path.isEmpty())
                    out += u"<img src=\"%1\" alt=\"%2\">"_s.arg(path.toHtmlEscaped(), alt.toHtmlEscaped());
            }
            continue;
        }

        QString startTag;
        if (plainBlocks.contains(name) || name == u"strong" || name == u"em") {
            startTag = u"<%1>"_s.arg(name);
        } else if (cells.contains(name)) {
            startTag = u'<' + name;
            for (const QString &span : {u"colspan"_s, u"rowspan"_s}) {
                const QString value = attribute(attrs, span);
                if (number.match(value).hasMatch() && value != u"1")
                    startTag += u" %1=\"%2\""_s.arg(span, value);
            }
            startTag += u'>';
        } else if (name == u"a") {
            const QString href = attribute(attrs, u"href"_s).trimmed();
            if (isPublishableLink(href))
                startTag = u"<a href=\"%1\">"_s.arg(href.toHtmlEscaped());
        }
        stack.append({name, startTag});
        out += startTag;
    }
    out += QStringView(clean).mid(pos);
    while (!stack.isEmpty()) {
        const Open top = stack.takeLast();
        if (!top.startTag.isEmpty())
            out += u"</%1>"_s.arg(top.name);
    }

    // Spaces left at the edge of a block by a dropped element, then paragraphs left empty by a
    // split (two line breaks in a row) or a dropped image.
    static const QRegularExpression spaceBeforeEnd(u" +(</(?:p|h[2-4]|li|td|th)>)"_s);
    static const QRegularExpression spaceAfterStart(u"(<(?:p|h[2-4]|li)>) +"_s);
    out.replace(spaceBeforeEnd, u"\\1"_s);
    out.replace(spaceAfterStart, u"\\1"_s);
    static const QRegularExpression emptyParagraph(u"<p>(?:\\s|</?(?:strong|em)>)*</p>\\n?"_s);
    out.remove(emptyParagraph);
    return out.trimmed();
}

namespace {

// One run of SiteExporter::exportTo(), in its steps: check the destination, write each resource
// and its images into a temporary folder beside it, write the manifest, move the folder into
// place. A step that fails returns the message; nothing is then left at the destination.
class ExportRun
{
    Q_DECLARE_TR_FUNCTIONS(Actes::SiteExporter)
public:
    ExportRun(const SiteExportOptions &options, SiteExportResult &result) : m_options(options), m_result(result) {}

    // The error message; empty when the export is in place.
    QString run(const QList<Resource> &kept, const QString &outDir)
    {
        if (outDir.trimmed().isEmpty())
            return tr("No folder was given for the website export.");
        const QFileInfo target(QDir::cleanPath(QFileInfo(outDir).absoluteFilePath()));
        m_targetPath = target.absoluteFilePath();
        m_parentPath = target.absolutePath();
        if (QString error = checkDestination(target); !error.isEmpty())
            return error;
        if (!QDir().mkpath(m_parentPath))
            return tr("The folder %1 cannot be created; the website export was not written.").arg(m_parentPath);
        QTemporaryDir temp(QDir(m_parentPath).filePath(u".actes-site-XXXXXX"_s));
        if (!temp.isValid()) {
            return tr("A temporary folder cannot be created in %1 (%2); the website export was not written.")
                .arg(m_parentPath, temp.errorString());
        }
        m_tempDir = QDir(temp.path());

        QJsonArray manifestResources;
        for (const Resource &r : kept) {
            const std::optional<QJsonObject> entry = writeResource(r);
            if (!entry)
                break;
            manifestResources.append(*entry);
        }
        if (!m_writeError.isEmpty() || !writeManifest(manifestResources))
            return m_writeError;
        m_fileCount = int(m_files.size());
        if (QString error = moveIntoPlace(temp, target.exists()); !error.isEmpty())
            return error;
        return {};
    }

    int fileCount() const { return m_fileCount; }

private:
    struct WrittenFile
    {
        QString path;
        QString sha256;
        qint64 size = 0;
    };

    // An existing destination is replaced only when it is empty or an earlier Actes export
    // holding only the files Actes wrote there.
    QString checkDestination(const QFileInfo &target) const
    {
        if (target.exists() && !target.isDir())
            return tr("%1 is a file, not a folder; the website export was not written.").arg(m_targetPath);
        const SiteExportFolder existing = SiteExportFolder::inspect(m_targetPath);
        if (existing.exists && !existing.empty && !existing.earlierExport) {
            return tr("The folder %1 is not empty and is not an earlier website export of Actes; choose a new or "
                      "empty folder.")
                .arg(m_targetPath);
        }
        if (!existing.foreign.isEmpty()) {
            // Replacing the folder would delete them: refused, nothing is touched.
            const qsizetype shown = std::min<qsizetype>(existing.foreign.size(), 5);
            QString names = existing.foreign.mid(0, shown).join(u", "_s);
            if (existing.foreign.size() > shown)
                names += tr(", and %n more", nullptr, int(existing.foreign.size() - shown));
            return tr("The folder %1 holds %n file(s) that Actes did not write there or that were changed since its "
                      "last export: %2. Move them elsewhere (or choose another folder); the website export was not "
                      "written.",
                      nullptr, int(existing.foreign.size()))
                .arg(m_targetPath, names);
        }
        return {};
    }

    // Writes one file into the temporary folder, synced; false (and m_writeError set) on failure.
    bool writeFile(const QString &relative, const QByteArray &data)
    {
        if (!m_writeError.isEmpty())
            return false;
        QFile f(m_tempDir.filePath(relative));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size() || !f.flush()
            || !LocalFiles::syncToDisk(f.handle())) {
            m_writeError = tr("%1 cannot be written (%2); the website export was not written.")
                               .arg(QDir(m_targetPath).filePath(relative), f.errorString());
            return false;
        }
        f.close();
        m_files.append({relative, hexSha256(data), data.size()});
        return true;
    }

    QString uniqueSlug(const Resource &r)
    {
        const QString base = SiteExporter::slugFor(r.title, u"resource-%1"_s.arg(r.id));
        QString slug = base;
        for (int n = 2; m_usedSlugs.contains(slug); ++n)
            slug = u"%1-%2"_s.arg(base).arg(n);
        m_usedSlugs.insert(slug);
        return slug;
    }

    // Writes the body and images of r; its manifest entry, or nothing when a write failed.
    std::optional<QJsonObject> writeResource(const Resource &r)
    {
        const QString slug = uniqueSlug(r);
        SiteExportWritten written{r.id, r.title, slug + u".html"_s, {}};
        QHash<QString, QString> imagePaths;   // key -> relative path ("" = unavailable)
        QJsonArray images;
        const auto resolveImage = [&](const QString &key, const QString &alt) -> QString {
            if (auto it = imagePaths.constFind(key); it != imagePaths.cend())
                return *it;
            const QString relative = writeImage(r, key, alt, slug, written, images);
            imagePaths.insert(key, relative);
            return relative;
        };

        const QString summary = SiteExporter::websiteHtml(r.summaryHtml, resolveImage);
        QString body = SiteExporter::websiteHtml(r.bodyHtml, resolveImage);
        QJsonArray attachments;
        const QString documents = writeAttachments(r, slug, written, attachments);
        if (!m_writeError.isEmpty())
            return std::nullopt;
        if (!documents.isEmpty())
            body += u"\n"_s + documents;
        if (!writeFile(written.bodyFile, (body + u'\n').toUtf8()))
            return std::nullopt;
        const QString bodySha = m_files.constLast().sha256;
        m_result.written.append(written);
        QJsonObject entry = manifestEntry(r, slug, summary, written.bodyFile, bodySha, images);
        entry.insert(u"attachments"_s, attachments);
        return entry;
    }

    // Writes the public attached files of r into files/ and fills their manifest entries; the
    // list that ends its page. Members-only attachments, and files the library cannot give,
    // are left out: only the report names them.
    QString writeAttachments(const Resource &r, const QString &slug, SiteExportWritten &written,
                             QJsonArray &manifest)
    {
        const QString resourceTitle = r.title.trimmed().isEmpty() ? tr("(untitled, number %1)").arg(r.id) : r.title;
        QHash<qsizetype, QString> paths;   // index in r.attachments -> relative path
        QList<Attachment> listed;
        for (qsizetype i = 0; i < r.attachments.size(); ++i) {
            const Attachment &a = r.attachments.at(i);
            const QString title = a.title.trimmed().isEmpty() ? attachmentKindLabel(a.kind) : a.title;
            if (a.membersOnly) {
                m_result.leftOutAttachments.append(
                    {r.id, r.title, a.title, true,
                     tr("“%1”, attached to “%2”, was left out: it is for members only.").arg(title, resourceTitle)});
                continue;
            }
            if (a.isLink()) {
                if (!isPublishableLink(a.url)) {
                    m_result.warnings.append(tr("The link “%1” attached to “%2” is not a web address; it was left out.")
                                                 .arg(title, resourceTitle));
                    continue;
                }
                listed.append(a);
                ++written.linkCount;
                manifest.append(QJsonObject{{u"title"_s, a.title},
                                            {u"kind"_s, attachmentKindKey(a.kind)},
                                            {u"url"_s, a.url.trimmed()}});
                continue;
            }
            const QByteArray data = m_options.attachmentLoader && !a.sha256.isEmpty()
                ? m_options.attachmentLoader(a.sha256) : QByteArray();
            if ((data.isEmpty() && a.size != 0) || a.sha256.isEmpty() || hexSha256(data) != a.sha256) {
                m_result.leftOutAttachments.append(
                    {r.id, r.title, a.title, false,
                     tr("“%1”, attached to “%2”, was left out: its file is missing from the library.")
                         .arg(title, resourceTitle)});
                continue;
            }
            if (!m_tempDir.exists(kFilesDir))
                m_tempDir.mkdir(kFilesDir);
            const QString relative = kFilesDir + u'/' + uniqueFileName(SiteExporter::attachmentFileName(
                                                               slug, a, m_options.privateNames));
            if (!writeFile(relative, data))
                return {};
            written.attachmentFiles.append(relative);
            Attachment shown = a;
            shown.size = data.size();
            paths.insert(listed.size(), relative);
            listed.append(shown);
            manifest.append(QJsonObject{{u"title"_s, a.title},
                                        {u"kind"_s, attachmentKindKey(a.kind)},
                                        {u"path"_s, relative},
                                        {u"type"_s, a.mimeType},
                                        {u"size"_s, data.size()},
                                        {u"sha256"_s, m_files.constLast().sha256}});
        }
        // attachmentsHtml() goes through `listed` itself: its items are found by their place.
        const Attachment *first = listed.constData();
        return SiteExporter::attachmentsHtml(
            listed, [&](const Attachment &a) { return paths.value(&a - first); }, m_options.language);
    }

    // name, or name-2.ext, name-3.ext... when another file of the export has it.
    QString uniqueFileName(const QString &name)
    {
        const qsizetype dot = name.lastIndexOf(u'.');
        const QString stem = dot > 0 ? name.left(dot) : name;
        const QString ext = dot > 0 ? name.mid(dot) : QString();
        QString candidate = name;
        for (int n = 2; m_usedFileNames.contains(candidate); ++n)
            candidate = u"%1-%2%3"_s.arg(stem).arg(n).arg(ext);
        m_usedFileNames.insert(candidate);
        return candidate;
    }

    // Writes an image of r; its relative path, or empty when it is left out (with a warning).
    QString writeImage(const Resource &r, const QString &key, const QString &alt, const QString &slug,
                       SiteExportWritten &written, QJsonArray &images)
    {
        QString mimeType;
        const QByteArray data = m_options.imageLoader ? m_options.imageLoader(key, &mimeType) : QByteArray();
        const QString ext = data.isEmpty() ? QString() : extensionFor(data, mimeType);
        if (ext.isEmpty()) {
            m_result.warnings.append(
                data.isEmpty()
                    ? tr("An image of “%1” is missing from the library (%2); it was left out.").arg(r.title, key)
                    : tr("An image of “%1” is not in a format websites take (%2); it was left out.").arg(r.title, key));
            return {};
        }
        if (!m_tempDir.exists(kImagesDir))
            m_tempDir.mkdir(kImagesDir);
        const QString relative = u"%1/%2-%3.%4"_s.arg(kImagesDir, slug).arg(written.imageFiles.size() + 1).arg(ext);
        if (!writeFile(relative, data))
            return {};
        written.imageFiles.append(relative);
        images.append(QJsonObject{{u"file"_s, relative}, {u"alt"_s, alt}, {u"sha256"_s, m_files.constLast().sha256}});
        return relative;
    }

    QJsonObject manifestEntry(const Resource &r, const QString &slug, const QString &summary, const QString &bodyFile,
                              const QString &bodySha, const QJsonArray &images) const
    {
        QJsonArray participants;
        for (const Participant &p : r.participants) {
            if (p.name.trimmed().isEmpty())
                continue;
            participants.append(QJsonObject{{u"name"_s, p.name},
                                            {u"function"_s, p.function},
                                            {u"organisation"_s, p.organisation},
                                            {u"role"_s, p.role}});
        }
        QJsonArray partners;
        for (const Partner &p : r.partners) {
            if (p.name.trimmed().isEmpty())
                continue;
            partners.append(QJsonObject{{u"name"_s, p.name}, {u"role"_s, p.role}});
        }
        int revision = m_options.revisionNumber ? m_options.revisionNumber(r) : 0;
        if (revision <= 0)
            revision = r.version;
        return QJsonObject{
            {u"id"_s, r.id},
            {u"slug"_s, slug},
            {u"title"_s, r.title},
            {u"type"_s, r.type},
            {u"status"_s, statusKey(r.status)},
            {u"revision"_s, revision},
            {u"version"_s, r.version},
            {u"modified"_s, r.modified.isValid() ? QJsonValue(r.modified.toUTC().toString(Qt::ISODate))
                                                 : QJsonValue(QJsonValue::Null)},
            {u"date_start"_s, jsonDate(r.dateStart)},
            {u"date_end"_s, jsonDate(r.dateEnd.isValid() ? r.dateEnd : r.dateStart)},
            {u"date_text"_s, r.dateStart.isValid()
                                 ? QJsonValue(ProceedingsDates::formatDateRange(r.dateStart, r.dateEnd,
                                                                                m_options.language.code()))
                                 : QJsonValue(QJsonValue::Null)},
            {u"place"_s, r.place},
            {u"attendance"_s, r.attendance ? QJsonValue(*r.attendance) : QJsonValue(QJsonValue::Null)},
            {u"summary_html"_s, summary},
            {u"body_file"_s, bodyFile},
            {u"body_sha256"_s, bodySha},
            {u"images"_s, images},
            {u"participants"_s, participants},
            {u"partners"_s, partners},
        };
    }

    bool writeManifest(const QJsonArray &manifestResources)
    {
        QJsonArray fileList;
        for (const WrittenFile &f : std::as_const(m_files))
            fileList.append(QJsonObject{{u"path"_s, f.path}, {u"sha256"_s, f.sha256}, {u"size"_s, f.size}});
        const QJsonObject manifest{
            {u"generator"_s, u"%1 %2"_s.arg(kGenerator, applicationVersion())},
            {u"format"_s, 1},
            {u"language"_s, m_options.language.code()},
            {u"exported_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {u"resources"_s, manifestResources},
            {u"files"_s, fileList},
        };
        return writeFile(kManifest, QJsonDocument(manifest).toJson(QJsonDocument::Indented));
    }

    // Syncs the temporary folder, moves the earlier export aside, moves the new one in, then
    // removes the earlier one.
    QString moveIntoPlace(QTemporaryDir &temp, bool targetExists)
    {
        // On the disk before it replaces anything: the files (synced as written), then their folders.
        if ((m_tempDir.exists(kImagesDir) && !LocalFiles::syncToDisk(m_tempDir.filePath(kImagesDir)))
            || (m_tempDir.exists(kFilesDir) && !LocalFiles::syncToDisk(m_tempDir.filePath(kFilesDir)))
            || !LocalFiles::syncToDisk(temp.path())) {
            return tr("The export cannot be saved to the disk in %1; the website export was not written.")
                .arg(m_parentPath);
        }
        // Into place: the previous export (if any) is moved aside, then removed once the new one is in.
        QString backup;
        if (targetExists) {
            backup = QDir(m_parentPath)
                         .filePath(u".actes-site-old-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(12)));
            if (!QDir().rename(m_targetPath, backup))
                return tr("The earlier export in %1 cannot be replaced; the website export was not written.")
                    .arg(m_targetPath);
        }
        if (!QDir().rename(temp.path(), m_targetPath)) {
            if (!backup.isEmpty())
                QDir().rename(backup, m_targetPath);
            return tr("The export cannot be moved to %1; the website export was not written.").arg(m_targetPath);
        }
        temp.setAutoRemove(false);
        QFile::setPermissions(m_targetPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                                | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        // The renames on the disk too, before the earlier export is gone for good.
        LocalFiles::syncToDisk(m_parentPath);
        if (!backup.isEmpty())
            QDir(backup).removeRecursively();
        return {};
    }

    const SiteExportOptions &m_options;
    SiteExportResult &m_result;
    QString m_targetPath;
    QString m_parentPath;
    QDir m_tempDir;
    QList<WrittenFile> m_files;
    QString m_writeError;
    QSet<QString> m_usedSlugs;
    QSet<QString> m_usedFileNames;
    int m_fileCount = 0;
};

} // namespace

SiteExportResult SiteExporter::exportTo(const QList<Resource> &resources, const QString &outDir)
{
    SiteExportResult result;
    QList<Resource> kept;
    std::function<bool(const QString &)> imageExists;   // without a loader, stored images are not checked
    if (m_options.imageLoader)
        imageExists = [this](const QString &key) {
            QString mimeType;   // loaders may write it: never give them a null pointer
            return !m_options.imageLoader(key, &mimeType).isEmpty();
        };
    for (const Resource &r : resources) {
        if (auto reason = leftOutReason(r)) {
            result.leftOut.append(*reason);
            continue;
        }
        // Approved once is not enough: what no longer passes the checks stays out.
        const QStringList problems = blockingProblems(r, m_options.reviewSettings, imageExists);
        if (!problems.isEmpty()) {
            const QString title = r.title.trimmed().isEmpty() ? tr("(untitled, number %1)").arg(r.id) : r.title;
            result.leftOut.append({r.id, r.title, SiteExportLeftOut::Reason::FailsChecks,
                                   tr("“%1” was left out: it no longer passes the checks before publishing: %2")
                                       .arg(title, problems.join(u' '))});
            continue;
        }
        kept.append(r);
    }
    ExportRun run(m_options, result);
    const QString error = run.run(kept, outDir);
    if (!error.isEmpty()) {
        result.ok = false;
        result.errorMessage = error;
        result.written.clear();
        result.fileCount = 0;
        return result;
    }
    result.ok = true;
    result.fileCount = run.fileCount();
    return result;
}

} // namespace Actes
