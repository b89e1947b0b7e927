#include "testfiles.h"

#include <export/exportrunner.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Byline::WidgetUi;
using Byline::Core::ExportOptions;

namespace {

ExportOptions format(ExportOptions::Format chosen)
{
    ExportOptions options;
    options.format = chosen;
    return options;
}

} // namespace

// Exports on the worker thread: every article's outcome, files written whole, none lost.
class ExportRunnerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void batch_writesTheGoodAndReportsTheBad();
    void sameNames_areNumberedNotOverwritten();
    void anExport_neverReplacesItsArticle();
    void editorText_isWhatGoesOut();
    void cancel_stopsBetweenArticles();
    void secondStart_whileRunning_isRefused();
    void cancelledBatch_reportsWhatWasWritten();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // `count` exports of a.md into `folder`, as a0.EXT, a1.EXT, …
    QList<ExportJob> copiesOfA(const QString &folder, int count, const QString &extension) const
    {
        QList<ExportJob> jobs;
        for (int i = 0; i < count; ++i)
            jobs.append({path(QStringLiteral("a.md")),
                         path(QStringLiteral("%1/a%2.%3").arg(folder).arg(i).arg(extension)), std::nullopt});
        return jobs;
    }
    ExportReport runAndWait(ExportRunner &runner, const QList<ExportJob> &jobs, const ExportOptions &options);
};

void ExportRunnerTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    write(path(QStringLiteral("a.md")), "---\ntitle: Alpha\n---\n\nThe first column.\n");
    write(path(QStringLiteral("b.md")), "---\ntitle: Beta\n---\n\nThe second column.\n");
    write(path(QStringLiteral("broken.md")), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
}

ExportReport ExportRunnerTest::runAndWait(ExportRunner &runner, const QList<ExportJob> &jobs,
                                          const ExportOptions &options)
{
    QSignalSpy finished(&runner, &ExportRunner::finished);
    if (!runner.start(jobs, options))
        return {};
    // The jobs run on a worker: start() returns before they are done.
    if (!finished.wait(60000))
        return {};
    return finished.constFirst().constFirst().value<ExportReport>();
}

void ExportRunnerTest::batch_writesTheGoodAndReportsTheBad()
{
    ExportRunner runner;
    QSignalSpy progress(&runner, &ExportRunner::progress);
    const QString out = path(QStringLiteral("out/pdf"));
    const QList<ExportJob> jobs {
        {path(QStringLiteral("a.md")), out + QStringLiteral("/a.pdf"), std::nullopt},
        {path(QStringLiteral("missing.md")), out + QStringLiteral("/missing.pdf"), std::nullopt},
        {path(QStringLiteral("broken.md")), out + QStringLiteral("/broken.pdf"), std::nullopt},
        {path(QStringLiteral("b.md")), out + QStringLiteral("/b.pdf"), std::nullopt}};
    const ExportReport report = runAndWait(runner, jobs, format(ExportOptions::Format::Pdf));
    QCOMPARE(report.total, 4);
    QCOMPARE(report.written, QStringList({out + QStringLiteral("/a.pdf"), out + QStringLiteral("/b.pdf")}));
    QCOMPARE(report.failures.size(), 2);
    QCOMPARE(report.failures.at(0).source, path(QStringLiteral("missing.md")));
    QVERIFY(!report.failures.at(0).message.isEmpty());
    QCOMPARE(report.failures.at(1).source, path(QStringLiteral("broken.md")));
    QVERIFY(readAll(out + QStringLiteral("/a.pdf")).startsWith("%PDF-"));
    QVERIFY(!QFile::exists(out + QStringLiteral("/broken.pdf")));
    QVERIFY(!report.cancelled);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(0).toInt(), 4); // done of
    QCOMPARE(progress.constLast().at(1).toInt(), 4);
}

