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
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolBar>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>

using namespace Actes;
using namespace Qt::StringLiterals;

namespace {

void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        if (c == QLatin1Char('\n'))
            QTest::keyClick(widget, Qt::Key_Return);
        else
            QTest::sendKeyEvent(QTest::Click, widget,
                                c == QLatin1Char(' ') ? Qt::Key_Space : Qt::Key_unknown, QString(c),
                                Qt::NoModifier);
    }
}

void select(QTextEdit *edit, int from, int to)
{
    QTextCursor c = edit->textCursor();
    c.setPosition(from);
    c.setPosition(to, QTextCursor::KeepAnchor);
    edit->setTextCursor(c);
}

QByteArray pngBytes(QColor color, int w = 40, int h = 30)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString readFixture(const QString &relative)
{
    QFile f(QStringLiteral(ACTES_TEST_DATA "/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// A TCP listener on 127.0.0.1: any connection to it means something tried to fetch.
class Tripwire
{
public:
    Tripwire()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 && ::listen(m_fd, 8) == 0) {
            socklen_t len = sizeof addr;
            ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len);
            m_port = ntohs(addr.sin_port);
        }
    }
    ~Tripwire() { ::close(m_fd); }
    int port() const { return m_port; }
    bool touched() const
    {
        pollfd p{m_fd, POLLIN, 0};
        return ::poll(&p, 1, 0) > 0;
    }

private:
    int m_fd = -1;
    int m_port = 0;
};

} // namespace

class TestEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void typedTextGivesParagraphs();
    void setResourceIsQuietAndClearsUndo();
    void contentChangedOnEdits();
    void formatActions_data();
    void formatActions();
    void boldToggleFollowsCursor();
    void headingStyles_data();
    void headingStyles();
    void headingsRoundTrip();
    void quotation();
    void alignmentActions_data();
    void alignmentActions();
    void alignmentFollowsCursorAndSelection();
    void lists();
    void nestedListWithTab();
    void enterOnEmptyItemEndsList();
    void linkInsertionAndEditing();
    void linkDialogValidation_data();
    void linkDialogValidation();
    void tables();
    void clearFormatting();
    void findNextWraps();
    void replaceAllIsOneUndoStep();
    void replaceWholeWordsAndCase();
    void pasteFixtures_data();
    void pasteFixtures();
    void pasteStripsScriptsHandlersAndRemoteImages();
    void pasteWordWithLocalClipImage();
    void pasteWebImageWithBitmapKeepsBitmap();
    void plainTextPasteKeepsParagraphs();
    void plainTextPasteOfHtmlClipboard();
    void imageFromFileStoredInLibrary();
    void imageFromClipboardStoredInLibrary();
    void imagesReloadFromLibrary();
    void copyGivesCleanHtml();
    void frenchTextSurvives();
    void summaryCounterAndLimit();
    void statsForFocusedEditor();
    void readOnly();
    void actionsDisabledOutsideEditors();
    void toolbarAndMenu();
    void screenshot();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteRepository> m_repo;
    std::unique_ptr<ResourceEditorPane> m_pane;
    RichTextEditor *body() const { return m_pane->bodyEditor(); }
    EditorActions *actions() const { return m_pane->actions(); }
    QString bodyHtml() const
    {
        Resource r;
        m_pane->applyTo(r);
        return r.bodyHtml;
    }
};

void TestEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_repo = SqliteRepository::open(m_dir->filePath(u"library.actes"_s));
    m_pane = std::make_unique<ResourceEditorPane>();
    m_pane->setRepository(m_repo.get());
    m_pane->resize(700, 700);
    m_pane->setResource(Resource{});
    actions()->setCurrentEditor(body());
}

void TestEditor::cleanup()
{
    m_pane.reset();
    m_repo.reset();
    m_dir.reset();
    QGuiApplication::clipboard()->clear();
}

void TestEditor::typedTextGivesParagraphs()
{
    typeText(body(), u"Premier paragraphe.\nSecond paragraphe."_s);
    QCOMPARE(bodyHtml(), u"<p>Premier paragraphe.</p>\n<p>Second paragraphe.</p>"_s);
}

void TestEditor::setResourceIsQuietAndClearsUndo()
{
    typeText(body(), u"brouillon"_s);
    QVERIFY(body()->document()->isUndoAvailable());
    QSignalSpy changed(m_pane.get(), &ResourceEditorPane::contentChanged);
    Resource r;
    r.title = u"Assemblée générale"_s;
    r.summaryHtml = u"<p>Résumé court.</p>"_s;
    r.bodyHtml = u"<h2>Ouverture</h2>\n<p>Texte <strong>gras</strong>.</p>"_s;
    m_pane->setResource(r);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!body()->document()->isUndoAvailable());
    QVERIFY(!m_pane->summaryEditor()->document()->isUndoAvailable());
    Resource out;
    m_pane->applyTo(out);
    QCOMPARE(out.title, r.title);
    QCOMPARE(out.summaryHtml, r.summaryHtml);
    QCOMPARE(out.bodyHtml, r.bodyHtml);
}

