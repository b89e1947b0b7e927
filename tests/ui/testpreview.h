#pragma once

#include "testdesk.h"

#include <safety/recoveryjournal.h>
#include <ui/document/articlesession.h>
#include <ui/preview/previewpane.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

#include <memory>

// What the preview's tests share: an untitled article and its preview, and text to fill it with.
namespace {

inline QString paragraphs(int count)
{
    QString markdown;
    for (int i = 0; i < count; ++i)
        markdown += QStringLiteral("Paragraph %1 with some words in it.\n\n").arg(i);
    return markdown;
}

// Replaces the whole text, as selecting all and typing does.
inline void typeOver(Byline::WidgetUi::ArticleSession &session, const QString &text)
{
    QTextCursor cursor(session.document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
}

// An untitled article and its preview; the preview shows (and so applies renders) once shown.
struct Preview
{
    explicit Preview(Byline::WidgetUi::RenderScheduler::Limits limits = quickLimits())
        : session(std::make_shared<Byline::Core::RecoveryJournal>(journal.path()), limits)
        , pane(session)
    {
        pane.resize(400, 300);
    }

    // Shows the preview once the untitled document's first render has landed, so a test's own
    // renders are not mistaken for it.
    bool show()
    {
        pane.show();
        return QTest::qWaitForWindowExposed(&pane) && (!firstRender.isEmpty() || firstRender.wait(5000));
    }

    QTemporaryDir journal;
    Byline::WidgetUi::ArticleSession session;
    Byline::WidgetUi::PreviewPane pane;
    QSignalSpy firstRender {&session, &Byline::WidgetUi::ArticleSession::rendered}; // before the event loop delivers it
};

} // namespace
