// The attachments service (attachments/attachmentfiles.h): files and links becoming
// attachments and back. Titles and kinds guessed from French and English names, every refusal
// (missing, folder, unreadable, over the library's limit, not a web link, no title) naming the
// file and storing nothing, the limit read from the library value, the text of a PDF exported
// by Actes itself kept for the search, and a copy saved back byte for byte.
#include "attachments/attachmentfiles.h"
#include "export/proceedingsexporter.h"
#include "library/library.h"
#include "memoryrepository.h"
#include "storage/libraryerror.h"
#include "unprivileged.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Actes;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Actes::AttachmentKind)

namespace {

// Records the search text given with each content.
class RecordingRepository : public Testing::MemoryRepository
{
public:
    QString storeAttachmentData(const QByteArray &data, const QString &searchText = {}) override
    {
        ++stores;
        const QString sha = MemoryRepository::storeAttachmentData(data, searchText);
        texts.insert(sha, searchText);
        return sha;
    }
    QHash<QString, QString> texts;
    int stores = 0;
};

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestAttachmentFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void titleFromFileName_data();
    void titleFromFileName();
    void guessKind_data();
    void guessKind();

    void storesAFile();
    void explicitTitleAndKind();
    void missingFileOrFolderRefused();
    void unreadableFileRefused();
    void sizeLimitFromTheLibraryValue();
    void overTheLimitRefusedBeforeReading();
    void pdfTextKeptForTheSearch();
    void damagedPdfAttachedWithoutText();

    void links_data();
    void links();

    void saveCopyByteIdentical();
    void saveCopyRefusals();

    void libraryAttachesAndDetaches();
    void libraryAttachesAllOrNone();

private:
    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QTemporaryDir m_dir;
};

void TestAttachmentFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestAttachmentFiles::titleFromFileName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("title");
    QTest::newRow("words run together") << u"programme-seminaire_2016.pdf"_s << u"Programme seminaire 2016"_s;
    QTest::newRow("spaces kept") << u"Diaporama de présentation.pptx"_s << u"Diaporama de présentation"_s;
    QTest::newRow("hyphen of a name kept") << u"Saint-Étienne programme.pdf"_s << u"Saint-Étienne programme"_s;
    QTest::newRow("accented first letter") << u"étude_PTCE_2016.odt"_s << u"Étude PTCE 2016"_s;
    QTest::newRow("repeated separators") << u"  photos__du___séminaire .jpg"_s << u"Photos du séminaire"_s;
    QTest::newRow("encoded spaces") << u"Actes%20du%20colloque.pdf"_s << u"Actes du colloque"_s;
    QTest::newRow("only the last suffix") << u"rapport.v2.pdf"_s << u"Rapport.v2"_s;
    QTest::newRow("no suffix") << u"LISEZMOI"_s << u"LISEZMOI"_s;
    QTest::newRow("only a suffix") << u".pdf"_s << u".pdf"_s;
}

void TestAttachmentFiles::titleFromFileName()
{
    QFETCH(QString, fileName);
    QFETCH(QString, title);
    QCOMPARE(AttachmentFiles::titleFromFileName(fileName), title);
}

