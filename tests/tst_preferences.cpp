// The preferences in the real window: each setting is changed in the dialog as a user would,
// persists, and applies at once (summary counter, spelling underlines, the typing filter's
// no-break spaces, the library's spelling language, import typography, backups). Also the
// Format › Apply French Typography command, the restore from a backup, the About box and
// the user guide. ACTES_SCREENSHOTS=DIR saves the dialogs' pictures there.

#include "dialogs/aboutdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/restorebackupdialog.h"
#include "dialogs/userguidedialog.h"
#include "domain/appinfo.h"
#include "editor/resourceeditorpane.h"
#include "editor/richtexteditor.h"
#include "editor/writingaids.h"
#include "export/documentlanguage.h"
#include "export/exportdialog.h"
#include "export/proceedingssettings.h"
#include "list/resourcelistpanel.h"
#include "mainwindow.h"
#include "models/resourcelistmodel.h"
#include "session/editsession.h"
#include "settings/settings.h"
#include "spelling/typographyfilter.h"
#include "storage/backupmanager.h"
#include "storage/sqliterepository.h"
#include "text/spellchecker.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QContextMenuEvent>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QTimer>

#include <functional>

using namespace Actes;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<ResourceRepository> openRw(const QString &path)
{
    return SqliteRepository::open(path, OpenMode::ReadWrite);
}

QStringList underlinedWords(const QTextDocument *doc)
{
    QStringList words;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
            if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                words.append(block.text().mid(r.start, r.length));
        }
    }
    return words;
}

void typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, c == u' ' ? Qt::Key_Space : 0, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, c == u' ' ? Qt::Key_Space : 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ACTES_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name));
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_id = 0;
    QList<QPointer<QTimer>> m_timers;

    // Runs the steps on the modal dialogs as they show, one step per dialog, in order.
    void script(QList<std::function<void(QWidget *)>> steps, int *done)
    {
        *done = 0;
        auto *timer = new QTimer(this);
        timer->setInterval(30);
        auto remaining = std::make_shared<QList<std::function<void(QWidget *)>>>(std::move(steps));
        auto last = std::make_shared<QPointer<QWidget>>();
        connect(timer, &QTimer::timeout, this, [=] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog || !dialog->isVisible() || dialog == last->data() || remaining->isEmpty())
                return;
            const auto step = remaining->takeFirst();
            *last = dialog;
            ++*done;
            step(dialog);   // the step closes the dialog (or leaves it to the next one)
            if (remaining->isEmpty())
                timer->stop();
        });
        timer->start();
        m_timers.append(timer);
    }

    // Opens Edit › Preferences, lets `edit` change it, then clicks OK.
    void changePreferences(const std::function<void(PreferencesDialog *)> &edit)
    {
        int done = 0;
        script({[&](QWidget *w) {
                   auto *dialog = qobject_cast<PreferencesDialog *>(w);
                   if (!dialog)
                       return;
                   edit(dialog);
                   dialog->findChild<QPushButton *>(u"okButton"_s)->click();
               }},
               &done);
        m_window->findChild<QAction *>(u"actionPreferences"_s)->trigger();
        QCOMPARE(done, 1);
    }

    RichTextEditor *body() const { return m_window->editorPane()->bodyEditor(); }

    void waitForDictionary()
    {
        QTRY_VERIFY(m_window->writingAids()->spellChecker() && !m_window->writingAids()->isLoading());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(u"préférences.actes"_s);
        auto repo = openRw(m_library);
        Resource r;
        r.title = u"Journée d’étude"_s;
        r.summaryHtml = u"<p>Un résumé court.</p>"_s;
        r.bodyHtml = u"<p>Une jurnée d’étude sur les tiers-lieux.</p>"_s;
        m_id = repo->createResource(r).id;
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>(openRw);
        m_window->setDraftRecoveryEnabled(false);
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->setRepository(openRw(m_library));
        QCOMPARE(m_window->session()->resourceId(), m_id);
        waitForDictionary();
    }

    void cleanup()
    {
        for (const QPointer<QTimer> &timer : std::as_const(m_timers))
            delete timer.data();
        m_timers.clear();
        m_window.reset();
    }

    void summaryLimitChangesTheCounter()
    {
        QCOMPARE(m_window->editorPane()->summaryLimit(), 600);
        changePreferences([](PreferencesDialog *d) {
            d->tabs()->setCurrentIndex(PreferencesDialog::WritingTab);
            d->findChild<QSpinBox *>(u"summaryLimitSpin"_s)->setValue(150);
        });
        QCOMPARE(m_window->editorPane()->summaryLimit(), 150);
        QVERIFY2(m_window->editorPane()->summaryCounter()->text().contains(u"150"_s),
                 qPrintable(m_window->editorPane()->summaryCounter()->text()));
        QCOMPARE(Settings().summaryLimit(), 150);
    }

    void spellingOffRemovesUnderlines()
    {
        QCOMPARE(m_window->writingAids()->spellChecker()->language(), u"fr_FR"_s);
        QTRY_COMPARE(underlinedWords(body()->document()), QStringList{u"jurnée"_s});
        // Apply, with the dialog still open: the underlines go at once.
        QStringList whileOpen{u"not checked"_s};
        changePreferences([&](PreferencesDialog *d) {
            d->findChild<QCheckBox *>(u"spellCheckBox"_s)->setChecked(false);
            d->findChild<QPushButton *>(u"applyButton"_s)->click();
            whileOpen = underlinedWords(body()->document());
        });
        QVERIFY(whileOpen.isEmpty());
        QVERIFY(underlinedWords(m_window->editorPane()->summaryEditor()->document()).isEmpty());
        QVERIFY(!Settings().spellCheckEnabled());
        QVERIFY(!m_window->session()->isDirty());   // underlining is not an edit
        auto *toggle = m_window->findChild<QAction *>(u"actionSpellCheck"_s);
        QVERIFY(!toggle->isChecked());
        toggle->trigger();   // Format › Check Spelling While Typing
        QCOMPARE(underlinedWords(body()->document()), QStringList{u"jurnée"_s});
        QVERIFY(Settings().spellCheckEnabled());
    }

    void contextMenuOffersSuggestions()
    {
        QTRY_COMPARE(underlinedWords(body()->document()), QStringList{u"jurnée"_s});
        const int at = body()->document()->toRawText().indexOf(u"jurnée"_s);
        QTextCursor cursor(body()->document());
        cursor.setPosition(at + 2);
        const QPoint pos = body()->cursorRect(cursor).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, body()->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(body()->viewport(), &event);
        QMenu *menu = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *m = qobject_cast<QMenu *>(w); m && m->isVisible())
                menu = m;
        }
        QVERIFY(menu);
        QStringList texts;
        QAction *ignore = nullptr;
        for (QAction *a : menu->actions()) {
            texts.append(a->text());
            if (a->text().startsWith(u"Ignore"_s))
                ignore = a;
        }
        QVERIFY2(texts.mid(0, 2).contains(u"journée"_s), qPrintable(texts.join(u" | "_s)));   // suggestions first
        QVERIFY(texts.contains(u"Add \u201Cjurnée\u201D to Dictionary"_s));
        QVERIFY(texts.contains(u"Paste as Plain Text"_s));   // the editor's own entries stay
        QVERIFY(ignore);
        ignore->trigger();
        menu->close();
        QVERIFY(underlinedWords(body()->document()).isEmpty());
    }

    void nbspStyleUsedByTheTypingFilter()
    {
        QVERIFY(body()->isTypingTypographyEnabled());
        changePreferences([](PreferencesDialog *d) {
            auto *combo = d->findChild<QComboBox *>(u"nbspStyleCombo"_s);
            combo->setCurrentIndex(combo->findData(int(NbspStyle::Narrow)));
        });
        QCOMPARE(Settings().nbspStyle(), NbspStyle::Narrow);
        QCOMPARE(body()->typographyFilter()->options().nbspStyle, NbspStyle::Narrow);
        QTextCursor cursor = body()->textCursor();
        cursor.movePosition(QTextCursor::End);
        body()->setTextCursor(cursor);
        typeInto(body(), u" Note : oui"_s);
        QVERIFY2(body()->document()->toRawText().contains(u"Note\u202F: oui"_s),
                 qPrintable(body()->document()->toRawText()));

        changePreferences([](PreferencesDialog *d) {
            auto *combo = d->findChild<QComboBox *>(u"nbspStyleCombo"_s);
            combo->setCurrentIndex(combo->findData(int(NbspStyle::Normal)));
        });
        typeInto(body(), u" Vraiment ?"_s);
        QVERIFY(body()->document()->toRawText().contains(u"Vraiment\u00A0?"_s));

        // Off: typed as typed.
        changePreferences([](PreferencesDialog *d) {
            d->findChild<QCheckBox *>(u"typingTypographyBox"_s)->setChecked(false);
        });
        QVERIFY(!Settings().typingTypographyEnabled());
        typeInto(body(), u" Non !"_s);
        QVERIFY(body()->document()->toRawText().endsWith(u" Non !"_s));
        m_window->session()->save();
        QVERIFY(m_window->repository()->loadResource(m_id)->bodyHtml.contains(u"Note\u202F: oui"_s));
        // Leave the text as it was for the next tests.
        Resource r = m_window->session()->storedResource();
        r.bodyHtml = u"<p>Une jurnée d’étude sur les tiers-lieux.</p>"_s;
        m_window->repository()->saveResource(r);
        Settings().setTypingTypographyEnabled(true);
        Settings().setNbspStyle(NbspStyle::Standard);
    }

    void spellingLanguageOfTheLibrary()
    {
        changePreferences([](PreferencesDialog *d) {
            auto *combo = d->findChild<QComboBox *>(u"spellLanguageCombo"_s);
            QVERIFY(combo->isEnabled());
            combo->setCurrentIndex(combo->findData(u"en_US"_s));
        });
        QCOMPARE(m_window->repository()->libraryValue(u"spelling/language"_s), u"en_US"_s);
        QTRY_COMPARE(m_window->writingAids()->spellChecker()->language(), u"en_US"_s);
        // Both editors share the one checker.
        QCOMPARE(body()->spellChecker(), m_window->writingAids()->spellChecker());
        QCOMPARE(m_window->editorPane()->summaryEditor()->spellChecker(), body()->spellChecker());
        QTRY_VERIFY(underlinedWords(body()->document()).contains(u"sur"_s));   // French is foreign now

        // Stored in the library: a window opening it later checks English too.
        cleanup();
        init();
        QCOMPARE(m_window->writingAids()->language(), u"en_US"_s);
        changePreferences([](PreferencesDialog *d) {
            auto *combo = d->findChild<QComboBox *>(u"spellLanguageCombo"_s);
            combo->setCurrentIndex(combo->findData(u"fr_FR"_s));
        });
        QTRY_COMPARE(m_window->writingAids()->spellChecker()->language(), u"fr_FR"_s);
        QTRY_COMPARE(underlinedWords(body()->document()), QStringList{u"jurnée"_s});
    }

    // Preferences › Library chooses the language of the library's documents; the export dialog
    // starts with it, shows it, and changes the title, file name and notice with it.
    void documentLanguageOfTheLibrary()
    {
        QCOMPARE(DocumentLanguage::libraryCode(m_window->repository()), u"fr"_s);   // the default
        changePreferences([](PreferencesDialog *d) {
            d->tabs()->setCurrentIndex(PreferencesDialog::LibraryTab);
            auto *combo = d->findChild<QComboBox *>(u"documentLanguageCombo"_s);
            QVERIFY(combo && combo->isEnabled() && combo->isVisible());
            QCOMPARE(combo->currentData().toString(), u"fr"_s);
            combo->setCurrentIndex(combo->findData(u"en"_s));
            saveShot(d, u"preferences-library.png"_s);
        });
        QCOMPARE(m_window->repository()->libraryValue(QString::fromLatin1(DocumentLanguage::LibraryKey)), u"en"_s);
        // File › Print and Print Preview start from the same options.
        QCOMPARE(proceedingsOptionsFromSettings(Settings::shared(), m_window->repository()).language.code(), u"en"_s);
        {
            ExportDialog dialog(m_window->repository(), {m_id});
            QCOMPARE(dialog.languageCombo()->currentData().toString(), u"en"_s);
            QCOMPARE(dialog.options().language.code(), u"en"_s);
            dialog.internalCheck()->setChecked(true);
            QVERIFY2(dialog.suggestedFileName().contains(u"(internal document)"_s), qPrintable(dialog.suggestedFileName()));
            QVERIFY(dialog.internalNotice()->text().contains(u"Internal document"_s));
            dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(u"fr"_s));
            QVERIFY2(dialog.suggestedFileName().contains(u"(document interne)"_s), qPrintable(dialog.suggestedFileName()));
            QVERIFY(dialog.internalNotice()->text().contains(u"Document interne"_s));
            QCOMPARE(dialog.options().language.code(), u"fr"_s);
        }
        DocumentLanguage::setLibraryCode(m_window->repository(), u"fr"_s);
    }

    void missingDictionaryIsSaidOnce()
    {
        m_window->repository()->setLibraryValue(u"spelling/language"_s, u"xx_XX"_s);
        QSignalSpy notices(m_window->writingAids(), &WritingAids::notice);
        m_window->setRepository(openRw(m_library));
        QTRY_COMPARE(m_window->writingAids()->language(), u"xx_XX"_s);
        waitForDictionary();
        QCOMPARE(notices.size(), 1);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"xx_XX"_s),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(underlinedWords(body()->document()).isEmpty());   // works without spelling
        // Another library, then back: not said again.
        m_window->setRepository(nullptr);
        m_window->setRepository(openRw(m_library));
        waitForDictionary();
        QTest::qWait(50);
        QCOMPARE(notices.size(), 1);
        m_window->repository()->setLibraryValue(u"spelling/language"_s, u"fr_FR"_s);
    }

    void everyTabPersists()
    {
        bool noticeBefore = true;
        bool noticeAfter = false;
        changePreferences([&](PreferencesDialog *d) {
            QCOMPARE(d->tabs()->count(), 4);
            for (int i = 0; i < d->tabs()->count(); ++i) {
                d->tabs()->setCurrentIndex(i);
                saveShot(d, u"preferences-%1.png"_s.arg(i));
            }
            d->tabs()->setCurrentIndex(PreferencesDialog::WritingTab);
            saveShot(d, u"preferences.png"_s);
            d->tabs()->setCurrentIndex(PreferencesDialog::GeneralTab);
            auto *language = d->findChild<QComboBox *>(u"languageCombo"_s);
            auto *notice = d->findChild<QLabel *>(u"languageNotice"_s);
            noticeBefore = notice->isVisible();
            const QString running = Settings::effectiveLanguage(Settings().language(), QLocale::system().name());
            language->setCurrentIndex(language->findData(running == u"fr" ? u"en"_s : u"fr"_s));
            noticeAfter = notice->isVisible();
            d->findChild<QLineEdit *>(u"authorEdit"_s)->setText(u"  Élodie Lœwy "_s);
            auto *import = d->findChild<QComboBox *>(u"importTypographyCombo"_s);
            import->setCurrentIndex(import->findData(int(Settings::ImportTypography::Never)));
            auto *page = d->findChild<QComboBox *>(u"pageSizeCombo"_s);
            page->setCurrentIndex(page->findData(int(QPageSize::Letter)));
            d->findChild<QDoubleSpinBox *>(u"marginLeft"_s)->setValue(30);
            d->findChild<QDoubleSpinBox *>(u"marginBottom"_s)->setValue(18);
            d->findChild<QLineEdit *>(u"networkNameEdit"_s)->setText(u"Réseau des territoires"_s);
            d->findChild<QLineEdit *>(u"logoEdit"_s)->setText(QStringLiteral(ACTES_TEST_DATA "/pdf/logo.png"));
            d->findChild<QSpinBox *>(u"backupsSpin"_s)->setValue(3);
        });
        QVERIFY(!noticeBefore);
        QVERIFY(noticeAfter);
        Settings s;
        QVERIFY(s.language() != u"system");
        QCOMPARE(s.authorName(), u"Élodie Lœwy"_s);
        QCOMPARE(m_window->repository()->currentAuthor(), u"Élodie Lœwy"_s);   // applied at once
        QCOMPARE(s.importTypography(), Settings::ImportTypography::Never);
        QCOMPARE(s.proceedingsPageSize(), QPageSize::Letter);
        QCOMPARE(s.proceedingsMargins(), QMarginsF(30, 24, 22, 18));
        QCOMPARE(s.proceedingsNetworkName(), u"Réseau des territoires"_s);
        QCOMPARE(s.proceedingsLogoPath(), QStringLiteral(ACTES_TEST_DATA "/pdf/logo.png"));
        QCOMPARE(s.backupsToKeep(), 3);
        s.setLanguage(u"system"_s);
        s.setImportTypography(Settings::ImportTypography::Ask);
    }

    void applyFrenchTypographyCommand()
    {
        RichTextEditor *editor = body();
        editor->setFocus();
        QTextCursor cursor = editor->textCursor();
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(u" Il a dit : \"oui\"..."_s);
        const QString before = editor->document()->toRawText();
        m_window->findChild<QAction *>(u"actionApplyTypography"_s)->trigger();
        const QString after = editor->document()->toRawText();
        QVERIFY2(after.contains(u"Il a dit\u00A0: «\u00A0oui\u00A0»\u2026"_s), qPrintable(after));
        editor->undo();   // one step
        QCOMPARE(editor->document()->toRawText(), before);
        editor->redo();
        QVERIFY(m_window->session()->save());
        QVERIFY(m_window->repository()->loadResource(m_id)->bodyHtml.contains(u"«\u00A0oui\u00A0»"_s));
        Resource r = m_window->session()->storedResource();
        r.bodyHtml = u"<p>Une jurnée d’étude sur les tiers-lieux.</p>"_s;
        m_window->repository()->saveResource(r);
    }

    void importAsksAboutTypography()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"import.actes"_s);
        m_window->setRepository(openRw(library));
        int done = 0;
        script({[](QWidget *w) {
                    auto *box = qobject_cast<QMessageBox *>(w);
                    if (!box || box->objectName() != u"importTypographyQuestion")
                        return;
                    box->checkBox()->setChecked(true);   // do not ask again
                    box->button(QMessageBox::Yes)->click();
                },
                [](QWidget *w) {   // the import report
                    QCOMPARE(w->objectName(), u"importReportDialog"_s);
                    qobject_cast<QDialog *>(w)->reject();
                }},
               &done);
        m_window->importWebsiteDump({QStringLiteral(ACTES_TEST_DATA "/websitedump/basic.txt")});
        QCOMPARE(done, 2);
        QCOMPARE(Settings().importTypography(), Settings::ImportTypography::Always);
        QStringList titles;
        for (const ResourceSummary &row : m_window->repository()->listResources())
            titles.append(row.title);
        QVERIFY2(titles.contains(u"Journées d’étude sur la commande publique responsable des 8 et 9 juin 2016"_s),
                 qPrintable(titles.join(u" | "_s)));
        Settings().setImportTypography(Settings::ImportTypography::Ask);
    }

    void dailyBackupAndRestore()
    {
        Settings().setBackupsToKeep(7);
        // init() opened the library: its daily backup is made in the background.
        BackupManager manager(m_library);
        QTRY_COMPARE(manager.backups().size(), 1);
        QVERIFY(m_window->findChild<QAction *>(u"actionRestoreBackup"_s)->isEnabled());

        // A resource created after the backup is gone once the backup is restored.
        m_window->newResource();
        const qint64 added = m_window->session()->resourceId();
        QVERIFY(added != m_id);
        QVERIFY(m_window->session()->save());
        int done = 0;
        script({[](QWidget *w) {
                    auto *dialog = qobject_cast<RestoreBackupDialog *>(w);
                    dialog->list()->setCurrentRow(0);
                    dialog->restoreButton()->click();
                },
                [](QWidget *w) {   // "Replace the library with the backup…?"
                    qobject_cast<QMessageBox *>(w)->button(QMessageBox::Yes)->click();
                },
                [](QWidget *w) {   // "The library was restored…"
                    qobject_cast<QMessageBox *>(w)->accept();
                }},
               &done);
        m_window->findChild<QAction *>(u"actionRestoreBackup"_s)->trigger();
        QCOMPARE(done, 3);
        QVERIFY(m_window->repository());
        QCOMPARE(m_window->repository()->location(), m_library);
        QVERIFY(m_window->repository()->loadResource(m_id));
        ResourceFilter filter;
        filter.ids = {added};
        QCOMPARE(m_window->repository()->countResources(filter), 0);
    }

    void noBackupWhenTurnedOff()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"sans-copie.actes"_s);
        Resource r;
        r.title = u"Une ressource"_s;
        openRw(library)->createResource(r);
        Settings().setBackupsToKeep(0);
        m_window->setRepository(openRw(library));
        QTest::qWait(300);
        QVERIFY(BackupManager(library).backups().isEmpty());
        Settings().setBackupsToKeep(7);
    }

    void aboutBoxAndUserGuide()
    {
        AboutDialog about(m_library);
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        saveShot(&about, u"about.png"_s);
        QCOMPARE(about.tabs()->count(), 3);
        const QString text = about.findChild<QLabel *>(u"aboutText"_s)->text();
        QVERIFY(text.contains(u"Actes %1"_s.arg(applicationVersion())));
        QVERIFY(text.contains(u"GPL-3.0-or-later"_s));
        const QString components = about.findChild<QTextBrowser *>(u"componentsView"_s)->toPlainText();
        for (const QString &name : {u"Qt"_s, u"LGPL-3.0"_s, u"SQLite"_s, u"qpdf"_s, u"Apache-2.0"_s, u"Hunspell"_s,
                                    u"MPL"_s, u"dtl"_s, u"BSD"_s, u"Linux Libertine"_s, u"OFL"_s})
            QVERIFY2(components.contains(name), qPrintable(name));
        about.tabs()->setCurrentIndex(1);
        saveShot(&about, u"about-components.png"_s);
        QVERIFY(about.findChild<QPlainTextEdit *>(u"licenceText"_s)->toPlainText().contains(
            u"GNU GENERAL PUBLIC LICENSE"_s));
        QVERIFY(about.findChild<QPushButton *>(u"aboutQtButton"_s));

        m_window->findChild<QAction *>(u"actionUserGuide"_s)->trigger();
        auto *guide = m_window->findChild<UserGuideDialog *>();
        QVERIFY(guide && guide->isVisible());
        QVERIFY(guide->browser()->toPlainText().contains(u"Actes"_s));
        saveShot(guide, u"user-guide.png"_s);
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
