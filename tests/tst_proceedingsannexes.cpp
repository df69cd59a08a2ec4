// The documents of each chapter and the attached PDFs bound as annexes, read back with
// independent readers: poppler's pdftotext/pdfinfo and qpdf (the command's JSON for the outline).
// The attached PDFs are made here by Actes itself, with sentences found nowhere else.
#include "export/pdfpostprocess.h"
#include "export/proceedingsexporter.h"
#include "storage/sqliterepository.h"

#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Actes;
using namespace Qt::StringLiterals;

#include "memoryrepository.h"
#include "pdfexporttest.h"

using namespace PdfExportTest;

namespace {

// Words that only the members-only deck has (its title, file name and text).
const QString kMembersTitle = u"Diaporama réservé Hippocampe"_s;
const QString kMembersFile = u"diaporama-hippocampe-interne.pdf"_s;
const QString kMembersSentence = u"Zanzibarite confidentielle"_s;
const QString kProgrammeSentence = u"Quetzalcoatl ouvre la journée"_s;
const QString kDeckSentence = u"Ornithorynques coopératifs"_s;
const QString kSecretSentence = u"Vorpalisme territorial"_s;

} // namespace

class TestProceedingsAnnexes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void documentsListAtChapterEnd();
    void linkIsClickable();
    void annexPagesAdded();
    void contentsLineAndAnnexText();
    void footerContinuesOverAnnexes();
    void bookmarkUnderChapter();
    void membersOnlyOnlyInInternalEdition();
    void unreadablePdfIsLeftOut();
    void annexPageCountReasons();
    void commandLineAppendsAttachments();

private:
    QString tool(const QString &name);
    QString run(const QString &program, const QStringList &arguments);
    QString pageText(const QString &file, int page, bool layout = false);
    QString allText(const QString &file);
    int pdfPages(const QString &file);
    QByteArray actesPdf(const QString &title, const QString &sentence, int paragraphs);
    static QByteArray slideDeck();
    ProceedingsResult exportEdition(const QString &file, bool internal, bool annexes);
    int contentsPage(const QString &file, const QString &line);

    QTemporaryDir m_dir;
    Testing::MemoryRepository m_library;
    QList<Resource> m_resources;
    int m_programmePages = 0;
    int m_deckPages = 0;
    int m_membersPages = 0;
    QByteArray m_programme;
    QString m_plainPdf;
    QString m_publicPdf;
    QString m_internalPdf;
    ProceedingsResult m_plainResult;
    ProceedingsResult m_publicResult;
    ProceedingsResult m_internalResult;
};

QString TestProceedingsAnnexes::tool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        qFatal("%s is needed by this test (poppler-utils, qpdf)", qPrintable(name));
    return path;
}

QString TestProceedingsAnnexes::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << program << arguments << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString TestProceedingsAnnexes::pageText(const QString &file, int page, bool layout)
{
    QStringList arguments = {u"-enc"_s, u"UTF-8"_s, u"-f"_s, QString::number(page), u"-l"_s, QString::number(page)};
    if (layout)
        arguments << u"-layout"_s;
    QString text = run(tool(u"pdftotext"_s), arguments << file << u"-"_s);
    return text.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
}

QString TestProceedingsAnnexes::allText(const QString &file)
{
    QString text = run(tool(u"pdftotext"_s), {u"-enc"_s, u"UTF-8"_s, file, u"-"_s});
    return text.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
}

int TestProceedingsAnnexes::pdfPages(const QString &file)
{
    const QString info = run(tool(u"pdfinfo"_s), {file});
    return QRegularExpression(uR"(Pages:\s+(\d+))"_s).match(info).captured(1).toInt();
}

