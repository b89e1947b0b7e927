#include "docxparts.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

#include <array>

namespace Byline::Core::Docx {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::DocxWriter)
};

const QString w = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString relationshipTypes
    = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");

// A part: the XML declaration, then what `write` puts in.
template<typename Write>
QByteArray part(Write write)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    write(xml);
    xml.writeEndDocument();
    return bytes;
}

void empty(QXmlStreamWriter &xml, const QString &name, std::initializer_list<std::pair<QString, QString>> attributes)
{
    xml.writeEmptyElement(name);
    for (const auto &[key, value] : attributes)
        xml.writeAttribute(key, value);
}

void value(QXmlStreamWriter &xml, const QString &name, const QString &text)
{
    empty(xml, name, {{QStringLiteral("w:val"), text}});
}

void relationship(QXmlStreamWriter &xml, const QString &id, const QString &type, const QString &target,
                  bool external = false)
{
    xml.writeEmptyElement(QStringLiteral("Relationship"));
    xml.writeAttribute(QStringLiteral("Id"), id);
    xml.writeAttribute(QStringLiteral("Type"), type);
    xml.writeAttribute(QStringLiteral("Target"), target);
    if (external)
        xml.writeAttribute(QStringLiteral("TargetMode"), QStringLiteral("External"));
}

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

QString paraIdOf(int comment, int paragraph)
{
    // Below 0x80000000, as Word requires; unique among the package's paragraphs.
    return QStringLiteral("%1").arg(0x10000000 + comment * 256 + paragraph, 8, 16, QLatin1Char('0')).toUpper();
}

} // namespace

