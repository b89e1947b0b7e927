#pragma once

// The window the benchmarks that measure it open, as the program makes one.
#include <ui/document/articlesession.h>
#include <ui/shell/mainwindow.h>

#include <QApplication>

#include <optional>

// Opens `path` in `window` and waits until its text is in; false when it cannot be opened.
inline bool openInWindow(Byline::WidgetUi::MainWindow &window, const QString &path)
{
    std::optional<bool> opened;
    window.parts().session->open(path, [&opened](bool ok) { opened = ok; });
    while (!opened)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return *opened;
}
