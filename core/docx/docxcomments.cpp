#include "docxparts.h"
#include "docxxml.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// The review's threads as Word comments: comments.xml, their replies and resolved state
// (commentsExtended), and who resolved them (a custom property).
namespace Byline::Core::Docx {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::DocxWriter)
};

QString paraIdOf(int comment, int paragraph)
{
    // Below 0x80000000, as Word requires; unique among the package's paragraphs.
    return QStringLiteral("%1").arg(0x10000000 + comment * 256 + paragraph, 8, 16, QLatin1Char('0')).toUpper();
}

// A reviewer's initials, as Word shows them on a comment: "Ed Brooks" → "EB".
QString initialsOf(const QString &name)
{
    QString initials;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        initials += word.at(0).toUpper();
    return initials.left(4);
}

} // namespace

QHash<qsizetype, QList<int>> wordComments(const Review &review, QList<Comment> &comments)
{
    QHash<qsizetype, QList<int>> threads;
    int next = 0;
    const QList<Review::Item> &items = review.items();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Review::Item &item = items.at(i);
        QList<int> ids;
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
            ids.append(comment.id);
            comments.append(comment);
        }
        // Word keeps only that a thread is done; who resolved it, and when, goes with the first
        // comment into the document's custom properties.
        if (item.resolved && !ids.isEmpty()) {
            for (const Review::Comment &said : item.comments) {
                if (said.verb == Review::Verb::Resolved)
                    comments[comments.size() - ids.size()].resolvedBy = said.by.toText() + QStringLiteral(" resolved");
            }
        }
        if (!ids.isEmpty())
            threads.insert(i, ids);
    }
    return threads;
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

QByteArray customProperties(const QList<Comment> &comments, const QStringList &tags)
{
    QJsonObject resolved;
    for (const Comment &comment : comments) {
        if (!comment.resolvedBy.isEmpty())
            resolved.insert(threadKey(comment.author, comment.time, comment.text), comment.resolvedBy);
    }
    QList<std::pair<QString, QByteArray>> properties;
    if (!resolved.isEmpty())
        properties.append(
            {QString::fromUtf16(resolvedProperty), QJsonDocument(resolved).toJson(QJsonDocument::Compact)});
    if (!tags.isEmpty())
        properties.append({QString::fromUtf16(tagsProperty),
                           QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact)});
    if (properties.isEmpty())
        return {};
    return part([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("Properties"));
        xml.writeAttribute(QStringLiteral("xmlns"),
                           QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"));
        xml.writeAttribute(QStringLiteral("xmlns:vt"),
                           QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"));
        int id = 2; // the first a custom property may have
        for (const auto &[name, json] : std::as_const(properties)) {
            xml.writeStartElement(QStringLiteral("property"));
            xml.writeAttribute(QStringLiteral("fmtid"), QStringLiteral("{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"));
            xml.writeAttribute(QStringLiteral("pid"), QString::number(id++));
            xml.writeAttribute(QStringLiteral("name"), name);
            xml.writeTextElement(QStringLiteral("vt:lpwstr"), QString::fromUtf8(json));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    });
}

} // namespace Byline::Core::Docx
