#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QSplitter;

namespace Byline::WidgetUi {

class MarkdownEditor;
class Notices;
class PreviewPane;
class SettingsStore;

// How the window shows the article: with or without the preview and the library, reader mode
// (the rendered article alone at a comfortable measure), distraction-free (full screen, the text
// alone), focus mode and typewriter scrolling — the View menu. Esc leaves reader mode and full
// screen; the layout before a mode comes back after it.
class ViewModes final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewModes)

public:
    struct Parts
    {
        QMainWindow *window = nullptr;
        QSplitter *splitter = nullptr;
        QWidget *library = nullptr;
        QWidget *editorColumn = nullptr;
        MarkdownEditor *editor = nullptr;
        PreviewPane *preview = nullptr;
        QList<QDockWidget *> docks;
    };

    ViewModes(Parts parts, SettingsStore &settings, Notices &notices, QObject *parent = nullptr);

    // Preview, Reader Mode, Distraction-Free, Focus Mode, Typewriter Scrolling, Library (a null
    // entry is a separator).
    [[nodiscard]] QList<QAction *> viewActions() const;
    [[nodiscard]] QAction *libraryAction() const { return m_library; }

    void setReaderMode(bool on);
    [[nodiscard]] bool readerMode() const { return m_readerMode; }
    void setDistractionFree(bool on);
    // Esc: leaves full screen, else reader mode; false when in neither.
    bool leaveMode();

private:
    QAction *addToggle(const QString &text, const QKeySequence &shortcut, bool checked);

    Parts m_parts;
    SettingsStore &m_settings;
    Notices &m_notices;
    QList<QAction *> m_actions;
    QAction *m_preview;
    QAction *m_reader;
    QAction *m_fullScreen;
    QAction *m_focus;
    QAction *m_typewriter;
    QAction *m_library;
    bool m_readerMode = false;
    QByteArray m_layoutBeforeMode; // splitter sizes and visibility before reader mode or full screen
    QList<bool> m_visibleBeforeMode;
};

} // namespace Byline::WidgetUi
