// How long the spelling context menu takes to open, run by run-benchmarks.sh.
//
//   byline_menu_bench FILE [WORDS]   opens the menu of the first WORDS misspelled words of FILE in a
//                                    real (offscreen) window, as a right-click does; one JSON line
#include "benchwindow.h"

#include <ui/document/articlesession.h>
#include <ui/editor/markdowneditor.h>
#include <ui/editor/markdownhighlighter.h>
#include <ui/shell/deskservices.h>
#include <ui/shell/mainwindow.h>
#include <ui/spelling/spellcontroller.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QMenu>
#include <QStandardPaths>
#include <QTextBlock>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

using namespace Byline::WidgetUi;

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    const QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: byline_menu_bench FILE [WORDS]\n");
        return 2;
    }
    DeskServices services;
    MainWindow window(services);
    const MainWindow::Parts &parts = window.parts();
    if (!openInWindow(window, args[1]))
        return 1;
    window.show();
    MarkdownEditor *editor = parts.editor;
    const SpellController *spelling = parts.spelling;
    while (!spelling->isChecking())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);

    const int wanted = args.value(2, QStringLiteral("60")).toInt();
    std::vector<double> opening;
    QSet<QString> seen;
    for (QTextBlock block = editor->document()->firstBlock(); block.isValid() && int(opening.size()) < wanted;
         block = block.next()) {
        for (const auto &word : editor->highlighter()->misspellingsOf(block)) {
            const int position = int(block.position() + word.start);
            const QString text = block.text().mid(word.start, word.length);
            if (seen.contains(text))
                continue; // a word met before: suggestions would come from a warmed-up Hunspell
            seen.insert(text);
            QElapsedTimer timer;
            timer.start();
            // As the editor's right-click does: the standard entries, and what the features add.
            const std::unique_ptr<QMenu> menu(editor->createStandardContextMenu());
            editor->contextMenu().contribute(menu.get(), position);
            menu->popup(window.mapToGlobal(QPoint(100, 100)));
            opening.push_back(double(timer.nsecsElapsed()) / 1e6);
            menu->close();
            QApplication::processEvents();
            break;
        }
    }
    std::sort(opening.begin(), opening.end());
    const auto at = [&opening](double fraction) {
        return opening.empty() ? 0.0 : opening[size_t(double(opening.size() - 1) * fraction)];
    };
    std::printf(
        "{\"file\": \"%s\", \"menus\": %zu, \"open_ms_p50\": %.1f, \"open_ms_p95\": %.1f, \"open_ms_max\": %.1f}\n",
        qPrintable(args[1]), opening.size(), at(0.5), at(0.95), at(1.0));
    return 0;
}
