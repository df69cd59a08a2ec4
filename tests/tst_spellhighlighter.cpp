#include "spelling/spellcontextmenu.h"
#include "spelling/spellhighlighter.h"
#include "spelling/typographyfilter.h"
#include "text/spellchecker.h"
#include "text/typography.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMenu>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Actes;

namespace {

// The words of a block that carry the spell-check underline.
QStringList underlinedWords(const QTextBlock &block)
{
    QStringList words;
    const QString text = block.text();
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            words.append(text.mid(r.start, r.length));
    }
    return words;
}

QString shown(QString s)
{
    s.replace(QChar(NoBreakSpace), u'_');
    s.replace(QChar(NarrowNoBreakSpace), u'^');
    return s;
}

QString documentText(const QTextDocument *doc)
{
    QStringList blocks;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        blocks.append(b.text());
    return blocks.join(u'\n');
}

} // namespace

class TstSpellHighlighter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void underlinesUnknownWordsOnly();
    void skipsUrlsAndCode();
    void rehighlightsTheEditedBlock();
    void contextMenuSuggestsAndReplaces();
    void contextMenuAddToDictionary();
    void contextMenuIgnore();
    void wordBeingTypedIsNotUnderlined();
    void withoutDictionary();
    void typingFilter();
    void typingFilterEnterAndLinks();
    void largeDocument();
    void screenshot();

private:
    std::unique_ptr<SpellChecker> m_checker;
};

void TstSpellHighlighter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ActesTest"_s);
    QCoreApplication::setApplicationName(u"tst_spellhighlighter"_s);
}

void TstSpellHighlighter::init()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
    m_checker = std::make_unique<SpellChecker>();
    const QString test = QString::fromLatin1(QTest::currentTestFunction());
    if (test == u"typingFilter"_s || test == u"typingFilterEnterAndLinks"_s)
        return;
    if (!m_checker->setLanguage(u"fr_FR"_s) && test != u"withoutDictionary"_s)
        QSKIP("The French Hunspell dictionary (hunspell-fr) is not installed.");
}

void TstSpellHighlighter::underlinesUnknownWordsOnly()
{
    QTextEdit edit;
    SpellHighlighter highlighter(edit.document(), m_checker.get());
    QVERIFY(highlighter.isActive());
    edit.setPlainText(u"Le séminaire a réuni des partenaires trés motivés"_s);
    QCOMPARE(underlinedWords(edit.document()->begin()), QStringList{u"trés"_s});
    // The underline is the red wavy spell-check one and leaves the text's own format alone.
    const auto ranges = edit.document()->begin().layout()->formats();
    QCOMPARE(ranges.size(), 1);
    QVERIFY(ranges.first().format.underlineColor().red() > 150);
    QVERIFY(!ranges.first().format.hasProperty(QTextFormat::FontWeight));

    edit.setPlainText(u"L’économie sociale d’aujourd’hui, l'ESS et les PTCE : peut-être 2024."_s);
    QCOMPARE(underlinedWords(edit.document()->begin()), QStringList{});
}

void TstSpellHighlighter::skipsUrlsAndCode()
{
    QTextEdit edit;
    SpellHighlighter highlighter(edit.document(), m_checker.get());
    edit.setHtml(u"<p>Voir https://www.esss-frannce.org/paage et <code>printff</code> ou "
                 u"jean.dupontt@exemple.fr, sinon erreurr.</p>"_s);
    QCOMPARE(underlinedWords(edit.document()->begin()), QStringList{u"erreurr"_s});
}

void TstSpellHighlighter::rehighlightsTheEditedBlock()
{
    QTextEdit edit;
    SpellHighlighter highlighter(edit.document(), m_checker.get());
    edit.setPlainText(u"Premier paragraphe.\nSecond paragraphe."_s);
    const QTextBlock second = edit.document()->begin().next();
    QCOMPARE(underlinedWords(second), QStringList{});
    QTextCursor cursor(second);
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(u" Fautee"_s);
    QCOMPARE(underlinedWords(edit.document()->begin().next()), QStringList{u"Fautee"_s});
    QCOMPARE(underlinedWords(edit.document()->begin()), QStringList{});
    highlighter.setEnabled(false);
    QCOMPARE(underlinedWords(edit.document()->begin().next()), QStringList{});
    highlighter.setEnabled(true);
    QCOMPARE(underlinedWords(edit.document()->begin().next()), QStringList{u"Fautee"_s});
}

