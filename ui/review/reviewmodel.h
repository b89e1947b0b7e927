#pragma once

#include <QAbstractItemModel>

#include <review/review.h>

namespace Byline::WidgetUi {

// The review panel's list: every change and comment thread of the open article in text order,
// with the comments on each under it. Rows show who and what ("Ed Brooks: Deleted “very”"); the
// reviewer's colour, time and line are in its decoration and tooltip. Built from one snapshot of
// the text; a new snapshot whose marks say the same only moves positions, so the view keeps its
// place while the writer types elsewhere.
class ReviewModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewModel)

public:
    enum Role {
        ItemIndexRole = Qt::UserRole + 1, // the row's item in review().items()
        ReviewerRole,
        ResolvedRole,
    };

    explicit ReviewModel(QObject *parent = nullptr);

    // Takes the review of `text` (read from it when `review` is null). Hidden: resolved threads
    // unless `showResolved`, and items other reviewers made when `reviewer` is set.
    void setText(const QString &text, const Core::Review &review);
    void setFilter(const QString &reviewer, bool showResolved);

    [[nodiscard]] const Core::Review &review() const { return m_review; }
    [[nodiscard]] const QString &text() const { return m_text; }
    // The item a row shows (a comment's row: its item), or null.
    [[nodiscard]] const Core::Review::Item *itemAt(const QModelIndex &index) const;
    // The row of the item at `itemIndex`, or an invalid index when it is filtered out.
    [[nodiscard]] QModelIndex indexOfItem(qsizetype itemIndex) const;
    [[nodiscard]] qsizetype shownItems() const { return m_shown.size(); }

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // "Deleted “very”", as a row and the status bar say it.
    [[nodiscard]] static QString describe(QStringView text, const Core::Review::Item &item);

private:
    void refilter();
    // Comments listed under an item: a thread's replies, a change's discussion.
    [[nodiscard]] QList<Core::Review::Comment> shownComments(const Core::Review::Item &item) const;
    [[nodiscard]] bool sameMarks(const QString &text, const Core::Review &review) const;

    QString m_text;
    Core::Review m_review;
    QList<qsizetype> m_shown; // items in the list, by index into m_review.items()
    QString m_reviewer;
    bool m_showResolved = false;
};

} // namespace Byline::WidgetUi
