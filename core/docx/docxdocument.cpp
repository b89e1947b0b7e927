#include "docxdocument.h"

#include "docxparts.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace Byline::Core::Docx {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::DocxReader)
};

bool isOn(const QXmlStreamAttributes &attributes)
{
    const QStringView value = attributes.value(QLatin1String("w:val"));
    return value.isEmpty() || (value != u"0" && value != u"false" && value != u"off");
}

class DocumentParser final
{
public:
    explicit DocumentParser(const PackageInfo &package)
        : m_package(package)
    { }

    ParsedDocument run(const QByteArray &document)
    {
        QXmlStreamReader xml(document);
        parse(xml);
        if (xml.hasError())
            m_result.notes.append(Text::tr("The document's text is damaged after line %1; what came before is "
                                           "kept.")
                                      .arg(xml.lineNumber()));
        return std::move(m_result);
    }

private:
    void parse(QXmlStreamReader &xml)
    {
        QList<Paragraph> open; // a text box's paragraphs sit inside another's
        QList<std::optional<Change>> changes;
        QList<QString> links;
        Piece look; // the formatting of the run being read
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            const QStringView name = xml.qualifiedName();
            if (token == QXmlStreamReader::EndElement) {
                if (name == u"w:p" && !open.isEmpty()) {
                    m_result.paragraphs.append(open.takeLast());
                } else if (name == u"w:ins" || name == u"w:del" || name == u"w:moveTo" || name == u"w:moveFrom") {
                    if (!changes.isEmpty())
                        changes.removeLast();
                } else if (name == u"w:hyperlink") {
                    if (!links.isEmpty())
                        links.removeLast();
                } else if (name == u"w:r") {
                    look = Piece();
                }
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            const QXmlStreamAttributes attributes = xml.attributes();
            if (name == u"w:p") {
                if (!open.isEmpty())
                    noteOnce(Text::tr("Text in a text box or frame was kept as paragraphs of its own."));
                open.append(Paragraph());
            } else if (name == u"w:tbl") {
                noteOnce(Text::tr("A table was kept as paragraphs, one for each cell: Markdown has no tables here."));
            } else if (name == u"w:pStyle" && !open.isEmpty()) {
                open.last().style = attributes.value(QLatin1String("w:val")).toString();
            } else if (name == u"w:ilvl" && !open.isEmpty()) {
                open.last().level = attributes.value(QLatin1String("w:val")).toInt();
            } else if (name == u"w:numId" && !open.isEmpty()) {
                open.last().numbering = attributes.value(QLatin1String("w:val")).toInt();
                if (open.last().level < 0)
                    open.last().level = 0;
            } else if (name == u"w:ins" || name == u"w:del" || name == u"w:moveTo" || name == u"w:moveFrom") {
                Change change;
                change.kind = name == u"w:ins" || name == u"w:moveTo" ? Kind::Addition : Kind::Deletion;
                change.by = attributionOf(attributes);
                changes.append(change);
            } else if (name == u"w:rPrChange" || name == u"w:pPrChange" || name == u"mc:Fallback"
                       || name == u"w:sectPr") {
                if (name != u"mc:Fallback" && name != u"w:sectPr")
                    noteOnce(Text::tr("Changes of formatting alone were left out; the text is as it was changed to."));
                xml.skipCurrentElement();
            } else if (name == u"w:pPr") {
                // The paragraph mark's own tracked change (a paragraph added or removed) is not
                // kept: the paragraphs are as the document shows them.
            } else if (name == u"w:hyperlink") {
                const QString id = attributes.value(QLatin1String("r:id")).toString();
                links.append(m_package.links.value(id));
            } else if (name == u"w:r") {
                look = Piece();
                look.change = changes.isEmpty() ? std::nullopt : changes.constLast();
                look.target = links.isEmpty() ? QString() : links.constLast();
            } else if (name == u"w:b") {
                look.bold = isOn(attributes);
            } else if (name == u"w:i") {
                look.italic = isOn(attributes);
            } else if (name == u"w:rStyle") {
                const QString style = attributes.value(QLatin1String("w:val")).toString();
                const QString styleName = m_package.styleNames.value(style, style.toLower());
                look.code = styleName.contains(QLatin1String("verbatim")) || styleName.contains(QLatin1String("code"));
            } else if (name == u"w:rFonts") {
                const QString font = attributes.value(QLatin1String("w:ascii")).toString();
                if (font.contains(QLatin1String("Mono")) || font.contains(QLatin1String("Courier")))
                    look.code = true;
            } else if ((name == u"w:t" || name == u"w:delText" || name == u"w:instrText") && !open.isEmpty()) {
                const QString text = xml.readElementText();
                if (name != u"w:instrText")
                    addText(open.last(), look, text);
            } else if ((name == u"w:tab" || name == u"w:noBreakHyphen") && !open.isEmpty()) {
                addText(open.last(), look, name == u"w:tab" ? QStringLiteral("\t") : QStringLiteral("-"));
            } else if ((name == u"w:br" || name == u"w:cr") && !open.isEmpty()) {
                Piece piece = look;
                piece.type = Piece::Type::Break;
                open.last().pieces.append(piece);
            } else if ((name == u"w:commentRangeStart" || name == u"w:commentRangeEnd") && !open.isEmpty()) {
                Piece piece;
                piece.type = name == u"w:commentRangeStart" ? Piece::Type::CommentStart : Piece::Type::CommentEnd;
                piece.text = attributes.value(QLatin1String("w:id")).toString();
                piece.change = changes.isEmpty() ? std::nullopt : changes.constLast();
                open.last().pieces.append(piece);
            } else if (name == u"w:commentReference" && !open.isEmpty()) {
                Piece piece;
                piece.type = Piece::Type::CommentReference;
                piece.text = attributes.value(QLatin1String("w:id")).toString();
                open.last().pieces.append(piece);
            } else if (name == u"wp:docPr") {
                look.text = attributes.value(QLatin1String("descr")).toString();
            } else if ((name == u"a:blip" || name == u"v:imagedata") && !open.isEmpty()) {
                Piece piece = look;
                piece.type = Piece::Type::Image;
                piece.target
                    = attributes.value(name == u"a:blip" ? QLatin1String("r:embed") : QLatin1String("r:id")).toString();
                open.last().pieces.append(piece);
            } else if ((name == u"w:footnoteReference" || name == u"w:endnoteReference") && !open.isEmpty()) {
                // Markdown here has no footnotes: a numbered marker in the text, the note in a
                // numbered list at the end.
                const QString id = attributes.value(QLatin1String("w:id")).toString();
                const QString note
                    = (name == u"w:footnoteReference" ? m_package.footnotes : m_package.endnotes).value(id);
                m_result.footnotes.append(note);
                addText(open.last(), look, QStringLiteral("[%1]").arg(m_result.footnotes.size()));
                noteOnce(Text::tr("Footnotes and endnotes were kept as numbered markers in the text and a "
                                  "numbered list at its end."));
            }
        }
        while (!open.isEmpty())
            m_result.paragraphs.append(open.takeLast());
    }

