// Word documents read back as articles: Byline's own (a round trip), the same saved again by
// LibreOffice, one made by pandoc, and files that are no Word documents at all.
#include "externaltool.h"
#include "reviewedarticle.h"

#include <article/article.h>
#include <export/exporter.h>

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <docx/docxreader.h>
#include <docx/zippackage.h>
#include <review/review.h>

using namespace Byline::Core;

namespace {

// A review in words a test can compare: each item's kind, text, reviewer and time, what was
// said and by whom, and whether it is resolved.
QStringList described(const QString &body)
{
    const Review review = Review::read(body, CriticMarkup::Start::Body);
    QStringList items;
    for (const Review::Item &item : review.items()) {
        QString line = QStringLiteral("%1 \"%2\" %3")
                           .arg(int(item.kind()))
                           .arg(item.mark.content.of(body).toString(), item.by.toText());
        for (const Review::Comment &comment : item.comments)
            line += QStringLiteral(" | %1: %2 (%3)").arg(comment.by.toText(), comment.text).arg(int(comment.verb));
        line += item.resolved ? QStringLiteral(" | resolved") : QString();
        items.append(line);
    }
    return items;
}

QString bodyOf(const QString &text)
{
    return Article::fromText(text, QStringLiteral("a.md"), Article::formatForFileName(QStringLiteral("a.md"))).body();
}

} // namespace

class DocxImportTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(bytes);
        return path;
    }

    QByteArray exported(const QString &article, ReviewEdits::View view = ReviewEdits::View::Markup)
    {
        ExportOptions options;
        options.format = ExportOptions::Format::Docx;
        options.review = view;
        const ExportOutput output = Exporter::produce(TextFormats::article(article, std::nullopt, view), options);
        return output.bytes;
    }

    // Markdown made a Word document by pandoc, as `name`.docx, and read back.
    DocxReader::Result readThroughPandoc(const QString &name, const QByteArray &markdown)
    {
        const QString source = write(name + QStringLiteral(".md"), markdown);
        const QString docx = m_dir.filePath(name + QStringLiteral(".docx"));
        if (toolExitCode(QStringLiteral("pandoc"), {source, QStringLiteral("-o"), docx}) != 0) {
            DocxReader::Result failed;
            failed.error = QStringLiteral("pandoc could not write %1").arg(docx);
            return failed;
        }
        return DocxReader::read(readAll(docx), name + QStringLiteral("-images"));
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip_keepsEveryMarkReviewerTimeReplyAndResolvedFlag()
    {
        const QString article = write(QStringLiteral("bus.md"), reviewed.toUtf8());
        const DocxReader::Result read = DocxReader::read(exported(article), QStringLiteral("bus-images"));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QVERIFY2(read.notes.isEmpty(), qPrintable(read.notes.join(QLatin1Char('\n'))));
        // The body comes back as it was written, word for word and mark for mark.
        QCOMPARE(bodyOf(read.text), bodyOf(reviewed));
        QCOMPARE(described(bodyOf(read.text)), described(bodyOf(reviewed)));
        QCOMPARE(described(bodyOf(read.text)).size(), 5);
        QCOMPARE(read.metadata.title, QStringLiteral("The Last Bus Home"));
        QCOMPARE(read.metadata.authors, QStringList {QStringLiteral("Maya Okafor")});
        QCOMPARE(read.metadata.date->date, QDate(2026, 11, 20));
        QCOMPARE(read.metadata.status, QStringLiteral("review"));
        QCOMPARE(read.metadata.tags, QStringList({QStringLiteral("transport"), QStringLiteral("night")}));
        QCOMPARE(read.metadata.lang, QStringLiteral("en-GB"));
        QCOMPARE(read.metadata.summary, QStringLiteral("A night on the 23."));
    }

    // Word needs a name on every change and comment; one the article left unsigned comes back
    // unsigned, not signed by "Unknown".
    void unsignedMarks_comeBackUnsigned()
    {
        const QString article
            = QStringLiteral("---\ntitle: Unsigned\n---\n\n# Unsigned\n\nThe {++new++} route, {--the old one--}, "
                             "and {==this stop==}{>>Which one?<<} too.\n");
        const DocxReader::Result read = DocxReader::read(
            exported(write(QStringLiteral("unsigned.md"), article.toUtf8())), QStringLiteral("unsigned-images"));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(bodyOf(read.text), bodyOf(article));
    }

    void savedAgainByLibreOffice_keepsEveryChangeAuthorAndComment()
    {
        const QString article = write(QStringLiteral("lo.md"), reviewed.toUtf8());
        const QString docx = write(QStringLiteral("lo.docx"), exported(article));
        const QString out = m_dir.filePath(QStringLiteral("resaved"));
        QDir().mkpath(out);
        QVERIFY2(runLibreOffice(
                     {QStringLiteral("--convert-to"), QStringLiteral("docx"), QStringLiteral("--outdir"), out, docx},
                     m_dir.filePath(QStringLiteral("libreoffice-profile"))),
                 "LibreOffice did not finish");
        const QByteArray resaved = readAll(QDir(out).filePath(QStringLiteral("lo.docx")));
        QVERIFY2(!resaved.isEmpty(), "LibreOffice wrote nothing");
        QVERIFY(resaved != readAll(docx)); // LibreOffice's own package, not Byline's
        const DocxReader::Result read = DocxReader::read(resaved, QStringLiteral("lo-images"));
        QVERIFY2(read.ok(), qPrintable(read.error));
        // LibreOffice drops the links between replies and their threads and renumbers the
        // comments: the replies are found by their ranges, the resolution by its thread.
        QCOMPARE(described(bodyOf(read.text)), described(bodyOf(reviewed)));
        QCOMPARE(read.metadata.title, QStringLiteral("The Last Bus Home"));
        QCOMPARE(read.metadata.status, QStringLiteral("review"));
        // LibreOffice writes the keywords back joined by spaces; the tags Byline kept beside
        // them in a custom property still match them, so they come back as they were.
        QCOMPARE(read.metadata.tags, (QStringList {QStringLiteral("transport"), QStringLiteral("night")}));
    }

    void madeByPandoc_importsItsChangesAndComments()
    {
        const DocxReader::Result read
            = readThroughPandoc(QStringLiteral("pandoc"),
                                "The council [voted]{.deletion author=\"Ed Itor\" date=\"2024-05-01T10:00:00Z\"}"
                                "[approved]{.insertion author=\"Ed Itor\" date=\"2024-05-01T10:00:00Z\"} the "
                                "budget.\n\nA [Source for this?]{.comment-start id=\"1\" author=\"Ed Itor\" "
                                "date=\"2024-05-01T10:05:00Z\"}contested claim[]{.comment-end id=\"1\"} here.\n");
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(described(bodyOf(read.text)),
                 QStringList({QStringLiteral("3 \"voted~>approved\" @Ed Itor 2024-05-01T10:00Z"),
                              QStringLiteral("5 \"contested claim\" @Ed Itor 2024-05-01T10:05Z | @Ed Itor "
                                             "2024-05-01T10:05Z: Source for this? (0)")}));
    }

    // pandoc writes the title and the author as paragraphs above the text (Title, Author): the
    // article's front matter, not a line of its body.
    void pandocsTitleBlock_becomesTheFrontMatter()
    {
        const DocxReader::Result read = readThroughPandoc(
            QStringLiteral("titled"), "---\ntitle: Night Routes\nauthor: Maya Okafor\n---\n\nThe network shrank.\n");
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.metadata.title, QStringLiteral("Night Routes"));
        QCOMPARE(read.metadata.authors, QStringList {QStringLiteral("Maya Okafor")});
        QCOMPARE(bodyOf(read.text).trimmed(), QStringLiteral("# Night Routes\n\nThe network shrank."));
    }

    // Markdown here has no footnotes: a Word document's are kept as numbered markers and a list
    // at the end, with a note saying so, never dropped.
    void footnotesAndEndnotes_areKeptAsText()
    {
        const DocxReader::Result read = readThroughPandoc(QStringLiteral("notes"),
                                                          "The route closed in 1999.[^1] It reopened *twice*.[^2]\n\n"
                                                          "[^1]: Council minutes, 3 March 1999.\n\n"
                                                          "[^2]: Once in 2004,\n    and again in 2011.\n");
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(bodyOf(read.text).trimmed(),
                 QStringLiteral("The route closed in 1999.\\[1\\] It reopened *twice*.\\[2\\]\n\n* * *\n\n"
                                "1. Council minutes, 3 March 1999.\n2. Once in 2004, and again in 2011."));
        QCOMPARE(read.notes.size(), 1);
        QVERIFY2(read.notes.constFirst().contains(QLatin1String("Footnotes")), qPrintable(read.notes.constFirst()));
    }

    void images_comeOutAsFilesBesideTheArticle()
    {
        QImage picture(64, 48, QImage::Format_RGB32);
        picture.fill(QColor(200, 40, 40));
        QVERIFY(picture.save(m_dir.filePath(QStringLiteral("red.png"))));
        const QString article = write(QStringLiteral("pictured.md"), "# Pictured\n\n![A red square](red.png)\n");
        const DocxReader::Result read
            = DocxReader::read(exported(article, ReviewEdits::View::Final), QStringLiteral("pictured-images"));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.images.size(), 1);
        QCOMPARE(read.images.constFirst().name, QStringLiteral("image1.png"));
        QCOMPARE(read.images.constFirst().bytes, readAll(m_dir.filePath(QStringLiteral("red.png"))));
        QVERIFY(read.text.contains(QStringLiteral("![A red square](pictured-images/image1.png)")));
    }

    void badInput_isAClearErrorAndNoText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("said");
        QTest::newRow("plain text") << QByteArray("Dear editor,\nhere is my column.\n") << QStringLiteral("not a ZIP");
        QTest::newRow("password") << QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(4096, '\0')
                                  << QStringLiteral("password");
        const QByteArray real = exported(write(QStringLiteral("cut.md"), reviewed.toUtf8()));
        QTest::newRow("truncated") << real.left(real.size() / 2) << QStringLiteral("not a ZIP");
        ZipWriter empty;
        empty.add(QStringLiteral("[Content_Types].xml"), "<Types/>");
        QString error;
        QTest::newRow("no parts") << empty.finish(&error) << QStringLiteral("_rels/.rels is missing");
        // A part that inflates a thousand times over: a ZIP bomb stops at the bound.
        ZipWriter bomb;
        bomb.add(QStringLiteral("_rels/.rels"),
                 "<Relationships><Relationship Id=\"r\" Type=\"x/officeDocument\" Target=\"word/document.xml\"/>"
                 "</Relationships>");
        bomb.add(QStringLiteral("word/document.xml"), QByteArray(8 * 1024 * 1024, ' '));
        QTest::newRow("zip bomb") << bomb.finish(&error) << QStringLiteral("ZIP bomb");
    }

    void badInput_isAClearErrorAndNoText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, said);
        const DocxReader::Result read = DocxReader::read(bytes, QStringLiteral("images"));
        QVERIFY(!read.ok());
        QVERIFY2(read.error.contains(said), qPrintable(read.error));
        QVERIFY(read.error.contains(QStringLiteral("Nothing was written")));
        QVERIFY(read.text.isEmpty());
    }

    void macros_areNeverKept()
    {
        const QString article = write(QStringLiteral("macro.md"), "# Macro\n\nText.\n");
        ZipReader package(exported(article), {});
        ZipWriter withMacros;
        for (const QString &name : package.names())
            withMacros.add(name, package.read(name).value_or(QByteArray()));
        withMacros.add(QStringLiteral("word/vbaProject.bin"), QByteArray("Attribute VB_Name = \"Evil\"\n"));
        QString error;
        const DocxReader::Result read = DocxReader::read(withMacros.finish(&error), QStringLiteral("images"));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QVERIFY(read.notes.join(QLatin1Char(' ')).contains(QStringLiteral("macros were left out")));
        QVERIFY(!read.text.contains(QStringLiteral("Evil")));
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    DocxImportTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "docximport_test.moc"