// A small proceedings exported by Actes, to be attached to another resource.
QByteArray TestProceedingsAnnexes::actesPdf(const QString &title, const QString &sentence, int paragraphs)
{
    Resource resource;
    resource.id = 500;
    resource.title = title;
    resource.privateConfirmed = true;
    resource.dateStart = QDate(2016, 5, 3);
    for (int i = 0; i < paragraphs; ++i)
        resource.bodyHtml += u"<p>%1. Une journée de travail entre collectivités et acteurs de l’économie sociale et "
                             "solidaire, avec des ateliers et des visites.</p>"_s.arg(sentence);
    ProceedingsOptions options;
    options.title = title;
    options.networkName = u"Réseau annexe"_s;
    const QString path = m_dir.filePath(u"source-%1.pdf"_s.arg(qHash(title)));
    const ProceedingsResult result = ProceedingsExporter(options).exportTo({resource}, path);
    if (!result.ok)
        qFatal("the attached PDF could not be made: %s", qPrintable(result.errorMessage));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// Two 16:9 slides as a presentation program writes them; the second page turned by /Rotate.
QByteArray TestProceedingsAnnexes::slideDeck()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QSizeF(254, 142.875), QPageSize::Millimeter), QPageLayout::Portrait,
                                         QMarginsF()));
        writer.setResolution(300);
        QPainter painter(&writer);
        const QRect page = writer.pageLayout().fullRectPixels(300);
        QFont font(u"DejaVu Sans"_s);
        font.setPointSize(28);
        painter.setFont(font);
        painter.fillRect(page, QColor(0x1f, 0x4e, 0x5a));
        painter.setPen(Qt::white);
        painter.drawText(page, Qt::AlignCenter, u"Diaporama public"_s);
        writer.newPage();
        painter.fillRect(page, QColor(0xec, 0xf1, 0xf2));
        painter.setPen(Qt::black);
        painter.drawText(page, Qt::AlignCenter, kDeckSentence);
    }
    QPDF pdf;
    pdf.processMemoryFile("slides", buffer.data().constData(), size_t(buffer.data().size()));
    QPDFObjectHandle turned = pdf.getAllPages().at(1);
    turned.replaceKey("/Rotate", QPDFObjectHandle::newInteger(90));
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.write();
    const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(out->getBuffer()), qsizetype(out->getSize()));
}

ProceedingsResult TestProceedingsAnnexes::exportEdition(const QString &file, bool internal, bool annexes)
{
    ProceedingsOptions options = baseOptions();
    options.includePrivate = internal;
    options.appendAttachments = annexes;
    const ResourceRepository *library = &m_library;
    options.attachmentLoader = [library](const QString &sha256) { return library->attachmentData(sha256); };
    return ProceedingsExporter(options).exportTo(m_resources, file);
}

// The page number printed at the end of a line of the contents (page 2).
int TestProceedingsAnnexes::contentsPage(const QString &file, const QString &line)
{
    const QString contents = pageText(file, 2, true);
    const QRegularExpression pattern(QRegularExpression::escape(line) + uR"([\s.]+(\d+)\s*$)"_s,
                                     QRegularExpression::MultilineOption);
    return pattern.match(contents).captured(1).toInt();
}

