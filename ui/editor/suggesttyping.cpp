#include "suggesttyping.h"

#include "markdownhighlighter.h"

#include <ui/document/articlesession.h>

#include <QKeyEvent>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocumentFragment>

#include <algorithm>

namespace Byline::WidgetUi {

SuggestTyping::SuggestTyping(QPlainTextEdit &editor, ArticleSession &session)
    : m_editor(editor)
    , m_session(session)
{ }

bool SuggestTyping::key(QKeyEvent *event)
{
    const QTextCursor cursor = m_editor.textCursor();
    if (event == QKeySequence::Cut) {
        cut();
        return true;
    }
    if (event == QKeySequence::Paste) {
        m_editor.paste();
        return true;
    }
    if (event->key() == Qt::Key_Backspace && !(event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier))) {
        deleteTo(QTextCursor::PreviousCharacter);
        return true;
    }
    static constexpr std::pair<QKeySequence::StandardKey, QTextCursor::MoveOperation> deletions[] = {
        {QKeySequence::Delete, QTextCursor::NextCharacter},
        {QKeySequence::DeleteStartOfWord, QTextCursor::PreviousWord},
        {QKeySequence::DeleteEndOfWord, QTextCursor::NextWord},
        {QKeySequence::DeleteEndOfLine, QTextCursor::EndOfBlock},
    };
    for (const auto &[key, move] : deletions) {
        if (event == key) {
            deleteTo(move);
            return true;
        }
    }
    if (event == QKeySequence::InsertParagraphSeparator || event == QKeySequence::InsertLineSeparator) {
        replace(cursor.selectionStart(), cursor.selectionEnd(), QStringLiteral("\n"));
        return true;
    }
    const QString typed = event->text();
    const bool printable = !typed.isEmpty() && (typed.front().isPrint() || typed == QLatin1String("\t"))
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (printable && !(typed == QLatin1String("\t") && m_editor.tabChangesFocus())) {
        replace(cursor.selectionStart(), cursor.selectionEnd(), typed);
        return true;
    }
    return false;
}

void SuggestTyping::replace(int from, int to, const QString &text, bool backwards)
{
    if (!m_session.apply({{from, to, text}}, EditOrigin::Typing))
        return;
    QTextDocument *document = m_editor.document();
    const int target = std::clamp(
        m_session.placed(from + int(text.size()),
                         backwards ? ArticleSession::Placement::Backspace : ArticleSession::Placement::Typing),
        0, document->characterCount() - 1);
    // Typing on inside a suggestion leaves the cursor where it belongs already; setting it again
    // would repaint the whole page for every key.
    const QTextCursor current = m_editor.textCursor();
    if (current.hasSelection() || current.position() != target) {
        QTextCursor moved(document);
        moved.setPosition(target);
        m_editor.setTextCursor(moved);
    }
    m_editor.ensureCursorVisible();
}

void SuggestTyping::deleteTo(QTextCursor::MoveOperation move)
{
    QTextCursor cursor = m_editor.textCursor();
    if (!cursor.hasSelection())
        cursor.movePosition(move, QTextCursor::KeepAnchor);
    if (!cursor.hasSelection())
        return;
    const bool backwards = cursor.position() < cursor.anchor();
    replace(cursor.selectionStart(), cursor.selectionEnd(), {}, backwards);
}

void SuggestTyping::cut()
{
    const QTextCursor cursor = m_editor.textCursor();
    if (!cursor.hasSelection() || m_editor.isReadOnly())
        return;
    m_editor.copy();
    replace(cursor.selectionStart(), cursor.selectionEnd(), {});
}

void SuggestTyping::insert(const QMimeData &source)
{
    QString text;
    if (source.hasText())
        text = source.text();
    else if (source.hasHtml())
        text = QTextDocumentFragment::fromHtml(source.html()).toPlainText();
    if (text.isEmpty())
        return;
    const QTextCursor cursor = m_editor.textCursor();
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    replace(cursor.selectionStart(), cursor.selectionEnd(), text);
}

std::pair<int, int> SuggestTyping::cleanRange(const QTextDocument &document, int from, int to)
{
    constexpr int reach = 400; // blocks looked through each way before reading the whole text
    const auto highlighted = [](const QTextBlock &block) { return block.userState() >= 0; };
    const auto blank = [](const QTextBlock &block) { return block.text().trimmed().isEmpty(); };
    // It starts after a blank line where nothing is open (no mark, fence, list, front matter).
    QTextBlock first = document.findBlock(from);
    for (int steps = 0; first.previous().isValid(); ++steps) {
        const QTextBlock before = first.previous();
        if (!highlighted(before) || steps > reach)
            return {0, -1};
        if (blank(before) && MarkdownHighlighter::stateAfter(before) == Core::WordScanner::State()
            && !MarkdownHighlighter::marksAfter(before).isOpen())
            break;
        first = before;
    }
    // It ends before a blank line, with no mark open.
    QTextBlock last = document.findBlock(to);
    for (int steps = 0; last.next().isValid(); ++steps) {
        if (!highlighted(last) || steps > reach)
            return {0, -1};
        if (blank(last.next()) && !MarkdownHighlighter::marksAfter(last).isOpen())
            break;
        last = last.next();
    }
    return {first.position(), last.position() + last.length() - 1};
}

} // namespace Byline::WidgetUi