void TestAttachmentFiles::guessKind_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<AttachmentKind>("kind");
    const QString pdf = u"application/pdf"_s;
    QTest::newRow("programme") << u"Programme détaillé du séminaire"_s << u"prog.pdf"_s << pdf << AttachmentKind::Programme;
    QTest::newRow("program (en)") << u"Seminar program"_s << QString() << pdf << AttachmentKind::Programme;
    QTest::newRow("diaporama") << u"Diaporama de présentation"_s << u"x.pdf"_s << pdf << AttachmentKind::Slides;
    QTest::newRow("présentation") << u"Présentation de l’étude"_s << u"x.pdf"_s << pdf << AttachmentKind::Slides;
    QTest::newRow("slides (en)") << u"Opening slides"_s << u"x.pdf"_s << pdf << AttachmentKind::Slides;
    QTest::newRow(".pptx") << u"Intervention de C. Dupont"_s << u"dupont.pptx"_s << QString() << AttachmentKind::Slides;
    QTest::newRow(".odp") << u"Intervention"_s << u"dupont.odp"_s << QString() << AttachmentKind::Slides;
    QTest::newRow(".key") << u"Intervention"_s << u"dupont.key"_s << QString() << AttachmentKind::Slides;
    QTest::newRow(".ppt by its type") << u"Intervention"_s << u"dupont"_s << u"application/vnd.ms-powerpoint"_s
                                      << AttachmentKind::Slides;
    QTest::newRow("actes") << u"Actes de la rencontre"_s << u"a.pdf"_s << pdf << AttachmentKind::Proceedings;
    QTest::newRow("proceedings (en)") << u"Conference proceedings"_s << u"a.pdf"_s << pdf << AttachmentKind::Proceedings;
    QTest::newRow("étude") << u"Étude sur les PTCE"_s << u"a.pdf"_s << pdf << AttachmentKind::Study;
    QTest::newRow("etude without accent") << u"ETUDE PTCE"_s << u"a.pdf"_s << pdf << AttachmentKind::Study;
    QTest::newRow("study (en)") << u"Impact study"_s << u"a.pdf"_s << pdf << AttachmentKind::Study;
    QTest::newRow("rapport") << u"Rapport d’activité 2015"_s << u"a.pdf"_s << pdf << AttachmentKind::Study;
    QTest::newRow("photos") << u"Quelques photos"_s << u"a.zip"_s << u"application/zip"_s << AttachmentKind::Photos;
    QTest::newRow("photo in the file name") << u"Souvenirs"_s << u"photo-groupe.zip"_s << QString()
                                            << AttachmentKind::Photos;
    QTest::newRow("an image by its type") << u"Affiche"_s << u"affiche.png"_s << u"image/png"_s
                                          << AttachmentKind::Photos;
    QTest::newRow("vidéo") << u"Les vidéos introductives"_s << QString() << QString() << AttachmentKind::Video;
    QTest::newRow("youtube link") << u"Introduction"_s << u"https://www.youtube.com/watch?v=abc"_s << QString()
                                  << AttachmentKind::Video;
    QTest::newRow("youtu.be link") << u"Introduction"_s << u"https://youtu.be/abc"_s << QString()
                                   << AttachmentKind::Video;
    QTest::newRow("vimeo link") << u"Table ronde"_s << u"https://vimeo.com/12345"_s << QString() << AttachmentKind::Video;
    QTest::newRow("dailymotion link") << u"Table ronde"_s << u"https://www.dailymotion.com/video/x1"_s << QString()
                                      << AttachmentKind::Video;
    QTest::newRow("peertube link") << u"Table ronde"_s << u"https://peertube.example.org/w/abc"_s << QString()
                                   << AttachmentKind::Video;
    QTest::newRow("a video file") << u"Table ronde"_s << u"table.mp4"_s << u"video/mp4"_s << AttachmentKind::Video;
    QTest::newRow("video before slides") << u"Vidéo de la présentation"_s << QString() << QString()
                                         << AttachmentKind::Video;
    QTest::newRow("title before file name") << u"Programme"_s << u"diaporama.pdf"_s << pdf << AttachmentKind::Programme;
    QTest::newRow("word before type") << u"Diaporama"_s << u"diaporama.png"_s << u"image/png"_s
                                      << AttachmentKind::Slides;
    QTest::newRow("no word in a longer one") << u"Programmation culturelle"_s << u"a.pdf"_s << pdf
                                             << AttachmentKind::Other;
    QTest::newRow("nothing") << u"Bilan financier"_s << u"bilan.xlsx"_s << QString() << AttachmentKind::Other;
}

void TestAttachmentFiles::guessKind()
{
    QFETCH(QString, title);
    QFETCH(QString, fileName);
    QFETCH(QString, mimeType);
    QFETCH(AttachmentKind, kind);
    QCOMPARE(attachmentKindKey(AttachmentFiles::guessKind(title, fileName, mimeType)), attachmentKindKey(kind));
}

