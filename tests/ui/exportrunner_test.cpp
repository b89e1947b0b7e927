#include "testfiles.h"

#include <ui/export/exportrunner.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Byline::WidgetUi;
using Byline::Core::ExportJob;
using Byline::Core::ExportOptions;
using Byline::Core::ExportReport;

namespace {

ExportOptions format(ExportOptions::Format chosen)
{
    ExportOptions options;
    options.format = chosen;
    return options;
}

} // namespace

// Exports on the worker thread: progress, cancelling and the report come back to the window's
// thread. What a batch does with each article is Core::ExportBatch's, tested in exportbatch_test.
class ExportRunnerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void batch_writesTheGoodAndReportsTheBad();
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
    QCOMPARE(report.written(), QStringList({out + QStringLiteral("/a.pdf"), out + QStringLiteral("/b.pdf")}));
    const QList<ExportReport::Problem> failures = report.failures();
    QCOMPARE(failures.size(), 2);
    QCOMPARE(failures.at(0).source, path(QStringLiteral("missing.md")));
    QVERIFY(!failures.at(0).message.isEmpty());
    QCOMPARE(failures.at(1).source, path(QStringLiteral("broken.md")));
    QVERIFY(readAll(out + QStringLiteral("/a.pdf")).startsWith("%PDF-"));
    QVERIFY(!QFile::exists(out + QStringLiteral("/broken.pdf")));
    QVERIFY(!report.cancelled);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(0).toInt(), 4); // done of
    QCOMPARE(progress.constLast().at(1).toInt(), 4);
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
    QCOMPARE(finished.constFirst().constFirst().value<ExportReport>().written().size(), 20);
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
    QVERIFY(!report.written().isEmpty());
    QCOMPARE(QDir(path(QStringLiteral("cancelled"))).entryList(QDir::Files).size(), report.written().size());
}

QTEST_MAIN(ExportRunnerTest)
#include "exportrunner_test.moc"
