#include "textedit.h"

#include <QTextDocument>

#include <algorithm>

namespace Byline::WidgetUi {

std::optional<QList<TextEdit>> backToFront(const QList<TextEdit> &edits, int end)
{
    QList<TextEdit> ordered = edits;
    std::ranges::sort(ordered, [](const TextEdit &a, const TextEdit &b) { return a.from > b.from; });
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        const TextEdit &edit = ordered.at(i);
        if (edit.from < 0 || edit.to < edit.from || edit.to > end)
            return std::nullopt;
        if (i > 0 && edit.to > ordered.at(i - 1).from)
            return std::nullopt;
    }
    return ordered;
}

QString textOf(const QTextDocument &document)
{
    QString text = document.toRawText();
    // Blocks are separated by U+2029 in the raw text; a file's own U+2029 became a block boundary
    // when it was read, so this gives back the file's text.
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

} // namespace Byline::WidgetUi
