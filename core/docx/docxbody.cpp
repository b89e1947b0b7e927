#include "docxbody.h"

#include "docxparts.h"
#include "markdown/cmarkdocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>
#include <QXmlStreamWriter>

namespace Byline::Core::Docx {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::DocxWriter)
};

using Role = InlineDecorations::Decoration::Role;

constexpr qint64 emuPerPixel = 9525; // at 96 pixels to the inch
constexpr int twipsPerLevel = 720; // a list level's indent, half an inch

// A reviewer's initials, as Word shows them on a comment: "Ed Brooks" → "EB".
QString initialsOf(const QString &name)
{
    QString initials;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        initials += word.at(0).toUpper();
    return initials.left(4);
}

// Links Word can follow: the web, mail, and paths relative to the document.
bool followable(const QString &url)
{
    const QString scheme = QUrl(url).scheme().toLower();
    return !url.startsWith(QLatin1Char('#'))
        && (scheme.isEmpty() || scheme == QLatin1String("http") || scheme == QLatin1String("https")
            || scheme == QLatin1String("mailto") || scheme == QLatin1String("ftp"));
}

class BodyWriter final
{
public:
    BodyWriter(QXmlStreamWriter &xml, const InlineDecorations &decorations, const Review &review,
               const BodyOptions &options, BodyParts &parts)
        : m_xml(xml)
        , m_decorations(decorations)
        , m_review(review)
        , m_options(options)
        , m_parts(parts)
    {
        prepareThreads();
    }

    void write(const QString &body, const QString &omitHeading)
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

private:
    struct Thread
    {
        QList<int> ids; // the Word comments, the first one's and its replies'
        bool started = false;
    };

