#pragma once

#include <QObject>

#include <review/reviewedits.h>

class QAction;
class QActionGroup;

namespace Byline::WidgetUi {

class RenderScheduler;

// View ▸ Review Marks in Preview: which view of the review the preview and reader mode show — All
// Markup (every change and comment, with reviewers and times, as Word's "All Markup"), Final
// (changes accepted, comments hidden) or Original (changes rejected) — and whether resolved
// comment threads are shown.
class ReviewViews final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewViews)

public:
    ReviewViews(RenderScheduler &renderer, QObject *parent);

    // The three views and Show Resolved Comments (null: a separator).
    [[nodiscard]] QList<QAction *> actions() const;

    void setView(Core::ReviewEdits::View view);
    [[nodiscard]] Core::ReviewEdits::View view() const;

private:
    void apply();

    RenderScheduler &m_renderer;
    QActionGroup *m_group;
    QAction *m_markup;
    QAction *m_final;
    QAction *m_original;
    QAction *m_showResolved;
};

} // namespace Byline::WidgetUi
