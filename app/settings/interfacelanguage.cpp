#include "settings/interfacelanguage.h"

#include "settings/settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Actes {

QString installInterfaceTranslators(const QString &languageSetting)
{
    const QString language = Settings::effectiveLanguage(languageSetting, QLocale::system().name());
    QCoreApplication *app = QCoreApplication::instance();
    app->setProperty("actesLanguage", language);   // the preferences compare with it
    if (language != u"fr") {
        // English is the source language; its translation only holds the plural forms.
        auto *plurals = new QTranslator(app);
        if (plurals->load(QStringLiteral(":/i18n/actes_en.qm")))
            QCoreApplication::installTranslator(plurals);
        return language;
    }
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_fr"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *actes = new QTranslator(app);
    if (actes->load(QStringLiteral(":/i18n/actes_fr.qm")))
        QCoreApplication::installTranslator(actes);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    return language;
}

} // namespace Actes
