#include "previewpane.h"

#include <ui/document/articlesession.h>

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLoggingCategory>
#include <QPainter>
#include <QScrollBar>

#include <utility>

namespace Byline::WidgetUi {

Q_LOGGING_CATEGORY(lcPreview, "byline.ui.preview", QtInfoMsg)

namespace {

using namespace std::chrono_literals;

// How much of a frame one step of applying a render may take.
constexpr auto applyBudget = 6ms;
// A very long article is shown a window of blocks at a time, around the place being read:
// QTextDocument lays out every addition at a cost that grows with the whole document, and past a
// few thousand blocks that no longer fits in a frame. The window moves as the reader does.
constexpr qsizetype windowBlocks = 1500;
constexpr qsizetype windowMargin = 300;
constexpr int maximumImageWidth = 1200;

QString previewStyleSheet()
{
    QFile file(QStringLiteral(":/byline/preview/preview.css"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool isRemote(const QUrl &url)
{
    return (!url.scheme().isEmpty() && url.scheme() != QLatin1String("file")) || !url.host().isEmpty();
}

} // namespace

PreviewPane::PreviewPane(ArticleSession &session, QWidget *parent)
    : QTextBrowser(parent)
    , m_session(session)
    , m_preview(document())
{
    setObjectName(QStringLiteral("preview"));
    setAccessibleName(tr("Preview"));
    setOpenLinks(false); // links open only on click, outside the preview
    // Blocks are inserted as fragments, which never see a <body> rule: the font is the document's.
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPointSizeF(12);
    document()->setDefaultFont(font);
    document()->setDefaultStyleSheet(previewStyleSheet());
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    document()->setDocumentMargin(24);

    m_apply.setSingleShot(true);
    m_apply.setInterval(0);
    connect(&m_apply, &QTimer::timeout, this, &PreviewPane::applyStep);
    connect(&m_session, &ArticleSession::rendered, this, &PreviewPane::showRender);
    // Another file: its images are found beside it, and the old text is not morphed into the new.
    connect(&m_session, &ArticleSession::aboutToLoad, this, [this] {
        m_preview.clear();
        m_blocks.clear();
        m_followLine = 0;
        m_revealLine = 0;
    });
    connect(&m_session, &ArticleSession::pathChanged, this,
            [this](const QString &path) { m_baseDirectory = path.isEmpty() ? QDir::home() : QFileInfo(path).dir(); });
    connect(this, &QTextBrowser::anchorClicked, this, &PreviewPane::openLink);
    // The scroll range grows after layout catches up; a place asked for earlier may only now fit.
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, [this] {
        if (m_followLine <= 0)
            return;
        scrollTo(m_followLine);
        reveal();
    });
    // Only the reader's own scrolling (wheel, keys, the scroll bar) leads the editor; the value also
    // changes when layout grows the document or a render lands, and that must not.
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] {
        m_followLine = 0;
        m_revealLine = 0;
        m_readerScrolled = true;
    });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (!std::exchange(m_readerScrolled, false))
            return;
        const int line = topLine();
        Q_EMIT topLineChanged(line);
        followWindow(line);
    });
    m_baseDirectory = QDir::home();
}

void PreviewPane::showRender(const Core::RenderResult &result)
{
    m_blocks = result.blocks;
    m_applied = false;
    if (isVisible())
        applyTarget();
}

void PreviewPane::showEvent(QShowEvent *event)
{
    QTextBrowser::showEvent(event);
    if (!m_applied)
        applyTarget(); // what was rendered while hidden
}

void PreviewPane::applyTarget()
{
    const int line = m_followLine > 0 ? m_followLine : m_revealLine > 0 ? m_revealLine : topLine();
    m_windowStart = windowStartFor(line);
    m_applied = true;
    m_preview.setTarget(m_blocks.mid(m_windowStart, windowBlocks));
    applyStep();
}

qsizetype PreviewPane::windowStartFor(int line) const
{
    if (m_blocks.size() <= windowBlocks)
        return 0;
    const auto it = std::upper_bound(m_blocks.cbegin(), m_blocks.cend(), line,
                                     [](int l, const Core::RenderedBlock &block) { return l < block.firstLine; });
    const qsizetype index = std::max<qsizetype>(0, qsizetype(it - m_blocks.cbegin()) - 1);
    return std::clamp<qsizetype>(index - windowBlocks / 2, 0, m_blocks.size() - windowBlocks);
}

void PreviewPane::followWindow(int line)
{
    if (m_blocks.size() <= windowBlocks || !m_applied)
        return;
    const qsizetype start = windowStartFor(line);
    // Moved only when the line comes near an edge the article goes on past, not on every line.
    const qsizetype half = windowBlocks / 2;
    if (std::abs(start - m_windowStart) < half - windowMargin)
        return;
    m_windowStart = start;
    m_preview.setTarget(m_blocks.mid(m_windowStart, windowBlocks));
    applyStep();
}