void TstSpellHighlighter::contextMenuSuggestsAndReplaces()
{
    QTextEdit edit;
    edit.resize(600, 200);
    SpellHighlighter highlighter(edit.document(), m_checker.get());
    edit.setHtml(u"<p>Des partenaires <b>trés</b> motivés</p>"_s);
    QCOMPARE(underlinedWords(edit.document()->begin()), QStringList{u"trés"_s});
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    const int at = edit.toPlainText().indexOf(u"trés"_s) + 2;
    QTextCursor c(edit.document());
    c.setPosition(at);
    const QPoint pos = edit.cursorRect(c).center();

    std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    const int standard = int(menu->actions().size());
    const int added = SpellContextMenu::extend(menu.get(), &edit, pos, *m_checker, highlighter);
    QVERIFY(added >= 3);
    const QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.size(), standard + added + 1);   // and a separator
    QAction *tres = nullptr;
    for (int i = 0; i < added; ++i) {
        if (actions.at(i)->text() == u"très"_s)
            tres = actions.at(i);
    }
    QVERIFY2(tres, "no \"très\" among the first actions");
    QVERIFY(actions.at(added)->isSeparator());
    QVERIFY(actions.at(added - 2)->text().contains(u"Dictionary"_s));

    tres->trigger();
    QCOMPARE(edit.toPlainText(), u"Des partenaires très motivés"_s);
    // The replacement kept the bold.
    QTextCursor check(edit.document());
    check.setPosition(edit.toPlainText().indexOf(u"très"_s) + 2);
    QCOMPARE(check.charFormat().fontWeight(), int(QFont::Bold));
    QCOMPARE(underlinedWords(edit.document()->begin()), QStringList{});
    // One undo step.
    edit.undo();
    QCOMPARE(edit.toPlainText(), u"Des partenaires trés motivés"_s);

    // On a correct word: nothing added.
    c.setPosition(2);
    std::unique_ptr<QMenu> other(edit.createStandardContextMenu());
    QCOMPARE(SpellContextMenu::extend(other.get(), &edit, edit.cursorRect(c).center(), *m_checker,
                                      highlighter),
             0);
}

void TstSpellHighlighter::contextMenuAddToDictionary()
{
    QTextEdit edit;
    edit.resize(600, 200);
    SpellHighlighter highlighter(edit.document(), m_checker.get());
    edit.setPlainText(u"Le réseau Rtess agit.\nRtess encore."_s);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QCOMPARE(underlinedWords(edit.document()->begin()), QStringList{u"Rtess"_s});
    QTextCursor c(edit.document());
    c.setPosition(12);
    QMenu menu;
    QVERIFY(SpellContextMenu::extend(&menu, &edit, edit.cursorRect(c).center(), *m_checker, highlighter) > 0);
    QAction *add = nullptr;
    for (QAction *a : menu.actions()) {
        if (a->text().contains(u"Dictionary"_s))
            add = a;
    }
    QVERIFY(add);
    add->trigger();
    QCOMPARE(underlinedWords(edit.document()->begin()), QStringList{});
    QCOMPARE(underlinedWords(edit.document()->begin().next()), QStringList{});
    // Saved: a new checker knows it.
    SpellChecker again;
    QVERIFY(again.setLanguage(u"fr_FR"_s));
    QVERIFY(again.isCorrect(u"Rtess"_s));
}

void TstSpellHighlighter::contextMenuIgnore()
{
    QTextEdit edit;
    edit.resize(600, 200);
    SpellHighlighter highlighter(edit.document(), m_checker.get());
    edit.setPlainText(u"Un mot Zorglubb ici."_s);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QTextCursor c(edit.document());
    c.setPosition(9);
    QMenu menu;
    SpellContextMenu::extend(&menu, &edit, edit.cursorRect(c).center(), *m_checker, highlighter);
    QAction *ignore = nullptr;
    for (QAction *a : menu.actions()) {
        if (a->text().startsWith(u"Ignore"_s))
            ignore = a;
    }
    QVERIFY(ignore);
    ignore->trigger();
    QCOMPARE(underlinedWords(edit.document()->begin()), QStringList{});
    SpellChecker again;
    QVERIFY(again.setLanguage(u"fr_FR"_s));
    QVERIFY(!again.isCorrect(u"Zorglubb"_s));   // not saved
}

