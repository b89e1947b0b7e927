#include "settingsstore.h"

namespace Byline::WidgetUi {

SettingsStore::SettingsStore(QObject *parent)
    : QObject(parent)
    , m_settings(Settings::load())
{ }

void SettingsStore::replace(const Settings &settings)
{
    m_settings = settings;
    m_settings.save();
    Q_EMIT changed(m_settings);
}

void SettingsStore::update(const std::function<void(Settings &)> &change)
{
    change(m_settings);
    m_settings.save();
    Q_EMIT changed(m_settings);
}

} // namespace Byline::WidgetUi
