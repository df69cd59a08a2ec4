// Attached documents in the library (issue #14): the content of files kept once by its SHA-256,
// the attachments of a resource written with its revision (ids kept across saves and restores),
// refused when their content is missing, purged when nothing uses them, found by the search.
// The same test code runs on SQLite and PostgreSQL (backendfixture.h).
#include "domain/attachment.h"
#include "domain/resource.h"
#include "domain/revision.h"
#include "storage/libraryerror.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include "backendfixture.h"

using namespace Actes;
using namespace Qt::StringLiterals;

class TestAttachmentStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { BackendFixture::addBackendRows(); }
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("USER", "camille");   // the login of a personal library's single user
        m_pdf = makePdf(u"Économie sociale et solidaire"_s);
        m_otherPdf = makePdf(u"Programme du séminaire"_s);
        m_png = makePng();
    }
    void init()
    {
        m_fixture.freshForCurrentRow();
        m_repo = m_fixture.open();
        m_repo->setCurrentAuthor(u"Claire"_s);
    }
    void cleanup() { m_repo.reset(); }

    void savedAttachmentsLoadBackInOrderWithTheirContent();
    void sameContentIsStoredOnce();
    void idsAreKeptAcrossSaves();
    void detachedAttachmentComesBackWithItsRevision();
    void unknownContentIsRefusedAndNothingIsWritten();
    void failedTransactionLeavesNoAttachment();
    void purgeRemovesOnlyUnusedContent();
    void dismissedChecksAreStoredWithTheirRevision();
    void searchFindsByAttachmentTitleAndText();

private:
    static QByteArray makePdf(const QString &text)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setTitle(text);
            QPainter painter(&writer);
            painter.drawText(QPointF(200, 400), text);
        }
        return bytes;
    }
    static QByteArray makePng()
    {
        QImage image(32, 24, QImage::Format_RGB32);
        image.fill(QColor(0x2d, 0x3a, 0x4a));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }
    static QString sha(const QByteArray &data)
    {
        return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    }
    static Attachment file(const QString &title, AttachmentKind kind, const QString &fileName, const QString &mime,
                           const QByteArray &data, const QString &sha256, bool membersOnly = false)
    {
        Attachment a;
        a.title = title;
        a.kind = kind;
        a.membersOnly = membersOnly;
        a.fileName = fileName;
        a.mimeType = mime;
        a.size = data.size();
        a.sha256 = sha256;
        return a;
    }
    static Attachment link(const QString &title, const QString &url)
    {
        Attachment a;
        a.title = title;
        a.kind = AttachmentKind::Video;
        a.url = url;
        return a;
    }
    // A resource with the three attachments of the seminar: the public slides, a video and a
    // members-only study.
    Resource seminar()
    {
        const QString slides = m_repo->storeAttachmentData(m_pdf, u"Économie sociale et solidaire"_s);
        const QString photo = m_repo->storeAttachmentData(m_png);
        Resource r;
        r.title = u"Séminaire des 3 et 4 mai 2016"_s;
        r.type = u"Compte rendu"_s;
        r.dateStart = QDate(2016, 5, 3);
        r.dateEnd = QDate(2016, 5, 4);
        r.bodyHtml = u"<p>Le séminaire a réuni les réseaux.</p>"_s;
        r.attachments = {
            file(u"Diaporama – économie sociale"_s, AttachmentKind::Slides, u"diaporama-ess.pdf"_s,
                 u"application/pdf"_s, m_pdf, slides),
            link(u"Vidéo introductive"_s, u"https://videos.example.org/seminaire-2016"_s),
            file(u"Étude réservée aux adhérents"_s, AttachmentKind::Study, u"étude.png"_s, u"image/png"_s, m_png,
                 photo, true),
        };
        return r;
    }
    static QList<qint64> idsOf(const Resource &r)
    {
        QList<qint64> ids;
        for (const Attachment &a : r.attachments)
            ids.append(a.id);
        return ids;
    }
    QList<qint64> search(const QString &text)
    {
        ResourceFilter filter;
        filter.searchText = text;
        QList<qint64> ids;
        for (const ResourceSummary &s : m_repo->listResources(filter))
            ids.append(s.id);
        return ids;
    }

    BackendFixture::Fixture m_fixture;
    std::unique_ptr<ResourceRepository> m_repo;
    QByteArray m_pdf;
    QByteArray m_otherPdf;
    QByteArray m_png;
};

