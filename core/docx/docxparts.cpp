#include "docxparts.h"

#include "docxxml.h"

namespace Byline::Core::Docx {

namespace {

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

} // namespace

void declareNamespaces(QXmlStreamWriter &xml)
{
    xml.writeAttribute(QStringLiteral("xmlns:w"), wordNamespace);
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

QByteArray settings(bool trackChanges)
{
    return part([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("w:settings"));
        xml.writeAttribute(QStringLiteral("xmlns:w"), wordNamespace);
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

} // namespace Byline::Core::Docx
