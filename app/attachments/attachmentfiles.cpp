#include "attachments/attachmentfiles.h"

#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QProcess>
#include <QSaveFile>
#include <QSet>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

// pdftotext gets this long to read a PDF; a PDF it cannot read in time gives no text.
constexpr int PdfTextTimeoutMs = 30000;
// The text of a PDF kept for the search: enough for a long study (about 150 pages of prose)
// without letting one file weigh on the search index.
constexpr qsizetype PdfTextMaxChars = 400000;

QString quoted(const QString &name)
{
    return AttachmentFiles::tr("“%1”", "a file name in a sentence").arg(name);
}

// Lower case, without accents: "Présentation" -> "presentation".
QString folded(const QString &text)
{
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c);
    }
    return result;
}

QSet<QString> wordsOf(const QString &text)
{
    QSet<QString> words;
    QString word;
    for (const QChar c : folded(text)) {
        if (c.isLetterOrNumber()) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.insert(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.insert(word);
    return words;
}

struct KindWords
{
    AttachmentKind kind;
    QStringList words;      // folded (no accents, lower case)
};

// In order: the first kind with a word in the title or the file name wins ("Vidéo de la
// présentation" is a video, "Présentation de l'étude" a slide deck).
const QList<KindWords> &kindWords()
{
    static const QList<KindWords> list = {
        {AttachmentKind::Video,
         {u"video"_s, u"videos"_s, u"youtube"_s, u"youtu"_s, u"vimeo"_s, u"dailymotion"_s, u"peertube"_s}},
        {AttachmentKind::Slides,
         {u"diaporama"_s, u"diaporamas"_s, u"diapo"_s, u"diapos"_s, u"presentation"_s, u"presentations"_s,
          u"slides"_s, u"slide"_s, u"powerpoint"_s}},
        {AttachmentKind::Programme, {u"programme"_s, u"programmes"_s, u"program"_s}},
        {AttachmentKind::Proceedings, {u"actes"_s, u"proceedings"_s}},
        {AttachmentKind::Study,
         {u"etude"_s, u"etudes"_s, u"study"_s, u"studies"_s, u"rapport"_s, u"rapports"_s, u"report"_s}},
        {AttachmentKind::Photos, {u"photo"_s, u"photos"_s, u"photographie"_s, u"photographies"_s, u"album"_s}},
    };
    return list;
}

std::optional<AttachmentKind> kindOfType(const QString &fileName, const QString &mimeType)
{
    static const QStringList slideSuffixes = {u"ppt"_s, u"pptx"_s, u"pps"_s, u"ppsx"_s, u"odp"_s, u"key"_s};
    static const QStringList videoSuffixes = {u"mp4"_s, u"webm"_s, u"mkv"_s, u"avi"_s, u"mov"_s, u"ogv"_s, u"m4v"_s};
    static const QStringList imageSuffixes = {u"jpg"_s, u"jpeg"_s, u"png"_s, u"gif"_s, u"webp"_s,
                                              u"tif"_s, u"tiff"_s, u"heic"_s, u"bmp"_s};
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const QString mime = mimeType.toLower();
    if (slideSuffixes.contains(suffix) || mime.contains(u"presentation"_s) || mime.contains(u"powerpoint"_s)
        || mime.contains(u"keynote"_s))
        return AttachmentKind::Slides;
    if (videoSuffixes.contains(suffix) || mime.startsWith(u"video/"_s))
        return AttachmentKind::Video;
    if (imageSuffixes.contains(suffix) || mime.startsWith(u"image/"_s))
        return AttachmentKind::Photos;
    return std::nullopt;
}

// The text of a PDF for the search, by poppler's pdftotext; empty when it cannot be had (no
// pdftotext, a damaged or encrypted PDF, too slow): the file is attached all the same.
QString pdfText(const QString &path)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, u"-q"_s, path, u"-"_s});
    if (!process.waitForStarted(PdfTextTimeoutMs))
        return {};
    QByteArray out;
    bool capped = false;
    QElapsedTimer timer;
    timer.start();
    // Read as it comes (a long text would fill the pipe) and stop past the cap.
    while (process.state() != QProcess::NotRunning) {
        const qint64 left = PdfTextTimeoutMs - timer.elapsed();
        if (left <= 0) {
            process.kill();
            process.waitForFinished(1000);
            return {};
        }
        if (out.size() > PdfTextMaxChars * 4) {
            capped = true;
            process.kill();
            process.waitForFinished(1000);
            break;
        }
        process.waitForReadyRead(int(std::min<qint64>(left, 1000)));
        out += process.readAllStandardOutput();
        process.readAllStandardError();
    }
    out += process.readAllStandardOutput();
    if (!capped && (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0))
        return {};
    QString text = QString::fromUtf8(out).simplified();
    if (text.size() > PdfTextMaxChars) {
        text.truncate(PdfTextMaxChars);
        const qsizetype space = text.lastIndexOf(u' ');
        if (space > 0)
            text.truncate(space);   // no half word at the end
    }
    return text;
}

