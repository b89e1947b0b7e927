#include "renderscheduler.h"

#include <markdown/boundedrender.h>
#include <markdown/linescanner.h>

#include <QLoggingCategory>

#include <utility>

namespace Byline::WidgetUi {

Q_LOGGING_CATEGORY(lcRender, "byline.ui.render", QtInfoMsg)

namespace {

// Renders abandoned as too complex keep a core busy until cmark gives up; never pile up more.
constexpr int maximumRunningRenders = 2;

// The review of the body, from the file's when the body is the file's end (after front matter, or
// all of it when there is none), so that a render reads the marks once.
Core::Review bodyReview(const QString &text, const Core::Article &article, const Core::Review &whole)
{
    const QString &body = article.body();
    const qsizetype offset = text.size() - body.size();
    if (offset > 0 && QStringView(text).sliced(offset) == body)
        return whole.moved(-offset, 1 - article.bodyFirstLine());
    if (offset == 0 && text == body) {
        // Read as a file, a first line `---` opens front matter; read as a body, it is a rule.
        const qsizetype newline = text.indexOf(u'\n');
        Core::LineScanner::State state;
        const Core::LineScanner::LineKind first
            = Core::LineScanner::scanLine(QStringView(text).first(newline < 0 ? text.size() : newline), 0, state).kind;
        if (first != Core::LineScanner::LineKind::FrontMatterDelimiter)
            return whole;
    }
    return Core::Review::read(body, Core::CriticMarkup::Start::Body);
}

} // namespace

RenderScheduler::RenderScheduler(std::function<Source()> source, Limits limits, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_limits(limits)
{
    m_pause.setSingleShot(true);
    m_burst.setSingleShot(true);
    m_overrun.setSingleShot(true);
    m_overrun.setInterval(m_limits.tooComplex);
    connect(&m_pause, &QTimer::timeout, this, &RenderScheduler::start);
    connect(&m_burst, &QTimer::timeout, this, &RenderScheduler::start);
    connect(&m_overrun, &QTimer::timeout, this, &RenderScheduler::checkOverrun);
    connect(&m_watcher, &QFutureWatcher<ArticleRender>::finished, this, &RenderScheduler::finished);
}

RenderScheduler::~RenderScheduler()
{
    // An abandoned render keeps running on its own thread; just stop listening to it.
    m_watcher.disconnect(this);
}

ArticleRender RenderScheduler::render(const Source &source, const Core::RenderOptions &options,
                                      const Core::ReviewRender::Options &review)
{
    ArticleRender render;
    render.article = Core::Article::fromText(source.text, source.path, Core::Article::formatForFileName(source.path),
                                             &render.diagnostics);
    Core::RenderOptions bodyOptions = options;
    bodyOptions.firstLine = render.article.bodyFirstLine();
    if (render.article.sourceFormat() == Core::Article::SourceFormat::Markdown) {
        render.review = Core::Review::read(source.text);
        render.result = Core::ReviewRender::render(
            render.article.body(), bodyReview(source.text, render.article, render.review), bodyOptions, review);
    } else {
        render.result = Core::ReviewRender::render(render.article.body(), bodyOptions, review);
    }
    render.text = source.text;
    return render;
}

void RenderScheduler::setReviewView(const Core::ReviewRender::Options &view)
{
    if (view.view == m_review.view && view.showResolved == m_review.showResolved)
        return;
    m_review = view;
    renderNow();
}

void RenderScheduler::changed()
{
    m_pending = true;
    schedule();
}

void RenderScheduler::renderNow()
{
    m_pending = true;
    start();
}

void RenderScheduler::setSuspended(bool suspended)
{
    m_suspended = suspended;
    if (suspended) {
        m_pause.stop();
        m_burst.stop();
    }
}

void RenderScheduler::discard()
{
    m_pause.stop();
    m_burst.stop();
    m_overrun.stop();
    m_pending = false;
    m_discarded = m_rendering;
    m_rendering = false;
}

void RenderScheduler::setFullStatistics(bool full)
{
    if (m_fullStatistics == full)
        return;
    m_fullStatistics = full;
    if (full)
        changed();
}

void RenderScheduler::setWordsPerMinute(int words)
{
    if (m_wordsPerMinute == words)
        return;
    m_wordsPerMinute = words;
    changed();
}

void RenderScheduler::addCost(qint64 milliseconds)
{
    m_lastCostMs += milliseconds;
}

void RenderScheduler::schedule()
{
    if (m_suspended || !canStart())
        return; // taken up when the running render is done
    // The waits follow what a render of this document costs, within the limits.
    const auto cost = std::chrono::milliseconds(std::min<qint64>(m_lastCostMs, 1000));
    m_pause.start(std::clamp(2 * cost, m_limits.pauseMin, m_limits.pauseMax));
    if (!m_burst.isActive()) // QTimer::setInterval would restart it: only when it is not running
        m_burst.start(std::clamp(25 * cost, m_limits.burstMin, m_limits.burstMax));
}

bool RenderScheduler::canStart() const
{
    if (!m_rendering)
        return true;
    // The running render overran: abandon it for the newer text, within limits.
    return m_reportedOverrun && Core::BoundedRender::running() < maximumRunningRenders;
}

void RenderScheduler::start()
{
    m_pause.stop();
    m_burst.stop();
    if (!m_pending || m_suspended || !canStart())
        return;
    Core::RenderOptions options;
    options.sourceAnchors = true;
    options.splitBlocks = true;
    options.wordsPerMinute = m_wordsPerMinute;
    options.stats = m_fullStatistics ? Core::TextStatsBuilder::Detail::Full : Core::TextStatsBuilder::Detail::Counts;
    m_pending = false;
    m_reportedOverrun = false;
    m_clock.start();
    m_overrun.start();
    m_rendering = true;
    m_discarded = false; // the watcher follows the new render from now on
    m_watcher.setFuture(Core::BoundedRender::start(
        [source = m_source(), options, review = m_review] { return render(source, options, review); }));
}

void RenderScheduler::finished()
{
    if (std::exchange(m_discarded, false))
        return;
    m_rendering = false;
    m_overrun.stop();
    m_lastCostMs = m_clock.elapsed();
    m_last = m_watcher.result();
    Q_EMIT rendered(m_last);
    if (m_pending)
        schedule();
}

void RenderScheduler::checkOverrun()
{
    if (!m_rendering || m_reportedOverrun)
        return;
    m_reportedOverrun = true;
    qCWarning(lcRender) << "render still running after" << m_clock.elapsed() << "ms";
    Q_EMIT tooComplex();
    if (m_pending)
        schedule();
}

} // namespace Byline::WidgetUi
