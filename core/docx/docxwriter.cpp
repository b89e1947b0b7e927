#include "docxwriter.h"

#include "docxbody.h"
#include "docxparts.h"
#include "review/reviewrender.h"
#include "zippackage.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

namespace Byline::Core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::DocxWriter)
};

constexpr double twipsPerMillimetre = 1440.0 / 25.4;
constexpr qint64 emuPerTwip = 635;

// Page width and height in twips, portrait.
QSize pageTwips(const QString &name)
{
    if (name.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
        return {12240, 15840};
    if (name.compare(QLatin1String("Legal"), Qt::CaseInsensitive) == 0)
        return {12240, 20160};
    if (name.compare(QLatin1String("A5"), Qt::CaseInsensitive) == 0)
        return {8391, 11906};
    return {11906, 16838};
}

void paragraph(QXmlStreamWriter &xml, const QString &style, const QString &text)
{
    xml.writeStartElement(QStringLiteral("w:p"));
    xml.writeStartElement(QStringLiteral("w:pPr"));
    xml.writeEmptyElement(QStringLiteral("w:pStyle"));
    xml.writeAttribute(QStringLiteral("w:val"), style);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("w:r"));
    xml.writeTextElement(QStringLiteral("w:t"), text);
    xml.writeEndElement();
    xml.writeEndElement();
}

// Headline, byline and date, standfirst: as the PDF prints them above the text.
void titleBlock(QXmlStreamWriter &xml, const ArticleMetadata &metadata, const QString &byline)
{
    if (!metadata.title.isEmpty())
        paragraph(xml, QStringLiteral("Title"), metadata.title);
    if (!byline.isEmpty())
        paragraph(xml, QStringLiteral("Byline"), byline);
    if (!metadata.summary.isEmpty())
        paragraph(xml, QStringLiteral("Subtitle"), metadata.summary);
}

void section(QXmlStreamWriter &xml, const DocxWriter::Options &options, const QSize &page, int margin)
{
    xml.writeStartElement(QStringLiteral("w:sectPr"));
    xml.writeEmptyElement(QStringLiteral("w:pgSz"));
    xml.writeAttribute(QStringLiteral("w:w"), QString::number(page.width()));
    xml.writeAttribute(QStringLiteral("w:h"), QString::number(page.height()));
    if (options.landscape)
        xml.writeAttribute(QStringLiteral("w:orient"), QStringLiteral("landscape"));
    xml.writeEmptyElement(QStringLiteral("w:pgMar"));
    for (const char *side : {"w:top", "w:right", "w:bottom", "w:left"})
        xml.writeAttribute(QLatin1String(side), QString::number(margin));
    for (const char *edge : {"w:header", "w:footer"})
        xml.writeAttribute(QLatin1String(edge), QString::number(margin / 2));
    xml.writeAttribute(QStringLiteral("w:gutter"), QStringLiteral("0"));
    xml.writeEndElement();
}

} // namespace

DocxWriter::Output DocxWriter::write(const ArticleMetadata &metadata, const QString &body, const Options &options)
{
    Output output;
    const Review review = Review::read(body, CriticMarkup::Start::Body);
    QString text = body;
    InlineDecorations decorations;
    bool marked = false;
    if (!review.isEmpty()) {
        if (options.view == ReviewEdits::View::Markup) {
            if (const std::optional<QString> decorated = ReviewRender::decorate(body, review, true, decorations)) {
                text = *decorated;
                marked = true;
            } else {
                output.warnings.append(Text::tr("the article has more review marks than a document can carry; "
                                                "it was written with every change accepted"));
            }
        }
        if (!marked) {
            const ReviewEdits::View view
                = options.view == ReviewEdits::View::Original ? options.view : ReviewEdits::View::Final;
            text = ReviewEdits::apply(body, ReviewEdits::viewEdits(body, review, view));
        }
    }

    QSize page = pageTwips(options.pageSize);
    if (options.landscape)
        page.transpose();
    const int margin = qRound(qBound(5.0, options.marginMillimetres, 60.0) * twipsPerMillimetre);

    Docx::BodyParts parts;
    Docx::BodyOptions bodyOptions;
    bodyOptions.textWidthEmu = qint64(page.width() - 2 * margin) * emuPerTwip;
    bodyOptions.images = options.images;
    if (options.titleBlock)
        bodyOptions.omitHeading = metadata.title;
    QByteArray document;
    {
        QXmlStreamWriter xml(&document);
        xml.writeStartDocument(QStringLiteral("1.0"), true);
        xml.writeStartElement(QStringLiteral("w:document"));
        Docx::declareNamespaces(xml);
        xml.writeStartElement(QStringLiteral("w:body"));
        if (options.titleBlock)
            titleBlock(xml, metadata, options.byline);
        Docx::writeBody(xml, text, decorations, marked ? review : Review(), bodyOptions, parts);
        section(xml, options, page, margin);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    const QDateTime modified = options.modified.isValid() ? options.modified : QDateTime::currentDateTimeUtc();
    ZipWriter zip(modified);
    // The comments' paraIds are given as comments.xml is written: that part first.
    const QByteArray comments = parts.comments.isEmpty() ? QByteArray() : Docx::comments(parts.comments);
    const QByteArray custom = Docx::customProperties(parts.comments, metadata.tags);
    zip.add(QStringLiteral("[Content_Types].xml"), Docx::contentTypes(parts, !custom.isEmpty()));
    zip.add(QStringLiteral("_rels/.rels"), Docx::packageRelationships(!custom.isEmpty()));
    zip.add(QStringLiteral("word/document.xml"), document);
    zip.add(QStringLiteral("word/_rels/document.xml.rels"), Docx::documentRelationships(parts));
    zip.add(QStringLiteral("word/styles.xml"), Docx::styles());
    zip.add(QStringLiteral("word/settings.xml"), Docx::settings(marked));
    zip.add(QStringLiteral("word/numbering.xml"), Docx::numbering(parts.lists));
    if (!parts.comments.isEmpty()) {
        zip.add(QStringLiteral("word/comments.xml"), comments);
        zip.add(QStringLiteral("word/commentsExtended.xml"), Docx::commentsExtended(parts.comments));
    }
    for (const Docx::Media &media : std::as_const(parts.media))
        zip.add(media.name, media.bytes, false);
    zip.add(QStringLiteral("docProps/core.xml"), Docx::coreProperties(metadata, modified));
    zip.add(QStringLiteral("docProps/app.xml"), Docx::applicationProperties());
    if (!custom.isEmpty())
        zip.add(QStringLiteral("docProps/custom.xml"), custom);
    output.bytes = zip.finish(&output.error);
    output.warnings += parts.warnings;
    return output;
}

} // namespace Byline::Core
