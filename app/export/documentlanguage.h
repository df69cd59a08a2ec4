#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace Actes {

using namespace Qt::StringLiterals;

class ResourceRepository;

// The language the exported documents — the proceedings (PDF, print) and the website export —
// are written in: the library's document language, French unless the library (or `--lang` on
// the command line) says otherwise, whatever the interface language or the process locale.
//
// It translates the exporters' own strings with the translation compiled into the application
// (:/i18n/actes_<code>.qm), independently of the translators installed for the interface, and
// gives the QLocale for dates and sorting. Copyable; read-only after construction, so an export
// thread may use it.
class DocumentLanguage
{
    Q_DECLARE_TR_FUNCTIONS(Actes::DocumentLanguage)

public:
    DocumentLanguage() : DocumentLanguage(defaultCode()) {}   // French
    explicit DocumentLanguage(const QString &code);

    QString code() const { return m_code; }      // "fr" or "en"
    QLocale locale() const;
    QString bcp47() const;                       // "fr-FR", "en-GB": the PDF's /Lang and dc:language

    // Like QCoreApplication::translate(), in this language (%n and %Ln replaced by n).
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const;

    static QString defaultCode() { return u"fr"_s; }
    static QStringList codes() { return {u"fr"_s, u"en"_s}; }
    static bool isValidCode(const QString &code) { return codes().contains(code); }
    // "Français", "English": each language in its own words.
    static QString nativeName(const QString &code);

    // The document language stored in the library ("document/language"); an absent, unreadable
    // or unknown value gives French.
    static QString libraryCode(const ResourceRepository *library);
    // Stores it in the library (throws LibraryError when the library cannot be written).
    // An unknown code is refused with std::invalid_argument; the library is not changed.
    static void setLibraryCode(ResourceRepository *library, const QString &code);
    static constexpr const char *LibraryKey = "document/language";

private:
    QString m_code;
    std::shared_ptr<const QTranslator> m_translator;   // null when there is none (English, the source)
};

} // namespace Actes
