// Export for the website (app/export/siteexport.h): allowed HTML only, manifest and checksums,
// private resources nowhere, safe file names, atomic writing.
#include "export/siteexport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Actes;
using namespace Qt::StringLiterals;

namespace {

const QString kSecret = u"Confidentissime"_s;   // appears only in private resources

QByteArray pngBytes(QColor color)
{
    QImage image(8, 6, QImage::Format_RGB32);
    image.fill(color);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return data;
}

Resource resource(qint64 id, const QString &title, Status status, bool isPrivate = false)
{
    Resource r;
    r.id = id;
    r.title = title;
    r.type = u"Compte rendu"_s;
    r.status = status;
    r.isPrivate = isPrivate;
    r.privateConfirmed = true;
    r.dateStart = QDate(2016, 5, 3);
    r.dateEnd = QDate(2016, 5, 4);
    r.place = u"Lyon"_s;
    r.attendance = 42;
    r.version = 5;
    r.summaryHtml = u"<p>Résumé de « %1 ».</p>"_s.arg(title);
    r.bodyHtml = u"<h2>Ouverture</h2>\n<p>L’économie sociale et solidaire, c’est l’œuvre de tous.</p>"_s;
    r.participants = {Participant{1, u"Anne Dupré"_s, u"Élue"_s, u"Ville de Lyon"_s, u"Intervenante"_s}};
    r.partners = {Partner{2, u"Réseau ESS"_s, u"Co-organisateur"_s}};
    return r;
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(dir).relativeFilePath(it.next()));
    out.sort();
    return out;
}

// Every tag of the output: only the website subset, only the allowed attributes.
void verifyWebsiteSubset(const QString &html)
{
    static const QSet<QString> allowed{u"p"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"strong"_s, u"em"_s, u"a"_s, u"ul"_s,
                                       u"ol"_s, u"li"_s, u"blockquote"_s, u"table"_s, u"thead"_s, u"tbody"_s,
                                       u"tr"_s, u"td"_s, u"th"_s, u"img"_s};
    static const QRegularExpression tag(u"<(/?)([^\\s>/]+)([^>]*)>"_s);
    static const QRegularExpression attr(u"\\s([a-zA-Z-]+)=\"[^\"]*\""_s);
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(2);
        QVERIFY2(allowed.contains(name), qPrintable(u"tag <%1> in %2"_s.arg(name, html)));
        QString rest = m.captured(3);
        for (auto a = attr.globalMatch(rest); a.hasNext();) {
            const auto am = a.next();
            const QString an = am.captured(1);
            const bool ok = (name == u"a" && an == u"href") || (name == u"img" && (an == u"src" || an == u"alt"))
                || ((name == u"td" || name == u"th") && (an == u"colspan" || an == u"rowspan"));
            QVERIFY2(ok, qPrintable(u"attribute %1 on <%2> in %3"_s.arg(an, name, html)));
        }
        rest.remove(attr);
        QVERIFY2(rest.trimmed().isEmpty(), qPrintable(u"stray attribute text '%1' in %2"_s.arg(rest, html)));
    }
}

QByteArray pdfBytes(const QString &text)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(text);
        QPainter painter(&writer);
        painter.drawText(QPointF(100, 200), text);
    }
    return data;
}

