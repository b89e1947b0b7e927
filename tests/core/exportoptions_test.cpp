#include <export/exportoptions.h>

#include <QTest>

using namespace Byline::Core;

class ExportOptionsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_haveNamesAndExtensions();
    void pageSizes_acceptAnyCase();
    void json_roundTrips();
    void json_withBadValues_keepsDefaults();
};

void ExportOptionsTest::formats_haveNamesAndExtensions()
{
    QCOMPARE(ExportOptions::formatNames(),
             QStringList({QStringLiteral("html"), QStringLiteral("fragment"), QStringLiteral("txt"),
                          QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("docx")}));
    for (const QString &name : ExportOptions::formatNames()) {
        ExportOptions::Format format = ExportOptions::Format::Html;
        QVERIFY(ExportOptions::formatFromName(name.toUpper(), &format));
        QCOMPARE(ExportOptions::formatName(format), name);
    }
    QCOMPARE(ExportOptions::extension(ExportOptions::Format::Fragment), QStringLiteral("html"));
    QCOMPARE(ExportOptions::extension(ExportOptions::Format::Text), QStringLiteral("txt"));
    QCOMPARE(ExportOptions::extension(ExportOptions::Format::Odt), QStringLiteral("odt"));
    ExportOptions::Format format = ExportOptions::Format::Pdf;
    QVERIFY(!ExportOptions::formatFromName(QStringLiteral("rtf"), &format));
    QCOMPARE(format, ExportOptions::Format::Pdf);
    QVERIFY(ExportOptions::needsLayout(ExportOptions::Format::Pdf));
    QVERIFY(ExportOptions::needsLayout(ExportOptions::Format::Odt));
    QVERIFY(!ExportOptions::needsLayout(ExportOptions::Format::Docx)); // only its images do
    QCOMPARE(ExportOptions::extension(ExportOptions::Format::Docx), QStringLiteral("docx"));
    // A Word document goes to an editor: the markup unless asked; every other format the final text.
    QCOMPARE(ExportOptions::defaultReview(ExportOptions::Format::Docx), ReviewEdits::View::Markup);
    QCOMPARE(ExportOptions::defaultReview(ExportOptions::Format::Pdf), ReviewEdits::View::Final);
    QVERIFY(!ExportOptions::needsLayout(ExportOptions::Format::Html));
}

void ExportOptionsTest::pageSizes_acceptAnyCase()
{
    QCOMPARE(ExportOptions::canonicalPageSize(QStringLiteral("letter")), QStringLiteral("Letter"));
    QCOMPARE(ExportOptions::canonicalPageSize(QStringLiteral("a5")), QStringLiteral("A5"));
    QVERIFY(ExportOptions::canonicalPageSize(QStringLiteral("A3")).isEmpty());
}

void ExportOptionsTest::json_roundTrips()
{
    ExportOptions options;
    options.format = ExportOptions::Format::Pdf;
    options.theme = QStringLiteral("modern");
    options.tableOfContents = true;
    options.embedImages = true;
    options.pageSize = QStringLiteral("Legal");
    options.landscape = true;
    options.marginMillimetres = 12.5;
    options.header = QStringLiteral("The Daily");
    options.footer = QStringLiteral("Draft — not for publication");
    options.titleBlock = false;
    options.pdfA = true;
    QCOMPARE(ExportOptions::fromJson(options.toJson()), options);
    QCOMPARE(ExportOptions::fromJson({}), ExportOptions());
}

void ExportOptionsTest::json_withBadValues_keepsDefaults()
{
    const QJsonObject json {{QStringLiteral("format"), QStringLiteral("rtf")},
                            {QStringLiteral("theme"), QStringLiteral("../../etc/passwd")},
                            {QStringLiteral("pageSize"), QStringLiteral("A0")},
                            {QStringLiteral("margins"), 400},
                            {QStringLiteral("landscape"), QStringLiteral("yes")}};
    QCOMPARE(ExportOptions::fromJson(json), ExportOptions());
}

QTEST_GUILESS_MAIN(ExportOptionsTest)
#include "exportoptions_test.moc"
