#pragma once

#include <article/article.h>

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

#include <review/reviewrender.h>

namespace Byline::WidgetUi {

// One render of the open article: its text parsed (front matter, metadata, their problems) and its
// body rendered (HTML blocks for the preview, outline, statistics), all on a worker thread.
struct ArticleRender
{
    Core::Article article;
    Core::Diagnostics diagnostics; // of the text: front matter errors and the like
    Core::RenderResult result; // in the review view asked for; statistics of the final text
    Core::Review review; // of the whole text, positions in it
    QString text; // the whole text rendered, which `review`'s positions are in
};

// Decides when the open article is rendered, apart from who shows the result: renders start when
// typing pauses, and at least every so often during a long burst, with waits that follow what a
// render of this document costs, so a short column renders almost as it is typed and a manuscript
// about once a second. Parsing and rendering run through BoundedRender: a document that takes
// longer than the limit (hostile Markdown, a YAML bomb) is reported as too complex and abandoned,
// never waited for. Results come whether or not a preview is shown, so statistics and outline
// stay current with the preview hidden. The limits are injected, so tests need not wait on the
// wall clock.
class RenderScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenderScheduler)

public:
    struct Limits
    {
        std::chrono::milliseconds tooComplex {2000}; // a render still running after this is abandoned
        std::chrono::milliseconds pauseMin {80}; // a pause in typing, not the gap between two keys
        std::chrono::milliseconds pauseMax {100};
        std::chrono::milliseconds burstMin {800}; // the longest wait while typing goes on
        std::chrono::milliseconds burstMax {1500};
    };

    // What to render, asked for when a render starts, so a keystroke costs no more than a timer.
    struct Source
    {
        QString text; // the whole article, front matter included
        QString path; // for the format (.md or .txt) and the title's fallback
    };

    RenderScheduler(std::function<Source()> source, Limits limits, QObject *parent = nullptr);
    ~RenderScheduler() override;

    [[nodiscard]] const Limits &limits() const { return m_limits; }

    // The text changed: render when typing pauses.
    void changed();
    // Renders at once (a file was opened, an option changed).
    void renderNow();
    // While suspended (a file is being loaded) changes are not rendered.
    void setSuspended(bool suspended);
    // Another text replaces the old one (a file opens): a render of the old one still running is
    // never reported, and nothing is pending.
    void discard();

    // Sentences and Flesch reading ease cost as much again as counting words; only when shown.
    void setFullStatistics(bool full);
    void setWordsPerMinute(int words);
    // Which view of the review the preview shows (markup, final, original); renders again.
    void setReviewView(const Core::ReviewRender::Options &view);
    [[nodiscard]] const Core::ReviewRender::Options &reviewView() const { return m_review; }
    // Work a render causes elsewhere (the preview applying it), so the waits account for it.
    void addCost(qint64 milliseconds);

    [[nodiscard]] bool isRendering() const { return m_rendering; }
    // Nothing pending, and the last render's result delivered.
    [[nodiscard]] bool isIdle() const { return !m_pending && !m_rendering; }
    [[nodiscard]] const ArticleRender &last() const { return m_last; }

    // The parse and render a scheduled render runs, for anyone who needs the same on demand.
    [[nodiscard]] static ArticleRender render(const Source &source, const Core::RenderOptions &options,
                                              const Core::ReviewRender::Options &review);

Q_SIGNALS:
    void rendered(const Byline::WidgetUi::ArticleRender &render);
    // The render outlived Limits::tooComplex; a newer text is rendered instead once there is one.
    void tooComplex();

private:
    void schedule();
    [[nodiscard]] bool canStart() const;
    void start();
    void finished();
    void checkOverrun();

    std::function<Source()> m_source;
    Limits m_limits;
    QFutureWatcher<ArticleRender> m_watcher;
    QTimer m_pause; // typing paused
    QTimer m_burst; // typing went on too long without a render
    QTimer m_overrun;
    QElapsedTimer m_clock;
    ArticleRender m_last;
    bool m_pending = false;
    // Set from start() until its result is taken: the watcher stops "running" on the worker's
    // thread before finished() reaches this one.
    bool m_rendering = false;
    bool m_discarded = false; // the running render's result is for a text that was replaced
    bool m_suspended = false;
    bool m_reportedOverrun = false;
    Core::ReviewRender::Options m_review {Core::ReviewEdits::View::Markup, false};
    bool m_fullStatistics = false;
    int m_wordsPerMinute = Core::TextStats::defaultWordsPerMinute;
    qint64 m_lastCostMs = 0;
};

} // namespace Byline::WidgetUi

Q_DECLARE_METATYPE(Byline::WidgetUi::ArticleRender)
