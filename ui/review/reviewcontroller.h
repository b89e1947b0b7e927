#pragma once

#include <QObject>

#include <review/reviewedits.h>

class QAction;
class QActionGroup;
class QLabel;
class QWidget;

namespace Byline::WidgetUi {

class ArticleSession;
class MarkdownEditor;
class Notices;

// The editor's desk, as far as it goes: which view of the review the preview shows (All Markup,
// Final, Original, resolved threads or not), the status bar's `4 suggestions · 2 comments`, moving
// to the next or previous change, and accepting or rejecting the change at the cursor or all of
// them, each decision one undoable edit through the session's gateway.
class ReviewController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewController)

public:
    ReviewController(ArticleSession &session, MarkdownEditor *editor, Notices &notices, QWidget *window);

    // For the View menu: the three views and Show Resolved Comments (null: a separator).
    [[nodiscard]] QList<QAction *> viewActions() const;
    // For the Review menu: moving and deciding.
    [[nodiscard]] QList<QAction *> reviewActions() const;
    [[nodiscard]] QLabel *counts() const { return m_counts; }

    void setView(Core::ReviewEdits::View view);
    [[nodiscard]] Core::ReviewEdits::View view() const;
    // Moves the cursor to the next (or previous) change or comment; false when there is none.
    bool goToChange(bool forward);
    // Accepts or rejects the change at the cursor (or the comment thread there goes); false when
    // the cursor is on none.
    bool decideAtCursor(Core::ReviewEdits::Decision decision);
    void decideAll(Core::ReviewEdits::Decision decision);

private:
    void updateCounts();
    void updateActions();
    void applyView();

    ArticleSession &m_session;
    MarkdownEditor *m_editor;
    Notices &m_notices;
    QActionGroup *m_views;
    QAction *m_markup;
    QAction *m_final;
    QAction *m_original;
    QAction *m_showResolved;
    QAction *m_previous;
    QAction *m_next;
    QAction *m_accept;
    QAction *m_reject;
    QAction *m_acceptAll;
    QAction *m_rejectAll;
    QLabel *m_counts;
};

} // namespace Byline::WidgetUi
