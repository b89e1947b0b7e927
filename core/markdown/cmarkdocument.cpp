#include "cmarkdocument.h"

namespace Byline::Core {

CmarkDocument::CmarkDocument(const QByteArray &utf8, int options)
    : m_root(cmark_parse_document(utf8.constData(), size_t(utf8.size()), options))
{ }

QString CmarkDocument::literal(cmark_node *node)
{
    const char *value = cmark_node_get_literal(node);
    return value ? QString::fromUtf8(value) : QString();
}

TextStatsBuilder::BlockKind CmarkDocument::statsKind(cmark_node *block)
{
    switch (cmark_node_get_type(block)) {
    case CMARK_NODE_HEADING:
        return TextStatsBuilder::BlockKind::Heading;
    case CMARK_NODE_CODE_BLOCK:
        return TextStatsBuilder::BlockKind::Code;
    default:
        return TextStatsBuilder::BlockKind::Paragraph;
    }
}

} // namespace Byline::Core
