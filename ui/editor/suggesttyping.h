#pragma once

#include <QString>
#include <QTextCursor>

#include <utility>

class QKeyEvent;
class QMimeData;
class QPlainTextEdit;
class QTextDocument;

namespace Byline::WidgetUi {

class ArticleSession;

// What the writer's keys, cuts and pastes do to the text while Suggest Changes is on: each becomes
// one edit through the session's gateway, which makes it a suggestion, and the cursor goes where
// the suggestion left the words (inside one's own addition, so typing goes on there).
class SuggestTyping final
{
public:
    SuggestTyping(QPlainTextEdit &editor, ArticleSession &session);

    // A key that changes the text, made an edit; false for any other key.
    bool key(QKeyEvent *event);
    // [from, to) replaced by `text`, the cursor after it (or, for a deletion, before it when
    // `backwards`).
    void replace(int from, int to, const QString &text, bool backwards = false);
    // The selection, or what `move` passes over, suggested deleted.
    void deleteTo(QTextCursor::MoveOperation move);
    // The selection copied and suggested deleted.
    void cut();
    // What the clipboard or a drop holds, as an addition of its text (rich text as the text it shows).
    void insert(const QMimeData &source);

    // The paragraphs around [from, to) of `document` that no mark, code block or front matter
    // crosses, from the highlighter's line states (ArticleSession::CleanRange); {0, -1} when there
    // are none near.
    [[nodiscard]] static std::pair<int, int> cleanRange(const QTextDocument &document, int from, int to);

private:
    QPlainTextEdit &m_editor;
    ArticleSession &m_session;
};

} // namespace Byline::WidgetUi