void TstSpellHighlighter::wordBeingTypedIsNotUnderlined()
{
    QTextEdit edit;
    SpellHighlighter highlighter(edit.document(), m_checker.get());
    highlighter.setEditor(&edit);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    // (QTest::keyClicks types Latin letters only.)
    QTest::keyClicks(&edit, u"Le projet parten"_s);
    // "parten" is being typed: not underlined yet.
    QCOMPARE(underlinedWords(edit.document()->begin()), QStringList{});
    QTest::keyClicks(&edit, u"airess"_s);
    QCOMPARE(underlinedWords(edit.document()->begin()), QStringList{});
    QTest::keyClick(&edit, Qt::Key_Space);
    QCOMPARE(underlinedWords(edit.document()->begin()), QStringList{u"partenairess"_s});
    QTest::keyClicks(&edit, u"trezz"_s);
    QCOMPARE(underlinedWords(edit.document()->begin()), QStringList{u"partenairess"_s});
    // Moving away shows it.
    QTest::keyClick(&edit, Qt::Key_Home);
    QCOMPARE(underlinedWords(edit.document()->begin()), (QStringList{u"partenairess"_s, u"trezz"_s}));
}

void TstSpellHighlighter::withoutDictionary()
{
    SpellChecker none;
    QVERIFY(!none.setLanguage(u"zz_ZZ"_s));
    QVERIFY(!none.errorString().isEmpty());
    QTextEdit edit;
    SpellHighlighter highlighter(edit.document(), &none);
    QVERIFY(!highlighter.isActive());
    edit.setPlainText(u"Des partenaires trés motivés"_s);
    QCOMPARE(underlinedWords(edit.document()->begin()), QStringList{});
    QMenu menu;
    QCOMPARE(SpellContextMenu::extend(&menu, &edit, QPoint(10, 10), none, highlighter), 0);
    QVERIFY(menu.actions().isEmpty());
    SpellHighlighter noChecker(edit.document(), nullptr);
    QVERIFY(!noChecker.isActive());
}