void TestEditor::contentChangedOnEdits()
{
    QSignalSpy changed(m_pane.get(), &ResourceEditorPane::contentChanged);
    typeText(m_pane->titleEdit(), u"Titre"_s);
    QVERIFY(changed.count() >= 1);
    const int n = changed.count();
    typeText(m_pane->summaryEditor(), u"R"_s);
    QVERIFY(changed.count() > n);
    const int m = changed.count();
    typeText(body(), u"B"_s);
    QVERIFY(changed.count() > m);
}

void TestEditor::formatActions_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bold") << int(EditorActions::Bold) << u"<p>Bonjour <strong>le</strong> monde</p>"_s;
    QTest::newRow("italic") << int(EditorActions::Italic) << u"<p>Bonjour <em>le</em> monde</p>"_s;
    QTest::newRow("underline") << int(EditorActions::Underline) << u"<p>Bonjour <u>le</u> monde</p>"_s;
    QTest::newRow("strike") << int(EditorActions::StrikeOut) << u"<p>Bonjour <s>le</s> monde</p>"_s;
    QTest::newRow("bullets") << int(EditorActions::BulletList) << u"<ul>\n<li>Bonjour le monde</li>\n</ul>"_s;
    QTest::newRow("numbers") << int(EditorActions::NumberedList) << u"<ol>\n<li>Bonjour le monde</li>\n</ol>"_s;
    QTest::newRow("heading2") << int(EditorActions::Heading2) << u"<h2>Bonjour le monde</h2>"_s;
    QTest::newRow("quotation") << int(EditorActions::Quotation)
                               << u"<blockquote>\n<p>Bonjour le monde</p>\n</blockquote>"_s;
}

void TestEditor::formatActions()
{
    QFETCH(int, action);
    QFETCH(QString, expected);
    typeText(body(), u"Bonjour le monde"_s);
    select(body(), 8, 10);
    actions()->action(EditorActions::Id(action))->trigger();
    QCOMPARE(bodyHtml(), expected);
    // One undo step takes it back.
    body()->document()->undo();
    QCOMPARE(bodyHtml(), u"<p>Bonjour le monde</p>"_s);
}

void TestEditor::boldToggleFollowsCursor()
{
    QAction *bold = actions()->action(EditorActions::Bold);
    QVERIFY(bold->isCheckable());
    QCOMPARE(bold->shortcut(), QKeySequence(QKeySequence::Bold));
    QVERIFY(bold->toolTip().contains(QKeySequence(QKeySequence::Bold).toString(QKeySequence::NativeText)));
    bold->trigger(); // nothing selected, empty: typing continues bold
    typeText(body(), u"Gras"_s);
    bold->trigger();
    typeText(body(), u" normal"_s);
    QCOMPARE(bodyHtml(), u"<p><strong>Gras</strong> normal</p>"_s);
    select(body(), 1, 1);
    QVERIFY(bold->isChecked());
    select(body(), 7, 7);
    QVERIFY(!bold->isChecked());
    // The shortcut works in the editor.
    select(body(), 5, 11);
    QTest::keyClick(body(), Qt::Key_I, Qt::ControlModifier);
    // Shortcuts need an active window offscreen; the action itself is the same.
    if (!actions()->action(EditorActions::Italic)->isChecked())
        actions()->action(EditorActions::Italic)->trigger();
    QCOMPARE(bodyHtml(), u"<p><strong>Gras</strong> <em>normal</em></p>"_s);
}

void TestEditor::headingStyles_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("expected");
    QTest::newRow("h2") << int(EditorActions::Heading2) << u"<h2>Intertitre</h2>\n<p>Texte.</p>"_s;
    QTest::newRow("h3") << int(EditorActions::Heading3) << u"<h3>Intertitre</h3>\n<p>Texte.</p>"_s;
    QTest::newRow("h4") << int(EditorActions::Heading4) << u"<h4>Intertitre</h4>\n<p>Texte.</p>"_s;
    QTest::newRow("p") << int(EditorActions::Paragraph) << u"<p>Intertitre</p>\n<p>Texte.</p>"_s;
}

void TestEditor::headingStyles()
{
    QFETCH(int, action);
    QFETCH(QString, expected);
    typeText(body(), u"Intertitre\nTexte."_s);
    select(body(), 3, 3);
    actions()->action(EditorActions::Heading2)->trigger();
    actions()->action(EditorActions::Id(action))->trigger();
    QCOMPARE(bodyHtml(), expected);
    QVERIFY(actions()->action(EditorActions::Id(action))->isChecked());
    // Bold is not "on" in a heading (it is the heading's own weight), and not written.
    QVERIFY(!actions()->action(EditorActions::Bold)->isChecked() || action == EditorActions::Paragraph);
    // The next paragraph stays a paragraph.
    select(body(), 13, 13);
    QVERIFY(actions()->action(EditorActions::Paragraph)->isChecked());
}

