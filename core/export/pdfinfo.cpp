#include "pdfinfo.h"

#include <QDateTime>
#include <QRegularExpression>

namespace Byline::Core {

namespace {

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString xmpList(const char *kind, const QStringList &items)
{
    QString list;
    for (const QString &item : items)
        list += QStringLiteral("<rdf:li>%1</rdf:li>").arg(xmlEscaped(item));
    return QStringLiteral("<rdf:%1>%2</rdf:%1>").arg(QLatin1String(kind), list);
}

QString altText(const QString &text)
{
    return QStringLiteral("<rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt>").arg(xmlEscaped(text));
}

// One match of `pattern` in the trailer part of the file, or empty.
QByteArray lastMatch(const QByteArray &pdf, const QString &pattern)
{
    const QRegularExpression expression(pattern);
    QRegularExpressionMatch last;
    for (auto it = expression.globalMatch(QString::fromLatin1(pdf)); it.hasNext();)
        last = it.next();
    return last.hasMatch() ? last.captured(1).toLatin1() : QByteArray();
}

} // namespace

QByteArray PdfInfo::textString(const QString &text)
{
    QByteArray hex = "<FEFF";
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

QByteArray PdfInfo::xmpPacket(const ArticleMetadata &metadata, bool pdfA)
{
    const QString now = QDateTime::currentDateTime()
                            .toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc())
                            .toString(Qt::ISODate);
    QString description;
    description += QStringLiteral("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                                  "<dc:format>application/pdf</dc:format>");
    if (!metadata.title.isEmpty())
        description += QStringLiteral("<dc:title>%1</dc:title>").arg(altText(metadata.title));
    if (!metadata.authors.isEmpty())
        description += QStringLiteral("<dc:creator>%1</dc:creator>").arg(xmpList("Seq", metadata.authors));
    if (!metadata.summary.isEmpty())
        description += QStringLiteral("<dc:description>%1</dc:description>").arg(altText(metadata.summary));
    if (!metadata.tags.isEmpty())
        description += QStringLiteral("<dc:subject>%1</dc:subject>").arg(xmpList("Bag", metadata.tags));
    if (!metadata.lang.isEmpty())
        description += QStringLiteral("<dc:language>%1</dc:language>").arg(xmpList("Bag", {metadata.lang}));
    description += QStringLiteral("</rdf:Description>"
                                  "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">"
                                  "<xmp:CreateDate>%1</xmp:CreateDate><xmp:ModifyDate>%1</xmp:ModifyDate>"
                                  "<xmp:CreatorTool>Byline</xmp:CreatorTool></rdf:Description>"
                                  "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">"
                                  "<pdf:Producer>Byline</pdf:Producer><pdf:Keywords>%2</pdf:Keywords>"
                                  "</rdf:Description>")
                       .arg(now, xmlEscaped(metadata.tags.join(QStringLiteral(", "))));
    if (pdfA) {
        description
            += QStringLiteral("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">"
                              "<pdfaid:part>1</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>"
                              "</rdf:Description>");
    }
    return QStringLiteral("<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                          "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                          "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">%1</rdf:RDF>"
                          "</x:xmpmeta><?xpacket end=\"w\"?>")
        .arg(description)
        .toUtf8();
}

QByteArray PdfInfo::withInfo(const QByteArray &pdf, const ArticleMetadata &metadata)
{
    // The last trailer names the Info and Root objects; startxref gives the table to chain to.
    const QByteArray trailer = pdf.mid(pdf.lastIndexOf("trailer"));
    const QByteArray info = lastMatch(trailer, QStringLiteral("/Info\\s+(\\d+)\\s+0\\s+R"));
    const QByteArray root = lastMatch(trailer, QStringLiteral("/Root\\s+(\\d+)\\s+0\\s+R"));
    const QByteArray size = lastMatch(trailer, QStringLiteral("/Size\\s+(\\d+)"));
    const QByteArray previous = lastMatch(pdf.right(64), QStringLiteral("startxref\\s+(\\d+)"));
    const QByteArray id = lastMatch(trailer, QStringLiteral("(/ID\\s*\\[[^\\]]*\\])"));
    if (info.isEmpty() || root.isEmpty() || size.isEmpty() || previous.isEmpty())
        return {};
    // The writer's own entries (Title, Creator, Producer, CreationDate), ours added.
    const QByteArray entries
        = lastMatch(pdf, QStringLiteral("(?s)\\n%1\\s+0\\s+obj\\s*<<(.*?)>>\\s*endobj").arg(QString::fromLatin1(info)));
    QByteArray dictionary = "<<" + entries;
    if (!metadata.authors.isEmpty())
        dictionary += "\n/Author " + textString(metadata.authorLine());
    if (!metadata.summary.isEmpty())
        dictionary += "\n/Subject " + textString(metadata.summary);
    if (!metadata.tags.isEmpty())
        dictionary += "\n/Keywords " + textString(metadata.tags.join(QStringLiteral(", ")));
    dictionary += "\n>>";

    QByteArray result = pdf;
    if (!result.endsWith('\n'))
        result += '\n';
    const qsizetype objectOffset = result.size();
    result += size + " 0 obj\n" + dictionary + "\nendobj\n";
    const qsizetype tableOffset = result.size();
    result += "xref\n" + size + " 1\n" + QByteArray::number(objectOffset).rightJustified(10, '0') + " 00000 n \n";
    result += "trailer\n<<\n/Size " + QByteArray::number(size.toLongLong() + 1) + "\n/Root " + root + " 0 R\n/Info "
        + size + " 0 R\n/Prev " + previous + (id.isEmpty() ? QByteArray() : "\n" + id) + "\n>>\nstartxref\n"
        + QByteArray::number(tableOffset) + "\n%%EOF\n";
    return result;
}

} // namespace Byline::Core
