#include "cli/bylineprocess.h"
#include "faultplan.h"
#include "ui/testfiles.h"

#include <export/exportoptions.h>
#include <ui/export/exportrunner.h>

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Byline::WidgetUi;
using Byline::Core::ExportOptions;
using Byline::Core::ExportReport;

namespace {

// An export that was there before, to be replaced by the next run.
const QByteArray previousExport = "The export of last week, which must survive this one.\n";

// The fault table crossed with every export format.
void addFormatFaultRows(bool fromEnvironment)
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("fault"); // as BYLINE_WRITE_FAULTS spells it
    QTest::addColumn<FaultStage>("stage");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("reason");
    const QString ioError = QString::fromLocal8Bit(std::strerror(EIO));
    const struct
    {
        const char *name;
        const char *text;
        FaultStage stage;
        int error;
        QString reason;
    } faults[] = {
        {"open, disk full", "open:ENOSPC", FaultStage::Open, ENOSPC, QStringLiteral("the disk is full")},
        {"open, permission", "open:EACCES", FaultStage::Open, EACCES, QStringLiteral("permission denied")},
        {"write, disk full", "write:ENOSPC", FaultStage::Write, ENOSPC, QStringLiteral("the disk is full")},
        {"write, I/O error", "write:EIO", FaultStage::Write, EIO, ioError},
        {"flush, disk full", "flush:ENOSPC", FaultStage::Flush, ENOSPC, QStringLiteral("the disk is full")},
        {"commit, read-only", "commit:EROFS", FaultStage::Commit, EROFS, QStringLiteral("the disk is read-only")},
        {"commit, I/O error", "commit:EIO", FaultStage::Commit, EIO, ioError},
        {"folder vanished", "", FaultStage::Vanish, ENOENT, QStringLiteral("its folder no longer exists")},
    };
    for (const QString &format : ExportOptions::formatNames()) {
        for (const auto &fault : faults) {
            if (fromEnvironment && !*fault.text)
                continue; // the environment cannot delete folders
            QTest::addRow("%s, %s", qPrintable(format), fault.name)
                << format << QString::fromLatin1(fault.text) << fault.stage << fault.error << fault.reason;
        }
    }
}

ExportReport runExport(const QList<Byline::Core::ExportJob> &jobs, const QString &format)
{
    ExportOptions options;
    if (!ExportOptions::formatFromName(format, &options.format))
        return {};
    ExportRunner runner;
    QSignalSpy finished(&runner, &ExportRunner::finished);
    if (!runner.start(jobs, options) || !finished.wait(60000))
        return {};
    return finished.constFirst().constFirst().value<ExportReport>();
}

} // namespace

// Every export format, single and in a batch, from the command line (BYLINE_WRITE_FAULTS) and
// from the window (ExportRunner, which the export dialog, Re-export and the library's batch export
// use), with each fault of AtomicFile's plan: an earlier export stays byte for byte, no temporary
// file is left, and the failure names the file, the reason and what to do; the other articles of
// a batch are still exported.
class FaultPlanExportTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void commandLine_data() { addFormatFaultRows(true); }
    void commandLine();
    void commandLineBatch_data() { addFormatFaultRows(true); }
    void commandLineBatch();
    void window_data() { addFormatFaultRows(false); }
    void window();
    void windowBatch_data() { addFormatFaultRows(false); }
    void windowBatch();

private:
    QTemporaryDir m_home;
};

void FaultPlanExportTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-faultplan-export-test"));
}

void FaultPlanExportTest::cleanup()
{
    clearFaults();
}

void FaultPlanExportTest::commandLine()
{
    QFETCH(QString, format);
    QFETCH(QString, fault);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString existing = dir.filePath(QStringLiteral("column.") + format);
    write(existing, previousExport);

    const Run run = byline({QStringLiteral("export"), sampleMarkdown, QStringLiteral("--format"), format,
                            QStringLiteral("--output"), existing},
                           {}, {{QStringLiteral("BYLINE_WRITE_FAULTS"), fault + QStringLiteral(":column.")}});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(existing) && run.err.contains(reason) && saysWhatToDo(run.err), qPrintable(run.err));
    QCOMPARE(readAll(existing), previousExport);
    QCOMPARE(filesIn(dir.path()), QStringList {QFileInfo(existing).fileName()});
}

