// The Documents panel: files made in the setup (a PDF, a PNG, an OpenDocument text) are
// attached through the panel, renamed, reordered, given a kind and a visibility and removed,
// each change one command of the document's undo stack (undone and redone); files dropped from
// the file manager are attached; a file over the library's limit is refused with a message
// naming it and nothing of it is stored; Save a Copy and Open write the same bytes. In the
// window: the dock beside the details, Edit ▸ Undo, the save. The library's limit in the
// preferences (an administrator's). ACTES_SCREENSHOT_DIR=DIR saves the window's picture there.
#include "attachments/attachmentfiles.h"
#include "attachments/attachmentlist.h"
#include "attachments/attachmentspanel.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/prompts.h"
#include "library/library.h"
#include "list/resourcelistpanel.h"
#include "mainwindow.h"
#include "session/editsession.h"
#include "session/resourcedocument.h"
#include "settings/settings.h"
#include "storage/sqliterepository.h"

#include "memoryrepository.h"
#include "translationtest.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDockWidget>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QUndoStack>
#include <QUrl>

using namespace Actes;
using Actes::Testing::MemoryRepository;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sha256Of(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QStringList titles(const ResourceDocument &document)
{
    QStringList out;
    for (const Attachment &a : document.attachments())
        out.append(a.title);
    return out;
}

QStringList rowTitles(const AttachmentsPanel &panel)
{
    QStringList out;
    for (int i = 0; i < panel.list()->count(); ++i)
        out.append(panel.list()->item(i)->text());
    return out;
}

// A member of a team library who is not an administrator.
class AuthorRepository final : public MemoryRepository
{
public:
    Member currentMember() const override { return Member{u"claire"_s, u"Claire Martin"_s, MemberRole::Author, false}; }
    bool hasMembers() const override { return true; }
};

// Receives what QDesktopServices::openUrl() would give the desktop.
class UrlCatcher final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};

} // namespace

class TestAttachmentsUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pdf;
    QString m_png;
    QString m_odt;
    QString m_slides;          // a public slide deck
    QString m_membersSlides;   // a deck for members only

    // A panel over a document of a resource of a library in memory.
    struct Fixture
    {
        MemoryRepository repository;
        Library library;
        ResourceDocument document;
        AttachmentsPanel panel;
        Fixture()
        {
            library.setPollInterval(0);
            library.setRepository(&repository);
            Resource r;
            r.title = u"Séminaire des 3 et 4 mai 2016"_s;
            document.load(repository.createResource(r));
            panel.setLibrary(&library);
            panel.setDocument(&document);
            panel.resize(340, 520);
        }
        ~Fixture() { library.setRepository(nullptr); }
    };

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        // A PDF of two pages.
        m_pdf = m_dir.filePath(u"programme-seminaire_2016.pdf"_s);
        {
            QPdfWriter writer(m_pdf);
            writer.setTitle(u"Programme"_s);
            QPainter painter(&writer);
            painter.drawText(QPointF(100, 100), u"Programme du séminaire des 3 et 4 mai 2016"_s);
            writer.newPage();
            painter.drawText(QPointF(100, 100), u"Deuxième journée"_s);
        }
        // A PNG.
        m_png = m_dir.filePath(u"photos-atelier.png"_s);
        QImage image(320, 200, QImage::Format_RGB32);
        image.fill(QColor(0x2a, 0x6f, 0x97));
        QVERIFY(image.save(m_png));
        // An OpenDocument text written by Qt.
        m_odt = m_dir.filePath(u"etude-circuits-courts.odt"_s);
        QTextDocument text;
        text.setPlainText(u"Étude sur les circuits courts de l’ESS."_s);
        QTextDocumentWriter odt(m_odt, "odf");
        QVERIFY(odt.write(&text));
        auto deck = [this](const QString &name, const QString &words) {
            const QString path = m_dir.filePath(name);
            QPdfWriter writer(path);
            writer.setPageOrientation(QPageLayout::Landscape);
            QPainter painter(&writer);
            painter.drawText(QPointF(100, 100), words);
            return path;
        };
        m_slides = deck(u"diaporama-ouverture.pdf"_s, u"Ouverture du séminaire"_s);
        m_membersSlides = deck(u"diaporama-atelier-financements.pdf"_s, u"Atelier financements"_s);
        for (const QString &path : {m_pdf, m_png, m_odt, m_slides, m_membersSlides})
            QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
    }

    // Add, rename, move, kind, visibility, remove: each one command, undone and redone.
    void everyChangeIsOneUndoableCommand()
    {
        Fixture f;
        QUndoStack *stack = f.document.undoStack();
        AttachmentsPanel &panel = f.panel;
        QVERIFY(panel.isEditable());
        QVERIFY(panel.addFilesAction()->isEnabled());

        // Three files at once: one command, the list follows the document.
        QCOMPARE(panel.addFiles({m_pdf, m_png, m_odt}), 3);
        QCOMPARE(stack->count(), 1);
        QCOMPARE(f.document.attachments().size(), 3);
        QCOMPARE(panel.list()->count(), 3);
        QCOMPARE(rowTitles(panel), titles(f.document));
        const Attachment pdf = f.document.attachments().at(0);
        QVERIFY(pdf.isPdf());
        QCOMPARE(pdf.sha256, sha256Of(readAll(m_pdf)));
        QVERIFY(f.repository.hasAttachmentData(pdf.sha256));
        // Type and size as people read them.
        const QString detail = panel.list()->item(0)->data(AttachmentList::DetailRole).toString();
        QVERIFY2(detail.contains(u"PDF"_s) && detail.contains(attachmentSizeText(pdf.size)), qPrintable(detail));
        QCOMPARE(panel.list()->item(0)->data(AttachmentList::VisibilityRole).toString(), u"Public"_s);
        QVERIFY(!panel.list()->item(0)->icon().isNull());
        QCOMPARE(panel.title(), u"Documents (3)"_s);
        stack->undo();
        QCOMPARE(panel.list()->count(), 0);
        QCOMPARE(panel.title(), u"Documents"_s);
        stack->redo();
        QCOMPARE(panel.list()->count(), 3);
        const QStringList added = titles(f.document);

        // Rename in place: the row's text edited as the list's editor does.
        panel.setCurrentRow(1);
        panel.list()->item(1)->setText(u"  Photos de l’atelier  "_s);
        QCOMPARE(stack->count(), 2);
        QCOMPARE(f.document.attachments().at(1).title, u"Photos de l’atelier"_s);
        QCOMPARE(panel.list()->item(1)->text(), u"Photos de l’atelier"_s);
        // An empty title is refused: nothing pushed, the title as it was.
        panel.list()->item(1)->setText(u"   "_s);
        QCOMPARE(stack->count(), 2);
        QCOMPARE(panel.list()->item(1)->text(), u"Photos de l’atelier"_s);
        stack->undo();
        QCOMPARE(f.document.attachments().at(1).title, added.at(1));
        stack->redo();
        QCOMPARE(f.document.attachments().at(1).title, u"Photos de l’atelier"_s);

        // Move down with the keyboard (Alt+Down in the list), then up with the button.
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.list()->setFocus();
        panel.setCurrentRow(0);
        QTest::keyClick(panel.list(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(titles(f.document), (QStringList{u"Photos de l’atelier"_s, added.at(0), added.at(2)}));
        QCOMPARE(panel.currentRow(), 1);
        QCOMPARE(stack->count(), 3);
        stack->undo();
        QCOMPARE(titles(f.document), (QStringList{added.at(0), u"Photos de l’atelier"_s, added.at(2)}));
        stack->redo();
        QCOMPARE(rowTitles(panel), titles(f.document));
        // A row dragged to the end (the list's request, as its drop makes it).
        emit panel.list()->moveRequested(0, 2);
        QCOMPARE(titles(f.document), (QStringList{added.at(0), added.at(2), u"Photos de l’atelier"_s}));
        stack->undo();
        QCOMPARE(titles(f.document), (QStringList{u"Photos de l’atelier"_s, added.at(0), added.at(2)}));

        // The kind, from the combo under the list.
        panel.setCurrentRow(1);   // the programme
        QComboBox *kind = panel.kindCombo();
        QVERIFY(kind->isEnabled());
        const int before = stack->index();
        kind->setFocus();
        const int slides = kind->findData(int(AttachmentKind::Slides));
        kind->setCurrentIndex(slides - 1);
        QTest::keyClick(kind, Qt::Key_Down);   // as a user: emits activated()
        QCOMPARE(f.document.attachments().at(1).kind, AttachmentKind::Slides);
        QCOMPARE(stack->index(), before + 1);
        QVERIFY(panel.list()->item(1)->data(AttachmentList::DetailRole).toString().startsWith(u"Slides"_s));
        stack->undo();
        QCOMPARE(f.document.attachments().at(1).kind, pdf.kind);
        QCOMPARE(kind->currentData().toInt(), int(pdf.kind));
        stack->redo();
        QCOMPARE(f.document.attachments().at(1).kind, AttachmentKind::Slides);

        // Members only, clearly shown on the row.
        QComboBox *visibility = panel.visibilityCombo();
        visibility->setFocus();
        QTest::keyClick(visibility, Qt::Key_Down);
        QVERIFY(f.document.attachments().at(1).membersOnly);
        QVERIFY(panel.list()->item(1)->data(AttachmentList::MembersOnlyRole).toBool());
        QCOMPARE(panel.list()->item(1)->data(AttachmentList::VisibilityRole).toString(), u"Members only"_s);
        stack->undo();
        QVERIFY(!f.document.attachments().at(1).membersOnly);
        QCOMPARE(visibility->currentIndex(), 0);
        stack->redo();
        QVERIFY(f.document.attachments().at(1).membersOnly);

        // Remove with the Delete key; undo brings it back as it was.
        const QList<Attachment> full = f.document.attachments();
        panel.list()->setFocus();
        panel.setCurrentRow(1);
        QTest::keyClick(panel.list(), Qt::Key_Delete);
        QCOMPARE(f.document.attachments().size(), 2);
        QVERIFY(!titles(f.document).contains(full.at(1).title));
        stack->undo();
        QCOMPARE(f.document.attachments(), full);
        stack->redo();
        QCOMPARE(f.document.attachments().size(), 2);
        // Each change above was one entry.
        QCOMPARE(stack->index(), before + 3);
    }

    // Files dropped from the file manager on the list (or anywhere on the panel) are attached.
    void droppedFilesAreAttached()
    {
        Fixture f;
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(m_png), QUrl::fromLocalFile(m_odt)});
        const QPoint centre = f.panel.list()->viewport()->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction | Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(f.panel.list()->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(centre), Qt::CopyAction | Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(f.panel.list()->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(f.document.attachments().size(), 2);
        QCOMPARE(f.document.attachments().at(0).fileName, u"photos-atelier.png"_s);
        QCOMPARE(f.document.attachments().at(1).fileName, u"etude-circuits-courts.odt"_s);
        QCOMPARE(f.document.undoStack()->count(), 1);
        QCOMPARE(f.panel.list()->count(), 2);

        // Dropped on the panel's buttons: the same.
        QMimeData pdf;
        pdf.setUrls({QUrl::fromLocalFile(m_pdf)});
        QDragEnterEvent enterPanel(QPoint(5, 5), Qt::CopyAction, &pdf, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&f.panel, &enterPanel);
        QVERIFY(enterPanel.isAccepted());
        QDropEvent onPanel(QPointF(5, 5), Qt::CopyAction, &pdf, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&f.panel, &onPanel);
        QCOMPARE(f.document.attachments().size(), 3);

        // Read-only: a drop is refused and nothing changes.
        f.repository.setReadOnly(true);
        emit f.library.repositoryChanged();
        QVERIFY(!f.panel.isEditable());
        QDragEnterEvent refused(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(f.panel.list()->viewport(), &refused);
        QVERIFY(!refused.isAccepted());
        QCOMPARE(f.panel.addFiles({m_png}), 0);
        QCOMPARE(f.document.attachments().size(), 3);
        for (QAction *action : {f.panel.addFilesAction(), f.panel.addLinkAction(), f.panel.removeAction(),
                                f.panel.moveUpAction(), f.panel.renameAction()})
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY(!f.panel.kindCombo()->isEnabled());
        QVERIFY(!f.panel.visibilityCombo()->isEnabled());
        // Reading stays possible.
        f.panel.setCurrentRow(0);
        QVERIFY(f.panel.openAction()->isEnabled());
        QVERIFY(f.panel.saveCopyAction()->isEnabled());
    }

    // A file over the library's limit: a message naming it, nothing stored, the list unchanged.
    void fileOverTheLimitIsRefused()
    {
        Fixture f;
        QCOMPARE(f.panel.addFiles({m_pdf}), 1);
        f.repository.setLibraryValue(QString::fromUtf16(AttachmentLimitKey), u"1"_s);   // 1 MB
        const QString big = m_dir.filePath(u"video-captation.mp4"_s);
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray chunk(250 * 1000, 'x');
            for (int i = 0; i < 6; ++i) {
                chunk[0] = char('a' + i);
                file.write(chunk);
            }
        }
        const QString sha = sha256Of(readAll(big));
        const QList<Attachment> before = f.document.attachments();
        {
            Prompts::ScriptedAnswers answers;
            answers.acknowledge();
            QCOMPARE(f.panel.addFiles({big}), 0);
            QCOMPARE(answers.asked().size(), 1);
            QCOMPARE(answers.asked().first().kind, Prompts::Kind::Warning);
            const QString text = answers.asked().first().text;
            QVERIFY2(text.contains(u"video-captation.mp4"_s), qPrintable(text));
        }
        QCOMPARE(f.document.attachments(), before);
        QCOMPARE(f.panel.list()->count(), 1);
        QCOMPARE(f.document.undoStack()->count(), 1);
        QVERIFY(!f.repository.hasAttachmentData(sha));

        // With others: those accepted are attached (one command), the refused one is named.
        {
            Prompts::ScriptedAnswers answers;
            answers.acknowledge();
            QCOMPARE(f.panel.addFiles({m_png, big}), 1);
            QVERIFY(answers.asked().first().text.contains(u"video-captation.mp4"_s));
            QVERIFY(!answers.asked().first().text.contains(u"photos-atelier.png"_s));
        }
        QCOMPARE(f.document.attachments().size(), 2);
        QVERIFY(!f.repository.hasAttachmentData(sha));
        // The same file twice on one resource: said, not attached again.
        {
            Prompts::ScriptedAnswers answers;
            answers.acknowledge();
            QCOMPARE(f.panel.addFiles({m_pdf}), 0);
            QVERIFY(answers.asked().first().text.contains(u"already attached"_s));
        }
        QCOMPARE(f.document.attachments().size(), 2);
    }

    // Save a copy writes the same bytes; Open writes a read-only copy and hands it to the
    // desktop; a link goes to the browser.
    void copiesAreTheSameBytes()
    {
        Fixture f;
        QCOMPARE(f.panel.addFiles({m_pdf, m_odt}), 2);
        QVERIFY(f.panel.addLink(u"https://www.youtube.com/watch?v=ess2016"_s, u"Vidéo d’ouverture"_s,
                                AttachmentKind::Video));
        QCOMPARE(f.document.attachments().size(), 3);
        QVERIFY(f.panel.list()->item(2)->data(AttachmentList::DetailRole).toString().contains(u"youtube.com"_s));

        const QString copy = m_dir.filePath(u"copie.odt"_s);
        QVERIFY(f.panel.saveCopy(1, copy));
        QCOMPARE(readAll(copy), readAll(m_odt));
        // A link has no file to save.
        f.panel.setCurrentRow(2);
        QVERIFY(!f.panel.saveCopyAction()->isEnabled());

        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"file"_s, &catcher, "open");
        QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
        const QString opened = f.panel.openAttachment(0);
        QCOMPARE(catcher.urls.size(), 1);
        QCOMPARE(catcher.urls.first(), QUrl::fromLocalFile(opened));
        QCOMPARE(QFileInfo(opened).fileName(), u"programme-seminaire_2016.pdf"_s);
        QCOMPARE(readAll(opened), readAll(m_pdf));
        QVERIFY(!(QFileInfo(opened).permissions() & QFile::WriteOwner));
        QCOMPARE(f.panel.openAttachment(2), u"https://www.youtube.com/watch?v=ess2016"_s);
        QCOMPARE(catcher.urls.last(), QUrl(u"https://www.youtube.com/watch?v=ess2016"_s));
        QDesktopServices::unsetUrlHandler(u"file"_s);
        QDesktopServices::unsetUrlHandler(u"https"_s);

        // A link that is no web address is refused, said.
        Prompts::ScriptedAnswers answers;
        answers.acknowledge();
        QVERIFY(!f.panel.addLink(u"ftp://exemple.org/fichier"_s, u"Fichier"_s));
        QCOMPARE(f.document.attachments().size(), 3);
    }

    // In the window: the dock beside the details, Edit ▸ Undo from the panel, the save.
    void inTheWindow()
    {
        const QString path = m_dir.filePath(u"seminaire.actes"_s);
        qint64 id = 0;
        {
            auto repository = SqliteRepository::open(path);
            Resource r;
            r.title = u"Séminaire régional des 3 et 4 mai 2016"_s;
            r.summaryHtml = u"<p>Deux journées d’échanges entre les structures de l’ESS.</p>"_s;
            r.bodyHtml = u"<p>Le séminaire a réuni quarante participants à Lyon.</p>"_s;
            id = repository->createResource(r).id;
        }

        auto window = std::make_unique<MainWindow>([](const QString &p) -> std::unique_ptr<ResourceRepository> {
            return SqliteRepository::open(p);
        });
        window->setDraftRecoveryEnabled(false);
        window->resize(1366, 768);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->setRepository(SqliteRepository::open(path));
        ResourceRepository *repo = window->repository();
        window->listPanel()->selectResource(id);
        QTRY_COMPARE(window->session()->resourceId(), id);

        AttachmentsPanel *panel = window->attachmentsPanel();
        QDockWidget *dock = window->attachmentsDock();
        QVERIFY(panel && dock);
        QCOMPARE(dock->objectName(), u"attachmentsDock"_s);
        QVERIFY(window->tabifiedDockWidgets(window->detailsDock()).contains(dock));
        QVERIFY(!dock->isHidden());
        QCOMPARE(panel->document(), window->session()->document());

        // Resource ▸ Documents brings it to the front, the keyboard in its list.
        window->findChild<QAction *>(u"actionShowAttachments"_s)->trigger();
        QTRY_VERIFY(dock->isVisible());
        QTRY_VERIFY(panel->list()->hasFocus());

        QCOMPARE(panel->addFiles({m_pdf, m_slides, m_membersSlides}), 3);
        const QList<Attachment> &attached = window->session()->document()->attachments();
        QCOMPARE(attached.at(0).kind, AttachmentKind::Programme);   // guessed from the names
        QCOMPARE(attached.at(1).kind, AttachmentKind::Slides);
        QVERIFY(panel->renameAttachment(0, u"Programme détaillé du séminaire"_s));
        QVERIFY(panel->renameAttachment(1, u"Diaporama de présentation"_s));
        QVERIFY(panel->renameAttachment(2, u"Diaporama de l’atelier sur les financements"_s));
        QVERIFY(panel->addLink(u"https://www.youtube.com/watch?v=ess2016"_s, u"Vidéo d’ouverture"_s,
                               AttachmentKind::Video));
        QVERIFY(panel->setMembersOnly(2, true));
        QCOMPARE(dock->windowTitle(), u"Documents (4)"_s);

        // Edit ▸ Undo with the keyboard in the panel undoes the last change of the documents.
        panel->list()->setFocus();
        QTRY_VERIFY(panel->list()->hasFocus());
        window->findChild<QAction *>(u"actionUndo"_s)->trigger();
        QVERIFY(!attached.at(2).membersOnly);
        window->findChild<QAction *>(u"actionRedo"_s)->trigger();
        QVERIFY(attached.at(2).membersOnly);

        // Saved with the resource, in its revision history.
        QVERIFY(window->session()->isDirty());
        QVERIFY(window->session()->save());
        {
            auto other = SqliteRepository::open(path);
            const Resource stored = other->loadResource(id).value();
            QCOMPARE(stored.attachments.size(), 4);
            QCOMPARE(stored.attachments.at(1).title, u"Diaporama de présentation"_s);
            QVERIFY(!stored.attachments.at(1).membersOnly);
            QVERIFY(stored.attachments.at(2).membersOnly);
            QCOMPARE(stored.attachments.at(3).url, u"https://www.youtube.com/watch?v=ess2016"_s);
            QVERIFY(stored.attachments.at(0).id > 0);
            QCOMPARE(other->attachmentData(stored.attachments.at(0).sha256), readAll(m_pdf));
            const QList<RevisionInfo> revisions = other->revisions(id);
            QVERIFY(!revisions.isEmpty());
            QVERIFY2(revisions.first().changedFields.contains(QString::fromUtf16(RevisionFields::Attachments))
                         || revisions.last().changedFields.contains(QString::fromUtf16(RevisionFields::Attachments)),
                     qPrintable(revisions.first().changedFields.join(u',')));
            const qint64 latest = std::max_element(revisions.cbegin(), revisions.cend(), [](const auto &a, const auto &b) {
                                      return a.number < b.number;
                                  })->id;
            QCOMPARE(other->revisionSnapshot(latest)->attachments, stored.attachments);
        }
        QCOMPARE(repo->loadResource(id)->attachments.size(), 4);

        window->close();
    }

    // In French, as the staff see it (and the picture of docs/screenshots/attachments.png):
    // a programme, a public slide deck, a members-only deck and a video link, sizes with a comma.
    void inFrench()
    {
        Test::ScopedTranslation french(u"fr"_s);
        const QString path = m_dir.filePath(u"seminaire-fr.actes"_s);
        qint64 id = 0;
        {
            auto repository = SqliteRepository::open(path);
            const struct { const char16_t *title; QDate start; QDate end; const char16_t *place; } events[] = {
                {u"Rencontre régionale des PTCE", QDate(2016, 3, 17), QDate(2016, 3, 17), u"Clermont-Ferrand"},
                {u"Séminaire des 3 et 4 mai 2016 : coopérer sur les territoires", QDate(2016, 5, 3),
                 QDate(2016, 5, 4), u"Lyon"},
                {u"Journée d’étude sur les circuits courts", QDate(2016, 6, 9), QDate(2016, 6, 9), u"Grenoble"},
            };
            for (const auto &e : events) {
                Resource r;
                r.title = QString::fromUtf16(e.title);
                r.type = u"Séminaire"_s;
                r.dateStart = e.start;
                r.dateEnd = e.end;
                r.place = QString::fromUtf16(e.place);
                r.summaryHtml = u"<p>Deux journées d’échanges entre les structures de l’ESS de la région, élus et "
                                u"techniciens des collectivités.</p>"_s;
                r.bodyHtml = u"<p>Le séminaire a réuni une quarantaine de participants. Retrouvez le programme "
                             u"détaillé et le diaporama de présentation ci-dessous.</p>"_s;
                const qint64 created = repository->createResource(r).id;
                if (e.start.month() == 5)
                    id = created;
            }
        }
        auto window = std::make_unique<MainWindow>([](const QString &p) -> std::unique_ptr<ResourceRepository> {
            return SqliteRepository::open(p);
        });
        window->setDraftRecoveryEnabled(false);
        window->resize(1366, 768);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->setRepository(SqliteRepository::open(path));
        QVERIFY(window->session()->open(id));
        window->listPanel()->selectResource(id);
        QCOMPARE(window->session()->resourceId(), id);
        AttachmentsPanel *panel = window->attachmentsPanel();
        QCOMPARE(panel->addFiles({m_pdf, m_slides, m_membersSlides}), 3);
        QVERIFY(panel->renameAttachment(0, u"Programme détaillé du séminaire"_s));
        QVERIFY(panel->renameAttachment(1, u"Diaporama de présentation"_s));
        QVERIFY(panel->renameAttachment(2, u"Diaporama de l’atelier financements"_s));
        QVERIFY(panel->setMembersOnly(2, true));
        QVERIFY(panel->addLink(u"https://www.youtube.com/watch?v=ess2016"_s, u"Vidéo d’ouverture"_s,
                               AttachmentKind::Video));
        QVERIFY(window->session()->save());

        QCOMPARE(window->attachmentsDock()->windowTitle(), u"Documents (4)"_s);
        QCOMPARE(panel->list()->item(2)->data(AttachmentList::VisibilityRole).toString(), u"Réservé aux adhérents"_s);
        QCOMPARE(panel->list()->item(1)->data(AttachmentList::VisibilityRole).toString(), u"Public"_s);
        const QString detail = panel->list()->item(1)->data(AttachmentList::DetailRole).toString();
        QVERIFY2(detail.startsWith(u"Diaporama · PDF, "_s) && detail.contains(u","_s) && detail.endsWith(u"ko"_s),
                 qPrintable(detail));
        QCOMPARE(panel->addFilesAction()->text(), u"Ajouter des &fichiers…"_s);

        panel->setCurrentRow(1);
        window->statusBar()->clearMessage();
        QApplication::processEvents();
        if (const QByteArray dir = qgetenv("ACTES_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(window->grab().save(QString::fromLocal8Bit(dir) + u"/attachments.png"_s));
        window->close();
    }

    // Preferences ▸ Library: the largest attached file, a value of the library; an
    // administrator's to change, disabled with the reason for the others.
    void sizeLimitInThePreferences()
    {
        MemoryRepository admin;
        {
            PreferencesDialog dialog(Settings::shared(), &admin);
            auto *spin = dialog.findChild<QSpinBox *>(u"attachmentLimitSpin"_s);
            QVERIFY(spin);
            QVERIFY(spin->isEnabled());
            QCOMPARE(spin->value(), DefaultAttachmentLimitMb);
            spin->setValue(250);
            dialog.apply();
        }
        QCOMPARE(admin.libraryValue(QString::fromUtf16(AttachmentLimitKey)), u"250"_s);
        QCOMPARE(AttachmentFiles::sizeLimit(admin), qint64(250) * 1000 * 1000);
        {
            PreferencesDialog dialog(Settings::shared(), &admin);
            QCOMPARE(dialog.findChild<QSpinBox *>(u"attachmentLimitSpin"_s)->value(), 250);
        }

        AuthorRepository author;
        author.setLibraryValue(QString::fromUtf16(AttachmentLimitKey), u"20"_s);
        {
            PreferencesDialog dialog(Settings::shared(), &author);
            auto *spin = dialog.findChild<QSpinBox *>(u"attachmentLimitSpin"_s);
            QVERIFY(!spin->isEnabled());
            QCOMPARE(spin->value(), 20);
            QVERIFY2(spin->toolTip().contains(u"administrator"_s, Qt::CaseInsensitive), qPrintable(spin->toolTip()));
            spin->setValue(500);   // even so, nothing is written
            dialog.apply();
        }
        QCOMPARE(author.libraryValue(QString::fromUtf16(AttachmentLimitKey)), u"20"_s);
    }
};

QTEST_MAIN(TestAttachmentsUi)
#include "tst_attachmentsui.moc"