void TestProceedingsAnnexes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("ACTES_KEEP_PDF")) { // to look at the pages
        m_dir.setAutoRemove(false);
        qInfo("PDFs kept in %s", qPrintable(m_dir.path()));
    }

    // The attached files: three PDFs made by Actes (the programme over two pages), one damaged,
    // one encrypted.
    m_programme = actesPdf(u"Programme détaillé du séminaire"_s, kProgrammeSentence, 2);
    const QByteArray deck = slideDeck();
    const QByteArray members = actesPdf(u"Diaporama interne"_s, kMembersSentence, 1);
    const QByteArray secret = actesPdf(u"Étude du conclave"_s, kSecretSentence, 1);
    QByteArray damaged = m_programme.left(400);
    damaged += QByteArray(3000, 'x');
    QByteArray encrypted;
    {
        QPDF pdf;
        pdf.processMemoryFile("deck", deck.constData(), size_t(deck.size()));
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setR6EncryptionParameters("", "owner-secret", true, false, true, true, true, false, qpdf_r3p_full,
                                         true);
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        encrypted = QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    }
    const auto pagesOf = [this](const QByteArray &data) {
        const QString path = m_dir.filePath(u"count.pdf"_s);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size())
            return 0;
        out.close();
        return pdfPages(path);
    };
    m_programmePages = pagesOf(m_programme);
    m_deckPages = pagesOf(deck);
    m_membersPages = pagesOf(members);
    QVERIFY(m_programmePages >= 4);   // cover, contents, the chapter, index
    QCOMPARE(m_deckPages, 2);

    const auto file = [this](const QString &title, AttachmentKind kind, const QByteArray &data, const QString &name,
                             bool membersOnly = false) {
        Attachment attachment;
        attachment.title = title;
        attachment.kind = kind;
        attachment.membersOnly = membersOnly;
        attachment.fileName = name;
        attachment.mimeType = u"application/pdf"_s;
        attachment.size = data.size();
        attachment.sha256 = m_library.storeAttachmentData(data);
        return attachment;
    };
    Attachment video;
    video.title = u"Vidéos introductives"_s;
    video.kind = AttachmentKind::Video;
    video.url = u"https://videos.example.org/seminaire-ptce"_s;

    QList<Resource> samples = sampleResources();
    Resource seminar = samples.at(0);
    seminar.id = 0;
    seminar.attachments = {file(u"Programme du séminaire"_s, AttachmentKind::Programme, m_programme, u"programme.pdf"_s),
                           file(u"Diaporama de présentation"_s, AttachmentKind::Slides, deck, u"diaporama.pdf"_s),
                           file(kMembersTitle, AttachmentKind::Slides, members, kMembersFile, true),
                           video,
                           file(u"Compte rendu abîmé"_s, AttachmentKind::Other, damaged, u"abime.pdf"_s),
                           file(u"Synthèse chiffrée"_s, AttachmentKind::Study, encrypted, u"chiffre.pdf"_s)};
    Resource tour = samples.at(1);
    tour.id = 0;
    Resource conclave = privateResource();
    conclave.id = 0;
    conclave.attachments = {file(u"Étude Vorpal"_s, AttachmentKind::Study, secret, u"etude-vorpal.pdf"_s)};
    QList<qint64> ids;
    for (const Resource &resource : {seminar, tour, conclave})
        ids << m_library.createResource(resource).id;
    m_resources = m_library.loadResources(ids);
    QCOMPARE(m_resources.size(), 3);
    QCOMPARE(m_resources.first().attachments.size(), 6);

    m_plainPdf = m_dir.filePath(u"plain.pdf"_s);
    m_publicPdf = m_dir.filePath(u"public.pdf"_s);
    m_internalPdf = m_dir.filePath(u"internal.pdf"_s);
    m_plainResult = exportEdition(m_plainPdf, false, false);
    QVERIFY2(m_plainResult.ok, qPrintable(m_plainResult.errorMessage));
    m_publicResult = exportEdition(m_publicPdf, false, true);
    QVERIFY2(m_publicResult.ok, qPrintable(m_publicResult.errorMessage));
    m_internalResult = exportEdition(m_internalPdf, true, true);
    QVERIFY2(m_internalResult.ok, qPrintable(m_internalResult.errorMessage));
}

