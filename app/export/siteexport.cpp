#include "export/siteexport.h"

#include "domain/appinfo.h"
#include "domain/publicity.h"
#include "export/proceedingsdates.h"
#include "export/siteexportfolder.h"
#include "review/checks.h"
#include "storage/localfiles.h"
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

namespace Actes {

namespace {

constexpr int kSlugMax = 80;
const QLatin1String kManifest("index.json");
const QLatin1String kImagesDir("images");
const QLatin1String kGenerator("Actes");

QString asciiFor(QChar c)
{
    switch (c.unicode()) {
    case 0x0153: return QStringLiteral("oe");   // œ
    case 0x0152: return QStringLiteral("OE");   // Œ
    case 0x00E6: return QStringLiteral("ae");   // æ
    case 0x00C6: return QStringLiteral("AE");   // Æ
    case 0x00DF: return QStringLiteral("ss");   // ß
    case 0x00F8: return QStringLiteral("o");    // ø
    case 0x00D8: return QStringLiteral("O");
    case 0x0111: return QStringLiteral("d");    // đ
    case 0x0110: return QStringLiteral("D");
    case 0x0142: return QStringLiteral("l");    // ł
    case 0x0141: return QStringLiteral("L");
    case 0x00FE: return QStringLiteral("th");   // þ
    case 0x00F0: return QStringLiteral("d");    // ð
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
    return out.isEmpty() ? QStringLiteral(" ") : out;
}

bool isWindowsReserved(const QString &stem)
{
    static const QRegularExpression reserved(QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])$"),
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
    value.replace(QLatin1String("&quot;"), QLatin1String("\""));
    value.replace(QLatin1String("&lt;"), QLatin1String("<"));
    value.replace(QLatin1String("&gt;"), QLatin1String(">"));
    value.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return value;
}

QString attribute(const QString &attributes, const QString &name)
{
    const QRegularExpression re(QStringLiteral("\\s%1\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))")
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
        return QStringLiteral("jpg");
    if (name == u"image/png")
        return QStringLiteral("png");
    if (name == u"image/gif")
        return QStringLiteral("gif");
    if (name == u"image/webp")
        return QStringLiteral("webp");
    if (name == u"image/bmp")
        return QStringLiteral("bmp");
    return {};   // not an image a website takes as is (SVG, unknown bytes)
}

} // namespace

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
        slug = fallback.isEmpty() ? QStringLiteral("resource") : fallback;
    if (isWindowsReserved(slug))
        slug += QStringLiteral("-page");
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
        QStringLiteral("p"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"),
        QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("li"), QStringLiteral("blockquote"),
        QStringLiteral("table"), QStringLiteral("thead"), QStringLiteral("tbody"), QStringLiteral("tr")};
    static const QSet<QString> cells{QStringLiteral("td"), QStringLiteral("th")};
    static const QSet<QString> inlineTags{QStringLiteral("strong"), QStringLiteral("em"), QStringLiteral("a"),
                                          QStringLiteral("u"), QStringLiteral("s"), QStringLiteral("b"),
                                          QStringLiteral("i"), QStringLiteral("span")};
    static const QRegularExpression tagRe(QStringLiteral("<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\\s[^>]*)?)/?>"));
    static const QRegularExpression number(QStringLiteral("^[1-9][0-9]{0,2}$"));

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
                        out += QStringLiteral("</%1>").arg(top.name);
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
                        out += QStringLiteral("</%1>").arg(stack.at(i).name);
                out += QStringLiteral("</p>\n<p>");
                for (qsizetype i = block + 1; i < stack.size(); ++i)
                    out += stack.at(i).startTag;
            } else {
                out += u' ';
            }
            continue;
        }
        if (name == u"img") {
            const QString src = attribute(attrs, QStringLiteral("src"));
            const QString alt = attribute(attrs, QStringLiteral("alt"));
            if (src.startsWith(ImageScheme) && resolveImage) {
                const QString path = resolveImage(src.mid(ImageScheme.size()), alt);
                if (!path.isEmpty())
                    out += QStringLiteral("<img src=\"%1\" alt=\"%2\">").arg(path.toHtmlEscaped(), alt.toHtmlEscaped());
            }
            continue;
        }

        QString startTag;
        if (plainBlocks.contains(name) || name == u"strong" || name == u"em") {
            startTag = QStringLiteral("<%1>").arg(name);
        } else if (cells.contains(name)) {
            startTag = u'<' + name;
            for (const QLatin1String span : {QLatin1String("colspan"), QLatin1String("rowspan")}) {
                const QString value = attribute(attrs, span);
                if (number.match(value).hasMatch() && value != u"1")
                    startTag += QStringLiteral(" %1=\"%2\"").arg(span, value);
            }
            startTag += u'>';
        } else if (name == u"a") {
            const QString href = attribute(attrs, QStringLiteral("href")).trimmed();
            if (isPublishableLink(href))
                startTag = QStringLiteral("<a href=\"%1\">").arg(href.toHtmlEscaped());
        }
        stack.append({name, startTag});
        out += startTag;
    }
    out += QStringView(clean).mid(pos);
    while (!stack.isEmpty()) {
        const Open top = stack.takeLast();
        if (!top.startTag.isEmpty())
            out += QStringLiteral("</%1>").arg(top.name);
    }

    // Spaces left at the edge of a block by a dropped element, then paragraphs left empty by a
    // split (two line breaks in a row) or a dropped image.
    static const QRegularExpression spaceBeforeEnd(QStringLiteral(" +(</(?:p|h[2-4]|li|td|th)>)"));
    static const QRegularExpression spaceAfterStart(QStringLiteral("(<(?:p|h[2-4]|li)>) +"));
    out.replace(spaceBeforeEnd, QStringLiteral("\\1"));
    out.replace(spaceAfterStart, QStringLiteral("\\1"));
    static const QRegularExpression emptyParagraph(QStringLiteral("<p>(?:\\s|</?(?:strong|em)>)*</p>\\n?"));
    out.remove(emptyParagraph);
    return out.trimmed();
}