void TestAttachmentStore::savedAttachmentsLoadBackInOrderWithTheirContent()
{
    QVERIFY(m_pdf.startsWith("%PDF"));
    const Resource input = seminar();
    QCOMPARE(input.attachments[0].sha256, sha(m_pdf));
    const Resource created = m_repo->createResource(input);

    // Another connection reads what was committed.
    m_repo.reset();
    m_repo = m_fixture.open();
    const std::optional<Resource> loaded = m_repo->loadResource(created.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->attachments.size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        const Attachment &a = loaded->attachments.at(i);
        QVERIFY2(a.id > 0, qPrintable(a.title));
        Attachment expected = input.attachments.at(i);
        expected.id = a.id;
        QCOMPARE(a, expected);
    }
    QCOMPARE(loaded->attachments[0].title, u"Diaporama – économie sociale"_s);
    QCOMPARE(loaded->attachments[0].kind, AttachmentKind::Slides);
    QVERIFY(!loaded->attachments[0].membersOnly);
    QCOMPARE(loaded->attachments[0].size, qint64(m_pdf.size()));
    QVERIFY(loaded->attachments[1].isLink());
    QCOMPARE(loaded->attachments[1].url, u"https://videos.example.org/seminaire-2016"_s);
    QVERIFY(loaded->attachments[2].membersOnly);
    QCOMPARE(loaded->attachments[2].fileName, u"étude.png"_s);
    QCOMPARE(created.attachments, loaded->attachments);
    const QList<qint64> ids = idsOf(created);
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 3);   // three distinct ids

    // The content comes back byte for byte.
    QCOMPARE(m_repo->attachmentData(loaded->attachments[0].sha256), m_pdf);
    QCOMPARE(m_repo->attachmentData(loaded->attachments[2].sha256), m_png);
    QVERIFY(m_repo->hasAttachmentData(sha(m_pdf)));
    QVERIFY(!m_repo->hasAttachmentData(sha(m_otherPdf)));
    QVERIFY_THROWS_EXCEPTION(LibraryError, m_repo->attachmentData(sha(m_otherPdf)));

    // loadResources() reads them too, and the creation's revision keeps them.
    QCOMPARE(m_repo->loadResources({created.id}).value(0).attachments, loaded->attachments);
    const QList<RevisionInfo> revisions = m_repo->revisions(created.id);
    QCOMPARE(revisions.size(), 1);
    QVERIFY(revisions[0].changedFields.contains(u"attachments"_s));
    QCOMPARE(m_repo->revisionSnapshot(revisions[0].id)->attachments, loaded->attachments);
}

void TestAttachmentStore::sameContentIsStoredOnce()
{
    const QString first = m_repo->storeAttachmentData(m_pdf, u"texte"_s);
    const QString second = m_repo->storeAttachmentData(m_pdf, u"texte"_s);
    QCOMPARE(first, second);
    QCOMPARE(first, sha(m_pdf));
    QCOMPARE(first.size(), 64);
    QCOMPARE(m_fixture.count(u"SELECT count(*) FROM attachment_data"_s), 1);

    // Two resources attaching the same file share its content.
    Resource a = seminar();
    Resource b = seminar();
    b.title = u"Autre rencontre"_s;
    m_repo->createResource(a);
    m_repo->createResource(b);
    QCOMPARE(m_fixture.count(u"SELECT count(*) FROM attachment_data"_s), 2);   // the PDF and the PNG
    QCOMPARE(m_fixture.count(u"SELECT count(*) FROM resource_attachment"_s), 6);
}

