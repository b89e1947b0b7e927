#pragma once

#include <QPlainTextEdit>
#include <QTextBlock>

#include <functional>

namespace Byline::WidgetUi {

class MarkdownHighlighter;
class SpacedTextLayout;

// The text a columnist writes in: a QPlainTextEdit (QTextEdit is far too slow to highlight long
// text) with Markdown highlighting, a centred column of adjustable width, zoom, formatting
// commands that insert Markdown, list continuation on Enter, focus mode (everything but the
// current paragraph dimmed) and typewriter scrolling (the current line stays mid-screen).
class MarkdownEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownEditor)

public:
    explicit MarkdownEditor(QWidget *parent = nullptr);

    [[nodiscard]] MarkdownHighlighter *highlighter() const { return m_highlighter; }

    // The text column in average characters; 0 fills the width.
    void setColumnWidth(int characters);
    [[nodiscard]] int columnWidth() const { return m_columnCharacters; }
    // Line spacing in percent of the font's line height (100 = single, up to 300).
    void setLineSpacing(int percent);
    [[nodiscard]] int lineSpacing() const;
    void setBaseFont(const QFont &font);
    void zoomBy(int steps);
    void resetZoom();
    [[nodiscard]] int zoomSteps() const { return m_zoom; }

    void setFocusMode(bool on);
    [[nodiscard]] bool focusMode() const { return m_focusMode; }
    void setTypewriterScrolling(bool on);
    [[nodiscard]] bool typewriterScrolling() const { return m_typewriter; }

    // Markdown commands; each is one undo step.
    void toggleStrong();
    void toggleEmphasis();
    void insertLink();
    void setHeadingLevel(int level); // 0 makes the line a paragraph
    void toggleQuote();
    void toggleList(bool numbered);

    // Lines are the file's, counted from 1.
    [[nodiscard]] int topLine() const;
    void scrollToLine(int line);
    void goToLine(int line);
    [[nodiscard]] int cursorLine() const { return textCursor().blockNumber() + 1; }
    // The blocks on screen, top to bottom.
    [[nodiscard]] QList<QTextBlock> visibleBlocks() const;

    // Search matches, shown under focus-mode dimming.
    void setSearchSelections(const QList<QTextEdit::ExtraSelection> &selections);

Q_SIGNALS:
    void topLineChanged(int line);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    bool continueList();
    void wrapSelection(const QString &marker);
    void prefixLines(const std::function<QString(const QString &line, int index)> &change);
    void updateMargins();
    void updateFont();
    void updateExtraSelections();

    SpacedTextLayout *m_layout = nullptr;
    MarkdownHighlighter *m_highlighter = nullptr;
    QFont m_baseFont;
    int m_columnCharacters = 72;
    int m_zoom = 0;
    bool m_focusMode = false;
    bool m_typewriter = false;
    QList<QTextEdit::ExtraSelection> m_searchSelections;
};

} // namespace Byline::WidgetUi
