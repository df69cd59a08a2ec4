// `actes attach`, `attachments`, `detach` and `attachment-save` on both backends, with real
// files made here: a PDF exported by Actes itself, an .odt written by Qt and a PNG. Attached,
// listed (text and JSON, and in `show --json`), saved back byte for byte, detached; members-only
// files and links; and every refusal (missing, unreadable, a folder, over the library's limit,
// several files with one bad, an unknown resource, attachment or kind, a link that is not a web
// address) exits 1 with the file named and nothing stored.
#include "clitest.h"
#include "domain/attachment.h"
#include "export/proceedingsexporter.h"
#include "storage/libraryopener.h"
#include "storage/resourcerepository.h"
#include "unprivileged.h"

#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTextDocumentWriter>

using namespace Qt::StringLiterals;
using namespace CliTest;

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

} // namespace

class TestCliAttachments : public CliTest::Harness
{
    Q_OBJECT

private slots:
    void initTestCase();

    void attachListSaveDetach_data() { backendRows(); }
    void attachListSaveDetach();
    void membersOnlyAndLinks_data() { backendRows(); }
    void membersOnlyAndLinks();
    void refusalsChangeNothing_data() { backendRows(); }
    void refusalsChangeNothing();
    void unreadableFileRefused_data() { backendRows(); }
    void unreadableFileRefused();
    void badUsage_data() { backendRows(); }
    void badUsage();

private:
    QString libraryWithResource(const QString &name, QString *id)
    {
        const QString location = freshLocation(name);
        auto repo = Actes::openLibrary(location);
        Actes::Resource r;
        r.title = u"Séminaire PTCE des 3 et 4 mai 2016"_s;
        r.bodyHtml = u"<p>Retrouvez le diaporama de présentation.</p>"_s;
        *id = QString::number(repo->createResource(r).id);
        return location;
    }
    QJsonArray attachmentsJson(const QString &db, const QString &id)
    {
        const Run r = actes({u"--db"_s, db, u"attachments"_s, id, u"--json"_s});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    // Runs actes as an ordinary user would (as root: without the capabilities that bypass
    // file permissions).
    Run actesUnprivileged(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setChildProcessModifier(Unprivileged::dropFileOverrides);
        p.start(QStringLiteral(ACTES_BINARY), args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            return {};
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    static QJsonObject byTitle(const QJsonArray &list, const QString &title)
    {
        for (const QJsonValue &v : list) {
            if (v.toObject().value(u"title"_s).toString() == title)
                return v.toObject();
        }
        return {};
    }

    QString m_pdf;   // made by Actes itself
    QString m_odt;   // written by Qt
    QString m_png;
};

void TestCliAttachments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(ACTES_BINARY)));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(QDir().mkpath(m_dir.filePath(u"home"_s)));
    QVERIFY(QDir().mkpath(m_dir.filePath(u"files"_s)));

    m_pdf = m_dir.filePath(u"files/Actes du séminaire.pdf"_s);
    Actes::ProceedingsOptions options;
    options.networkName = u"Réseau des collectivités"_s;
    Actes::Resource r;
    r.id = 1;
    r.title = u"Séminaire PTCE"_s;
    r.isPrivate = false;
    r.privateConfirmed = true;
    r.bodyHtml = u"<p>Les pôles territoriaux de coopération économique.</p>"_s;
    Actes::ProceedingsExporter exporter(options);
    const Actes::ProceedingsResult result = exporter.exportTo({r}, m_pdf);
    QVERIFY2(result.ok, qPrintable(result.errorMessage));

    m_odt = m_dir.filePath(u"files/programme-seminaire.odt"_s);
    QTextDocument document;
    document.setHtml(u"<h1>Programme</h1><p>9 h 30 : accueil des participants.</p>"_s);
    QTextDocumentWriter writer(m_odt, "odf");
    QVERIFY(writer.write(&document));

    m_png = m_dir.filePath(u"files/photo-groupe.png"_s);
    QImage image(320, 200, QImage::Format_RGB32);
    image.fill(QColor(20, 120, 160));
    QVERIFY(image.save(m_png, "PNG"));
}

