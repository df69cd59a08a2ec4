#include "text/spellchecker.h"

#include "text/typography.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTextStream>

#include <hunspell/hunspell.hxx>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

constexpr QChar Apostrophe = u'\'';
constexpr QChar TypographicApostrophe = u'\u2019';

bool isApostrophe(QChar c)
{
    return c == Apostrophe || c == TypographicApostrophe || c == u'\u02BC';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// French elided words, without their apostrophe (longest first).
const QStringList &elidedPrefixes()
{
    static const QStringList prefixes = {u"jusqu"_s, u"lorsqu"_s, u"puisqu"_s, u"quoiqu"_s,
                                         u"presqu"_s, u"quelqu"_s, u"qu"_s, u"l"_s, u"d"_s,
                                         u"n"_s, u"s"_s, u"c"_s, u"j"_s, u"m"_s, u"t"_s};
    return prefixes;
}

// Length of the elided prefix of a word including its apostrophe ("qu’" -> 3), or 0.
int elisionLength(const QString &word)
{
    for (const QString &prefix : elidedPrefixes()) {
        const int n = int(prefix.size());
        if (word.size() > n + 1 && isApostrophe(word.at(n))
            && QStringView(word).left(n).compare(prefix, Qt::CaseInsensitive) == 0)
            return n + 1;
    }
    return 0;
}

bool isAcronym(const QString &word)
{
    int letters = 0;
    for (QChar c : word) {
        if (c.isLower())
            return false;
        if (c.isLetter())
            ++letters;
    }
    return letters >= 2;
}

// The .aff file's "SET" line (the dictionary's encoding); ISO8859-1 when absent.
QByteArray affEncoding(const QString &affPath)
{
    QFile file(affPath);
    if (file.open(QIODevice::ReadOnly)) {
        for (int line = 0; line < 200 && !file.atEnd(); ++line) {
            const QByteArray text = file.readLine().trimmed();
            if (text.startsWith("SET ") || text.startsWith("SET\t"))
                return text.mid(4).trimmed();
        }
    }
    return QByteArrayLiteral("ISO8859-1");
}

// Hunspell writes "ISO8859-15"; Qt knows "ISO-8859-15".
QByteArray qtEncodingName(const QByteArray &hunspellName)
{
    QByteArray name = hunspellName.toUpper();
    if (name.startsWith("ISO8859"))
        name.insert(3, '-');
    if (name == "UTF8")
        name = "UTF-8";
    return name;
}

} // namespace

SpellChecker::SpellChecker() = default;
SpellChecker::~SpellChecker() = default;

QStringList SpellChecker::dictionaryDirectories()
{
    QStringList dirs;
    const QString env = qEnvironmentVariable("ACTES_HUNSPELL_PATH");
    if (!env.isEmpty())
        dirs += env.split(u':', Qt::SkipEmptyParts);
    const QStringList data = QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation);
    for (const QString &d : data)
        dirs += d + u"/hunspell"_s;
    dirs += {u"/usr/share/hunspell"_s, u"/usr/share/myspell"_s, u"/usr/share/myspell/dicts"_s};
    dirs.removeDuplicates();
    return dirs;
}

QStringList SpellChecker::availableLanguages()
{
    QStringList languages;
    for (const QString &dirPath : dictionaryDirectories()) {
        const QDir dir(dirPath);
        const QStringList affs = dir.entryList({u"*.aff"_s}, QDir::Files | QDir::Readable);
        for (const QString &aff : affs) {
            const QString base = aff.chopped(4);
            if (!base.startsWith(u"hyph_"_s) && dir.exists(base + u".dic"_s))
                languages.append(base);
        }
    }
    languages.removeDuplicates();
    languages.sort();
    return languages;
}

bool SpellChecker::isValidLanguageCode(const QString &language)
{
    // "fr", "fr_FR", "de_DE_frami", "ca_ES-valencia": letters, digits, '_' and '-' only, so a
    // value read from a library file can never name another folder ("../", "/").
    static const QRegularExpression code(u"^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{1,8}){0,3}$"_s);
    return code.match(language).hasMatch();
}

