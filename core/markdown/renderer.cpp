#include "renderer.h"

#include "cmarkdocument.h"

#include <cstring>
#include <string_view>

namespace Byline::Core {

namespace {

bool sameTitle(const QString &heading, const QString &title)
{
    return heading.simplified().compare(title.simplified(), Qt::CaseInsensitive) == 0;
}

void dropTitleHeading(cmark_node *root, const QString &title, const QString &headingText)
{
    cmark_node *first = cmark_node_first_child(root);
    if (first && cmark_node_get_type(first) == CMARK_NODE_HEADING && cmark_node_get_heading_level(first) == 1
        && sameTitle(headingText, title)) {
        cmark_node_unlink(first);
        cmark_node_free(first);
    }
}

struct CmarkString
{
    char *data;
    ~CmarkString() { cmark_get_default_mem_allocator()->free(data); }
};

void renderBlocks(cmark_node *root, int cmarkOptions, int lineOffset, const InlineDecorations &decorations,
                  QList<RenderedBlock> &blocks)
{
    for (cmark_node *node = cmark_node_first_child(root); node; node = cmark_node_next(node)) {
        const int firstLine = cmark_node_get_start_line(node);
        const CmarkString html {cmark_render_html(node, cmarkOptions)};
        const bool anchored = (cmarkOptions & CMARK_OPT_SOURCEPOS) != 0;
        // Without its final newline, which QTextDocument would keep as a space when inserting.
        QByteArray bytes = anchored ? Renderer::anchorSourceLines(html.data, -firstLine) : QByteArray(html.data);
        while (bytes.endsWith('\n'))
            bytes.chop(1);
        QString text = QString::fromUtf8(bytes);
        if (!decorations.isEmpty())
            text = decorations.toHtml(text);
        blocks.append({firstLine + lineOffset, cmark_node_get_end_line(node) + lineOffset, std::move(text)});
    }
}

} // namespace

RenderResult Renderer::render(const QString &markdown, const RenderOptions &options)
{
    RenderResult result;
    int cmarkOptions = CMARK_OPT_DEFAULT;
    if (options.smartPunctuation)
        cmarkOptions |= CMARK_OPT_SMART;
    if (options.sourceAnchors)
        cmarkOptions |= CMARK_OPT_SOURCEPOS;

    const CmarkDocument document(markdown.toUtf8(), cmarkOptions);
    if (document.isNull())
        return result;

    const int lineOffset = options.firstLine - 1;
    TextStatsBuilder stats(options.stats, options.wordsPerMinute);
    QString firstHeadingText;
    cmark_node *firstBlock = cmark_node_first_child(document.root());
    const bool decorated = !options.decorations.isEmpty();
    document.forEachTextBlock(
        [&](cmark_node *node, const QString &blockText) {
            const QString text = decorated ? options.decorations.visibleText(blockText) : blockText;
            const cmark_node_type type = cmark_node_get_type(node);
            if (type == CMARK_NODE_HEADING && !(decorated && text.trimmed().isEmpty())) {
                result.outline.append({cmark_node_get_heading_level(node), text.simplified(),
                                       cmark_node_get_start_line(node) + lineOffset});
                if (node == firstBlock)
                    firstHeadingText = text;
            }
            if (options.stats == TextStatsBuilder::Detail::None)
                return;
            stats.addBlock(CmarkDocument::statsKind(node), text);
        },
        options.stats == TextStatsBuilder::Detail::None ? CmarkDocument::Blocks::HeadingsOnly
                                                        : CmarkDocument::Blocks::All);
    result.stats = stats.result();

    if (!options.omitHeadingMatching.isEmpty() && !firstHeadingText.isEmpty())
        dropTitleHeading(document.root(), options.omitHeadingMatching, firstHeadingText);

    if (options.splitBlocks) {
        renderBlocks(document.root(), cmarkOptions, lineOffset, options.decorations, result.blocks);
        return result;
    }
    const CmarkString html {cmark_render_html(document.root(), cmarkOptions)};
    if (options.sourceAnchors) {
        const QByteArray anchored = anchorSourceLines(html.data, lineOffset);
        result.html = QString::fromUtf8(anchored);
    } else {
        result.html = QString::fromUtf8(html.data);
    }
    if (decorated)
        result.html = options.decorations.toHtml(result.html);
    return result;
}

QByteArray Renderer::anchorSourceLines(const char *html, int lineOffset)
{
    // cmark writes the attribute only into block tags it generates, and escapes `"` in text, so
    // the pattern cannot come from the author's words.
    static constexpr std::string_view attribute = " data-sourcepos=\"";
    const std::string_view input(html);
    QByteArray out;
    out.reserve(qsizetype(input.size()) + qsizetype(input.size() / 8));
    int lastAnchoredLine = -1;
    size_t position = 0;
    while (true) {
        const size_t found = input.find(attribute, position);
        if (found == std::string_view::npos) {
            out.append(input.data() + position, qsizetype(input.size() - position));
            break;
        }
        const size_t tagStart = input.rfind('<', found);
        const size_t valueStart = found + attribute.size();
        const size_t valueEnd = input.find('"', valueStart);
        const size_t tagEnd = input.find('>', valueEnd);
        if (tagStart == std::string_view::npos || tagStart < position || valueEnd == std::string_view::npos
            || tagEnd == std::string_view::npos) {
            out.append(input.data() + position, qsizetype(input.size() - position));
            break;
        }
        const std::string_view tagName = input.substr(tagStart + 1, found - tagStart - 1);
        const int line = std::atoi(input.data() + valueStart) + lineOffset;

        out.append(input.data() + position, qsizetype(found - position)); // up to the attribute
        const std::string_view tagRest = input.substr(valueEnd + 1, tagEnd - valueEnd); // e.g. " />" or ">"
        // Containers get their anchor from their first child; QTextDocument drops an anchor
        // standing beside an <hr>, which has no text to hold one.
        const bool anchored = tagName != "ul" && tagName != "ol" && tagName != "blockquote" && tagName != "hr";
        out.append(tagRest.data(), qsizetype(tagRest.size()));
        if (anchored && line != lastAnchoredLine) {
            out.append("<a name=\"L").append(QByteArray::number(line)).append("\"></a>"); // just inside the tag
            lastAnchoredLine = line;
        }
        position = tagEnd + 1;
    }
    return out;
}

} // namespace Byline::Core
