#pragma once

// Installs the compiled translation of a language (the build's .qm files, as the application
// embeds them) for tests that check wording: "fr" or "en" (English plural forms).
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace Actes::Test {

class ScopedTranslation
{
public:
    explicit ScopedTranslation(const QString &language)
        : m_previousLocale(QLocale())
    {
        if (!m_translator.load(u"actes_"_s + language, QStringLiteral(ACTES_QM_DIR)))
            qFatal("The translation %s was not built in %s", qPrintable(language), ACTES_QM_DIR);
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(language == u"fr" ? QLocale::French : QLocale::English,
                                    language == u"fr" ? QLocale::France : QLocale::UnitedStates));
    }
    ~ScopedTranslation()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_previousLocale);
    }
    ScopedTranslation(const ScopedTranslation &) = delete;
    ScopedTranslation &operator=(const ScopedTranslation &) = delete;

private:
    QLocale m_previousLocale;
    QTranslator m_translator;
};

} // namespace Actes::Test
