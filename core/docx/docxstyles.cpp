#include "docxparts.h"
#include "docxxml.h"

#include <array>

// The styles a copy desk's template maps onto, and the numbering of lists.
namespace Byline::Core::Docx {

namespace {

struct Style
{
    const char *id;
    const char *name;
    const char *basedOn; // nullptr: none
    int halfPoints; // 0: as the style it is based on
    bool bold;
    bool italic;
    int outline; // heading level - 1, or -1
    int before; // spacing, twentieths of a point; -1: as based on
    int after;
};

// The paragraph styles a copy desk's template maps onto, by Word's own ids where Word has them.
constexpr std::array<Style, 12> paragraphStyles {{
    {"Title", "Title", "Normal", 56, true, false, -1, 0, 240},
    {"Subtitle", "Subtitle", "Normal", 28, false, true, -1, 0, 240},
    {"Byline", "Byline", "Normal", 20, false, false, -1, 0, 240},
    {"Heading1", "heading 1", "Normal", 36, true, false, 0, 360, 120},
    {"Heading2", "heading 2", "Normal", 30, true, false, 1, 280, 100},
    {"Heading3", "heading 3", "Normal", 26, true, false, 2, 240, 80},
    {"Heading4", "heading 4", "Normal", 24, true, true, 3, 200, 60},
    {"Heading5", "heading 5", "Normal", 22, true, false, 4, 200, 60},
    {"Heading6", "heading 6", "Normal", 22, false, true, 5, 200, 60},
    {"Quote", "Quote", "Normal", 0, false, true, -1, -1, -1},
    {"ListParagraph", "List Paragraph", "Normal", 0, false, false, -1, 0, 80},
    {"CommentText", "annotation text", "Normal", 20, false, false, -1, 0, 0},
}};

void paragraphStyle(QXmlStreamWriter &xml, const Style &style)
{
    xml.writeStartElement(QStringLiteral("w:style"));
    xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("paragraph"));
    xml.writeAttribute(QStringLiteral("w:styleId"), QLatin1String(style.id));
    value(xml, QStringLiteral("w:name"), QLatin1String(style.name));
    if (style.basedOn)
        value(xml, QStringLiteral("w:basedOn"), QLatin1String(style.basedOn));
    value(xml, QStringLiteral("w:next"), QStringLiteral("Normal"));
    empty(xml, QStringLiteral("w:qFormat"), {});
    xml.writeStartElement(QStringLiteral("w:pPr"));
    if (style.outline >= 0)
        empty(xml, QStringLiteral("w:keepNext"), {});
    if (style.before >= 0)
        empty(xml, QStringLiteral("w:spacing"),
              {{QStringLiteral("w:before"), QString::number(style.before)},
               {QStringLiteral("w:after"), QString::number(style.after)}});
    if (qstrcmp(style.id, "Quote") == 0)
        empty(xml, QStringLiteral("w:ind"),
              {{QStringLiteral("w:left"), QStringLiteral("720")}, {QStringLiteral("w:right"), QStringLiteral("720")}});
    if (style.outline >= 0)
        value(xml, QStringLiteral("w:outlineLvl"), QString::number(style.outline));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("w:rPr"));
    if (style.bold)
        empty(xml, QStringLiteral("w:b"), {});
    if (style.italic)
        empty(xml, QStringLiteral("w:i"), {});
    if (style.halfPoints > 0) {
        value(xml, QStringLiteral("w:sz"), QString::number(style.halfPoints));
        value(xml, QStringLiteral("w:szCs"), QString::number(style.halfPoints));
    }
    xml.writeEndElement();
    xml.writeEndElement();
}

void monospace(QXmlStreamWriter &xml)
{
    empty(xml, QStringLiteral("w:rFonts"),
          {{QStringLiteral("w:ascii"), QStringLiteral("Liberation Mono")},
           {QStringLiteral("w:hAnsi"), QStringLiteral("Liberation Mono")},
           {QStringLiteral("w:cs"), QStringLiteral("Liberation Mono")}});
    value(xml, QStringLiteral("w:sz"), QStringLiteral("19"));
}

void characterStyle(QXmlStreamWriter &xml, const QString &id, const QString &name, bool code, bool link)
{
    xml.writeStartElement(QStringLiteral("w:style"));
    xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("character"));
    xml.writeAttribute(QStringLiteral("w:styleId"), id);
    value(xml, QStringLiteral("w:name"), name);
    xml.writeStartElement(QStringLiteral("w:rPr"));
    if (code)
        monospace(xml);
    if (link) {
        value(xml, QStringLiteral("w:color"), QStringLiteral("0563C1"));
        value(xml, QStringLiteral("w:u"), QStringLiteral("single"));
    }
    if (!code && !link)
        value(xml, QStringLiteral("w:sz"), QStringLiteral("16"));
    xml.writeEndElement();
    xml.writeEndElement();
}

} // namespace

