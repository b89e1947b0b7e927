#include "resultdelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace Byline::WidgetUi {

namespace {

void prepare(QTextDocument &document, const QModelIndex &index, const QStyleOptionViewItem &option)
{
    document.setDefaultFont(option.font);
    document.setDocumentMargin(2);
    document.setDefaultStyleSheet(QStringLiteral("mark { background: #f6e27a; color: #000; }"
                                                 ".facts { color: %1; }")
                                      .arg(option.palette.color(QPalette::PlaceholderText).name()));
    document.setTextWidth(std::max(120, option.rect.width() - 8));
    document.setHtml(index.data(ResultDelegate::HtmlRole).toString());
}

} // namespace

void ResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);
    QTextDocument document;
    prepare(document, index, option);
    painter->save();
    painter->translate(option.rect.topLeft() + QPoint(4, 2));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    if (option.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize ResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument document;
    prepare(document, index, option);
    return {int(document.idealWidth()), int(document.size().height()) + 4};
}

} // namespace Byline::WidgetUi
