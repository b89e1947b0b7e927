#pragma once

#include <QObject>

namespace Byline::WidgetUi {

class MarkdownEditor;
class PreviewPane;

// Keeps the editor and the preview on the same part of the article: each follows the other's
// scrolling by file line (never both at once), and the preview brings the editor's cursor line
// into sight where the editor shows it.
class ScrollSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScrollSync)

public:
    ScrollSync(MarkdownEditor *editor, PreviewPane *preview, QObject *parent = nullptr);

private:
    bool m_followingPreview = false;
};

} // namespace Byline::WidgetUi
