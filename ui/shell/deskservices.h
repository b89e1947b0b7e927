#pragma once

#include <spell/spellservice.h>
#include <ui/common/settingsstore.h>

#include <memory>

namespace Byline::Core {
class RecoveryJournal;
}

namespace Byline::WidgetUi {

// What the windows of one process share: the user's settings, the spelling dictionaries (each
// loaded once), and the recovery journal's session. Made once, by the program's main(), and handed
// to every window, so nothing here is a hidden global.
class DeskServices final
{
public:
    DeskServices();
    ~DeskServices();
    Q_DISABLE_COPY_MOVE(DeskServices)

    [[nodiscard]] SettingsStore &settings() { return m_settings; }
    [[nodiscard]] Core::SpellService &spelling() { return m_spelling; }
    [[nodiscard]] const std::shared_ptr<Core::RecoveryJournal> &journal() const { return m_journal; }

    // Where unsaved text is journalled, one folder per running session.
    [[nodiscard]] static QString recoveryFolder();

private:
    SettingsStore m_settings;
    Core::SpellService m_spelling;
    std::shared_ptr<Core::RecoveryJournal> m_journal;
};

} // namespace Byline::WidgetUi
