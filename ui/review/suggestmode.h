#pragma once

#include <QObject>

#include <optional>

class QAction;
class QLabel;
class QWidget;

namespace Byline::WidgetUi {

class ArticleSession;
class Notices;
class Prompts;
class SettingsStore;

// Edit ▸ Suggest Changes (Ctrl+Shift+E, as Word's Track Changes): turns the session's suggest
// mode on and off, signed with Preferences ▸ Your name (asked for once when there is none), and
// shows "Suggesting as Name" in the status bar, in the reviewer's colour, while it is on. What
// suggest mode refuses to record is said in the status bar.
class SuggestMode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestMode)

public:
    SuggestMode(ArticleSession &session, Notices &notices, Prompts &prompts, SettingsStore &settings, QWidget *window);

    [[nodiscard]] QAction *action() const { return m_action; }
    [[nodiscard]] QLabel *indicator() const { return m_indicator; }

    // On or off; turning it on without a name asks for one (false when none is given).
    bool setOn(bool on);
    // The name suggestions and comments are signed with, asked for when Preferences has none.
    [[nodiscard]] std::optional<QString> yourName();

private:
    void updateIndicator();

    ArticleSession &m_session;
    Notices &m_notices;
    Prompts &m_prompts;
    SettingsStore &m_settings;
    QAction *m_action;
    QLabel *m_indicator;
};

} // namespace Byline::WidgetUi
