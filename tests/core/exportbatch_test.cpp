#include <export/exportbatch.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Byline::Core;

namespace {

ExportOptions format(ExportOptions::Format chosen)
{
    ExportOptions options;
    options.format = chosen;
    return options;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The export batch of the command line and the window, on real files: what is written where,
// what is refused, and what is reported for each article.
class ExportBatchTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sameName_laterOnesAreNumbered();
    void targetIsItsArticle_isRefusedAndTheArticleKept();
    void folderCannotBeCreated_isReportedAndTheOthersGoOn();
    void failingArticles_doNotStopTheOthers();
    void cancel_afterTheFirst_stopsBeforeTheSecond();
    void progress_namesEachArticleThenNone();
    void warnings_areCarried();
    void diagnostics_areCarried_andTheArticleStillGoesOut();
    void editorText_isWhatGoesOut();
    void jobWithoutTarget_handsTheBytesBack();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    [[nodiscard]] QString path(const QString &name) const { return m_dir->filePath(name); }
    void write(const QString &name, const QByteArray &bytes) const;
};

void ExportBatchTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    write(QStringLiteral("a.md"), "---\ntitle: Alpha\n---\n\nThe first column.\n");
    write(QStringLiteral("b.md"), "---\ntitle: Beta\n---\n\nThe second column.\n");
}

