#pragma once

#include "settings.h"

#include <QObject>

namespace Byline::WidgetUi {

// The user's settings while Byline runs: one copy, saved as soon as it changes, and a signal each
// feature follows to apply its own part (the editor its font, spelling its language, the guard
// the autosave interval), so no one object has to push settings into all the others.
class SettingsStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsStore)

public:
    explicit SettingsStore(QObject *parent = nullptr);

    [[nodiscard]] const Settings &settings() const { return m_settings; }
    // Replaces them all (Preferences), saves and announces the change.
    void replace(const Settings &settings);
    // Changes some (a view toggled in a menu), saves and announces the change.
    void update(const std::function<void(Settings &settings)> &change);

Q_SIGNALS:
    void changed(const Byline::WidgetUi::Settings &settings);

private:
    Settings m_settings;
};

} // namespace Byline::WidgetUi
