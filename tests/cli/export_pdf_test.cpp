#include "bylineprocess.h"
#include "externaltool.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// `byline export --format pdf|odt`, and docx with images: `byline` hands over to byline-print,
// which needs no display.
class ExportPdfTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sample_becomesAPdfWithoutADisplay();
    void pageOptions_areApplied();
    void severalFiles_intoAFolder_andFailuresReported();
    void odt_isWrittenWithoutADisplay();
    void docx_showsTheReviewUnlessAskedForTheFinalText();
    void docx_importsBackAsAnArticle_neverOverAnother();
    void docx_withAnImage_measuresIt();
    void goBlog_wholeFolder_reportsEveryArticle();
    void usageErrors_exitTwo_data();
    void usageErrors_exitTwo();

private:
    QTemporaryDir m_dir;
};

void ExportPdfTest::sample_becomesAPdfWithoutADisplay()
{
    const QString pdf = m_dir.filePath(QStringLiteral("ovirt.pdf"));
    const Run run = byline({QStringLiteral("export"), sampleMarkdown, QStringLiteral("--format"), QStringLiteral("pdf"),
                            QStringLiteral("-o"), pdf});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    const QString info = toolOutput(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QLatin1String("Title:           oVirt at Last")), qPrintable(info + run.err));
    QVERIFY(info.contains(QLatin1String("Author:          Jason Brooks")));
    QVERIFY(info.contains(QLatin1String("Page size:       595 x 842 pts (A4)")));
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    QVERIFY(pages >= 1);
    const QString text = toolOutput(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(text.contains(QLatin1String("Quite a few years back")));
    QVERIFY(text.contains(QStringLiteral("1 / %1").arg(pages)) || text.contains(QStringLiteral("1/%1").arg(pages)));
}

void ExportPdfTest::pageOptions_areApplied()
{
    const QString pdf = m_dir.filePath(QStringLiteral("options.pdf"));
    const Run run = byline({QStringLiteral("export"), sampleMarkdown, QStringLiteral("--format"), QStringLiteral("pdf"),
                            QStringLiteral("-o"), pdf, QStringLiteral("--page-size"), QStringLiteral("letter"),
                            QStringLiteral("--landscape"), QStringLiteral("--margins"), QStringLiteral("30"),
                            QStringLiteral("--footer"), QStringLiteral("Not for publication"),
                            QStringLiteral("--no-title-block"), QStringLiteral("--theme"), QStringLiteral("modern")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(toolOutput(QStringLiteral("pdfinfo"), {pdf})
                .contains(QLatin1String("Page size:       792 x 612 pts (letter)")));
    const QString text = toolOutput(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(text.contains(QLatin1String("Not for publication")));
    QVERIFY(!text.contains(QLatin1String("By Jason Brooks")));
    QVERIFY(toolOutput(QStringLiteral("pdffonts"), {pdf}).contains(QLatin1String("DejaVuSans ")));
}

void ExportPdfTest::severalFiles_intoAFolder_andFailuresReported()
{
    const QString folder = m_dir.filePath(QStringLiteral("out"));
    const QString missing = m_dir.filePath(QStringLiteral("missing.md"));
    const QString wire = m_dir.filePath(QStringLiteral("wire.txt"));
    QVERIFY(QFile::copy(sampleText, wire));
    const Run run = byline({QStringLiteral("export"), sampleMarkdown, missing, wire, QStringLiteral("--format"),
                            QStringLiteral("pdf"), QStringLiteral("-o"), folder});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(missing), qPrintable(run.err));
    QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("ovirt-at-last.pdf"))));
    // The plain-text article, its headline and byline read from its first lines
    const QString info = toolOutput(QStringLiteral("pdfinfo"), {QDir(folder).filePath(QStringLiteral("wire.pdf"))});
    QVERIFY2(info.contains(QLatin1String("Title:           oVirt at Last")), qPrintable(info));
    QVERIFY(info.contains(QLatin1String("Author:          Jason Brooks")));
}