void TestCliAttachments::attachListSaveDetach()
{
    QString id;
    const QString db = libraryWithResource(u"attach.actes"_s, &id);
    Run r = actes({u"--db"_s, db, u"attach"_s, id, m_pdf, m_odt, m_png});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.count(u"Attachment "_s), 3);

    const QJsonArray list = attachmentsJson(db, id);
    QCOMPARE(list.size(), 3);
    struct Expected
    {
        QString path, title, kind, mime;
    };
    const QList<Expected> expected = {
        {m_pdf, u"Actes du séminaire"_s, u"proceedings"_s, u"application/pdf"_s},
        {m_odt, u"Programme seminaire"_s, u"programme"_s, u"application/vnd.oasis.opendocument.text"_s},
        {m_png, u"Photo groupe"_s, u"photos"_s, u"image/png"_s},
    };
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject a = list.at(i).toObject();   // in the order given
        const QByteArray bytes = readAll(expected.at(i).path);
        QVERIFY(!bytes.isEmpty());
        QCOMPARE(a.value(u"title"_s).toString(), expected.at(i).title);
        QCOMPARE(a.value(u"kind"_s).toString(), expected.at(i).kind);
        QCOMPARE(a.value(u"visibility"_s).toString(), u"public"_s);
        QCOMPARE(a.value(u"file_name"_s).toString(), QFileInfo(expected.at(i).path).fileName());
        QCOMPARE(a.value(u"mime_type"_s).toString(), expected.at(i).mime);
        QCOMPARE(a.value(u"size"_s).toInteger(), bytes.size());
        QCOMPARE(a.value(u"sha256"_s).toString(), sha256Of(bytes));
        QVERIFY(a.value(u"url"_s).isNull());
        QVERIFY(a.value(u"id"_s).toInteger() > 0);

        // Saved back byte for byte.
        const QString copy = outputPath(u"copy-%1"_s.arg(i));
        r = actes({u"--db"_s, db, u"attachment-save"_s, id, QString::number(a.value(u"id"_s).toInteger()), u"--out"_s,
                   copy});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(readAll(copy), bytes);
    }

    // The text listing: a readable table.
    r = actes({u"--db"_s, db, u"attachments"_s, id});
    QCOMPARE(r.exitCode, 0);
    for (const Expected &e : expected) {
        QVERIFY2(r.out.contains(e.title) && r.out.contains(QFileInfo(e.path).fileName()), qPrintable(r.out));
        QVERIFY2(r.out.contains(Actes::attachmentSizeText(QFileInfo(e.path).size())), qPrintable(r.out));
    }
    QVERIFY2(r.out.contains(u"Proceedings"_s) && r.out.contains(u"Programme"_s) && r.out.contains(u"Photos"_s),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(u"3 attachments."_s), qPrintable(r.out));

    // show --json carries them too.
    QCOMPARE(showJson(db, id).value(u"attachments"_s).toArray(), list);

    // Detached: gone from the list, the others keep their ids and order.
    const QString odtId = QString::number(list.at(1).toObject().value(u"id"_s).toInteger());
    r = actes({u"--db"_s, db, u"detach"_s, id, odtId});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray after = attachmentsJson(db, id);
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.at(0), list.at(0));
    QCOMPARE(after.at(1), list.at(2));
    r = actes({u"--db"_s, db, u"attachment-save"_s, id, odtId, u"--out"_s, outputPath(u"gone.odt"_s)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(odtId), qPrintable(r.err));
    QVERIFY(!QFile::exists(outputPath(u"gone.odt"_s)));

    // The revision before the detach still has it, and its content stays in the library.
    auto repo = Actes::openLibrary(db);
    QVERIFY(repo->hasAttachmentData(list.at(1).toObject().value(u"sha256"_s).toString()));
}