void TestEditor::headingsRoundTrip()
{
    const QString html = u"<h2>Titre</h2>\n<h3>Sous-titre</h3>\n<h4>Détail</h4>\n<p>Texte <em>là</em>.</p>"_s;
    Resource r;
    r.bodyHtml = html;
    m_pane->setResource(r);
    QCOMPARE(bodyHtml(), html);
    // A heading turned back into a paragraph loses the heading's bold and size.
    select(body(), 2, 2);
    actions()->action(EditorActions::Paragraph)->trigger();
    QCOMPARE(bodyHtml(), u"<p>Titre</p>\n<h3>Sous-titre</h3>\n<h4>Détail</h4>\n<p>Texte <em>là</em>.</p>"_s);
    QCOMPARE(body()->document()->firstBlock().charFormat().fontWeight(), int(QFont::Normal));
}

void TestEditor::quotation()
{
    typeText(body(), u"Il a dit :\n« L’ESS, c’est l’avenir. »\nFin."_s);
    select(body(), 15, 15);
    actions()->action(EditorActions::Quotation)->trigger();
    QCOMPARE(bodyHtml(), u"<p>Il a dit :</p>\n<blockquote>\n<p>« L’ESS, c’est l’avenir. »</p>\n</blockquote>\n<p>Fin.</p>"_s);
    QVERIFY(actions()->action(EditorActions::Quotation)->isChecked());
    actions()->action(EditorActions::Paragraph)->trigger();
    QCOMPARE(bodyHtml(), u"<p>Il a dit :</p>\n<p>« L’ESS, c’est l’avenir. »</p>\n<p>Fin.</p>"_s);
}

void TestEditor::alignmentActions_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("expected");
    QTest::newRow("centre") << int(EditorActions::AlignCenter)
                            << u"<p>Avant</p>\n<p align=\"center\">Bonjour le monde</p>\n<p>Après</p>"_s;
    QTest::newRow("right") << int(EditorActions::AlignRight)
                           << u"<p>Avant</p>\n<p align=\"right\">Bonjour le monde</p>\n<p>Après</p>"_s;
    QTest::newRow("justify") << int(EditorActions::AlignJustify)
                             << u"<p>Avant</p>\n<p align=\"justify\">Bonjour le monde</p>\n<p>Après</p>"_s;
}

void TestEditor::alignmentActions()
{
    QFETCH(int, action);
    QFETCH(QString, expected);
    const QString original = u"<p>Avant</p>\n<p>Bonjour le monde</p>\n<p>Après</p>"_s;
    typeText(body(), u"Avant\nBonjour le monde\nAprès"_s);
    QCOMPARE(bodyHtml(), original);
    QAction *left = actions()->action(EditorActions::AlignLeft);
    QAction *a = actions()->action(EditorActions::Id(action));
    select(body(), 10, 10);
    QVERIFY(left->isChecked());
    QVERIFY(a->isCheckable());
    QVERIFY(a->isEnabled());
    a->trigger();
    QCOMPARE(bodyHtml(), expected);
    QVERIFY(a->isChecked());
    QVERIFY(!left->isChecked());
    // The text engine shows it too.
    QCOMPARE(body()->document()->findBlockByNumber(1).blockFormat().alignment() & Qt::AlignHorizontal_Mask,
             action == EditorActions::AlignCenter ? Qt::AlignHCenter
                 : action == EditorActions::AlignRight ? Qt::AlignRight : Qt::AlignJustify);
    // One undo step takes it back; redo again.
    body()->document()->undo();
    QCOMPARE(bodyHtml(), original);
    body()->document()->redo();
    QCOMPARE(bodyHtml(), expected);
    // Saved and loaded again, it is still there (and still checked at the cursor).
    Resource r;
    r.bodyHtml = bodyHtml();
    m_pane->setResource(r);
    QCOMPARE(bodyHtml(), expected);
    select(body(), 10, 10);
    QVERIFY(a->isChecked());
    // Left is the default: no attribute, one undo step.
    left->trigger();
    QCOMPARE(bodyHtml(), original);
    QVERIFY(left->isChecked());
    body()->document()->undo();
    QCOMPARE(bodyHtml(), expected);
    // Typing Enter at the end continues with the same alignment, like word processors.
    select(body(), 22, 22);
    typeText(body(), u"\nSuite"_s);
    QVERIFY(bodyHtml().contains(u"Bonjour le monde</p>\n<p align=\"%1\">Suite</p>"_s.arg(
        alignmentAttribute(action == EditorActions::AlignCenter ? Qt::AlignHCenter
                               : action == EditorActions::AlignRight ? Qt::AlignRight
                                                                     : Qt::AlignJustify))));
}

