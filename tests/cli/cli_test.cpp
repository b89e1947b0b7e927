#include "bylineprocess.h"
#include "externaltool.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class CliTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version_printsVersion();
    void help_listsEveryCommand();
    void subcommandHelp_data();
    void subcommandHelp();
    void usageErrors_exitTwo_data();
    void usageErrors_exitTwo();
    void stats_json_markdownAndTextAgree();
    void stats_text_isReadable();
    void stats_missingFile_failsButReportsTheOthers();
    void stats_malformedFrontMatter_namesTheLine();
    void export_html_sampleIsValid();
    void export_html_escapesMetadata();
    void export_html_severalFilesIntoAFolder();
    void export_html_contentsAndEmbeddedImages();
    void export_html_toStandardOutput();
    void export_html_unwritableTarget_failsWithMessage();
    void export_fragmentAndText_forCmsAndWire();
    void hostileMarkdown_neverHangs();
    void noCommand_becomesTheWindow();
    void noCommandWithoutDisplay_explainsInsteadOfCrashing();
};

void CliTest::version_printsVersion()
{
    const Run run = byline({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("byline "));
}

void CliTest::help_listsEveryCommand()
{
    const Run run = byline({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *word : {"stats", "export", "--json", "--format", "Exit codes"})
        QVERIFY2(run.out.contains(word), word);
}

void CliTest::subcommandHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("mentions");
    QTest::addColumn<QByteArray>("usage");
    QTest::newRow("stats") << "stats" << QByteArray("--json") << QByteArray("Usage: byline stats [options] FILE...\n");
    QTest::newRow("export") << "export" << QByteArray("--theme")
                            << QByteArray("Usage: byline export [options] FILE...\n");
    QTest::newRow("check") << "check" << QByteArray("--suggest")
                           << QByteArray("Usage: byline check [options] FILE...\n");
    QTest::newRow("index") << "index" << QByteArray("--library") << QByteArray("Usage: byline index [options]\n");
    QTest::newRow("search") << "search" << QByteArray("--sort")
                            << QByteArray("Usage: byline search [options] QUERY...\n");
}

void CliTest::subcommandHelp()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, mentions);
    QFETCH(QByteArray, usage);
    const Run run = byline({command, QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(usage), run.out.constData());
    QVERIFY2(run.out.contains(mentions), run.out.constData());
}

void CliTest::usageErrors_exitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("stats without files") << QStringList {QStringLiteral("stats")};
    QTest::newRow("unknown option") << QStringList {QStringLiteral("stats"), QStringLiteral("--jsn"), sampleMarkdown};
    QTest::newRow("unknown format") << QStringList {QStringLiteral("export"), QStringLiteral("--format"),
                                                    QStringLiteral("docx"), sampleMarkdown};
    QTest::newRow("unknown theme") << QStringList {QStringLiteral("export"), QStringLiteral("--theme"),
                                                   QStringLiteral("nope"), sampleMarkdown};
    QTest::newRow("stdout for two") << QStringList {QStringLiteral("export"), QStringLiteral("--output"),
                                                    QStringLiteral("-"), sampleMarkdown, sampleText};
}

void CliTest::usageErrors_exitTwo()
{
    QFETCH(QStringList, arguments);
    const Run run = byline(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void CliTest::stats_json_markdownAndTextAgree()
{
    const Run run = byline({QStringLiteral("stats"), QStringLiteral("--json"), sampleMarkdown, sampleText});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonArray array = QJsonDocument::fromJson(run.out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(array.size(), 2);
    const QJsonObject markdown = array.at(0).toObject();
    const QJsonObject text = array.at(1).toObject();
    for (const QJsonObject &object : {markdown, text}) {
        QCOMPARE(object.value(QLatin1String("title")).toString(), QStringLiteral("oVirt at Last"));
        QCOMPARE(object.value(QLatin1String("author")).toString(), QStringLiteral("Jason Brooks"));
        QCOMPARE(object.value(QLatin1String("date")).toString(), QStringLiteral("2011-11-15"));
        QVERIFY(object.value(QLatin1String("errors")).toArray().isEmpty());
        for (const char *key : {"path", "status", "tags", "lang", "words", "characters", "sentences", "paragraphs",
                                "reading_minutes", "flesch", "headings"})
            QVERIFY2(object.contains(QLatin1String(key)), key);
    }
    QVERIFY(markdown.value(QLatin1String("words")).toInt() > 400);
    for (const char *key : {"words", "characters", "sentences", "paragraphs", "reading_minutes", "flesch"})
        QCOMPARE(text.value(QLatin1String(key)), markdown.value(QLatin1String(key)));
    QCOMPARE(markdown.value(QLatin1String("status")).toString(), QStringLiteral("published"));
    const QJsonArray headings = markdown.value(QLatin1String("headings")).toArray();
    QCOMPARE(headings.size(), 2);
    QCOMPARE(headings.at(1).toObject().value(QLatin1String("text")).toString(), QStringLiteral("Rocket Fuel"));
    QCOMPARE(headings.at(1).toObject().value(QLatin1String("level")).toInt(), 2);
    QCOMPARE(headings.at(1).toObject().value(QLatin1String("line")).toInt(), 25); // a line of the .md file
    QCOMPARE(text.value(QLatin1String("headings")).toArray().at(1).toObject().value(QLatin1String("line")).toInt(),
             19); // a line of the .txt file
}

void CliTest::stats_text_isReadable()
{
    const Run run = byline({QStringLiteral("stats"), sampleMarkdown});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("oVirt at Last"));
    QVERIFY(run.out.contains("Words"));
    QVERIFY(run.out.contains("Rocket Fuel"));
}

void CliTest::stats_missingFile_failsButReportsTheOthers()
{
    const Run run = byline(
        {QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("/no/such/file.md"), sampleMarkdown});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QLatin1String("/no/such/file.md")));
    const QJsonArray array = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(array.size(), 2);
    QVERIFY(!array.at(0).toObject().value(QLatin1String("errors")).toArray().isEmpty());
    QCOMPARE(array.at(1).toObject().value(QLatin1String("title")).toString(), QStringLiteral("oVirt at Last"));
}

