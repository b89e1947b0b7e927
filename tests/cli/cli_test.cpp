#include "bylineprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
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

// Where the window can open (offscreen), with a home of its own for its settings.
QProcessEnvironment windowEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    return environment;
}

} // namespace

// `byline` itself: where its arguments lead (a subcommand, the window or an error), --help,
// --version and usage errors, and `byline stats`. Exports are export_html_test's and
// export_pdf_test's.
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
    void hostileMarkdown_neverHangs();
    void stats_yamlAliasBomb_isQuickAndNamesTheLine();
    void stats_fileNameNotUtf8_isReadAndSaysWhy();
    void noCommand_becomesTheWindow();
    void noCommandWithoutDisplay_explainsInsteadOfCrashing_data();
    void noCommandWithoutDisplay_explainsInsteadOfCrashing();
    void unknownWord_isAnErrorNotAWindow_data();
    void unknownWord_isAnErrorNotAWindow();
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
                                                    QStringLiteral("rtf"), sampleMarkdown};
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

void CliTest::stats_yamlAliasBomb_isQuickAndNamesTheLine()
{
    // 350 bytes that once took 15 s and 4.45 GB: nine levels of nine aliases each.
    QByteArray yaml
        = "---\ntitle: Laughs\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    for (char level = 'b'; level <= 'i'; ++level) {
        const QByteArray alias = QByteArray("*") + char(level - 1);
        yaml += level + QByteArray(": &") + level + " [" + QByteArrayList(9, alias).join(',') + "]\n";
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("laughs.md"));
    writeFile(path, yaml + "---\nThe body is still counted.\n");
    const Run run = byline({QStringLiteral("stats"), QStringLiteral("--json"), path});
    QVERIFY2(run.ms < 2000, qPrintable(QString::number(run.ms)));
    QCOMPARE(run.exitCode, 1);
    const QJsonObject object = QJsonDocument::fromJson(run.out).array().at(0).toObject();
    QVERIFY(object.value(QLatin1String("words")).toInt() >= 5);
    const QJsonObject error = object.value(QLatin1String("errors")).toArray().at(0).toObject();
    QVERIFY(error.value(QLatin1String("line")).toInt() >= 3);
    QVERIFY2(error.value(QLatin1String("message")).toString().contains(QLatin1String("too complex")),
             qPrintable(run.err));
}

void CliTest::stats_fileNameNotUtf8_isReadAndSaysWhy()
{
    // A name in Latin-1 cannot travel through QProcess's arguments, so a shell makes it.
    QTemporaryDir dir;
    QProcess shell;
    shell.setWorkingDirectory(dir.path());
    shell.start(
        QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"),
         QStringLiteral("name=$(printf 'caf\\351.md'); printf '%b' '---\\ntitle: Menu\\n---\\nSoup of the day.\\n' "
                        "> \"$name\"; \"$0\" stats --json \"$name\"; code=$?; rm -f -- \"$name\"; exit $code"),
         QStringLiteral(BYLINE_EXECUTABLE)});
    QVERIFY(shell.waitForFinished(30000));
    const QString err = QString::fromUtf8(shell.readAllStandardError());
    QCOMPARE(shell.exitCode(), 0);
    const QJsonObject object = QJsonDocument::fromJson(shell.readAllStandardOutput()).array().at(0).toObject();
    QCOMPARE(object.value(QLatin1String("title")).toString(), QStringLiteral("Menu"));
    QCOMPARE(object.value(QLatin1String("words")).toInt(), 4);
    QVERIFY2(err.contains(QLatin1String("not valid UTF-8")) && err.contains(QLatin1String("caf\\xE9.md")),
             qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("does not exist")), qPrintable(err));
}

void CliTest::noCommand_becomesTheWindow()
{
    // `byline FILE` replaces itself with byline-desk (same process), which opens the window.
    QTemporaryDir home;
    QProcess process;
    process.setProcessEnvironment(windowEnvironment(home));
    process.start(QStringLiteral(BYLINE_EXECUTABLE), {sampleMarkdown});
    QVERIFY(process.waitForStarted());
    const QString exe = QStringLiteral("/proc/%1/exe").arg(process.processId());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(exe).symLinkTarget().endsWith(QLatin1String("/byline-desk")), 10000);
    QCOMPARE(process.state(), QProcess::Running);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

void CliTest::noCommandWithoutDisplay_explainsInsteadOfCrashing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList();
    QTest::newRow("an article") << QStringList {sampleMarkdown};
    QTest::newRow("a library") << QStringList {QStringLiteral(BYLINE_SAMPLES_DIR)};
    QTest::newRow("--new and a library") << QStringList {QStringLiteral("--new"), QStringLiteral(BYLINE_SAMPLES_DIR)};
    QTest::newRow("--open-library") << QStringList {QStringLiteral("--open-library")};
}

void CliTest::noCommandWithoutDisplay_explainsInsteadOfCrashing()
{
    QFETCH(QStringList, arguments);
    const Run run = byline(arguments); // byline() removes every display variable
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("no display")), qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("byline --help")));
}

void CliTest::unknownWord_isAnErrorNotAWindow_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("explanation");
    QTest::addColumn<bool>("listsCommands");
    const QString neither = QStringLiteral("'%1' is neither a command nor an existing file or folder");
    const QString bogus = QStringLiteral("unknown option '--bogus'");
    QTest::newRow("a command Byline lacks") << QStringList {QStringLiteral("merge"), QStringLiteral("--help")}
                                            << neither.arg(QLatin1String("merge")) << true;
    QTest::newRow("a file that is not there")
        << QStringList {QStringLiteral("nosuchfile.md")} << neither.arg(QLatin1String("nosuchfile.md")) << true;
    QTest::newRow("an unknown option") << QStringList {QStringLiteral("--bogus")} << bogus << false;
    QTest::newRow("--new and a file that is not there")
        << QStringList {QStringLiteral("--new"), QStringLiteral("nosuchfile.md")}
        << neither.arg(QLatin1String("nosuchfile.md")) << true;
    QTest::newRow("an article and an unknown option")
        << QStringList {sampleMarkdown, QStringLiteral("--bogus")} << bogus << false;
}

void CliTest::unknownWord_isAnErrorNotAWindow()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, explanation);
    QFETCH(bool, listsCommands);
    // Where a window could open, so a word taken for a file would show as a program that does not
    // return. byline becomes the window by exec, in the same process: once it has exited, no
    // window is left behind.
    QTemporaryDir home;
    QProcess process;
    process.setProcessEnvironment(windowEnvironment(home));
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(BYLINE_EXECUTABLE), arguments);
    QVERIFY(process.waitForStarted());
    if (!process.waitForFinished(5000)) {
        const QString exe = QFileInfo(QStringLiteral("/proc/%1/exe").arg(process.processId())).symLinkTarget();
        process.kill();
        process.waitForFinished();
        QFAIL(qPrintable(QStringLiteral("still running after 5 s, as %1").arg(exe)));
    }
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(explanation), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("byline --help")), qPrintable(err));
    if (listsCommands)
        QVERIFY2(err.contains(QLatin1String("stats, export, import, check, index, search")), qPrintable(err));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(CliTest)
#include "cli_test.moc"
