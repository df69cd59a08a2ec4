#include "text/spellchecker.h"
#include "text/typography.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Actes;

class TstSpellChecker : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void words_data();
    void words();
    void french_data();
    void french();
    void suggestions();
    void suggestionsKeepElisionAndApostrophe();
    void personalDictionaryPersists();
    void ignoreIsForTheSession();
    void english();
    void missingDictionary();
    void languageIsNeverAPath_data();
    void languageIsNeverAPath();
    void availableLanguages();

private:
    bool m_hasFrench = false;
    SpellChecker m_french;   // loaded once for the data-driven rows
};

void TstSpellChecker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ActesTest"_s);
    QCoreApplication::setApplicationName(u"tst_spellchecker"_s);
    m_hasFrench = SpellChecker::availableLanguages().contains(u"fr_FR"_s);
    if (m_hasFrench)
        QVERIFY2(m_french.setLanguage(u"fr_FR"_s), qPrintable(m_french.errorString()));
}

void TstSpellChecker::init()
{
    // Each test starts with no personal dictionary.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
}

void TstSpellChecker::words_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("simple") << u"Le séminaire a réuni"_s
                            << QStringList{u"Le"_s, u"séminaire"_s, u"a"_s, u"réuni"_s};
    QTest::newRow("elision") << u"l’économie, qu'il"_s << QStringList{u"l’économie"_s, u"qu'il"_s};
    QTest::newRow("hyphen") << u"peut-être - non"_s << QStringList{u"peut-être"_s, u"non"_s};
    QTest::newRow("punctuation") << u"«\u00A0ESS\u00A0»\u202F!"_s << QStringList{u"ESS"_s};
    QTest::newRow("numbers") << u"le 1er mai 2024"_s
                             << QStringList{u"le"_s, u"1er"_s, u"mai"_s, u"2024"_s};
    QTest::newRow("url") << u"voir https://www.esss-frannce.org/paage et www.xyzz.fr fin"_s
                         << QStringList{u"voir"_s, u"et"_s, u"fin"_s};
    QTest::newRow("email") << u"écrire à jean.dupontt@exemple.fr"_s
                           << QStringList{u"écrire"_s, u"à"_s};
    QTest::newRow("code") << u"tapez `printff` ici"_s << QStringList{u"tapez"_s, u"ici"_s};
    QTest::newRow("trailing apostrophe") << u"les gens' fin"_s
                                         << QStringList{u"les"_s, u"gens"_s, u"fin"_s};
}

void TstSpellChecker::words()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const TextRange &r : SpellChecker::words(text))
        got.append(text.mid(r.start, r.length));
    QCOMPARE(got, expected);
}

void TstSpellChecker::french_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("correct");
    QTest::newRow("économie") << u"économie"_s << true;
    QTest::newRow("Économie") << u"Économie"_s << true;
    QTest::newRow("économmie") << u"économmie"_s << false;
    QTest::newRow("trés") << u"trés"_s << false;
    QTest::newRow("très") << u"très"_s << true;
    QTest::newRow("l’économie") << u"l’économie"_s << true;
    QTest::newRow("l'économie") << u"l'économie"_s << true;
    QTest::newRow("L’économie") << u"L’économie"_s << true;
    QTest::newRow("l’économmie") << u"l’économmie"_s << false;
    QTest::newRow("qu’il") << u"qu’il"_s << true;
    QTest::newRow("aujourd’hui") << u"aujourd’hui"_s << true;
    QTest::newRow("aujourd'hui") << u"aujourd'hui"_s << true;
    QTest::newRow("jusqu’à") << u"jusqu’à"_s << true;
    QTest::newRow("lorsqu’elle") << u"lorsqu’elle"_s << true;
    QTest::newRow("puisqu’on") << u"puisqu’on"_s << true;
    QTest::newRow("d’ESS") << u"d’ESS"_s << true;
    QTest::newRow("l’ESSS acronym") << u"l’PTCE"_s << true;
    QTest::newRow("peut-être") << u"peut-être"_s << true;
    QTest::newRow("va-t-il") << u"va-t-il"_s << true;
    QTest::newRow("économie-sociale") << u"économie-sociale"_s << true;
    QTest::newRow("économie-socciale") << u"économie-socciale"_s << false;
    QTest::newRow("ESS") << u"ESS"_s << true;
    QTest::newRow("PTCE") << u"PTCE"_s << true;
    QTest::newRow("XYZQ") << u"XYZQ"_s << true;
    QTest::newRow("Xyzq") << u"Xyzq"_s << false;
    QTest::newRow("2024") << u"2024"_s << true;
    QTest::newRow("1er") << u"1er"_s << true;
    QTest::newRow("œuvre") << u"œuvre"_s << true;
}

