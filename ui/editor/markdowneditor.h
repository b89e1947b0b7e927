#pragma once

#include "editorcontextmenu.h"
#include "markdowncommands.h"
#include "suggesttyping.h"

#include <QPlainTextEdit>
#include <QTextBlock>

namespace Byline::WidgetUi {

class ArticleSession;
class MarkdownHighlighter;
class SpacedTextLayout;

// The text a columnist writes in: a QPlainTextEdit (QTextEdit is far too slow to highlight long
// text) showing the open article's document, with Markdown highlighting, a centred column of
// adjustable width, zoom, formatting commands that insert Markdown, list continuation on Enter,
// focus mode (everything but the current paragraph dimmed) and typewriter scrolling (the current
// line stays mid-screen). Its commands change the text through the session's edit gateway; it is
// read-only while a file loads or when the file cannot be written, and each file opens where the
// cursor last was. Features extend its context menu (contextMenu()) and lay decorations over the
// text (setDecorations()) without knowing each other.
class MarkdownEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownEditor)

public:
    // `session` must outlive the editor: the editor shows its document.
    explicit MarkdownEditor(ArticleSession &session, QWidget *parent = nullptr);
    ~MarkdownEditor() override;

    [[nodiscard]] ArticleSession &session() const { return m_session; }
    [[nodiscard]] EditorContextMenu &contextMenu() { return m_contextMenu; }
    // Bold, italic, links, headings, quotes and lists, as the Format menu runs them.
    [[nodiscard]] MarkdownCommands &commands() { return m_commands; }

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

    // Lines are the file's, counted from 1.
    [[nodiscard]] int topLine() const;
    void scrollToLine(int line);
    void goToLine(int line);
    [[nodiscard]] int cursorLine() const { return textCursor().blockNumber() + 1; }
    // The blocks on screen, top to bottom.
    [[nodiscard]] QList<QTextBlock> visibleBlocks() const;

    // Marks over the text (search matches, later review's changes), by layer: a layer replaces
    // its own marks only, and layers are drawn in the order they were first set.
    void setDecorations(const QString &layer, const QList<QTextEdit::ExtraSelection> &selections);
    [[nodiscard]] QList<QTextEdit::ExtraSelection> decorations(const QString &layer) const;

    // Selects the first whole-word occurrence of `word` from file line `fromLine` on (else any
    // occurrence) and brings it to the middle, as a search result opens.
    void revealWord(const QString &word, int fromLine);

    // The clipboard's Cut: copies, then deletes the selection through the session (as a suggested
    // deletion in suggest mode).
    void cutSelection();

Q_SIGNALS:
    void topLineChanged(int line);
    // A printable key is about to insert text at `position` (spelling leaves that word alone).
    void aboutToType(int position);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    void dropEvent(QDropEvent *event) override;

private:
    using Layer = std::pair<QString, QList<QTextEdit::ExtraSelection>>;

    void followSession();
    void updateMargins();
    void updateFont();
    void updateExtraSelections();

    ArticleSession &m_session;
    MarkdownCommands m_commands;
    SuggestTyping m_suggestTyping;
    SpacedTextLayout *m_layout = nullptr;
    MarkdownHighlighter *m_highlighter = nullptr;
    EditorContextMenu m_contextMenu;
    QFont m_baseFont;
    int m_columnCharacters = 72;
    int m_zoom = 0;
    bool m_focusMode = false;
    bool m_typewriter = false;
    QList<Layer> m_decorations;
};

} // namespace Byline::WidgetUi