void ExportPdfTest::odt_isWrittenWithoutADisplay()
{
    const QString odt = m_dir.filePath(QStringLiteral("ovirt.odt"));
    const Run run = byline({QStringLiteral("export"), sampleMarkdown, QStringLiteral("--format"), QStringLiteral("odt"),
                            QStringLiteral("-o"), odt},
                           {}, {{QStringLiteral("XDG_RUNTIME_DIR"), QString()}});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err)); // not even Qt's notes on a missing session
    QCOMPARE(toolExitCode(QStringLiteral("unzip"), {QStringLiteral("-tq"), odt}), 0);
    const QString content
        = toolOutput(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    QVERIFY(content.contains(QLatin1String("oVirt at Last")));
    QVERIFY(content.contains(QLatin1String("does oVirt face a slimmer window of opportunity as well?")));
}

void ExportPdfTest::docx_showsTheReviewUnlessAskedForTheFinalText()
{
    const QString article = m_dir.filePath(QStringLiteral("reviewed.md"));
    QFile file(article);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\ntitle: Reviewed\n---\n\nThe council {--voted--}{++approved++}{>>@Ed Brooks "
               "2026-11-20T10:05Z<<} the budget.\n");
    file.close();
    // A Word document goes to an editor: the markup by default, the name given by the format.
    Run run = byline({QStringLiteral("export"), article, QStringLiteral("--format"), QStringLiteral("docx")});
    QCOMPARE(run.exitCode, 0);
    const QString docx = m_dir.filePath(QStringLiteral("reviewed.docx"));
    QCOMPARE(toolExitCode(QStringLiteral("unzip"), {QStringLiteral("-tq"), docx}), 0);
    QString document
        = toolOutput(QStringLiteral("unzip"), {QStringLiteral("-p"), docx, QStringLiteral("word/document.xml")});
    QVERIFY2(document.contains(QLatin1String("<w:ins w:id=\""))
                 && document.contains(QLatin1String("w:author=\"Ed Brooks\"")),
             qPrintable(document + run.err));
    QVERIFY(document.contains(QLatin1String("<w:delText>voted</w:delText>")));

    run = byline({QStringLiteral("export"), article, QStringLiteral("--format"), QStringLiteral("docx"),
                  QStringLiteral("--review"), QStringLiteral("final"), QStringLiteral("-o"), docx});
    QCOMPARE(run.exitCode, 0);
    document = toolOutput(QStringLiteral("unzip"), {QStringLiteral("-p"), docx, QStringLiteral("word/document.xml")});
    QVERIFY(!document.contains(QLatin1String("<w:ins")) && !document.contains(QLatin1String("voted")));
    QVERIFY(document.contains(QLatin1String("The council approved the budget.")));
}

// An image is measured with Qt Gui's readers, in byline-print: in the package, at its size in
// pixels at 96 dpi (9525 EMU a pixel).
void ExportPdfTest::docx_withAnImage_measuresIt()
{
    QImage picture(64, 48, QImage::Format_RGB32);
    picture.fill(QColor(200, 40, 40));
    QVERIFY(picture.save(m_dir.filePath(QStringLiteral("bus.png"))));
    const QString article = m_dir.filePath(QStringLiteral("pictured.md"));
    QFile file(article);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\ntitle: Pictured\n---\n\nThe last bus:\n\n![The 23 at night](bus.png)\n");
    file.close();

    const Run run = byline({QStringLiteral("export"), article, QStringLiteral("--format"), QStringLiteral("docx")});
    QCOMPARE(run.exitCode, 0);
    const QString docx = m_dir.filePath(QStringLiteral("pictured.docx"));
    const QString listing = toolOutput(QStringLiteral("unzip"), {QStringLiteral("-l"), docx});
    QVERIFY2(listing.contains(QLatin1String("word/media/image1.png")), qPrintable(listing + run.err));
    const QString document
        = toolOutput(QStringLiteral("unzip"), {QStringLiteral("-p"), docx, QStringLiteral("word/document.xml")});
    QVERIFY2(document.contains(QLatin1String("<wp:extent cx=\"609600\" cy=\"457200\"/>")), qPrintable(document));
}

