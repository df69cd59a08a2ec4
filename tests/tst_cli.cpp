// End-to-end tests of the `actes` command line, through QProcess on the built binary.
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString fixture(const QString &name)
{
    return QStringLiteral(ACTES_TEST_DATA "/cli/") + name;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    Run actes(const QStringList &args, const QProcessEnvironment &extraEnv = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));   // never the user's home
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"home/data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"home/config"_s));
        env.remove(u"ACTES_DB"_s);
        for (const QString &key : extraEnv.keys())
            env.insert(key, extraEnv.value(key));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ACTES_BINARY), args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            return {};
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QJsonArray listJson(const QString &db)
    {
        const Run r = actes({u"--db"_s, db, u"list"_s, u"--json"_s});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(ACTES_BINARY)));
        m_db = m_dir.filePath(u"lib.actes"_s);
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

    void importListShow()
    {
        Run r = actes({u"--db"_s, m_db, u"import-site"_s, fixture(u"two-resources.txt"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QRegularExpression(u"\\b2 (new|created)\\b"_s)), qPrintable(r.out));
        QVERIFY(QFile::exists(m_db));

        const QJsonArray list = listJson(m_db);
        QCOMPARE(list.size(), 2);
        // Exactly the documented keys.
        const QStringList expectedKeys{u"attendance"_s, u"date_end"_s, u"date_start"_s, u"id"_s,
                                       u"participants"_s, u"partners"_s, u"place"_s, u"private"_s,
                                       u"status"_s, u"summary_html"_s, u"title"_s, u"type"_s};
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
        QVERIFY(meeting[u"attendance"_s].isNull());
        QVERIFY(meeting[u"summary_html"_s].toString().contains(u"l’ESS"_s));
        QCOMPARE(note[u"type"_s].toString(), u"Note interne"_s);
        QCOMPARE(note[u"date_start"_s].toString(), u"2015-12-15"_s);
        QCOMPARE(note[u"date_end"_s].toString(), u"2015-12-15"_s);

        // show --json adds the body, with the list items and French text intact.
        const QString id = QString::number(meeting[u"id"_s].toInteger());
        r = actes({u"--db"_s, m_db, u"show"_s, id, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.size(), expectedKeys.size() + 1);
        const QString body = shown[u"body_html"_s].toString();
        QVERIFY2(body.contains(u"<li>l’œuvre collective des habitants.</li>"_s), qPrintable(body));
        QVERIFY(body.contains(u"<ul>"_s));

        // Plain output is a readable table and a readable record.
        r = actes({u"--db"_s, m_db, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"Tiers-lieux"_s));
        QVERIFY(r.out.contains(u"2015-06-30 → 2015-07-02"_s));
        r = actes({u"--db"_s, m_db, u"show"_s, id});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"l’œuvre collective des habitants."_s));

        // A second import changes nothing.
        const QJsonArray before = listJson(m_db);
        r = actes({u"--db"_s, m_db, u"import-site"_s, fixture(u"two-resources.txt"_s)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QRegularExpression(u"\\b0 (new|created)\\b"_s)) && r.out.contains(u"0 updated"_s)
                     && r.out.contains(u"2 unchanged"_s), qPrintable(r.out));
        QCOMPARE(listJson(m_db), before);
    }

    void showMissing()
    {
        const Run r = actes({u"--db"_s, m_db, u"show"_s, u"9999"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith(u"actes: "_s));
        QVERIFY(r.err.contains(u"9999"_s));
    }

    void badImportLeavesLibraryUnchanged_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::newRow("not an export") << QStringList{fixture(u"not-an-export.txt"_s)};
        QTest::newRow("binary") << QStringList{fixture(u"garbage.bin"_s)};
        QTest::newRow("missing file") << QStringList{m_dir.filePath(u"nope.txt"_s)};
        QTest::newRow("good then bad")
            << QStringList{fixture(u"two-resources.txt"_s), fixture(u"garbage.bin"_s)};
    }
    void badImportLeavesLibraryUnchanged()
    {
        QFETCH(QStringList, files);
        const QString db = m_dir.filePath(u"bad-import.actes"_s);
        QFile::remove(db);
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

    void environmentSelectsLibrary()
    {
        const QString db = m_dir.filePath(u"from-env.actes"_s);
        QProcessEnvironment env;
        env.insert(u"ACTES_DB"_s, db);
        const Run r = actes({u"import-site"_s, fixture(u"two-resources.txt"_s)}, env);
        QCOMPARE(r.exitCode, 0);
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
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
