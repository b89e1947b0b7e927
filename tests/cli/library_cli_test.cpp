#include "bylineprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

const QString corpus = QDir::cleanPath(QStringLiteral(BYLINE_CORPUS_DIR));

} // namespace

// `byline index` and `byline search` as scripts use them: real processes, a real corpus, a cache
// and settings folder of each test's own.
class LibraryCliTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void index_json_countsAndThenNothingToDo();
    void index_text_summarisesWithoutProgressWhenPiped();
    void index_listsUnreadableFilesAndExitsOne();
    void search_json_hasTheDocumentedShape();
    void search_limitSortAndFilters();
    void search_text_numberedWithSnippets();
    void search_noMatch_exitsOne();
    void search_hostileQueries_neverFail_data();
    void search_hostileQueries_neverFail();
    void search_followsChangesWithoutAnIndexRun();
    void library_defaultsToTheCurrentOneFromSettings();
    void usageErrors_exitTwo_data();
    void usageErrors_exitTwo();

private:
    std::unique_ptr<QTemporaryDir> m_home;
    Run run(const QStringList &arguments) const;
    QJsonArray searchJson(const QStringList &arguments) const;
};

void LibraryCliTest::init()
{
    m_home = std::make_unique<QTemporaryDir>();
}

Run LibraryCliTest::run(const QStringList &arguments) const
{
    return byline(arguments, {},
                  {{QStringLiteral("HOME"), m_home->path()},
                   {QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache"))},
                   {QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config"))}});
}

QJsonArray LibraryCliTest::searchJson(const QStringList &arguments) const
{
    const Run result
        = run(QStringList {QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--library"), corpus}
              + arguments);
    if (result.exitCode != 0 && result.exitCode != 1)
        qWarning() << "byline search" << arguments << "exited" << result.exitCode << result.err;
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << result.out.left(200) << result.err;
    return document.array();
}

void LibraryCliTest::index_json_countsAndThenNothingToDo()
{
    Run result = run({QStringLiteral("index"), QStringLiteral("--library"), corpus, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err)); // no progress or log lines with --json
    QJsonObject report = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(report.value(QStringLiteral("library")).toString(), corpus);
    QCOMPARE(report.value(QStringLiteral("indexed")).toInt(), 338);
    QCOMPARE(report.value(QStringLiteral("updated")).toInt(), 0);
    QCOMPARE(report.value(QStringLiteral("removed")).toInt(), 0);
    QVERIFY(report.value(QStringLiteral("failed")).isArray());
    QVERIFY(report.value(QStringLiteral("failed")).toArray().isEmpty());
    QVERIFY(report.value(QStringLiteral("seconds")).toDouble() > 0);
    // One SQLite database in the cache folder, none in the library
    const QStringList databases = QDir(m_home->filePath(QStringLiteral("cache/Byline/Byline/libraries")))
                                      .entryList({QStringLiteral("go-blog-*.sqlite")});
    QCOMPARE(databases.size(), 1);
    QVERIFY(QDir(corpus).entryList({QStringLiteral("*.sqlite*")}, QDir::Files | QDir::Hidden).isEmpty());

    result = run({QStringLiteral("index"), QStringLiteral("--library"), corpus, QStringLiteral("--json")});
    report = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(report.value(QStringLiteral("indexed")).toInt(), 0);
    QCOMPARE(report.value(QStringLiteral("unchanged")).toInt(), 338);
}

void LibraryCliTest::index_text_summarisesWithoutProgressWhenPiped()
{
    const Run result = run({QStringLiteral("index"), QStringLiteral("-L"), corpus});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(QString::fromUtf8(result.out)
                 .startsWith(corpus
                             + QStringLiteral(": 338 indexed, 0 updated, 0 removed, "
                                              "0 unchanged, 0 failed (")),
             result.out.constData());
    QVERIFY2(!result.err.contains(QLatin1String("Reading articles")), qPrintable(result.err));
}

void LibraryCliTest::index_listsUnreadableFilesAndExitsOne()
{
    QTemporaryDir library;
    writeFile(library.filePath(QStringLiteral("good.md")), "---\ntitle: Good\n---\nFine.\n");
    writeFile(library.filePath(QStringLiteral("notes/binary.md")), QByteArray("\x00\x01\x02PNG", 6));
    writeFile(library.filePath(QStringLiteral("broken.md")), "---\ntitle: [unclosed\n---\nStill searchable.\n");
    const Run result
        = run({QStringLiteral("index"), QStringLiteral("--library"), library.path(), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(report.value(QStringLiteral("indexed")).toInt(), 3); // listed, each with what went wrong
    const QJsonArray failed = report.value(QStringLiteral("failed")).toArray();
    QStringList paths;
    for (const auto &failure : failed) {
        paths.append(failure.toObject().value(QStringLiteral("path")).toString());
        QVERIFY(!failure.toObject().value(QStringLiteral("error")).toString().isEmpty());
    }
    QVERIFY2(paths.contains(library.filePath(QStringLiteral("notes/binary.md"))), qPrintable(paths.join(u' ')));
    // Text mode names the file on standard error
    const Run text = run({QStringLiteral("index"), QStringLiteral("--library"), library.path()});
    QCOMPARE(text.exitCode, 1);
    QVERIFY(text.err.contains(library.filePath(QStringLiteral("notes/binary.md")) + QLatin1Char(':')));
}

void LibraryCliTest::search_json_hasTheDocumentedShape()
{
    const QJsonArray hits = searchJson({QStringLiteral("concurrency"), QStringLiteral("patterns")});
    QVERIFY(hits.size() >= 5);
    const QJsonObject first = hits.first().toObject();
    QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("Advanced Go Concurrency Patterns"));
    QCOMPARE(first.value(QStringLiteral("path")).toString(), corpus + QStringLiteral("/io2013-talk-concurrency.md"));
    QCOMPARE(first.value(QStringLiteral("author")).toString(), QStringLiteral("Andrew Gerrand"));
    QCOMPARE(first.value(QStringLiteral("date")).toString(), QStringLiteral("2013-05-23"));
    QVERIFY(first.value(QStringLiteral("status")).isString());
    QVERIFY(first.value(QStringLiteral("tags")).toArray().contains(QStringLiteral("concurrency")));
    QVERIFY(first.value(QStringLiteral("words")).toInt() > 50);
    QVERIFY(first.value(QStringLiteral("score")).toDouble() > 0);
    const QString snippet = first.value(QStringLiteral("snippet")).toString();
    QVERIFY2(snippet.contains(QLatin1String("<mark>Concurrency</mark>")), qPrintable(snippet));
    QVERIFY(!snippet.contains(QLatin1String("](")) && !snippet.contains(QLatin1String("---"))); // text, not Markdown
    for (const auto &hit : hits) {
        QCOMPARE(hit.toObject().keys(),
                 (QStringList {QStringLiteral("author"), QStringLiteral("date"), QStringLiteral("path"),
                               QStringLiteral("score"), QStringLiteral("snippet"), QStringLiteral("status"),
                               QStringLiteral("tags"), QStringLiteral("title"), QStringLiteral("words")}));
        QVERIFY(QFileInfo::exists(hit.toObject().value(QStringLiteral("path")).toString()));
    }
    // Ranked: scores never rise down the list
    for (qsizetype i = 1; i < hits.size(); ++i)
        QVERIFY(hits.at(i).toObject().value(QStringLiteral("score")).toDouble()
                <= hits.at(i - 1).toObject().value(QStringLiteral("score")).toDouble());
}

void LibraryCliTest::search_limitSortAndFilters()
{
    QCOMPARE(searchJson({QStringLiteral("go"), QStringLiteral("--limit"), QStringLiteral("3")}).size(), 3);
    QCOMPARE(searchJson({QStringLiteral("-n"), QStringLiteral("1"), QStringLiteral("go")}).size(), 1);

    const QJsonArray byDate = searchJson({QStringLiteral("--sort"), QStringLiteral("date"), QStringLiteral("gopher")});
    QVERIFY(byDate.size() >= 3);
    for (qsizetype i = 1; i < byDate.size(); ++i)
        QVERIFY(byDate.at(i).toObject().value(QStringLiteral("date")).toString()
                <= byDate.at(i - 1).toObject().value(QStringLiteral("date")).toString());

    const QJsonArray byAuthor = searchJson(
        {QStringLiteral("author:pike"), QStringLiteral("after:2012-01-01"), QStringLiteral("before:2016")});
    QVERIFY(!byAuthor.isEmpty());
    for (const auto &hit : byAuthor) {
        const QJsonObject article = hit.toObject();
        QVERIFY(article.value(QStringLiteral("author")).toString().contains(QLatin1String("Pike")));
        QVERIFY(article.value(QStringLiteral("date")).toString() >= QLatin1String("2012-01-01"));
        QVERIFY(article.value(QStringLiteral("date")).toString() < QLatin1String("2016"));
    }
    const QJsonArray tagged = searchJson({QStringLiteral("tag:concurrency")});
    QVERIFY(!tagged.isEmpty());
    for (const auto &hit : tagged)
        QVERIFY(hit.toObject().value(QStringLiteral("tags")).toArray().contains(QStringLiteral("concurrency")));
}

void LibraryCliTest::search_text_numberedWithSnippets()
{
    const Run result = run({QStringLiteral("search"), QStringLiteral("-L"), corpus, QStringLiteral("-n"),
                            QStringLiteral("2"), QStringLiteral("gopher"), QStringLiteral("mascot")});
    QCOMPARE(result.exitCode, 0);
    const QString out = QString::fromUtf8(result.out);
    QVERIFY2(out.startsWith(QLatin1String("1. ")), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("\n2. ")));
    QVERIFY(!out.contains(QLatin1String("\n3. ")));
    QVERIFY(out.contains(corpus + QLatin1Char('/')));
    // Piped: no terminal bold codes and no <mark> tags
    QVERIFY(!out.contains(QLatin1Char('\x1b')) && !out.contains(QLatin1String("<mark>")));
}

void LibraryCliTest::search_noMatch_exitsOne()
{
    const Run result = run({QStringLiteral("search"), QStringLiteral("-L"), corpus, QStringLiteral("--json"),
                            QStringLiteral("qqxyzzyqq")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), 0);
    const Run text = run({QStringLiteral("search"), QStringLiteral("-L"), corpus, QStringLiteral("qqxyzzyqq")});
    QCOMPARE(text.exitCode, 1);
    QVERIFY(text.out.isEmpty());
    QVERIFY(text.err.contains(QLatin1String("No articles match.")));
}

void LibraryCliTest::search_hostileQueries_neverFail_data()
{
    QTest::addColumn<QString>("query");
    for (const char *query : {"c++",
                              "e-mail",
                              "\"unbalanced",
                              "title:",
                              "author:\"",
                              "NEAR(a b)",
                              "a AND OR NOT b",
                              "*",
                              "-",
                              "^go",
                              "'; DROP TABLE articles; --",
                              "x\" OR 1=1 --",
                              "col:umn:value",
                              "(((",
                              "tag:) OR (",
                              "\\0 \\x00",
                              "after:not-a-date before:2099-99-99",
                              "status:%",
                              "lang:'",
                              "ﬁle naïve Ωmega 東京"})
        QTest::newRow(query) << QString::fromUtf8(query);
}

void LibraryCliTest::search_hostileQueries_neverFail()
{
    QFETCH(QString, query);
    const Run result = run({QStringLiteral("search"), QStringLiteral("-L"), corpus, QStringLiteral("--json"), query});
    QVERIFY2(result.exitCode == 0 || result.exitCode == 1, qPrintable(result.err));
    QVERIFY(QJsonDocument::fromJson(result.out).isArray());
    for (const char *leak : {"fts5", "syntax error", "SQL", "sqlite", "malformed MATCH"})
        QVERIFY2(!result.err.contains(QLatin1String(leak), Qt::CaseInsensitive), qPrintable(result.err));
}

void LibraryCliTest::search_followsChangesWithoutAnIndexRun()
{
    QTemporaryDir library;
    writeFile(library.filePath(QStringLiteral("a.md")),
              "---\ntitle: Harbour\nauthor: Ann Lee\n---\nFerries at dawn.\n");
    const QStringList search {QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("-L"), library.path()};
    QCOMPARE(QJsonDocument::fromJson(run(search + QStringList {QStringLiteral("ferries")}).out).array().size(), 1);

    writeFile(library.filePath(QStringLiteral("deep/b.md")), "---\ntitle: Tram\n---\nFerries and trams.\n");
    QCOMPARE(QJsonDocument::fromJson(run(search + QStringList {QStringLiteral("ferries")}).out).array().size(), 2);
    QVERIFY(QFile::remove(library.filePath(QStringLiteral("a.md"))));
    const QJsonArray left = QJsonDocument::fromJson(run(search + QStringList {QStringLiteral("ferries")}).out).array();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Tram"));
}

void LibraryCliTest::library_defaultsToTheCurrentOneFromSettings()
{
    // No library chosen and none in the documents folder: say how to give one
    Run result = run({QStringLiteral("search"), QStringLiteral("anything")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QLatin1String("--library")), qPrintable(result.err));

    QTemporaryDir library;
    writeFile(library.filePath(QStringLiteral("column.md")), "---\ntitle: Lighthouse\n---\nA keeper's log.\n");
    QSettings settings(m_home->filePath(QStringLiteral("config/Byline/Byline.conf")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("library/current"), library.path());
    settings.sync();
    result = run({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("keeper")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(result.out).array().first().toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("Lighthouse"));
    QCOMPARE(run({QStringLiteral("index")}).exitCode, 0);
}

void LibraryCliTest::usageErrors_exitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("limit not a number") << QStringList {QStringLiteral("search"), QStringLiteral("--limit"),
                                                        QStringLiteral("ten"), QStringLiteral("go")}
                                        << QStringLiteral("--limit takes a positive number");
    QTest::newRow("limit zero") << QStringList {QStringLiteral("search"), QStringLiteral("-n"), QStringLiteral("0"),
                                                QStringLiteral("go")}
                                << QStringLiteral("--limit takes a positive number");
    QTest::newRow("unknown sort") << QStringList {QStringLiteral("search"), QStringLiteral("--sort"),
                                                  QStringLiteral("size"), QStringLiteral("go")}
                                  << QStringLiteral("--sort takes relevance or date");
    QTest::newRow("missing folder") << QStringList {QStringLiteral("index"), QStringLiteral("--library"),
                                                    QStringLiteral("/nonexistent/library")}
                                    << QStringLiteral("does not exist");
    QTest::newRow("a file, not a folder")
        << QStringList {QStringLiteral("search"), QStringLiteral("--library"),
                        QStringLiteral(BYLINE_SAMPLES_DIR "/ovirt-at-last.md"), QStringLiteral("go")}
        << QStringLiteral("is not a folder");
    QTest::newRow("index takes no words")
        << QStringList {QStringLiteral("index"), QStringLiteral("go")} << QStringLiteral("unexpected argument");
}

void LibraryCliTest::usageErrors_exitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(LibraryCliTest)
#include "library_cli_test.moc"