QString SpellChecker::personalDictionaryPath(const QString &language)
{
    if (!isValidLanguageCode(language))
        return {};
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + u"/personal-"_s + language + u".dic"_s;
}

bool SpellChecker::setLanguage(const QString &language)
{
    m_hunspell.reset();
    m_cache.clear();
    m_personal.clear();
    m_language = language;
    m_error.clear();
    if (!isValidLanguageCode(language)) {
        m_language.clear();
        m_error = tr("Spelling is not checked: “%1” is not a language code (such as fr_FR).").arg(language);
        return false;
    }

    QStringList candidates{language};
    if (!language.contains(u'_') && language.size() == 2)
        candidates.prepend(language.toLower() + u'_' + language.toUpper());
    QString aff;
    QString dic;
    for (const QString &dirPath : dictionaryDirectories()) {
        for (const QString &name : std::as_const(candidates)) {
            const QString a = dirPath + u'/' + name + u".aff"_s;
            const QString d = dirPath + u'/' + name + u".dic"_s;
            if (QFileInfo(a).isReadable() && QFileInfo(d).isReadable()) {
                aff = a;
                dic = d;
                m_language = name;
                break;
            }
        }
        if (!aff.isEmpty())
            break;
    }
    if (aff.isEmpty()) {
        m_error = tr("Spelling is not checked: no dictionary for the language \u201C%1\u201D was "
                     "found (looked for %1.aff and %1.dic in %2). Install the Hunspell "
                     "dictionary of this language, for example the Debian package hunspell-fr.")
                      .arg(language, dictionaryDirectories().join(u", "_s));
        return false;
    }

    m_encoding = affEncoding(aff);
    if (!QStringEncoder(qtEncodingName(m_encoding).constData()).isValid()) {
        m_error = tr("Spelling is not checked: the dictionary %1 uses the encoding %2, which "
                     "this application cannot read.")
                      .arg(aff, QString::fromLatin1(m_encoding));
        return false;
    }
    m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(),
                                            QFile::encodeName(dic).constData());

    // The personal dictionary.
    QFile file(personalDictionaryPath(m_language));
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        QTextStream in(&file);
        in.setEncoding(QStringConverter::Utf8);
        while (!in.atEnd()) {
            const QString word = in.readLine().trimmed();
            if (word.isEmpty())
                continue;
            m_personal.insert(word);
            bool ok = false;
            const QByteArray bytes = encode(word, &ok);
            if (ok)
                m_hunspell->add(bytes.toStdString());
        }
    }
    return true;
}

QByteArray SpellChecker::encode(const QString &word, bool *ok) const
{
    QStringEncoder encoder(qtEncodingName(m_encoding).constData());
    const QByteArray bytes = encoder.encode(word);
    *ok = !encoder.hasError();
    return bytes;
}

QString SpellChecker::decode(const std::string &bytes) const
{
    QStringDecoder decoder(qtEncodingName(m_encoding).constData());
    return decoder.decode(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
}

bool SpellChecker::hunspellSpell(const QString &word)
{
    bool ok = false;
    const QByteArray bytes = encode(word, &ok);
    return ok && m_hunspell->spell(bytes.toStdString());
}

QStringList SpellChecker::hunspellSuggest(const QString &word)
{
    bool ok = false;
    const QByteArray bytes = encode(word, &ok);
    QStringList result;
    if (!ok)
        return result;
    for (const std::string &s : m_hunspell->suggest(bytes.toStdString()))
        result.append(decode(s));
    return result;
}

bool SpellChecker::checkWord(const QString &word)
{
    if (word.isEmpty())
        return true;
    if (std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); }))
        return true;
    if (isAcronym(word))
        return true;
    if (m_personal.contains(word) || m_ignored.contains(word))
        return true;
    if (hunspellSpell(word))
        return true;
    // Both apostrophes: dictionaries differ in the one they know.
    const bool hasApostrophe = std::any_of(word.cbegin(), word.cend(), isApostrophe);
    if (hasApostrophe) {
        QString straight = word;
        straight.replace(TypographicApostrophe, Apostrophe).replace(u'\u02BC', Apostrophe);
        QString curly = straight;
        curly.replace(Apostrophe, TypographicApostrophe);
        if ((straight != word && hunspellSpell(straight)) || (curly != word && hunspellSpell(curly)))
            return true;
        if (isFrench()) {
            const int n = elisionLength(word);
            if (n > 0)
                return checkWord(word.mid(n));
        }
    }
    if (word.contains(u'-')) {
        const QStringList parts = word.split(u'-', Qt::SkipEmptyParts);
        if (parts.size() > 1
            && std::all_of(parts.cbegin(), parts.cend(),
                           [this](const QString &part) { return checkWord(part); }))
            return true;
    }
    return false;
}

