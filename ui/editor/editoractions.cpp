#include "editoractions.h"

#include "findbar.h"
#include "markdowneditor.h"

#include <ui/common/prompts.h>
#include <ui/common/settingsstore.h>

#include <QAction>
#include <QMenu>

namespace Byline::WidgetUi {

EditorActions::EditorActions(MarkdownEditor *editor, FindBar *findBar, Prompts &prompts, SettingsStore &settings,
                             QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_prompts(prompts)
    , m_headings(std::make_unique<QMenu>(tr("&Heading")))
{
    connect(add(m_clipboard, tr("&Undo"), QKeySequence::Undo), &QAction::triggered, editor, &QPlainTextEdit::undo);
    connect(add(m_clipboard, tr("&Redo"), QKeySequence::Redo), &QAction::triggered, editor, &QPlainTextEdit::redo);
    m_clipboard.append(nullptr);
    connect(add(m_clipboard, tr("Cu&t"), QKeySequence::Cut), &QAction::triggered, editor,
            &MarkdownEditor::cutSelection);
    m_copy = add(m_clipboard, tr("&Copy"), QKeySequence::Copy);
    connect(m_copy, &QAction::triggered, editor, &QPlainTextEdit::copy);
    connect(add(m_clipboard, tr("&Paste"), QKeySequence::Paste), &QAction::triggered, editor, &QPlainTextEdit::paste);
    connect(add(m_clipboard, tr("Select &All"), QKeySequence::SelectAll), &QAction::triggered, editor,
            &QPlainTextEdit::selectAll);

    connect(add(m_find, tr("&Find…"), QKeySequence::Find), &QAction::triggered, findBar, &FindBar::showFind);
    connect(add(m_find, tr("Find &Next"), QKeySequence::FindNext), &QAction::triggered, findBar, &FindBar::findNext);
    connect(add(m_find, tr("Find Pre&vious"), QKeySequence::FindPrevious), &QAction::triggered, findBar,
            &FindBar::findPrevious);
    connect(add(m_find, tr("&Replace…"), QKeySequence::Replace), &QAction::triggered, findBar, &FindBar::showReplace);
    // Not Ctrl+G: that is Find Next on several desktops, and an ambiguous shortcut does nothing.
    connect(add(m_find, tr("&Go to Line…"), QKeySequence(tr("Ctrl+L"))), &QAction::triggered, this,
            &EditorActions::goToLine);

    MarkdownCommands &commands = editor->commands();
    connect(add(m_format, tr("&Bold"), QKeySequence::Bold), &QAction::triggered, this,
            [&commands] { commands.toggleStrong(); });
    connect(add(m_format, tr("&Italic"), QKeySequence::Italic), &QAction::triggered, this,
            [&commands] { commands.toggleEmphasis(); });
    connect(add(m_format, tr("&Link"), QKeySequence(tr("Ctrl+K"))), &QAction::triggered, this,
            [&commands] { commands.insertLink(); });
    m_format.append(nullptr);
    for (int level = 1; level <= 6; ++level) {
        m_headings->addAction(tr("Heading &%1").arg(level), QKeySequence(tr("Ctrl+%1").arg(level)), this,
                              [&commands, level] { commands.setHeadingLevel(level); });
    }
    m_headings->addAction(tr("&Paragraph"), QKeySequence(tr("Ctrl+Alt+0")), this,
                          [&commands] { commands.setHeadingLevel(0); });
    m_format.append(m_headings->menuAction());
    connect(add(m_format, tr("&Quote"), QKeySequence(tr("Ctrl+Alt+Q"))), &QAction::triggered, this,
            [&commands] { commands.toggleQuote(); });
    connect(add(m_format, tr("Bulleted Li&st"), QKeySequence(tr("Ctrl+Alt+U"))), &QAction::triggered, this,
            [&commands] { commands.toggleList(false); });
    connect(add(m_format, tr("&Numbered List"), QKeySequence(tr("Ctrl+Alt+O"))), &QAction::triggered, this,
            [&commands] { commands.toggleList(true); });

    connect(add(m_zoom, tr("Zoom &In"), QKeySequence::ZoomIn), &QAction::triggered, editor,
            [editor] { editor->zoomBy(1); });
    connect(add(m_zoom, tr("Zoom &Out"), QKeySequence::ZoomOut), &QAction::triggered, editor,
            [editor] { editor->zoomBy(-1); });
    connect(add(m_zoom, tr("&Actual Size"), QKeySequence(tr("Ctrl+0"))), &QAction::triggered, editor,
            &MarkdownEditor::resetZoom);

    const auto apply = [editor](const Settings &chosen) {
        editor->setBaseFont(chosen.editorFont);
        editor->setColumnWidth(chosen.columnWidth);
        editor->setLineSpacing(chosen.lineSpacing);
        editor->setFocusMode(chosen.focusMode);
        editor->setTypewriterScrolling(chosen.typewriterScrolling);
    };
    connect(&settings, &SettingsStore::changed, editor, apply);
    apply(settings.settings());
}

EditorActions::~EditorActions() = default;

QAction *EditorActions::add(QList<QAction *> &group, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    group.append(action);
    return action;
}

void EditorActions::goToLine()
{
    const int lines = m_editor->blockCount();
    if (const std::optional<int> line
        = m_prompts.askNumber({tr("Go to Line"), tr("&Line (1–%1):").arg(lines), m_editor->cursorLine(), 1, lines}))
        m_editor->goToLine(*line);
}

} // namespace Byline::WidgetUi
