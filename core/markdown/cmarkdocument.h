#pragma once

#include "textstats.h"

#include <QString>

#include <memory>

#include <cmark.h>

namespace Byline::Core {

// Owns a cmark document tree. cmark trees are not shared between threads; each render parses its own.
class CmarkDocument final
{
public:
    CmarkDocument(const QByteArray &utf8, int options);

    [[nodiscard]] cmark_node *root() const { return m_root.get(); }
    [[nodiscard]] bool isNull() const { return !m_root; }

    enum class Blocks { All, HeadingsOnly };

    // Calls `onBlock(node, text)` for every paragraph, heading and code block (or only every
    // heading) with its visible text: inline markup joined, line breaks as spaces, image
    // descriptions left out. Walks with cmark's iterator, never recursion, so deeply nested
    // input cannot exhaust the stack.
    template<typename OnBlock>
    void forEachTextBlock(OnBlock onBlock, Blocks blocks = Blocks::All) const;

    [[nodiscard]] static QString literal(cmark_node *node);
    // How the statistics count one of the blocks forEachTextBlock() visits.
    [[nodiscard]] static TextStatsBuilder::BlockKind statsKind(cmark_node *block);

private:
    struct NodeDeleter
    {
        void operator()(cmark_node *node) const { cmark_node_free(node); }
    };
    std::unique_ptr<cmark_node, NodeDeleter> m_root;
};

template<typename OnBlock>
void CmarkDocument::forEachTextBlock(OnBlock onBlock, Blocks blocks) const
{
    const bool all = blocks == Blocks::All;
    if (!m_root)
        return;
    cmark_iter *iter = cmark_iter_new(m_root.get());
    QByteArray text;
    bool collecting = false;
    int imageDepth = 0;
    for (cmark_event_type event = cmark_iter_next(iter); event != CMARK_EVENT_DONE; event = cmark_iter_next(iter)) {
        cmark_node *node = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(node);
        const bool enter = event == CMARK_EVENT_ENTER;
        switch (type) {
        case CMARK_NODE_PARAGRAPH:
            if (!all)
                break;
            [[fallthrough]];
        case CMARK_NODE_HEADING:
            if (enter) {
                text.clear();
                collecting = true;
            } else {
                collecting = false;
                onBlock(node, QString::fromUtf8(text));
            }
            break;
        case CMARK_NODE_CODE_BLOCK:
            if (all)
                onBlock(node, literal(node));
            break;
        case CMARK_NODE_IMAGE:
            imageDepth += enter ? 1 : -1;
            break;
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            if (collecting && imageDepth == 0) {
                if (const char *value = cmark_node_get_literal(node))
                    text += value;
            }
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            if (collecting && imageDepth == 0)
                text += ' ';
            break;
        default:
            break;
        }
    }
    cmark_iter_free(iter);
}

} // namespace Byline::Core
