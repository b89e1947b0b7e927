// Word documents as Byline writes them, read by the tools their users have: unzip for the parts,
// pandoc (`--track-changes=all`) for every change and comment with its reviewer, LibreOffice
// (headless) for opening each document and reading its words.
#include "externaltool.h"
#include "reviewedarticle.h"

#include <export/exporter.h>
#include <export/plaintextexporter.h>

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Byline::Core;

namespace {

struct Span
{
    QString kind; // insertion, deletion, comment-start
    QString author;
    QString date;
    QString text;
};

QString inlineText(const QJsonArray &inlines)
{
    QString text;
    for (const QJsonValue &node : inlines) {
        const QJsonObject object = node.toObject();
        const QString type = object.value(QLatin1String("t")).toString();
        if (type == QLatin1String("Str"))
            text += object.value(QLatin1String("c")).toString();
        else if (type == QLatin1String("Space") || type == QLatin1String("SoftBreak"))
            text += QLatin1Char(' ');
        else if (object.value(QLatin1String("c")).isArray())
            text += inlineText(object.value(QLatin1String("c")).toArray().last().toArray());
    }
    return text;
}

// Every span pandoc reads as a tracked change or a comment, in document order.
void collectSpans(const QJsonValue &value, QList<Span> &spans)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectSpans(item, spans);
        return;
    }
    const QJsonObject object = value.toObject();
    if (object.value(QLatin1String("t")).toString() == QLatin1String("Span")) {
        const QJsonArray content = object.value(QLatin1String("c")).toArray();
        const QJsonArray attributes = content.at(0).toArray();
        const QString kind = attributes.at(1).toArray().at(0).toString();
        Span span {kind, {}, {}, inlineText(content.at(1).toArray())};
        for (const QJsonValue &pair : attributes.at(2).toArray()) {
            const QJsonArray keyValue = pair.toArray();
            if (keyValue.at(0).toString() == QLatin1String("author"))
                span.author = keyValue.at(1).toString();
            else if (keyValue.at(0).toString() == QLatin1String("date"))
                span.date = keyValue.at(1).toString();
        }
        if (kind != QLatin1String("comment-end"))
            spans.append(span);
    }
    for (const QJsonValue &child : object)
        if (child.isArray() || child.isObject())
            collectSpans(child, spans);
}

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression word(QStringLiteral(R"([\p{L}\p{N}]+)"));
    QStringList words;
    for (auto match = word.globalMatch(text); match.hasNext();)
        words.append(match.next().captured().toLower());
    return words;
}

// How many times each element named `name` occurs in `xml`, and the values of `attribute` on them.
QStringList attributesOf(const QByteArray &xml, const QString &name, const QString &attribute)
{
    QStringList values;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.qualifiedName() == name)
            values.append(reader.attributes().value(attribute).toString());
    }
    return values;
}

} // namespace

class DocxExportTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString articleFile(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(text.toUtf8());
        return path;
    }

    ExportOutput exported(const QString &path, ReviewEdits::View view)
    {
        ExportOptions options;
        options.format = ExportOptions::Format::Docx;
        options.review = view;
        return Exporter::produce(TextFormats::article(path, std::nullopt, view), options);
    }

    QString saved(const ExportOutput &output, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(output.bytes);
        return path;
    }

    static QByteArray part(const QString &docx, const QString &name)
    {
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), docx, name});
        unzip.waitForFinished(60000);
        return unzip.readAllStandardOutput();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void markup_makesTrackedChangesAndCommentThreads_asWordKeepsThem()
    {
        const QString source = articleFile(QStringLiteral("bus.md"), reviewed);
        const ExportOutput output = exported(source, ReviewEdits::View::Markup);
        QVERIFY2(output.ok(), qPrintable(output.error));
        QVERIFY(output.warnings.isEmpty());
        const QString docx = saved(output, QStringLiteral("bus.docx"));

        const QByteArray document = part(docx, QStringLiteral("word/document.xml"));
        QCOMPARE(attributesOf(document, QStringLiteral("w:del"), QStringLiteral("w:author")),
                 QStringList({QStringLiteral("Ed Brooks"), QStringLiteral("Ed Brooks")}));
        QCOMPARE(attributesOf(document, QStringLiteral("w:ins"), QStringLiteral("w:date")),
                 QStringList({QStringLiteral("2026-11-20T10:05:00Z"), QStringLiteral("2026-11-20T10:06:00Z")}));
        QVERIFY(document.contains("<w:delText>voted</w:delText>"));
        // Four comments: a change's, a thread with its reply (the "resolved" says how it ended,
        // it is no comment), a point's. Each has its range and its reference in the text.
        QCOMPARE(attributesOf(document, QStringLiteral("w:commentRangeStart"), QStringLiteral("w:id")).size(), 4);
        QCOMPARE(attributesOf(document, QStringLiteral("w:commentRangeEnd"), QStringLiteral("w:id")).size(), 4);
        QCOMPARE(attributesOf(document, QStringLiteral("w:commentReference"), QStringLiteral("w:id")),
                 QStringList({QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        // No mark is left as text but the one written as text on purpose (`\{++braces++}`).
        QVERIFY(!document.contains("{>>") && !document.contains("@Ed"));
        QCOMPARE(document.count("{++"), 1);

        const QByteArray comments = part(docx, QStringLiteral("word/comments.xml"));
        QCOMPARE(attributesOf(comments, QStringLiteral("w:comment"), QStringLiteral("w:author")),
                 QStringList({QStringLiteral("Ed Brooks"), QStringLiteral("Ed Brooks"), QStringLiteral("Maya Okafor"),
                              QStringLiteral("Ed Brooks")}));
        QCOMPARE(attributesOf(comments, QStringLiteral("w:comment"), QStringLiteral("w:initials")).at(2),
                 QStringLiteral("MO"));
        const QStringList paraIds = attributesOf(comments, QStringLiteral("w:p"), QStringLiteral("w14:paraId"));
        const QByteArray extended = part(docx, QStringLiteral("word/commentsExtended.xml"));
        QCOMPARE(attributesOf(extended, QStringLiteral("w15:commentEx"), QStringLiteral("w15:paraId")), paraIds);
        // The reply names the thread it answers; the resolved thread is done, the others open.
        QCOMPARE(attributesOf(extended, QStringLiteral("w15:commentEx"), QStringLiteral("w15:paraIdParent")),
                 QStringList({QString(), QString(), paraIds.at(1), QString()}));
        QCOMPARE(attributesOf(extended, QStringLiteral("w15:commentEx"), QStringLiteral("w15:done")),
                 QStringList({QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("0")}));
        // What the editor does next is tracked too.
        QVERIFY(part(docx, QStringLiteral("word/settings.xml")).contains("<w:trackRevisions/>"));

        const QByteArray core = part(docx, QStringLiteral("docProps/core.xml"));
        for (const char *expected :
             {"<dc:title>The Last Bus Home</dc:title>", "<dc:creator>Maya Okafor</dc:creator>",
              "<dc:subject>A night on the 23.</dc:subject>", "<cp:keywords>transport, night</cp:keywords>",
              "<cp:contentStatus>review</cp:contentStatus>", "<dc:language>en-GB</dc:language>",
              ">2026-11-20T00:00:00Z</dcterms:created>"})
            QVERIFY2(core.contains(expected), expected);
    }

    void pandoc_findsEveryChangeWithItsReviewer_andEveryComment()
    {
        const QString docx = saved(exported(articleFile(QStringLiteral("bus.md"), reviewed), ReviewEdits::View::Markup),
                                   QStringLiteral("pandoc.docx"));
        const QString json
            = toolOutput(QStringLiteral("pandoc"),
                         {QStringLiteral("--track-changes=all"), docx, QStringLiteral("-t"), QStringLiteral("json")});
        QVERIFY2(!json.isEmpty(), "pandoc read nothing");
        QList<Span> spans;
        collectSpans(QJsonDocument::fromJson(json.toUtf8()).object().value(QLatin1String("blocks")), spans);
        QStringList seen;
        for (const Span &span : std::as_const(spans))
            seen.append(QStringLiteral("%1|%2|%3|%4").arg(span.kind, span.author, span.date, span.text));
        QCOMPARE(seen,
                 QStringList({
                     QStringLiteral("comment-start|Ed Brooks|2026-11-20T10:05:00Z|weak"),
                     QStringLiteral("deletion|Ed Brooks|2026-11-20T10:05:00Z|voted"),
                     QStringLiteral("insertion|Ed Brooks|2026-11-20T10:05:00Z|approved"),
                     QStringLiteral("deletion|Ed Brooks|2026-11-20T10:06:00Z|candid"),
                     QStringLiteral("insertion|Ed Brooks|2026-11-20T10:06:00Z|unguarded"),
                     QStringLiteral("comment-start|Ed Brooks|2026-11-20T10:07:00Z|Which stop? Name it."),
                     QStringLiteral("comment-start|Maya Okafor|2026-11-20T11:00:00Z|Harbour Road."),
                     QStringLiteral("comment-start|Ed Brooks|2026-11-20T10:09:00Z|Check the timetable."),
                 }));
        // Headings, lists, quotes and code keep their kind.
        const QString markdown
            = toolOutput(QStringLiteral("pandoc"), {docx, QStringLiteral("-t"), QStringLiteral("markdown")});
        QVERIFY(markdown.contains(QStringLiteral("-   one **bold** item")));
        QVERIFY(markdown.contains(QStringLiteral("[link](https://example.org/route)")));
        QVERIFY(markdown.contains(QStringLiteral("1.  nested first")));
        QVERIFY(markdown.contains(QStringLiteral("> A quote from the driver, with `code` in it.")));
        QVERIFY(markdown.contains(QStringLiteral("    code line one\n      code line two")));
    }

    void finalAndOriginal_writeOneTextWithoutMarks()
    {
        const QString source = articleFile(QStringLiteral("bus.md"), reviewed);
        const QString final = saved(exported(source, ReviewEdits::View::Final), QStringLiteral("final.docx"));
        const QString original = saved(exported(source, ReviewEdits::View::Original), QStringLiteral("original.docx"));
        for (const QString &docx : {final, original}) {
            const QByteArray document = part(docx, QStringLiteral("word/document.xml"));
            QVERIFY(!document.contains("<w:ins") && !document.contains("<w:del") && !document.contains("w:comment"));
            QVERIFY(part(docx, QStringLiteral("word/comments.xml")).isEmpty());
            QVERIFY(!part(docx, QStringLiteral("word/settings.xml")).contains("trackRevisions"));
        }
        const QString finalText
            = toolOutput(QStringLiteral("pandoc"), {final, QStringLiteral("-t"), QStringLiteral("plain")});
        QVERIFY(finalText.contains(QStringLiteral("The council approved the budget")));
        QVERIFY(finalText.contains(QStringLiteral("The driver was unguarded")));
        const QString originalText
            = toolOutput(QStringLiteral("pandoc"), {original, QStringLiteral("-t"), QStringLiteral("plain")});
        QVERIFY(originalText.contains(QStringLiteral("The council voted the budget")));
        QVERIFY(originalText.contains(QStringLiteral("The driver was candid")));
    }

    void images_goInsideTheDocument_andAMissingOneKeepsItsDescription()
    {
        QImage picture(320, 200, QImage::Format_RGB32);
        picture.fill(QColor(20, 60, 120));
        QVERIFY(picture.save(m_dir.filePath(QStringLiteral("bus.png"))));
        const QString source = articleFile(QStringLiteral("pictures.md"),
                                           QStringLiteral("# Pictures\n\n![The 23 at Harbour Road](bus.png)\n\n"
                                                          "![A photo that went missing](gone.png)\n"));
        const ExportOutput output = exported(source, ReviewEdits::View::Final);
        QVERIFY2(output.ok(), qPrintable(output.error));
        QCOMPARE(output.warnings.size(), 1);
        QVERIFY(output.warnings.constFirst().contains(QStringLiteral("gone.png")));
        const QString docx = saved(output, QStringLiteral("pictures.docx"));
        QVERIFY(toolOutput(QStringLiteral("unzip"), {QStringLiteral("-l"), docx})
                    .contains(QStringLiteral("word/media/image1.png")));
        QCOMPARE(part(docx, QStringLiteral("word/media/image1.png")).size(),
                 QFileInfo(m_dir.filePath(QStringLiteral("bus.png"))).size());
        const QByteArray document = part(docx, QStringLiteral("word/document.xml"));
        QCOMPARE(attributesOf(document, QStringLiteral("wp:extent"), QStringLiteral("cx")),
                 QStringList({QString::number(320 * 9525)}));
        QVERIFY(document.contains("descr=\"The 23 at Harbour Road\""));
        QVERIFY(document.contains("A photo that went missing"));
        const QString json = toolOutput(QStringLiteral("pandoc"), {docx, QStringLiteral("-t"), QStringLiteral("json")});
        QVERIFY(json.contains(QStringLiteral("\"t\":\"Image\"")));
    }

    // LibreOffice opens every document and finds the article's words in it: the samples, the
    // reviewed article in each view.
    void libreOffice_opensEveryDocument_withTheArticlesWords()
    {
        const QString out = m_dir.filePath(QStringLiteral("libreoffice"));
        QDir().mkpath(out);
        struct Case
        {
            QString source;
            ReviewEdits::View view;
            QString docx;
        };
        QList<Case> cases;
        const QString bus = articleFile(QStringLiteral("bus.md"), reviewed);
        for (const ReviewEdits::View view :
             {ReviewEdits::View::Final, ReviewEdits::View::Markup, ReviewEdits::View::Original})
            cases.append({bus, view, {}});
        for (const QString &sample : QDir(QStringLiteral(BYLINE_SAMPLES_DIR)).entryList({QStringLiteral("*.md")}))
            cases.append({QDir(QStringLiteral(BYLINE_SAMPLES_DIR)).filePath(sample), ReviewEdits::View::Final, {}});
        QStringList arguments = {QStringLiteral("--convert-to"), QStringLiteral("txt:Text (encoded):UTF8"),
                                 QStringLiteral("--outdir"), out};
        for (qsizetype i = 0; i < cases.size(); ++i) {
            cases[i].docx = saved(exported(cases[i].source, cases[i].view), QStringLiteral("case%1.docx").arg(i));
            arguments.append(cases[i].docx);
        }
        QVERIFY2(runLibreOffice(arguments, m_dir.filePath(QStringLiteral("libreoffice-profile"))),
                 "LibreOffice did not finish");
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const Case &one = cases.at(i);
            QFile text(QDir(out).filePath(QStringLiteral("case%1.txt").arg(i)));
            QVERIFY2(text.open(QIODevice::ReadOnly),
                     qPrintable(one.source + QStringLiteral(": LibreOffice read nothing")));
            const QString content = QString::fromUtf8(text.readAll());
            const QStringList read = wordsOf(content);
            const RenderedArticle article = TextFormats::article(one.source);
            const auto expected = [&](ReviewEdits::View view) {
                return wordsOf(article.metadata.summary + QLatin1Char('\n')
                               + PlainTextExporter::text(article.metadata, article.loaded.article.body(), view));
            };
            if (one.view == ReviewEdits::View::Markup) {
                // Tracked changes show both wordings (a deletion and the addition after it run
                // together: "votedapproved"); comments stay in the margin.
                const QString lower = content.toLower();
                for (const ReviewEdits::View view : {ReviewEdits::View::Final, ReviewEdits::View::Original})
                    for (const QString &word : expected(view))
                        QVERIFY2(lower.contains(word), qPrintable(word));
                QVERIFY(!lower.contains(QStringLiteral("timetable")));
            } else {
                // The same words, whatever order the title block's lines come in.
                QStringList sortedRead = read;
                QStringList sortedExpected = expected(one.view);
                sortedRead.sort();
                sortedExpected.sort();
                QCOMPARE(sortedRead, sortedExpected);
            }
        }
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    DocxExportTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "docxexport_test.moc"