void TestAttachmentFiles::storesAFile()
{
    RecordingRepository repo;
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    const QString path = m_dir.filePath(u"photos_du_seminaire.png"_s);
    QVERIFY(image.save(path, "PNG"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    const Attachment a = AttachmentFiles::storeFile(repo, repo, path);
    QCOMPARE(a.id, 0);
    QCOMPARE(a.title, u"Photos du seminaire"_s);
    QCOMPARE(a.kind, AttachmentKind::Photos);
    QCOMPARE(a.fileName, u"photos_du_seminaire.png"_s);
    QCOMPARE(a.mimeType, u"image/png"_s);
    QCOMPARE(a.size, bytes.size());
    QCOMPARE(a.sha256.toLatin1(), sha256Hex(bytes));
    QVERIFY(!a.membersOnly);
    QVERIFY(a.isFile());
    QCOMPARE(repo.attachmentData(a.sha256), bytes);
    QVERIFY(repo.texts.value(a.sha256).isEmpty());   // no text for an image
}

void TestAttachmentFiles::explicitTitleAndKind()
{
    RecordingRepository repo;
    const QString path = write(u"programme.txt"_s, "Jour 1 : accueil\n");
    AttachmentOptions options;
    options.title = u"  Déroulé   de la journée "_s;
    options.kind = AttachmentKind::Study;
    options.membersOnly = true;
    const Attachment a = AttachmentFiles::storeFile(repo, repo, path, options);
    QCOMPARE(a.title, u"Déroulé de la journée"_s);
    QCOMPARE(a.kind, AttachmentKind::Study);   // given, not guessed from "programme"
    QVERIFY(a.membersOnly);
    QCOMPARE(a.mimeType, u"text/plain"_s);
}

void TestAttachmentFiles::missingFileOrFolderRefused()
{
    RecordingRepository repo;
    const QString missing = m_dir.filePath(u"absent.pdf"_s);
    try {
        AttachmentFiles::storeFile(repo, repo, missing);
        QFAIL("a missing file was attached");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::Io);
        QVERIFY2(e.message().contains(u"absent.pdf"_s), qPrintable(e.message()));
    }
    const QString folder = m_dir.filePath(u"dossier.pdf"_s);
    QVERIFY(QDir().mkpath(folder));
    try {
        AttachmentFiles::storeFile(repo, repo, folder);
        QFAIL("a folder was attached");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::Invalid);
        QVERIFY2(e.message().contains(u"dossier.pdf"_s) && e.message().contains(u"folder"_s), qPrintable(e.message()));
    }
    // A named pipe would block the read (no writer) or never end.
    const QString fifo = m_dir.filePath(u"tube.pdf"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    try {
        AttachmentFiles::storeFile(repo, repo, fifo);
        QFAIL("a named pipe was attached");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::Invalid);
        QVERIFY2(e.message().contains(u"tube.pdf"_s), qPrintable(e.message()));
    }
    QCOMPARE(repo.stores, 0);
}

void TestAttachmentFiles::unreadableFileRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"secret.pdf"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\n");
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    RecordingRepository repo;
    // Root reads anything: the refusal is what an ordinary user sees.
    Unprivileged::AsNobody nobody(dir.path());
    QVERIFY2(nobody.ok(), nobody.error().constData());
    try {
        AttachmentFiles::storeFile(repo, repo, path);
        QFAIL("an unreadable file was attached");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::Io);
        QVERIFY2(e.message().contains(u"secret.pdf"_s), qPrintable(e.message()));
    }
    QCOMPARE(repo.stores, 0);
}

void TestAttachmentFiles::sizeLimitFromTheLibraryValue()
{
    Testing::MemoryRepository repo;
    QCOMPARE(AttachmentFiles::sizeLimit(repo), qint64(100) * 1000 * 1000);
    repo.setLibraryValue(QString::fromUtf16(AttachmentLimitKey), u"20"_s);
    QCOMPARE(AttachmentFiles::sizeLimit(repo), qint64(20) * 1000 * 1000);
    repo.setLibraryValue(QString::fromUtf16(AttachmentLimitKey), u"5000"_s);
    QCOMPARE(AttachmentFiles::sizeLimit(repo), qint64(5000) * 1000 * 1000);
    for (const QString &bad : {u"0"_s, u"-3"_s, u"beaucoup"_s, QString()}) {
        repo.setLibraryValue(QString::fromUtf16(AttachmentLimitKey), bad);
        QCOMPARE(AttachmentFiles::sizeLimit(repo), qint64(100) * 1000 * 1000);
    }
}

