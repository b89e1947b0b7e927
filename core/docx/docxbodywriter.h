#pragma once

#include "docxbody.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>
#include <QXmlStreamWriter>

#include <cmark.h>

// The writer of word/document.xml's paragraphs (writeBody): its blocks in docxbody.cpp, its runs —
// text, the review's tracked changes and comment ranges, links and images — in docxruns.cpp.
// Private to core/docx.
namespace Byline::Core::Docx {

class BodyWriter final
{
public:
    BodyWriter(QXmlStreamWriter &xml, const InlineDecorations &decorations, const Review &review,
               const BodyOptions &options, BodyParts &parts);
    void write(const QString &body, const QString &omitHeading);

private:
    using Role = InlineDecorations::Decoration::Role;
    static constexpr qint64 emuPerPixel = 9525; // at 96 pixels to the inch
    static constexpr int twipsPerLevel = 720; // a list level's indent, half an inch

    struct Thread
    {
        QList<int> ids; // the Word comments, the first one's and its replies'
        bool started = false;
    };

    void prepareThreads();
    static bool sameWords(const QString &a, const QString &b);
    QString visibleText(cmark_node *block) const;

    // Blocks.
    void enter(cmark_node *node, cmark_node_type type);
    void leave(cmark_node *node, cmark_node_type type);
    void startParagraph(const QString &style, bool code = false, bool spaceAfter = false);
    void endParagraph();
    void codeBlock(const QString &literal);
    void rule();

    // Inline text: its review markers change the state the runs after them are written in.
    void text(QStringView text, bool code);
    void marker(qsizetype index, bool closing);

    // A thread's range opens where the change or highlight it is about does,
    void startThread(qsizetype item);
    // ... and closes where its note stands, which Word marks with each comment's reference.
    void endThread(qsizetype item);

    // A tracked change's wrapper, when the text is inside one.
    bool startChange();
    void runProperties(bool code);
    void run(QStringView text, bool code);
    void lineBreak();
    QString relationship(const QString &type, const QString &target, bool external);
    void startLink(const QString &url);
    void image(const QString &url, const QString &description);

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

} // namespace Byline::Core::Docx
