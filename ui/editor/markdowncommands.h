#pragma once

#include <QString>

#include <functional>

namespace Byline::WidgetUi {

class MarkdownEditor;

// The Format menu's commands and list continuation: Markdown inserted or removed around the
// selection (bold, italic, links) or at the start of its lines (headings, quotes, lists). Each is
// one undo step through the session's edit gateway, and leaves the cursor where writing goes on.
class MarkdownCommands final
{
public:
    explicit MarkdownCommands(MarkdownEditor &editor);

    void toggleStrong();
    void toggleEmphasis();
    void insertLink();
    void setHeadingLevel(int level); // 0 makes the line a paragraph
    void toggleQuote();
    void toggleList(bool numbered);
    // Enter in a list item starts the next item; Enter in an empty item ends the list. False when
    // the cursor is not in a list item, so Enter does what it always does.
    bool continueList();

private:
    void wrapSelection(const QString &marker);
    void prefixLines(const std::function<QString(const QString &line, int index)> &change);

    MarkdownEditor &m_editor;
};

} // namespace Byline::WidgetUi
