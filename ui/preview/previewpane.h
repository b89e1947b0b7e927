#pragma once

#include "previewdocument.h"

#include <markdown/renderer.h>

#include <QDir>
#include <QTextBrowser>
#include <QTimer>

namespace Byline::WidgetUi {

class ArticleSession;

// The live preview of the open article. The session renders it on a worker thread (see
// RenderScheduler), split into top-level blocks; the pane replaces only the blocks that changed,
// a few milliseconds at a time, so neither typing nor scrolling ever waits for it, even in a
// 100,000-word manuscript. While hidden it applies nothing, and catches up when shown. A very
// long article is shown a window of a few thousand blocks at a time, around where the reader is.
//
// The pane follows a file line (scrollToLine) and reports the line at its top when the reader
// scrolls it (topLineChanged), for scroll sync with the editor. Remote images are never fetched:
// a placeholder names their address. Links open only when clicked, in the system browser.
class PreviewPane final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPane)

public:
    explicit PreviewPane(ArticleSession &session, QWidget *parent = nullptr);

    // A comfortable reading measure in pixels, centred; 0 fills the pane.
    void setMeasure(int pixels);

    // Puts file line `line` at the top.
    void scrollToLine(int line);
    // If file line `line` is out of sight, brings it to `fraction` of the height (0 top, 1 bottom),
    // where the editor shows it.
    void revealLine(int line, double fraction);
    [[nodiscard]] int topLine() const;

    // Rendered and shown: nothing pending, nothing left to apply.
    [[nodiscard]] bool isCaughtUp() const;
    [[nodiscard]] const PreviewDocument &previewDocument() const { return m_preview; }

Q_SIGNALS:
    void caughtUp();
    void topLineChanged(int line);
    // A link the preview does not open itself (not http, https or mailto), for a feature that knows
    // its scheme.
    void linkActivated(const QUrl &url);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void showRender(const Core::RenderResult &result);
    // Puts the render (or the window of it around the place being read) into the document.
    void applyTarget();
    [[nodiscard]] qsizetype windowStartFor(int line) const;
    // Moves the window of a very long article when `line` comes near one of its edges.
    void followWindow(int line);
    void applyStep();
    void scrollTo(int line);
    void openLink(const QUrl &url);
    void updateMargins();
    void reveal();
    [[nodiscard]] QImage placeholder(const QString &text) const;

    ArticleSession &m_session;
    PreviewDocument m_preview;
    QTimer m_apply;
    QList<Core::RenderedBlock> m_blocks; // the last render's, applied or to be applied
    qsizetype m_windowStart = 0; // the first of them shown
    bool m_applied = true; // m_blocks are in the document (or being put there)
    bool m_readerScrolled = false; // the next value change is the reader's
    int m_followLine = 0; // the editor's top line to follow, 0 for none
    int m_revealLine = 0; // the editor's cursor line to keep in sight, 0 for none
    double m_revealFraction = 0;
    int m_measure = 0;
    QDir m_baseDirectory;
};

} // namespace Byline::WidgetUi