void ExportPdfTest::docx_importsBackAsAnArticle_neverOverAnother()
{
    const QString article = m_dir.filePath(QStringLiteral("imported.md"));
    QFile file(article);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\ntitle: Imported\nauthor: Maya Okafor\n---\n\n# Imported\n\nThe council {~~voted~>approved~~}"
               "{>>@Ed Brooks 2026-11-20T10:05Z<<} the budget.\n");
    file.close();
    const QString docx = m_dir.filePath(QStringLiteral("sent.docx"));
    QCOMPARE(byline({QStringLiteral("export"), article, QStringLiteral("--format"), QStringLiteral("docx"),
                     QStringLiteral("-o"), docx})
                 .exitCode,
             0);
    // Next to the document, under its name.
    Run run = byline({QStringLiteral("import"), docx});
    QCOMPARE(run.exitCode, 0);
    const QString back = m_dir.filePath(QStringLiteral("sent.md"));
    QFile imported(back);
    QVERIFY(imported.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(imported.readAll());
    QVERIFY2(text.contains(QLatin1String("The council {~~voted~>approved~~}{>>@Ed Brooks 2026-11-20T10:05Z<<} the "
                                         "budget.")),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String("author: Maya Okafor")));
    // Never over a file that is there: nothing written, exit 1.
    run = byline({QStringLiteral("import"), docx});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QLatin1String("exists already")));
    // Standard output; and a file that is no Word document.
    run = byline({QStringLiteral("import"), docx, QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QString::fromUtf8(run.out).contains(QLatin1String("{~~voted~>approved~~}")));
    run = byline({QStringLiteral("import"), article, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("no.md"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("not a Word document")), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("no.md"))));
}

void ExportPdfTest::goBlog_wholeFolder_reportsEveryArticle()
{
    const QDir corpus(QStringLiteral(BYLINE_CORPUS_DIR));
    if (!corpus.exists())
        QSKIP("the go-blog corpus is not here");
    QStringList files;
    for (const QString &name : corpus.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        files.append(corpus.filePath(name));
    QVERIFY(files.size() > 300);
    const QString folder = m_dir.filePath(QStringLiteral("go-blog"));
    Run run = byline(QStringList {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
                                  QStringLiteral("-o"), folder}
                     + files);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err.right(2000)));
    QCOMPARE(run.out.count('\n'), files.size());
    QVERIFY(run.err.contains(QStringLiteral("Exported all %1 articles.").arg(files.size())));
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), files.size());
    const QString info = toolOutput(QStringLiteral("pdfinfo"), {QDir(folder).filePath(QStringLiteral("gopher.pdf"))});
    QVERIFY2(info.contains(QLatin1String("Title:           The Go Gopher")), qPrintable(info));
}

void ExportPdfTest::usageErrors_exitTwo_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("page size") << QStringList {QStringLiteral("--page-size"), QStringLiteral("B5")}
                               << QStringLiteral("--page-size takes A4, Letter, Legal or A5");
    QTest::newRow("margins too small") << QStringList {QStringLiteral("--margins"), QStringLiteral("2")}
                                       << QStringLiteral("--margins takes millimetres from 5 to 60");
    QTest::newRow("margins not a number") << QStringList {QStringLiteral("--margins"), QStringLiteral("wide")}
                                          << QStringLiteral("--margins takes millimetres");
}

void ExportPdfTest::usageErrors_exitTwo()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const Run run
        = byline(QStringList {QStringLiteral("export"), sampleMarkdown, QStringLiteral("--format"),
                              QStringLiteral("pdf"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.pdf"))}
                 + options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
}

QTEST_GUILESS_MAIN(ExportPdfTest)
#include "export_pdf_test.moc"
