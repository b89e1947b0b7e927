#include "panelscontroller.h"

#include "outlinepanel.h"
#include "statisticspanel.h"
#include "statusindicators.h"

#include <ui/common/settingsstore.h>
#include <ui/document/articlesession.h>
#include <ui/editor/markdowneditor.h>

namespace Byline::WidgetUi {

namespace {

// Past this, the selection's words are not counted on every change: it would cost a keystroke.
constexpr int maximumCountedSelection = 200000;

} // namespace

PanelsController::PanelsController(ArticleSession &session, MarkdownEditor *editor, SettingsStore &settings,
                                   OutlinePanel *outline, StatisticsPanel *statistics, StatusIndicators *indicators,
                                   QObject *parent)
    : QObject(parent)
{
    connect(&session, &ArticleSession::rendered, this,
            [editor, outline, statistics, indicators](const Core::RenderResult &result) {
                indicators->setStats(result.stats);
                statistics->setStats(result.stats);
                outline->setOutline(result.outline);
                outline->followLine(editor->cursorLine());
            });
    const auto showMetadata = [&session, indicators] {
        const Core::ArticleMetadata metadata = session.metadata();
        indicators->setMetadata(metadata.targetWords, metadata.deadline);
    };
    connect(&session, &ArticleSession::metadataChanged, this, showMetadata);
    connect(&session, &ArticleSession::opened, this, showMetadata);
    connect(editor, &QPlainTextEdit::cursorPositionChanged, outline,
            [editor, outline] { outline->followLine(editor->cursorLine()); });
    connect(editor, &QPlainTextEdit::selectionChanged, indicators, [editor, indicators] {
        const QTextCursor cursor = editor->textCursor();
        const int length = cursor.selectionEnd() - cursor.selectionStart();
        indicators->setSelectedWords(length > 0 && length < maximumCountedSelection
                                         ? Core::TextStatsBuilder::countWords(cursor.selectedText())
                                         : 0);
    });
    connect(outline, &OutlinePanel::lineActivated, editor, &MarkdownEditor::goToLine);
    const auto applySettings
        = [&session](const Settings &chosen) { session.renderer().setWordsPerMinute(chosen.wordsPerMinute); };
    connect(&settings, &SettingsStore::changed, this, applySettings);
    applySettings(settings.settings());
    showMetadata();
}

} // namespace Byline::WidgetUi
