// `byline-desk`: the window. Started by `byline [FILE|FOLDER]`.
#include <markdown/boundedrender.h>

#include <QApplication>
#include <QTimer>

#include <cstdlib>
#include <memory>

#include <mainwindow.h>
#include <stallmonitor.h>

namespace {

int runWindow(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Byline"));
    QApplication::setOrganizationName(QStringLiteral("Byline"));
    QApplication::setApplicationVersion(QStringLiteral(BYLINE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.byline.Byline"));

    std::unique_ptr<Byline::WidgetUi::StallMonitor> stalls;
    if (Byline::WidgetUi::StallMonitor::requested())
        stalls = std::make_unique<Byline::WidgetUi::StallMonitor>();
    Byline::WidgetUi::MainWindow window;
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() > 1)
        window.openPath(arguments.at(1));
    else if (!window.restoreLastSession())
        window.openSampleLibrary();
    window.show();
    // Once the window is up: text a crashed or killed session left unsaved.
    QTimer::singleShot(0, &window, &Byline::WidgetUi::MainWindow::offerRecovery);
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    const int code = runWindow(argc, argv);
    // An abandoned render (a document too complex to preview) may still be running; cmark cannot
    // be interrupted, so leave without waiting for it. Everything the user wrote is saved by now.
    if (Byline::Core::BoundedRender::running() > 0)
        std::_Exit(code);
    return code;
}