void CliTest::stats_malformedFrontMatter_namesTheLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.md"));
    writeFile(path, "---\ntitle: ok\nauthor: [unclosed\n---\nThe body is still counted.\n");
    const Run run = byline({QStringLiteral("stats"), QStringLiteral("--json"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(path + QStringLiteral(":")), qPrintable(run.err));
    const QJsonObject object = QJsonDocument::fromJson(run.out).array().at(0).toObject();
    QVERIFY(object.value(QLatin1String("words")).toInt() >= 5);
    const QJsonObject error = object.value(QLatin1String("errors")).toArray().at(0).toObject();
    QCOMPARE(error.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
    QVERIFY(error.value(QLatin1String("line")).toInt() >= 3);
    QVERIFY(error.value(QLatin1String("message")).toString().contains(QLatin1String("YAML")));
}

void CliTest::export_html_sampleIsValid()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("column.html"));
    const Run run = byline({QStringLiteral("export"), sampleMarkdown, QStringLiteral("--format"),
                            QStringLiteral("html"), QStringLiteral("--output"), target});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(file.readAll());
    QVERIFY(page.contains(QLatin1String("<title>oVirt at Last</title>")));
    QVERIFY(page.contains(QLatin1String("<meta name=\"author\" content=\"Jason Brooks\">")));
    QVERIFY(page.contains(QString::fromUtf8("Red Hat’s")));
    QString report;
    QVERIFY2(tidyExitCode(readFile(target), &report) == 0, qPrintable(report));
}

