// `byline review --accept-all` and its kin write the article (or --output) through AtomicFile: with
// each fault of the plan that the environment can inject, and on a real full disk, the article
// stays byte for byte, no temporary file is left, and the message names the file, the reason and
// what to do, with exit code 1.
#include "cli/bylineprocess.h"
#include "faultplan.h"
#include "fulldisk.h"
#include "ui/testfiles.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

const QString reviewed = QStringLiteral(BYLINE_TEST_DATA "/review/reviewed-column.md");

QByteArray original()
{
    QFile file(reviewed);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class FaultPlanReviewTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void acceptAll_inPlace_keepsTheArticle_data();
    void acceptAll_inPlace_keepsTheArticle();
    void rejectAll_toOutput_keepsTheEarlierOutput_data();
    void rejectAll_toOutput_keepsTheEarlierOutput();
    void fullDisk_keepsTheArticle();

private:
    static void addRows();
    QTemporaryDir m_home;
};

void FaultPlanReviewTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-faultplan-review-test"));
    QVERIFY(!original().isEmpty());
}

void FaultPlanReviewTest::addRows()
{
    QTest::addColumn<QString>("fault"); // as BYLINE_WRITE_FAULTS spells it
    QTest::addColumn<QString>("reason");
    const QString ioError = QString::fromLocal8Bit(std::strerror(EIO));
    QTest::newRow("open, disk full") << QStringLiteral("open:ENOSPC") << QStringLiteral("the disk is full");
    QTest::newRow("open, permission") << QStringLiteral("open:EACCES") << QStringLiteral("permission denied");
    QTest::newRow("write, disk full") << QStringLiteral("write:ENOSPC") << QStringLiteral("the disk is full");
    QTest::newRow("write, I/O error") << QStringLiteral("write:EIO") << ioError;
    QTest::newRow("flush, disk full") << QStringLiteral("flush:ENOSPC") << QStringLiteral("the disk is full");
    QTest::newRow("commit, read-only") << QStringLiteral("commit:EROFS") << QStringLiteral("the disk is read-only");
    QTest::newRow("commit, I/O error") << QStringLiteral("commit:EIO") << ioError;
}

void FaultPlanReviewTest::acceptAll_inPlace_keepsTheArticle_data()
{
    addRows();
}

void FaultPlanReviewTest::acceptAll_inPlace_keepsTheArticle()
{
    QFETCH(QString, fault);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString article = dir.filePath(QStringLiteral("column.md"));
    write(article, original());
    const Run run = byline({QStringLiteral("review"), article, QStringLiteral("--accept-all")}, {},
                           {{QStringLiteral("BYLINE_WRITE_FAULTS"), fault + QStringLiteral(":column.md")}});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(article) && run.err.contains(reason) && saysWhatToDo(run.err), qPrintable(run.err));
    QCOMPARE(readAll(article), original());
    QCOMPARE(filesIn(dir.path()), QStringList {QStringLiteral("column.md")});
}

void FaultPlanReviewTest::rejectAll_toOutput_keepsTheEarlierOutput_data()
{
    addRows();
}

void FaultPlanReviewTest::rejectAll_toOutput_keepsTheEarlierOutput()
{
    QFETCH(QString, fault);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString article = dir.filePath(QStringLiteral("column.md"));
    const QString output = dir.filePath(QStringLiteral("clean.md"));
    write(article, original());
    const QByteArray earlier = "The clean copy of last week.\n";
    write(output, earlier);
    const Run run = byline(
        {QStringLiteral("review"), article, QStringLiteral("--reject-all"), QStringLiteral("--output"), output}, {},
        {{QStringLiteral("BYLINE_WRITE_FAULTS"), fault + QStringLiteral(":clean.md")}});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(output) && run.err.contains(reason) && saysWhatToDo(run.err), qPrintable(run.err));
    QCOMPARE(readAll(output), earlier);
    QCOMPARE(readAll(article), original());
    QCOMPARE(filesIn(dir.path()), (QStringList {QStringLiteral("clean.md"), QStringLiteral("column.md")}));
}

void FaultPlanReviewTest::fullDisk_keepsTheArticle()
{
    FullDisk disk;
    REQUIRE_FULL_DISK(disk);
    const QString article = disk.filePath(QStringLiteral("column.md"));
    write(article, original());
    disk.fill();
    const Run run = byline({QStringLiteral("review"), article, QStringLiteral("--accept-all")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(article) && run.err.contains(QStringLiteral("the disk is full")) && saysWhatToDo(run.err),
             qPrintable(run.err));
    QCOMPARE(readAll(article), original());
    disk.makeRoom();
    // With room again, the same command does it.
    const Run again = byline({QStringLiteral("review"), article, QStringLiteral("--accept-all")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(!readAll(article).contains("{--"));
}

QTEST_MAIN(FaultPlanReviewTest)
#include "faultplan_review_test.moc"
