// The reference of bench_startup: the smallest comparable window, a QMainWindow holding a
// QTableView over an empty model, shown. Prints "ready <monotonic ms>" and quits once the
// window is shown and the event loop is idle, exactly as `actes` does with
// ACTES_BENCH_QUIT_WHEN_READY set.
#include <QApplication>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <ctime>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *view = new QTableView(&window);
    auto *model = new QStandardItemModel(0, 2, view);
    view->setModel(model);
    window.setCentralWidget(view);
    window.resize(1200, 800);
    window.show();
    QTimer::singleShot(0, &app, [] {
        timespec ts{};
        clock_gettime(CLOCK_MONOTONIC, &ts);
        std::printf("ready %.3f\n", double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6);
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    return app.exec();
}