void TestProceedingsAnnexes::documentsListAtChapterEnd()
{
    // The seminar's last page (the page before the next chapter) ends with its documents.
    const int tourPage = contentsPage(m_plainPdf, m_resources.at(1).title);
    QVERIFY(tourPage > 3);
    const QString end = pageText(m_plainPdf, tourPage - 1).simplified();
    QVERIFY2(end.contains(u"Documents"_s), qPrintable(end));
    const QString size = attachmentSizeText(m_programme.size(), u"fr_FR"_s).replace(QChar(0x00A0), u' ');
    QVERIFY2(size.endsWith(u" ko"_s), qPrintable(size));
    QVERIFY2(end.contains(u"Programme du séminaire — Programme · PDF, "_s + size), qPrintable(end));
    QVERIFY2(end.contains(u"Diaporama de présentation — Diaporama · PDF,"_s), qPrintable(end));
    QVERIFY2(end.contains(u"Vidéos introductives — Vidéo · https://videos.example.org/seminaire-ptce"_s), qPrintable(end));
    QVERIFY2(end.contains(u"Synthèse chiffrée — Étude · PDF,"_s), qPrintable(end));
    // At the end of the chapter: after the partners, nothing of the chapter follows the list.
    QVERIFY(end.indexOf(u"Documents"_s) > end.indexOf(u"Caisse des Dépôts"_s));
    // A file's name is never printed; without annexes nothing says "in the annex".
    QVERIFY(!end.contains(u"programme.pdf"_s));
    QVERIFY(!end.contains(u"en annexe"_s));
    // With annexes, the bound ones say so, the others do not.
    const int publicTour = contentsPage(m_publicPdf, m_resources.at(1).title);
    QString annexed;
    for (int page = 3; page < publicTour; ++page)
        annexed += pageText(m_publicPdf, page).simplified() + u' ';
    QVERIFY2(annexed.contains(u"Programme du séminaire — Programme · PDF, "_s + size + u" · en annexe"_s),
             qPrintable(annexed));
    QVERIFY(!annexed.contains(u"Compte rendu abîmé — Autre document · PDF, 3,4 ko · en annexe"_s));
    QVERIFY2(annexed.contains(u"Compte rendu abîmé — Autre document · PDF, 3,4 ko"_s), qPrintable(annexed));
}

void TestProceedingsAnnexes::linkIsClickable()
{
    QPDF pdf;
    pdf.processFile(QFile::encodeName(m_plainPdf).constData());
    QStringList uris;
    for (QPDFObjectHandle page : pdf.getAllPages()) {
        QPDFObjectHandle annots = page.getKey("/Annots");
        if (!annots.isArray())
            continue;
        for (QPDFObjectHandle annot : annots.aitems()) {
            QPDFObjectHandle action = annot.getKey("/A");
            if (action.isDictionary() && action.getKey("/URI").isString())
                uris << QString::fromStdString(action.getKey("/URI").getUTF8Value());
        }
    }
    QVERIFY2(uris.contains(u"https://videos.example.org/seminaire-ptce"_s), qPrintable(uris.join(u' ')));
}

void TestProceedingsAnnexes::annexPagesAdded()
{
    const int plain = pdfPages(m_plainPdf);
    const int withAnnexes = pdfPages(m_publicPdf);
    QCOMPARE(plain, m_plainResult.pageCount);
    QCOMPARE(withAnnexes, m_publicResult.pageCount);
    // The programme and the public deck; not the damaged, encrypted or members-only ones.
    QCOMPARE(withAnnexes - plain, m_programmePages + m_deckPages);
    // The internal edition binds the members-only deck too (and the private chapter's study).
    const int members = contentsPage(m_internalPdf, u"Annexe : "_s + kMembersTitle);
    const int next = contentsPage(m_internalPdf, u"Annexe : Diaporama de présentation"_s);
    QVERIFY(members > 0);
    QCOMPARE(members, next + m_deckPages);
}

void TestProceedingsAnnexes::contentsLineAndAnnexText()
{
    const int chapter = contentsPage(m_publicPdf, m_resources.at(0).title);
    const int programme = contentsPage(m_publicPdf, u"Annexe : Programme du séminaire"_s);
    const int deck = contentsPage(m_publicPdf, u"Annexe : Diaporama de présentation"_s);
    const int tour = contentsPage(m_publicPdf, m_resources.at(1).title);
    QVERIFY2(chapter > 2 && programme > chapter, qPrintable(pageText(m_publicPdf, 2, true)));
    QCOMPARE(deck, programme + m_programmePages);
    QCOMPARE(tour, deck + m_deckPages);
    // The annex's own text on its pages, and nowhere before.
    QVERIFY(!pageText(m_publicPdf, programme - 1).contains(u"Quetzalcoatl"_s));
    QString programmeText;
    for (int page = programme; page < deck; ++page)
        programmeText += pageText(m_publicPdf, page).simplified();
    QVERIFY2(programmeText.contains(kProgrammeSentence), qPrintable(programmeText));
    QVERIFY2(pageText(m_publicPdf, programme).contains(u"Programme détaillé du séminaire"_s),
             qPrintable(pageText(m_publicPdf, programme)));
    QVERIFY(pageText(m_publicPdf, deck).simplified().contains(u"Diaporama public"_s));
    QVERIFY(pageText(m_publicPdf, deck + 1).simplified().contains(kDeckSentence));
    QVERIFY(pageText(m_publicPdf, tour).contains(m_resources.at(1).title));
    // The contents line is a link to the annex's first page.
    QPDF pdf;
    pdf.processFile(QFile::encodeName(m_publicPdf).constData());
    std::vector<QPDFObjectHandle> pages = pdf.getAllPages();
    QList<int> targets;
    for (QPDFObjectHandle annot : pages.at(1).getKey("/Annots").aitems()) {
        const QPDFObjectHandle target = annot.getKey("/Dest").getArrayItem(0);
        for (size_t i = 0; i < pages.size(); ++i)
            if (pages[i].getObjGen() == target.getObjGen())
                targets << int(i) + 1;
    }
    QVERIFY(targets.contains(programme));
    QVERIFY(targets.contains(deck));
}

