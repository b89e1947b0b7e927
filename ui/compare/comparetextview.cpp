#include "comparetextview.h"

#include <ui/editor/textcolumn.h>

#include <QTextDocument>

namespace Byline::WidgetUi {

CompareTextView::CompareTextView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    // The margins beside the column are the page too, as in the editor.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    // Selectable by keyboard too: the caret marks where a change added or deleted nothing on
    // this side.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QPalette colors = palette();
    colors.setColor(QPalette::Inactive, QPalette::Highlight, colors.color(QPalette::Active, QPalette::Highlight));
    colors.setColor(QPalette::Inactive, QPalette::HighlightedText,
                    colors.color(QPalette::Active, QPalette::HighlightedText));
    setPalette(colors);
}

void CompareTextView::setTextFont(const QFont &font, int columnCharacters)
{
    m_columnCharacters = columnCharacters;
    setFont(font);
    document()->setDefaultFont(font);
    updateMargins();
}

void CompareTextView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateMargins();
}

void CompareTextView::updateMargins()
{
    const int side = centredColumnMargin(fontMetrics(), m_columnCharacters, document()->documentMargin(), width());
    if (viewportMargins().left() != side)
        setViewportMargins(side, 0, side, 0);
}

} // namespace Byline::WidgetUi
