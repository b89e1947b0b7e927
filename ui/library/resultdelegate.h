#pragma once

#include <QStyledItemDelegate>

namespace Byline::WidgetUi {

// Draws a search result as rich text: the title, a line of facts (author, date, status, words)
// and the snippet with the words that matched marked.
class ResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultDelegate)

public:
    static constexpr int HtmlRole = Qt::UserRole + 10;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Byline::WidgetUi
