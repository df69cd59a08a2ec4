// End-to-end tests of the `actes` command line, through QProcess on the built binary. The
// tests with a `backend` column run the same body on a SQLite file and on a PostgreSQL
// database of a throwaway server started once for this executable (clitest.h).
#include "clitest.h"
#include "storage/libraryopener.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

using namespace CliTest;

class TestCli : public CliTest::Harness
{
    Q_OBJECT

private:
    // A fresh library holding the two resources of the fixture: its location, the meeting and the note.
    struct Library
    {
        QString db, meeting, note;
    };
    Library freshLibrary(const QString &name)
    {
        const QString db = freshLocation(name);
        const Run r = actes({u"--db"_s, db, u"import-site"_s, fixture(u"two-resources.txt"_s)});
        if (r.exitCode != 0)
            qWarning() << r.err;
        QString meeting, note;
        for (const auto &v : listJson(db)) {
            const QJsonObject o = v.toObject();
            (o[u"private"_s].toBool() ? note : meeting) = QString::number(o[u"id"_s].toInteger());
        }
        return {db, meeting, note};
    }

    // Read straight from the library, after the process has ended.
    static Actes::Resource stored(const QString &db, const QString &id)
    {
        auto repo = Actes::openLibrary(db, Actes::LibraryLocation::Mode::ReadOnly);
        return repo->loadResource(id.toLongLong()).value_or(Actes::Resource());
    }
    static qsizetype revisionCount(const QString &db, const QString &id)
    {
        auto repo = Actes::openLibrary(db, Actes::LibraryLocation::Mode::ReadOnly);
        return repo->revisions(id.toLongLong()).size();
    }