void CliTest::export_html_escapesMetadata()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.md"));
    writeFile(path, "---\ntitle: \"<script>alert(1)</script>\"\nauthor: \"<script>x</script>\"\n---\nBody\n");
    const Run run = byline({QStringLiteral("export"), path, QStringLiteral("--output"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.contains("<script"));
    QVERIFY(run.out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

void CliTest::export_html_severalFilesIntoAFolder()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("site"));
    const Run run = byline({QStringLiteral("export"), sampleMarkdown, sampleText, QStringLiteral("--output"), out});
    // Both inputs are named ovirt-at-last: the second is numbered, not written over the first, and
    // the list says where it went.
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString first = QDir(out).filePath(QStringLiteral("ovirt-at-last.html"));
    const QString second = QDir(out).filePath(QStringLiteral("ovirt-at-last-2.html"));
    QVERIFY(readFile(first).contains(QLatin1String("<title>oVirt at Last</title>")));
    QVERIFY(readFile(second).contains(QLatin1String("<title>oVirt at Last</title>")));
    QVERIFY2(run.out.contains((sampleMarkdown + QStringLiteral(" -> ") + first).toUtf8()), run.out.constData());
    QVERIFY2(run.out.contains((sampleText + QStringLiteral(" -> ") + second).toUtf8()), run.out.constData());
    QVERIFY(run.err.contains(QLatin1String("Exported all 2 articles.")));

    const QString samples = QStringLiteral(BYLINE_SAMPLES_DIR);
    const Run all = byline({QStringLiteral("export"), samples + QStringLiteral("/the-last-bus-home.md"),
                            samples + QStringLiteral("/libraries-after-dark.md"), QStringLiteral("--output"),
                            out + QStringLiteral("/all"), QStringLiteral("--theme"), QStringLiteral("modern")});
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    QCOMPARE(QDir(out + QStringLiteral("/all")).entryList(QDir::Files).size(), 2);
    // One line per article on standard output, the count on standard error.
    QCOMPARE(all.out.count('\n'), 2);
    QVERIFY(all.out.contains("the-last-bus-home.md -> "));
    QVERIFY(all.err.contains(QLatin1String("Exported all 2 articles.")));
}

void CliTest::export_html_contentsAndEmbeddedImages()
{
    QTemporaryDir dir;
    QImage image(30, 20, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QVERIFY(image.save(dir.filePath(QStringLiteral("blue.png"))));
    const QString article = dir.filePath(QStringLiteral("pictured.md"));
    writeFile(article,
              "---\ntitle: Pictured\n---\n\nIntro.\n\n## One\n\n![blue](blue.png)\n\n## Two\n\n"
              "![gone](missing.png)\n");
    const QString page = dir.filePath(QStringLiteral("page.html"));
    const Run run = byline({QStringLiteral("export"), article, QStringLiteral("--toc"),
                            QStringLiteral("--embed-images"), QStringLiteral("-o"), page});
    QCOMPARE(run.exitCode, 0); // a missing image is a warning: the page is still written
    QVERIFY2(run.err.contains(QLatin1String("warning: image missing.png")), qPrintable(run.err));
    const QString html = readFile(page);
    QVERIFY(html.contains(QLatin1String("<a href=\"#one\">One</a>")));
    QVERIFY(html.contains(QLatin1String("<h2 id=\"two\">Two</h2>")));
    QVERIFY(html.contains(QLatin1String("src=\"data:image/png;base64,")));
    QVERIFY(!html.contains(QLatin1String("src=\"blue.png\"")));
    QString report;
    QCOMPARE(tidyExitCode(html, &report), 0);
}

void CliTest::export_html_toStandardOutput()
{
    const Run run = byline({QStringLiteral("export"), sampleText, QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("<!DOCTYPE html>"));
    QVERIFY(run.out.contains("<span class=\"author\">Jason Brooks</span>"));
    QVERIFY(run.out.contains("<h2>Rocket Fuel</h2>"));
}

void CliTest::export_html_unwritableTarget_failsWithMessage()
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("file"));
    writeFile(blocker, "not a folder");
    const Run run = byline({QStringLiteral("export"), sampleMarkdown, QStringLiteral("--output"),
                            blocker + QStringLiteral("/inside/page.html")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("cannot create the folder")), qPrintable(run.err));
}

void CliTest::export_fragmentAndText_forCmsAndWire()
{
    const Run fragment = byline({QStringLiteral("export"), sampleMarkdown, QStringLiteral("--format"),
                                 QStringLiteral("fragment"), QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(fragment.exitCode, 0);
    QVERIFY(fragment.out.startsWith("<p>Quite a few years back"));
    for (const char *absent : {"<html", "<style", "<script", " class=", "oVirt at Last</h1>"})
        QVERIFY2(!fragment.out.contains(absent), absent);

    QTemporaryDir dir;
    const QString wire = dir.filePath(QStringLiteral("wire.txt"));
    QVERIFY(QFile::copy(sampleText, wire));
    const QByteArray before = [&] {
        QFile file(wire);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    // Plain text next to a plain-text article would replace it: refused, the file untouched
    const Run refused = byline({QStringLiteral("export"), wire, QStringLiteral("--format"), QStringLiteral("txt")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("would be written over the article itself")), qPrintable(refused.err));
    QFile original(wire);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);

    const Run text = byline({QStringLiteral("export"), sampleMarkdown, QStringLiteral("--format"),
                             QStringLiteral("txt"), QStringLiteral("-o"), dir.filePath(QStringLiteral("out/"))});
    QCOMPARE(text.exitCode, 0);
    QFile exported(dir.filePath(QStringLiteral("out/ovirt-at-last.txt")));
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QString plain = QString::fromUtf8(exported.readAll());
    QVERIFY(plain.startsWith(QStringLiteral("oVirt at Last\n\nBy Jason Brooks · November 15, 2011\n\nQuite a few")));
    for (const char *markup : {"##", "**", "](", "<p>"})
        QVERIFY2(!plain.contains(QLatin1String(markup)), markup);
}

void CliTest::hostileMarkdown_neverHangs()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.md"));
    writeFile(path, QByteArray(100000, '>') + QByteArray("a*").repeated(100000));
    const QList<QStringList> commands = {
        {QStringLiteral("stats"), path},
        {QStringLiteral("export"), path, QStringLiteral("--output"), dir.filePath(QStringLiteral("out.html"))},
    };
    for (const QStringList &arguments : commands) {
        const Run run = byline(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("too complex")), qPrintable(run.err));
        QVERIFY2(run.ms < 10000, qPrintable(QString::number(run.ms)));
    }
}

void CliTest::noCommand_becomesTheWindow()
{
    // `byline FILE` replaces itself with byline-desk (same process), which opens the window.
    QTemporaryDir home;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BYLINE_EXECUTABLE), {sampleMarkdown});
    QVERIFY(process.waitForStarted());
    const QString exe = QStringLiteral("/proc/%1/exe").arg(process.processId());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(exe).symLinkTarget().endsWith(QLatin1String("/byline-desk")), 10000);
    QCOMPARE(process.state(), QProcess::Running);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

void CliTest::noCommandWithoutDisplay_explainsInsteadOfCrashing()
{
    const Run run = byline({sampleMarkdown}); // byline() removes every display variable
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("no display")), qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("byline --help")));
}

QTEST_GUILESS_MAIN(CliTest)
#include "cli_test.moc"
