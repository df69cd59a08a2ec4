// The editing pane: formatting actions give the clean HTML a reader expects, paste is
// sanitised (no script, no event handler, no remote image, no network request), images are
// stored in the library, find/replace-all is one undo step.

#include "translationtest.h"

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

#include "editortest.h"

using namespace EditorTest;

class TestEditor : public QObject, private EditorTest::EditorFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { setUpPane(); }
    void cleanup() { tearDownPane(); }

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
    void frenchTextSurvives();
    void summaryCounterAndLimit();
    void statsForFocusedEditor();
    void readOnly();
    void actionsDisabledOutsideEditors();
    void toolbarAndMenu();
    void screenshot();
};

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
    const Test::ScopedTranslation english(u"en"_s);   // as the application: English plural forms
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
