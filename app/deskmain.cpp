// `byline-desk`: the window. Started by `byline [--new | --open-library | --suggest] [FILE|FOLDER]`;
// the first two options are the desktop file's actions "New Article" and "Open Library"; the third
// opens an article for review with Suggest Changes on.
#include <i18n/translations.h>
#include <markdown/boundedrender.h>
#include <ui/common/stallmonitor.h>
#include <ui/library/articleactions.h>
#include <ui/library/librarycontroller.h>
#include <ui/review/reviewcontroller.h>
#include <ui/shell/deskservices.h>
#include <ui/shell/mainwindow.h>
#include <ui/shell/recoveryoffer.h>

#include <QApplication>
#include <QIcon>
#include <QTimer>

#include <cstdlib>
#include <memory>

namespace {

int runWindow(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Byline"));
    QApplication::setOrganizationName(QStringLiteral("Byline"));
    QApplication::setApplicationVersion(QStringLiteral(BYLINE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(BYLINE_APP_ID));
    // The installed icon (hicolor), for window managers that show one per window.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(BYLINE_APP_ID)));
    Byline::Core::Translations::install(&app);

    std::unique_ptr<Byline::WidgetUi::StallMonitor> stalls;
    if (Byline::WidgetUi::StallMonitor::requested())
        stalls = std::make_unique<Byline::WidgetUi::StallMonitor>();
    QStringList paths = QApplication::arguments().mid(1);
    const bool newArticle = paths.removeAll(QStringLiteral("--new")) > 0;
    const bool chooseLibrary = paths.removeAll(QStringLiteral("--open-library")) > 0;
    const bool suggest = paths.removeAll(QStringLiteral("--suggest")) > 0;

    Byline::WidgetUi::DeskServices services;
    Byline::WidgetUi::MainWindow window(services);
    Byline::WidgetUi::LibraryController *library = window.parts().libraryController;
    if (!paths.isEmpty())
        window.openPath(paths.constFirst());
    else if (!window.restoreLastSession())
        library->openSampleLibrary();
    window.show();
    // Once the window is up: text a crashed or killed session left unsaved, then what was asked.
    QTimer::singleShot(0, &window, [&window] { Byline::WidgetUi::offerRecovery(window); });
    if (newArticle)
        QTimer::singleShot(0, &window, [library] { library->articles().chooseNewArticle(); });
    else if (chooseLibrary)
        QTimer::singleShot(0, &window, [library] { library->chooseFolderToOpen(); });
    if (suggest)
        QTimer::singleShot(0, &window, [&window] { window.parts().review->setSuggesting(true); });
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
