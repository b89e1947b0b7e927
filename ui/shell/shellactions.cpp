#include "shellactions.h"

#include "deskservices.h"
#include "preferencesdialog.h"

#include <ui/common/prompts.h>

#include <QAction>
#include <QApplication>

namespace Byline::WidgetUi {

namespace {

// The platform's keys for a standard action, or `fallback` where the platform defines none
// (Quit and Preferences have none outside some desktops).
QList<QKeySequence> standardOr(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty())
        keys.append(fallback);
    return keys;
}

} // namespace

ShellActions::ShellActions(DeskServices &services, Prompts &prompts, QWidget *window)
    : QObject(window)
    , m_services(services)
    , m_prompts(prompts)
    , m_window(window)
    , m_preferences(new QAction(tr("Pr&eferences…"), this))
    , m_about(new QAction(tr("&About Byline"), this))
    , m_quit(new QAction(tr("&Quit"), this))
{
    m_preferences->setShortcuts(standardOr(QKeySequence::Preferences, QKeySequence(tr("Ctrl+,"))));
    m_quit->setShortcuts(standardOr(QKeySequence::Quit, QKeySequence(tr("Ctrl+Q"))));
    connect(m_preferences, &QAction::triggered, this, &ShellActions::choosePreferences);
    connect(m_quit, &QAction::triggered, window, &QWidget::close);
    connect(m_about, &QAction::triggered, this, [this] {
        m_prompts.tell(Prompts::Tone::Information, tr("About Byline"),
                       tr("<h3>Byline %1</h3><p>A writing desk for columnists and their editors.</p>"
                          "<p>Free software under the GNU General Public License, version 3 or later.</p>"
                          "<p><small>Qt %2, cmark, Hunspell, SQLite</small></p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
}

void ShellActions::choosePreferences()
{
    SettingsStore &settings = m_services.settings();
    PreferencesDialog dialog(settings.settings(), m_services.spelling().catalog().dictionaries(), m_window);
    if (m_prompts.run(dialog))
        settings.replace(dialog.settings());
}

} // namespace Byline::WidgetUi
