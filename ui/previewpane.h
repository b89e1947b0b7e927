#pragma once

#include <markdown/renderer.h>

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTextBrowser>
#include <QTimer>

#include <functional>

namespace Byline::WidgetUi {

// The live preview: renders Markdown on a worker thread, debounced so typing never waits, and
// shows the result without losing the reader's scroll position. A render that overruns
// BoundedRender's limit is reported as too complex instead of freezing anything.
class PreviewPane final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPane)

public:
    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    struct Source
    {
        QString markdown;
        int firstLine = 1; // the line of the file the Markdown starts on
    };

    // Queues a render of `markdown` whose first line is line `firstLine` of the file.
    void setMarkdown(const QString &markdown, int firstLine);
    // Queues a render of whatever `source` returns when the debounce expires, so a keystroke
    // costs nothing here but restarting a timer: the editor's text is copied once per render.
    void setSource(std::function<Source()> source);
    void sourceChanged();
    // Renders now, skipping the debounce; for opening a file.
    void renderNow(const QString &markdown, int firstLine);

    [[nodiscard]] bool isRendering() const { return m_watcher.isRunning(); }
    [[nodiscard]] const Core::RenderResult &lastResult() const { return m_lastResult; }

Q_SIGNALS:
    void rendered(const Byline::Core::RenderResult &result);
    void tooComplex();

private:
    void queue(const QString &markdown, int firstLine);
    [[nodiscard]] bool canStartRender() const;
    void startRender();
    void showResult();
    void checkOverrun();

    QFutureWatcher<Core::RenderResult> m_watcher;
    QTimer m_debounce;
    QTimer m_overrun;
    QElapsedTimer m_renderClock;
    std::function<Source()> m_source;
    QString m_pendingMarkdown;
    int m_pendingFirstLine = 1;
    bool m_hasPending = false;
    bool m_pullFromSource = false; // the pending text is to be asked of m_source
    bool m_reportedOverrun = false;
    Core::RenderResult m_lastResult;
};

} // namespace Byline::WidgetUi