QByteArray styles()
{
    return part([](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("w:styles"));
        xml.writeAttribute(QStringLiteral("xmlns:w"), wordNamespace);
        xml.writeStartElement(QStringLiteral("w:docDefaults"));
        xml.writeStartElement(QStringLiteral("w:rPrDefault"));
        xml.writeStartElement(QStringLiteral("w:rPr"));
        empty(xml, QStringLiteral("w:rFonts"),
              {{QStringLiteral("w:ascii"), QStringLiteral("Georgia")},
               {QStringLiteral("w:hAnsi"), QStringLiteral("Georgia")},
               {QStringLiteral("w:cs"), QStringLiteral("Georgia")}});
        value(xml, QStringLiteral("w:sz"), QStringLiteral("22"));
        value(xml, QStringLiteral("w:szCs"), QStringLiteral("22"));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("w:pPrDefault"));
        xml.writeStartElement(QStringLiteral("w:pPr"));
        empty(xml, QStringLiteral("w:spacing"),
              {{QStringLiteral("w:after"), QStringLiteral("160")},
               {QStringLiteral("w:line"), QStringLiteral("288")},
               {QStringLiteral("w:lineRule"), QStringLiteral("auto")}});
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement(); // w:docDefaults

        xml.writeStartElement(QStringLiteral("w:style"));
        xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("paragraph"));
        xml.writeAttribute(QStringLiteral("w:default"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("w:styleId"), QStringLiteral("Normal"));
        value(xml, QStringLiteral("w:name"), QStringLiteral("Normal"));
        empty(xml, QStringLiteral("w:qFormat"), {});
        xml.writeEndElement();
        for (const Style &style : paragraphStyles)
            paragraphStyle(xml, style);

        xml.writeStartElement(QStringLiteral("w:style"));
        xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("paragraph"));
        xml.writeAttribute(QStringLiteral("w:styleId"), QStringLiteral("SourceCode"));
        value(xml, QStringLiteral("w:name"), QStringLiteral("Source Code"));
        value(xml, QStringLiteral("w:basedOn"), QStringLiteral("Normal"));
        empty(xml, QStringLiteral("w:qFormat"), {});
        xml.writeStartElement(QStringLiteral("w:pPr"));
        empty(xml, QStringLiteral("w:spacing"),
              {{QStringLiteral("w:after"), QStringLiteral("0")},
               {QStringLiteral("w:line"), QStringLiteral("240")},
               {QStringLiteral("w:lineRule"), QStringLiteral("auto")}});
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("w:rPr"));
        monospace(xml);
        xml.writeEndElement();
        xml.writeEndElement();

        characterStyle(xml, QStringLiteral("VerbatimChar"), QStringLiteral("Verbatim Char"), true, false);
        characterStyle(xml, QStringLiteral("Hyperlink"), QStringLiteral("Hyperlink"), false, true);
        characterStyle(xml, QStringLiteral("CommentReference"), QStringLiteral("annotation reference"), false, false);
        xml.writeEndElement();
    });
}

QByteArray numbering(const QList<ListInstance> &lists)
{
    return part([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("w:numbering"));
        xml.writeAttribute(QStringLiteral("xmlns:w"), wordNamespace);
        // 0: bullets, 1: numbers; nine levels each, half an inch apart.
        static constexpr std::array<const char16_t *, 3> bullets = {u"\u2022", u"\u25e6", u"\u25aa"};
        for (int ordered = 0; ordered < 2; ++ordered) {
            xml.writeStartElement(QStringLiteral("w:abstractNum"));
            xml.writeAttribute(QStringLiteral("w:abstractNumId"), QString::number(ordered));
            value(xml, QStringLiteral("w:multiLevelType"), QStringLiteral("multilevel"));
            for (int level = 0; level < 9; ++level) {
                xml.writeStartElement(QStringLiteral("w:lvl"));
                xml.writeAttribute(QStringLiteral("w:ilvl"), QString::number(level));
                value(xml, QStringLiteral("w:start"), QStringLiteral("1"));
                value(xml, QStringLiteral("w:numFmt"), ordered ? QStringLiteral("decimal") : QStringLiteral("bullet"));
                value(xml, QStringLiteral("w:lvlText"),
                      ordered ? QStringLiteral("%%1.").arg(level + 1)
                              : QString::fromUtf16(bullets.at(size_t(level) % bullets.size())));
                value(xml, QStringLiteral("w:lvlJc"), QStringLiteral("left"));
                xml.writeStartElement(QStringLiteral("w:pPr"));
                empty(xml, QStringLiteral("w:ind"),
                      {{QStringLiteral("w:left"), QString::number((level + 1) * 720)},
                       {QStringLiteral("w:hanging"), QStringLiteral("360")}});
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        for (const ListInstance &list : lists) {
            xml.writeStartElement(QStringLiteral("w:num"));
            xml.writeAttribute(QStringLiteral("w:numId"), QString::number(list.numId));
            value(xml, QStringLiteral("w:abstractNumId"), list.ordered ? QStringLiteral("1") : QStringLiteral("0"));
            // Each list counts from its own start.
            xml.writeStartElement(QStringLiteral("w:lvlOverride"));
            xml.writeAttribute(QStringLiteral("w:ilvl"), QString::number(list.level));
            value(xml, QStringLiteral("w:startOverride"), QString::number(list.start));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    });
}

} // namespace Byline::Core::Docx