void TestAttachmentFiles::overTheLimitRefusedBeforeReading()
{
    RecordingRepository repo;
    repo.setLibraryValue(QString::fromUtf16(AttachmentLimitKey), u"1"_s);
    // 1 MB and a byte: refused; exactly 1 MB: accepted.
    const QString over = write(u"deck.pdf"_s, QByteArray(1000 * 1000 + 1, 'x'));
    try {
        AttachmentFiles::storeFile(repo, repo, over);
        QFAIL("a file over the limit was attached");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::Invalid);
        QVERIFY2(e.message().startsWith(u"“deck.pdf” is "_s), qPrintable(e.message()));
        QVERIFY2(e.message().contains(u"this library accepts files up to 1.0\u00a0MB. Nothing was attached."_s),
                 qPrintable(e.message()));
    }
    QCOMPARE(repo.stores, 0);
    const QString at = write(u"deck-ok.pdf"_s, QByteArray(1000 * 1000, 'x'));
    QCOMPARE(AttachmentFiles::storeFile(repo, repo, at).size, 1000 * 1000);

    // The size is looked at before the content is read: a sparse file of 3 GB is refused at
    // once (reading it would take seconds and gigabytes).
    repo.setLibraryValue(QString::fromUtf16(AttachmentLimitKey), u"100"_s);
    const QString huge = m_dir.filePath(u"film.mkv"_s);
    {
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(3) * 1000 * 1000 * 1000));
    }
    QElapsedTimer timer;
    timer.start();
    try {
        AttachmentFiles::storeFile(repo, repo, huge);
        QFAIL("a file over the limit was attached");
    } catch (const LibraryError &e) {
        QVERIFY2(e.message().contains(u"“film.mkv” is 3.0\u00a0GB; this library accepts files up to 100\u00a0MB."_s),
                 qPrintable(e.message()));
    }
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QFile::remove(huge);
}

void TestAttachmentFiles::pdfTextKeptForTheSearch()
{
    ProceedingsOptions options;
    options.networkName = u"Réseau des collectivités"_s;
    Resource r;
    r.id = 1;
    r.title = u"Séminaire des pôles territoriaux"_s;
    r.isPrivate = false;
    r.privateConfirmed = true;
    r.bodyHtml = u"<p>Le quinquagénaire xylographe présente les coopérations.</p>"_s;
    const QString path = m_dir.filePath(u"actes-seminaire.pdf"_s);
    ProceedingsExporter exporter(options);
    const ProceedingsResult result = exporter.exportTo({r}, path);
    QVERIFY2(result.ok, qPrintable(result.errorMessage));

    RecordingRepository repo;
    const Attachment a = AttachmentFiles::storeFile(repo, repo, path);
    QCOMPARE(a.mimeType, u"application/pdf"_s);
    QVERIFY(a.isPdf());
    QCOMPARE(a.kind, AttachmentKind::Proceedings);
    const QString text = repo.texts.value(a.sha256);
    QVERIFY2(text.contains(u"quinquagénaire xylographe"_s), qPrintable(text.left(500)));
    QVERIFY2(!text.contains(u'\n') && !text.contains(u'\f'), "the text is one line of words");
}

void TestAttachmentFiles::damagedPdfAttachedWithoutText()
{
    RecordingRepository repo;
    const QString path = write(u"etude.pdf"_s, "%PDF-1.7\nthis is not really a PDF\n");
    const Attachment a = AttachmentFiles::storeFile(repo, repo, path);
    QCOMPARE(a.kind, AttachmentKind::Study);
    QVERIFY(repo.hasAttachmentData(a.sha256));
    QVERIFY(repo.texts.value(a.sha256).isEmpty());
}