void TestProceedingsAnnexes::footerContinuesOverAnnexes()
{
    const int total = pdfPages(m_publicPdf);
    const int programme = contentsPage(m_publicPdf, u"Annexe : Programme du séminaire"_s);
    QVERIFY(programme > 3);
    for (int page = 2; page <= total; ++page) {
        const QString text = pageText(m_publicPdf, page);
        QVERIFY2(text.contains(u"%1 / %2"_s.arg(page).arg(total)), qPrintable(u"page %1:\n"_s.arg(page) + text));
        QVERIFY2(text.contains(u"Réseau des collectivités"_s), qPrintable(u"no footer on page %1"_s.arg(page)));
    }
    // On the annex pages, the running head names the annex; "7" follows "6".
    const QString first = pageText(m_publicPdf, programme, true);
    QVERIFY2(first.contains(u"Annexe : Programme du séminaire"_s), qPrintable(first));
    QVERIFY(pageText(m_publicPdf, programme - 1).contains(u"%1 / %2"_s.arg(programme - 1).arg(total)));
    QVERIFY(pageText(m_publicPdf, programme + 1).contains(u"%1 / %2"_s.arg(programme + 1).arg(total)));
    // The proceedings' footer, not only the annex's own ("1 / 4" of the attached file).
    QVERIFY(pageText(m_publicPdf, programme + 1).contains(u"Programme détaillé du séminaire"_s));
}

void TestProceedingsAnnexes::bookmarkUnderChapter()
{
    const QString json = run(tool(u"qpdf"_s), {u"--json"_s, u"--json-key=outlines"_s, m_publicPdf});
    const QJsonArray outlines = QJsonDocument::fromJson(json.toUtf8()).object().value(u"outlines"_s).toArray();
    QVERIFY2(!outlines.isEmpty(), qPrintable(json.left(500)));
    QJsonObject chapter;
    for (const QJsonValue &item : outlines) {
        if (item.toObject().value(u"title"_s).toString() == m_resources.at(0).title)
            chapter = item.toObject();
    }
    QVERIFY(!chapter.isEmpty());
    QMap<QString, int> kids;
    for (const QJsonValue &kid : chapter.value(u"kids"_s).toArray())
        kids.insert(kid.toObject().value(u"title"_s).toString().replace(QChar(0x00A0), u' '),
                    kid.toObject().value(u"destpageposfrom1"_s).toInt());
    const QString programme = u"Annexe : Programme du séminaire"_s;
    QVERIFY2(kids.contains(programme), qPrintable(QStringList(kids.keys()).join(u'|')));
    QCOMPARE(kids.value(programme), contentsPage(m_publicPdf, u"Annexe : Programme du séminaire"_s));
    QVERIFY(kids.contains(u"Annexe : Diaporama de présentation"_s));
    // Bound ones only: nothing for the damaged file, nothing for the members-only deck.
    QCOMPARE(kids.keys().filter(u"Annexe"_s).size(), 2);
    QVERIFY(!json.contains(u"Hippocampe"_s));
}

