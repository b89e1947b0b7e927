#pragma once

#include "comparerunner.h"
#include "comparetextview.h"

#include <QStackedWidget>
#include <QTimer>

#include <memory>

class QLabel;
class QSplitter;

namespace Byline::WidgetUi {

// The texts of the compare window, read-only, in one of two layouts: inline (the new text, each
// deleted run struck through in place before what replaced it) or side by side (the old text
// left, the new right, scrolling together paragraph for paragraph). Either shows a change on
// request, selected and centred on both sides. Switching the layout, or a comparison coming
// again after an edit, keeps the place being read.
class CompareTextViews final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareTextViews)

public:
    enum class Mode { Inline, SideBySide };

    explicit CompareTextViews(QWidget *parent = nullptr);
    ~CompareTextViews() override;

    void show(std::shared_ptr<const CompareResult> result);
    void setMode(Mode mode);
    [[nodiscard]] Mode mode() const { return m_mode; }
    // Selects change `index` and scrolls it to the middle of each view.
    void showChange(qsizetype index);
    // The names over the two sides.
    void setSideLabels(const QString &before, const QString &after);
    // The editor's font and column width (0: the whole width).
    void setTextFont(const QFont &font, int columnCharacters);

    [[nodiscard]] CompareTextView *inlineView() const { return m_inline; }
    [[nodiscard]] CompareTextView *beforeView() const { return m_before; }
    [[nodiscard]] CompareTextView *afterView() const { return m_after; }

private:
    [[nodiscard]] CompareTextView *makeView(const QString &name);
    [[nodiscard]] QList<CompareTextView *> shownViews() const;
    // Gives `view` its document of the comparison shown, unless it has it already.
    void attach(CompareTextView *view);
    void attachAll();
    [[nodiscard]] QWidget *titled(QLabel *title, CompareTextView *view);
    // The position of the new text at the top of the view being read.
    [[nodiscard]] qsizetype readingPosition() const;
    void scrollTo(CompareTextView *view, qsizetype position);
    void follow(CompareTextView *leader);
    // Selects change `index` in the views of the layout shown.
    void select(qsizetype index);
    static void selectRange(CompareTextView *view, qsizetype start, qsizetype end);

    CompareTextView *m_inline;
    QSplitter *m_sides;
    CompareTextView *m_before;
    CompareTextView *m_after;
    QLabel *m_beforeTitle;
    QLabel *m_afterTitle;
    Mode m_mode = Mode::Inline;
    std::shared_ptr<const CompareResult> m_result;
    std::shared_ptr<const CompareResult> m_retired; // what views not yet given m_result's still show
    QList<CompareTextView *> m_stale; // those views
    QTimer m_attachLater;
    qsizetype m_currentChange = -1;
    bool m_following = false; // one view is being scrolled after the other
};

} // namespace Byline::WidgetUi
