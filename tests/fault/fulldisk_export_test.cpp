#include "cli/bylineprocess.h"
#include "fulldisk.h"
#include "ui/testfiles.h"

#include <ui/export/exportrunner.h>

#include <QApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace Byline::WidgetUi;
using Byline::Core::ExportOptions;

namespace {

// An export that was there before, to be replaced by the next run.
const QByteArray previousExport = "The export of last week, which must survive this one.\n";

} // namespace

// Every export format, from the command line and from the window, onto a disk that is full: an
// existing export stays byte for byte, no new file appears, and the failure names the file and
// the full disk — the command line with a non-zero exit code. And an import of a Word document,
// which leaves nothing behind.
class FullDiskExportTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commandLine_keepsTheOldExport_data();
    void commandLine_keepsTheOldExport();
    void window_keepsTheOldExport_data();
    void window_keepsTheOldExport();
    void import_writesNothing();

private:
    QTemporaryDir m_home;
};

void FullDiskExportTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-fulldisk-export-test"));
}

void FullDiskExportTest::commandLine_keepsTheOldExport_data()
{
    QTest::addColumn<QString>("format");
    for (const QString &format : ExportOptions::formatNames())
        QTest::newRow(qPrintable(format)) << format;
}

void FullDiskExportTest::commandLine_keepsTheOldExport()
{
    QFETCH(QString, format);
    FullDisk disk;
    REQUIRE_FULL_DISK(disk);
    const QString existing = disk.filePath(QStringLiteral("column.") + format);
    write(existing, previousExport);
    const QString fresh = disk.filePath(QStringLiteral("new/column.") + format);
    QDir().mkpath(QFileInfo(fresh).path());
    disk.fill();

    for (const QString &target : {existing, fresh}) {
        const Run run = byline({QStringLiteral("export"), sampleMarkdown, QStringLiteral("--format"), format,
                                QStringLiteral("--output"), target});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(target) && run.err.contains(QLatin1String("the disk is full")), qPrintable(run.err));
    }
    QCOMPARE(readAll(existing), previousExport);
    QVERIFY(!QFile::exists(fresh));
    QCOMPARE(QDir(QFileInfo(fresh).path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void FullDiskExportTest::window_keepsTheOldExport_data()
{
    commandLine_keepsTheOldExport_data();
}

void FullDiskExportTest::window_keepsTheOldExport()
{
    QFETCH(QString, format);
    ExportOptions options;
    QVERIFY(ExportOptions::formatFromName(format, &options.format));
    FullDisk disk;
    REQUIRE_FULL_DISK(disk);
    const QString existing = disk.filePath(QStringLiteral("column.") + format);
    write(existing, previousExport);
    disk.fill();

    ExportRunner runner;
    QSignalSpy finished(&runner, &ExportRunner::finished);
    // The editor's unsaved text, as the window exports it.
    QVERIFY(runner.start({{sampleMarkdown, existing, QStringLiteral("# Edited\n\nUnsaved words.\n")}}, options));
    QVERIFY(finished.wait(60000));
    const auto report = finished.constFirst().constFirst().value<Byline::Core::ExportReport>();
    QVERIFY(report.written().isEmpty());
    QCOMPARE(report.failures().size(), 1);
    const QString message = report.failures().constFirst().message;
    QVERIFY2(message.contains(existing) && message.contains(QLatin1String("the disk is full")), qPrintable(message));
    QCOMPARE(readAll(existing), previousExport);
}

// `byline import` of a Word document, with an image and without, onto a full disk: exit 1, the
// article and the full disk named, and nothing of the import left (no article, no images, no
// images folder).
void FullDiskExportTest::import_writesNothing()
{
    QTemporaryDir documents;
    QImage picture(64, 48, QImage::Format_RGB32);
    picture.fill(QColor(30, 90, 160));
    QVERIFY(picture.save(QDir(documents.path()).filePath(QStringLiteral("bus.png"))));
    const QString pictured = QDir(documents.path()).filePath(QStringLiteral("pictured.md"));
    write(pictured, "---\ntitle: Pictured\n---\n\nThe last bus:\n\n![The 23](bus.png)\n");
    for (const QString &article : {sampleMarkdown, pictured}) {
        const Run run = byline({QStringLiteral("export"), article, QStringLiteral("--format"), QStringLiteral("docx"),
                                QStringLiteral("--output"), documents.path() + QLatin1Char('/')});
        QCOMPARE(run.exitCode, 0);
    }
    FullDisk disk;
    REQUIRE_FULL_DISK(disk);
    disk.fill();

    for (const QString &name : {QStringLiteral("ovirt-at-last"), QStringLiteral("pictured")}) {
        const QString target = disk.filePath(QStringLiteral("imported/") + name + QStringLiteral(".md"));
        QVERIFY(QDir().mkpath(QFileInfo(target).path()));
        const Run run
            = byline({QStringLiteral("import"), QDir(documents.path()).filePath(name + QStringLiteral(".docx")),
                      QStringLiteral("--output"), target});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("the disk is full")) && run.err.contains(QLatin1String("imported/")),
                 qPrintable(run.err));
        QCOMPARE(QDir(QFileInfo(target).path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
    }
}

BYLINE_FULL_DISK_TEST_MAIN(QApplication, FullDiskExportTest)

#include "fulldisk_export_test.moc"
