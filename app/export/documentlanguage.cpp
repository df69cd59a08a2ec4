#include "export/documentlanguage.h"

#include "storage/resourcerepository.h"

#include <QHash>
#include <QMutex>
#include <QTranslator>

#include <exception>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

// One translator per language for the whole process, loaded on first use (options are copied
// often: every preview refresh of the export dialog makes one).
std::shared_ptr<const QTranslator> sharedTranslator(const QString &code)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const QTranslator>> translators;
    const QMutexLocker lock(&mutex);
    const auto it = translators.constFind(code);
    if (it != translators.constEnd())
        return *it;
    auto translator = std::make_shared<QTranslator>();
    std::shared_ptr<const QTranslator> loaded;
    if (translator->load(u":/i18n/actes_%1.qm"_s.arg(code)))
        loaded = std::move(translator);
    else if (code != u"en")   // English is the source language: its translation is optional (plurals)
        qWarning("The %s translation of the exported documents is missing.", qPrintable(code));
    translators.insert(code, loaded);
    return loaded;
}

} // namespace

DocumentLanguage::DocumentLanguage(const QString &code)
    : m_code(isValidCode(code) ? code : defaultCode())
{
    m_translator = sharedTranslator(m_code);
}

QLocale DocumentLanguage::locale() const
{
    return m_code == u"en" ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                           : QLocale(QLocale::French, QLocale::France);
}

QString DocumentLanguage::bcp47() const
{
    return m_code == u"en" ? u"en-GB"_s : u"fr-FR"_s;
}

QString DocumentLanguage::translate(const char *context, const char *sourceText, const char *disambiguation,
                                    int n) const
{
    QString text;
    if (m_translator)
        text = m_translator->translate(context, sourceText, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    if (n >= 0) {
        text.replace(u"%Ln"_s, locale().toString(n));
        text.replace(u"%n"_s, QString::number(n));
    }
    return text;
}

QString DocumentLanguage::nativeName(const QString &code)
{
    if (code == u"en")
        return u"English"_s;
    return u"Français"_s;
}

QString DocumentLanguage::libraryCode(const ResourceRepository *library)
{
    if (!library)
        return defaultCode();
    try {
        const QString code = library->libraryValue(QString::fromLatin1(LibraryKey)).trimmed();
        return isValidCode(code) ? code : defaultCode();
    } catch (const std::exception &) {
        return defaultCode();
    }
}

void DocumentLanguage::setLibraryCode(ResourceRepository *library, const QString &code)
{
    if (!isValidCode(code))
        throw std::invalid_argument("unknown document language");
    // A library value: an administrator's to change; the others' choice applies to their export.
    if (library && library->libraryValue(QString::fromLatin1(LibraryKey)) != code
        && roleAtLeast(library->currentMember().role, MemberRole::Admin))
        library->setLibraryValue(QString::fromLatin1(LibraryKey), code);
}

} // namespace Actes
