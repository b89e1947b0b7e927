#include "notices.h"

#include <QStatusBar>

namespace Byline::WidgetUi {

Notices::Notices(MessageBar *bar, QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_bar(bar)
    , m_statusBar(statusBar)
{ }

void Notices::banner(const QString &text, MessageBar::Level level, const QList<MessageBar::Action> &actions)
{
    m_bar->showMessage(text, level, actions);
}

void Notices::showStatus(const QString &text, int timeoutMs)
{
    if (m_statusBar)
        m_statusBar->showMessage(text, timeoutMs);
}

QString Notices::status() const
{
    return m_statusBar ? m_statusBar->currentMessage() : QString();
}

} // namespace Byline::WidgetUi
