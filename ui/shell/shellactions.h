#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace Byline::WidgetUi {

class DeskServices;
class Prompts;

// What belongs to the application rather than a feature: Preferences…, About Byline, Quit.
class ShellActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShellActions)

public:
    // `window` is what Quit closes and what the Preferences dialog stands over.
    ShellActions(DeskServices &services, Prompts &prompts, QWidget *window);

    [[nodiscard]] QAction *preferences() const { return m_preferences; }
    [[nodiscard]] QAction *about() const { return m_about; }
    [[nodiscard]] QAction *quit() const { return m_quit; }

    void choosePreferences();

private:
    DeskServices &m_services;
    Prompts &m_prompts;
    QWidget *m_window;
    QAction *m_preferences;
    QAction *m_about;
    QAction *m_quit;
};

} // namespace Byline::WidgetUi
