// The editing pane: formatting actions give the clean HTML a reader expects, paste is
// sanitised (no script, no event handler, no remote image, no network request), images are
// stored in the library, find/replace-all is one undo step.

#include "editor/editoractions.h"
#include "editor/findreplacebar.h"
#include "editor/linkdialog.h"
#include "editor/resourceeditorpane.h"
#include "editor/richtexteditor.h"
#include "editor/textformatting.h"
#include "storage/sqliterepository.h"
#include "text/cleanhtml.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolBar>
#include <QUrl>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <thread>

using namespace Actes;
using namespace Qt::StringLiterals;

#include "editortest.h"

using namespace EditorTest;

class TestEditorPaste : public QObject, private EditorTest::EditorFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { setUpPane(); }
    void cleanup() { tearDownPane(); }

    void pasteFixtures_data();
    void pasteFixtures();
    void pasteStripsScriptsHandlersAndRemoteImages();
    void pasteWordWithLocalClipImage();
    void pasteNeverReadsDevicesPipesOrHugeFiles();
    void pasteWebImageWithBitmapKeepsBitmap();
    void plainTextPasteKeepsParagraphs();
    void plainTextPasteOfHtmlClipboard();
    void imageFromFileStoredInLibrary();
    void imageFromClipboardStoredInLibrary();
    void imagesReloadFromLibrary();
    void copyGivesCleanHtml();
};

void TestEditorPaste::pasteFixtures_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("word") << u"word"_s;
    QTest::newRow("libreoffice") << u"libreoffice"_s;
    QTest::newRow("webpage") << u"webpage"_s;
}

void TestEditorPaste::pasteFixtures()
{
    QFETCH(QString, name);
    const QString html = readFixture(u"paste/"_s + name + u".html"_s);
    QString expected = readFixture(u"paste/"_s + name + u".expected.html"_s).trimmed();
    if (html.isEmpty() || expected.isEmpty())
        QSKIP("paste fixtures of the sanitizer are absent");
    auto *mime = new QMimeData;
    mime->setHtml(html);
    mime->setText(u"texte brut"_s);
    QGuiApplication::clipboard()->setMimeData(mime);
    body()->paste();
    QString out = bodyHtml();
    // data: images were stored in the library: compare with the keys in place.
    static const QRegularExpression stored(u"actes-image:([0-9a-zA-Z_-]+)"_s);
    auto it = stored.globalMatch(out);
    int n = 0;
    while (it.hasNext()) {
        const QString key = it.next().captured(1);
        QVERIFY(!m_repo->loadImage(key).isEmpty());
        expected.replace(u"actes-pending:"_s + QString::number(n), u"actes-image:"_s + key);
        ++n;
    }
    QVERIFY(!out.contains(u"actes-pending"_s));
    QVERIFY(!out.contains(u"actes-remote"_s));
    QCOMPARE(out, expected);
}

void TestEditorPaste::pasteStripsScriptsHandlersAndRemoteImages()
{
    Tripwire tripwire;
    QVERIFY(tripwire.port() > 0);
    QString html = readFixture(u"paste-ui/remote-image.html"_s);
    QVERIFY(!html.isEmpty());
    html.replace(u"@PORT@"_s, QString::number(tripwire.port()));
    QSignalSpy remote(body(), &RichTextEditor::remoteImagesSkipped);
    QSignalSpy status(m_pane.get(), &ResourceEditorPane::statusMessage);
    auto *mime = new QMimeData;
    mime->setHtml(html);
    QGuiApplication::clipboard()->setMimeData(mime);
    body()->paste();
    QTest::qWait(300); // give any fetch a chance to happen
    const QString out = bodyHtml();
    for (const QString &forbidden : {u"script"_s, u"onclick"_s, u"onload"_s, u"onmouseover"_s, u"javascript"_s,
                                     u"127.0.0.1"_s, u"<img"_s, u"style"_s, u"class"_s, u"font"_s, u"iframe"_s,
                                     u"color"_s, u"Georgia"_s})
        QVERIFY2(!out.contains(forbidden, Qt::CaseInsensitive), qPrintable(forbidden + u" in "_s + out));
    QVERIFY(out.startsWith(u"<h2>Rencontre des acteurs de l’ESS</h2>\n<p>Une journée d’échanges « très riche », à l’Hôtel de Ville.</p>"_s));
    QVERIFY(out.contains(u"<a href=\"https://www.ess-france.org/\">un vrai lien</a>"_s));
    QVERIFY(out.contains(u"Texte en couleur et un faux lien et"_s));
    QCOMPARE(remote.count(), 1);
    QCOMPARE(remote.at(0).at(0).toInt(), 1);
    QCOMPARE(status.count(), 1);
    QVERIFY(status.at(0).at(0).toString().contains(u"not downloaded"_s));
    QVERIFY2(!tripwire.touched(), "a network request reached the test server");
    // Pasting is one undo step.
    body()->document()->undo();
    QCOMPARE(bodyHtml(), QString());
}

