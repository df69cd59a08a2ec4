// Where review comments point as the text changes (app/review/commentanchors): edits before,
// next to, inside and after the quote, the quote deleted, the quote repeated elsewhere.
#include "review/commentanchors.h"

#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Actes;

Q_DECLARE_METATYPE(Actes::CommentAnchor)

class TestCommentAnchors final : public QObject
{
    Q_OBJECT

private slots:
    void followsEdits_data();
    void followsEdits();
    void refindsItsText_data();
    void refindsItsText();
    void followsTypingInADocument();
    void anchorTextOfHtml();
    void firstOccurrence();
};

namespace {
const QString sentence = u"Les structures de l’ESS se sont réunies à Lyon."_s;
}

void TestCommentAnchors::followsEdits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("removed");
    QTest::addColumn<QString>("inserted");
    QTest::addColumn<bool>("detached");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<int>("newStart");

    // "structures" is at 4..14.
    QTest::newRow("typing right before") << sentence << 4 << 10 << 4 << 0 << u"petites "_s << false << u"structures"_s << 12;
    QTest::newRow("typing at the start of the text") << sentence << 4 << 10 << 0 << 0 << u"Hier, "_s << false
                                                     << u"structures"_s << 10;
    QTest::newRow("a paragraph before") << sentence << 4 << 10 << 0 << 0 << u"Titre\n"_s << false << u"structures"_s
                                        << 10;
    QTest::newRow("deleting before") << sentence << 4 << 10 << 0 << 4 << QString() << false << u"structures"_s << 0;
    QTest::newRow("typing right after") << sentence << 4 << 10 << 14 << 0 << u" locales"_s << false
                                        << u"structures"_s << 4;
    QTest::newRow("typing far after") << sentence << 4 << 10 << 46 << 0 << u" en mai"_s << false << u"structures"_s
                                      << 4;
    QTest::newRow("deleting after") << sentence << 4 << 10 << 15 << 3 << QString() << false << u"structures"_s << 4;
    QTest::newRow("typing inside") << sentence << 4 << 10 << 9 << 0 << u"-"_s << false << u"struc-tures"_s << 4;
    QTest::newRow("deleting across the start") << sentence << 4 << 10 << 0 << 9 << QString() << false << u"tures"_s
                                               << 0;
    QTest::newRow("deleting across the end") << sentence << 4 << 10 << 9 << 9 << QString() << false << u"struc"_s
                                             << 4;
    QTest::newRow("a change of format") << sentence << 4 << 10 << 0 << 20 << sentence.left(20) << false
                                        << u"structures"_s << 4;
    QTest::newRow("the quote deleted") << sentence << 4 << 10 << 4 << 10 << QString() << true << u"structures"_s << 4;
    QTest::newRow("the quote typed over") << sentence << 4 << 10 << 4 << 10 << u"associations"_s << true
                                          << u"structures"_s << 4;
    QTest::newRow("the whole text deleted") << sentence << 4 << 10 << 0 << int(sentence.size()) << QString() << true
                                            << u"structures"_s << 0;
}

void TestCommentAnchors::followsEdits()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, length);
    QFETCH(int, position);
    QFETCH(int, removed);
    QFETCH(QString, inserted);
    QFETCH(bool, detached);
    QFETCH(QString, quote);
    QFETCH(int, newStart);

    const CommentAnchor anchor = CommentAnchors::anchorFor(text, start, start + length);
    QString after = text;
    after.replace(position, removed, inserted);
    const CommentAnchor moved = CommentAnchors::adjusted(anchor, position, removed, int(inserted.size()), after);
    QCOMPARE(moved.detached, detached);
    QCOMPARE(moved.quote, quote);
    QCOMPARE(moved.start, newStart);
    if (!detached) {
        QCOMPARE(after.mid(moved.start, moved.end - moved.start), quote);
        QCOMPARE(moved.before, after.mid(qMax(0, moved.start - CommentAnchors::ContextLength),
                                         moved.start - qMax(0, moved.start - CommentAnchors::ContextLength)));
    }
}