void TestAttachmentFiles::links_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << u"https://www.youtube.com/watch?v=abc"_s << u"Vidéo d’ouverture"_s << true;
    QTest::newRow("http, spaces around") << u"  http://example.org/page  "_s << u"Page"_s << true;
    QTest::newRow("no title") << u"https://example.org/"_s << u"   "_s << false;
    QTest::newRow("ftp") << u"ftp://example.org/file.pdf"_s << u"Fichier"_s << false;
    QTest::newRow("file") << u"file:///home/claire/deck.pdf"_s << u"Deck"_s << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << u"Piège"_s << false;
    QTest::newRow("no host") << u"https:///chemin"_s << u"Chemin"_s << false;
    QTest::newRow("not an address") << u"youtube"_s << u"Vidéo"_s << false;
    QTest::newRow("a password in it") << u"https://claire:secret@example.org/"_s << u"Page"_s << false;
}

void TestAttachmentFiles::links()
{
    QFETCH(QString, url);
    QFETCH(QString, title);
    QFETCH(bool, accepted);
    try {
        const Attachment a = AttachmentFiles::makeLink(url, title, AttachmentKind::Video, true);
        QVERIFY2(accepted, qPrintable(url));
        QCOMPARE(a.url, url.trimmed());
        QCOMPARE(a.title, title);
        QCOMPARE(a.kind, AttachmentKind::Video);
        QVERIFY(a.membersOnly);
        QVERIFY(a.isLink());
        QVERIFY(a.sha256.isEmpty() && a.fileName.isEmpty() && a.size == 0);
    } catch (const LibraryError &e) {
        QVERIFY2(!accepted, qPrintable(e.message()));
        QCOMPARE(e.kind(), LibraryError::Kind::Invalid);
        QVERIFY2(e.message().contains(u"Nothing was attached"_s), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(u"secret"_s), qPrintable(e.message()));
    }
}

void TestAttachmentFiles::saveCopyByteIdentical()
{
    RecordingRepository repo;
    QByteArray bytes;
    for (int i = 0; i < 70000; ++i)
        bytes.append(char(i * 7 % 256));
    const QString path = write(u"données.bin"_s, bytes);
    const Attachment a = AttachmentFiles::storeFile(repo, repo, path);
    const QString copy = m_dir.filePath(u"copie.bin"_s);
    write(u"copie.bin"_s, "an older file, replaced");
    AttachmentFiles::saveCopy(repo, a, copy);
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    // Nothing left beside it (the copy is written to a temporary file, then renamed).
    QCOMPARE(QDir(m_dir.path()).entryList({u"copie.bin*"_s}, QDir::Files | QDir::Hidden), QStringList{u"copie.bin"_s});
}

void TestAttachmentFiles::saveCopyRefusals()
{
    RecordingRepository repo;
    const Attachment link = AttachmentFiles::makeLink(u"https://vimeo.com/1"_s, u"Table ronde"_s);
    try {
        AttachmentFiles::saveCopy(repo, link, m_dir.filePath(u"lien.bin"_s));
        QFAIL("a link was saved as a file");
    } catch (const LibraryError &e) {
        QVERIFY2(e.message().contains(u"Table ronde"_s), qPrintable(e.message()));
    }
    QVERIFY(!QFile::exists(m_dir.filePath(u"lien.bin"_s)));

    const Attachment a = AttachmentFiles::storeFile(repo, repo, write(u"note.txt"_s, "note"));
    try {
        AttachmentFiles::saveCopy(repo, a, m_dir.filePath(u"pas-de-dossier/note.txt"_s));
        QFAIL("written into a folder that does not exist");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::Io);
        QVERIFY2(e.message().contains(u"pas-de-dossier"_s), qPrintable(e.message()));
    }
    try {
        AttachmentFiles::saveCopy(repo, a, m_dir.path());
        QFAIL("a folder was replaced");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::Invalid);
    }
    Attachment unknown = a;
    unknown.sha256 = QString(64, u'0');
    try {
        AttachmentFiles::saveCopy(repo, unknown, m_dir.filePath(u"inconnu.txt"_s));
        QFAIL("content that is not stored was saved");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::NotFound);
        QVERIFY2(e.message().contains(u"note.txt"_s), qPrintable(e.message()));
    }
    QVERIFY(!QFile::exists(m_dir.filePath(u"inconnu.txt"_s)));
}