void TstSpellChecker::french()
{
    if (!m_hasFrench)
        QSKIP("The French Hunspell dictionary (hunspell-fr) is not installed.");
    QFETCH(QString, word);
    QFETCH(bool, correct);
    QVERIFY(m_french.isValid());
    QCOMPARE(m_french.isCorrect(word), correct);
    // The cached answer is the same.
    QCOMPARE(m_french.isCorrect(word), correct);
}

void TstSpellChecker::suggestions()
{
    if (!m_hasFrench)
        QSKIP("The French Hunspell dictionary (hunspell-fr) is not installed.");
    SpellChecker checker;
    QVERIFY(checker.setLanguage(u"fr_FR"_s));
    const QStringList s = checker.suggestions(u"économmie"_s);
    QVERIFY2(s.contains(u"économie"_s), qPrintable(s.join(u", "_s)));
    QVERIFY(checker.suggestions(u"trés"_s).contains(u"très"_s));
    QVERIFY(checker.suggestions(u"trés"_s, 3).size() <= 3);
}

void TstSpellChecker::suggestionsKeepElisionAndApostrophe()
{
    if (!m_hasFrench)
        QSKIP("The French Hunspell dictionary (hunspell-fr) is not installed.");
    SpellChecker checker;
    QVERIFY(checker.setLanguage(u"fr_FR"_s));
    const QStringList s = checker.suggestions(u"l’économmie"_s);
    QVERIFY2(s.contains(u"l’économie"_s), qPrintable(s.join(u", "_s)));
    for (const QString &w : s)
        QVERIFY2(!w.contains(u'\''), qPrintable(w));
}

void TstSpellChecker::personalDictionaryPersists()
{
    if (!m_hasFrench)
        QSKIP("The French Hunspell dictionary (hunspell-fr) is not installed.");
    const QString word = u"Intercommunalitéss"_s;
    const QString path = SpellChecker::personalDictionaryPath(u"fr_FR"_s);
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)));
    {
        SpellChecker checker;
        QVERIFY(checker.setLanguage(u"fr_FR"_s));
        QVERIFY(!checker.isCorrect(word));
        QVERIFY(checker.addToPersonalDictionary(word));
        QVERIFY(checker.isCorrect(word));
        QVERIFY(checker.addToPersonalDictionary(u"tiers-lieuxx"_s));
    }
    QVERIFY(QFile::exists(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    QVERIFY(content.contains(word));
    SpellChecker second;
    QVERIFY(second.setLanguage(u"fr_FR"_s));
    QVERIFY(second.isCorrect(word));
    QVERIFY(second.isCorrect(u"tiers-lieuxx"_s));
    QCOMPARE(second.personalWords(), (QStringList{word, u"tiers-lieuxx"_s}));
    // Per language: the English checker does not know it.
    SpellChecker english;
    if (english.setLanguage(u"en_US"_s))
        QVERIFY(!english.isCorrect(word));
}

void TstSpellChecker::ignoreIsForTheSession()
{
    if (!m_hasFrench)
        QSKIP("The French Hunspell dictionary (hunspell-fr) is not installed.");
    SpellChecker checker;
    QVERIFY(checker.setLanguage(u"fr_FR"_s));
    QVERIFY(!checker.isCorrect(u"Carassoo"_s));
    checker.ignoreWord(u"Carassoo"_s);
    QVERIFY(checker.isCorrect(u"Carassoo"_s));
    SpellChecker other;
    QVERIFY(other.setLanguage(u"fr_FR"_s));
    QVERIFY(!other.isCorrect(u"Carassoo"_s));
}

void TstSpellChecker::english()
{
    SpellChecker checker;
    if (!checker.setLanguage(u"en_US"_s))
        QSKIP("The English Hunspell dictionary (hunspell-en-us) is not installed.");
    QVERIFY(checker.isCorrect(u"color"_s));
    QVERIFY(checker.isCorrect(u"don’t"_s));
    QVERIFY(!checker.isCorrect(u"colr"_s));
    QVERIFY(checker.suggestions(u"colr"_s).contains(u"color"_s));
}

void TstSpellChecker::missingDictionary()
{
    SpellChecker checker;
    QVERIFY(!checker.setLanguage(u"xx_YY"_s));
    QVERIFY(!checker.isValid());
    QVERIFY(checker.errorString().contains(u"xx_YY"_s));
    QVERIFY(checker.errorString().contains(u"hunspell"_s, Qt::CaseInsensitive));
    // Without a dictionary every word passes and there are no suggestions.
    QVERIFY(checker.isCorrect(u"zzzqqq"_s));
    QVERIFY(checker.suggestions(u"zzzqqq"_s).isEmpty());
}

void TstSpellChecker::languageIsNeverAPath_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("parent") << u"../evil"_s;
    QTest::newRow("deeper") << u"../../dicts/../evil"_s;
    QTest::newRow("slash") << u"fr_FR/../../evil"_s;
    QTest::newRow("absolute") << u"/tmp/evil"_s;
    QTest::newRow("dot dot") << u".."_s;
    QTest::newRow("backslash") << u"..\\evil"_s;
    QTest::newRow("nul") << u"fr_FR\u0000/../evil"_s;
    QTest::newRow("empty") << QString();
}