void PreviewPane::applyStep()
{
    QElapsedTimer clock;
    clock.start();
    const bool following = m_followLine > 0;
    const PreviewDocument::Place place = m_preview.placeOfLine(following ? m_followLine : topLine());
    const bool settled = m_preview.step(applyBudget);
    if (following) {
        scrollTo(m_followLine); // the editor's line, already in the new numbering
    } else {
        scrollTo(m_preview.lineOfPlace(place)); // the reader's place, wherever it moved
        m_followLine = 0;
    }
    reveal(); // and the editor's cursor, once the text typed there has arrived
    m_session.renderer().addCost(clock.elapsed()); // the next wait allows for this
    if (!settled) {
        m_apply.start();
        return;
    }
    qCDebug(lcPreview) << "applied";
    if (isCaughtUp())
        Q_EMIT caughtUp();
}

bool PreviewPane::isCaughtUp() const
{
    return m_session.renderer().isIdle() && m_applied && m_preview.isSettled();
}

void PreviewPane::scrollToLine(int line)
{
    followWindow(line);
    scrollTo(line);
}

void PreviewPane::scrollTo(int line)
{
    m_followLine = line;
    const QTextBlock block = m_preview.blockForLine(line);
    const QRectF rect = document()->documentLayout()->blockBoundingRect(block);
    verticalScrollBar()->setValue(line <= 1 ? 0 : int(rect.top()));
}

void PreviewPane::revealLine(int line, double fraction)
{
    m_revealLine = line;
    m_revealFraction = fraction;
    followWindow(line);
    reveal();
}

void PreviewPane::reveal()
{
    if (m_revealLine <= 0)
        return;
    const QRectF rect = document()->documentLayout()->blockBoundingRect(m_preview.blockForLine(m_revealLine));
    const int top = verticalScrollBar()->value();
    const int height = viewport()->height();
    if (rect.top() >= top && rect.bottom() <= top + height)
        return;
    verticalScrollBar()->setValue(int(rect.top() - std::clamp(m_revealFraction, 0.0, 0.9) * height));
}

int PreviewPane::topLine() const
{
    if (verticalScrollBar()->value() == 0)
        return 1; // the top of the article is the top of the file
    const QTextBlock block = cursorForPosition(QPoint(viewport()->width() / 2, 1)).block();
    return m_preview.lineForBlock(block);
}

void PreviewPane::openLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto"))
        QDesktopServices::openUrl(url);
    else
        Q_EMIT linkActivated(url);
}

QVariant PreviewPane::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource)
        return {}; // nothing but images is ever loaded
    if (isRemote(name))
        return placeholder(tr("Remote image, not loaded: %1").arg(name.toString()));
    const QString path
        = name.isRelative() ? m_baseDirectory.filePath(name.path(QUrl::FullyDecoded)) : name.toLocalFile();
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!reader.canRead())
        return placeholder(tr("Image not found: %1").arg(name.toString()));
    if (size.width() > maximumImageWidth)
        reader.setScaledSize(size.scaled(maximumImageWidth, size.height(), Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        return placeholder(tr("Cannot show image %1: %2").arg(name.toString(), reader.errorString()));
    return image;
}

QImage PreviewPane::placeholder(const QString &text) const
{
    const QFontMetrics metrics(font());
    const int room = std::max(200, std::min(600, viewport()->width() - 2 * int(document()->documentMargin()) - 24));
    const QString shown = metrics.elidedText(text, Qt::ElideMiddle, room);
    const QSize size(metrics.horizontalAdvance(shown) + 24, metrics.height() + 16);
    QImage image(size * devicePixelRatio(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio());
    image.fill(palette().color(QPalette::AlternateBase));
    QPainter painter(&image);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(QRect(QPoint(0, 0), size).adjusted(0, 0, -1, -1));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.setFont(font());
    painter.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter, shown);
    return image;
}

void PreviewPane::setMeasure(int pixels)
{
    m_measure = pixels;
    updateMargins();
}

void PreviewPane::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateMargins();
}

void PreviewPane::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // Link colours are fixed when HTML is imported: a new theme needs the document anew.
    if (event->type() == QEvent::PaletteChange && m_preview.renderedBlockCount() > 0) {
        m_preview.clear();
        m_applied = false;
        if (isVisible())
            applyTarget();
    }
}

void PreviewPane::updateMargins()
{
    const int side = m_measure > 0 ? std::max(0, (width() - m_measure) / 2) : 0;
    if (viewportMargins().left() != side)
        setViewportMargins(side, 0, side, 0);
}

} // namespace Byline::WidgetUi