void TestEditorPaste::pasteWordWithLocalClipImage()
{
    // Word refers to its temporary clip_image files: pasted HTML never reads a local file, so the
    // image is left out and reported (the text and the list are kept).
    QString html = readFixture(u"paste-ui/word-list.html"_s);
    const QString clip = m_dir->filePath(u"clip_image001.png"_s);
    QFile f(clip);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pngBytes(Qt::blue));
    f.close();
    html.replace(u"file:///C:/Users/agent/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png"_s,
                 QUrl::fromLocalFile(clip).toString());
    QSignalSpy status(body(), &RichTextEditor::statusMessage);
    auto *mime = new QMimeData;
    mime->setHtml(html);
    QGuiApplication::clipboard()->setMimeData(mime);
    body()->paste();
    const QString out = bodyHtml();
    QVERIFY2(out.startsWith(u"<p><strong>Atelier coopératives</strong></p>\n<ul>\n<li>Premier point</li>\n<li>Second point</li>\n</ul>"_s),
             qPrintable(out));
    QVERIFY(!out.contains(u"<img"_s));
    QVERIFY(!out.contains(clip));
    QVERIFY(!out.contains(u"file:"_s));
    QCOMPARE(status.count(), 1);
    QVERIFY2(status.at(0).at(0).toString().contains(u"files on this computer were not read"_s),
             qPrintable(status.at(0).at(0).toString()));
}

