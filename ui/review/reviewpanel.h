#pragma once

#include "reviewmodel.h"

#include <QWidget>

#include <review/reviewedits.h>

class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;
class QToolButton;
class QTreeView;

namespace Byline::WidgetUi {

// The review panel (a dock): every change and comment thread in text order with its reviewer,
// time and excerpt, the comments under each. Choosing a row asks to show it in the text; the
// buttons and the context menu ask to accept or reject it, reply, resolve or reopen its thread,
// and to accept or reject all changes, everyone's or one reviewer's. It decides nothing itself:
// ReviewController does what is asked, through the session's gateway.
class ReviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPanel)

public:
    using Decision = Core::ReviewEdits::Decision;

    explicit ReviewPanel(QWidget *parent = nullptr);

    [[nodiscard]] ReviewModel &model() const { return *m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    // Shows the review of `text`; the current row stays on the same item when it is still there.
    void showReview(const QString &text, const Core::Review &review);
    // Makes the item at `itemIndex` the current row (the cursor moved onto it in the text).
    void follow(qsizetype itemIndex);
    // The item of the current row, as an index into model().review().items(); -1 for none.
    [[nodiscard]] qsizetype currentItem() const;
    // The reviewer the list is narrowed to; empty for everyone.
    [[nodiscard]] QString reviewer() const;

Q_SIGNALS:
    void chosen(qsizetype itemIndex);
    void decideAsked(qsizetype itemIndex, Byline::WidgetUi::ReviewPanel::Decision decision);
    void replyAsked(qsizetype itemIndex);
    void resolveAsked(qsizetype itemIndex, bool resolved);
    // Every change, or every change of `reviewer`.
    void decideAllAsked(Byline::WidgetUi::ReviewPanel::Decision decision, const QString &reviewer);

private:
    void updateFilter();
    void updateButtons();
    void updateReviewers();
    void fillAllMenu(QMenu *menu, Decision decision);
    void showContextMenu(const QPoint &at);

    ReviewModel *m_model;
    QComboBox *m_reviewers;
    QCheckBox *m_showResolved;
    QTreeView *m_view;
    QLabel *m_summary;
    QToolButton *m_accept;
    QToolButton *m_reject;
    QToolButton *m_reply;
    QToolButton *m_resolve;
    QToolButton *m_acceptAll;
    QToolButton *m_rejectAll;
};

} // namespace Byline::WidgetUi

Q_DECLARE_METATYPE(Byline::WidgetUi::ReviewPanel::Decision)
