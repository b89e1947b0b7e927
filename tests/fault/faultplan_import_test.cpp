#include "faultplan.h"

#include <QTemporaryDir>

#include <docx/docxreader.h>

using Byline::Core::DocxReader;

// A Word document's import (`byline import`, File ▸ Import Word Document…) writes its images,
// then the article, with each fault of AtomicFile's plan: the write fails with the file, the
// reason and what to do, no temporary file is left, and nothing of the import stays: an article
// whose image could not be written is not written (it would name a picture that is not there),
// and images whose article could not be written are taken back.
class FaultPlanImportTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { clearFaults(); }

    void article_data() { addFaultRows(); }
    void article()
    {
        QFETCH(FaultStage, stage);
        QFETCH(int, error);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("imported/column.md"));
        QVERIFY(QDir().mkpath(QFileInfo(target).path()));
        injectFault(stage, error, QStringLiteral("column.md"));

        QString message;
        QVERIFY(!DocxReader::write(imported(), target, &message));
        QVERIFY2(message.contains(target) && message.contains(reason) && saysWhatToDo(message), qPrintable(message));
        QVERIFY(!QFileInfo::exists(target));
        // The image written before it is taken back, with the folder made for it.
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("imported/column-images"))));
        if (stage != FaultStage::Vanish)
            QCOMPARE(filesIn(QFileInfo(target).path()), QStringList());
    }

    void image_data() { addFaultRows(); }
    void image()
    {
        QFETCH(FaultStage, stage);
        QFETCH(int, error);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("column.md"));
        injectFault(stage, error, QStringLiteral("column-images/"));

        QString message;
        QVERIFY(!DocxReader::write(imported(), target, &message));
        QVERIFY2(message.contains(QLatin1String("image1.png")) && message.contains(reason) && saysWhatToDo(message),
                 qPrintable(message));
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(filesIn(dir.path()), QStringList());
        if (stage != FaultStage::Vanish)
            QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("column-images"))));
    }

private:
    // What reading a document with one picture gives.
    static DocxReader::Result imported()
    {
        DocxReader::Result read;
        read.text = QStringLiteral("---\ntitle: Column\n---\n\n![The bus](column-images/image1.png)\n");
        read.images.append({QStringLiteral("image1.png"), QByteArray("\x89PNG\r\n\x1a\n", 8)});
        return read;
    }
};

QTEST_GUILESS_MAIN(FaultPlanImportTest)
#include "faultplan_import_test.moc"
