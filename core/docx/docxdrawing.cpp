#include "docxbody.h"
#include "docxxml.h"

namespace Byline::Core::Docx {

void writePicture(QXmlStreamWriter &xml, const Picture &picture)
{
    const QString cx = QString::number(picture.width);
    const QString cy = QString::number(picture.height);
    xml.writeStartElement(QStringLiteral("w:drawing"));
    xml.writeStartElement(QStringLiteral("wp:inline"));
    empty(xml, QStringLiteral("wp:extent"), {{QStringLiteral("cx"), cx}, {QStringLiteral("cy"), cy}});
    empty(xml, QStringLiteral("wp:docPr"),
          {{QStringLiteral("id"), QString::number(picture.number)},
           {QStringLiteral("name"), QStringLiteral("Picture %1").arg(picture.number)},
           {QStringLiteral("descr"), picture.description}});
    xml.writeStartElement(QStringLiteral("wp:cNvGraphicFramePr"));
    empty(xml, QStringLiteral("a:graphicFrameLocks"), {{QStringLiteral("noChangeAspect"), QStringLiteral("1")}});
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("a:graphic"));
    xml.writeStartElement(QStringLiteral("a:graphicData"));
    xml.writeAttribute(QStringLiteral("uri"),
                       QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"));
    xml.writeStartElement(QStringLiteral("pic:pic"));
    xml.writeStartElement(QStringLiteral("pic:nvPicPr"));
    empty(xml, QStringLiteral("pic:cNvPr"),
          {{QStringLiteral("id"), QString::number(picture.number)}, {QStringLiteral("name"), picture.fileName}});
    xml.writeEmptyElement(QStringLiteral("pic:cNvPicPr"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("pic:blipFill"));
    empty(xml, QStringLiteral("a:blip"), {{QStringLiteral("r:embed"), picture.relationshipId}});
    xml.writeStartElement(QStringLiteral("a:stretch"));
    xml.writeEmptyElement(QStringLiteral("a:fillRect"));
    xml.writeEndElement();
    xml.writeEndElement(); // pic:blipFill
    xml.writeStartElement(QStringLiteral("pic:spPr"));
    xml.writeStartElement(QStringLiteral("a:xfrm"));
    empty(xml, QStringLiteral("a:off"),
          {{QStringLiteral("x"), QStringLiteral("0")}, {QStringLiteral("y"), QStringLiteral("0")}});
    empty(xml, QStringLiteral("a:ext"), {{QStringLiteral("cx"), cx}, {QStringLiteral("cy"), cy}});
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("a:prstGeom"));
    xml.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
    xml.writeEmptyElement(QStringLiteral("a:avLst"));
    xml.writeEndElement();
    xml.writeEndElement(); // pic:spPr
    xml.writeEndElement(); // pic:pic
    xml.writeEndElement(); // a:graphicData
    xml.writeEndElement(); // a:graphic
    xml.writeEndElement(); // wp:inline
    xml.writeEndElement(); // w:drawing
}

} // namespace Byline::Core::Docx
