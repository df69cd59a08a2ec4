// The `actes` executable: the window without a command, the command line with one.
#include "cli/commandline.h"
#include "domain/appinfo.h"
#include "guiapp.h"
#include "settings/interfacelanguage.h"
#include "settings/settings.h"

#include <QGuiApplication>
#include <QTextStream>

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

    // Messages in the interface language of the settings, as in the window ("system" by default).
    Actes::installInterfaceTranslators(Actes::Settings::shared().language());

    QTextStream out(stdout);
    QTextStream err(stderr);
    Actes::CommandLine cli(out, err);
    return cli.run(invocation);
}