void TestProceedingsAnnexes::membersOnlyOnlyInInternalEdition()
{
    const QString publicText = allText(m_publicPdf).simplified();
    const QString info = run(tool(u"pdfinfo"_s), {u"-meta"_s, m_publicPdf});
    const QString qdf = m_dir.filePath(u"public-qdf.pdf"_s);
    QProcess::execute(tool(u"qpdf"_s), {u"--qdf"_s, u"--object-streams=disable"_s, m_publicPdf, qdf});
    QFile raw(qdf);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QString bytes = QString::fromLatin1(raw.readAll());
    QVERIFY(bytes.size() > 10000);
    QVERIFY(publicText.contains(kProgrammeSentence));   // the reader does see the annexes
    for (const QString &word : {u"Hippocampe"_s, u"hippocampe"_s, u"Zanzibarite"_s, u"Vorpal"_s, u"réservé aux adhérents"_s,
                                u"conclave"_s, u"Diaporama interne"_s}) {
        QVERIFY2(!publicText.contains(word, Qt::CaseInsensitive), qPrintable(u"text: "_s + word));
        QVERIFY2(!info.contains(word, Qt::CaseInsensitive), qPrintable(u"metadata: "_s + word));
        QVERIFY2(!bytes.contains(word, Qt::CaseInsensitive), qPrintable(u"raw: "_s + word));
    }
    // The staff see what the public edition left out, and why.
    bool listed = false;
    for (const ProceedingsLeftOut &left : m_publicResult.leftOut)
        listed |= left.reason == ProceedingsLeftOut::Reason::AttachmentMembersOnly && left.title == kMembersTitle;
    QVERIFY(listed);

    // The internal edition: listed, marked, bound.
    const QString internalText = allText(m_internalPdf).simplified();
    QVERIFY2(internalText.contains(kMembersTitle + u" — Diaporama · PDF,"_s), qPrintable(internalText.left(3000)));
    QVERIFY(internalText.contains(u"réservé aux adhérents"_s));
    QVERIFY(internalText.contains(kMembersSentence));
    QVERIFY(internalText.contains(kSecretSentence));   // the private resource's attachment, in its chapter
    const int members = contentsPage(m_internalPdf, u"Annexe : "_s + kMembersTitle);
    QVERIFY(members > 0);
    QVERIFY(pageText(m_internalPdf, members).simplified().contains(u"Diaporama interne"_s));
    QVERIFY(pageText(m_internalPdf, members + 2).simplified().contains(kMembersSentence));
    for (const ProceedingsLeftOut &left : m_internalResult.leftOut)
        QVERIFY(left.reason != ProceedingsLeftOut::Reason::AttachmentMembersOnly);
}

void TestProceedingsAnnexes::unreadablePdfIsLeftOut()
{
    QHash<QString, QString> messages;
    for (const ProceedingsLeftOut &left : m_publicResult.leftOut) {
        if (left.reason == ProceedingsLeftOut::Reason::AnnexUnreadable) {
            QVERIFY(left.attachmentId > 0);
            messages.insert(left.title, left.message);
        }
    }
    QCOMPARE(messages.size(), 2);
    QVERIFY2(messages.value(u"Compte rendu abîmé"_s).contains(u"not a readable PDF"_s),
             qPrintable(messages.value(u"Compte rendu abîmé"_s)));
    QVERIFY2(messages.value(u"Synthèse chiffrée"_s).contains(u"encrypted"_s),
             qPrintable(messages.value(u"Synthèse chiffrée"_s)));
    QVERIFY(messages.value(u"Synthèse chiffrée"_s).contains(m_resources.at(0).title));
    // Without annexes nothing is read, so nothing is left out for that reason.
    for (const ProceedingsLeftOut &left : m_plainResult.leftOut)
        QVERIFY(left.reason != ProceedingsLeftOut::Reason::AnnexUnreadable);
}