void declareNamespaces(QXmlStreamWriter &xml)
{
    xml.writeAttribute(QStringLiteral("xmlns:w"), w);
    xml.writeAttribute(QStringLiteral("xmlns:r"),
                       QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships"));
    xml.writeAttribute(QStringLiteral("xmlns:wp"),
                       QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"));
    xml.writeAttribute(QStringLiteral("xmlns:a"),
                       QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main"));
    xml.writeAttribute(QStringLiteral("xmlns:pic"),
                       QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"));
    xml.writeAttribute(QStringLiteral("xmlns:mc"),
                       QStringLiteral("http://schemas.openxmlformats.org/markup-compatibility/2006"));
    xml.writeAttribute(QStringLiteral("xmlns:w14"),
                       QStringLiteral("http://schemas.microsoft.com/office/word/2010/wordml"));
    xml.writeAttribute(QStringLiteral("xmlns:w15"),
                       QStringLiteral("http://schemas.microsoft.com/office/word/2012/wordml"));
    xml.writeAttribute(QStringLiteral("mc:Ignorable"), QStringLiteral("w14 w15"));
}

QByteArray contentTypes(const BodyParts &parts, bool custom)
{
    return part([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("Types"));
        xml.writeAttribute(QStringLiteral("xmlns"),
                           QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
        const auto byExtension = [&](const QString &extension, const QString &type) {
            xml.writeEmptyElement(QStringLiteral("Default"));
            xml.writeAttribute(QStringLiteral("Extension"), extension);
            xml.writeAttribute(QStringLiteral("ContentType"), type);
        };
        byExtension(QStringLiteral("rels"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
        byExtension(QStringLiteral("xml"), QStringLiteral("application/xml"));
        byExtension(QStringLiteral("png"), QStringLiteral("image/png"));
        byExtension(QStringLiteral("jpeg"), QStringLiteral("image/jpeg"));
        byExtension(QStringLiteral("gif"), QStringLiteral("image/gif"));
        const auto override = [&](const QString &name, const QString &type) {
            xml.writeEmptyElement(QStringLiteral("Override"));
            xml.writeAttribute(QStringLiteral("PartName"), name);
            xml.writeAttribute(QStringLiteral("ContentType"), type);
        };
        const QString wordml = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.");
        override(QStringLiteral("/word/document.xml"), wordml + QStringLiteral("document.main+xml"));
        override(QStringLiteral("/word/styles.xml"), wordml + QStringLiteral("styles+xml"));
        override(QStringLiteral("/word/settings.xml"), wordml + QStringLiteral("settings+xml"));
        override(QStringLiteral("/word/numbering.xml"), wordml + QStringLiteral("numbering+xml"));
        if (!parts.comments.isEmpty()) {
            override(QStringLiteral("/word/comments.xml"), wordml + QStringLiteral("comments+xml"));
            override(QStringLiteral("/word/commentsExtended.xml"), wordml + QStringLiteral("commentsExtended+xml"));
        }
        override(QStringLiteral("/docProps/core.xml"),
                 QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
        override(QStringLiteral("/docProps/app.xml"),
                 QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml"));
        if (custom)
            override(QStringLiteral("/docProps/custom.xml"),
                     QStringLiteral("application/vnd.openxmlformats-officedocument.custom-properties+xml"));
        xml.writeEndElement();
    });
}

QByteArray packageRelationships(bool custom)
{
    return part([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("Relationships"));
        xml.writeAttribute(QStringLiteral("xmlns"),
                           QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships"));
        relationship(xml, QStringLiteral("rId1"), relationshipTypes + QStringLiteral("officeDocument"),
                     QStringLiteral("word/document.xml"));
        relationship(xml, QStringLiteral("rId2"),
                     QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                                    "core-properties"),
                     QStringLiteral("docProps/core.xml"));
        relationship(xml, QStringLiteral("rId3"), relationshipTypes + QStringLiteral("extended-properties"),
                     QStringLiteral("docProps/app.xml"));
        if (custom)
            relationship(xml, QStringLiteral("rId4"), relationshipTypes + QStringLiteral("custom-properties"),
                         QStringLiteral("docProps/custom.xml"));
        xml.writeEndElement();
    });
}

QByteArray documentRelationships(const BodyParts &parts)
{
    return part([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("Relationships"));
        xml.writeAttribute(QStringLiteral("xmlns"),
                           QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships"));
        relationship(xml, QStringLiteral("rId1"), relationshipTypes + QStringLiteral("styles"),
                     QStringLiteral("styles.xml"));
        relationship(xml, QStringLiteral("rId2"), relationshipTypes + QStringLiteral("settings"),
                     QStringLiteral("settings.xml"));
        relationship(xml, QStringLiteral("rId3"), relationshipTypes + QStringLiteral("numbering"),
                     QStringLiteral("numbering.xml"));
        if (!parts.comments.isEmpty()) {
            relationship(xml, QStringLiteral("rId4"), relationshipTypes + QStringLiteral("comments"),
                         QStringLiteral("comments.xml"));
            relationship(xml, QStringLiteral("rId5"),
                         QStringLiteral("http://schemas.microsoft.com/office/2011/relationships/commentsExtended"),
                         QStringLiteral("commentsExtended.xml"));
        }
        for (const Relationship &link : parts.relationships)
            relationship(xml, link.id, relationshipTypes + link.type, link.target, link.external);
        xml.writeEndElement();
    });
}

QByteArray styles()
{
    return part([](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("w:styles"));
        xml.writeAttribute(QStringLiteral("xmlns:w"), w);
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

QByteArray settings(bool trackChanges)
{
    return part([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("w:settings"));
        xml.writeAttribute(QStringLiteral("xmlns:w"), w);
        if (trackChanges)
            empty(xml, QStringLiteral("w:trackRevisions"), {});
        value(xml, QStringLiteral("w:defaultTabStop"), QStringLiteral("720"));
        xml.writeStartElement(QStringLiteral("w:compat"));
        empty(xml, QStringLiteral("w:compatSetting"),
              {{QStringLiteral("w:name"), QStringLiteral("compatibilityMode")},
               {QStringLiteral("w:uri"), QStringLiteral("http://schemas.microsoft.com/office/word")},
               {QStringLiteral("w:val"), QStringLiteral("15")}});
        xml.writeEndElement();
        xml.writeEndElement();
    });
}

QByteArray numbering(const QList<ListInstance> &lists)
{
    return part([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("w:numbering"));
        xml.writeAttribute(QStringLiteral("xmlns:w"), w);
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

QByteArray comments(QList<Comment> &comments)
{
    return part([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("w:comments"));
        declareNamespaces(xml);
        for (Comment &comment : comments) {
            xml.writeStartElement(QStringLiteral("w:comment"));
            xml.writeAttribute(QStringLiteral("w:id"), QString::number(comment.id));
            xml.writeAttribute(QStringLiteral("w:author"), comment.author);
            if (comment.time.isValid())
                xml.writeAttribute(QStringLiteral("w:date"), wordTime(comment.time));
            xml.writeAttribute(QStringLiteral("w:initials"), comment.initials);
            QStringList paragraphs = comment.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            if (paragraphs.isEmpty())
                paragraphs.append(QString());
            for (qsizetype i = 0; i < paragraphs.size(); ++i) {
                comment.paraId = paraIdOf(comment.id, int(i));
                xml.writeStartElement(QStringLiteral("w:p"));
                xml.writeAttribute(QStringLiteral("w14:paraId"), comment.paraId);
                xml.writeAttribute(QStringLiteral("w14:textId"), QStringLiteral("77777777"));
                xml.writeStartElement(QStringLiteral("w:pPr"));
                value(xml, QStringLiteral("w:pStyle"), QStringLiteral("CommentText"));
                xml.writeEndElement();
                if (i == 0) {
                    xml.writeStartElement(QStringLiteral("w:r"));
                    xml.writeStartElement(QStringLiteral("w:rPr"));
                    value(xml, QStringLiteral("w:rStyle"), QStringLiteral("CommentReference"));
                    xml.writeEndElement();
                    empty(xml, QStringLiteral("w:annotationRef"), {});
                    xml.writeEndElement();
                }
                if (!paragraphs.at(i).isEmpty()) {
                    xml.writeStartElement(QStringLiteral("w:r"));
                    xml.writeStartElement(QStringLiteral("w:t"));
                    xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
                    xml.writeCharacters(paragraphs.at(i));
                    xml.writeEndElement();
                    xml.writeEndElement();
                }
                xml.writeEndElement(); // w:p
            }
            xml.writeEndElement(); // w:comment
        }
        xml.writeEndElement();
    });
}

QByteArray commentsExtended(const QList<Comment> &comments)
{
    return part([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("w15:commentsEx"));
        declareNamespaces(xml);
        QHash<int, QString> paraIds;
        for (const Comment &comment : comments)
            paraIds.insert(comment.id, comment.paraId);
        for (const Comment &comment : comments) {
            xml.writeEmptyElement(QStringLiteral("w15:commentEx"));
            xml.writeAttribute(QStringLiteral("w15:paraId"), comment.paraId);
            if (comment.parent >= 0)
                xml.writeAttribute(QStringLiteral("w15:paraIdParent"), paraIds.value(comment.parent));
            xml.writeAttribute(QStringLiteral("w15:done"), comment.done ? QStringLiteral("1") : QStringLiteral("0"));
        }
        xml.writeEndElement();
    });
}

QByteArray coreProperties(const ArticleMetadata &metadata, const QDateTime &modified)
{
    return part([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("cp:coreProperties"));
        xml.writeAttribute(QStringLiteral("xmlns:cp"),
                           QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"));
        xml.writeAttribute(QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/"));
        xml.writeAttribute(QStringLiteral("xmlns:dcterms"), QStringLiteral("http://purl.org/dc/terms/"));
        xml.writeAttribute(QStringLiteral("xmlns:xsi"), QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"));
        const auto text = [&](const QString &name, const QString &content) {
            if (!content.isEmpty())
                xml.writeTextElement(name, content);
        };
        text(QStringLiteral("dc:title"), metadata.title);
        text(QStringLiteral("dc:subject"), metadata.summary);
        text(QStringLiteral("dc:creator"), metadata.authors.join(QStringLiteral("; ")));
        text(QStringLiteral("cp:keywords"), metadata.tags.join(QStringLiteral(", ")));
        text(QStringLiteral("dc:language"), metadata.lang);
        text(QStringLiteral("cp:contentStatus"), metadata.status);
        text(QStringLiteral("cp:category"), metadata.publication);
        const auto date = [&](const QString &name, const QDateTime &time) {
            xml.writeStartElement(name);
            xml.writeAttribute(QStringLiteral("xsi:type"), QStringLiteral("dcterms:W3CDTF"));
            xml.writeCharacters(wordTime(time));
            xml.writeEndElement();
        };
        if (metadata.date)
            date(QStringLiteral("dcterms:created"),
                 metadata.date->hasTime() ? metadata.date->dateTime
                                          : QDateTime(metadata.date->date, QTime(0, 0), Qt::UTC));
        date(QStringLiteral("dcterms:modified"), modified);
        xml.writeEndElement();
    });
}

QByteArray applicationProperties()
{
    return part([](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("Properties"));
        xml.writeAttribute(QStringLiteral("xmlns"),
                           QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
        xml.writeTextElement(QStringLiteral("Application"), QStringLiteral("Byline"));
        xml.writeEndElement();
    });
}

QString threadKey(const QString &author, const QDateTime &time, const QString &text)
{
    return author + QLatin1Char('|')
        + (time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm")) : QString()) + QLatin1Char('|')
        + text.simplified().left(80);
}

QString unsignedAuthor()
{
    return Text::tr("Unknown");
}

bool isUnsignedAuthor(const QString &author)
{
    return author.isEmpty() || author == unsignedAuthor() || author == QLatin1String("Unknown")
        || author == QLatin1String("Unknown Author");
}

QByteArray customProperties(const QList<Comment> &comments)
{
    QJsonObject resolved;
    for (const Comment &comment : comments) {
        if (!comment.resolvedBy.isEmpty())
            resolved.insert(threadKey(comment.author, comment.time, comment.text), comment.resolvedBy);
    }
    if (resolved.isEmpty())
        return {};
    return part([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("Properties"));
        xml.writeAttribute(QStringLiteral("xmlns"),
                           QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"));
        xml.writeAttribute(QStringLiteral("xmlns:vt"),
                           QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"));
        xml.writeStartElement(QStringLiteral("property"));
        xml.writeAttribute(QStringLiteral("fmtid"), QStringLiteral("{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"));
        xml.writeAttribute(QStringLiteral("pid"), QStringLiteral("2"));
        xml.writeAttribute(QStringLiteral("name"), QString::fromUtf16(resolvedProperty));
        xml.writeTextElement(QStringLiteral("vt:lpwstr"),
                             QString::fromUtf8(QJsonDocument(resolved).toJson(QJsonDocument::Compact)));
        xml.writeEndElement();
        xml.writeEndElement();
    });
}

} // namespace Byline::Core::Docx