QString sizeSentence(qint64 size, qint64 limit, const QString &name)
{
    QString sizeText = attachmentSizeText(size);
    const QString limitText = attachmentSizeText(limit);
    if (sizeText == limitText)   // "100 MB; ... up to 100 MB" would not say why
        sizeText = AttachmentFiles::tr("%1 (%2 bytes)").arg(sizeText, QLocale().toString(size));
    return AttachmentFiles::tr("%1 is %2; this library accepts files up to %3. Nothing was attached.")
        .arg(quoted(name), sizeText, limitText);
}

} // namespace

Attachment AttachmentFiles::storeFile(AttachmentStore &store, const LibraryValueStore &values, const QString &path,
                                      const AttachmentOptions &options)
{
    return AttachmentFiles::store(store, readFile(values, path, options));
}

Attachment AttachmentFiles::store(AttachmentStore &target, const PreparedAttachment &prepared)
{
    Attachment a = prepared.attachment;
    a.sha256 = target.storeAttachmentData(prepared.data, prepared.searchText);
    return a;
}

PreparedAttachment AttachmentFiles::readFile(const LibraryValueStore &values, const QString &path,
                                             const AttachmentOptions &options)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty() || !info.exists())
        throw LibraryError(LibraryError::Kind::Io, tr("There is no file %1. Nothing was attached.").arg(quoted(shown)),
                           path);
    if (info.isDir())
        throw LibraryError(LibraryError::Kind::Invalid,
                           tr("%1 is a folder, not a file. Nothing was attached.").arg(quoted(shown)), path);
    // A pipe or a device would be read forever, or block.
    if (!info.isFile())
        throw LibraryError(LibraryError::Kind::Invalid,
                           tr("%1 is not an ordinary file. Nothing was attached.").arg(quoted(shown)), path);
    const qint64 limit = sizeLimit(values);
    // Checked before reading: a file of several gigabytes is never read into memory.
    if (info.size() > limit)
        throw LibraryError(LibraryError::Kind::Invalid, sizeSentence(info.size(), limit, info.fileName()), path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw LibraryError(LibraryError::Kind::Io,
                           tr("%1 cannot be read (%2). Nothing was attached.").arg(quoted(shown), file.errorString()),
                           path);
    const QByteArray data = file.read(limit + 1);
    if (file.error() != QFileDevice::NoError)
        throw LibraryError(LibraryError::Kind::Io,
                           tr("%1 cannot be read (%2). Nothing was attached.").arg(quoted(shown), file.errorString()),
                           path);
    if (data.size() > limit)   // it grew since it was looked at
        throw LibraryError(LibraryError::Kind::Invalid, sizeSentence(qint64(data.size()), limit, info.fileName()),
                           path);
    file.close();

    PreparedAttachment prepared;
    Attachment &a = prepared.attachment;
    a.fileName = info.fileName();
    a.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(a.fileName, data).name();
    a.size = data.size();
    a.title = options.title.simplified();
    if (a.title.isEmpty())
        a.title = titleFromFileName(a.fileName);
    a.kind = options.kind.value_or(guessKind(a.title, a.fileName, a.mimeType));
    a.membersOnly = options.membersOnly;
    if (a.isPdf())
        prepared.searchText = pdfText(info.absoluteFilePath());
    prepared.data = data;
    return prepared;
}

