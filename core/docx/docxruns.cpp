#include "docxbodywriter.h"
#include "docxparts.h"
#include "docxxml.h"

#include <QCoreApplication>
#include <QUrl>

namespace Byline::Core::Docx {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::DocxWriter)
};

// Links Word can follow: the web, mail, and paths relative to the document.
bool followable(const QString &url)
{
    const QString scheme = QUrl(url).scheme().toLower();
    return !url.startsWith(QLatin1Char('#'))
        && (scheme.isEmpty() || scheme == QLatin1String("http") || scheme == QLatin1String("https")
            || scheme == QLatin1String("mailto") || scheme == QLatin1String("ftp"));
}

} // namespace

void BodyWriter::text(QStringView text, bool code)
{
    if (!m_inParagraph)
        startParagraph(m_quoteDepth > 0 ? QStringLiteral("Quote") : QString());
    InlineDecorations::split(
        text, [&](QStringView piece) { run(piece, code); },
        [&](qsizetype index, bool closing) { marker(index, closing); });
}

void BodyWriter::marker(qsizetype index, bool closing)
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

void BodyWriter::startThread(qsizetype item)
{
    const auto thread = m_threads.find(item);
    if (thread == m_threads.end() || thread->started)
        return;
    thread->started = true;
    for (const int id : std::as_const(thread->ids))
        empty(m_xml, QStringLiteral("w:commentRangeStart"), {{QStringLiteral("w:id"), QString::number(id)}});
}

void BodyWriter::endThread(qsizetype item)
{
    startThread(item); // a thread on a point opens and closes there
    const auto thread = m_threads.constFind(item);
    if (thread == m_threads.cend())
        return;
    for (const int id : thread->ids)
        empty(m_xml, QStringLiteral("w:commentRangeEnd"), {{QStringLiteral("w:id"), QString::number(id)}});
    for (const int id : thread->ids) {
        m_xml.writeStartElement(QStringLiteral("w:r"));
        m_xml.writeStartElement(QStringLiteral("w:rPr"));
        empty(m_xml, QStringLiteral("w:rStyle"), {{QStringLiteral("w:val"), QStringLiteral("CommentReference")}});
        m_xml.writeEndElement();
        empty(m_xml, QStringLiteral("w:commentReference"), {{QStringLiteral("w:id"), QString::number(id)}});
        m_xml.writeEndElement();
    }
}

bool BodyWriter::startChange()
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

void BodyWriter::runProperties(bool code)
{
    const bool linked = !m_linkOpen.isEmpty() && m_linkOpen.constLast();
    if (!code && !linked && m_bold == 0 && m_italic == 0 && m_highlight == 0)
        return;
    m_xml.writeStartElement(QStringLiteral("w:rPr"));
    if (code || linked)
        empty(m_xml, QStringLiteral("w:rStyle"),
              {{QStringLiteral("w:val"), code ? QStringLiteral("VerbatimChar") : QStringLiteral("Hyperlink")}});
    if (m_bold > 0)
        m_xml.writeEmptyElement(QStringLiteral("w:b"));
    if (m_italic > 0)
        m_xml.writeEmptyElement(QStringLiteral("w:i"));
    if (m_highlight > 0)
        empty(m_xml, QStringLiteral("w:highlight"), {{QStringLiteral("w:val"), QStringLiteral("yellow")}});
    m_xml.writeEndElement();
}

void BodyWriter::run(QStringView text, bool code)
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

void BodyWriter::lineBreak()
{
    const bool changed = startChange();
    m_xml.writeStartElement(QStringLiteral("w:r"));
    m_xml.writeEmptyElement(QStringLiteral("w:br"));
    m_xml.writeEndElement();
    if (changed)
        m_xml.writeEndElement();
}

QString BodyWriter::relationship(const QString &type, const QString &target, bool external)
{
    for (const Relationship &known : std::as_const(m_parts.relationships)) {
        if (known.type == type && known.target == target)
            return known.id;
    }
    const QString id = QStringLiteral("rIdB%1").arg(m_parts.relationships.size() + 1);
    m_parts.relationships.append({id, type, target, external});
    return id;
}

void BodyWriter::startLink(const QString &url)
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

void BodyWriter::image(const QString &url, const QString &description)
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
    const bool changed = startChange();
    m_xml.writeStartElement(QStringLiteral("w:r"));
    writePicture(m_xml, {number, name.section(QLatin1Char('/'), -1), id, width, height, description});
    m_xml.writeEndElement(); // w:r
    if (changed)
        m_xml.writeEndElement();
}

} // namespace Byline::Core::Docx
