#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class Hunspell;

namespace Actes {

using namespace Qt::StringLiterals;

struct TextRange;

// Spell checking with Hunspell and the system's dictionaries (Debian: hunspell-fr gives
// /usr/share/hunspell/fr_FR.aff|.dic, hunspell-en-us en_US.aff|.dic).
//
// What is never reported as a misspelling: words with a digit (2024, 1er), all-capital
// acronyms of two letters or more (ESS, PTCE), words of the personal dictionary and the
// words ignored in this session. French elisions are checked with both apostrophes (’ and ')
// and, failing that, without the elided prefix (l’ d’ qu’ n’ s’ c’ j’ m’ t’ jusqu’ lorsqu’
// puisqu’ quoiqu’ presqu’); a hyphenated compound is correct when the dictionary knows it
// or all its parts. URLs, e-mail addresses and `code` are not words (see words()).
//
// The personal dictionary is one UTF-8 file per language, one word per line:
// QStandardPaths::AppConfigLocation + "/personal-<language>.dic", read by setLanguage().
//
// One SpellChecker can serve several editors (results are cached); not thread-safe.
class SpellChecker
{
    Q_DECLARE_TR_FUNCTIONS(SpellChecker)
public:
    SpellChecker();
    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    // Loads the dictionary of a language ("fr_FR", "en_US"; "fr" picks fr_FR). On failure,
    // returns false, keeps no dictionary (isValid() is false) and errorString() says why.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }
    bool isValid() const { return m_hunspell != nullptr; }
    // Why there is no dictionary (a complete, translated sentence), empty when valid.
    QString errorString() const { return m_error; }

    // True for correct and ignored words, and always when there is no dictionary.
    bool isCorrect(const QString &word);
    // Replacements, best first (at most `max`), with the apostrophe of the word (’ or ').
    QStringList suggestions(const QString &word, int max = 8);

    // Adds a word to the personal dictionary of the current language (saved at once).
    // False with errorString() when the file cannot be written (the word is still accepted
    // for this session).
    bool addToPersonalDictionary(const QString &word);
    QStringList personalWords() const;
    // Accepts a word until the application quits.
    void ignoreWord(const QString &word);

    // The personal dictionary file of a language; empty for a value that is not a language code.
    static QString personalDictionaryPath(const QString &language);
    // A language code such as "fr", "fr_FR" or "ca_ES-valencia": letters, digits, '_' and '-'
    // only (never "../" nor "/"). setLanguage() refuses anything else.
    static bool isValidLanguageCode(const QString &language);
    // Languages with a dictionary installed ("en_US", "fr_FR", ...), sorted.
    static QStringList availableLanguages();
    // Folders searched for <language>.aff / .dic: $ACTES_HUNSPELL_PATH (colon-separated),
    // the "hunspell" folders of the generic data locations, /usr/share/hunspell,
    // /usr/share/myspell and /usr/share/myspell/dicts.
    static QStringList dictionaryDirectories();

    // The words of a text to check: runs of letters and digits, joined by an apostrophe
    // (’ or ') or a hyphen between letters; URLs, e-mail addresses and `code` are skipped.
    static QList<TextRange> words(const QString &text);

private:
    bool checkWord(const QString &word);
    bool hunspellSpell(const QString &word);
    QStringList hunspellSuggest(const QString &word);
    QByteArray encode(const QString &word, bool *ok) const;
    QString decode(const std::string &bytes) const;
    bool isFrench() const { return m_language.startsWith(u"fr"_s); }

    std::unique_ptr<Hunspell> m_hunspell;
    QString m_language;
    QString m_error;
    QByteArray m_encoding;   // the dictionary's SET, e.g. "UTF-8", "ISO8859-1"
    QHash<QString, bool> m_cache;
    QSet<QString> m_personal;
    QSet<QString> m_ignored;
};

} // namespace Actes