Attachment AttachmentFiles::makeLink(const QString &url, const QString &title, AttachmentKind kind, bool membersOnly)
{
    const QString text = url.trimmed();
    const QUrl address(text, QUrl::StrictMode);
    const QString scheme = address.scheme().toLower();
    if (text.isEmpty() || !address.isValid() || (scheme != u"http"_s && scheme != u"https"_s)
        || address.host().isEmpty())
        throw LibraryError(LibraryError::Kind::Invalid,
                           tr("%1 is not a web address (http:// or https:// followed by a site). Nothing was attached.")
                               .arg(quoted(text)));
    // A password in an address would be published with it.
    if (!address.userInfo().isEmpty())
        throw LibraryError(LibraryError::Kind::Invalid,
                           tr("%1 holds a user name or a password; give the address without them. Nothing was "
                              "attached.")
                               .arg(quoted(address.toString(QUrl::RemoveUserInfo))));
    Attachment a;
    a.title = title.simplified();
    if (a.title.isEmpty())
        throw LibraryError(LibraryError::Kind::Invalid,
                           tr("The link %1 needs a title. Nothing was attached.").arg(quoted(text)));
    a.url = address.toString(QUrl::FullyEncoded);
    a.kind = kind;
    a.membersOnly = membersOnly;
    return a;
}

void AttachmentFiles::saveCopy(const AttachmentStore &store, const Attachment &attachment, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (attachment.isLink())
        throw LibraryError(LibraryError::Kind::Invalid,
                           tr("%1 is a link (%2), not a file: there is nothing to save.")
                               .arg(quoted(attachment.title), attachment.url));
    if (QFileInfo(path).isDir())
        throw LibraryError(LibraryError::Kind::Invalid,
                           tr("%1 is a folder; give the name of the file to write.").arg(quoted(shown)), path);
    QByteArray data;
    try {
        data = store.attachmentData(attachment.sha256);
    } catch (const LibraryError &e) {
        if (e.kind() != LibraryError::Kind::NotFound)
            throw;
        throw LibraryError(LibraryError::Kind::NotFound,
                           tr("The content of %1 is missing from the library.").arg(quoted(attachment.fileName)));
    }
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    if (sha != attachment.sha256)
        throw LibraryError(LibraryError::Kind::Corrupt,
                           tr("The content of %1 kept in the library is damaged (its checksum differs); nothing "
                              "was written.")
                               .arg(quoted(attachment.fileName)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw LibraryError(LibraryError::Kind::Io,
                           tr("%1 cannot be written (%2).").arg(quoted(shown), file.errorString()), path);
    if (file.write(data) != data.size() || !file.commit())
        throw LibraryError(LibraryError::Kind::Io,
                           tr("%1 cannot be written (%2).").arg(quoted(shown), file.errorString()), path);
}

qint64 AttachmentFiles::sizeLimit(const LibraryValueStore &values)
{
    bool ok = false;
    const int mb = values.libraryValue(QString::fromUtf16(AttachmentLimitKey)).trimmed().toInt(&ok);
    return qint64(ok && mb > 0 ? mb : DefaultAttachmentLimitMb) * 1000 * 1000;
}

QString AttachmentFiles::titleFromFileName(const QString &fileName)
{
    const QFileInfo info(fileName);
    QString name = info.completeBaseName();
    if (name.isEmpty())
        name = info.fileName();
    name.replace(u"%20"_s, u" "_s);
    // "programme-seminaire_2016" is three words run together; "Saint-Étienne programme" keeps
    // its hyphen.
    const bool spaced = name.contains(u' ');
    name.replace(u'_', u' ');
    if (!spaced)
        name.replace(u'-', u' ');
    name = name.simplified();
    if (!name.isEmpty() && name.at(0).isLower())
        name[0] = name.at(0).toUpper();
    return name.isEmpty() ? fileName : name;
}

AttachmentKind AttachmentFiles::guessKind(const QString &title, const QString &fileName, const QString &mimeType)
{
    for (const QString &text : {title, fileName}) {
        const QSet<QString> words = wordsOf(text);
        for (const KindWords &kind : kindWords()) {
            for (const QString &word : kind.words) {
                if (words.contains(word))
                    return kind.kind;
            }
        }
    }
    return kindOfType(fileName, mimeType).value_or(AttachmentKind::Other);
}

} // namespace Actes
