#include "settings/interfacelanguage.h"

#include "settings/settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Actes {

QString installInterfaceTranslators(const QString &languageSetting)
{
    const QString language = Settings::effectiveLanguage(languageSetting, QLocale::system().name());
    QCoreApplication *app = QCoreApplication::instance();
    app->setProperty("actesLanguage", language);   // the preferences compare with it
    if (language != u"fr") {
        // English is the source language; its translation only holds the plural forms.
        auto *plurals = new QTranslator(app);
        if (plurals->load(u":/i18n/actes_en.qm"_s))
            QCoreApplication::installTranslator(plurals);
        return language;
    }
    auto *qt = new QTranslator(app);
    if (qt->load(u"qtbase_fr"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *actes = new QTranslator(app);
    if (actes->load(u":/i18n/actes_fr.qm"_s))
        QCoreApplication::installTranslator(actes);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    return language;
}

} // namespace Actes