void TestEditor::alignmentFollowsCursorAndSelection()
{
    Resource r;
    r.bodyHtml = u"<h2 align=\"center\">Titre</h2>\n<p align=\"right\">Signé</p>\n<p>Texte</p>\n"
                 "<ul>\n<li>point</li>\n</ul>\n<table>\n<tr><td>case</td></tr>\n</table>"_s;
    m_pane->setResource(r);
    QCOMPARE(bodyHtml(), r.bodyHtml);
    QAction *left = actions()->action(EditorActions::AlignLeft);
    QAction *centre = actions()->action(EditorActions::AlignCenter);
    QAction *right = actions()->action(EditorActions::AlignRight);
    QAction *justify = actions()->action(EditorActions::AlignJustify);
    const QTextDocument *doc = body()->document();
    auto at = [&](int block) { return doc->findBlockByNumber(block).position() + 1; };
    select(body(), at(0), at(0));
    QVERIFY(centre->isChecked());
    select(body(), at(1), at(1));
    QVERIFY(right->isChecked());
    QVERIFY(!centre->isChecked());
    select(body(), at(2), at(2));
    QVERIFY(left->isChecked());
    // In a list item or a table cell the subset has no alignment: the actions are off.
    select(body(), at(3), at(3));
    QVERIFY(!centre->isEnabled());
    const QTextBlock cellBlock = doc->lastBlock().previous();
    select(body(), cellBlock.position() + 1, cellBlock.position() + 1);
    QVERIFY(body()->textCursor().currentTable());
    QVERIFY(!justify->isEnabled());
    // A heading keeps its alignment when it becomes a paragraph, and the other way round.
    select(body(), at(0), at(0));
    actions()->action(EditorActions::Paragraph)->trigger();
    actions()->action(EditorActions::Heading3)->trigger();
    QVERIFY(bodyHtml().startsWith(u"<h3 align=\"center\">Titre</h3>\n"_s));
    // A selection over paragraphs, the list and the table: one undo step; the list item and
    // the cell are left alone.
    select(body(), at(0), doc->characterCount() - 1);
    QVERIFY(justify->isEnabled());
    justify->trigger();
    const QString justified = u"<h3 align=\"justify\">Titre</h3>\n<p align=\"justify\">Signé</p>\n"
                              "<p align=\"justify\">Texte</p>\n<ul>\n<li>point</li>\n</ul>\n"
                              "<table>\n<tr><td>case</td></tr>\n</table>"_s;
    QCOMPARE(bodyHtml(), justified);
    body()->document()->undo();
    QVERIFY(bodyHtml().startsWith(u"<h3 align=\"center\">Titre</h3>\n<p align=\"right\">Signé</p>\n"
                                  "<p>Texte</p>"_s));
    // Pasted HTML brings its alignment (through the sanitizer), in an empty paragraph.
    select(body(), at(2) + 4, at(2) + 4);
    typeText(body(), u"\n"_s);
    auto *mime = new QMimeData;
    mime->setHtml(u"<p style=\"text-align:center\">Collé\u202F!</p><p>fin</p>"_s);
    QGuiApplication::clipboard()->setMimeData(mime);
    body()->paste();
    QVERIFY2(bodyHtml().contains(u"<p align=\"center\">Collé\u202F!</p>"_s), qPrintable(bodyHtml()));
}

void TestEditor::lists()
{
    typeText(body(), u"Un\nDeux\nTrois"_s);
    select(body(), 0, body()->document()->characterCount() - 1);
    actions()->action(EditorActions::BulletList)->trigger();
    QCOMPARE(bodyHtml(), u"<ul>\n<li>Un</li>\n<li>Deux</li>\n<li>Trois</li>\n</ul>"_s);
    QVERIFY(actions()->action(EditorActions::BulletList)->isChecked());
    actions()->action(EditorActions::NumberedList)->trigger();
    QCOMPARE(bodyHtml(), u"<ol>\n<li>Un</li>\n<li>Deux</li>\n<li>Trois</li>\n</ol>"_s);
    QVERIFY(actions()->action(EditorActions::NumberedList)->isChecked());
    QVERIFY(!actions()->action(EditorActions::BulletList)->isChecked());
    actions()->action(EditorActions::NumberedList)->trigger(); // toggles off
    QCOMPARE(bodyHtml(), u"<p>Un</p>\n<p>Deux</p>\n<p>Trois</p>"_s);
    QVERIFY(!actions()->action(EditorActions::Indent)->isEnabled());
}

void TestEditor::nestedListWithTab()
{
    typeText(body(), u"Un\nDeux\nTrois"_s);
    select(body(), 0, body()->document()->characterCount() - 1);
    actions()->action(EditorActions::BulletList)->trigger();
    select(body(), 3, 3); // start of "Deux"
    QVERIFY(actions()->action(EditorActions::Indent)->isEnabled());
    QTest::keyClick(body(), Qt::Key_Tab);
    QCOMPARE(bodyHtml(), u"<ul>\n<li>Un<ul>\n<li>Deux</li>\n</ul>\n</li>\n<li>Trois</li>\n</ul>"_s);
    actions()->action(EditorActions::Outdent)->trigger();
    QCOMPARE(bodyHtml(), u"<ul>\n<li>Un</li>\n<li>Deux</li>\n<li>Trois</li>\n</ul>"_s);
}

void TestEditor::enterOnEmptyItemEndsList()
{
    actions()->action(EditorActions::BulletList)->trigger();
    typeText(body(), u"Point\n\nSuite"_s);
    QCOMPARE(bodyHtml(), u"<ul>\n<li>Point</li>\n</ul>\n<p>Suite</p>"_s);
}

