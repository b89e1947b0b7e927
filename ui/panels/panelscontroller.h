#pragma once

#include <QObject>

namespace Byline::WidgetUi {

class ArticleSession;
class MarkdownEditor;
class OutlinePanel;
class SettingsStore;
class StatisticsPanel;
class StatusIndicators;

// Keeps the outline, the statistics and the status bar's counts on the open article: each render
// brings counts and headings, the front matter the target and the deadline, the editor the words
// selected and the heading the cursor is under. Activating a heading moves the cursor there.
class PanelsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PanelsController)

public:
    PanelsController(ArticleSession &session, MarkdownEditor *editor, SettingsStore &settings, OutlinePanel *outline,
                     StatisticsPanel *statistics, StatusIndicators *indicators, QObject *parent = nullptr);
};

} // namespace Byline::WidgetUi
