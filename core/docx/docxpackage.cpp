#include "docxpackage.h"

#include "docxparts.h"
#include "docxpieces.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace Byline::Core::Docx {

void readStyles(const QByteArray &xml, PackageInfo &package)
{
    QXmlStreamReader reader(xml);
    QString style;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = reader.qualifiedName();
        const QXmlStreamAttributes attributes = reader.attributes();
        if (name == u"w:style")
            style = attributes.value(QLatin1String("w:styleId")).toString();
        else if (name == u"w:name" && !style.isEmpty())
            package.styleNames.insert(style, attributes.value(QLatin1String("w:val")).toString().toLower());
        else if (name == u"w:basedOn" && !style.isEmpty())
            package.basedOn.insert(style, attributes.value(QLatin1String("w:val")).toString());
        else if (name == u"w:outlineLvl" && !style.isEmpty()) {
            const int level = attributes.value(QLatin1String("w:val")).toInt();
            if (level < 9) // 9 is body text
                package.styleOutline.insert(style, level);
        }
    }
}

void readNumbering(const QByteArray &xml, PackageInfo &package)
{
    QHash<QString, QSet<int>> orderedByAbstract;
    QHash<int, QString> abstractOf;
    QXmlStreamReader reader(xml);
    QString abstract;
    int level = 0;
    int num = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = reader.qualifiedName();
        const QXmlStreamAttributes attributes = reader.attributes();
        if (name == u"w:abstractNum") {
            abstract = attributes.value(QLatin1String("w:abstractNumId")).toString();
            num = 0;
        } else if (name == u"w:lvl") {
            level = attributes.value(QLatin1String("w:ilvl")).toInt();
        } else if (name == u"w:numFmt" && num == 0) {
            const QStringView format = attributes.value(QLatin1String("w:val"));
            if (format != u"bullet" && format != u"none")
                orderedByAbstract[abstract].insert(level);
        } else if (name == u"w:num") {
            num = attributes.value(QLatin1String("w:numId")).toInt();
        } else if (name == u"w:abstractNumId" && num > 0) {
            abstractOf.insert(num, attributes.value(QLatin1String("w:val")).toString());
        }
    }
    for (auto it = abstractOf.cbegin(); it != abstractOf.cend(); ++it)
        package.orderedLevels.insert(it.key(), orderedByAbstract.value(it.value()));
}

void readComments(const QByteArray &xml, PackageInfo &package)
{
    QXmlStreamReader reader(xml);
    QString id;
    WordComment comment;
    QStringList paragraphs;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        const QStringView name = reader.qualifiedName();
        if (token == QXmlStreamReader::EndElement && name == u"w:comment") {
            comment.text = paragraphs.join(QLatin1Char('\n'));
            package.comments.insert(id, comment);
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = reader.attributes();
        if (name == u"w:comment") {
            id = attributes.value(QLatin1String("w:id")).toString();
            comment = WordComment();
            const Attribution by = attributionOf(attributes);
            comment.author = by.reviewer;
            comment.time = by.time;
            paragraphs.clear();
        } else if (name == u"w:p") {
            paragraphs.append(QString());
            const QString paraId = attributes.value(QLatin1String("w14:paraId")).toString();
            if (!paraId.isEmpty())
                comment.paraId = paraId;
        } else if (name == u"w:t" && !paragraphs.isEmpty()) {
            paragraphs.last() += reader.readElementText();
        }
    }
}

void readNotes(const QByteArray &xml, QHash<QString, QString> &notes)
{
    QXmlStreamReader reader(xml);
    QString id;
    QString text;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        const QStringView name = reader.qualifiedName();
        if (token == QXmlStreamReader::EndElement && (name == u"w:footnote" || name == u"w:endnote")) {
            if (!text.simplified().isEmpty())
                notes.insert(id, text.simplified());
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (name == u"w:footnote" || name == u"w:endnote") {
            id = reader.attributes().value(QLatin1String("w:id")).toString();
            text.clear();
        } else if (name == u"w:p" && !text.isEmpty()) {
            text += QLatin1Char(' ');
        } else if (name == u"w:t") {
            text += reader.readElementText();
        } else if (name == u"w:tab") {
            text += QLatin1Char(' ');
        }
    }
}

void readCommentsExtended(const QByteArray &xml, PackageInfo &package)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.qualifiedName() != u"w15:commentEx")
            continue;
        const QXmlStreamAttributes attributes = reader.attributes();
        const QString paraId = attributes.value(QLatin1String("w15:paraId")).toString();
        const QString parent = attributes.value(QLatin1String("w15:paraIdParent")).toString();
        if (!parent.isEmpty())
            package.parentOf.insert(paraId, parent);
        if (attributes.value(QLatin1String("w15:done")) == u"1")
            package.done.insert(paraId);
    }
}

void readCustomProperties(const QByteArray &xml, PackageInfo &package)
{
    QXmlStreamReader reader(xml);
    QString name;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == u"property") {
            name = reader.attributes().value(QLatin1String("name")).toString();
        } else if (reader.name() == u"lpwstr" && name == QStringView(resolvedProperty)) {
            const QJsonObject resolved = QJsonDocument::fromJson(reader.readElementText().toUtf8()).object();
            for (auto it = resolved.constBegin(); it != resolved.constEnd(); ++it)
                package.resolvedBy.insert(it.key(), it.value().toString());
        } else if (reader.name() == u"lpwstr" && name == QStringView(tagsProperty)) {
            for (const QJsonValue &tag : QJsonDocument::fromJson(reader.readElementText().toUtf8()).array())
                package.tags.append(tag.toString());
        }
    }
}

} // namespace Byline::Core::Docx