    static QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        if (!p.waitForFinished(60000))
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(ACTES_BINARY)));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void versionAndHelp()
    {
        Run r = actes({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"actes "_s));
        QVERIFY(r.out.trimmed().split(u' ').last().contains(u'.'));

        r = actes({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const auto &cmd : {u"import-site"_s, u"list"_s, u"show"_s, u"--db"_s})
            QVERIFY2(r.out.contains(cmd), qPrintable(cmd));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
        QTest::newRow("unknown option") << QStringList{u"--frob"_s, u"list"_s};
        QTest::newRow("db without path") << QStringList{u"--db"_s};
        QTest::newRow("list extra argument") << QStringList{u"list"_s, u"foo"_s};
        QTest::newRow("list unknown flag") << QStringList{u"list"_s, u"--xml"_s};
        QTest::newRow("show without id") << QStringList{u"show"_s};
        QTest::newRow("show non-numeric id") << QStringList{u"show"_s, u"abc"_s};
        QTest::newRow("import without file") << QStringList{u"import-site"_s};
    }
    void badUsage()
    {
        QFETCH(QStringList, args);
        QStringList full{u"--db"_s, m_dir.filePath(u"usage.actes"_s)};
        if (args.first().startsWith(u"--"_s))
            full.clear();
        const Run r = actes(full + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(u"actes: "_s), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void importListShow_data() { backendRows(); }
    void importListShow()
    {
        const QString db = freshLocation(u"lib.actes"_s);
        Run r = actes({u"--db"_s, db, u"import-site"_s, fixture(u"two-resources.txt"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QRegularExpression(u"\\b2 (new|created)\\b"_s)), qPrintable(r.out));
        if (!onServer())
            QVERIFY(QFile::exists(db));

        const QJsonArray list = listJson(db);
        QCOMPARE(list.size(), 2);
        // Exactly the documented keys.
        const QStringList expectedKeys{u"attendance"_s, u"date_end"_s, u"date_start"_s, u"id"_s,
                                       u"participants"_s, u"partners"_s, u"place"_s, u"private"_s,
                                       u"private_confirmed"_s, u"status"_s, u"summary_html"_s, u"title"_s, u"type"_s};
        QJsonObject meeting, note;
        for (const auto &v : list) {
            const QJsonObject o = v.toObject();
            QStringList keys = o.keys();
            keys.sort();
            QCOMPARE(keys, expectedKeys);
            (o[u"private"_s].toBool() ? note : meeting) = o;
        }
        QCOMPARE(meeting[u"title"_s].toString(),
                 u"Rencontre régionale « Tiers-lieux et coopération » du 30 juin au 2 juillet 2015"_s);
        QCOMPARE(meeting[u"date_start"_s].toString(), u"2015-06-30"_s);
        QCOMPARE(meeting[u"date_end"_s].toString(), u"2015-07-02"_s);
        QCOMPARE(meeting[u"type"_s].toString(), u"Compte rendu"_s);
        QCOMPARE(meeting[u"status"_s].toString(), u"draft"_s);
        QVERIFY(meeting[u"private_confirmed"_s].toBool());
        QVERIFY(meeting[u"attendance"_s].isNull());
        QVERIFY(meeting[u"summary_html"_s].toString().contains(u"l’ESS"_s));
        QCOMPARE(note[u"type"_s].toString(), u"Note interne"_s);
        QCOMPARE(note[u"date_start"_s].toString(), u"2015-12-15"_s);
        QCOMPARE(note[u"date_end"_s].toString(), u"2015-12-15"_s);

        // show --json adds the body, with the list items and French text intact, and the
        // attachments (none here).
        const QString id = QString::number(meeting[u"id"_s].toInteger());
        r = actes({u"--db"_s, db, u"show"_s, id, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.size(), expectedKeys.size() + 2);
        QVERIFY(shown[u"attachments"_s].isArray() && shown[u"attachments"_s].toArray().isEmpty());
        const QString body = shown[u"body_html"_s].toString();
        QVERIFY2(body.contains(u"<li>l’œuvre collective des habitants.</li>"_s), qPrintable(body));
        QVERIFY(body.contains(u"<ul>"_s));

        // Plain output is a readable table and a readable record.
        r = actes({u"--db"_s, db, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"Tiers-lieux"_s));
        QVERIFY(r.out.contains(u"2015-06-30 → 2015-07-02"_s));
        r = actes({u"--db"_s, db, u"show"_s, id});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"l’œuvre collective des habitants."_s));

        // A second import changes nothing.
        const QJsonArray before = listJson(db);
        r = actes({u"--db"_s, db, u"import-site"_s, fixture(u"two-resources.txt"_s)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QRegularExpression(u"\\b0 (new|created)\\b"_s)) && r.out.contains(u"0 updated"_s)
                     && r.out.contains(u"2 unchanged"_s), qPrintable(r.out));
        QCOMPARE(listJson(db), before);
    }

    // A resource whose export said nothing of its privacy is treated as private by every public
    // channel: the command line says so instead of printing "Private: no".
    void unconfirmedPrivacyIsShownAsSuch_data() { backendRows(); }
    void unconfirmedPrivacyIsShownAsSuch()
    {
        QFile source(fixture(u"two-resources.txt"_s));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QString dump = QString::fromUtf8(source.readAll());
        const qsizetype at = dump.indexOf(u"Ressource privée\nNon\n"_s);
        QVERIFY(at > 0);
        dump.remove(at, u"Ressource privée\nNon\n"_s.size());
        const QString dumpPath = outputPath(u"unconfirmed.txt"_s);
        QFile out(dumpPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(dump.toUtf8());
        out.close();

        const QString db = freshLocation(u"unconfirmed.actes"_s);
        Run r = actes({u"--db"_s, db, u"import-site"_s, dumpPath});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString id;
        for (const auto &v : listJson(db)) {
            const QJsonObject o = v.toObject();
            if (!o[u"private"_s].toBool()) {
                QVERIFY(!o[u"private_confirmed"_s].toBool());
                id = QString::number(o[u"id"_s].toInteger());
            }
        }
        QVERIFY(!id.isEmpty());
        r = actes({u"--db"_s, db, u"show"_s, id});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Private: not confirmed (treated as private)"_s), qPrintable(r.out));
    }

    void showMissing_data() { backendRows(); }
    void showMissing()
    {
        const QString db = freshLocation(u"missing.actes"_s);
        const Run r = actes({u"--db"_s, db, u"show"_s, u"9999"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith(u"actes: "_s));
        QVERIFY(r.err.contains(u"9999"_s));
    }

    void badImportLeavesLibraryUnchanged_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QStringList>("files");
        for (const QString &backend : backends()) {
            const auto row = [&](const char *name, const QStringList &files) {
                QTest::addRow("%s: %s", qPrintable(backend), name) << backend << files;
            };
            row("not an export", {fixture(u"not-an-export.txt"_s)});
            row("binary", {fixture(u"garbage.bin"_s)});
            row("missing file", {m_dir.filePath(u"nope.txt"_s)});
            row("good then bad", {fixture(u"two-resources.txt"_s), fixture(u"garbage.bin"_s)});
        }
    }
    void badImportLeavesLibraryUnchanged()
    {
        QFETCH(QStringList, files);
        const QString db = freshLocation(u"bad-import.actes"_s);
        // A library with one resource already in it.
        QCOMPARE(actes({u"--db"_s, db, u"import-site"_s, fixture(u"two-resources.txt"_s)}).exitCode, 0);
        const QJsonArray before = listJson(db);
        QCOMPARE(before.size(), 2);

        const Run r = actes(QStringList{u"--db"_s, db, u"import-site"_s} + files);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(u"actes: "_s), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);   // one line
        QCOMPARE(listJson(db), before);
    }

    void foreignFileIsRefusedUntouched_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("random bytes") << fixture(u"garbage.bin"_s);
        QTest::newRow("text file") << fixture(u"not-an-export.txt"_s);
        QTest::newRow("fake sqlite header") << fixture(u"fake.actes"_s);
    }
    void foreignFileIsRefusedUntouched()
    {
        QFETCH(QString, source);
        const QString db = m_dir.filePath(u"foreign.actes"_s);
        QFile::remove(db);
        QVERIFY(QFile::copy(source, db));
        const QByteArray before = fileHash(db);
        const Run r = actes({u"--db"_s, db, u"list"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(u"actes: "_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"foreign.actes"_s), qPrintable(r.err));   // names the file
        QCOMPARE(fileHash(db), before);
        QVERIFY(!QFile::exists(db + u"-wal"_s) || QFileInfo(db + u"-wal"_s).size() == 0);
    }

    void environmentSelectsLibrary_data() { backendRows(); }
    void environmentSelectsLibrary()
    {
        const QString db = freshLocation(u"from-env.actes"_s);
        QProcessEnvironment env;
        env.insert(u"ACTES_DB"_s, db);
        const Run r = actes({u"import-site"_s, fixture(u"two-resources.txt"_s)}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        if (!onServer())
            QVERIFY(QFile::exists(db));
        QCOMPARE(listJson(db).size(), 2);
    }

    void defaultLibraryInAppData()
    {
        const Run r = actes({u"list"_s});
        QCOMPARE(r.exitCode, 0);
        // Created under the (test) XDG data home, not anywhere else.
        QVERIFY(QFile::exists(m_dir.filePath(u"home/data/RTES/Actes/library.actes"_s)));
    }

    void checkCommand_data() { backendRows(); }
    void checkCommand()
    {
        const auto [db, meeting, note] = freshLibrary(u"check.actes"_s);
        QVERIFY(!meeting.isEmpty() && !note.isEmpty());

        // The fixture is ready to publish: exit 0, a readable report.
        Run r = actes({u"--db"_s, db, u"check"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"2 resources checked"_s), qPrintable(r.out));

        // Without an event date the meeting has a blocking problem: exit 1.
        QCOMPARE(actes({u"--db"_s, db, u"set"_s, meeting, u"date_start="_s}).exitCode, 0);
        r = actes({u"--db"_s, db, u"check"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        QJsonParseError error;
        const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(array.size(), 2);
        bool sawDate = false;
        for (const auto &v : array) {
            const QJsonObject o = v.toObject();
            QStringList keys = o.keys();
            keys.sort();
            QCOMPARE(keys, (QStringList{u"id"_s, u"problems"_s, u"title"_s}));
            QVERIFY(o[u"problems"_s].isArray());
            for (const auto &p : o[u"problems"_s].toArray()) {
                const QJsonObject problem = p.toObject();
                QStringList pkeys = problem.keys();
                pkeys.sort();
                QCOMPARE(pkeys, (QStringList{u"field"_s, u"level"_s, u"message"_s}));
                QVERIFY(problem[u"level"_s] == u"blocking"_s || problem[u"level"_s] == u"warning"_s);
                QVERIFY(!problem[u"message"_s].toString().isEmpty());
                if (QString::number(o[u"id"_s].toInteger()) == meeting && problem[u"field"_s] == u"date"_s) {
                    QCOMPARE(problem[u"level"_s].toString(), u"blocking"_s);
                    sawDate = true;
                }
            }
            if (QString::number(o[u"id"_s].toInteger()) == note)
                QCOMPARE(o[u"problems"_s].toArray().size(), 0);
        }
        QVERIFY(sawDate);
        r = actes({u"--db"_s, db, u"check"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"blocking (Date)"_s), qPrintable(r.out));

        // --ids restricts the check; an unknown id is a failure, a malformed one bad usage.
        r = actes({u"--db"_s, db, u"check"_s, u"--ids"_s, note, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
        r = actes({u"--db"_s, db, u"check"_s, u"--ids"_s, note + u",9999"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(u"actes: "_s) && r.err.contains(u"9999"_s), qPrintable(r.err));
        QCOMPARE(actes({u"--db"_s, db, u"check"_s, u"--ids"_s, u"un,deux"_s}).exitCode, 2);
        QCOMPARE(actes({u"--db"_s, db, u"check"_s, u"--ids"_s}).exitCode, 2);
    }

    // The text report names fields as the window does, in the user's language; --json keeps
    // the keys. Counts are singular or plural as the language wants ("1 resource", "0 ressource").
    void checkPrintsFieldLabelsAndCounts_data() { backendRows(); }
    void checkPrintsFieldLabelsAndCounts()
    {
        const QString db = freshLocation(u"labels.actes"_s);
        {
            auto repo = Actes::openLibrary(db);
            Actes::Resource r;
            r.title = u"Sans rien"_s;      // no type, date, confirmed privacy, summary nor body
            repo->createResource(r);
        }
        QProcessEnvironment french;
        french.insert(u"LC_ALL"_s, u"fr_FR.UTF-8"_s);
        french.insert(u"LANG"_s, u"fr_FR.UTF-8"_s);

        Run r = actes({u"--db"_s, db, u"check"_s});
        QCOMPARE(r.exitCode, 1);
        for (const QString &label : {u"(Type)"_s, u"(Date)"_s, u"(Private)"_s, u"(Summary)"_s, u"(Body)"_s})
            QVERIFY2(r.out.contains(u"blocking "_s + label), qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"(private)"_s) && !r.out.contains(u"(summary)"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"1 resource checked"_s), qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"(s)"_s), qPrintable(r.out));

        r = actes({u"--db"_s, db, u"check"_s}, french);
        QCOMPARE(r.exitCode, 1);
        for (const QString &label : {u"(Type)"_s, u"(Date)"_s, u"(Privée)"_s, u"(Résumé)"_s, u"(Corps)"_s})
            QVERIFY2(r.out.contains(u"bloquant "_s + label), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"1 ressource vérifiée"_s), qPrintable(r.out));

        r = actes({u"--db"_s, db, u"check"_s, u"--json"_s}, french);
        QStringList fields;
        for (const auto &p : QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject()[u"problems"_s].toArray())
            fields << p.toObject()[u"field"_s].toString();
        QVERIFY2(fields.contains(u"private"_s) && fields.contains(u"summary"_s), qPrintable(fields.join(u',')));

        r = actes({u"--db"_s, db, u"list"_s});
        QVERIFY2(r.out.contains(u"1 resource."_s), qPrintable(r.out));
        r = actes({u"--db"_s, db, u"list"_s}, french);
        QVERIFY2(r.out.contains(u"1 ressource."_s), qPrintable(r.out));
    }

    void statusCommand_data() { backendRows(); }
    void statusCommand()
    {
        const auto [db, meeting, note] = freshLibrary(u"status.actes"_s);
        QCOMPARE(actes({u"--db"_s, db, u"set"_s, meeting, u"type="_s}).exitCode, 0);   // a blocking problem

        // Approving is refused like in the window: exit 1, one "actes: " line per problem.
        Run r = actes({u"--db"_s, db, u"status"_s, meeting, u"approved"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        const QStringList lines = r.err.trimmed().split(u'\n');
        for (const QString &line : lines)
            QVERIFY2(line.startsWith(u"actes: "_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"type"_s, Qt::CaseInsensitive), qPrintable(r.err));
        QCOMPARE(showJson(db, meeting)[u"status"_s].toString(), u"draft"_s);

        // Once fixed it goes through, with the author and the comment in the history.
        QCOMPARE(actes({u"--db"_s, db, u"set"_s, meeting, u"type=Compte rendu"_s}).exitCode, 0);
        QCOMPARE(actes({u"--db"_s, db, u"status"_s, meeting, u"review"_s}, asUser(u"camille"_s)).exitCode, 0);
        r = actes({u"--db"_s, db, u"status"_s, meeting, u"approved"_s, u"--comment"_s, u"Relu, prêt à publier"_s},
                  asUser(u"dominique"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"Approved"_s));
        QCOMPARE(showJson(db, meeting)[u"status"_s].toString(), u"approved"_s);

        r = actes({u"--db"_s, db, u"status"_s, meeting});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Status: Approved"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Draft → In review, by camille"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"In review → Approved, by dominique: Relu, prêt à publier"_s), qPrintable(r.out));

        // The same status again changes nothing.
        r = actes({u"--db"_s, db, u"status"_s, meeting, u"approved"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"nothing changed"_s));

        // Bad usage and unknown resources.
        QCOMPARE(actes({u"--db"_s, db, u"status"_s, meeting, u"frobbed"_s}).exitCode, 2);
        QCOMPARE(actes({u"--db"_s, db, u"status"_s}).exitCode, 2);
        QCOMPARE(actes({u"--db"_s, db, u"status"_s, meeting, u"--comment"_s, u"x"_s}).exitCode, 2);
        r = actes({u"--db"_s, db, u"status"_s, u"9999"_s, u"draft"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith(u"actes: "_s));
    }

    void setCommand_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QStringList>("pairs");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("key");        // JSON key checked afterwards ("" = none)
        QTest::addColumn<QVariant>("expected");  // its value (null QVariant = JSON null)
        QTest::addColumn<QStringList>("setup");  // pairs set before (by another author)

        const auto row = [](const char *name, QStringList pairs, int exitCode, QString key = {}, QVariant expected = {},
                            QStringList setup = {}) {
            for (const QString &backend : backends())
                QTest::addRow("%s: %s", qPrintable(backend), name) << backend << pairs << exitCode << key << expected << setup;
        };
        row("title", {u"title=  Rencontre « bilan » 2015  "_s}, 0, u"title"_s, u"Rencontre « bilan » 2015"_s);
        row("title empty", {u"title="_s}, 2);
        row("type known, any case", {u"type=note INTERNE"_s}, 0, u"type"_s, u"Note interne"_s);
        row("type unknown", {u"type=Gazette"_s}, 2);
        row("type new", {u"type=Gazette"_s, u"--new-type"_s}, 0, u"type"_s, u"Gazette"_s);
        row("type cleared", {u"type="_s}, 0, u"type"_s, u""_s);
        row("private true", {u"private=true"_s}, 0, u"private"_s, true);
        row("private bad", {u"private=maybe"_s}, 2);
        row("date_start moves a one-day event", {u"date_start=2016-05-03"_s}, 0, u"date_end"_s, u"2016-05-03"_s,
            {u"date_end="_s});
        row("date_start after the end: end follows", {u"date_start=2016-05-03"_s}, 0, u"date_end"_s, u"2016-05-03"_s);
        row("date_start inside the range keeps the end", {u"date_start=2015-07-01"_s}, 0, u"date_end"_s, u"2015-07-02"_s);
        row("date_end makes a range", {u"date_end=2015-07-05"_s}, 0, u"date_end"_s, u"2015-07-05"_s);
        row("date_end empty: one day", {u"date_end="_s}, 0, u"date_end"_s, u"2015-06-30"_s);
        row("date_start empty clears both", {u"date_start="_s}, 0, u"date_end"_s, QVariant());
        row("date bad month", {u"date_start=2016-13-01"_s}, 2);
        row("date French format", {u"date_start=03/05/2016"_s}, 2);
        row("end before start", {u"date_start=2016-05-03"_s, u"date_end=2016-05-01"_s}, 1);
        row("end before stored start", {u"date_end=2015-01-01"_s}, 1);
        row("place", {u"place=Maison de l’ESS, Lyon"_s}, 0, u"place"_s, u"Maison de l’ESS, Lyon"_s);
        row("attendance", {u"attendance=1 200"_s}, 0, u"attendance"_s, 1200);
        row("attendance cleared", {u"attendance="_s}, 0, u"attendance"_s, QVariant(), {u"attendance=80"_s});
        row("attendance 0 is unknown", {u"attendance=0"_s}, 0, u"attendance"_s, QVariant(), {u"attendance=80"_s});
        row("attendance negative", {u"attendance=-3"_s}, 2);
        row("attendance words", {u"attendance=beaucoup"_s}, 2);
        row("several at once", {u"place=Dijon"_s, u"attendance=35"_s}, 0, u"attendance"_s, 35);
        row("no pair", {}, 2);
        row("unknown key", {u"colour=blue"_s}, 2);
        row("not key=value", {u"title"_s}, 2);
        row("key twice", {u"place=A"_s, u"place=B"_s}, 2);
    }
    void setCommand()
    {
        QFETCH(QStringList, pairs);
        QFETCH(int, exitCode);
        QFETCH(QString, key);
        QFETCH(QVariant, expected);
        QFETCH(QStringList, setup);

        const auto [db, meeting, note] = freshLibrary(u"set.actes"_s);
        if (!setup.isEmpty())
            QCOMPARE(actes(QStringList{u"--db"_s, db, u"set"_s, meeting} + setup, asUser(u"setup"_s)).exitCode, 0);
        const QJsonObject before = showJson(db, meeting);
        const qsizetype revisionsBefore = revisionCount(db, meeting);

        const Run r = actes(QStringList{u"--db"_s, db, u"set"_s, meeting} + pairs, asUser(u"script"_s));
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.out + r.err));
        if (exitCode != 0) {
            QVERIFY2(r.err.startsWith(u"actes: "_s), qPrintable(r.err));
            QCOMPARE(showJson(db, meeting), before);   // nothing changed
            QCOMPARE(revisionCount(db, meeting), revisionsBefore);
            return;
        }
        const QJsonObject after = showJson(db, meeting);
        if (expected.isValid())
            QCOMPARE(after[key].toVariant(), expected);
        else
            QVERIFY2(after[key].isNull(), qPrintable(key));
        // Exactly one new revision, by the $USER author.
        QCOMPARE(revisionCount(db, meeting), revisionsBefore + 1);
        auto repo = Actes::openLibrary(db, Actes::LibraryLocation::Mode::ReadOnly);
        QCOMPARE(repo->revisions(meeting.toLongLong()).constFirst().author, u"script"_s);
    }

    void setPrivateConfirms_data() { backendRows(); }
    void setPrivateConfirms()
    {
        const auto [db, meeting, note] = freshLibrary(u"confirm.actes"_s);
        // Make it unconfirmed first, as a resource typed in by hand would be.
        {
            auto repo = Actes::openLibrary(db);
            Actes::Resource r = *repo->loadResource(meeting.toLongLong());
            r.privateConfirmed = false;
            repo->saveResource(r);
        }
        Run r = actes({u"--db"_s, db, u"check"_s, u"--ids"_s, meeting, u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(u"\"private\""_s));
        // Setting the value it already has still counts as confirming it.
        r = actes({u"--db"_s, db, u"set"_s, meeting, u"private=false"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(stored(db, meeting).privateConfirmed);
        QVERIFY(!stored(db, meeting).isPrivate);
        QCOMPARE(actes({u"--db"_s, db, u"check"_s, u"--ids"_s, meeting}).exitCode, 0);
        // Several revisions by different people: one each.
        const qsizetype count = revisionCount(db, meeting);
        QCOMPARE(actes({u"--db"_s, db, u"set"_s, meeting, u"place=Lyon"_s}, asUser(u"ana"_s)).exitCode, 0);
        QCOMPARE(actes({u"--db"_s, db, u"set"_s, meeting, u"place=Dijon"_s}, asUser(u"bob"_s)).exitCode, 0);
        QCOMPARE(revisionCount(db, meeting), count + 2);
        // The values it already has: nothing written.
        const Run same = actes({u"--db"_s, db, u"set"_s, meeting, u"place=Dijon"_s}, asUser(u"chris"_s));
        QCOMPARE(same.exitCode, 0);
        QVERIFY(same.out.contains(u"nothing changed"_s));
        QCOMPARE(revisionCount(db, meeting), count + 2);
    }

    // Issue #10, item 1: unconfirmed privacy is private on every public channel, and the
    // listings of what was left out say why.
    void unconfirmedPrivacyIsLeftOutAndSaidSo_data() { backendRows(); }
    void unconfirmedPrivacyIsLeftOutAndSaidSo()
    {
        const auto [db, meeting, note] = freshLibrary(u"unconfirmed.actes"_s);
        QCOMPARE(actes({u"--db"_s, db, u"status"_s, meeting, u"approved"_s}).exitCode, 0);
        {
            // Approved earlier, then its confirmation lost (an older library, a restored revision).
            auto repo = Actes::openLibrary(db);
            Actes::Resource r = *repo->loadResource(meeting.toLongLong());
            r.privateConfirmed = false;
            repo->saveResource(r);
        }
        const QString pdf = outputPath(u"unconfirmed.pdf"_s);
        Run r = actes({u"--db"_s, db, u"export-pdf"_s, u"--out"_s, pdf, u"--ids"_s, meeting + u',' + note});
        QVERIFY2(r.out.contains(u"privacy not confirmed"_s) && r.out.contains(u"Tiers-lieux"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"is private"_s) && r.out.contains(u"Note interne du bureau"_s), qPrintable(r.out));
        QCOMPARE(r.exitCode, 1);   // nothing left to publish
        QVERIFY(!QFile::exists(pdf));

        const QString out = outputPath(u"unconfirmed-site"_s);
        r = actes({u"--db"_s, db, u"export-site"_s, u"--out"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"privacy not confirmed"_s) && r.out.contains(u"Tiers-lieux"_s), qPrintable(r.out));
        QCOMPARE(QDir(out).entryList(QDir::Files), QStringList{u"index.json"_s});

        // Once confirmed, it goes out.
        QCOMPARE(actes({u"--db"_s, db, u"set"_s, meeting, u"private=false"_s}).exitCode, 0);
        r = actes({u"--db"_s, db, u"export-pdf"_s, u"--out"_s, pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.out.contains(u"privacy not confirmed"_s), qPrintable(r.out));
    }

    // Issue #10, item 2: a re-import never makes a resource made private here public again.
    void reimportKeepsLocalPrivacy_data() { backendRows(); }
    void reimportKeepsLocalPrivacy()
    {
        const auto [db, meeting, note] = freshLibrary(u"reimport.actes"_s);
        QCOMPARE(actes({u"--db"_s, db, u"set"_s, meeting, u"private=true"_s}).exitCode, 0);
        const Run r = actes({u"--db"_s, db, u"import-site"_s, fixture(u"two-resources.txt"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"stays private"_s) && r.out.contains(u"local choice was kept"_s), qPrintable(r.out));
        QVERIFY(stored(db, meeting).isPrivate);
        QVERIFY(stored(db, meeting).privateConfirmed);
    }

    // Issue #10, item 10: the new website export is on the disk (its files, its folders and the
    // rename) before the earlier export is removed. Every call is recorded by a preloaded library.
    void exportSiteIsSyncedBeforeTheEarlierOneGoes_data() { backendRows(); }
    void exportSiteIsSyncedBeforeTheEarlierOneGoes()
    {
        const auto [db, meeting, note] = freshLibrary(u"sync.actes"_s);
        QCOMPARE(actes({u"--db"_s, db, u"status"_s, meeting, u"approved"_s}).exitCode, 0);
        QVERIFY(QDir().mkpath(outputPath(u"sync-parent"_s)));
        const QString parent = QFileInfo(outputPath(u"sync-parent"_s)).canonicalFilePath();   // as /proc shows it
        const QString out = parent + u"/site"_s;
        QCOMPARE(actes({u"--db"_s, db, u"export-site"_s, u"--out"_s, out}).exitCode, 0);   // the earlier export

        const QString log = outputPath(u"sync.log"_s);
        QFile::remove(log);
        QProcessEnvironment env;
        env.insert(u"LD_PRELOAD"_s, QStringLiteral(ACTES_SYNCSHIM));
        env.insert(u"ACTES_SYNC_LOG"_s, log);
        const Run r = actes({u"--db"_s, db, u"export-site"_s, u"--out"_s, out}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        QFile file(log);
        QVERIFY2(file.open(QIODevice::ReadOnly), "the preloaded library recorded nothing");
        struct Call
        {
            QString op, a, b;
        };
        QList<Call> calls;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QList<QByteArray> f = line.split('\t');
            if (f.size() == 3)
                calls.append({QString::fromUtf8(f[0]), QString::fromUtf8(f[1]), QString::fromUtf8(f[2])});
        }
        // The rename of the new export into place, and the first removal inside the earlier one.
        qsizetype into = -1, firstRemoval = -1;
        QString temp;
        for (qsizetype i = 0; i < calls.size(); ++i) {
            const Call &c = calls.at(i);
            if (c.op == u"rename" && c.b == out && c.a.contains(u"/.actes-site-"_s) && !c.a.contains(u"-old-"_s)) {
                into = i;
                temp = c.a;
            }
            if (c.op == u"unlink" && c.a.contains(u"/.actes-site-old-"_s) && firstRemoval < 0)
                firstRemoval = i;
        }
        QVERIFY2(into >= 0, "the new export was not renamed into place");
        QVERIFY2(firstRemoval > into, "the earlier export was not removed after the new one was in place");
        const auto synced = [&](const QString &path, qsizetype from, qsizetype to) {
            for (qsizetype i = from; i < to; ++i) {
                if (calls.at(i).op == u"fsync" && calls.at(i).a == path)
                    return true;
            }
            return false;
        };
        QDirIterator it(out, QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString relative = QDir(out).relativeFilePath(it.next());
            QVERIFY2(synced(temp + u'/' + relative, 0, into), qPrintable(relative + u" was not synced"_s));
            ++files;
        }
        QCOMPARE(files, 2);   // index.json and the resource
        QVERIFY2(synced(temp, 0, into), "the new folder was not synced before the rename");
        QVERIFY2(synced(parent, into, firstRemoval), "the rename was not synced before the earlier export was removed");
    }

    void exportPdfCommand_data() { backendRows(); }
    void exportPdfCommand()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty() || QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
            QSKIP("poppler-utils (pdftotext, pdfinfo) are not installed");
        const auto [db, meeting, note] = freshLibrary(u"pdf.actes"_s);
        const QString pdf = outputPath(u"actes.pdf"_s);

        Run r = actes({u"--db"_s, db, u"export-pdf"_s, u"--out"_s, pdf, u"--title"_s, u"Actes 2015"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(pdf));
        QVERIFY2(r.out.contains(u"Note interne du bureau"_s), qPrintable(r.out));   // reported as left out
        QVERIFY2(r.out.contains(QRegularExpression(u"\\d+ page"_s)), qPrintable(r.out));
        QProcess info;
        info.start(u"pdfinfo"_s, {pdf});
        QVERIFY(info.waitForFinished(60000));
        const QRegularExpressionMatch pages =
            QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(QString::fromUtf8(info.readAllStandardOutput()));
        QVERIFY(pages.hasMatch());
        QVERIFY(pages.captured(1).toInt() > 0);
        QVERIFY2(r.out.contains(pages.captured(1) + u" page"_s), qPrintable(r.out));
        QString text = pdfText(pdf);
        QVERIFY(text.contains(u"Actes 2015"_s));
        QVERIFY(text.contains(u"Tiers-lieux"_s));
        QVERIFY2(!text.contains(u"confidentiel"_s), "a private resource is in the public edition");

        // The internal edition has it; --ids chooses; --pdfa is accepted.
        const QString internal = outputPath(u"interne.pdf"_s);
        r = actes({u"--db"_s, db, u"export-pdf"_s, u"--out"_s, internal, u"--include-private"_s, u"--pdfa"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(pdfText(internal).contains(u"confidentiel"_s));
        const QString one = outputPath(u"one.pdf"_s);
        r = actes({u"--db"_s, db, u"export-pdf"_s, u"--out"_s, one, u"--ids"_s, meeting});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!pdfText(one).contains(u"confidentiel"_s));

        // Bad usage.
        QCOMPARE(actes({u"--db"_s, db, u"export-pdf"_s}).exitCode, 2);
        QCOMPARE(actes({u"--db"_s, db, u"export-pdf"_s, u"--out"_s}).exitCode, 2);
        QCOMPARE(actes({u"--db"_s, db, u"export-pdf"_s, u"--out"_s, pdf, u"--colour"_s}).exitCode, 2);
        r = actes({u"--db"_s, db, u"export-pdf"_s, u"--out"_s, pdf, u"--ids"_s, u"9999"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith(u"actes: "_s));
    }

    void exportSiteCommand_data() { backendRows(); }
    void exportSiteCommand()
    {
        const auto [db, meeting, note] = freshLibrary(u"site.actes"_s);
        const QString out = outputPath(u"site"_s);
        QCOMPARE(actes({u"--db"_s, db, u"status"_s, meeting, u"approved"_s}).exitCode, 0);
        QCOMPARE(actes({u"--db"_s, db, u"status"_s, note, u"approved"_s}).exitCode, 0);   // private, approved

        Run r = actes({u"--db"_s, db, u"export-site"_s, u"--out"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Note interne du bureau"_s) && r.out.contains(u"private"_s), qPrintable(r.out));
        QStringList files;
        QDirIterator it(out, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            files.append(QDir(out).relativeFilePath(path));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray data = f.readAll();
            QVERIFY2(!data.contains("confidentiel") && !data.contains("Note interne du bureau"), qPrintable(path));
        }
        files.sort();
        QCOMPARE(files, (QStringList{u"index.json"_s,
                                     u"rencontre-regionale-tiers-lieux-et-cooperation-du-30-juin-au-2-juillet-2015.html"_s}));
        QFile manifest(QDir(out).filePath(u"index.json"_s));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QJsonArray resources = QJsonDocument::fromJson(manifest.readAll()).object()[u"resources"_s].toArray();
        QCOMPARE(resources.size(), 1);
        QCOMPARE(resources.at(0).toObject()[u"status"_s].toString(), u"approved"_s);
        QVERIFY(resources.at(0).toObject()[u"revision"_s].toInt() >= 2);

        // A public draft is left out and reported; the export is replaced as a whole.
        QCOMPARE(actes({u"--db"_s, db, u"set"_s, note, u"private=false"_s}).exitCode, 0);
        QCOMPARE(actes({u"--db"_s, db, u"status"_s, meeting, u"draft"_s}).exitCode, 0);
        r = actes({u"--db"_s, db, u"export-site"_s, u"--out"_s, out, u"--ids"_s, meeting});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"not approved"_s), qPrintable(r.out));
        QCOMPARE(QDir(out).entryList(QDir::Files), QStringList{u"index.json"_s});

        // A folder that is not an earlier export is refused untouched.
        const QString foreign = outputPath(u"mes-documents"_s);
        QVERIFY(QDir().mkpath(foreign));
        QFile keep(foreign + u"/garder.txt"_s);
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.close();
        r = actes({u"--db"_s, db, u"export-site"_s, u"--out"_s, foreign});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith(u"actes: "_s));
        QCOMPARE(QDir(foreign).entryList(QDir::Files), QStringList{u"garder.txt"_s});
        QCOMPARE(actes({u"--db"_s, db, u"export-site"_s}).exitCode, 2);
    }

    void setCheckedConfirmsTheImport_data() { backendRows(); }
    void setCheckedConfirmsTheImport()
    {
        const auto [db, meeting, note] = freshLibrary(u"checked.actes"_s);
        const QString doubt = u"Les limites de ce compte rendu ont été devinées ; vérifiez le début et la fin."_s;
        {
            auto repo = Actes::openLibrary(db);
            Actes::Resource r = *repo->loadResource(meeting.toLongLong());
            r.needsReview = true;
            r.reviewNote = doubt;
            repo->saveResource(r);
        }
        // What the importer was unsure of blocks, with its note as the message.
        Run r = actes({u"--db"_s, db, u"check"_s, u"--ids"_s, meeting, u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray problems = QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject()[u"problems"_s].toArray();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).toObject()[u"field"_s].toString(), u"import"_s);
        QCOMPARE(problems.at(0).toObject()[u"level"_s].toString(), u"blocking"_s);
        QCOMPARE(problems.at(0).toObject()[u"message"_s].toString(), doubt);
        r = actes({u"--db"_s, db, u"status"_s, meeting, u"approved"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(doubt), qPrintable(r.err));

        QCOMPARE(actes({u"--db"_s, db, u"set"_s, meeting, u"checked=peut-être"_s}).exitCode, 2);
        QVERIFY(stored(db, meeting).needsReview);
        r = actes({u"--db"_s, db, u"set"_s, meeting, u"checked=true"_s}, asUser(u"relectrice"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!stored(db, meeting).needsReview);
        QVERIFY(stored(db, meeting).reviewNote.isEmpty());
        QCOMPARE(actes({u"--db"_s, db, u"check"_s, u"--ids"_s, meeting}).exitCode, 0);
        QCOMPARE(actes({u"--db"_s, db, u"status"_s, meeting, u"approved"_s}).exitCode, 0);
        // checked=false marks it to check again (and the approval goes back to review).
        r = actes({u"--db"_s, db, u"set"_s, meeting, u"checked=false"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(stored(db, meeting).needsReview);
        QCOMPARE(stored(db, meeting).status, Actes::Status::InReview);
    }

    void exportSiteRerunsTheChecks_data() { backendRows(); }
    void exportSiteRerunsTheChecks()
    {
        const auto [db, meeting, note] = freshLibrary(u"recheck.actes"_s);
        const QString out = outputPath(u"site-recheck"_s);
        QCOMPARE(actes({u"--db"_s, db, u"status"_s, meeting, u"approved"_s}).exitCode, 0);
        // Approved, then broken by a writer that does not apply the rule (an older Actes, a
        // library approved before a check existed): the export runs the checks again.
        {
            auto repo = Actes::openLibrary(db);
            Actes::Resource r = *repo->loadResource(meeting.toLongLong());
            r.summaryHtml.clear();
            repo->saveResource(r);
            QCOMPARE(repo->loadResource(meeting.toLongLong())->status, Actes::Status::Approved);
        }
        const Run r = actes({u"--db"_s, db, u"export-site"_s, u"--out"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"no longer passes the checks before publishing: The summary is missing."_s),
                 qPrintable(r.out));
        QCOMPARE(QDir(out).entryList(QDir::Files), QStringList{u"index.json"_s});
        QFile manifest(QDir(out).filePath(u"index.json"_s));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(manifest.readAll()).object()[u"resources"_s].toArray().size(), 0);
    }

    void helpListsTheNewCommands()
    {
        const Run r = actes({u"--help"_s});
        for (const auto &cmd : {u"check"_s, u"status"_s, u"set ID"_s, u"export-pdf"_s, u"export-site"_s, u"--include-private"_s,
                                u"copy-library DEST"_s, u"postgresql://"_s, u"host=/"_s, u"sslmode"_s, u"PGPASSWORD"_s,
                                u"~/.pgpass"_s})
            QVERIFY2(r.out.contains(cmd), qPrintable(cmd));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