void ExportBatchTest::write(const QString &name, const QByteArray &bytes) const
{
    QVERIFY(QDir().mkpath(QFileInfo(path(name)).path()));
    QFile file(path(name));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

void ExportBatchTest::sameName_laterOnesAreNumbered()
{
    write(QStringLiteral("one/column.md"), "# One\n\nFirst.\n");
    write(QStringLiteral("two/column.md"), "# Two\n\nSecond.\n");
    write(QStringLiteral("three/column.md"), "# Three\n\nThird.\n");
    const QString site = path(QStringLiteral("site"));
    QList<ExportJob> jobs;
    for (const char *folder : {"one", "two", "three"})
        jobs.append({path(QLatin1String(folder) + QStringLiteral("/column.md")), site + QStringLiteral("/column.html"),
                     std::nullopt});
    const ExportReport report = ExportBatch::run(jobs, format(ExportOptions::Format::Html), &TextFormats::produce);
    QCOMPARE(report.written(),
             QStringList({site + QStringLiteral("/column.html"), site + QStringLiteral("/column-2.html"),
                          site + QStringLiteral("/column-3.html")}));
    QVERIFY(report.failures().isEmpty());
    QVERIFY(readAll(site + QStringLiteral("/column.html")).contains("First."));
    QVERIFY(readAll(site + QStringLiteral("/column-2.html")).contains("Second."));
    QVERIFY(readAll(site + QStringLiteral("/column-3.html")).contains("Third."));
}

void ExportBatchTest::targetIsItsArticle_isRefusedAndTheArticleKept()
{
    const QString wire = path(QStringLiteral("wire.txt"));
    write(QStringLiteral("wire.txt"), "Headline\n\nBy Someone\n\nThe text.\n");
    const QByteArray before = readAll(wire);
    // The same file however the path is spelt.
    const ExportReport report
        = ExportBatch::run({{wire, wire, std::nullopt}, {wire, path(QStringLiteral("sub/../wire.txt")), std::nullopt}},
                           format(ExportOptions::Format::Text), &TextFormats::produce);
    QVERIFY(report.written().isEmpty());
    const QList<ExportReport::Problem> failures = report.failures();
    QCOMPARE(failures.size(), 2);
    for (const ExportReport::Problem &failure : failures)
        QVERIFY2(failure.message.contains(QLatin1String("written over the article itself")),
                 qPrintable(failure.message));
    QCOMPARE(readAll(wire), before);
}

void ExportBatchTest::folderCannotBeCreated_isReportedAndTheOthersGoOn()
{
    write(QStringLiteral("blocker"), "a file where a folder should be");
    const QString blocked = path(QStringLiteral("blocker/inside/a.html"));
    const QString fine = path(QStringLiteral("out/b.html"));
    const ExportReport report = ExportBatch::run(
        {{path(QStringLiteral("a.md")), blocked, std::nullopt}, {path(QStringLiteral("b.md")), fine, std::nullopt}},
        format(ExportOptions::Format::Html), &TextFormats::produce);
    QCOMPARE(report.written(), QStringList {fine});
    const ExportResult &failed = report.articles.at(0);
    QVERIFY(!failed.ok());
    QVERIFY(!failed.unreadable);
    QVERIFY2(failed.error.contains(QLatin1String("cannot create the folder")), qPrintable(failed.error));
    QVERIFY2(failed.error.contains(path(QStringLiteral("blocker/inside"))), qPrintable(failed.error));
    QCOMPARE(readAll(path(QStringLiteral("blocker"))), QByteArray("a file where a folder should be"));
}

void ExportBatchTest::failingArticles_doNotStopTheOthers()
{
    write(QStringLiteral("broken.md"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    write(QStringLiteral("refused.md"), "# Refused\n\nThe producer says no.\n");
    // A producer that fails for one article, as PDF layout can.
    const ExportBatch::Producer produce = [](const RenderedArticle &article, const ExportOptions &options) {
        if (article.path.endsWith(QLatin1String("refused.md")))
            return ExportOutput {{}, QStringLiteral("no room on the page"), {}};
        return TextFormats::produce(article, options);
    };
    const QString out = path(QStringLiteral("out"));
    const QStringList names = {QStringLiteral("a"), QStringLiteral("missing"), QStringLiteral("broken"),
                               QStringLiteral("refused"), QStringLiteral("b")};
    QList<ExportJob> jobs;
    for (const QString &name : names)
        jobs.append({path(name + QStringLiteral(".md")), out + QLatin1Char('/') + name + QStringLiteral(".html"),
                     std::nullopt});
    const ExportReport report = ExportBatch::run(jobs, format(ExportOptions::Format::Html), produce);
    QCOMPARE(report.total, 5);
    QCOMPARE(report.articles.size(), 5);
    QVERIFY(!report.cancelled);
    QCOMPARE(report.written(), QStringList({out + QStringLiteral("/a.html"), out + QStringLiteral("/b.html")}));
    const QList<ExportReport::Problem> failures = report.failures();
    QCOMPARE(failures.size(), 3);
    QCOMPARE(failures.at(0).source, path(QStringLiteral("missing.md")));
    QCOMPARE(failures.at(1).source, path(QStringLiteral("broken.md")));
    QCOMPARE(failures.at(2).source, path(QStringLiteral("refused.md")));
    QCOMPARE(failures.at(2).message, QStringLiteral("no room on the page"));
    // An unreadable article's reason is its own first error, so a front end need not tell it twice.
    QVERIFY(report.articles.at(1).unreadable);
    QCOMPARE(report.articles.at(1).error, report.articles.at(1).diagnostics.constFirst().message);
    QVERIFY(report.articles.at(2).unreadable);
    QVERIFY(!report.articles.at(3).unreadable);
    for (const char *name : {"missing.html", "broken.html", "refused.html"})
        QVERIFY2(!QFile::exists(QDir(out).filePath(QLatin1String(name))), name);
}

void ExportBatchTest::cancel_afterTheFirst_stopsBeforeTheSecond()
{
    const QString out = path(QStringLiteral("out"));
    const ExportReport report
        = ExportBatch::run({{path(QStringLiteral("a.md")), out + QStringLiteral("/a.html"), std::nullopt},
                            {path(QStringLiteral("b.md")), out + QStringLiteral("/b.html"), std::nullopt}},
                           format(ExportOptions::Format::Html), &TextFormats::produce,
                           [](const ExportReport &sofar, const QString &) { return sofar.articles.isEmpty(); });
    QVERIFY(report.cancelled);
    QCOMPARE(report.total, 2);
    QCOMPARE(report.articles.size(), 1);
    QCOMPARE(report.written(), QStringList {out + QStringLiteral("/a.html")});
    QVERIFY(!QFile::exists(out + QStringLiteral("/b.html")));
}

void ExportBatchTest::progress_namesEachArticleThenNone()
{
    const QString a = path(QStringLiteral("a.md"));
    const QString b = path(QStringLiteral("b.md"));
    QList<std::pair<qsizetype, QString>> seen;
    const ExportReport report = ExportBatch::run(
        {{a, path(QStringLiteral("a.txt")), std::nullopt}, {b, path(QStringLiteral("b.txt")), std::nullopt}},
        format(ExportOptions::Format::Text), &TextFormats::produce,
        [&seen](const ExportReport &sofar, const QString &next) {
            seen.append({sofar.articles.size(), next});
            return true;
        });
    QVERIFY(!report.cancelled);
    const QList<std::pair<qsizetype, QString>> expected = {{0, a}, {1, b}, {2, QString()}};
    QCOMPARE(seen, expected);
}

void ExportBatchTest::warnings_areCarried()
{
    write(QStringLiteral("pictured.md"), "---\ntitle: Pictured\n---\n\n![gone](missing.png)\n");
    ExportOptions options = format(ExportOptions::Format::Html);
    options.embedImages = true;
    const QString target = path(QStringLiteral("pictured.html"));
    const ExportReport report = ExportBatch::run({{path(QStringLiteral("pictured.md")), target, std::nullopt}}, options,
                                                 &TextFormats::produce);
    QCOMPARE(report.written(), QStringList {target});
    QCOMPARE(report.articles.constFirst().warnings.size(), 1);
    QVERIFY2(report.articles.constFirst().warnings.constFirst().contains(QLatin1String("missing.png")),
             qPrintable(report.articles.constFirst().warnings.constFirst()));
    const QList<ExportReport::Problem> warnings = report.warnings();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.constFirst().source, path(QStringLiteral("pictured.md")));
}

void ExportBatchTest::diagnostics_areCarried_andTheArticleStillGoesOut()
{
    write(QStringLiteral("malformed.md"), "---\ntitle: ok\nauthor: [unclosed\n---\nThe body still goes out.\n");
    const QString target = path(QStringLiteral("malformed.html"));
    const ExportReport report = ExportBatch::run({{path(QStringLiteral("malformed.md")), target, std::nullopt}},
                                                 format(ExportOptions::Format::Html), &TextFormats::produce);
    const ExportResult &result = report.articles.constFirst();
    QVERIFY(result.ok());
    QCOMPARE(result.target, target);
    QVERIFY(hasErrors(result.diagnostics));
    QVERIFY(result.diagnostics.constFirst().line >= 3);
    QVERIFY(readAll(target).contains("The body still goes out."));
}

void ExportBatchTest::editorText_isWhatGoesOut()
{
    const QString target = path(QStringLiteral("a.txt"));
    const ExportReport report = ExportBatch::run(
        {{path(QStringLiteral("a.md")), target, QStringLiteral("---\ntitle: Alpha\n---\n\nUnsaved words.\n")}},
        format(ExportOptions::Format::Text), &TextFormats::produce);
    QCOMPARE(report.written(), QStringList {target});
    QVERIFY(readAll(target).contains("Unsaved words."));
    QVERIFY(!readAll(target).contains("The first column."));
}

void ExportBatchTest::jobWithoutTarget_handsTheBytesBack()
{
    const ExportReport report = ExportBatch::run({{path(QStringLiteral("a.md")), QString(), std::nullopt}},
                                                 format(ExportOptions::Format::Fragment), &TextFormats::produce);
    const ExportResult &result = report.articles.constFirst();
    QVERIFY(result.ok());
    QVERIFY(result.target.isEmpty());
    QVERIFY(result.bytes.contains("The first column."));
    QVERIFY(report.written().isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList({QStringLiteral("a.md"), QStringLiteral("b.md")}));
}

QTEST_GUILESS_MAIN(ExportBatchTest)
#include "exportbatch_test.moc"