SiteExportResult SiteExporter::exportTo(const QList<Resource> &resources, const QString &outDir)
{
    SiteExportResult result;
    QList<Resource> kept;
    std::function<bool(const QString &)> imageExists;   // without a loader, stored images are not checked
    if (m_options.imageLoader)
        imageExists = [this](const QString &key) { return !m_options.imageLoader(key, nullptr).isEmpty(); };
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

    const auto fail = [&result](const QString &message) {
        result.ok = false;
        result.errorMessage = message;
        result.written.clear();
        result.fileCount = 0;
        return result;
    };

    if (outDir.trimmed().isEmpty())
        return fail(tr("No folder was given for the website export."));
    const QFileInfo target(QDir::cleanPath(QFileInfo(outDir).absoluteFilePath()));
    const QString targetPath = target.absoluteFilePath();
    if (target.exists() && !target.isDir())
        return fail(tr("%1 is a file, not a folder; the website export was not written.").arg(targetPath));
    const SiteExportFolder existing = SiteExportFolder::inspect(targetPath);
    if (existing.exists && !existing.empty && !existing.earlierExport) {
        return fail(tr("The folder %1 is not empty and is not an earlier website export of Actes; choose a new or "
                       "empty folder.").arg(targetPath));
    }
    if (!existing.foreign.isEmpty()) {
        // Replacing the folder would delete them: refused, nothing is touched.
        const qsizetype shown = std::min<qsizetype>(existing.foreign.size(), 5);
        QString names = existing.foreign.mid(0, shown).join(QLatin1String(", "));
        if (existing.foreign.size() > shown)
            names += tr(", and %n more", nullptr, int(existing.foreign.size() - shown));
        return fail(tr("The folder %1 holds %n file(s) that Actes did not write there or that were changed since its "
                       "last export: %2. Move them elsewhere (or choose another folder); the website export was not "
                       "written.",
                       nullptr, int(existing.foreign.size()))
                        .arg(targetPath, names));
    }
    const QString parentPath = target.absolutePath();
    if (!QDir().mkpath(parentPath))
        return fail(tr("The folder %1 cannot be created; the website export was not written.").arg(parentPath));

    QTemporaryDir temp(QDir(parentPath).filePath(QStringLiteral(".actes-site-XXXXXX")));
    if (!temp.isValid()) {
        return fail(tr("A temporary folder cannot be created in %1 (%2); the website export was not written.")
                        .arg(parentPath, temp.errorString()));
    }
    const QDir tempDir(temp.path());

    struct WrittenFile
    {
        QString path;
        QString sha256;
        qint64 size = 0;
    };
    QList<WrittenFile> files;
    QString writeError;
    const auto writeFile = [&](const QString &relative, const QByteArray &data) {
        if (!writeError.isEmpty())
            return false;
        QFile f(tempDir.filePath(relative));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size() || !f.flush()
            || !LocalFiles::syncToDisk(f.handle())) {
            writeError = tr("%1 cannot be written (%2); the website export was not written.")
                             .arg(QDir(targetPath).filePath(relative), f.errorString());
            return false;
        }
        f.close();
        files.append({relative, hexSha256(data), data.size()});
        return true;
    };

    QSet<QString> usedSlugs;
    QJsonArray manifestResources;
    for (const Resource &r : kept) {
        const QString base = slugFor(r.title, QStringLiteral("resource-%1").arg(r.id));
        QString slug = base;
        for (int n = 2; usedSlugs.contains(slug); ++n)
            slug = QStringLiteral("%1-%2").arg(base).arg(n);
        usedSlugs.insert(slug);

        SiteExportWritten written{r.id, r.title, slug + QStringLiteral(".html"), {}};
        QHash<QString, QString> imagePaths;   // key -> relative path ("" = unavailable)
        QJsonArray images;
        const auto resolveImage = [&](const QString &key, const QString &alt) -> QString {
            if (auto it = imagePaths.constFind(key); it != imagePaths.cend())
                return *it;
            QString mimeType;
            const QByteArray data = m_options.imageLoader ? m_options.imageLoader(key, &mimeType) : QByteArray();
            const QString ext = data.isEmpty() ? QString() : extensionFor(data, mimeType);
            QString relative;
            if (ext.isEmpty()) {
                result.warnings.append(
                    data.isEmpty()
                        ? tr("An image of “%1” is missing from the library (%2); it was left out.").arg(r.title, key)
                        : tr("An image of “%1” is not in a format websites take (%2); it was left out.")
                              .arg(r.title, key));
            } else {
                if (!tempDir.exists(kImagesDir))
                    tempDir.mkdir(kImagesDir);
                relative = QStringLiteral("%1/%2-%3.%4").arg(kImagesDir, slug).arg(written.imageFiles.size() + 1).arg(ext);
                if (writeFile(relative, data)) {
                    written.imageFiles.append(relative);
                    images.append(QJsonObject{{QStringLiteral("file"), relative},
                                              {QStringLiteral("alt"), alt},
                                              {QStringLiteral("sha256"), files.constLast().sha256}});
                } else {
                    relative.clear();
                }
            }
            imagePaths.insert(key, relative);
            return relative;
        };

        const QString summary = websiteHtml(r.summaryHtml, resolveImage);
        const QString body = websiteHtml(r.bodyHtml, resolveImage);
        if (!writeFile(written.bodyFile, (body + u'\n').toUtf8()))
            break;
        const QString bodySha = files.constLast().sha256;

        QJsonArray participants;
        for (const Participant &p : r.participants) {
            if (p.name.trimmed().isEmpty())
                continue;
            participants.append(QJsonObject{{QStringLiteral("name"), p.name},
                                            {QStringLiteral("function"), p.function},
                                            {QStringLiteral("organisation"), p.organisation},
                                            {QStringLiteral("role"), p.role}});
        }
        QJsonArray partners;
        for (const Partner &p : r.partners) {
            if (p.name.trimmed().isEmpty())
                continue;
            partners.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("role"), p.role}});
        }
        int revision = m_options.revisionNumber ? m_options.revisionNumber(r) : 0;
        if (revision <= 0)
            revision = r.version;
        manifestResources.append(QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("slug"), slug},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("type"), r.type},
            {QStringLiteral("status"), statusKey(r.status)},
            {QStringLiteral("revision"), revision},
            {QStringLiteral("version"), r.version},
            {QStringLiteral("modified"), r.modified.isValid()
                                             ? QJsonValue(r.modified.toUTC().toString(Qt::ISODate))
                                             : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("date_start"), jsonDate(r.dateStart)},
            {QStringLiteral("date_end"), jsonDate(r.dateEnd.isValid() ? r.dateEnd : r.dateStart)},
            {QStringLiteral("date_text"), r.dateStart.isValid()
                                              ? QJsonValue(ProceedingsDates::formatDateRange(r.dateStart, r.dateEnd,
                                                                                             m_options.language.code()))
                                              : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("place"), r.place},
            {QStringLiteral("attendance"), r.attendance ? QJsonValue(*r.attendance) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("summary_html"), summary},
            {QStringLiteral("body_file"), written.bodyFile},
            {QStringLiteral("body_sha256"), bodySha},
            {QStringLiteral("images"), images},
            {QStringLiteral("participants"), participants},
            {QStringLiteral("partners"), partners},
        });
        result.written.append(written);
    }
    if (!writeError.isEmpty())
        return fail(writeError);

    QJsonArray fileList;
    for (const WrittenFile &f : files) {
        fileList.append(QJsonObject{{QStringLiteral("path"), f.path},
                                    {QStringLiteral("sha256"), f.sha256},
                                    {QStringLiteral("size"), f.size}});
    }
    const QJsonObject manifest{
        {QStringLiteral("generator"), QStringLiteral("%1 %2").arg(kGenerator, applicationVersion())},
        {QStringLiteral("format"), 1},
        {QStringLiteral("language"), m_options.language.code()},
        {QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("resources"), manifestResources},
        {QStringLiteral("files"), fileList},
    };
    if (!writeFile(kManifest, QJsonDocument(manifest).toJson(QJsonDocument::Indented)))
        return fail(writeError);
    const int fileCount = int(files.size());

    // On the disk before it replaces anything: the files (synced as written), then their folders.
    if ((tempDir.exists(kImagesDir) && !LocalFiles::syncToDisk(tempDir.filePath(kImagesDir)))
        || !LocalFiles::syncToDisk(temp.path())) {
        return fail(tr("The export cannot be saved to the disk in %1; the website export was not written.")
                        .arg(parentPath));
    }

    // Into place: the previous export (if any) is moved aside, then removed once the new one is in.
    QString backup;
    if (target.exists()) {
        backup = QDir(parentPath).filePath(
            QStringLiteral(".actes-site-old-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12)));
        if (!QDir().rename(targetPath, backup))
            return fail(tr("The earlier export in %1 cannot be replaced; the website export was not written.")
                            .arg(targetPath));
    }
    if (!QDir().rename(temp.path(), targetPath)) {
        if (!backup.isEmpty())
            QDir().rename(backup, targetPath);
        return fail(tr("The export cannot be moved to %1; the website export was not written.").arg(targetPath));
    }
    temp.setAutoRemove(false);
    QFile::setPermissions(targetPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                          | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    // The renames on the disk too, before the earlier export is gone for good.
    LocalFiles::syncToDisk(parentPath);
    if (!backup.isEmpty())
        QDir(backup).removeRecursively();

    result.ok = true;
    result.fileCount = fileCount;
    return result;
}

} // namespace Actes