void TestCommentAnchors::refindsItsText_data()
{
    QTest::addColumn<CommentAnchor>("anchor");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("detached");
    QTest::addColumn<int>("start");

    const CommentAnchor onStructures = CommentAnchors::anchorFor(sentence, 4, 14);
    QTest::newRow("unchanged") << onStructures << sentence << false << 4;
    QTest::newRow("text added before") << onStructures << u"Hier, l"_s + sentence.mid(1) << false << 10;
    QTest::newRow("text added after") << onStructures << sentence + u" Suite en 2024."_s << false << 4;
    QTest::newRow("the quote deleted") << onStructures << u"Les acteurs de l’ESS se sont réunis."_s << true << 4;

    // The second "structures" (followed by " publiques").
    const QString twice = u"Les structures de l’ESS et les structures publiques."_s;
    const CommentAnchor second = CommentAnchors::anchorFor(twice, 31, 41);
    QTest::newRow("repeated: the context chooses") << second
                                                  << u"Avant tout, les structures publiques et les structures de "
                                                     u"l’ESS."_s
                                                  << false << 16;
    QTest::newRow("repeated: the same context, the nearest") << second << u"X"_s + twice << false << 32;
    QTest::newRow("repeated: only one left") << second << u"Les structures publiques."_s << false << 4;

    CommentAnchor gone = onStructures;
    gone.detached = true;
    QTest::newRow("detached: its text back with its context") << gone << sentence << false << 4;
    QTest::newRow("detached: the word alone elsewhere") << gone << u"Des structures."_s << true << 4;
}

void TestCommentAnchors::refindsItsText()
{
    QFETCH(CommentAnchor, anchor);
    QFETCH(QString, text);
    QFETCH(bool, detached);
    QFETCH(int, start);

    const CommentAnchor found = CommentAnchors::relocate(anchor, text);
    QCOMPARE(found.detached, detached);
    QCOMPARE(found.quote, anchor.quote);
    QCOMPARE(found.start, start);
    if (!detached)
        QCOMPARE(text.mid(found.start, found.end - found.start), anchor.quote);
}

// The editor's path: QTextDocument::contentsChange drives adjusted(), positions are cursor
// positions, and a change of format (bold over the quote) leaves the anchor where it is.
void TestCommentAnchors::followsTypingInADocument()
{
    QTextDocument document;
    document.documentLayout();   // as in an editor: contentsChange needs a layout
    document.setHtml(u"<p>Premier paragraphe.</p><p>Les structures de l’ESS.</p>"_s);
    const QString text = CommentAnchors::anchorText(document);
    const int start = int(text.indexOf(u"structures"_s));
    CommentAnchor anchor = CommentAnchors::anchorFor(text, start, start + 10);
    connect(&document, &QTextDocument::contentsChange, this, [&](int position, int removed, int added) {
        anchor = CommentAnchors::adjusted(anchor, position, removed, added, CommentAnchors::anchorText(document));
    });
    QTextCursor cursor(&document);
    cursor.insertText(u"Compte rendu. "_s);
    cursor.setPosition(anchor.start);
    cursor.setPosition(anchor.end, QTextCursor::KeepAnchor);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    cursor.mergeCharFormat(bold);
    cursor.setPosition(anchor.start);
    cursor.insertText(u"petites "_s);
    QVERIFY(!anchor.detached);
    QCOMPARE(anchor.quote, u"structures"_s);
    QTextCursor check(&document);
    check.setPosition(anchor.start);
    check.setPosition(anchor.end, QTextCursor::KeepAnchor);
    QCOMPARE(check.selectedText(), u"structures"_s);

    check.removeSelectedText();
    QVERIFY(anchor.detached);
    QCOMPARE(anchor.quote, u"structures"_s);
}

void TestCommentAnchors::anchorTextOfHtml()
{
    QCOMPARE(CommentAnchors::anchorTextOfHtml(u"<p>Un</p><p>Deux <strong>trois</strong></p>"_s), u"Un\nDeux trois"_s);
    QCOMPARE(CommentAnchors::anchorTextOfHtml(QString()), QString());
}

void TestCommentAnchors::firstOccurrence()
{
    const CommentAnchor found = CommentAnchors::firstOccurrence(u"la salle, la salle"_s, u"salle"_s);
    QVERIFY(!found.detached);
    QCOMPARE(found.start, 3);
    QCOMPARE(found.end, 8);
    QCOMPARE(found.after, u", la salle"_s);
    QVERIFY(CommentAnchors::firstOccurrence(u"la salle"_s, u"le hall"_s).detached);
}

QTEST_MAIN(TestCommentAnchors)
#include "tst_commentanchors.moc"
