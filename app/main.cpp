// The `actes` executable: the window without a command, the command line with one.
#include "cli/commandline.h"
#include "domain/appinfo.h"
#include "guiapp.h"

#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

namespace {
// On the command line stderr carries the "actes: " lines scripts read; Qt's own chatter
// (platform plugin notes and the like) is shown only when ACTES_DEBUG is set.
void quietMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg)
        return;
    std::fprintf(stderr, "actes: %s\n", message.toLocal8Bit().constData());
}
} // namespace

int main(int argc, char **argv)
{
    Actes::setApplicationIdentity();

    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const auto invocation = Actes::CommandLine::parse(arguments);
    if (Actes::CommandLine::wantsWindow(invocation))
        return Actes::runGui(argc, argv, invocation.dbPath);

    if (qEnvironmentVariableIsEmpty("ACTES_DEBUG"))
        qInstallMessageHandler(quietMessageHandler);
    // Headless: text layout and PDF writing need a QGuiApplication, but no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    // Messages follow the system language, like the window's default.
    QTranslator qtTranslator, actesTranslator;
    if (QLocale::system().language() == QLocale::French) {
        if (qtTranslator.load(QLocale::system(), QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qtTranslator);
        if (actesTranslator.load(QStringLiteral(":/i18n/actes_fr.qm")))
            QCoreApplication::installTranslator(&actesTranslator);
    } else if (actesTranslator.load(QStringLiteral(":/i18n/actes_en.qm"))) {
        QCoreApplication::installTranslator(&actesTranslator);   // English plural forms only
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    Actes::CommandLine cli(out, err);
    return cli.run(invocation);
}
