#pragma once

#include "scriptedprompts.h"

#include <safety/recoveryjournal.h>
#include <ui/document/articlesession.h>
#include <ui/shell/deskservices.h>
#include <ui/shell/mainwindow.h>

#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

#include <chrono>
#include <functional>

// What tests of the window's features share: waiting for the session's work, which runs off the
// UI thread, and a whole window answered by a script.
namespace {

// Renders start within milliseconds and a render is too complex after 300 ms, so no test waits
// on the two-second limits the writer gets.
inline Byline::WidgetUi::RenderScheduler::Limits quickLimits()
{
    using namespace std::chrono_literals;
    Byline::WidgetUi::RenderScheduler::Limits limits;
    limits.tooComplex = 300ms;
    limits.pauseMin = 10ms;
    limits.pauseMax = 20ms;
    limits.burstMin = 100ms;
    limits.burstMax = 200ms;
    return limits;
}

// One recovery journal for the test process, as the window's DeskServices keeps one.
inline std::shared_ptr<Byline::Core::RecoveryJournal> testJournal()
{
    static const auto shared
        = std::make_shared<Byline::Core::RecoveryJournal>(Byline::WidgetUi::DeskServices::recoveryFolder());
    return shared;
}

// Types at the end of the text, as the user would (typing is not an edit through the gateway).
inline void typeAtEnd(Byline::WidgetUi::ArticleSession &session, const QString &text)
{
    QTextCursor cursor(session.document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
}

// Starts something that reports when it is done (open, save …) and waits for it; its outcome.
inline bool finished(const std::function<void(Byline::WidgetUi::ArticleSession::Done)> &start, int timeoutMs = 20000)
{
    bool done = false;
    bool outcome = false;
    start([&done, &outcome](bool ok) {
        done = true;
        outcome = ok;
    });
    return QTest::qWaitFor([&done] { return done; }, timeoutMs) && outcome;
}

inline bool openAndWait(Byline::WidgetUi::ArticleSession &session, const QString &path)
{
    return finished([&](auto done) { session.open(path, done); });
}

inline bool saveAndWait(Byline::WidgetUi::ArticleSession &session)
{
    return finished([&](auto done) { session.save(done); });
}

// A window as the program makes one, with its questions answered by `prompts`.
struct TestWindow
{
    Byline::WidgetUi::DeskServices services;
    ScriptedPrompts prompts;
    Byline::WidgetUi::MainWindow window {services, &prompts};

    [[nodiscard]] const Byline::WidgetUi::MainWindow::Parts &parts() const { return window.parts(); }
    [[nodiscard]] Byline::WidgetUi::ArticleSession &session() const { return *window.parts().session; }
    [[nodiscard]] bool open(const QString &path) const { return openAndWait(session(), path); }
};

} // namespace
