#include "viewmodes.h"

#include <ui/common/notices.h>
#include <ui/common/settingsstore.h>
#include <ui/editor/markdowneditor.h>
#include <ui/preview/previewpane.h>

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>

namespace Byline::WidgetUi {

namespace {

constexpr int readerMeasurePixels = 720;

} // namespace

ViewModes::ViewModes(Parts parts, SettingsStore &settings, Notices &notices, QObject *parent)
    : QObject(parent)
    , m_parts(std::move(parts))
    , m_settings(settings)
    , m_notices(notices)
{
    const Settings &chosen = settings.settings();
    m_preview = addToggle(tr("&Preview"), QKeySequence(tr("Ctrl+Shift+P")),
                          chosen.previewLayout == Settings::PreviewLayout::Beside);
    m_reader = addToggle(tr("&Reader Mode"), QKeySequence(tr("Ctrl+Shift+R")), false);
    // F11 rather than QKeySequence::FullScreen, which is Ctrl+Shift+F (focus mode) on some desktops.
    m_fullScreen = addToggle(tr("Distraction-&Free"), QKeySequence(Qt::Key_F11), false);
    m_actions.append(nullptr);
    m_focus = addToggle(tr("&Focus Mode"), QKeySequence(tr("Ctrl+Shift+F")), chosen.focusMode);
    m_typewriter = addToggle(tr("&Typewriter Scrolling"), QKeySequence(tr("Ctrl+Shift+T")), chosen.typewriterScrolling);
    m_actions.append(nullptr);
    m_library = addToggle(tr("&Library"), QKeySequence(tr("Ctrl+Shift+L")), false);

    connect(m_preview, &QAction::toggled, this, [this](bool on) {
        m_parts.preview->setVisible(on);
        m_settings.update([on](Settings &changed) {
            changed.previewLayout = on ? Settings::PreviewLayout::Beside : Settings::PreviewLayout::Hidden;
        });
    });
    connect(m_reader, &QAction::toggled, this, &ViewModes::setReaderMode);
    connect(m_fullScreen, &QAction::toggled, this, &ViewModes::setDistractionFree);
    connect(m_focus, &QAction::toggled, this,
            [this](bool on) { m_settings.update([on](Settings &changed) { changed.focusMode = on; }); });
    connect(m_typewriter, &QAction::toggled, this,
            [this](bool on) { m_settings.update([on](Settings &changed) { changed.typewriterScrolling = on; }); });
    connect(m_library, &QAction::toggled, m_parts.library, &QWidget::setVisible);
    // Preferences may change the layout too.
    connect(&settings, &SettingsStore::changed, this, [this](const Settings &changed) {
        m_preview->setChecked(changed.previewLayout == Settings::PreviewLayout::Beside);
        m_focus->setChecked(changed.focusMode);
        m_typewriter->setChecked(changed.typewriterScrolling);
    });
    m_parts.preview->setVisible(m_preview->isChecked());
    m_parts.library->setVisible(false);
}

QAction *ViewModes::addToggle(const QString &text, const QKeySequence &shortcut, bool checked)
{
    auto *action = new QAction(text, this);
    action->setCheckable(true);
    action->setChecked(checked);
    action->setShortcut(shortcut);
    m_actions.append(action);
    return action;
}

QList<QAction *> ViewModes::viewActions() const
{
    return m_actions;
}

void ViewModes::setReaderMode(bool on)
{
    if (on == m_readerMode)
        return;
    m_readerMode = on;
    if (m_reader->isChecked() != on)
        m_reader->setChecked(on);
    if (on) {
        m_layoutBeforeMode = m_parts.splitter->saveState();
        m_visibleBeforeMode = {m_parts.library->isVisible(), m_parts.preview->isVisible()};
        m_parts.library->hide();
        m_parts.editorColumn->hide();
        m_parts.preview->show();
        m_parts.preview->setMeasure(readerMeasurePixels);
        m_parts.preview->setFocus();
        m_notices.showStatus(tr("Reader mode: Esc or Ctrl+Shift+R returns to the text"));
    } else {
        m_parts.editorColumn->show();
        m_parts.preview->setMeasure(0);
        m_parts.splitter->restoreState(m_layoutBeforeMode);
        if (m_visibleBeforeMode.size() == 2) {
            m_parts.library->setVisible(m_visibleBeforeMode.at(0));
            m_parts.preview->setVisible(m_visibleBeforeMode.at(1) && m_preview->isChecked());
        }
        m_parts.editor->setFocus();
    }
}

void ViewModes::setDistractionFree(bool on)
{
    QMainWindow *window = m_parts.window;
    if (m_fullScreen->isChecked() != on)
        m_fullScreen->setChecked(on);
    if (on == window->isFullScreen())
        return;
    if (on) {
        m_visibleBeforeMode = {m_parts.library->isVisible(), m_parts.preview->isVisible()};
        m_parts.library->hide();
        m_parts.preview->hide();
        for (QDockWidget *dock : std::as_const(m_parts.docks))
            dock->hide();
        window->menuBar()->hide();
        window->statusBar()->hide();
        window->showFullScreen();
        m_parts.editor->setFocus();
    } else {
        window->showNormal();
        window->menuBar()->show();
        window->statusBar()->show();
        if (m_visibleBeforeMode.size() == 2) {
            m_parts.library->setVisible(m_visibleBeforeMode.at(0));
            m_parts.preview->setVisible(m_visibleBeforeMode.at(1));
        }
    }
}

bool ViewModes::leaveMode()
{
    if (m_parts.window->isFullScreen()) {
        setDistractionFree(false);
        return true;
    }
    if (m_readerMode) {
        setReaderMode(false);
        return true;
    }
    return false;
}

} // namespace Byline::WidgetUi
