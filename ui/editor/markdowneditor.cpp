#include "markdowneditor.h"

#include "markdownhighlighter.h"
#include "spacedtextlayout.h"
#include "textcolumn.h"

#include <ui/common/settings.h>
#include <ui/common/theme.h>
#include <ui/document/articlesession.h>

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QTextBlock>

namespace Byline::WidgetUi {

namespace {

constexpr int maximumZoomSteps = 12;
// How far focus mode looks for the ends of a paragraph.
constexpr int maximumParagraphLines = 400;

bool isBlank(const QTextBlock &block)
{
    return block.text().trimmed().isEmpty();
}

} // namespace

MarkdownEditor::MarkdownEditor(ArticleSession &session, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_session(session)
    , m_commands(*this)
    , m_suggestTyping(*this, session)
{
    // The session's document, laid out with adjustable line spacing; QPlainTextEdit accepts the
    // layout as its own kind.
    QTextDocument *document = session.document();
    m_layout = new SpacedTextLayout(document);
    document->setDocumentLayout(m_layout);
    setDocument(document);
    m_highlighter = new MarkdownHighlighter(document);
    setObjectName(QStringLiteral("editor"));
    setAccessibleName(tr("Article text"));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setCenterOnScroll(false);
    setFrameShape(QFrame::NoFrame);
    // The margins around the centred column are the page too, not the window behind it.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    // A margin is a format change, which QTextDocument counts as a modification of the text.
    const bool modified = document->isModified();
    document->setDocumentMargin(16);
    document->setModified(modified);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(12);
    setBaseFont(font);

    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { Q_EMIT topLineChanged(topLine()); });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (m_typewriter)
            centerCursor();
        if (m_focusMode)
            updateExtraSelections();
    });
    followSession();
    m_session.setCleanRange(
        [this](int from, int to) { return SuggestTyping::cleanRange(*QPlainTextEdit::document(), from, to); });
}

MarkdownEditor::~MarkdownEditor()
{
    m_session.setCleanRange({});
}

void MarkdownEditor::followSession()
{
    const auto updateReadOnly = [this] { setReadOnly(m_session.isLoading() || !m_session.isEditable()); };
    connect(&m_session, &ArticleSession::loadingChanged, this, updateReadOnly);
    connect(&m_session, &ArticleSession::stateChanged, this, updateReadOnly);
    // Each file opens where its cursor was when it was last left.
    connect(&m_session, &ArticleSession::aboutToLoad, this, [this] {
        if (!m_session.path().isEmpty())
            Settings::setCursorPosition(m_session.path(), textCursor().position());
    });
    connect(&m_session, &ArticleSession::opened, this, [this](const QString &path) {
        QTextCursor cursor(document());
        if (!path.isEmpty())
            cursor.setPosition(std::clamp(Settings::cursorPosition(path), 0, document()->characterCount() - 1));
        setTextCursor(cursor);
        centerCursor();
    });
    updateReadOnly();
}

void MarkdownEditor::setColumnWidth(int characters)
{
    m_columnCharacters = std::max(0, characters);
    updateMargins();
}

void MarkdownEditor::setLineSpacing(int percent)
{
    m_layout->setLineSpacing(percent);
    viewport()->update();
}

int MarkdownEditor::lineSpacing() const
{
    return m_layout->lineSpacing();
}

void MarkdownEditor::setBaseFont(const QFont &font)
{
    m_baseFont = font;
    updateFont();
}

void MarkdownEditor::zoomBy(int steps)
{
    m_zoom = std::clamp(m_zoom + steps, -maximumZoomSteps / 2, maximumZoomSteps);
    updateFont();
}

void MarkdownEditor::resetZoom()
{
    m_zoom = 0;
    updateFont();
}