void ExportRunnerTest::sameNames_areNumberedNotOverwritten()
{
    write(path(QStringLiteral("one/column.md")), "# One\n\nFirst.\n");
    write(path(QStringLiteral("two/column.md")), "# Two\n\nSecond.\n");
    ExportRunner runner;
    const QString out = path(QStringLiteral("site"));
    const ExportReport report
        = runAndWait(runner,
                     {{path(QStringLiteral("one/column.md")), out + QStringLiteral("/column.html"), std::nullopt},
                      {path(QStringLiteral("two/column.md")), out + QStringLiteral("/column.html"), std::nullopt}},
                     format(ExportOptions::Format::Html));
    QCOMPARE(report.written,
             QStringList({out + QStringLiteral("/column.html"), out + QStringLiteral("/column-2.html")}));
    QVERIFY(readAll(out + QStringLiteral("/column.html")).contains("First."));
    QVERIFY(readAll(out + QStringLiteral("/column-2.html")).contains("Second."));
}

void ExportRunnerTest::anExport_neverReplacesItsArticle()
{
    const QString wire = path(QStringLiteral("wire.txt"));
    write(wire, "Headline\n\nBy Someone\n\nThe text.\n");
    const QByteArray before = readAll(wire);
    ExportRunner runner;
    const ExportReport report = runAndWait(runner, {{wire, wire, std::nullopt}}, format(ExportOptions::Format::Text));
    QVERIFY(report.written.isEmpty());
    QCOMPARE(report.failures.size(), 1);
    QVERIFY2(report.failures.constFirst().message.contains(QLatin1String("replace the article itself")),
             qPrintable(report.failures.constFirst().message));
    QCOMPARE(readAll(wire), before);
}

void ExportRunnerTest::editorText_isWhatGoesOut()
{
    ExportRunner runner;
    const QString target = path(QStringLiteral("a.txt"));
    const ExportReport report = runAndWait(
        runner, {{path(QStringLiteral("a.md")), target, QStringLiteral("---\ntitle: Alpha\n---\n\nUnsaved words.\n")}},
        format(ExportOptions::Format::Text));
    QCOMPARE(report.written, QStringList {target});
    QVERIFY(readAll(target).contains("Unsaved words."));
    QVERIFY(!readAll(target).contains("The first column."));
}

void ExportRunnerTest::cancel_stopsBetweenArticles()
{
    const QList<ExportJob> jobs = copiesOfA(QStringLiteral("out"), 6, QStringLiteral("html"));
    QStringList seen;
    const ExportReport report
        = ExportRunner::run(jobs, format(ExportOptions::Format::Html), [&seen](int done, const QString &current) {
              seen.append(current);
              return done < 2; // cancelled once two are done
          });
    QVERIFY(report.cancelled);
    QCOMPARE(report.written.size(), 2);
    QVERIFY(!QFile::exists(path(QStringLiteral("out/a2.html"))));
    QCOMPARE(seen.size(), 3);
}

void ExportRunnerTest::secondStart_whileRunning_isRefused()
{
    const QList<ExportJob> jobs = copiesOfA(QStringLiteral("many"), 20, QStringLiteral("pdf"));
    ExportRunner runner;
    QSignalSpy finished(&runner, &ExportRunner::finished);
    QVERIFY(runner.start(jobs, format(ExportOptions::Format::Pdf)));
    QVERIFY(runner.isRunning());
    QVERIFY(!runner.start(jobs, format(ExportOptions::Format::Html)));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().value<ExportReport>().written.size(), 20);
    QVERIFY(!runner.isRunning());
}

void ExportRunnerTest::cancelledBatch_reportsWhatWasWritten()
{
    const QList<ExportJob> jobs = copiesOfA(QStringLiteral("cancelled"), 40, QStringLiteral("pdf"));
    ExportRunner runner;
    QSignalSpy finished(&runner, &ExportRunner::finished);
    connect(&runner, &ExportRunner::progress, &runner, [&runner](int done) {
        if (done >= 1)
            runner.cancel();
    });
    QVERIFY(runner.start(jobs, format(ExportOptions::Format::Pdf)));
    QVERIFY(finished.wait(60000));
    const auto report = finished.constFirst().constFirst().value<ExportReport>();
    QVERIFY(report.cancelled);
    QCOMPARE(report.total, 40);
    QVERIFY(!report.written.isEmpty());
    QCOMPARE(QDir(path(QStringLiteral("cancelled"))).entryList(QDir::Files).size(), report.written.size());
}

QTEST_MAIN(ExportRunnerTest)
#include "exportrunner_test.moc"