// Issue #10, item 5: the spelling language comes from the library file; it never names a
// file outside the dictionary folders, and the personal dictionary never leaves its folder.
void TstSpellChecker::languageIsNeverAPath()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A dictionary outside the dictionary folder, that a "../" would reach.
    QVERIFY(QDir().mkpath(dir.filePath(u"dicts"_s)));
    for (const auto &[name, content] : {std::pair{u"evil.aff"_s, QByteArray("SET UTF-8\n")},
                                        std::pair{u"evil.dic"_s, QByteArray("1\nzorglubien\n")}}) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QByteArray previous = qgetenv("ACTES_HUNSPELL_PATH");
    qputenv("ACTES_HUNSPELL_PATH", QFile::encodeName(dir.filePath(u"dicts"_s)));
    const auto restore = qScopeGuard([&previous] { qputenv("ACTES_HUNSPELL_PATH", previous); });
    if (language == u"/tmp/evil")
        language = dir.filePath(u"evil"_s);

    QVERIFY(!SpellChecker::isValidLanguageCode(language));
    QVERIFY(SpellChecker::personalDictionaryPath(language).isEmpty());
    SpellChecker checker;
    QVERIFY(!checker.setLanguage(language));
    QVERIFY(!checker.isValid());
    QVERIFY2(checker.errorString().contains(u"not a language code"_s), qPrintable(checker.errorString()));
    QVERIFY(!checker.addToPersonalDictionary(u"motdepasse"_s));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), (QStringList{u"evil.aff"_s, u"evil.dic"_s}));
    QVERIFY(!QFileInfo::exists(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)));

    // Real codes still work.
    for (const QString &good : {u"fr"_s, u"fr_FR"_s, u"en_US"_s, u"de_DE_frami"_s, u"ca_ES-valencia"_s})
        QVERIFY2(SpellChecker::isValidLanguageCode(good), qPrintable(good));
}

void TstSpellChecker::availableLanguages()
{
    const QStringList languages = SpellChecker::availableLanguages();
    if (!m_hasFrench)
        QSKIP("The French Hunspell dictionary (hunspell-fr) is not installed.");
    QVERIFY(languages.contains(u"fr_FR"_s));
    QVERIFY(!languages.contains(u"fr_FR.aff"_s));
    SpellChecker checker;
    QVERIFY(checker.setLanguage(u"fr"_s));
    QCOMPARE(checker.language(), u"fr_FR"_s);
}

QTEST_GUILESS_MAIN(TstSpellChecker)
#include "tst_spellchecker.moc"
