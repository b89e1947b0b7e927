#pragma once

#include "messagebar.h"

#include <QObject>
#include <QPointer>

class QStatusBar;

namespace Byline::WidgetUi {

// What the window tells the user without asking: a banner over the text for what needs
// attention (the message bar), a line in the status bar for what just happened ("Saved"). Every
// feature reports through it, so none needs the window, and tests read what the user was told.
class Notices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notices)

public:
    static constexpr int statusTimeoutMs = 4000;

    Notices(MessageBar *bar, QStatusBar *statusBar, QObject *parent = nullptr);

    [[nodiscard]] MessageBar &bar() const { return *m_bar; }
    void banner(const QString &text, MessageBar::Level level, const QList<MessageBar::Action> &actions = {});
    void showStatus(const QString &text, int timeoutMs = statusTimeoutMs);
    // What the status line says now (for tests; also empty once it timed out).
    [[nodiscard]] QString status() const;

private:
    QPointer<MessageBar> m_bar;
    QPointer<QStatusBar> m_statusBar;
};

} // namespace Byline::WidgetUi