void TestAttachmentStore::idsAreKeptAcrossSaves()
{
    Resource r = m_repo->createResource(seminar());
    const QList<qint64> ids = idsOf(r);

    // Renamed, reordered, made public, one more added: the existing ones keep their ids.
    r.attachments[0].title = u"Diaporama de présentation"_s;
    r.attachments[2].membersOnly = false;
    r.attachments.move(2, 0);
    Attachment programme = file(u"Programme détaillé"_s, AttachmentKind::Programme, u"programme.pdf"_s,
                                u"application/pdf"_s, m_otherPdf, m_repo->storeAttachmentData(m_otherPdf));
    r.attachments.append(programme);
    r = m_repo->saveResource(r);
    QCOMPARE(r.attachments.size(), 4);
    QCOMPARE(r.attachments[0].id, ids[2]);
    QVERIFY(!r.attachments[0].membersOnly);
    QCOMPARE(r.attachments[1].id, ids[0]);
    QCOMPARE(r.attachments[1].title, u"Diaporama de présentation"_s);
    QCOMPARE(r.attachments[2].id, ids[1]);
    QVERIFY(!ids.contains(r.attachments[3].id));
    QCOMPARE(m_repo->loadResource(r.id)->attachments, r.attachments);
    QVERIFY(m_repo->revisions(r.id)[0].changedFields.contains(u"attachments"_s));

    // Removed: its row goes; an attachment added later never gets its id again.
    const qint64 removed = r.attachments[2].id;
    r.attachments.removeAt(2);
    r = m_repo->saveResource(r);
    QCOMPARE(m_fixture.count(u"SELECT count(*) FROM resource_attachment"_s), 3);
    r.attachments.append(link(u"Photos"_s, u"https://photos.example.org/2016"_s));
    r = m_repo->saveResource(r);
    QVERIFY(r.attachments.last().id > removed);
    QVERIFY(r.attachments.last().id > r.attachments[2].id);

    // A duplicate of the resource (created from it, ids included) gets attachments of its own:
    // the original keeps its ids and rows.
    Resource duplicate = r;
    duplicate.id = 0;
    duplicate.version = 0;
    duplicate.title = u"Séminaire (copie)"_s;
    duplicate = m_repo->createResource(duplicate);
    QCOMPARE(duplicate.attachments.size(), r.attachments.size());
    for (const Attachment &a : std::as_const(duplicate.attachments))
        QVERIFY(!idsOf(r).contains(a.id));
    QCOMPARE(m_repo->loadResource(r.id)->attachments, r.attachments);
    duplicate.attachments.removeFirst();
    m_repo->saveResource(duplicate);
    QCOMPARE(m_repo->loadResource(r.id)->attachments, r.attachments);

    // A save that changes something else keeps every id.
    const QList<qint64> before = idsOf(r);
    r.place = u"Lille"_s;
    r = m_repo->saveResource(r);
    QCOMPARE(idsOf(r), before);
}

void TestAttachmentStore::detachedAttachmentComesBackWithItsRevision()
{
    BackendFixture::Fixture::setRevisionPolicy(*m_repo, 0, 200);   // every save is a revision
    Resource r = m_repo->createResource(seminar());
    const Attachment slides = r.attachments[0];
    const qint64 firstRevision = m_repo->revisions(r.id).last().id;

    r.attachments.removeFirst();
    r = m_repo->saveResource(r);
    QCOMPARE(r.attachments.size(), 2);
    QCOMPARE(m_fixture.count(u"SELECT count(*) FROM resource_attachment"_s), 2);
    // The content stays: a revision still names it.
    QCOMPARE(m_repo->purgeUnusedAttachmentData(), 0);

    const Resource restored = m_repo->restoreRevision(firstRevision, u"Claire"_s, r.version);
    QCOMPARE(restored.attachments.size(), 3);
    QCOMPARE(restored.attachments[0], slides);   // same id, same values
    QCOMPARE(m_repo->attachmentData(restored.attachments[0].sha256), m_pdf);
    QCOMPARE(m_repo->loadResource(r.id)->attachments, restored.attachments);
    QVERIFY(m_repo->revisions(r.id)[0].changedFields.contains(u"attachments"_s));
}

void TestAttachmentStore::unknownContentIsRefusedAndNothingIsWritten()
{
    Resource r = seminar();
    r.attachments[0].sha256 = sha("never stored");
    const QString before = m_fixture.state();
    try {
        m_repo->createResource(r);
        QFAIL("a resource naming content that is not stored was created");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::Invalid);
        QVERIFY2(e.message().contains(u"Diaporama – économie sociale"_s), qPrintable(e.message()));
    }
    QCOMPARE(m_fixture.state(), before);

    // On a save: the stored resource stays as it was.
    const Resource stored = m_repo->createResource(seminar());
    const QString afterCreate = m_fixture.state();
    Resource edited = stored;
    edited.title = u"Titre changé"_s;
    edited.attachments.append(file(u"Fantôme"_s, AttachmentKind::Other, u"x.pdf"_s, u"application/pdf"_s,
                                   "x", sha("x")));
    QVERIFY_THROWS_EXCEPTION(LibraryError, m_repo->saveResource(edited));
    QCOMPARE(m_fixture.state(), afterCreate);
    QCOMPARE(m_repo->loadResource(stored.id)->title, stored.title);
    QCOMPARE(m_repo->loadResource(stored.id)->attachments, stored.attachments);
}

