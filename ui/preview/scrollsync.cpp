#include "scrollsync.h"

#include "previewpane.h"

#include <ui/editor/markdowneditor.h>

namespace Byline::WidgetUi {

ScrollSync::ScrollSync(MarkdownEditor *editor, PreviewPane *preview, QObject *parent)
    : QObject(parent)
{
    connect(editor, &MarkdownEditor::topLineChanged, preview, [this, preview](int line) {
        if (!m_followingPreview)
            preview->scrollToLine(line);
    });
    connect(preview, &PreviewPane::topLineChanged, editor, [this, editor](int line) {
        m_followingPreview = true;
        editor->scrollToLine(line);
        m_followingPreview = false;
    });
    connect(editor, &QPlainTextEdit::cursorPositionChanged, preview, [editor, preview] {
        const double fraction = double(editor->cursorRect().top()) / std::max(1, editor->viewport()->height());
        preview->revealLine(editor->cursorLine(), fraction);
    });
}

} // namespace Byline::WidgetUi