bool SpellChecker::isCorrect(const QString &word)
{
    if (!m_hunspell)
        return true;
    const auto it = m_cache.constFind(word);
    if (it != m_cache.cend())
        return it.value();
    const bool correct = checkWord(word);
    m_cache.insert(word, correct);
    return correct;
}

QStringList SpellChecker::suggestions(const QString &word, int max)
{
    if (!m_hunspell || word.isEmpty())
        return {};
    QString prefix;
    QString stem = word;
    if (isFrench()) {
        const int n = elisionLength(word);
        if (n > 0 && !checkWord(word.mid(n))) {
            prefix = word.left(n);
            stem = word.mid(n);
        }
    }
    QString asked = stem;
    asked.replace(TypographicApostrophe, Apostrophe);
    QStringList found = hunspellSuggest(asked);
    if (found.isEmpty() && asked != stem)
        found = hunspellSuggest(stem);
    // The apostrophe the author uses (French texts here use ’).
    const bool curly = word.contains(TypographicApostrophe) || (isFrench() && !word.contains(Apostrophe));
    QStringList result;
    for (QString s : std::as_const(found)) {
        if (curly)
            s.replace(Apostrophe, TypographicApostrophe);
        s.prepend(prefix);
        if (s != word && !result.contains(s))
            result.append(s);
        if (result.size() >= max)
            break;
    }
    return result;
}

bool SpellChecker::addToPersonalDictionary(const QString &word)
{
    const QString w = word.trimmed();
    if (w.isEmpty())
        return true;
    m_personal.insert(w);
    m_cache.clear();
    if (m_hunspell) {
        bool ok = false;
        const QByteArray bytes = encode(w, &ok);
        if (ok)
            m_hunspell->add(bytes.toStdString());
    }
    const QString path = personalDictionaryPath(m_language);
    if (path.isEmpty()) {
        m_error = tr("The word “%1” could not be saved in the personal dictionary: no valid language is set.").arg(w);
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QStringList words = personalWords();
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        file.write(words.join(u'\n').toUtf8());
        file.write("\n");
        if (file.commit())
            return true;
    }
    m_error = tr("The word \u201C%1\u201D could not be saved in the personal dictionary %2: %3.")
                  .arg(w, path, file.errorString());
    return false;
}

QStringList SpellChecker::personalWords() const
{
    QStringList words(m_personal.cbegin(), m_personal.cend());
    words.sort(Qt::CaseInsensitive);
    return words;
}

void SpellChecker::ignoreWord(const QString &word)
{
    m_ignored.insert(word);
    m_cache.remove(word);
}

QList<TextRange> SpellChecker::words(const QString &text)
{
    QList<TextRange> result;
    const QList<TextRange> skipped = protectedRanges(text);
    qsizetype nextSkip = 0;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (nextSkip < skipped.size() && skipped.at(nextSkip).end() <= i)
            ++nextSkip;
        if (nextSkip < skipped.size() && skipped.at(nextSkip).contains(int(i))) {
            i = skipped.at(nextSkip).end();
            continue;
        }
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n) {
            if (isWordChar(text.at(i))) {
                ++i;
            } else if ((isApostrophe(text.at(i)) || text.at(i) == u'-') && i + 1 < n
                       && text.at(i + 1).isLetter()) {
                i += 2;
            } else {
                break;
            }
        }
        result.append({int(start), int(i - start)});
    }
    return result;
}

} // namespace Actes