void TestAttachmentStore::failedTransactionLeavesNoAttachment()
{
    struct Failure
    {
    };
    try {
        m_repo->inTransaction([&] {
            m_repo->createResource(seminar());
            throw Failure{};
        });
        QFAIL("the transaction did not fail");
    } catch (const Failure &) {
    }
    QCOMPARE(m_fixture.count(u"SELECT count(*) FROM attachment_data"_s), 0);
    QCOMPARE(m_fixture.count(u"SELECT count(*) FROM resource_attachment"_s), 0);
    QCOMPARE(m_fixture.count(u"SELECT count(*) FROM resource"_s), 0);
    QVERIFY(!m_repo->hasAttachmentData(sha(m_pdf)));
}

void TestAttachmentStore::purgeRemovesOnlyUnusedContent()
{
    BackendFixture::Fixture::setRevisionPolicy(*m_repo, 0, 200);
    Resource r = m_repo->createResource(seminar());   // the PDF and the PNG, used
    const QString unused = m_repo->storeAttachmentData(m_otherPdf);
    QCOMPARE(m_fixture.count(u"SELECT count(*) FROM attachment_data"_s), 3);
    QCOMPARE(m_repo->purgeUnusedAttachmentData(), 1);
    QVERIFY(!m_repo->hasAttachmentData(unused));
    QVERIFY(m_repo->hasAttachmentData(sha(m_pdf)));
    QVERIFY(m_repo->hasAttachmentData(sha(m_png)));
    QCOMPARE(m_repo->purgeUnusedAttachmentData(), 0);

    // In the trash, still used; once the trash is emptied, its content goes.
    Resource other;
    other.title = u"Autre"_s;
    other.attachments = {file(u"Programme"_s, AttachmentKind::Programme, u"programme.pdf"_s, u"application/pdf"_s,
                              m_otherPdf, m_repo->storeAttachmentData(m_otherPdf))};
    other = m_repo->createResource(other);
    m_repo->moveToTrash({other.id});
    QCOMPARE(m_repo->purgeUnusedAttachmentData(), 0);
    QVERIFY(m_repo->hasAttachmentData(sha(m_otherPdf)));
    QCOMPARE(m_repo->emptyTrash(), 1);
    QVERIFY(!m_repo->hasAttachmentData(sha(m_otherPdf)));
    QVERIFY(m_repo->hasAttachmentData(sha(m_pdf)));
    QCOMPARE(m_repo->loadResource(r.id)->attachments.size(), 3);
}

void TestAttachmentStore::dismissedChecksAreStoredWithTheirRevision()
{
    Resource r = m_repo->createResource(seminar());
    QVERIFY(r.dismissedChecks.isEmpty());
    r.dismissedChecks = {u"missing-slides"_s, u"missing-programme"_s};
    r = m_repo->saveResource(r);
    m_repo.reset();
    m_repo = m_fixture.open();
    QCOMPARE(m_repo->loadResource(r.id)->dismissedChecks, (QStringList{u"missing-slides"_s, u"missing-programme"_s}));
    const QList<RevisionInfo> revisions = m_repo->revisions(r.id);
    QVERIFY(revisions[0].changedFields.contains(u"dismissedChecks"_s));
    QCOMPARE(m_repo->revisionSnapshot(revisions[0].id)->dismissedChecks, r.dismissedChecks);
}

void TestAttachmentStore::searchFindsByAttachmentTitleAndText()
{
    const Resource r = m_repo->createResource(seminar());
    Resource plain;
    plain.title = u"Rencontre sans document"_s;
    plain.bodyHtml = u"<p>Rien.</p>"_s;
    m_repo->createResource(plain);

    // The title of an attachment, accents or not, and the text of its file.
    QCOMPARE(search(u"diaporama"_s), QList<qint64>{r.id});
    QCOMPARE(search(u"economie sociale"_s), QList<qint64>{r.id});
    QCOMPARE(search(u"Vidéo introductive"_s), QList<qint64>{r.id});
    QCOMPARE(search(u"solidaire"_s), QList<qint64>{r.id});

    // A renamed attachment is found by its new title only; a removed one no more.
    Resource edited = r;
    edited.attachments[0].title = u"Présentation générale"_s;
    edited.attachments.removeAt(1);
    edited = m_repo->saveResource(edited);
    QCOMPARE(search(u"presentation generale"_s), QList<qint64>{r.id});
    QVERIFY(search(u"diaporama"_s).isEmpty());
    QVERIFY(search(u"introductive"_s).isEmpty());
}

QTEST_MAIN(TestAttachmentStore)
#include "tst_attachmentstore.moc"
