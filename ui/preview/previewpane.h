#pragma once

#include "previewdocument.h"

#include <markdown/renderer.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTextBrowser>
#include <QTimer>

#include <functional>

namespace Byline::WidgetUi {

// The live preview. Markdown renders on a worker thread, split into top-level blocks; only the
// blocks that changed are replaced in the document, a few milliseconds at a time, so neither
// typing nor scrolling ever waits for it, even in a 100,000-word manuscript. Renders start when
// typing pauses, and at least every so often during long bursts. A render that overruns
// BoundedRender's limit is reported as too complex instead of freezing anything.
//
// The pane follows a file line (scrollToLine) and reports the line at its top when the reader
// scrolls it (topLineChanged), for scroll sync with the editor. Remote images are never fetched:
// a placeholder names their address. Links open only when clicked, in the system browser.
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
    // Queues a render of whatever `source` returns when the render starts, so a keystroke costs
    // nothing here but restarting a timer: the editor's text is copied once per render.
    void setSource(std::function<Source()> source);
    void sourceChanged();
    // Renders now, skipping the wait; for opening a file. The old document is dropped.
    void renderNow(const QString &markdown, int firstLine);
    // Where relative image paths point: the article's folder.
    void setBaseDirectory(const QDir &directory);
    // Sentences and Flesch reading ease cost as much again as counting words; only when shown.
    void setFullStatistics(bool full);
    // A comfortable reading measure in pixels, centred; 0 fills the pane.
    void setMeasure(int pixels);

    void setWordsPerMinute(int words);

    // Puts file line `line` at the top.
    void scrollToLine(int line);
    // If file line `line` is out of sight, brings it to `fraction` of the height (0 top, 1 bottom),
    // where the editor shows it.
    void revealLine(int line, double fraction);
    [[nodiscard]] int topLine() const;

    [[nodiscard]] bool isRendering() const { return m_watcher.isRunning(); }
    // Rendered and shown: nothing pending, nothing left to apply.
    [[nodiscard]] bool isCaughtUp() const;
    [[nodiscard]] const Core::RenderResult &lastResult() const { return m_lastResult; }
    [[nodiscard]] const PreviewDocument &previewDocument() const { return m_preview; }

Q_SIGNALS:
    void rendered(const Byline::Core::RenderResult &result);
    void caughtUp();
    void tooComplex();
    void topLineChanged(int line);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void queue(const QString &markdown, int firstLine);
    void scheduleRender();
    [[nodiscard]] bool canStartRender() const;
    void startRender();
    void takeResult();
    void applyStep();
    void checkOverrun();
    void openLink(const QUrl &url);
    void updateMargins();
    void reveal();
    [[nodiscard]] QImage placeholder(const QString &text) const;

    PreviewDocument m_preview;
    QFutureWatcher<Core::RenderResult> m_watcher;
    QTimer m_quiet; // typing paused
    QTimer m_maxWait; // typing went on too long without a render
    QTimer m_apply;
    QTimer m_overrun;
    QElapsedTimer m_renderClock;
    std::function<Source()> m_source;
    QString m_pendingMarkdown;
    int m_pendingFirstLine = 1;
    bool m_hasPending = false;
    bool m_pullFromSource = false; // the pending text is to be asked of m_source
    bool m_reportedOverrun = false;
    bool m_fullStatistics = false;
    int m_wordsPerMinute = Core::TextStats::defaultWordsPerMinute;
    bool m_readerScrolled = false; // the next value change is the reader's
    int m_followLine = 0; // the editor's top line to follow, 0 for none
    int m_revealLine = 0; // the editor's cursor line to keep in sight, 0 for none
    double m_revealFraction = 0;
    int m_measure = 0;
    qint64 m_lastCostMs = 0;
    QDir m_baseDirectory;
    Core::RenderResult m_lastResult;
};

} // namespace Byline::WidgetUi
