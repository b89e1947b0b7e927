#pragma once

#include <ui/document/articlesession.h>
#include <ui/editor/markdowneditor.h>

#include <QTest>
#include <QTextCursor>

// What the editor's tests share: an untitled article in an editor, a stretch of its text, and
// typing into it.
namespace {

// An untitled article in an editor, as the window shows one. No recovery journal: nothing here is
// recovered.
struct Desk
{
    explicit Desk(const QString &text = {}) { editor.setPlainText(text); }

    Byline::WidgetUi::ArticleSession session {nullptr};
    Byline::WidgetUi::MarkdownEditor editor {session};
};

inline QTextCursor selecting(Byline::WidgetUi::MarkdownEditor &editor, int from, int to)
{
    QTextCursor cursor(editor.document());
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    return cursor;
}

inline void typeAt(Byline::WidgetUi::MarkdownEditor &editor, const QString &text)
{
    QTest::keyClicks(&editor, text);
}

} // namespace