    void prepareThreads()
    {
        int next = 0;
        const QList<Review::Item> &items = m_review.items();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const Review::Item &item = items.at(i);
            Thread thread;
            int root = -1;
            for (const Review::Comment &said : item.comments) {
                if (said.verb != Review::Verb::None && said.text.isEmpty())
                    continue; // "resolved", "reopened": the thread's state, not a comment
                Comment comment;
                comment.id = next++;
                comment.author = said.by.isEmpty() ? unsignedAuthor() : said.by.reviewer;
                comment.initials = initialsOf(comment.author);
                comment.time = said.by.time;
                comment.text = said.text;
                comment.parent = root;
                comment.done = item.resolved;
                if (root < 0)
                    root = comment.id;
                thread.ids.append(comment.id);
                m_parts.comments.append(comment);
            }
            // Word keeps only that a thread is done; who resolved it, and when, goes with the
            // first comment into the document's custom properties.
            if (item.resolved && !thread.ids.isEmpty()) {
                for (const Review::Comment &said : item.comments) {
                    if (said.verb == Review::Verb::Resolved)
                        m_parts.comments[m_parts.comments.size() - thread.ids.size()].resolvedBy
                            = said.by.toText() + QStringLiteral(" resolved");
                }
            }
            if (!thread.ids.isEmpty())
                m_threads.insert(i, thread);
        }
    }

    static bool sameWords(const QString &a, const QString &b)
    {
        return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
    }

    QString visibleText(cmark_node *block) const
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

    // Blocks.
    void enter(cmark_node *node, cmark_node_type type)
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

    void leave(cmark_node *node, cmark_node_type type)
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

    void startParagraph(const QString &style, bool code = false, bool spaceAfter = false)
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
        element(QStringLiteral("w:pStyle"), {{QStringLiteral("w:val"), paragraphStyle}});
        // In the order WordprocessingML requires: numbering, spacing, indent.
        const bool numbered = listed && m_itemStarts && !code; // an item's first paragraph: its bullet
        if (numbered) {
            m_itemStarts = false;
            m_xml.writeStartElement(QStringLiteral("w:numPr"));
            element(QStringLiteral("w:ilvl"), {{QStringLiteral("w:val"), QString::number(m_lists.constLast().level)}});
            element(QStringLiteral("w:numId"), {{QStringLiteral("w:val"), QString::number(m_lists.constLast().numId)}});
            m_xml.writeEndElement();
        }
        if (spaceAfter)
            element(QStringLiteral("w:spacing"), {{QStringLiteral("w:after"), QStringLiteral("160")}});
        if (listed && !numbered)
            element(QStringLiteral("w:ind"),
                    {{QStringLiteral("w:left"), QString::number((m_lists.constLast().level + 1) * twipsPerLevel)}});
        m_xml.writeEndElement(); // w:pPr
    }

    void endParagraph()
    {
        m_xml.writeEndElement(); // w:p
        m_inParagraph = false;
    }

    void codeBlock(const QString &literal)
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

    void rule()
    {
        startParagraph({});
        m_xml.writeStartElement(QStringLiteral("w:pPr"));
        m_xml.writeStartElement(QStringLiteral("w:pBdr"));
        element(QStringLiteral("w:bottom"),
                {{QStringLiteral("w:val"), QStringLiteral("single")},
                 {QStringLiteral("w:sz"), QStringLiteral("6")},
                 {QStringLiteral("w:space"), QStringLiteral("1")},
                 {QStringLiteral("w:color"), QStringLiteral("auto")}});
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        endParagraph();
    }

    // Inline text: its review markers change the state the runs after them are written in.
    void text(QStringView text, bool code)
    {
        if (!m_inParagraph)
            startParagraph(m_quoteDepth > 0 ? QStringLiteral("Quote") : QString());
        InlineDecorations::split(
            text, [&](QStringView piece) { run(piece, code); },
            [&](qsizetype index, bool closing) { marker(index, closing); });
    }

    void marker(qsizetype index, bool closing)
    {
        const InlineDecorations::Decoration &decoration = m_decorations.at(index);
        const qsizetype item = decoration.item;
        switch (decoration.role) {
        case Role::Insertion:
            m_insertion = closing ? -1 : item;
            break;
        case Role::Deletion:
            m_deletion = closing ? -1 : item;
            break;
        case Role::Highlight: // a commented range is the comment's: Word shades it itself
            if (!m_threads.contains(item))
                m_highlight += closing ? -1 : 1;
            break;
        case Role::Note:
            endThread(item);
            return;
        case Role::None:
            return;
        }
        if (!closing)
            startThread(item);
    }

    // A thread's range opens where the change or highlight it is about does.
    void startThread(qsizetype item)
    {
        const auto thread = m_threads.find(item);
        if (thread == m_threads.end() || thread->started)
            return;
        thread->started = true;
        for (const int id : std::as_const(thread->ids))
            element(QStringLiteral("w:commentRangeStart"), {{QStringLiteral("w:id"), QString::number(id)}});
    }

    // ... and closes where its note stands, which Word marks with each comment's reference.
    void endThread(qsizetype item)
    {
        startThread(item); // a thread on a point opens and closes there
        const auto thread = m_threads.constFind(item);
        if (thread == m_threads.cend())
            return;
        for (const int id : thread->ids)
            element(QStringLiteral("w:commentRangeEnd"), {{QStringLiteral("w:id"), QString::number(id)}});
        for (const int id : thread->ids) {
            m_xml.writeStartElement(QStringLiteral("w:r"));
            m_xml.writeStartElement(QStringLiteral("w:rPr"));
            element(QStringLiteral("w:rStyle"), {{QStringLiteral("w:val"), QStringLiteral("CommentReference")}});
            m_xml.writeEndElement();
            element(QStringLiteral("w:commentReference"), {{QStringLiteral("w:id"), QString::number(id)}});
            m_xml.writeEndElement();
        }
    }

    // A tracked change's wrapper, when the text is inside one.
    bool startChange()
    {
        const bool deleted = m_deletion >= 0;
        const qsizetype item = deleted ? m_deletion : m_insertion;
        if (item < 0)
            return false;
        const Attribution &by = m_review.items().at(item).by;
        m_xml.writeStartElement(deleted ? QStringLiteral("w:del") : QStringLiteral("w:ins"));
        m_xml.writeAttribute(QStringLiteral("w:id"), QString::number(m_revision++));
        m_xml.writeAttribute(QStringLiteral("w:author"), by.isEmpty() ? unsignedAuthor() : by.reviewer);
        if (by.time.isValid())
            m_xml.writeAttribute(QStringLiteral("w:date"), wordTime(by.time));
        return true;
    }

    void runProperties(bool code)
    {
        const bool linked = !m_linkOpen.isEmpty() && m_linkOpen.constLast();
        if (!code && !linked && m_bold == 0 && m_italic == 0 && m_highlight == 0)
            return;
        m_xml.writeStartElement(QStringLiteral("w:rPr"));
        if (code || linked)
            element(QStringLiteral("w:rStyle"),
                    {{QStringLiteral("w:val"), code ? QStringLiteral("VerbatimChar") : QStringLiteral("Hyperlink")}});
        if (m_bold > 0)
            m_xml.writeEmptyElement(QStringLiteral("w:b"));
        if (m_italic > 0)
            m_xml.writeEmptyElement(QStringLiteral("w:i"));
        if (m_highlight > 0)
            element(QStringLiteral("w:highlight"), {{QStringLiteral("w:val"), QStringLiteral("yellow")}});
        m_xml.writeEndElement();
    }

    void run(QStringView text, bool code)
    {
        if (text.isEmpty())
            return;
        const bool changed = startChange();
        m_xml.writeStartElement(QStringLiteral("w:r"));
        runProperties(code);
        m_xml.writeStartElement(m_deletion >= 0 ? QStringLiteral("w:delText") : QStringLiteral("w:t"));
        if (text.front().isSpace() || text.back().isSpace())
            m_xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        m_xml.writeCharacters(text.toString());
        m_xml.writeEndElement();
        m_xml.writeEndElement(); // w:r
        if (changed)
            m_xml.writeEndElement();
    }

    void lineBreak()
    {
        const bool changed = startChange();
        m_xml.writeStartElement(QStringLiteral("w:r"));
        m_xml.writeEmptyElement(QStringLiteral("w:br"));
        m_xml.writeEndElement();
        if (changed)
            m_xml.writeEndElement();
    }

    QString relationship(const QString &type, const QString &target, bool external)
    {
        for (const Relationship &known : std::as_const(m_parts.relationships)) {
            if (known.type == type && known.target == target)
                return known.id;
        }
        const QString id = QStringLiteral("rIdB%1").arg(m_parts.relationships.size() + 1);
        m_parts.relationships.append({id, type, target, external});
        return id;
    }

    void startLink(const QString &url)
    {
        const bool open = m_imageDepth == 0 && followable(url);
        if (open) {
            if (!m_inParagraph)
                startParagraph({});
            m_xml.writeStartElement(QStringLiteral("w:hyperlink"));
            m_xml.writeAttribute(QStringLiteral("r:id"), relationship(QStringLiteral("hyperlink"), url, true));
            m_xml.writeAttribute(QStringLiteral("w:history"), QStringLiteral("1"));
        }
        m_linkOpen.append(open);
    }

    void image(const QString &url, const QString &description)
    {
        const std::optional<DocxWriter::Image> loaded
            = m_options.images ? m_options.images(url) : std::optional<DocxWriter::Image>();
        if (!loaded || loaded->pixels.isEmpty()) {
            m_parts.warnings.append(Text::tr("image %1 could not be put in the document; its description stands "
                                             "in its place")
                                        .arg(url));
            run(description.isEmpty() ? url : description, false);
            return;
        }
        const int number = int(m_parts.media.size()) + 1;
        const QString name = QStringLiteral("media/image%1.%2").arg(number).arg(loaded->extension);
        m_parts.media.append({QStringLiteral("word/") + name, loaded->bytes});
        const QString id = relationship(QStringLiteral("image"), name, false);
        // As large as it is at 96 dpi, and never wider than the text.
        qint64 width = loaded->pixels.width() * emuPerPixel;
        qint64 height = loaded->pixels.height() * emuPerPixel;
        if (width > m_options.textWidthEmu && m_options.textWidthEmu > 0) {
            height = height * m_options.textWidthEmu / width;
            width = m_options.textWidthEmu;
        }
        const QString cx = QString::number(width);
        const QString cy = QString::number(height);
        const bool changed = startChange();
        m_xml.writeStartElement(QStringLiteral("w:r"));
        m_xml.writeStartElement(QStringLiteral("w:drawing"));
        m_xml.writeStartElement(QStringLiteral("wp:inline"));
        element(QStringLiteral("wp:extent"), {{QStringLiteral("cx"), cx}, {QStringLiteral("cy"), cy}});
        element(QStringLiteral("wp:docPr"),
                {{QStringLiteral("id"), QString::number(number)},
                 {QStringLiteral("name"), QStringLiteral("Picture %1").arg(number)},
                 {QStringLiteral("descr"), description}});
        m_xml.writeStartElement(QStringLiteral("wp:cNvGraphicFramePr"));
        element(QStringLiteral("a:graphicFrameLocks"), {{QStringLiteral("noChangeAspect"), QStringLiteral("1")}});
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("a:graphic"));
        m_xml.writeStartElement(QStringLiteral("a:graphicData"));
        m_xml.writeAttribute(QStringLiteral("uri"),
                             QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"));
        m_xml.writeStartElement(QStringLiteral("pic:pic"));
        m_xml.writeStartElement(QStringLiteral("pic:nvPicPr"));
        element(QStringLiteral("pic:cNvPr"),
                {{QStringLiteral("id"), QString::number(number)},
                 {QStringLiteral("name"), name.section(QLatin1Char('/'), -1)}});
        m_xml.writeEmptyElement(QStringLiteral("pic:cNvPicPr"));
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("pic:blipFill"));
        element(QStringLiteral("a:blip"), {{QStringLiteral("r:embed"), id}});
        m_xml.writeStartElement(QStringLiteral("a:stretch"));
        m_xml.writeEmptyElement(QStringLiteral("a:fillRect"));
        m_xml.writeEndElement();
        m_xml.writeEndElement(); // pic:blipFill
        m_xml.writeStartElement(QStringLiteral("pic:spPr"));
        m_xml.writeStartElement(QStringLiteral("a:xfrm"));
        element(QStringLiteral("a:off"),
                {{QStringLiteral("x"), QStringLiteral("0")}, {QStringLiteral("y"), QStringLiteral("0")}});
        element(QStringLiteral("a:ext"), {{QStringLiteral("cx"), cx}, {QStringLiteral("cy"), cy}});
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("a:prstGeom"));
        m_xml.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
        m_xml.writeEmptyElement(QStringLiteral("a:avLst"));
        m_xml.writeEndElement();
        m_xml.writeEndElement(); // pic:spPr
        m_xml.writeEndElement(); // pic:pic
        m_xml.writeEndElement(); // a:graphicData
        m_xml.writeEndElement(); // a:graphic
        m_xml.writeEndElement(); // wp:inline
        m_xml.writeEndElement(); // w:drawing
        m_xml.writeEndElement(); // w:r
        if (changed)
            m_xml.writeEndElement();
    }

    void element(const QString &name, std::initializer_list<std::pair<QString, QString>> attributes)
    {
        m_xml.writeEmptyElement(name);
        for (const auto &[key, value] : attributes)
            m_xml.writeAttribute(key, value);
    }

    QXmlStreamWriter &m_xml;
    const InlineDecorations &m_decorations;
    const Review &m_review;
    const BodyOptions &m_options;
    BodyParts &m_parts;
    QHash<qsizetype, Thread> m_threads; // by review item
    QList<ListInstance> m_lists; // open, outermost first
    QList<bool> m_linkOpen; // for each link open, whether it is a w:hyperlink
    QString m_imageText;
    int m_imageDepth = 0;
    int m_quoteDepth = 0;
    int m_bold = 0;
    int m_italic = 0;
    int m_highlight = 0;
    qsizetype m_insertion = -1; // the review item whose addition the text is in
    qsizetype m_deletion = -1;
    int m_revision = 1;
    bool m_inParagraph = false;
    bool m_itemStarts = false;
};

} // namespace

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