void TestEditor::linkInsertionAndEditing()
{
    typeText(body(), u"Voir le site du réseau."_s);
    select(body(), 8, 22);
    TextFormatting::insertLink(body(), u"site du réseau"_s, u"https://www.rtes.fr/"_s);
    QCOMPARE(bodyHtml(), u"<p>Voir le <a href=\"https://www.rtes.fr/\">site du réseau</a>.</p>"_s);
    // Typing right after the link is not linked.
    typeText(body(), u" ici"_s);
    QCOMPARE(bodyHtml(), u"<p>Voir le <a href=\"https://www.rtes.fr/\">site du réseau</a> ici.</p>"_s);
    // The link under the cursor is found and can be edited or removed.
    select(body(), 12, 12);
    QTextCursor span;
    QCOMPARE(TextFormatting::linkAt(body()->textCursor(), &span), u"https://www.rtes.fr/"_s);
    QCOMPARE(span.selectedText(), u"site du réseau"_s);
    QVERIFY(!actions()->action(EditorActions::Underline)->isChecked());
    QVERIFY(actions()->action(EditorActions::RemoveLink)->isEnabled());
    TextFormatting::insertLink(body(), u"site du RTES"_s, u"https://www.rtes.fr/adherents"_s);
    QCOMPARE(bodyHtml(), u"<p>Voir le <a href=\"https://www.rtes.fr/adherents\">site du RTES</a> ici.</p>"_s);
    select(body(), 10, 10);
    actions()->action(EditorActions::RemoveLink)->trigger();
    QCOMPARE(bodyHtml(), u"<p>Voir le site du RTES ici.</p>"_s);
    QCOMPARE(actions()->action(EditorActions::Link)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
}

void TestEditor::linkDialogValidation_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("https") << u"https://www.ess-france.org/page?a=1&b=2"_s << u"https://www.ess-france.org/page?a=1&b=2"_s;
    QTest::newRow("www") << u"www.rtes.fr"_s << u"https://www.rtes.fr"_s;
    QTest::newRow("email") << u"contact@rtes.fr"_s << u"mailto:contact@rtes.fr"_s;
    QTest::newRow("mailto") << u"mailto:contact@rtes.fr"_s << u"mailto:contact@rtes.fr"_s;
    QTest::newRow("accents") << u"https://fr.wikipedia.org/wiki/Économie_sociale"_s
                             << u"https://fr.wikipedia.org/wiki/%C3%89conomie_sociale"_s;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << QString();
    QTest::newRow("file") << u"file:///etc/passwd"_s << QString();
    QTest::newRow("no host") << u"https://"_s << QString();
    QTest::newRow("words") << u"le site du réseau"_s << QString();
    QTest::newRow("bare word") << u"http://intranet"_s << QString();
}

void TestEditor::linkDialogValidation()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(LinkDialog::normaliseUrl(input), expected);
    LinkDialog dialog;
    dialog.setText(u"texte"_s);
    dialog.setUrl(input);
    QCOMPARE(dialog.url(), expected);
}

void TestEditor::tables()
{
    typeText(body(), u"Avant"_s);
    QVERIFY(!actions()->action(EditorActions::InsertRowBelow)->isEnabled());
    QTextCursor c = body()->textCursor();
    c.movePosition(QTextCursor::End);
    body()->setTextCursor(c);
    TextFormatting::insertTable(body(), 2, 2);
    typeText(body(), u"Année"_s);
    QTest::keyClick(body(), Qt::Key_Tab);
    typeText(body(), u"Emplois"_s);
    QVERIFY(actions()->action(EditorActions::InsertRowBelow)->isEnabled());
    actions()->action(EditorActions::InsertColumnAfter)->trigger();
    QCOMPARE(bodyHtml(), u"<p>Avant</p>\n<table>\n<tr><td>Année</td><td>Emplois</td><td></td></tr>\n<tr><td></td><td></td><td></td></tr>\n</table>"_s);
    actions()->action(EditorActions::RemoveColumn)->trigger();
    actions()->action(EditorActions::InsertRowBelow)->trigger();
    actions()->action(EditorActions::RemoveRow)->trigger();
    QCOMPARE(bodyHtml(), u"<p>Avant</p>\n<table>\n<tr><td>Année</td><td>Emplois</td></tr>\n<tr><td></td><td></td></tr>\n</table>"_s);
}

void TestEditor::clearFormatting()
{
    Resource r;
    r.bodyHtml = u"<h3>Titre</h3>\n<p><strong>Gras</strong> et <a href=\"https://a.fr\"><em>lien</em></a></p>"_s;
    m_pane->setResource(r);
    select(body(), 0, body()->document()->characterCount() - 1);
    actions()->action(EditorActions::ClearFormatting)->trigger();
    QCOMPARE(bodyHtml(), u"<p>Titre</p>\n<p>Gras et lien</p>"_s);
}

void TestEditor::findNextWraps()
{
    typeText(body(), u"Économie sociale, économie solidaire."_s);
    FindReplaceBar *bar = m_pane->findReplaceBar();
    actions()->findAction()->trigger();
    QVERIFY(bar->isVisible() || !m_pane->isVisible());
    bar->findEdit()->setText(u"économie"_s);
    QVERIFY(bar->findNext());
    QCOMPARE(body()->textCursor().selectionStart(), 0); // wrapped to the start (case-insensitive)
    QVERIFY(bar->findNext());
    QCOMPARE(body()->textCursor().selectionStart(), 18);
    bar->caseCheck()->setChecked(true);
    QVERIFY(bar->findNext());
    QCOMPARE(body()->textCursor().selectionStart(), 18);
    bar->findEdit()->setText(u"absent"_s);
    QVERIFY(!bar->findNext());
}

