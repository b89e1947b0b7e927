#include "previewpane.h"

#include <markdown/boundedrender.h>

#include <QDesktopServices>
#include <QFile>
#include <QLoggingCategory>
#include <QScrollBar>

#include <utility>

namespace Byline::WidgetUi {

Q_LOGGING_CATEGORY(lcPreview, "byline.ui.preview", QtInfoMsg)

namespace {

constexpr int minimumDebounceMs = 40;
constexpr int maximumDebounceMs = 600;
// Renders abandoned as too complex keep a core busy until cmark gives up; never pile up more.
constexpr int maximumRunningRenders = 2;

QString previewStyleSheet()
{
    QFile file(QStringLiteral(":/byline/preview/preview.css"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

PreviewPane::PreviewPane(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("preview"));
    setOpenLinks(false); // links open only on click, outside the preview
    document()->setDefaultStyleSheet(previewStyleSheet());
    document()->setDocumentMargin(24);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(minimumDebounceMs);
    m_overrun.setSingleShot(true);
    m_overrun.setInterval(int(Core::BoundedRender::defaultLimit.count()));

    connect(&m_debounce, &QTimer::timeout, this, &PreviewPane::startRender);
    connect(&m_overrun, &QTimer::timeout, this, &PreviewPane::checkOverrun);
    connect(&m_watcher, &QFutureWatcher<Core::RenderResult>::finished, this, &PreviewPane::showResult);
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        const QString scheme = url.scheme();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
    });
}

PreviewPane::~PreviewPane()
{
    // An abandoned render keeps running on its own thread; just stop listening to it.
    m_watcher.disconnect(this);
}

void PreviewPane::queue(const QString &markdown, int firstLine)
{
    m_pendingMarkdown = markdown;
    m_pendingFirstLine = firstLine;
    m_pullFromSource = false;
    m_hasPending = true;
}

void PreviewPane::setMarkdown(const QString &markdown, int firstLine)
{
    queue(markdown, firstLine);
    if (canStartRender())
        m_debounce.start();
}

void PreviewPane::setSource(std::function<Source()> source)
{
    m_source = std::move(source);
}

void PreviewPane::sourceChanged()
{
    m_pendingMarkdown.clear();
    m_pullFromSource = true;
    m_hasPending = true;
    if (canStartRender())
        m_debounce.start();
}

void PreviewPane::renderNow(const QString &markdown, int firstLine)
{
    queue(markdown, firstLine);
    startRender();
}

bool PreviewPane::canStartRender() const
{
    if (!m_watcher.isRunning())
        return true;
    // The running render overran: abandon it for the newer text, within limits.
    return m_reportedOverrun && Core::BoundedRender::running() < maximumRunningRenders;
}

void PreviewPane::startRender()
{
    if (!m_hasPending || !canStartRender())
        return;
    if (m_pullFromSource && m_source) {
        const Source source = m_source();
        m_pendingMarkdown = source.markdown;
        m_pendingFirstLine = source.firstLine;
        m_pullFromSource = false;
    }
    Core::RenderOptions options;
    options.sourceAnchors = true;
    options.firstLine = m_pendingFirstLine;
    options.stats = Core::TextStatsBuilder::Detail::Counts;
    m_hasPending = false;
    m_reportedOverrun = false;
    m_renderClock.start();
    m_overrun.start();
    m_watcher.setFuture(Core::BoundedRender::start(std::exchange(m_pendingMarkdown, QString()), options));
}

void PreviewPane::showResult()
{
    m_overrun.stop();
    const qint64 renderMs = m_renderClock.elapsed();
    m_lastResult = m_watcher.result();

    QElapsedTimer layoutClock;
    layoutClock.start();
    QScrollBar *bar = verticalScrollBar();
    const int scroll = bar->value();
    setHtml(QLatin1String("<html><body>") + m_lastResult.html + QLatin1String("</body></html>"));
    bar->setValue(scroll);
    const qint64 layoutMs = layoutClock.elapsed();
    qCDebug(lcPreview) << "render" << renderMs << "ms, setHtml" << layoutMs << "ms";

    // Long documents render less often, so typing stays ahead of the preview.
    m_debounce.setInterval(std::clamp(int(2 * (renderMs + layoutMs)), minimumDebounceMs, maximumDebounceMs));
    Q_EMIT rendered(m_lastResult);
    if (m_hasPending)
        m_debounce.start();
}

void PreviewPane::checkOverrun()
{
    if (!m_watcher.isRunning() || m_reportedOverrun)
        return;
    m_reportedOverrun = true;
    qCWarning(lcPreview) << "render still running after" << m_renderClock.elapsed() << "ms";
    Q_EMIT tooComplex();
}

} // namespace Byline::WidgetUi
