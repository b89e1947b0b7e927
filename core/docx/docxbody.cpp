#include "docxbodywriter.h"
#include "docxparts.h"
#include "docxxml.h"
#include "markdown/cmarkdocument.h"

#include <QHash>
#include <QXmlStreamWriter>

namespace Byline::Core::Docx {

BodyWriter::BodyWriter(QXmlStreamWriter &xml, const InlineDecorations &decorations, const Review &review,
                       const BodyOptions &options, BodyParts &parts)
    : m_xml(xml)
    , m_decorations(decorations)
    , m_review(review)
    , m_options(options)
    , m_parts(parts)
{
    prepareThreads();
}

void BodyWriter::write(const QString &body, const QString &omitHeading)
{
    const CmarkDocument document(body.toUtf8(), CMARK_OPT_DEFAULT | CMARK_OPT_SMART);
    if (document.isNull())
        return;
    cmark_iter *iter = cmark_iter_new(document.root());
    bool first = true;
    for (cmark_event_type event = cmark_iter_next(iter); event != CMARK_EVENT_DONE; event = cmark_iter_next(iter)) {
        cmark_node *node = cmark_iter_get_node(iter);
        const bool enter = event == CMARK_EVENT_ENTER;
        const cmark_node_type type = cmark_node_get_type(node);
        // The headline is the Title already: a first heading that repeats it goes.
        if (enter && first && type != CMARK_NODE_DOCUMENT) {
            first = false;
            if (type == CMARK_NODE_HEADING && cmark_node_get_heading_level(node) == 1 && !omitHeading.isEmpty()
                && sameWords(visibleText(node), omitHeading)) {
                cmark_iter_reset(iter, node, CMARK_EVENT_EXIT);
                continue;
            }
        }
        if (enter)
            this->enter(node, type);
        else
            leave(node, type);
    }
    cmark_iter_free(iter);
    if (m_inParagraph)
        endParagraph();
}

void BodyWriter::prepareThreads()
{
    const QHash<qsizetype, QList<int>> threads = wordComments(m_review, m_parts.comments);
    for (auto it = threads.cbegin(); it != threads.cend(); ++it)
        m_threads.insert(it.key(), {it.value(), false});
}

bool BodyWriter::sameWords(const QString &a, const QString &b)
{
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

QString BodyWriter::visibleText(cmark_node *block) const
{
    QString text;
    cmark_iter *iter = cmark_iter_new(block);
    for (cmark_event_type event = cmark_iter_next(iter); event != CMARK_EVENT_DONE; event = cmark_iter_next(iter)) {
        cmark_node *node = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(node);
        if (event == CMARK_EVENT_ENTER && (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE))
            text += CmarkDocument::literal(node);
    }
    cmark_iter_free(iter);
    return m_decorations.visibleText(text);
}

void BodyWriter::enter(cmark_node *node, cmark_node_type type)
{
    switch (type) {
    case CMARK_NODE_BLOCK_QUOTE:
        ++m_quoteDepth;
        break;
    case CMARK_NODE_LIST: {
        ListInstance list;
        list.numId = int(m_parts.lists.size()) + 1;
        list.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
        list.start = list.ordered ? cmark_node_get_list_start(node) : 1;
        list.level = int(m_lists.size());
        m_parts.lists.append(list);
        m_lists.append(list);
        break;
    }
    case CMARK_NODE_ITEM:
        m_itemStarts = true;
        break;
    case CMARK_NODE_PARAGRAPH:
        startParagraph(m_quoteDepth > 0 ? QStringLiteral("Quote") : QString());
        break;
    case CMARK_NODE_HEADING:
        startParagraph(QStringLiteral("Heading%1").arg(qBound(1, cmark_node_get_heading_level(node), 6)));
        break;
    case CMARK_NODE_CODE_BLOCK:
        codeBlock(CmarkDocument::literal(node));
        break;
    case CMARK_NODE_THEMATIC_BREAK:
        rule();
        break;
    case CMARK_NODE_TEXT:
        if (m_imageDepth == 0)
            text(CmarkDocument::literal(node), false);
        else
            m_imageText += CmarkDocument::literal(node);
        break;
    case CMARK_NODE_CODE:
        if (m_imageDepth == 0)
            text(CmarkDocument::literal(node), true);
        else
            m_imageText += CmarkDocument::literal(node);
        break;
    case CMARK_NODE_SOFTBREAK:
        if (m_imageDepth == 0)
            text(QStringLiteral(" "), false);
        break;
    case CMARK_NODE_LINEBREAK:
        if (m_imageDepth == 0)
            lineBreak();
        break;
    case CMARK_NODE_EMPH:
        ++m_italic;
        break;
    case CMARK_NODE_STRONG:
        ++m_bold;
        break;
    case CMARK_NODE_LINK:
        startLink(QString::fromUtf8(cmark_node_get_url(node)));
        break;
    case CMARK_NODE_IMAGE:
        if (m_imageDepth++ == 0)
            m_imageText.clear();
        break;
    default: // raw HTML goes, as from every export
        break;
    }
}

void BodyWriter::leave(cmark_node *node, cmark_node_type type)
{
    switch (type) {
    case CMARK_NODE_BLOCK_QUOTE:
        --m_quoteDepth;
        break;
    case CMARK_NODE_LIST:
        m_lists.removeLast();
        break;
    case CMARK_NODE_PARAGRAPH:
    case CMARK_NODE_HEADING:
        endParagraph();
        break;
    case CMARK_NODE_EMPH:
        --m_italic;
        break;
    case CMARK_NODE_STRONG:
        --m_bold;
        break;
    case CMARK_NODE_LINK:
        if (m_linkOpen.takeLast())
            m_xml.writeEndElement(); // w:hyperlink
        break;
    case CMARK_NODE_IMAGE:
        if (--m_imageDepth == 0)
            image(QString::fromUtf8(cmark_node_get_url(node)), m_decorations.visibleText(m_imageText));
        break;
    default:
        break;
    }
}

void BodyWriter::startParagraph(const QString &style, bool code, bool spaceAfter)
{
    if (m_inParagraph)
        endParagraph();
    m_xml.writeStartElement(QStringLiteral("w:p"));
    m_inParagraph = true;
    const bool listed = !m_lists.isEmpty();
    if (style.isEmpty() && !listed)
        return;
    m_xml.writeStartElement(QStringLiteral("w:pPr"));
    const QString paragraphStyle = !style.isEmpty() ? style : QStringLiteral("ListParagraph");
    empty(m_xml, QStringLiteral("w:pStyle"), {{QStringLiteral("w:val"), paragraphStyle}});
    // In the order WordprocessingML requires: numbering, spacing, indent.
    const bool numbered = listed && m_itemStarts && !code; // an item's first paragraph: its bullet
    if (numbered) {
        m_itemStarts = false;
        m_xml.writeStartElement(QStringLiteral("w:numPr"));
        empty(m_xml, QStringLiteral("w:ilvl"), {{QStringLiteral("w:val"), QString::number(m_lists.constLast().level)}});
        empty(m_xml, QStringLiteral("w:numId"),
              {{QStringLiteral("w:val"), QString::number(m_lists.constLast().numId)}});
        m_xml.writeEndElement();
    }
    if (spaceAfter)
        empty(m_xml, QStringLiteral("w:spacing"), {{QStringLiteral("w:after"), QStringLiteral("160")}});
    if (listed && !numbered)
        empty(m_xml, QStringLiteral("w:ind"),
              {{QStringLiteral("w:left"), QString::number((m_lists.constLast().level + 1) * twipsPerLevel)}});
    m_xml.writeEndElement(); // w:pPr
}

void BodyWriter::endParagraph()
{
    m_xml.writeEndElement(); // w:p
    m_inParagraph = false;
}

void BodyWriter::codeBlock(const QString &literal)
{
    QStringList lines = literal.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // The block's lines sit close; after its last, the space a paragraph leaves.
        startParagraph(QStringLiteral("SourceCode"), true, i + 1 == lines.size());
        text(lines.at(i), true);
        endParagraph();
    }
}

void BodyWriter::rule()
{
    startParagraph({});
    m_xml.writeStartElement(QStringLiteral("w:pPr"));
    m_xml.writeStartElement(QStringLiteral("w:pBdr"));
    empty(m_xml, QStringLiteral("w:bottom"),
          {{QStringLiteral("w:val"), QStringLiteral("single")},
           {QStringLiteral("w:sz"), QStringLiteral("6")},
           {QStringLiteral("w:space"), QStringLiteral("1")},
           {QStringLiteral("w:color"), QStringLiteral("auto")}});
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    endParagraph();
}

QString wordTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

void writeBody(QXmlStreamWriter &xml, const QString &body, const InlineDecorations &decorations, const Review &review,
               const BodyOptions &options, BodyParts &parts)
{
    BodyWriter(xml, decorations, review, options, parts).write(body, options.omitHeading);
}

} // namespace Byline::Core::Docx
