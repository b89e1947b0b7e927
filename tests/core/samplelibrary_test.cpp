#include <article/articlefile.h>
#include <library/samplelibrary.h>

#include <QDir>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Byline::Core;

class SampleLibraryTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ensureInstalled_copiesEverySampleOnce();
    void ensureInstalled_neverOverwritesEdits();
    void ensureInstalled_leavesAnExistingLibraryAlone();

private:
    QTemporaryDir m_home;
};

void SampleLibraryTest::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("byline-samplelibrary-test"));
    QStandardPaths::setTestModeEnabled(true);
    // The default library is in the documents folder, which test mode does not redirect.
    qputenv("HOME", m_home.path().toUtf8());
    QVERIFY(SampleLibrary::defaultFolder().startsWith(m_home.path()));
    QVERIFY(SampleLibrary::defaultFolder().endsWith(QLatin1String("/Byline")));
}

void SampleLibraryTest::ensureInstalled_copiesEverySampleOnce()
{
    QString error;
    const QString folder = SampleLibrary::ensureInstalled(&error);
    QVERIFY2(!folder.isEmpty(), qPrintable(error));
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.md")}, QDir::Files);
    QVERIFY(files.contains(QStringLiteral("ovirt-at-last.md")));
    QVERIFY(files.size() >= 4);
    QSet<QString> statuses;
    for (const QString &file : files) {
        const LoadedArticle loaded = ArticleFile::load(QDir(folder).filePath(file));
        QVERIFY2(loaded.ok && loaded.diagnostics().isEmpty(), qPrintable(file));
        statuses.insert(loaded.article.metadata().status);
    }
    QVERIFY2(statuses.size() >= 4, "the samples show different stages of the workflow");
}

void SampleLibraryTest::ensureInstalled_neverOverwritesEdits()
{
    const QString folder = SampleLibrary::ensureInstalled();
    const QString path = QDir(folder).filePath(QStringLiteral("ovirt-at-last.md"));
    QVERIFY(ArticleFile::save(path, QStringLiteral("my edits\n")).ok);
    QCOMPARE(SampleLibrary::ensureInstalled(), folder);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("my edits\n"));
}

void SampleLibraryTest::ensureInstalled_leavesAnExistingLibraryAlone()
{
    const QString folder = SampleLibrary::ensureInstalled();
    QVERIFY(QFile::remove(QDir(folder).filePath(QStringLiteral("the-last-bus-home.md"))));
    QCOMPARE(SampleLibrary::ensureInstalled(), folder);
    QVERIFY2(!QFile::exists(QDir(folder).filePath(QStringLiteral("the-last-bus-home.md"))),
             "a sample the user deleted stays deleted");
}

QTEST_GUILESS_MAIN(SampleLibraryTest)
#include "samplelibrary_test.moc"