void MarkdownEditor::updateFont()
{
    QFont font = m_baseFont;
    const qreal size = m_baseFont.pointSizeF() > 0 ? m_baseFont.pointSizeF() : 12;
    font.setPointSizeF(std::max(6.0, size * (1.0 + 0.1 * m_zoom)));
    setFont(font);
    updateMargins();
}

void MarkdownEditor::updateMargins()
{
    const int side = centredColumnMargin(fontMetrics(), m_columnCharacters, document()->documentMargin(), width());
    if (viewportMargins().left() != side)
        setViewportMargins(side, 0, side, 0);
}

void MarkdownEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateMargins();
    if (m_typewriter)
        centerCursor();
}

void MarkdownEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        updateExtraSelections();
    } else if (event->type() == QEvent::FontChange) {
        updateMargins();
    }
}

void MarkdownEditor::setFocusMode(bool on)
{
    m_focusMode = on;
    updateExtraSelections();
}

void MarkdownEditor::setTypewriterScrolling(bool on)
{
    m_typewriter = on;
    setCenterOnScroll(on); // lets the last lines reach the middle too
    if (on)
        centerCursor();
}

void MarkdownEditor::setDecorations(const QString &layer, const QList<QTextEdit::ExtraSelection> &selections)
{
    const auto found = std::ranges::find(m_decorations, layer, &Layer::first);
    if (found != m_decorations.end())
        found->second = selections;
    else
        m_decorations.append({layer, selections});
    updateExtraSelections();
}

QList<QTextEdit::ExtraSelection> MarkdownEditor::decorations(const QString &layer) const
{
    const auto found = std::ranges::find(m_decorations, layer, &Layer::first);
    return found != m_decorations.end() ? found->second : QList<QTextEdit::ExtraSelection>();
}

void MarkdownEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_focusMode) {
        // The paragraph around the cursor: up and down to the nearest blank lines.
        QTextBlock first = textCursor().block();
        QTextBlock last = first;
        for (int i = 0; i < maximumParagraphLines && first.previous().isValid() && !isBlank(first.previous()); ++i)
            first = first.previous();
        for (int i = 0; i < maximumParagraphLines && last.next().isValid() && !isBlank(last.next()); ++i)
            last = last.next();
        QTextCharFormat dim;
        dim.setForeground(Theme::mix(palette().color(QPalette::Text), palette().color(QPalette::Base), 2.0 / 3));
        QTextCursor before(document());
        before.setPosition(first.position(), QTextCursor::KeepAnchor);
        QTextCursor after(document());
        after.setPosition(last.position() + last.length() - 1);
        after.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        selections.append({before, dim});
        selections.append({after, dim});
    }
    for (const auto &[layer, marks] : std::as_const(m_decorations))
        selections.append(marks);
    setExtraSelections(selections);
}

int MarkdownEditor::topLine() const
{
    return firstVisibleBlock().blockNumber() + 1;
}

QList<QTextBlock> MarkdownEditor::visibleBlocks() const
{
    QList<QTextBlock> blocks;
    const qreal bottom = viewport()->height();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        if (block.isVisible() && blockBoundingGeometry(block).translated(contentOffset()).top() > bottom)
            break;
        blocks.append(block);
    }
    return blocks;
}

void MarkdownEditor::scrollToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (block.isValid())
        verticalScrollBar()->setValue(block.firstLineNumber());
}

void MarkdownEditor::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(std::clamp(line - 1, 0, document()->blockCount() - 1));
    QTextCursor cursor(block);
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

void MarkdownEditor::revealWord(const QString &word, int fromLine)
{
    const QTextCursor from(document()->findBlockByNumber(std::max(0, fromLine - 1)));
    QTextCursor found = word.isEmpty() ? QTextCursor() : document()->find(word, from, QTextDocument::FindWholeWords);
    if (found.isNull() && !word.isEmpty())
        found = document()->find(word, from);
    if (!found.isNull()) {
        setTextCursor(found);
        centerCursor();
    }
    setFocus();
}