void TestProceedingsAnnexes::annexPageCountReasons()
{
    QString problem;
    QCOMPARE(PdfPostProcessor::annexPageCount(m_programme, &problem), m_programmePages);
    QCOMPARE(PdfPostProcessor::annexPageCount(QByteArray("not a pdf at all"), &problem), -1);
    QVERIFY2(problem.contains(u"readable"_s), qPrintable(problem));
    QCOMPARE(PdfPostProcessor::annexPageCount(QByteArray(), &problem), -1);
    QVERIFY(problem.contains(u"empty"_s));
    // Missing from the library: the export goes on, the document is left out.
    QList<Resource> resources = m_resources.mid(0, 1);
    resources.first().attachments.first().sha256 = QString(64, u'0');
    ProceedingsOptions options = baseOptions();
    options.appendAttachments = true;
    const ResourceRepository *library = &m_library;
    options.attachmentLoader = [library](const QString &sha256) { return library->attachmentData(sha256); };
    const ProceedingsResult result = ProceedingsExporter(options).exportTo(resources, m_dir.filePath(u"missing.pdf"_s));
    QVERIFY2(result.ok, qPrintable(result.errorMessage));
    bool missing = false;
    for (const ProceedingsLeftOut &left : result.leftOut)
        missing |= left.title == u"Programme du séminaire"_s && left.message.contains(u"missing"_s);
    QVERIFY(missing);
}

// `actes export-pdf --append-attachments` on a library file: the same annexes, and what was not
// bound is printed.
void TestProceedingsAnnexes::commandLineAppendsAttachments()
{
    const QString db = m_dir.filePath(u"library.actes"_s);
    {
        auto repository = SqliteRepository::open(db);
        for (Resource resource : m_resources) {
            resource.id = 0;
            for (Attachment &attachment : resource.attachments) {
                attachment.id = 0;
                if (attachment.isFile())
                    attachment.sha256 = repository->storeAttachmentData(m_library.attachmentData(attachment.sha256));
            }
            repository->createResource(resource);
        }
    }
    const auto actes = [this, &db](const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));   // never the user's home
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"home/data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"home/config"_s));
        env.remove(u"ACTES_DB"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ACTES_BINARY), QStringList{u"--db"_s, db, u"export-pdf"_s} + arguments);
        if (!process.waitForFinished(120000))
            process.kill();
        return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
    };
    const QString plainPath = m_dir.filePath(u"cli-plain.pdf"_s);
    const QString annexPath = m_dir.filePath(u"cli-annexes.pdf"_s);
    const auto [plainCode, plainOut] = actes({u"--out"_s, plainPath});
    QCOMPARE(plainCode, 0);
    QVERIFY2(!plainOut.contains(u"not bound"_s), qPrintable(plainOut));
    const auto [code, out] = actes({u"--out"_s, annexPath, u"--append-attachments"_s});
    QVERIFY2(code == 0, qPrintable(out));
    QVERIFY2(out.contains(u"“Compte rendu abîmé” (attached to"_s) && out.contains(u"not a readable PDF"_s), qPrintable(out));
    QVERIFY2(out.contains(u"“Synthèse chiffrée” (attached to"_s) && out.contains(u"encrypted"_s), qPrintable(out));
    QVERIFY2(out.contains(kMembersTitle + u"” (attached to"_s) && out.contains(u"members only"_s), qPrintable(out));
    QCOMPARE(pdfPages(annexPath) - pdfPages(plainPath), m_programmePages + m_deckPages);
    const QString text = allText(annexPath).simplified();
    QVERIFY(text.contains(kProgrammeSentence));
    QVERIFY(text.contains(kDeckSentence));
    QVERIFY(!text.contains(u"Zanzibarite"_s));
    QVERIFY(!text.contains(u"Hippocampe"_s));

    // The internal edition binds the members-only deck too.
    const QString internalPath = m_dir.filePath(u"cli-internal.pdf"_s);
    const auto [internalCode, internalOut] =
            actes({u"--out"_s, internalPath, u"--append-attachments"_s, u"--include-private"_s});
    QVERIFY2(internalCode == 0, qPrintable(internalOut));
    QVERIFY(allText(internalPath).simplified().contains(kMembersSentence));
}

QTEST_MAIN(TestProceedingsAnnexes)
#include "tst_proceedingsannexes.moc"
