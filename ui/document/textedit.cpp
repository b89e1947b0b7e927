#include "textedit.h"

#include <QTextDocument>

namespace Byline::WidgetUi {

QString textOf(const QTextDocument &document)
{
    QString text = document.toRawText();
    // Blocks are separated by U+2029 in the raw text; a file's own U+2029 became a block boundary
    // when it was read, so this gives back the file's text.
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

} // namespace Byline::WidgetUi