void MarkdownEditor::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && event->modifiers() == Qt::NoModifier && !isReadOnly() && m_commands.continueList())
        return;
    if (event == QKeySequence::ZoomIn) {
        zoomBy(1);
        return;
    }
    if (event == QKeySequence::ZoomOut) {
        zoomBy(-1);
        return;
    }
    if (!event->text().isEmpty() && event->text().front().isPrint() && !isReadOnly())
        Q_EMIT aboutToType(textCursor().selectionStart()); // before the highlighter runs for this key
    const bool undoing = event == QKeySequence::Undo || event == QKeySequence::Redo;
    if (m_session.isSuggesting() && !isReadOnly() && !undoing) {
        if (m_suggestTyping.key(event))
            return;
        // Whatever else a key does must not change the text behind suggest mode's back.
        const int revision = document()->revision();
        QPlainTextEdit::keyPressEvent(event);
        if (document()->revision() != revision) {
            document()->undo();
            Q_EMIT m_session.suggestionRefused(tr("That key changes the text in a way Suggest Changes cannot record"));
        }
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void MarkdownEditor::cutSelection()
{
    if (m_session.isSuggesting())
        m_suggestTyping.cut();
    else
        cut();
}

void MarkdownEditor::insertFromMimeData(const QMimeData *source)
{
    if (m_session.isSuggesting() && source)
        m_suggestTyping.insert(*source); // only text goes in while suggesting, as an addition
    else
        QPlainTextEdit::insertFromMimeData(source);
}

void MarkdownEditor::dropEvent(QDropEvent *event)
{
    // Moving text by dragging would delete it at its old place unrecorded: a copy instead.
    if (m_session.isSuggesting() && event->source() == this && event->dropAction() == Qt::MoveAction)
        event->setDropAction(Qt::CopyAction);
    QPlainTextEdit::dropEvent(event);
}

void MarkdownEditor::inputMethodEvent(QInputMethodEvent *event)
{
    if (!m_session.isSuggesting() || isReadOnly()
        || (event->commitString().isEmpty() && event->replacementLength() == 0)) {
        QPlainTextEdit::inputMethodEvent(event);
        return;
    }
    // The composition still shows as it is typed; what is committed becomes the suggestion.
    QInputMethodEvent preedit(event->preeditString(), event->attributes());
    QPlainTextEdit::inputMethodEvent(&preedit);
    const QTextCursor cursor = textCursor();
    int from = cursor.selectionStart();
    int to = cursor.selectionEnd();
    if (event->replacementLength() > 0) {
        from = std::max(0, cursor.position() + event->replacementStart());
        to = std::min(document()->characterCount() - 1, from + event->replacementLength());
    }
    m_suggestTyping.replace(from, to, event->commitString());
}

void MarkdownEditor::contextMenuEvent(QContextMenuEvent *event)
{
    const bool keyboard = event->reason() == QContextMenuEvent::Keyboard;
    const int position = keyboard ? textCursor().position() : cursorForPosition(event->pos()).position();
    QMenu *menu = createStandardContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (m_session.isSuggesting()) {
        // Cut and Delete go through suggest mode too (Paste already does, through insertFromMimeData).
        for (QAction *action : menu->actions()) {
            if (action->objectName() == QLatin1String("edit-cut")) {
                disconnect(action, &QAction::triggered, nullptr, nullptr);
                connect(action, &QAction::triggered, this, &MarkdownEditor::cutSelection);
            } else if (action->objectName() == QLatin1String("edit-delete")) {
                disconnect(action, &QAction::triggered, nullptr, nullptr);
                connect(action, &QAction::triggered, this,
                        [this] { m_suggestTyping.deleteTo(QTextCursor::NextCharacter); });
            }
        }
    }
    m_contextMenu.contribute(menu, position);
    menu->popup(keyboard ? viewport()->mapToGlobal(cursorRect().bottomLeft()) : event->globalPos());
}

} // namespace Byline::WidgetUi