void TstSpellHighlighter::typingFilter()
{
    QTextEdit edit;
    auto *filter = new TypographyFilter(&edit);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.setFocus();
    QTest::keyClicks(&edit, u"Bonjour: «ESS»!"_s);
    QCOMPARE(shown(documentText(edit.document())), shown(u"Bonjour\u00A0: «\u00A0ESS\u00A0»\u202F!"_s));
    QCOMPARE(filter->fixCount(), 4);
    // The cursor is at the end, after the "!".
    QCOMPARE(edit.textCursor().position(), int(edit.document()->begin().text().size()));

    // Ctrl+Z undoes the last automatic fix and keeps what was typed.
    QTest::keyClick(&edit, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(shown(documentText(edit.document())), shown(u"Bonjour\u00A0: «\u00A0ESS\u00A0»!"_s));

    // Typing more continues normally; a space after an automatic "« " is not doubled.
    edit.clear();
    QTest::keyClicks(&edit, u"Il dit « oui » puis \"non\"."_s);
    QCOMPARE(shown(documentText(edit.document())),
             shown(u"Il dit «\u00A0oui\u00A0» puis «\u00A0non\u00A0»."_s));

    // Turned off, it leaves the text as typed.
    edit.clear();
    filter->setEnabled(false);
    QTest::keyClicks(&edit, u"Bonjour!"_s);
    QCOMPARE(documentText(edit.document()), u"Bonjour!"_s);
}

void TstSpellHighlighter::typingFilterEnterAndLinks()
{
    QTextEdit edit;
    new TypographyFilter(&edit);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QTest::keyClicks(&edit, u"Participants:"_s);
    QTest::keyClick(&edit, Qt::Key_Return);
    QTest::keyClicks(&edit, u"10:30 et https://x.org/?a=1"_s);
    QCOMPARE(shown(documentText(edit.document())),
             shown(u"Participants\u00A0:\n10:30 et https://x.org/?a=1"_s));

    // Inside a link nothing changes.
    edit.setHtml(u"<p><a href=\"https://x.org\">lien</a></p>"_s);
    QTextCursor c(edit.document());
    c.setPosition(2);
    edit.setTextCursor(c);
    QTest::keyClicks(&edit, u"?"_s);
    QCOMPARE(documentText(edit.document()), u"li?en"_s);
}

void TstSpellHighlighter::largeDocument()
{
    // About 200 pages: 10,000 paragraphs of 25 words, some misspelt.
    static const QStringList vocabulary = QString(
        u"le séminaire a réuni des partenaires très motivés autour de l’économie sociale et "
        u"solidaire les collectivités territoriales ont présenté leurs projets d’intercommunalité "
        u"pour développer l’emploi local la coopération entre acteurs associatifs et entreprises "
        u"reste essentielle aujourd’hui selon les participants qui ont souligné l’importance du "
        u"financement public trés partenairess mobilitée"_s).split(u' ');
    QStringList paragraphs;
    paragraphs.reserve(10000);
    for (int p = 0; p < 10000; ++p) {
        QStringList words;
        for (int w = 0; w < 25; ++w)
            words.append(vocabulary.at((p * 7 + w * 13) % vocabulary.size()));
        words.append(u"projet%1"_s.arg(p));   // a unique token per paragraph
        paragraphs.append(words.join(u' ') + u'.');
    }
    const QString text = paragraphs.join(u'\n');

    QTextEdit plain;
    plain.resize(800, 600);
    QElapsedTimer timer;
    timer.start();
    plain.setPlainText(text);
    const qint64 baseline = timer.elapsed();

    QTextEdit edit;
    edit.resize(800, 600);
    SpellHighlighter highlighter(edit.document(), m_checker.get());
    timer.restart();
    edit.setPlainText(text);
    const qint64 withSpelling = timer.elapsed();
    QCOMPARE(edit.document()->blockCount(), 10000);
    QVERIFY(!underlinedWords(edit.document()->findBlockByNumber(9999)).isEmpty());

    // A keystroke in the middle of the document re-highlights that block only.
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QTextCursor c(edit.document()->findBlockByNumber(5000));
    c.movePosition(QTextCursor::EndOfBlock);
    edit.setTextCursor(c);
    const int keys = 20;
    const auto typeKeys = [keys](QTextEdit *target) {
        QElapsedTimer key;
        key.start();
        for (int i = 0; i < keys; ++i)
            QTest::keyClick(target, Qt::Key_X);
        return double(key.nsecsElapsed()) / 1e6 / keys;
    };
    const double perKey = typeKeys(&edit);
    plain.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plain));
    QTextCursor pc(plain.document()->findBlockByNumber(5000));
    pc.movePosition(QTextCursor::EndOfBlock);
    plain.setTextCursor(pc);
    const double perKeyPlain = typeKeys(&plain);
    QCOMPARE(underlinedWords(edit.document()->findBlockByNumber(5000)).constLast(), u"xxxxxxxxxxxxxxxxxxxx"_s);

    qInfo("10,000 paragraphs: setPlainText %lld ms without spelling, %lld ms with (%.1fx); "
          "keystroke %.2f ms without spelling, %.2f ms with the block re-highlighted",
          baseline, withSpelling, baseline > 0 ? double(withSpelling) / double(baseline) : 0.0,
          perKeyPlain, perKey);
    // Generous bounds for a Debug build on a busy machine: what a user would feel.
    QVERIFY2(perKey < 50.0, qPrintable(u"%1 ms per keystroke"_s.arg(perKey)));
    QVERIFY2(withSpelling < 20000, qPrintable(u"%1 ms to load"_s.arg(withSpelling)));
}

void TstSpellHighlighter::screenshot()
{
    QTextEdit edit;
    new TypographyFilter(&edit);
    SpellHighlighter highlighter(edit.document(), m_checker.get());
    edit.resize(600, 200);
    edit.setHtml(u"<p>Le séminaire a réuni des partenaires <b>trés</b> motivés autour de "
                 u"l’économie sociale et solidaire.</p><p>Voir https://www.ess-franse.org et "
                 u"les PTCE de la régionn.</p>"_s);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QTextCursor c(edit.document());
    c.movePosition(QTextCursor::End);
    edit.setTextCursor(c);
    QTest::keyClick(&edit, Qt::Key_Return);
    QTest::keyClicks(&edit, u"Bonjour: «ESS»!"_s);
    QCOMPARE(underlinedWords(edit.document()->begin()), QStringList{u"trés"_s});
    QCOMPARE(underlinedWords(edit.document()->begin().next()), QStringList{u"régionn"_s});
    const QImage image = edit.grab().toImage();
    QCOMPARE(image.size(), QSize(600, 200) * image.devicePixelRatio());
    // Reddish pixels of the (anti-aliased) wavy underline are there.
    int red = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor px = image.pixelColor(x, y);
            if (px.red() - px.green() > 50 && px.red() - px.blue() > 50)
                ++red;
        }
    }
    const QString dir = qEnvironmentVariable("ACTES_GRAB_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(dir + u"/spellhighlighter.png"_s));
    QVERIFY2(red > 20, qPrintable(u"%1 red pixels"_s.arg(red)));
}

QTEST_MAIN(TstSpellHighlighter)
#include "tst_spellhighlighter.moc"
