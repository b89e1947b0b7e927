#include "testfiles.h"

#include <library/librarypanel.h>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Byline::WidgetUi;

class LibraryPanelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void goBlog_listsSearchesAndOpensAtTheMatch();
    void filterRow_narrowsTableAndSearch();
    void watcher_followsTheFolder();

private:
    QTemporaryDir m_cache;
};

void LibraryPanelTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void LibraryPanelTest::goBlog_listsSearchesAndOpensAtTheMatch()
{
    LibraryPanel panel;
    panel.resize(420, 700);
    panel.show();
    panel.setFolder(QStringLiteral(BYLINE_CORPUS_DIR), m_cache.filePath(QStringLiteral("go.sqlite")));
    // listed off the UI thread: by file name while a new index is read, then with their metadata
    QVERIFY(panel.files().isEmpty());
    QTRY_COMPARE(panel.files().size(), 338);
    QTRY_VERIFY_WITH_TIMEOUT(panel.isIndexed(), 20000);
    QTRY_COMPARE(panel.table()->model()->rowCount(), 338);
    QVERIFY(panel.stateText().contains(QLatin1String("338")));

    QSignalSpy opened(&panel, &LibraryPanel::matchActivated);
    QTest::keyClicks(panel.searchBox(), QStringLiteral("concurrency patterns"));
    QTRY_VERIFY(panel.results()->isVisible() && panel.results()->count() > 0);
    QCOMPARE(panel.results()->item(0)->text(), QStringLiteral("Advanced Go Concurrency Patterns"));
    QTest::keyClick(panel.searchBox(), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(),
             QDir::cleanPath(QStringLiteral(BYLINE_CORPUS_DIR "/io2013-talk-concurrency.md")));
    QCOMPARE(opened.at(0).at(1).toString().toLower(), QStringLiteral("concurrency"));

    // hostile text is a query like any other
    panel.searchBox()->setText(QStringLiteral("\"c++ OR ("));
    QTest::keyClick(panel.searchBox(), Qt::Key_Return);
    QTRY_VERIFY(panel.stateText().contains(QLatin1String("match")));
    panel.searchBox()->clear();
    QTRY_VERIFY(panel.table()->isVisible());
    QCOMPARE(panel.stateText(), QStringLiteral("338 articles")); // the library again, not the last search
}

void LibraryPanelTest::filterRow_narrowsTableAndSearch()
{
    QTemporaryDir library;
    write(library.filePath(QStringLiteral("a.md")), "---\ntitle: Harbour\nstatus: draft\ntags: [sea]\n---\n\ntides\n");
    write(library.filePath(QStringLiteral("b.md")), "---\ntitle: Ferry\nstatus: published\n---\n\ntides\n");
    LibraryPanel panel;
    panel.show();
    panel.setFolder(library.path(), m_cache.filePath(QStringLiteral("filters.sqlite")));
    QTRY_VERIFY(panel.isIndexed());
    QTRY_COMPARE(panel.table()->model()->rowCount(), 2);
    QComboBox *status = panel.statusFilter();
    const int draft = status->findData(QStringLiteral("draft"));
    QVERIFY(draft > 0);
    status->setCurrentIndex(draft);
    Q_EMIT status->activated(draft);
    QCOMPARE(panel.table()->model()->rowCount(), 1);
    QCOMPARE(panel.files(), QStringList {library.filePath(QStringLiteral("a.md"))});
    QTest::keyClicks(panel.searchBox(), QStringLiteral("tides"));
    QTRY_COMPARE(panel.results()->count(), 1);
    QCOMPARE(panel.results()->item(0)->text(), QStringLiteral("Harbour"));
}

void LibraryPanelTest::watcher_followsTheFolder()
{
    QTemporaryDir library;
    write(library.filePath(QStringLiteral("a.md")), "# First\n\nwords\n");
    LibraryPanel panel;
    panel.setFolder(library.path(), m_cache.filePath(QStringLiteral("watch.sqlite")));
    QTRY_VERIFY(panel.isIndexed());
    QSignalSpy updates(&panel, &LibraryPanel::indexUpdated);
    write(library.filePath(QStringLiteral("b.md")), "# Second arrives\n\nlighthouse\n");
    QTRY_COMPARE_WITH_TIMEOUT(panel.table()->model()->rowCount(), 2, 10000);
    QVERIFY(QFile::remove(library.filePath(QStringLiteral("a.md"))));
    QTRY_COMPARE_WITH_TIMEOUT(panel.table()->model()->rowCount(), 1, 10000);
    QTest::keyClicks(panel.searchBox(), QStringLiteral("lighthouse"));
    QTRY_COMPARE(panel.results()->count(), 1);
    QVERIFY(updates.size() >= 2);
}

QTEST_MAIN(LibraryPanelTest)
#include "librarypanel_test.moc"
