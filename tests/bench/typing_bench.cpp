// CPU per keystroke in the window, with and without suggest mode, run by run-benchmarks.sh next to
// gui-probe (which measures the same from outside, under X).
//
//   byline_typing_bench FILE [CHARS] [--suggest | --apply]
//       types CHARS characters at the end of FILE in a real (offscreen) window, 20 ms apart as a
//       fast typist does, renders and paints included; --suggest with Suggest Changes on, --apply
//       through the session's edit gateway instead of keys. One JSON line: CPU ms per keystroke,
//       how many pages of editor the paints covered (a repainted page per key is a bug), and how
//       long after the last key the preview showed it (budget: 150 ms on a 100,000-word article).
#include "benchwindow.h"

#include <ui/document/articlesession.h>
#include <ui/editor/markdowneditor.h>
#include <ui/preview/previewpane.h>
#include <ui/shell/deskservices.h>
#include <ui/shell/mainwindow.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QPaintEvent>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <optional>
#include <vector>

using namespace Byline::WidgetUi;

namespace {

double cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

// Runs the event loop for `ms` of wall time, as the window idles between two keys.
void idle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Counts the editor's paints and the area they cover, to tell a repainted line from a repainted page.
class PaintCounter final : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
            const QRect rect = static_cast<QPaintEvent *>(event)->rect();
            area += qint64(rect.width()) * rect.height();
        }
        return QObject::eventFilter(watched, event);
    }
    qint64 paints = 0;
    qint64 area = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    const QApplication app(argc, argv);
    QStringList args = QApplication::arguments();
    const bool suggest = args.removeAll(QStringLiteral("--suggest")) > 0;
    const bool viaApply = args.removeAll(QStringLiteral("--apply")) > 0;
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: byline_typing_bench FILE [CHARS] [--suggest | --apply]\n");
        return 2;
    }
    // A copy is typed into: the window saves what is typed, and the next run must find FILE as it was.
    const QTemporaryDir copies;
    const QString copy = copies.filePath(QFileInfo(args[1]).fileName());
    if (!copies.isValid() || !QFile::copy(args[1], copy)) {
        std::fprintf(stderr, "byline_typing_bench: cannot copy %s\n", qPrintable(args[1]));
        return 2;
    }
    DeskServices services;
    MainWindow window(services);
    const MainWindow::Parts &parts = window.parts();
    if (!openInWindow(window, copy))
        return 1;
    window.resize(1400, 900);
    window.show();
    MarkdownEditor *editor = parts.editor;
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    if (suggest)
        parts.session->setSuggesting(true, QStringLiteral("Ed Brooks"));
    idle(1500); // the first render, spelling and layout settle

    const int chars = args.value(2, QStringLiteral("300")).toInt();
    const QString text = QStringLiteral("the quick brown fox jumps ").repeated(chars / 26 + 1).left(chars);
    PaintCounter counter;
    editor->viewport()->installEventFilter(&counter);
    const double before = cpuMs();
    QElapsedTimer sinceKey;
    std::vector<double> keyHandling; // wall ms the editor took to handle each key press
    for (const QChar c : text) {
        sinceKey.start();
        if (viaApply) {
            const int at = editor->textCursor().position();
            parts.session->replace(at, at, QString(c), EditOrigin::Typing);
            idle(20);
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, c == u' ' ? Qt::Key_Space : Qt::Key_A, Qt::NoModifier, QString(c));
        QElapsedTimer handling;
        handling.start();
        QApplication::sendEvent(editor, &press);
        keyHandling.push_back(double(handling.nsecsElapsed()) / 1e6);
        QKeyEvent release(QEvent::KeyRelease, c == u' ' ? Qt::Key_Space : Qt::Key_A, Qt::NoModifier, QString(c));
        QApplication::sendEvent(editor, &release);
        idle(20);
    }
    // The preview has caught up when nothing is left to render or to put on screen.
    while (!parts.preview->isCaughtUp() && sinceKey.elapsed() < 10000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const qint64 catchUp = sinceKey.elapsed();
    idle(1500); // until the last render and paint are done
    const double used = cpuMs() - before;
    std::sort(keyHandling.begin(), keyHandling.end());
    const double keyMedian = keyHandling.empty() ? 0.0 : keyHandling.at(keyHandling.size() / 2);
    const qint64 page = qint64(editor->viewport()->width()) * editor->viewport()->height();
    std::printf("{\"suggest\": %s, \"chars\": %d, \"keystroke_cpu_ms\": %.3f, \"paints\": %lld, \"pages_painted\": "
                "%.1f, \"key_press_median_ms\": %.3f, \"preview_catch_up_ms\": %lld}\n",
                suggest ? "true" : "false", chars, used / chars, counter.paints, double(counter.area) / double(page),
                keyMedian, qlonglong(catchUp));
    return 0;
}
