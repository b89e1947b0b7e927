#include "markdowncommands.h"

#include "markdowneditor.h"

#include <ui/document/articlesession.h>

#include <QRegularExpression>
#include <QTextBlock>

namespace Byline::WidgetUi {

namespace {

const QRegularExpression &listItemPattern()
{
    // indent, marker, space, optional task box, content
    static const QRegularExpression pattern(
        QStringLiteral("^(\\s*)([-*+]|(\\d{1,9})([.)])|>)([ \\t]+)(\\[[ xX]\\][ \\t]+)?(.*)$"));
    return pattern;
}

// A cursor selecting `from` to `to`.
QTextCursor selecting(QTextDocument *document, int from, int to)
{
    QTextCursor cursor(document);
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    return cursor;
}

} // namespace

MarkdownCommands::MarkdownCommands(MarkdownEditor &editor)
    : m_editor(editor)
{ }

bool MarkdownCommands::continueList()
{
    const QTextCursor cursor = m_editor.textCursor();
    if (cursor.hasSelection() || cursor.positionInBlock() == 0)
        return false;
    const QTextBlock block = cursor.block();
    const QRegularExpressionMatch item = listItemPattern().match(block.text());
    if (!item.hasMatch() || cursor.positionInBlock() < item.capturedStart(7))
        return false;
    ArticleSession &session = m_editor.session();
    if (item.captured(7).trimmed().isEmpty()) {
        // An empty item: the list ends here.
        if (!session.replace(block.position(), block.position() + block.length() - 1, {}, EditOrigin::Formatting))
            return false;
        const int at = session.placed(block.position());
        m_editor.setTextCursor(selecting(m_editor.document(), at, at));
    } else {
        QString marker = item.captured(2);
        if (!item.captured(3).isEmpty())
            marker = QString::number(item.captured(3).toLongLong() + 1) + item.captured(4);
        QString next = QLatin1Char('\n') + item.captured(1) + marker + item.captured(5);
        if (!item.captured(6).isEmpty())
            next += QLatin1String("[ ] ");
        const int at = cursor.position();
        if (!session.replace(at, at, next, EditOrigin::Formatting))
            return false;
        const int after = session.placed(at + int(next.size()));
        m_editor.setTextCursor(selecting(m_editor.document(), after, after));
    }
    m_editor.ensureCursorVisible();
    return true;
}

void MarkdownCommands::wrapSelection(const QString &marker)
{
    QTextCursor cursor = m_editor.textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    const int length = int(marker.size());
    const QString selected = cursor.selectedText();
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    ArticleSession &session = m_editor.session();
    QTextDocument *document = m_editor.document();
    // The markers go in (or out) on their own, so suggest mode records them as the change they are.
    if (selected.size() >= 2 * length && selected.startsWith(marker) && selected.endsWith(marker)) {
        // Already marked: unmark.
        if (session.apply({{start, start + length, {}}, {end - length, end, {}}}, EditOrigin::Formatting)) {
            const int at = session.placed(end - 2 * length);
            m_editor.setTextCursor(selecting(document, at, at));
        }
    } else if (selected.isEmpty()) {
        if (session.replace(start, end, marker + marker, EditOrigin::Formatting)) {
            const int at = session.placed(start + length);
            m_editor.setTextCursor(selecting(document, at, at));
        }
    } else if (session.apply({{start, start, marker}, {end, end, marker}}, EditOrigin::Formatting)) {
        using Placement = ArticleSession::Placement;
        m_editor.setTextCursor(selecting(document, session.placed(start + length, Placement::Around),
                                         session.placed(end + length, Placement::Around)));
    }
}

void MarkdownCommands::toggleStrong()
{
    wrapSelection(QStringLiteral("**"));
}

void MarkdownCommands::toggleEmphasis()
{
    wrapSelection(QStringLiteral("*"));
}

void MarkdownCommands::insertLink()
{
    const QTextCursor cursor = m_editor.textCursor();
    const QString text = cursor.selectedText();
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    const QString placeholder = QStringLiteral("https://");
    const QString tail = QLatin1String("](") + placeholder + QLatin1Char(')');
    ArticleSession &session = m_editor.session();
    // Around a selection, two insertions (each its own suggestion in suggest mode); at a point, one.
    const QList<TextEdit> edits = text.isEmpty()
        ? QList<TextEdit> {{start, start, QLatin1Char('[') + tail}}
        : QList<TextEdit> {{start, start, QStringLiteral("[")}, {end, end, tail}};
    if (!session.apply(edits, EditOrigin::Formatting))
        return;
    if (text.isEmpty()) {
        const int at = session.placed(start + 1);
        m_editor.setTextCursor(selecting(m_editor.document(), at, at)); // type the link text
    } else {
        const int url = end + 3;
        m_editor.setTextCursor(
            selecting(m_editor.document(), session.placed(url), session.placed(url + int(placeholder.size()))));
    }
}

void MarkdownCommands::prefixLines(const std::function<QString(const QString &line, int index)> &change)
{
    const QTextCursor cursor = m_editor.textCursor();
    QTextDocument *document = m_editor.document();
    const QTextBlock first = document->findBlock(cursor.selectionStart());
    const QTextBlock last = document->findBlock(cursor.selectionEnd());
    QList<TextEdit> edits;
    int index = 0;
    for (QTextBlock block = first; block.isValid(); block = block.next(), ++index) {
        const QString changed = change(block.text(), index);
        if (changed != block.text())
            edits.append({block.position(), block.position() + block.length() - 1, changed});
        if (block == last)
            break;
    }
    if (!edits.isEmpty())
        m_editor.session().apply(edits, EditOrigin::Formatting);
}

void MarkdownCommands::setHeadingLevel(int level)
{
    static const QRegularExpression heading(QStringLiteral("^ {0,3}#{1,6}[ \\t]*"));
    prefixLines([level](const QString &line, int) {
        QString text = line;
        text.remove(heading);
        return level > 0 ? QString(QString(level, QLatin1Char('#')) + QLatin1Char(' ') + text) : text;
    });
}

void MarkdownCommands::toggleQuote()
{
    const bool quoted = m_editor.textCursor().block().text().startsWith(QLatin1Char('>'));
    static const QRegularExpression quote(QStringLiteral("^> ?"));
    prefixLines([quoted](const QString &line, int) {
        QString text = line;
        return quoted ? text.remove(quote) : QString(QLatin1String("> ") + text);
    });
}

void MarkdownCommands::toggleList(bool numbered)
{
    static const QRegularExpression marker(QStringLiteral("^\\s*(?:[-*+]|\\d{1,9}[.)])[ \\t]+"));
    const bool listed = marker.match(m_editor.textCursor().block().text()).hasMatch();
    prefixLines([listed, numbered](const QString &line, int index) {
        QString text = line;
        text.remove(marker);
        if (listed)
            return text;
        return QString((numbered ? QString::number(index + 1) + QLatin1String(". ") : QStringLiteral("- ")) + text);
    });
}

} // namespace Byline::WidgetUi