void TestEditor::replaceAllIsOneUndoStep()
{
    const QString before = u"<p>La coop et la coop.</p>\n<p>Une autre coop.</p>"_s;
    Resource r;
    r.bodyHtml = before;
    m_pane->setResource(r);
    typeText(body(), u"X"_s); // one undo step of typing before
    const QString typed = bodyHtml();
    FindReplaceBar *bar = m_pane->findReplaceBar();
    actions()->replaceAction()->trigger();
    bar->findEdit()->setText(u"coop"_s);
    bar->replaceEdit()->setText(u"coopérative"_s);
    QCOMPARE(bar->replaceAll(), 3);
    QCOMPARE(bodyHtml(), u"<p>XLa coopérative et la coopérative.</p>\n<p>Une autre coopérative.</p>"_s);
    body()->document()->undo();
    QCOMPARE(bodyHtml(), typed);
    body()->document()->redo();
    QVERIFY(bodyHtml().contains(u"autre coopérative"_s));
}

void TestEditor::replaceWholeWordsAndCase()
{
    typeText(body(), u"ESS, ess et essai."_s);
    const TextFormatting::FindOptions whole{true, true};
    QCOMPARE(TextFormatting::replaceAll(body()->document(), u"ESS"_s, u"économie sociale"_s, whole), 1);
    QCOMPARE(bodyHtml(), u"<p>économie sociale, ess et essai.</p>"_s);
    const TextFormatting::FindOptions words{false, true};
    QCOMPARE(TextFormatting::replaceAll(body()->document(), u"ess"_s, u"ESS"_s, words), 1);
    QCOMPARE(bodyHtml(), u"<p>économie sociale, ESS et essai.</p>"_s);
}

void TestEditor::pasteFixtures_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("word") << u"word"_s;
    QTest::newRow("libreoffice") << u"libreoffice"_s;
    QTest::newRow("webpage") << u"webpage"_s;
}

void TestEditor::pasteFixtures()
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

void TestEditor::pasteStripsScriptsHandlersAndRemoteImages()
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

void TestEditor::pasteWordWithLocalClipImage()
{
    // Word refers to its temporary clip_image files: read from the local disk, stored in the library.
    QString html = readFixture(u"paste-ui/word-list.html"_s);
    const QString clip = m_dir->filePath(u"clip_image001.png"_s);
    QFile f(clip);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pngBytes(Qt::blue));
    f.close();
    html.replace(u"file:///C:/Users/agent/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png"_s,
                 QUrl::fromLocalFile(clip).toString());
    auto *mime = new QMimeData;
    mime->setHtml(html);
    QGuiApplication::clipboard()->setMimeData(mime);
    body()->paste();
    const QString out = bodyHtml();
    QVERIFY2(out.startsWith(u"<p><strong>Atelier coopératives</strong></p>\n<ul>\n<li>Premier point</li>\n<li>Second point</li>\n</ul>\n<p><img src=\"actes-image:"_s),
             qPrintable(out));
    QVERIFY(!out.contains(clip));
    QVERIFY(!out.contains(u"file:"_s));
}

void TestEditor::pasteWebImageWithBitmapKeepsBitmap()
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

void TestEditor::plainTextPasteKeepsParagraphs()
{
    QGuiApplication::clipboard()->setText(u"Premier paragraphe.\r\n\r\nSecond paragraphe,\r\nsur deux lignes.\r\n"_s);
    body()->paste();
    QCOMPARE(bodyHtml(), u"<p>Premier paragraphe.</p>\n<p>Second paragraphe,<br>sur deux lignes.</p>"_s);
    body()->clear();
    QGuiApplication::clipboard()->setText(u"Ligne un\nLigne deux\nLigne trois"_s);
    body()->paste();
    QCOMPARE(bodyHtml(), u"<p>Ligne un</p>\n<p>Ligne deux</p>\n<p>Ligne trois</p>"_s);
}

void TestEditor::plainTextPasteOfHtmlClipboard()
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

void TestEditor::imageFromFileStoredInLibrary()
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

void TestEditor::imageFromClipboardStoredInLibrary()
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

void TestEditor::imagesReloadFromLibrary()
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

void TestEditor::copyGivesCleanHtml()
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

