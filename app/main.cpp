// Placeholder entry point, replaced by the real one (command line + window).
#include <QCoreApplication>
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return 0;
}