    static void addText(Paragraph &paragraph, const Piece &look, const QString &text)
    {
        if (text.isEmpty())
            return;
        if (!paragraph.pieces.isEmpty() && paragraph.pieces.last().sameLook(look)) {
            paragraph.pieces.last().text += text;
            return;
        }
        Piece piece = look;
        piece.type = Piece::Type::Text;
        piece.text = text;
        paragraph.pieces.append(piece);
    }

    void noteOnce(const QString &note)
    {
        if (!m_result.notes.contains(note))
            m_result.notes.append(note);
    }

    const PackageInfo &m_package;
    ParsedDocument m_result;
};

} // namespace

Attribution attributionOf(const QXmlStreamAttributes &attributes)
{
    Attribution by;
    by.reviewer = attributes.value(QLatin1String("w:author")).toString();
    by.time = QDateTime::fromString(attributes.value(QLatin1String("w:date")).toString(), Qt::ISODate).toUTC();
    if (by.time.isValid())
        by.time.setTime(QTime(by.time.time().hour(), by.time.time().minute()));
    else if (isUnsignedAuthor(by.reviewer))
        by.reviewer.clear();
    return by;
}

ParsedDocument parseDocument(const QByteArray &document, const PackageInfo &package)
{
    return DocumentParser(package).run(document);
}

} // namespace Byline::Core::Docx