void FaultPlanExportTest::commandLineBatch()
{
    QFETCH(QString, format);
    QFETCH(QString, fault);
    QFETCH(QString, reason);
    ExportOptions::Format chosen {};
    QVERIFY(ExportOptions::formatFromName(format, &chosen));
    const QString extension = ExportOptions::extension(chosen);
    QTemporaryDir dir;
    const QString failing = dir.filePath(QStringLiteral("out/ovirt-at-last.") + extension);
    write(failing, previousExport);

    const Run run = byline({QStringLiteral("export"), sampleMarkdown, sampleText, QStringLiteral("--format"), format,
                            QStringLiteral("--output"), dir.filePath(QStringLiteral("out"))},
                           {}, {{QStringLiteral("BYLINE_WRITE_FAULTS"), fault + QStringLiteral(":ovirt-at-last.")}});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(failing) && run.err.contains(reason) && saysWhatToDo(run.err), qPrintable(run.err));
    QCOMPARE(readAll(failing), previousExport);
    // The second article has the same name, so it is numbered, and it is not in the plan: the first
    // one's name stays its own, failed or not, so its earlier export is never replaced by another's.
    const QString numbered = QStringLiteral("ovirt-at-last-2.") + extension;
    QCOMPARE(filesIn(dir.filePath(QStringLiteral("out"))), (QStringList {numbered, QFileInfo(failing).fileName()}));
}

void FaultPlanExportTest::window()
{
    QFETCH(QString, format);
    QFETCH(FaultStage, stage);
    QFETCH(int, error);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString existing = dir.filePath(QStringLiteral("exports/column.") + format);
    write(existing, previousExport);
    injectFault(stage, error, QStringLiteral("exports/column."));

    // The editor's unsaved text, as the window exports it.
    const ExportReport report
        = runExport({{sampleMarkdown, existing, QStringLiteral("# Edited\n\nUnsaved words.\n")}}, format);
    QCOMPARE(report.total, 1);
    QVERIFY(report.written().isEmpty());
    QCOMPARE(report.failures().size(), 1);
    const QString message = report.failures().constFirst().message;
    QVERIFY2(message.contains(existing) && message.contains(reason) && saysWhatToDo(message), qPrintable(message));
    if (stage == FaultStage::Vanish) {
        QVERIFY(!QFileInfo::exists(QFileInfo(existing).path()));
        return;
    }
    QCOMPARE(readAll(existing), previousExport);
    QCOMPARE(filesIn(QFileInfo(existing).path()), QStringList {QFileInfo(existing).fileName()});
}

void FaultPlanExportTest::windowBatch()
{
    QFETCH(QString, format);
    QFETCH(FaultStage, stage);
    QFETCH(int, error);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString failing = dir.filePath(QStringLiteral("failing/ovirt-at-last.") + format);
    const QString other = dir.filePath(QStringLiteral("other/column.") + format);
    write(failing, previousExport);
    injectFault(stage, error, QStringLiteral("failing/"));

    const ExportReport report = runExport({{sampleMarkdown, failing, {}}, {sampleText, other, {}}}, format);
    QCOMPARE(report.total, 2);
    QCOMPARE(report.written(), QStringList {other});
    QCOMPARE(report.failures().size(), 1);
    QCOMPARE(report.failures().constFirst().source, sampleMarkdown);
    const QString message = report.failures().constFirst().message;
    QVERIFY2(message.contains(failing) && message.contains(reason) && saysWhatToDo(message), qPrintable(message));
    if (stage != FaultStage::Vanish) {
        QCOMPARE(readAll(failing), previousExport);
        QCOMPARE(filesIn(QFileInfo(failing).path()), QStringList {QFileInfo(failing).fileName()});
    }
    QVERIFY(!readAll(other).isEmpty());
}

QTEST_MAIN(FaultPlanExportTest)

#include "faultplan_export_test.moc"