// The writes of the command line: one save (one revision) per command, announced.
void TestAttachmentFiles::libraryAttachesAndDetaches()
{
    RecordingRepository repo;
    Resource r;
    r.title = u"Séminaire"_s;
    const qint64 id = repo.createResource(r).id;
    Library library;
    library.setPollInterval(0);
    library.setRepository(&repo);
    QSignalSpy changed(&library, &Library::resourcesChanged);

    const int savesBefore = repo.saveCalls;
    const Resource stored = library.attachFiles(id, {write(u"programme.txt"_s, "Jour 1"), write(u"diaporama.odp"_s, "odp")});
    QCOMPARE(repo.saveCalls, savesBefore + 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<QList<qint64>>(), QList<qint64>{id});
    QCOMPARE(stored.attachments.size(), 2);
    QCOMPARE(stored.attachments.at(0).kind, AttachmentKind::Programme);
    QCOMPARE(stored.attachments.at(1).kind, AttachmentKind::Slides);
    QVERIFY(stored.attachments.at(0).id > 0 && stored.attachments.at(1).id > 0);
    QCOMPARE(repo.loadResource(id)->attachments, stored.attachments);

    const Resource linked = library.attachLink(id, AttachmentFiles::makeLink(u"https://vimeo.com/1"_s, u"Vidéo"_s,
                                                                             AttachmentKind::Video, true));
    QCOMPARE(linked.attachments.size(), 3);
    QVERIFY(linked.attachments.last().membersOnly);

    const Resource detached = library.detach(id, stored.attachments.at(0).id);
    QCOMPARE(detached.attachments.size(), 2);
    QCOMPARE(detached.attachments.first().title, stored.attachments.at(1).title);
    QCOMPARE(changed.size(), 3);
    QCOMPARE(repo.saveCalls, savesBefore + 3);
    // The content stays: the earlier revision names it.
    QVERIFY(repo.hasAttachmentData(stored.attachments.at(0).sha256));

    try {
        library.detach(id, 9999);
        QFAIL("an unknown attachment was detached");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::NotFound);
        QVERIFY2(e.message().contains(u"9999"_s), qPrintable(e.message()));
    }
    try {
        library.attachFiles(4242, {write(u"x.txt"_s, "x")});
        QFAIL("attached to a resource that does not exist");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::NotFound);
    }
    QCOMPARE(changed.size(), 3);
}

// A bad file among several: nothing is written, not even the good files' content.
void TestAttachmentFiles::libraryAttachesAllOrNone()
{
    RecordingRepository repo;
    Resource r;
    r.title = u"Séminaire"_s;
    const qint64 id = repo.createResource(r).id;
    Library library;
    library.setPollInterval(0);
    library.setRepository(&repo);
    QSignalSpy changed(&library, &Library::resourcesChanged);
    const int savesBefore = repo.saveCalls;
    try {
        library.attachFiles(id, {write(u"bon.txt"_s, "bon"), m_dir.filePath(u"manquant.pdf"_s)});
        QFAIL("a missing file was attached");
    } catch (const LibraryError &e) {
        QVERIFY2(e.message().contains(u"manquant.pdf"_s), qPrintable(e.message()));
    }
    QCOMPARE(repo.stores, 0);
    QCOMPARE(repo.saveCalls, savesBefore);
    QCOMPARE(changed.size(), 0);
    QVERIFY(repo.loadResource(id)->attachments.isEmpty());

    // The same content twice on one resource is refused.
    library.attachFiles(id, {write(u"deck.pdf"_s, "same")});
    try {
        library.attachFiles(id, {write(u"deck-copie.pdf"_s, "same")});
        QFAIL("the same content was attached twice");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::Invalid);
        QVERIFY2(e.message().contains(u"deck-copie.pdf"_s) && e.message().contains(u"already attached"_s),
                 qPrintable(e.message()));
    }
    QCOMPARE(repo.loadResource(id)->attachments.size(), 1);
}

QTEST_MAIN(TestAttachmentFiles)
#include "tst_attachmentfiles.moc"