void TestEditor::frenchTextSurvives()
{
    const QString text = u"« L’économie sociale et solidaire » : 12\u202F000 emplois, cœur\u00A0!"_s;
    typeText(body(), text);
    QCOMPARE(bodyHtml(), u"<p>"_s + text + u"</p>"_s);
    // Loading keeps U+202F and U+00A0 (Qt's HTML importer alone turns U+202F into a space).
    Resource r;
    r.summaryHtml = u"<p>12\u202F000 emplois\u202F; « oui\u00A0»</p>"_s;
    r.bodyHtml = u"<h2>Bilan\u202F:</h2>\n<ul>\n<li><strong>2\u202F650</strong>\u2009postes</li>\n</ul>"_s;
    m_pane->setResource(r);
    Resource loaded;
    m_pane->applyTo(loaded);
    QCOMPARE(loaded.summaryHtml, r.summaryHtml);
    QCOMPARE(loaded.bodyHtml, r.bodyHtml);
    QVERIFY(!body()->document()->isUndoAvailable());
    typeText(m_pane->titleEdit(), u"Œuvres d’Été"_s);
    Resource out;
    m_pane->applyTo(out);
    QCOMPARE(out.title, u"Œuvres d’Été"_s);
}

void TestEditor::summaryCounterAndLimit()
{
    m_pane->setSummaryLimit(20);
    QLabel *counter = m_pane->summaryCounter();
    typeText(m_pane->summaryEditor(), u"Résumé court"_s);
    QCOMPARE(m_pane->summaryLength(), 12);
    QCOMPARE(counter->text(), u"12 / 20 characters"_s);
    const QColor normal = counter->palette().color(QPalette::WindowText);
    typeText(m_pane->summaryEditor(), u" et trop long"_s);
    QCOMPARE(counter->text(), u"25 / 20 characters"_s);
    QVERIFY(counter->palette().color(QPalette::WindowText) != normal);
    QVERIFY(counter->font().bold());
    m_pane->setSummaryLimit(600);
    QCOMPARE(counter->text(), u"25 / 600 characters"_s);
    QVERIFY(!counter->font().bold());
}

void TestEditor::statsForFocusedEditor()
{
    QSignalSpy stats(m_pane.get(), &ResourceEditorPane::statsChanged);
    Resource r;
    r.summaryHtml = u"<p>Deux mots</p>"_s;
    r.bodyHtml = u"<p>Aujourd’hui, 12\u00A0000 personnes sont venues.</p>"_s;
    m_pane->setResource(r);
    QVERIFY(stats.count() >= 1);
    QCOMPARE(stats.last().at(0).toInt(), 5); // aujourd’hui | 12 000 | personnes | sont | venues
    actions()->setCurrentEditor(m_pane->summaryEditor());
    typeText(m_pane->summaryEditor(), u"!"_s);
    QTRY_COMPARE(stats.last().at(0).toInt(), 2);
}

void TestEditor::readOnly()
{
    Resource r;
    r.title = u"Lecture seule"_s;
    r.bodyHtml = u"<p>Texte</p>"_s;
    m_pane->setResource(r);
    m_pane->setReadOnly(true);
    QVERIFY(m_pane->titleEdit()->isReadOnly());
    QVERIFY(body()->isReadOnly());
    QVERIFY(!actions()->action(EditorActions::Bold)->isEnabled());
    QVERIFY(!actions()->replaceAction()->isEnabled());
    QVERIFY(actions()->findAction()->isEnabled());
    QGuiApplication::clipboard()->setText(u"collé"_s);
    body()->paste();
    QCOMPARE(bodyHtml(), r.bodyHtml);
    m_pane->setReadOnly(false);
    QVERIFY(actions()->action(EditorActions::Bold)->isEnabled());
}

void TestEditor::actionsDisabledOutsideEditors()
{
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QApplication::setActiveWindow(m_pane.get());
    body()->setFocus();
    QTRY_VERIFY(actions()->action(EditorActions::Bold)->isEnabled());
    m_pane->titleEdit()->setFocus();
    QTRY_VERIFY(!actions()->action(EditorActions::Bold)->isEnabled());
    QVERIFY(actions()->findAction()->isEnabled());
    m_pane->summaryEditor()->setFocus();
    QTRY_COMPARE(actions()->currentEditor(), m_pane->summaryEditor());
    QVERIFY(actions()->action(EditorActions::Bold)->isEnabled());
    // A real Ctrl+B in the focused editor.
    typeText(m_pane->summaryEditor(), u"mot"_s);
    m_pane->summaryEditor()->selectAll();
    QTest::keyClick(m_pane->summaryEditor(), Qt::Key_B, Qt::ControlModifier);
    Resource out;
    m_pane->applyTo(out);
    QCOMPARE(out.summaryHtml, u"<p><strong>mot</strong></p>"_s);
    m_pane->hide();
}