// Issue #10, item 4: pasted HTML and pasted or dropped file lists cannot make the editor read
// /dev/zero, wait on a pipe or swallow a huge file. A watchdog ends the test if it hangs.
void TestEditorPaste::pasteNeverReadsDevicesPipesOrHugeFiles()
{
    std::atomic<bool> done{false};
    std::thread watchdog([&done] {
        for (int i = 0; i < 300 && !done; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        if (!done) {
            std::fprintf(stderr, "FAIL: pasting hung on a pipe or a device (watchdog, 30 s)\n");
            std::_Exit(1);
        }
    });
    const auto stopWatchdog = qScopeGuard([&] {
        done = true;
        watchdog.join();
    });

    const QString fifo = m_dir->filePath(u"pipe.png"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString huge = m_dir->filePath(u"huge.png"_s);
    {
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pngBytes(Qt::red));
        QVERIFY(f.resize(qint64(3) * 1024 * 1024 * 1024));   // sparse: 3 GB that take no room
    }
    QElapsedTimer timer;
    timer.start();

    // In pasted HTML: never read, whatever they are.
    const QString html = u"<p>Avant</p><p><img src=\"file:///dev/zero\"><img src=\"%1\"><img src=\"%2\">"
                         "<img src=\"file:///dev/urandom\"></p><p>Après</p>"_s
                             .arg(QUrl::fromLocalFile(fifo).toString(), QUrl::fromLocalFile(huge).toString());
    QSignalSpy status(body(), &RichTextEditor::statusMessage);
    auto *mime = new QMimeData;
    mime->setHtml(html);
    QGuiApplication::clipboard()->setMimeData(mime);
    body()->paste();
    QCOMPARE(bodyHtml(), u"<p>Avant</p>\n<p>Après</p>"_s);
    QCOMPARE(status.count(), 1);
    QVERIFY2(status.at(0).at(0).toString().startsWith(u"4 image"_s)
                 && status.at(0).at(0).toString().contains(u"files on this computer were not read"_s),
             qPrintable(status.at(0).at(0).toString()));

    // A list of files pasted or dropped: only ordinary image files of a sensible size are read.
    for (const QString &path : {u"/dev/zero"_s, fifo, huge}) {
        body()->clear();
        status.clear();
        auto *files = new QMimeData;
        files->setUrls({QUrl::fromLocalFile(path)});
        QGuiApplication::clipboard()->setMimeData(files);
        body()->paste();
        QVERIFY2(!bodyHtml().contains(u"<img"_s), qPrintable(path));
    }
    QVERIFY(!body()->insertImageFile(fifo));
    QVERIFY(!body()->insertImageFile(u"/dev/zero"_s));
    QVERIFY(!body()->insertImageFile(huge));
    // Nobody holds the pipe open for reading.
    const int writer = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
    QCOMPARE(writer, -1);
    QCOMPARE(errno, ENXIO);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

void TestEditorPaste::pasteWebImageWithBitmapKeepsBitmap()
{
    // "Copy image" in a browser: <img src="https://..."> and the bitmap. The bitmap is used.
    auto *mime = new QMimeData;
    mime->setHtml(u"<meta charset='utf-8'><img src=\"https://www.example.org/photo.png\" alt=\"photo\"/>"_s);
    QImage image(50, 20, QImage::Format_RGB32);
    image.fill(Qt::green);
    mime->setImageData(image);
    QGuiApplication::clipboard()->setMimeData(mime);
    body()->paste();
    const QString out = bodyHtml();
    QVERIFY2(out.startsWith(u"<p><img src=\"actes-image:"_s), qPrintable(out));
    QVERIFY(!out.contains(u"example.org"_s));
}

void TestEditorPaste::plainTextPasteKeepsParagraphs()
{
    QGuiApplication::clipboard()->setText(u"Premier paragraphe.\r\n\r\nSecond paragraphe,\r\nsur deux lignes.\r\n"_s);
    body()->paste();
    QCOMPARE(bodyHtml(), u"<p>Premier paragraphe.</p>\n<p>Second paragraphe,<br>sur deux lignes.</p>"_s);
    body()->clear();
    QGuiApplication::clipboard()->setText(u"Ligne un\nLigne deux\nLigne trois"_s);
    body()->paste();
    QCOMPARE(bodyHtml(), u"<p>Ligne un</p>\n<p>Ligne deux</p>\n<p>Ligne trois</p>"_s);
}

void TestEditorPaste::plainTextPasteOfHtmlClipboard()
{
    auto *mime = new QMimeData;
    mime->setHtml(u"<p><b style='color:red'>Gras</b> et <i>italique</i></p><p>Deux</p>"_s);
    mime->setText(u"Gras et italique\n\nDeux"_s);
    QGuiApplication::clipboard()->setMimeData(mime);
    QAction *plain = actions()->action(EditorActions::PasteAsPlainText);
    QCOMPARE(plain->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    plain->trigger();
    QCOMPARE(bodyHtml(), u"<p>Gras et italique</p>\n<p>Deux</p>"_s);
    body()->clear();
    body()->paste();
    QCOMPARE(bodyHtml(), u"<p><strong>Gras</strong> et <em>italique</em></p>\n<p>Deux</p>"_s);
}

void TestEditorPaste::imageFromFileStoredInLibrary()
{
    const QByteArray png = pngBytes(Qt::red);
    const QString path = m_dir->filePath(u"photo du forum.png"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(png);
    f.close();
    typeText(body(), u"Photo : "_s);
    QVERIFY(body()->insertImageFile(path));
    const QString out = bodyHtml();
    static const QRegularExpression re(u"<img src=\"actes-image:([^\"]+)\" alt=\"photo du forum\">"_s);
    const auto m = re.match(out);
    QVERIFY2(m.hasMatch(), qPrintable(out));
    QString mime;
    QCOMPARE(m_repo->loadImage(m.captured(1), &mime), png);
    QCOMPARE(mime, u"image/png"_s);
    QVERIFY(!out.contains(m_dir->path()));
    // Not an image: refused with a message, nothing inserted.
    const QString text = m_dir->filePath(u"notes.png"_s);
    QFile t(text);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write("pas une image");
    t.close();
    QSignalSpy status(body(), &RichTextEditor::statusMessage);
    QVERIFY(!body()->insertImageFile(text));
    QCOMPARE(status.count(), 1);
    QCOMPARE(bodyHtml(), out);
}

void TestEditorPaste::imageFromClipboardStoredInLibrary()
{
    auto *mime = new QMimeData;
    QImage image(30, 30, QImage::Format_RGB32);
    image.fill(Qt::yellow);
    mime->setImageData(image);
    QGuiApplication::clipboard()->setMimeData(mime);
    actions()->updateStates();
    QVERIFY(actions()->action(EditorActions::ImageFromClipboard)->isEnabled());
    actions()->action(EditorActions::ImageFromClipboard)->trigger();
    const QString out = bodyHtml();
    static const QRegularExpression re(u"actes-image:([^\"]+)"_s);
    const auto m = re.match(out);
    QVERIFY2(m.hasMatch(), qPrintable(out));
    const QImage stored = QImage::fromData(m_repo->loadImage(m.captured(1)));
    QCOMPARE(stored.size(), QSize(30, 30));
    QCOMPARE(stored.pixelColor(5, 5), QColor(Qt::yellow));
}

void TestEditorPaste::imagesReloadFromLibrary()
{
    const QString key = m_repo->storeImage(pngBytes(Qt::magenta, 1200, 600), u"image/png"_s);
    Resource r;
    r.bodyHtml = u"<p><img src=\"actes-image:%1\" alt=\"grande\"></p>"_s.arg(key);
    // A fresh pane (no cached resources) loads through the repository.
    ResourceEditorPane pane;
    pane.setRepository(m_repo.get());
    pane.setResource(r);
    const QVariant res = pane.bodyEditor()->document()->resource(QTextDocument::ImageResource,
                                                                 QUrl(u"actes-image:"_s + key));
    QImage shown = res.value<QImage>();
    if (shown.isNull()) {
        pane.resize(700, 500);
        pane.grab(); // layout asks for the image
        shown = pane.bodyEditor()->document()->resource(QTextDocument::ImageResource,
                                                        QUrl(u"actes-image:"_s + key)).value<QImage>();
    }
    QVERIFY(!shown.isNull());
    QCOMPARE(shown.width(), RichTextEditor::MaxDisplayWidth); // shown smaller, stored untouched
    Resource out;
    pane.applyTo(out);
    QCOMPARE(out.bodyHtml, r.bodyHtml);
}

void TestEditorPaste::copyGivesCleanHtml()
{
    Resource r;
    r.bodyHtml = u"<p><strong>Gras</strong> et <em>italique</em></p>"_s;
    m_pane->setResource(r);
    body()->selectAll();
    body()->copy();
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data->hasHtml());
    QCOMPARE(data->html(), r.bodyHtml);
    body()->moveCursor(QTextCursor::End);
    body()->paste();
    QCOMPARE(bodyHtml(), u"<p><strong>Gras</strong> et <em>italique</em><strong>Gras</strong> et <em>italique</em></p>"_s);
}

QTEST_MAIN(TestEditorPaste)
#include "tst_editorpaste.moc"
