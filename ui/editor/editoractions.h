#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace Byline::WidgetUi {

class FindBar;
class MarkdownEditor;
class Prompts;
class SettingsStore;

// The editor's menus: Edit (undo, the clipboard, find and replace, go to line), Format (bold,
// italic, links, headings, quotes, lists) and the zoom entries of View. It applies the editor's
// part of the settings (font, column width, line spacing, focus mode, typewriter scrolling) as
// they change.
class EditorActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorActions)

public:
    EditorActions(MarkdownEditor *editor, FindBar *findBar, Prompts &prompts, SettingsStore &settings,
                  QObject *parent = nullptr);
    ~EditorActions() override;

    // Undo … Select All; a null entry is a separator.
    [[nodiscard]] QList<QAction *> clipboardActions() const { return m_clipboard; }
    // Copy, for another feature's kind of copying to stand beside it.
    [[nodiscard]] QAction *copyAction() const { return m_copy; }
    // Find … Go to Line.
    [[nodiscard]] QList<QAction *> findActions() const { return m_find; }
    [[nodiscard]] QList<QAction *> formatActions() const { return m_format; }
    [[nodiscard]] QList<QAction *> zoomActions() const { return m_zoom; }

    void goToLine();

private:
    QAction *add(QList<QAction *> &group, const QString &text, const QKeySequence &shortcut);

    MarkdownEditor *m_editor;
    Prompts &m_prompts;
    std::unique_ptr<QMenu> m_headings; // a menu needs a widget parent, which this is not
    QList<QAction *> m_clipboard;
    QAction *m_copy = nullptr;
    QList<QAction *> m_find;
    QList<QAction *> m_format;
    QList<QAction *> m_zoom;
};

} // namespace Byline::WidgetUi