void TestEditor::toolbarAndMenu()
{
    const QList<QAction *> list = actions()->formatActions();
    for (EditorActions::Id id : {EditorActions::Heading2, EditorActions::Heading3, EditorActions::Heading4,
                                 EditorActions::Paragraph, EditorActions::Quotation, EditorActions::Bold,
                                 EditorActions::Italic, EditorActions::Underline, EditorActions::StrikeOut,
                                 EditorActions::BulletList, EditorActions::NumberedList, EditorActions::Indent,
                                 EditorActions::Outdent, EditorActions::Link, EditorActions::ImageFromFile,
                                 EditorActions::ImageFromClipboard, EditorActions::InsertTable,
                                 EditorActions::ClearFormatting})
        QVERIFY(list.contains(actions()->action(id)));
    for (QAction *a : list) {
        if (!a->isSeparator())
            QVERIFY2(!a->toolTip().isEmpty(), qPrintable(a->text()));
    }
    std::unique_ptr<QMenu> menu(actions()->formatMenu(nullptr));
    QVERIFY(!menu->actions().isEmpty());
    std::unique_ptr<QToolBar> bar(actions()->toolBar(nullptr));
    QVERIFY(bar->actions().contains(actions()->action(EditorActions::Bold)));
    QCOMPARE(actions()->findAction()->shortcut(), QKeySequence(QKeySequence::Find));
    QCOMPARE(actions()->replaceAction()->shortcut(), QKeySequence(QKeySequence::Replace));

    // Alignment: in the list, the menu and the toolbar; exclusive; shortcuts that collide
    // neither with each other nor with the main window's Ctrl+L / Ctrl+Shift+L / Ctrl+Shift+E.
    const QList<EditorActions::Id> alignIds = {EditorActions::AlignLeft, EditorActions::AlignCenter,
                                               EditorActions::AlignRight, EditorActions::AlignJustify};
    QList<QAction *> menuActions;
    for (QAction *a : menu->actions()) {
        menuActions.append(a);
        if (a->menu())
            menuActions.append(a->menu()->actions());
    }
    for (EditorActions::Id id : alignIds) {
        QAction *a = actions()->action(id);
        QVERIFY(list.contains(a));
        QVERIFY2(menuActions.contains(a), qPrintable(a->text()));
        QVERIFY(bar->actions().contains(a));
        QVERIFY(a->isCheckable());
        QVERIFY(a->actionGroup() && a->actionGroup()->isExclusive());
        QCOMPARE(a->actionGroup(), actions()->action(EditorActions::AlignLeft)->actionGroup());
        QVERIFY(!a->icon().isNull());
    }
    QVERIFY(actions()->action(EditorActions::AlignLeft)->shortcut().isEmpty());
    QCOMPARE(actions()->action(EditorActions::AlignCenter)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(actions()->action(EditorActions::AlignJustify)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_J));
    QList<QKeySequence> shortcuts;
    for (QAction *a : list) {
        if (a->shortcut().isEmpty())
            continue;
        QVERIFY2(!shortcuts.contains(a->shortcut()), qPrintable(a->shortcut().toString()));
        shortcuts.append(a->shortcut());
    }
    shortcuts << actions()->findAction()->shortcut() << actions()->replaceAction()->shortcut();
    for (const QKeySequence &windowKey : {QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)})
        QVERIFY(!shortcuts.contains(windowKey));
    for (EditorActions::Id id : alignIds) {
        const QKeySequence key = actions()->action(id)->shortcut();
        QVERIFY(key.isEmpty() || shortcuts.count(key) == 1);
    }
}

void TestEditor::screenshot()
{
    const QString key = m_repo->storeImage(pngBytes(QColor(0x4a, 0x90, 0xd9), 320, 120), u"image/png"_s);
    Resource r;
    r.title = u"Rencontre régionale de l’économie sociale et solidaire"_s;
    r.summaryHtml = u"<p>Le 14 mars 2024, 120 acteurs de l’ESS se sont réunis à l’Hôtel de Région pour "
                    "échanger sur la commande publique responsable et les coopérations territoriales.</p>"_s;
    r.bodyHtml = u"<h2>Ouverture</h2>\n<p>Marie Dupont, directrice, a rappelé « l’importance des "
                 "<strong>coopérations</strong> » entre collectivités et <em>acteurs locaux</em>.</p>\n"
                 "<h3>Les chiffres clés</h3>\n<ul>\n<li>12\u202F000 emplois</li>\n<li>850 structures</li>\n</ul>\n"
                 "<blockquote>\n<p>« L’ESS n’est pas un secteur, c’est une manière d’entreprendre. »</p>\n</blockquote>\n"
                 "<p><img src=\"actes-image:%1\" alt=\"Graphique\"></p>\n"
                 "<p>Voir le <a href=\"https://www.rtes.fr/\">site du réseau</a>.</p>"_s.arg(key);
    m_pane->setSummaryLimit(600);
    m_pane->setResource(r);
    m_pane->resize(700, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    actions()->findAction()->trigger();
    m_pane->findReplaceBar()->findEdit()->setText(u"ESS"_s);
    QApplication::setActiveWindow(m_pane.get());
    body()->setFocus();
    QTextCursor c = body()->textCursor();
    c.setPosition(40);
    body()->setTextCursor(c);
    QTRY_VERIFY(actions()->action(EditorActions::Bold)->isEnabled());
    const QPixmap pixmap = m_pane->grab();
    QCOMPARE(pixmap.size(), QSize(700, 700));
    const QString out = qEnvironmentVariable("ACTES_SCREENSHOT_DIR");
    if (!out.isEmpty())
        QVERIFY(pixmap.save(out + u"/editorpane.png"_s));
    QVERIFY(m_pane->summaryEditor()->height() >= 70);
    QVERIFY(body()->height() > m_pane->summaryEditor()->height());
}

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