QString sha256Of(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

Attachment fileAttachment(const QString &title, AttachmentKind kind, const QString &fileName, const QString &mime,
                          const QByteArray &data, bool membersOnly = false)
{
    Attachment a;
    a.id = qHash(title);
    a.title = title;
    a.kind = kind;
    a.membersOnly = membersOnly;
    a.fileName = fileName;
    a.mimeType = mime;
    a.size = data.size();
    a.sha256 = sha256Of(data);
    return a;
}

Attachment linkAttachment(const QString &title, const QString &url, bool membersOnly = false)
{
    Attachment a;
    a.title = title;
    a.kind = AttachmentKind::Video;
    a.url = url;
    a.membersOnly = membersOnly;
    return a;
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSiteExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void websiteHtml_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("expected");
        QTest::newRow("clean kept")
            << u"<h2>Titre</h2>\n<p><strong>gras</strong> et <em>italique</em></p>"_s
            << u"<h2>Titre</h2>\n<p><strong>gras</strong> et <em>italique</em></p>"_s;
        QTest::newRow("u and s unwrapped") << u"<p><u>souligné</u> <s>barré</s></p>"_s << u"<p>souligné barré</p>"_s;
        QTest::newRow("br splits a paragraph")
            << u"<p><strong>un<br>deux</strong></p>"_s << u"<p><strong>un</strong></p>\n<p><strong>deux</strong></p>"_s;
        QTest::newRow("br in list item") << u"<ul>\n<li>un<br>deux</li>\n</ul>"_s << u"<ul>\n<li>un deux</li>\n</ul>"_s;
        QTest::newRow("links")
            << u"<p><a href=\"https://exemple.fr/?a=1&amp;b=2\">site</a> <a href=\"mailto:a@exemple.fr\">mail</a> <a href=\"#x\">ancre</a></p>"_s
            << u"<p><a href=\"https://exemple.fr/?a=1&amp;b=2\">site</a> <a href=\"mailto:a@exemple.fr\">mail</a> ancre</p>"_s;
        QTest::newRow("table spans")
            << u"<table>\n<tr><td colspan=\"2\">a</td></tr>\n<tr><td>b</td><td>c</td></tr>\n</table>"_s
            << u"<table>\n<tr><td colspan=\"2\">a</td></tr>\n<tr><td>b</td><td>c</td></tr>\n</table>"_s;
        QTest::newRow("french text intact")
            << u"<p>«\u00A0Bonjour\u202F!\u00A0» l’œuvre</p>"_s << u"<p>«\u00A0Bonjour\u202F!\u00A0» l’œuvre</p>"_s;
        QTest::newRow("image without library dropped") << u"<p>x <img src=\"actes-image:k\" alt=\"a\"></p>"_s << u"<p>x</p>"_s;
    }
    void websiteHtml()
    {
        QFETCH(QString, stored);
        QFETCH(QString, expected);
        const QString html = SiteExporter::websiteHtml(stored);
        QCOMPARE(html, expected);
        verifyWebsiteSubset(html);
    }

    void hostileHtmlNeverReachesTheWebsite()
    {
        const QString hostile =
            u"<script>alert('pirate')</script><p onclick=\"steal()\" style=\"color:red\" class=\"rouge\">Texte "
            "<a href=\"javascript:alert(1)\" onmouseover=\"x()\">lien piégé</a> <a href=\"JaVa&#x09;ScRiPt:alert(2)\">deux</a> "
            "<iframe src=\"https://evil.example/\"></iframe><u>souligné</u> <s>barré</s> "
            "<span style=\"font-weight:bold\" class=\"x\">gras</span></p>"
            "<style>p{color:red}</style><h2 class=\"t\" id=\"h\">Titre</h2>"
            "<img src=\"actes-image:photo\" onerror=\"boom()\" alt=\"Photo &quot;groupe&quot;\" style=\"width:9px\">"
            "<img src=\"javascript:alert(3)\"><object data=\"x.swf\"></object><svg onload=\"x()\"><circle/></svg>"
            "<form action=\"https://evil.example\"><input value=\"x\"><button>Envoyer</button></form>"_s;
        const QString html = SiteExporter::websiteHtml(hostile, [](const QString &key, const QString &) {
            return key == u"photo" ? u"images/page-1.png"_s : QString();
        });
        verifyWebsiteSubset(html);
        for (const QString &bad : {u"script"_s, u"onclick"_s, u"onerror"_s, u"onload"_s, u"onmouseover"_s, u"style"_s,
                                   u"class"_s, u"iframe"_s, u"javascript"_s, u"alert"_s, u"<u>"_s, u"<s>"_s,
                                   u"<span"_s, u"object"_s, u"svg"_s, u"form"_s, u"input"_s, u"button"_s, u" id="_s})
            QVERIFY2(!html.contains(bad, Qt::CaseInsensitive), qPrintable(bad + u" in "_s + html));
        QVERIFY2(html.contains(u"lien piégé"_s) && html.contains(u"souligné"_s) && html.contains(u"<strong>gras</strong>"_s),
                 qPrintable(html));
        QVERIFY2(html.contains(u"<img src=\"images/page-1.png\" alt=\"Photo &quot;groupe&quot;\">"_s), qPrintable(html));
        QVERIFY(html.contains(u"<h2>Titre</h2>"_s));
    }

    void slugs_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("expected");   // empty: only check the shape
        QTest::newRow("accents") << u"Rencontre régionale à Besançon"_s << u"rencontre-regionale-a-besancon"_s;
        QTest::newRow("ligatures") << u"L’œuvre, le cœur et l’Œil — ÆSOP"_s << u"l-oeuvre-le-coeur-et-l-oeil-aesop"_s;
        QTest::newRow("slashes") << u"Lyon / Villeurbanne\\Vaulx"_s << u"lyon-villeurbanne-vaulx"_s;
        QTest::newRow("dot dot") << u".."_s << u"fallback"_s;
        QTest::newRow("path escape") << u"../../etc/passwd"_s << u"etc-passwd"_s;
        QTest::newRow("empty") << u""_s << u"fallback"_s;
        QTest::newRow("only punctuation") << u"« ? ! »"_s << u"fallback"_s;
        QTest::newRow("emoji and nbsp") << u"Fête\u00A0🎉 2016"_s << u"fete-2016"_s;
        QTest::newRow("windows reserved") << u"CON"_s << u"con-page"_s;
        QTest::newRow("windows reserved lpt1") << u"lpt1"_s << u"lpt1-page"_s;
        QTest::newRow("not reserved") << u"Console"_s << u"console"_s;
        QTest::newRow("nul with text") << u"NUL et non avenu"_s << u"nul-et-non-avenu"_s;
        QTest::newRow("300 characters") << (u"Compte rendu de la rencontre "_s.repeated(11)).left(300) << QString();
        QTest::newRow("one long word") << u"a"_s.repeated(300) << u"a"_s.repeated(80);
        QTest::newRow("german") << u"Straße Øresund"_s << u"strasse-oresund"_s;
    }
    void slugs()
    {
        QFETCH(QString, title);
        QFETCH(QString, expected);
        const QString slug = SiteExporter::slugFor(title, u"fallback"_s);
        QVERIFY2(QRegularExpression(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s).match(slug).hasMatch(), qPrintable(slug));
        QVERIFY(slug.size() <= 80);
        if (!expected.isEmpty()) {
            QCOMPARE(slug, expected);
        } else {
            // Cut at a word boundary: a prefix of the full slug followed by a hyphen there.
            // (the title is plain ASCII: its untruncated slug is easy to write here)
            const QString full = title.toLower().replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
            QVERIFY(slug.size() >= 60);
            QVERIFY(full.startsWith(slug + u'-'));
        }
    }

    void exportWritesOnlyApprovedPublicResources()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString out = tmp.filePath(u"site"_s);
        const QByteArray png = pngBytes(Qt::red);

        QList<Resource> resources;
        Resource approved = resource(1, u"Rencontre à Besançon / Dole"_s, Status::Approved);
        approved.bodyHtml += u"\n<p><img src=\"actes-image:photo1\" alt=\"Les participants\"></p>\n"
                             "<p onclick=\"x()\" style=\"color:red\"><script>alert(1)</script>piège</p>"_s;
        approved.summaryHtml += u"<p><img src=\"actes-image:photo1\" alt=\"Les participants\"></p>"_s;
        resources << approved;
        resources << resource(2, u"Séminaire publié"_s, Status::Published);
        resources << resource(3, u"Brouillon en cours"_s, Status::Draft);
        resources << resource(4, u"Relecture"_s, Status::InReview);
        Resource secret = resource(5, u"Note "_s + kSecret, Status::Approved, true);
        secret.bodyHtml = u"<p>"_s + kSecret + u" : ne pas diffuser.</p><p><img src=\"actes-image:secretimg\" alt=\"x\"></p>"_s;
        secret.summaryHtml = u"<p>Résumé "_s + kSecret + u"</p>"_s;
        secret.participants = {Participant{9, kSecret + u" Martin"_s, u""_s, u""_s, u""_s}};
        secret.partners = {Partner{9, u"Orga "_s + kSecret, u""_s}};
        resources << secret;
        Resource secretPublished = secret;
        secretPublished.id = 6;
        secretPublished.status = Status::Published;
        resources << secretPublished;
        resources << resource(7, u"Rencontre à Besançon / Dole"_s, Status::Published);   // same title
        resources << resource(8, u".."_s, Status::Approved);
        // Approved once, but it no longer passes the checks (a dead link, an image gone from the
        // library, what the importer was unsure of): the checks run again and leave it out.
        Resource broken = resource(9, u"Approuvée puis cassée"_s, Status::Approved);
        broken.bodyHtml += u"<p><a href=\"javascript:alert(1)\">piège</a></p>\n"
                           "<p><img src=\"actes-image:absent\" alt=\"Disparue\"></p>"_s;
        resources << broken;
        Resource unsure = resource(10, u"Import incertain"_s, Status::Published);
        unsure.needsReview = true;
        unsure.reviewNote = u"Le titre a été deviné."_s;
        resources << unsure;

        int loads = 0;
        SiteExportOptions options;
        options.imageLoader = [&](const QString &key, QString *mime) -> QByteArray {
            ++loads;
            if (key == u"secretimg")
                qFatal("a private resource's image was loaded");
            if (key != u"photo1")
                return {};
            if (mime)
                *mime = u"image/png"_s;
            return png;
        };
        options.revisionNumber = [](const Resource &r) { return int(r.id) * 10; };
        SiteExporter exporter(options);
        const SiteExportResult result = exporter.exportTo(resources, out);
        QVERIFY2(result.ok, qPrintable(result.errorMessage));

        // Left out and reported, with the reason.
        QCOMPARE(result.leftOut.size(), 6);
        QMap<qint64, SiteExportLeftOut::Reason> reasons;
        for (const SiteExportLeftOut &l : result.leftOut) {
            reasons.insert(l.resourceId, l.reason);
            QVERIFY(!l.message.isEmpty());
        }
        QCOMPARE(reasons.value(3), SiteExportLeftOut::Reason::NotApproved);
        QCOMPARE(reasons.value(4), SiteExportLeftOut::Reason::NotApproved);
        QCOMPARE(reasons.value(5), SiteExportLeftOut::Reason::Private);
        QCOMPARE(reasons.value(6), SiteExportLeftOut::Reason::Private);
        QCOMPARE(reasons.value(9), SiteExportLeftOut::Reason::FailsChecks);
        QCOMPARE(reasons.value(10), SiteExportLeftOut::Reason::FailsChecks);
        for (const SiteExportLeftOut &l : result.leftOut) {
            if (l.resourceId == 9) {
                QVERIFY2(l.message.contains(u"Approuvée puis cassée"_s) && l.message.contains(u"piège"_s)
                             && l.message.contains(u"Disparue"_s),
                         qPrintable(l.message));
            } else if (l.resourceId == 10) {
                QVERIFY2(l.message.contains(u"Le titre a été deviné."_s), qPrintable(l.message));
            }
        }
        QCOMPARE(result.written.size(), 4);
        QCOMPARE(result.warnings.size(), 0);

        // The files: one HTML per resource, safe names, duplicates suffixed, the image once.
        const QStringList files = filesUnder(out);
        QCOMPARE(files, (QStringList{u"images/rencontre-a-besancon-dole-1.png"_s, u"index.json"_s,
                                     u"rencontre-a-besancon-dole-2.html"_s, u"rencontre-a-besancon-dole.html"_s,
                                     u"resource-8.html"_s, u"seminaire-publie.html"_s}));
        QCOMPARE(result.fileCount, files.size());

        // Private resources: in no file at all, manifest included.
        for (const QString &f : files) {
            QFile file(QDir(out).filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray data = file.readAll();
            QVERIFY2(!data.contains(kSecret.toUtf8()), qPrintable(f));
            QVERIFY2(!data.contains("Brouillon en cours"), qPrintable(f));
            QVERIFY2(!data.contains("script") && !data.contains("onclick") && !data.contains("javascript"), qPrintable(f));
        }

        // Only the website subset in the body, the image referenced relatively.
        const QString body = readAll(QDir(out).filePath(u"rencontre-a-besancon-dole.html"_s));
        verifyWebsiteSubset(body);
        QVERIFY2(body.contains(u"<img src=\"images/rencontre-a-besancon-dole-1.png\" alt=\"Les participants\">"_s),
                 qPrintable(body));
        QVERIFY(body.contains(u"l’œuvre"_s));
        QVERIFY(!body.contains(u"actes-image"_s));
        QVERIFY(!body.contains(u"Disparue"_s));
        QCOMPARE(QFile(QDir(out).filePath(u"images/rencontre-a-besancon-dole-1.png"_s)).size(), png.size());

        // The manifest: every field, checksums that match the files.
        QFile manifestFile(QDir(out).filePath(u"index.json"_s));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(manifest.value(u"generator"_s).toString().startsWith(u"Actes"_s));
        const QJsonArray list = manifest.value(u"resources"_s).toArray();
        QCOMPARE(list.size(), 4);
        QStringList expectedKeys{u"attachments"_s, u"attendance"_s, u"body_file"_s, u"body_sha256"_s, u"date_end"_s, u"date_start"_s,
                                 u"date_text"_s, u"id"_s, u"images"_s, u"modified"_s, u"participants"_s, u"partners"_s, u"place"_s,
                                 u"revision"_s, u"slug"_s, u"status"_s, u"summary_html"_s, u"title"_s, u"type"_s,
                                 u"version"_s};
        QSet<qint64> ids;
        for (const auto &v : list) {
            const QJsonObject o = v.toObject();
            QStringList keys = o.keys();
            keys.sort();
            QCOMPARE(keys, expectedKeys);
            ids.insert(o.value(u"id"_s).toInteger());
            const QString bodyFile = o.value(u"body_file"_s).toString();
            QVERIFY(QFile::exists(QDir(out).filePath(bodyFile)));
            QCOMPARE(o.value(u"body_sha256"_s).toString().toLatin1(),
                     QCryptographicHash::hash(readAll(QDir(out).filePath(bodyFile)).toUtf8(), QCryptographicHash::Sha256).toHex());
            verifyWebsiteSubset(o.value(u"summary_html"_s).toString());
            QCOMPARE(o.value(u"revision"_s).toInt(), int(o.value(u"id"_s).toInteger()) * 10);
        }
        QCOMPARE(ids, (QSet<qint64>{1, 2, 7, 8}));
        const QJsonObject first = list.at(0).toObject();
        QCOMPARE(first.value(u"title"_s).toString(), u"Rencontre à Besançon / Dole"_s);
        QCOMPARE(first.value(u"type"_s).toString(), u"Compte rendu"_s);
        QCOMPARE(first.value(u"status"_s).toString(), u"approved"_s);
        QCOMPARE(first.value(u"date_start"_s).toString(), u"2016-05-03"_s);
        QCOMPARE(first.value(u"date_end"_s).toString(), u"2016-05-04"_s);
        QCOMPARE(first.value(u"place"_s).toString(), u"Lyon"_s);
        QCOMPARE(first.value(u"attendance"_s).toInt(), 42);
        QCOMPARE(first.value(u"version"_s).toInt(), 5);
        QCOMPARE(first.value(u"participants"_s).toArray().at(0).toObject().value(u"organisation"_s).toString(),
                 u"Ville de Lyon"_s);
        QCOMPARE(first.value(u"partners"_s).toArray().at(0).toObject().value(u"role"_s).toString(), u"Co-organisateur"_s);
        QVERIFY(first.value(u"summary_html"_s).toString().contains(u"<img src=\"images/rencontre-a-besancon-dole-1.png\""_s));
        const QJsonArray images = first.value(u"images"_s).toArray();
        QCOMPARE(images.size(), 1);
        QCOMPARE(images.at(0).toObject().value(u"sha256"_s).toString().toLatin1(),
                 QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());

        // "files" lists every file written but the manifest itself, with the right SHA-256.
        const QJsonArray fileList = manifest.value(u"files"_s).toArray();
        QStringList listed;
        for (const auto &v : fileList) {
            const QJsonObject o = v.toObject();
            const QString path = o.value(u"path"_s).toString();
            listed.append(path);
            QFile f(QDir(out).filePath(path));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray data = f.readAll();
            QCOMPARE(o.value(u"sha256"_s).toString().toLatin1(), QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
            QCOMPARE(o.value(u"size"_s).toInteger(), data.size());
        }
        listed.append(u"index.json"_s);
        listed.sort();
        QCOMPARE(listed, files);

        // No temporary folder left beside it.
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{u"site"_s});
    }

    void reExportReplacesTheEarlierOne()
    {
        QTemporaryDir tmp;
        const QString out = tmp.filePath(u"site"_s);
        SiteExporter exporter;
        QVERIFY(exporter.exportTo({resource(1, u"Première"_s, Status::Published), resource(2, u"Seconde"_s, Status::Published)}, out).ok);
        QVERIFY(QFile::exists(out + u"/premiere.html"_s));
        // The first one is no longer approved: its file goes.
        const SiteExportResult again = exporter.exportTo({resource(1, u"Première"_s, Status::Draft), resource(2, u"Seconde"_s, Status::Published)}, out);
        QVERIFY2(again.ok, qPrintable(again.errorMessage));
        QCOMPARE(filesUnder(out), (QStringList{u"index.json"_s, u"seconde.html"_s}));
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{u"site"_s});
    }

    void refusesAForeignFolderUntouched()
    {
        QTemporaryDir tmp;
        const QString out = tmp.filePath(u"documents"_s);
        QVERIFY(QDir().mkpath(out));
        QFile mine(out + u"/thèse.odt"_s);
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("precious");
        mine.close();
        const SiteExportResult result = SiteExporter().exportTo({resource(1, u"Publiée"_s, Status::Published)}, out);
        QVERIFY(!result.ok);
        QVERIFY2(result.errorMessage.contains(out), qPrintable(result.errorMessage));
        QCOMPARE(filesUnder(out), QStringList{u"thèse.odt"_s});
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{u"documents"_s});

        // A file in place of the folder is refused too.
        const QString file = tmp.filePath(u"plain.txt"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(!SiteExporter().exportTo({resource(1, u"Publiée"_s, Status::Published)}, file).ok);
    }

    // Issue #10, item 10: a re-export never deletes what Actes did not write in the folder.
    void reExportKeepsForeignFiles()
    {
        QTemporaryDir tmp;
        const QString out = tmp.filePath(u"site"_s);
        SiteExportOptions options;
        options.imageLoader = [](const QString &, QString *mime) {
            if (mime)   // null when the checks only ask whether the image exists
                *mime = u"image/png"_s;
            return pngBytes(Qt::blue);
        };
        SiteExporter exporter(options);
        Resource first = resource(1, u"Première"_s, Status::Published);
        first.bodyHtml += u"<p><img src=\"actes-image:photo\" alt=\"Photo\"></p>"_s;
        QVERIFY(exporter.exportTo({first}, out).ok);
        const QStringList written = filesUnder(out);
        QCOMPARE(written, (QStringList{u"images/premiere-1.png"_s, u"index.json"_s, u"premiere.html"_s}));

        const auto put = [](const QString &path, const QByteArray &data) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        };
        // Someone adds their own files, and edits one that Actes wrote.
        put(out + u"/.htaccess"_s, "Options -Indexes\n");
        put(out + u"/images/logo-du-site.png"_s, pngBytes(Qt::green));
        put(out + u"/archives/2015/vieux.html"_s, "<p>ancien</p>");
        QFile edited(out + u"/premiere.html"_s);
        QVERIFY(edited.open(QIODevice::Append));
        edited.write("<p>ajouté à la main</p>\n");
        edited.close();
        const QStringList before = filesUnder(out);
        const QByteArray editedBytes = readAll(out + u"/premiere.html"_s).toUtf8();

        const SiteExportResult refused = exporter.exportTo({resource(2, u"Seconde"_s, Status::Published)}, out);
        QVERIFY(!refused.ok);
        for (const QString &name : {u".htaccess"_s, u"images/logo-du-site.png"_s, u"archives/"_s, u"premiere.html"_s})
            QVERIFY2(refused.errorMessage.contains(name), qPrintable(refused.errorMessage));
        QVERIFY2(!refused.errorMessage.contains(u"premiere-1.png"_s), qPrintable(refused.errorMessage));
        QVERIFY2(!refused.errorMessage.contains(u"index.json"_s), qPrintable(refused.errorMessage));
        QCOMPARE(filesUnder(out), before);   // nothing deleted, nothing written
        QCOMPARE(readAll(out + u"/premiere.html"_s).toUtf8(), editedBytes);
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{u"site"_s});

        // Once they are moved away, the earlier export is replaced.
        QVERIFY(QFile::remove(out + u"/.htaccess"_s));
        QVERIFY(QFile::remove(out + u"/images/logo-du-site.png"_s));
        QVERIFY(QDir(out + u"/archives"_s).removeRecursively());
        QVERIFY(QFile::remove(out + u"/premiere.html"_s));
        const SiteExportResult again = exporter.exportTo({resource(2, u"Seconde"_s, Status::Published)}, out);
        QVERIFY2(again.ok, qPrintable(again.errorMessage));
        QCOMPARE(filesUnder(out), (QStringList{u"index.json"_s, u"seconde.html"_s}));
    }

    // Issue #10, item 1: a resource whose privacy nobody confirmed is private here too.
    void unconfirmedPrivacyIsLeftOut()
    {
        QTemporaryDir tmp;
        const QString out = tmp.filePath(u"site"_s);
        Resource unconfirmed = resource(3, u"Atelier "_s + kSecret, Status::Approved);
        unconfirmed.privateConfirmed = false;
        unconfirmed.bodyHtml = u"<p>"_s + kSecret + u"</p>"_s;
        const std::optional<SiteExportLeftOut> reason = SiteExporter::leftOutReason(unconfirmed);
        QVERIFY(reason);
        QCOMPARE(reason->reason, SiteExportLeftOut::Reason::PrivacyNotConfirmed);
        QVERIFY2(reason->message.contains(u"privacy not confirmed"_s), qPrintable(reason->message));

        const SiteExportResult result =
            SiteExporter().exportTo({unconfirmed, resource(4, u"Publique"_s, Status::Approved)}, out);
        QVERIFY2(result.ok, qPrintable(result.errorMessage));
        QCOMPARE(result.leftOut.size(), 1);
        QCOMPARE(result.leftOut.first().resourceId, 3);
        QCOMPARE(filesUnder(out), (QStringList{u"index.json"_s, u"publique.html"_s}));
        for (const QString &file : filesUnder(out))
            QVERIFY2(!readAll(out + u'/' + file).contains(kSecret), qPrintable(file));
    }

    void failedWriteLeavesNothing()
    {
        // The destination's parent is a file: nothing can be created, nothing is left.
        QTemporaryDir tmp;
        const QString blocker = tmp.filePath(u"blocker"_s);
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const SiteExportResult result =
            SiteExporter().exportTo({resource(1, u"Publiée"_s, Status::Published)}, blocker + u"/site"_s);
        QVERIFY(!result.ok);
        QVERIFY(!result.errorMessage.isEmpty());
        QVERIFY(result.written.isEmpty());
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{u"blocker"_s});
    }

    void attachmentFileNames_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"programme.pdf"_s << u"application/pdf"_s << u"page-programme.pdf"_s;
        QTest::newRow("accents and spaces") << u"Diaporama Présentation (v2).PPTX"_s << QString()
                                            << u"page-diaporama-presentation-v2.pptx"_s;
        QTest::newRow("staff name dropped") << u"diaporama_Claire_MARTIN_final.odp"_s << QString()
                                            << u"page-diaporama-final.odp"_s;
        QTest::newRow("login dropped") << u"cmartin-notes.pdf"_s << QString() << u"page-notes.pdf"_s;
        QTest::newRow("only a name: the kind") << u"Claire Martin.pdf"_s << QString() << u"page-slides.pdf"_s;
        QTest::newRow("no extension: from the type") << u"programme"_s << u"application/pdf"_s << u"page-programme.pdf"_s;
        QTest::newRow("path separators") << u"../../etc/passwd"_s << QString() << u"page-passwd"_s;
        QTest::newRow("hostile extension") << u"a.p/d\\f"_s << QString() << u"page-f"_s;
        QTest::newRow("extension not ASCII") << u"notes.pdé"_s << QString() << u"page-notes-pde"_s;
    }

    void attachmentFileNames()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, mimeType);
        Attachment a;
        a.kind = AttachmentKind::Slides;
        a.fileName = fileName;
        a.mimeType = mimeType;
        QTEST(SiteExporter::attachmentFileName(u"page"_s, a, {u"Claire Martin"_s, u"cmartin"_s}), "expected");
    }

    // Public attachments beside the page, listed at its end and in the manifest with checksums;
    // members-only ones nowhere in the written files, only in the report.
    void attachmentsBesideThePage()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString out = tmp.filePath(u"site"_s);

        const QByteArray programme = pdfBytes(u"Programme du séminaire PTCE"_s);
        QByteArray slides(2'300'000, '\0');   // "2,3 Mo" on the page
        for (qsizetype i = 0; i < slides.size(); ++i)
            slides[i] = char((i * 7919) % 251);
        const QByteArray photo = pngBytes(Qt::blue);
        const QString hiddenTitle = u"Analyse interne Zorglub"_s;
        const QString hiddenFile = u"zorglub-analyse-interne.pdf"_s;
        const QByteArray hidden = pdfBytes(u"Analyse interne Zorglub, pour les adhérents"_s);
        const QString hiddenLinkTitle = u"Enregistrement Blorpt"_s;
        const QString hiddenUrl = u"https://interne.exemple.fr/blorpt"_s;

        Resource seminar = resource(1, u"Séminaire PTCE des 3 et 4 mai 2016"_s, Status::Published);
        seminar.attachments = {
            fileAttachment(u"Programme du séminaire"_s, AttachmentKind::Programme, u"Programme séminaire PTCE.pdf"_s,
                           u"application/pdf"_s, programme),
            fileAttachment(u"Diaporama de présentation"_s, AttachmentKind::Slides,
                           u"diaporama_Claire_Martin_v3.pptx"_s,
                           u"application/vnd.openxmlformats-officedocument.presentationml.presentation"_s, slides),
            fileAttachment(hiddenTitle, AttachmentKind::Slides, hiddenFile, u"application/pdf"_s, hidden, true),
            linkAttachment(u"Vidéo de la table ronde"_s, u"https://videos.exemple.fr/table-ronde?t=1&l=fr"_s),
            linkAttachment(hiddenLinkTitle, hiddenUrl, true),
            fileAttachment(u"Photo perdue"_s, AttachmentKind::Photos, u"perdue.png"_s, u"image/png"_s,
                           QByteArray("not in the store")),
        };
        Resource other = resource(2, u"Rencontre de Lyon"_s, Status::Approved);
        other.attachments = {fileAttachment(u"Photos"_s, AttachmentKind::Photos, u"Programme séminaire PTCE.png"_s,
                                            u"image/png"_s, photo)};
        Resource secret = resource(3, u"Note "_s + kSecret, Status::Published, true);
        secret.attachments = {fileAttachment(u"Annexe "_s + kSecret, AttachmentKind::Other, kSecret + u".pdf"_s,
                                             u"application/pdf"_s, hidden)};

        QHash<QString, QByteArray> store;
        for (const QByteArray &data : {programme, slides, photo, hidden})
            store.insert(sha256Of(data), data);
        QStringList loaded;
        SiteExportOptions options;
        options.attachmentLoader = [&](const QString &sha) {
            loaded.append(sha);
            return store.value(sha);
        };
        options.privateNames = {u"Claire Martin"_s, u"cmartin"_s};
        const SiteExportResult result = SiteExporter(options).exportTo({seminar, other, secret}, out);
        QVERIFY2(result.ok, qPrintable(result.errorMessage));
        QVERIFY2(!loaded.contains(sha256Of(hidden)), "a members-only or private file was read");

        // The report names what was left out; no written file does.
        QCOMPARE(result.leftOutAttachments.size(), 3);
        QCOMPARE(result.leftOutAttachments.at(0).title, hiddenTitle);
        QVERIFY(result.leftOutAttachments.at(0).membersOnly);
        QVERIFY2(result.leftOutAttachments.at(0).message.contains(u"members only"_s),
                 qPrintable(result.leftOutAttachments.at(0).message));
        QCOMPARE(result.leftOutAttachments.at(1).title, hiddenLinkTitle);
        QCOMPARE(result.leftOutAttachments.at(2).title, u"Photo perdue"_s);
        QVERIFY(!result.leftOutAttachments.at(2).membersOnly);
        QVERIFY2(result.leftOutAttachments.at(2).message.contains(u"missing"_s),
                 qPrintable(result.leftOutAttachments.at(2).message));

        const QStringList files = filesUnder(out);
        QCOMPARE(files, (QStringList{u"files/rencontre-de-lyon-programme-seminaire-ptce.png"_s,
                                     u"files/seminaire-ptce-des-3-et-4-mai-2016-diaporama-v3.pptx"_s,
                                     u"files/seminaire-ptce-des-3-et-4-mai-2016-programme-seminaire-ptce.pdf"_s,
                                     u"index.json"_s, u"rencontre-de-lyon.html"_s,
                                     u"seminaire-ptce-des-3-et-4-mai-2016.html"_s}));
        QCOMPARE(readBytes(out + u"/files/seminaire-ptce-des-3-et-4-mai-2016-programme-seminaire-ptce.pdf"_s), programme);
        QCOMPARE(readBytes(out + u"/files/seminaire-ptce-des-3-et-4-mai-2016-diaporama-v3.pptx"_s), slides);
        QCOMPARE(readBytes(out + u"/files/rencontre-de-lyon-programme-seminaire-ptce.png"_s), photo);
        QCOMPARE(result.written.at(0).attachmentFiles.size(), 2);
        QCOMPARE(result.written.at(0).linkCount, 1);

        // The page ends with its documents: title, type and size, or the link and its address.
        const QString page = readAll(out + u"/seminaire-ptce-des-3-et-4-mai-2016.html"_s);
        verifyWebsiteSubset(page);
        const QString list =
            u"<h2>Documents</h2>\n<ul>\n"
            "<li><a href=\"files/seminaire-ptce-des-3-et-4-mai-2016-programme-seminaire-ptce.pdf\">Programme du "
            "séminaire</a> \u2014 PDF, %1</li>\n"
            "<li><a href=\"files/seminaire-ptce-des-3-et-4-mai-2016-diaporama-v3.pptx\">Diaporama de présentation</a> "
            "\u2014 PPTX, 2,3\u00A0Mo</li>\n"
            "<li><a href=\"https://videos.exemple.fr/table-ronde?t=1&amp;l=fr\">Vidéo de la table ronde</a> \u2014 "
            "https://videos.exemple.fr/table-ronde?t=1&amp;l=fr</li>\n</ul>\n"_s.arg(attachmentSizeText(programme.size(), u"fr"_s));
        QVERIFY2(page.endsWith(list), qPrintable(page.right(800)));

        // The manifest: every written file with its checksum, recomputed here.
        const QJsonObject manifest = QJsonDocument::fromJson(readBytes(out + u"/index.json"_s)).object();
        const QJsonArray entries = manifest.value(u"resources"_s).toArray();
        QCOMPARE(entries.size(), 2);
        const QJsonArray attached = entries.at(0).toObject().value(u"attachments"_s).toArray();
        QCOMPARE(attached.size(), 3);
        QStringList kinds;
        for (const QJsonValue &v : attached) {
            const QJsonObject o = v.toObject();
            kinds.append(o.value(u"kind"_s).toString());
            if (o.contains(u"url"_s)) {
                QCOMPARE(o.value(u"url"_s).toString(), u"https://videos.exemple.fr/table-ronde?t=1&l=fr"_s);
                QVERIFY(!o.contains(u"path"_s));
                continue;
            }
            const QByteArray bytes = readBytes(out + u'/' + o.value(u"path"_s).toString());
            QVERIFY(!bytes.isEmpty());
            QCOMPARE(o.value(u"sha256"_s).toString(), sha256Of(bytes));
            QCOMPARE(qint64(o.value(u"size"_s).toDouble()), qint64(bytes.size()));
            QVERIFY(!o.value(u"title"_s).toString().isEmpty());
        }
        QCOMPARE(kinds, (QStringList{u"programme"_s, u"slides"_s, u"video"_s}));
        QStringList listedFiles;
        for (const QJsonValue &v : manifest.value(u"files"_s).toArray()) {
            const QJsonObject o = v.toObject();
            listedFiles.append(o.value(u"path"_s).toString());
            QCOMPARE(o.value(u"sha256"_s).toString(), sha256Of(readBytes(out + u'/' + o.value(u"path"_s).toString())));
        }
        listedFiles.append(u"index.json"_s);
        listedFiles.sort();
        QCOMPARE(listedFiles, files);

        // Members-only and private: not a byte of them in any file written.
        for (const QString &file : files) {
            const QByteArray bytes = readBytes(out + u'/' + file);
            for (const QString &word : {hiddenTitle, hiddenFile, u"Zorglub"_s, u"zorglub"_s, hiddenLinkTitle, hiddenUrl,
                                        kSecret, u"Photo perdue"_s, u"claire"_s, u"Claire"_s, u"martin"_s}) {
                QVERIFY2(!bytes.contains(word.toUtf8()), qPrintable(file + u": "_s + word));
                QVERIFY2(!file.contains(word), qPrintable(file));
            }
            QVERIFY2(sha256Of(bytes) != sha256Of(hidden), qPrintable(file));
        }

        // The same export again writes the same files, byte for byte (the manifest but its time).
        QHash<QString, QByteArray> first;
        for (const QString &file : files)
            first.insert(file, readBytes(out + u'/' + file));
        const SiteExportResult again = SiteExporter(options).exportTo({seminar, other, secret}, out);
        QVERIFY2(again.ok, qPrintable(again.errorMessage));
        QCOMPARE(filesUnder(out), files);
        for (const QString &file : files) {
            if (file == u"index.json")
                continue;
            QVERIFY2(readBytes(out + u'/' + file) == first.value(file), qPrintable(file));
        }
        QJsonObject before = QJsonDocument::fromJson(first.value(u"index.json"_s)).object();
        QJsonObject after = QJsonDocument::fromJson(readBytes(out + u"/index.json"_s)).object();
        before.remove(u"exported_at"_s);
        after.remove(u"exported_at"_s);
        QCOMPARE(after, before);
    }

    void nothingToExportStillWritesAManifest()
    {
        QTemporaryDir tmp;
        const QString out = tmp.filePath(u"vide"_s);
        const SiteExportResult result = SiteExporter().exportTo({resource(5, kSecret, Status::Published, true)}, out);
        QVERIFY(result.ok);
        QCOMPARE(result.leftOut.size(), 1);
        QCOMPARE(filesUnder(out), QStringList{u"index.json"_s});
        QVERIFY(!readAll(out + u"/index.json"_s).contains(kSecret));
    }
};

QTEST_MAIN(TestSiteExport)
#include "tst_siteexport.moc"