void TestCliAttachments::membersOnlyAndLinks()
{
    QString id;
    const QString db = libraryWithResource(u"members.actes"_s, &id);
    Run r = actes({u"--db"_s, db, u"attach"_s, id, m_pdf, u"--members-only"_s, u"--title"_s,
                   u"Étude pour les adhérents"_s, u"--kind"_s, u"study"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = actes({u"--db"_s, db, u"attach"_s, id, u"--link"_s, u"https://www.youtube.com/watch?v=PTCE2016"_s, u"--title"_s,
               u"Les vidéos introductives"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = actes({u"--db"_s, db, u"attach"_s, id, u"--link"_s, u"https://example.org/ptce"_s, u"--title"_s,
               u"Le site des PTCE"_s, u"--kind"_s, u"other"_s, u"--members-only"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    const QJsonArray list = attachmentsJson(db, id);
    QCOMPARE(list.size(), 3);
    const QJsonObject study = list.at(0).toObject();
    QCOMPARE(study.value(u"title"_s).toString(), u"Étude pour les adhérents"_s);
    QCOMPARE(study.value(u"kind"_s).toString(), u"study"_s);
    QCOMPARE(study.value(u"visibility"_s).toString(), u"members-only"_s);
    QCOMPARE(study.value(u"file_name"_s).toString(), u"Actes du séminaire.pdf"_s);
    const QJsonObject video = list.at(1).toObject();
    QCOMPARE(video.value(u"kind"_s).toString(), u"video"_s);   // guessed from the address
    QCOMPARE(video.value(u"visibility"_s).toString(), u"public"_s);
    QCOMPARE(video.value(u"url"_s).toString(), u"https://www.youtube.com/watch?v=PTCE2016"_s);
    QVERIFY(video.value(u"sha256"_s).isNull() && video.value(u"file_name"_s).isNull() && video.value(u"size"_s).isNull());
    const QJsonObject site = list.at(2).toObject();
    QCOMPARE(site.value(u"kind"_s).toString(), u"other"_s);
    QCOMPARE(site.value(u"visibility"_s).toString(), u"members-only"_s);

    r = actes({u"--db"_s, db, u"attachments"_s, id});
    QVERIFY2(r.out.contains(u"members only"_s) && r.out.contains(u"https://www.youtube.com/watch?v=PTCE2016"_s),
             qPrintable(r.out));
    // A link has no file to save.
    r = actes({u"--db"_s, db, u"attachment-save"_s, id, QString::number(video.value(u"id"_s).toInteger()), u"--out"_s,
               outputPath(u"video.bin"_s)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Les vidéos introductives"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(outputPath(u"video.bin"_s)));

    // In French, a kind goes by its French name too, and the messages are French.
    QProcessEnvironment french;
    french.insert(u"LC_ALL"_s, u"fr_FR.UTF-8"_s);
    french.insert(u"LANG"_s, u"fr_FR.UTF-8"_s);
    r = actes({u"--db"_s, db, u"attach"_s, id, m_odt, u"--kind"_s, u"Diaporama"_s}, french);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(u"Pièce jointe "_s) && r.out.contains(u"diaporama, public"_s), qPrintable(r.out));
    QCOMPARE(attachmentsJson(db, id).last().toObject().value(u"kind"_s).toString(), u"slides"_s);
    r = actes({u"--db"_s, db, u"attachments"_s, id}, french);
    QVERIFY2(r.out.contains(u"réservé aux adhérents"_s) && r.out.contains(u"4 pièces jointes."_s), qPrintable(r.out));
}

void TestCliAttachments::refusalsChangeNothing()
{
    QString id;
    const QString db = libraryWithResource(u"refusals.actes"_s, &id);
    QCOMPARE(actes({u"--db"_s, db, u"attach"_s, id, m_png}).exitCode, 0);
    const QJsonArray before = attachmentsJson(db, id);
    QCOMPARE(before.size(), 1);
    {
        auto repo = Actes::openLibrary(db);
        repo->setLibraryValue(QString::fromUtf16(Actes::AttachmentLimitKey), u"1"_s);   // 1 MB
    }
    const QString big = m_dir.filePath(u"files/%1-deck.pdf"_s.arg(backend()));
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(QByteArray(1500 * 1000, 'x')) == 1500 * 1000);
    }
    const QString missing = m_dir.filePath(u"files/absent.pdf"_s);
    const QString folder = m_dir.filePath(u"files"_s);

    struct Refusal
    {
        QStringList args;
        QString named;   // what the message names
    };
    const QList<Refusal> refusals = {
        {{u"attach"_s, id, missing}, u"absent.pdf"_s},
        {{u"attach"_s, id, m_odt, missing}, u"absent.pdf"_s},   // several files: all or none
        {{u"attach"_s, id, m_odt, folder}, u"files"_s},
        {{u"attach"_s, id, m_odt, big}, u"deck.pdf” is 1.5\u00a0MB; this library accepts files up to 1.0\u00a0MB"_s},
        {{u"attach"_s, id, m_png}, u"photo-groupe.png"_s},   // already attached
        {{u"attach"_s, u"999"_s, m_odt}, u"999"_s},
        {{u"attach"_s, id, m_odt, u"--kind"_s, u"affiche"_s}, u"affiche"_s},
        {{u"attach"_s, id, u"--link"_s, u"ftp://example.org/deck.pdf"_s, u"--title"_s, u"Deck"_s}, u"ftp://"_s},
        {{u"attach"_s, id, u"--link"_s, u"file:///tmp/deck.pdf"_s, u"--title"_s, u"Deck"_s}, u"file://"_s},
        {{u"detach"_s, id, u"4242"_s}, u"4242"_s},
        {{u"detach"_s, u"999"_s, u"1"_s}, u"999"_s},
        {{u"attachments"_s, u"999"_s}, u"999"_s},
        {{u"attachment-save"_s, id, u"4242"_s, u"--out"_s, outputPath(u"x.bin"_s)}, u"4242"_s},
    };
    for (const Refusal &refusal : refusals) {
        const Run r = actes(QStringList{u"--db"_s, db} + refusal.args);
        const QString what = refusal.args.join(u' ') + u": "_s + r.err;
        QVERIFY2(r.exitCode == 1, qPrintable(what));
        QVERIFY2(r.err.startsWith(u"actes: "_s) && r.err.contains(refusal.named), qPrintable(what));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QCOMPARE(attachmentsJson(db, id), before);
    }
    QVERIFY(!QFile::exists(outputPath(u"x.bin"_s)));
    // Not even the content of the good file of a refused command was kept.
    auto repo = Actes::openLibrary(db);
    QVERIFY(!repo->hasAttachmentData(sha256Of(readAll(m_odt))));
    QVERIFY(!repo->hasAttachmentData(sha256Of(readAll(big))));
    QFile::remove(big);
}

void TestCliAttachments::unreadableFileRefused()
{
    QString id;
    const QString db = libraryWithResource(u"unreadable.actes"_s, &id);
    const QString secret = m_dir.filePath(u"files/%1-secret.pdf"_s.arg(backend()));
    QVERIFY(QFile::copy(m_pdf, secret));
    QVERIFY(QFile::setPermissions(secret, QFileDevice::WriteOwner));
    if (onServer() && Unprivileged::isRoot()) {
        // As root the test server's folder belongs to postgres: without the capabilities that
        // bypass permissions, actes could not reach its socket unless others may go through.
        const QString socketDir = m_server.socketDir();
        QVERIFY(QFile::setPermissions(socketDir, QFile::permissions(socketDir) | QFileDevice::ExeOther));
    }
    const Run r = actesUnprivileged({u"--db"_s, db, u"attach"_s, id, m_odt, secret});
    QFile::setPermissions(secret, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY2(r.exitCode == 1, qPrintable(r.err));
    QVERIFY2(r.err.contains(u"secret.pdf"_s) && r.err.contains(u"cannot be read"_s), qPrintable(r.err));
    QCOMPARE(attachmentsJson(db, id).size(), 0);
}

void TestCliAttachments::badUsage()
{
    QString id;
    const QString db = libraryWithResource(u"usage.actes"_s, &id);
    for (const QStringList &args : {
             QStringList{u"attach"_s},
             QStringList{u"attach"_s, id},
             QStringList{u"attach"_s, id, u"--link"_s, u"https://example.org/"_s},   // no title
             QStringList{u"attach"_s, id, m_pdf, u"--link"_s, u"https://example.org/"_s, u"--title"_s, u"T"_s},
             QStringList{u"attach"_s, id, m_pdf, m_odt, u"--title"_s, u"Un seul titre"_s},
             QStringList{u"attach"_s, id, m_pdf, u"--public"_s},
             QStringList{u"detach"_s, id},
             QStringList{u"detach"_s, id, u"premier"_s},
             QStringList{u"attachment-save"_s, id, u"1"_s},   // no --out
             QStringList{u"attachments"_s},
         }) {
        const Run r = actes(QStringList{u"--db"_s, db} + args);
        QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ') + u": "_s + r.err));
    }
    QCOMPARE(attachmentsJson(db, id).size(), 0);
    const Run help = actes({u"--help"_s});
    for (const QString &command : {u"attach ID FILE"_s, u"attach ID --link URL"_s, u"attachments ID"_s,
                                   u"detach ID ATTACHMENT_ID"_s, u"attachment-save ID ATTACHMENT_ID --out FILE"_s})
        QVERIFY2(help.out.contains(command), qPrintable(command));
}

QTEST_MAIN(TestCliAttachments)
#include "tst_cliattachments.moc"
