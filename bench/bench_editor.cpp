// Switching to a resource with a 200-page body (about 100,000 words) and typing in it, against
// a bare QTextEdit holding the same document, in the same run.
//
//   bench_editor [KEYSTROKES]     (default 200)
//
// Ours: a ResourceEditorPane (title, summary, body with toolbar, find bar, statistics) shown
// offscreen. Switch: setResource() from a small resource to the big one (median of 5).
// Typing: KEYSTROKES characters typed with QTest::keyClick in the middle of the body, each
// followed by processEvents() (layout, repaint and the pane's contentChanged handling), timed
// one by one; median and 95th percentile. The statistics refresh the pane runs once typing
// pauses (150 ms later) is timed too. Reference: QTextEdit::setHtml() of the same HTML and the
// same keystrokes into that QTextEdit.
#include "benchutil.h"
#include "frenchcorpus.h"

#include "editor/resourceeditorpane.h"
#include "editor/richtexteditor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>

#include <cstdio>

using namespace Actes;
using namespace ActesBench;
using namespace Qt::StringLiterals;

namespace {

// ASCII only: QTest maps characters to keys for ASCII.
const QString typed = u"La cooperation economique se renforce dans les territoires ruraux et urbains. "_s;

// Types n characters into editor at the middle of its document; returns the time of each.
QList<double> typeInto(QTextEdit *editor, int n)
{
    QTextCursor cursor(editor->document());
    cursor.setPosition(editor->document()->characterCount() / 2);
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
    editor->ensureCursorVisible();
    editor->setFocus();
    QCoreApplication::processEvents();
    QList<double> times;
    for (int i = 0; i < n; ++i) {
        const QChar c = typed.at(i % typed.size());
        const double start = monotonicMs();
        if (c == u' ')
            QTest::keyClick(editor->viewport(), Qt::Key_Space, Qt::NoModifier);
        else
            QTest::keyClicks(editor->viewport(), QString(c));
        QCoreApplication::processEvents();
        times << monotonicMs() - start;
    }
    return times;
}

Resource bigResource()
{
    Resource r;
    r.id = 2;
    r.title = u"Actes du séminaire national : 200 pages"_s;
    r.summaryHtml = u"<p>Les actes complets des deux journées.</p>"_s;
    QRandomGenerator rng(42);
    QString plain, html;
    // About 500 words a page: 100,000 words, some 700,000 characters of text.
    body(rng, nouns(), 820000, &plain, &html);
    r.bodyHtml = html;
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qEnvironmentVariable("QT_QPA_PLATFORM", u"offscreen"_s).toLocal8Bit());
    QApplication app(argc, argv);
    const int keystrokes = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 200;

    Resource small;
    small.id = 1;
    small.title = u"Matinale de l’ESS"_s;
    small.summaryHtml = u"<p>Un petit déjeuner d’échanges.</p>"_s;
    small.bodyHtml = u"<p>Une courte rencontre.</p>"_s;
    const Resource big = bigResource();

    // --- Reference: a bare QTextEdit ------------------------------------------------------
    QTextEdit bare;
    bare.resize(1000, 800);
    bare.show();
    QList<double> bareSwitch;
    for (int i = 0; i < 5; ++i) {
        bare.setHtml(small.bodyHtml);
        QCoreApplication::processEvents();
        const double start = monotonicMs();
        bare.setHtml(big.bodyHtml);
        QCoreApplication::processEvents();
        bareSwitch << monotonicMs() - start;
    }
    const int words = int(bare.toPlainText().split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts).size());
    const QList<double> bareKeys = typeInto(&bare, keystrokes);

    // --- Ours: the editor pane --------------------------------------------------------------
    ResourceEditorPane pane;
    pane.resize(1000, 800);
    pane.show();
    int stats = 0;
    QObject::connect(&pane, &ResourceEditorPane::statsChanged, &pane, [&stats](int, int) { ++stats; });
    QList<double> paneSwitch;
    for (int i = 0; i < 5; ++i) {
        pane.setResource(small);
        QCoreApplication::processEvents();
        const double start = monotonicMs();
        pane.setResource(big);
        QCoreApplication::processEvents();
        paneSwitch << monotonicMs() - start;
    }
    const QList<double> paneKeys = typeInto(pane.bodyEditor(), keystrokes);
    // The statistics refresh that follows a pause in typing.
    QList<double> statsMs;
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(pane.bodyEditor()->viewport(), Qt::Key_A);
        QCoreApplication::processEvents();
        const int before = stats;
        QElapsedTimer wait;
        wait.start();
        while (stats == before && wait.elapsed() < 2000) {
            const double start = monotonicMs();
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            if (stats != before)
                statsMs << monotonicMs() - start;
        }
    }

    std::printf("bench_editor: body of %d words (%lld characters of HTML), %d keystrokes\n", words,
                qint64(big.bodyHtml.size()), keystrokes);
    std::printf("  switch: pane %.0f ms, bare QTextEdit %.0f ms\n", median(paneSwitch), median(bareSwitch));
    std::printf("  keystroke: pane median %.2f ms p95 %.2f ms; bare median %.2f ms p95 %.2f ms\n", median(paneKeys),
                quantile(paneKeys, 0.95), median(bareKeys), quantile(bareKeys, 0.95));
    std::printf("  statistics refresh after a pause: %.1f ms (median of %lld)\n", median(statsMs),
                qint64(statsMs.size()));
    const double keyMedian = median(paneKeys), keyP95 = quantile(paneKeys, 0.95);
    const QString keyTarget = u"< 16 ms"_s;
    result("Switch to a 200-page resource", u"%1 ms"_s.arg(median(paneSwitch), 0, 'f', 0),
           u"QTextEdit::setHtml: %1 ms"_s.arg(median(bareSwitch), 0, 'f', 0),
           median(paneSwitch) / median(bareSwitch), 1.5);
    result("Keystroke in a 200-page body, median", u"%1 ms"_s.arg(keyMedian, 0, 'f', 2),
           u"bare QTextEdit: %1 ms"_s.arg(median(bareKeys), 0, 'f', 2), keyMedian / median(bareKeys),
           keyMedian < 16 ? 1e9 : 0, keyTarget);
    result("Keystroke in a 200-page body, 95th percentile", u"%1 ms"_s.arg(keyP95, 0, 'f', 2),
           u"bare QTextEdit: %1 ms"_s.arg(quantile(bareKeys, 0.95), 0, 'f', 2),
           keyP95 / quantile(bareKeys, 0.95), keyP95 < 16 ? 1e9 : 0, keyTarget);
    result("Statistics refresh after a typing pause, 200 pages", u"%1 ms"_s.arg(median(statsMs), 0, 'f', 1),
           u"keystroke in bare QTextEdit: %1 ms"_s.arg(median(bareKeys), 0, 'f', 2),
           median(statsMs) / std::max(0.01, median(bareKeys)), median(statsMs) < 50 ? 1e9 : 0, u"< 50 ms"_s);
    return 0;
}
