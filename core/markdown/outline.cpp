#include "outline.h"

#include "cmarkdocument.h"

namespace Byline::Core {

namespace {
// Enough for any headline; small enough that even hostile input parses in microseconds.
constexpr qsizetype leadingBytes = 4096;
} // namespace

QString OutlineText::leadingHeading(const QString &markdown)
{
    QByteArray utf8 = markdown.left(leadingBytes).toUtf8();
    if (markdown.size() > leadingBytes) {
        const qsizetype lastLine = utf8.lastIndexOf('\n');
        if (lastLine > 0)
            utf8.truncate(lastLine + 1);
    }
    const CmarkDocument document(utf8, CMARK_OPT_SMART);
    QString heading;
    document.forEachTextBlock(
        [&heading](cmark_node *node, const QString &text) {
            if (heading.isEmpty() && cmark_node_get_type(node) == CMARK_NODE_HEADING)
                heading = text.simplified();
        },
        CmarkDocument::Blocks::HeadingsOnly);
    return heading;
}

} // namespace Byline::Core
