#include "generatedlibrary.h"
#include "testfiles.h"

#include <i18n/translations.h>
#include <ui/library/librarymodel.h>
#include <ui/library/librarypanel.h>
#include <ui/library/libraryservice.h>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Byline::WidgetUi;

namespace {

bool corpusPresent()
{
    return QFileInfo(QStringLiteral(BYLINE_CORPUS_DIR)).isDir();
}

} // namespace

// The library's sidebar over its service: listing, the filter row, searching with the state line,
// and following the folder. A library the test writes serves every test but the one on the real
// go-blog corpus, which skips when the corpus is not beside the sources. The service on its own,
// in libraryservice_test.
class LibraryPanelTest final
    : public QObject
    , private TestLibraryFolders
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void goBlog_listsSearchesAndOpensAtTheMatch();
    void generatedLibrary_listsSearchesAndOpensAtTheMatch();
    void stateLine_countsMatchesInTheSingularAndThePlural();
    void filterRow_narrowsTableAndSearch();
    void watcher_followsTheFolder();
    void model_marksArticlesUnderReview();
    void model_takesTheSameArticlesAgainRowByRow_andShowsSyncMarks();
};

void LibraryPanelTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // English, with its plural forms ("1 match.", "3 matches."), as the program starts without a
    // translation of the user's language.
    Byline::Core::Translations::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

void LibraryPanelTest::init()
{
    newLibrary();
}

void LibraryPanelTest::goBlog_listsSearchesAndOpensAtTheMatch()
{
    if (!corpusPresent())
        QSKIP("The go-blog corpus is not at BYLINE_CORPUS_DIR (" BYLINE_CORPUS_DIR
              "); generatedLibrary_listsSearchesAndOpensAtTheMatch covers the same ground on a library of its own.");
    LibraryService service;
    LibraryPanel panel(service);
    panel.resize(420, 700);
    panel.show();
    service.setFolder(QStringLiteral(BYLINE_CORPUS_DIR), database(QStringLiteral("go")));
    // listed off the UI thread: by file name while a new index is read, then with their metadata
    QVERIFY(panel.files().isEmpty());
    QTRY_COMPARE(panel.files().size(), 338);
    QTRY_VERIFY_WITH_TIMEOUT(service.isIndexed(), indexTimeoutMs);
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

void LibraryPanelTest::generatedLibrary_listsSearchesAndOpensAtTheMatch()
{
    writeGeneratedLibrary(m_library->path());
    LibraryService service;
    LibraryPanel panel(service);
    panel.resize(420, 700);
    panel.show();
    service.setFolder(m_library->path(), database(QStringLiteral("generated")));
    // listed off the UI thread: by file name while a new index is read, then with their metadata
    QVERIFY(panel.files().isEmpty());
    QTRY_COMPARE(panel.files().size(), generatedCount);
    QTRY_VERIFY_WITH_TIMEOUT(service.isIndexed(), indexTimeoutMs);
    QTRY_COMPARE(panel.table()->model()->rowCount(), generatedCount);
    QCOMPARE(panel.stateText(), QStringLiteral("40 articles"));
    QVERIFY(panel.files().contains(m_library->filePath(QStringLiteral("archive/column-20.md"))));

    QSignalSpy opened(&panel, &LibraryPanel::matchActivated);
    QTest::keyClicks(panel.searchBox(), QStringLiteral("lighthouse keeper"));
    QTRY_VERIFY(panel.results()->isVisible() && panel.results()->count() > 0);
    QCOMPARE(panel.results()->count(), 1);
    QCOMPARE(panel.results()->item(0)->text(), QStringLiteral("Column 07"));
    QCOMPARE(panel.resultFiles(), QStringList {m_library->filePath(QStringLiteral("column-07.md"))});
    QTest::keyClick(panel.searchBox(), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), m_library->filePath(QStringLiteral("column-07.md")));
    QCOMPARE(opened.at(0).at(1).toString().toLower(), QStringLiteral("lighthouse"));

    // hostile text is a query like any other
    panel.searchBox()->setText(QStringLiteral("\"c++ OR ("));
    QTest::keyClick(panel.searchBox(), Qt::Key_Return);
    QTRY_VERIFY(panel.stateText().contains(QLatin1String("match")));
    panel.searchBox()->clear();
    QTRY_VERIFY(panel.table()->isVisible());
    QCOMPARE(panel.stateText(), QStringLiteral("40 articles")); // the library again, not the last search
    QVERIFY(panel.resultFiles().isEmpty());
}

void LibraryPanelTest::stateLine_countsMatchesInTheSingularAndThePlural()
{
    LibraryService service;
    LibraryPanel panel(service);
    panel.show();
    openGenerated(service);
    QTRY_COMPARE(panel.table()->model()->rowCount(), generatedCount);

    panel.searchBox()->setText(QStringLiteral("lighthouse"));
    QTRY_COMPARE(panel.results()->count(), 1);
    QCOMPARE(panel.stateText(), QStringLiteral("1 match."));

    panel.searchBox()->setText(QStringLiteral("harbour"));
    QTRY_COMPARE(panel.results()->count(), 3);
    QCOMPARE(panel.stateText(), QStringLiteral("3 matches."));

    panel.searchBox()->setText(QStringLiteral("paper"));
    QTRY_COMPARE(panel.results()->count(), generatedCount);
    QCOMPARE(panel.stateText(), QStringLiteral("40 matches."));

    panel.searchBox()->setText(QStringLiteral("submarine"));
    QTRY_COMPARE(panel.stateText(), QStringLiteral("No articles match."));
    QCOMPARE(panel.results()->count(), 0);
}

void LibraryPanelTest::filterRow_narrowsTableAndSearch()
{
    write(m_library->filePath(QStringLiteral("a.md")),
          "---\ntitle: Harbour\nstatus: draft\ntags: [sea]\n---\n\ntides\n");
    write(m_library->filePath(QStringLiteral("b.md")), "---\ntitle: Ferry\nstatus: published\n---\n\ntides\n");
    LibraryService service;
    LibraryPanel panel(service);
    panel.show();
    service.setFolder(m_library->path(), database(QStringLiteral("filters")));
    QTRY_VERIFY(service.isIndexed());
    QTRY_COMPARE(panel.table()->model()->rowCount(), 2);
    QComboBox *status = panel.statusFilter();
    const int draft = status->findData(QStringLiteral("draft"));
    QVERIFY(draft > 0);
    status->setCurrentIndex(draft);
    Q_EMIT status->activated(draft);
    QCOMPARE(panel.table()->model()->rowCount(), 1);
    QCOMPARE(panel.files(), QStringList {m_library->filePath(QStringLiteral("a.md"))});
    QTest::keyClicks(panel.searchBox(), QStringLiteral("tides"));
    QTRY_COMPARE(panel.results()->count(), 1);
    QCOMPARE(panel.results()->item(0)->text(), QStringLiteral("Harbour"));
}

void LibraryPanelTest::watcher_followsTheFolder()
{
    write(m_library->filePath(QStringLiteral("a.md")), "# First\n\nwords\n");
    LibraryService service;
    LibraryPanel panel(service);
    service.setFolder(m_library->path(), database(QStringLiteral("watch")));
    QTRY_VERIFY(service.isIndexed());
    QSignalSpy updates(&service, &LibraryService::updated);
    write(m_library->filePath(QStringLiteral("b.md")), "# Second arrives\n\nlighthouse\n");
    QTRY_COMPARE_WITH_TIMEOUT(panel.table()->model()->rowCount(), 2, 10000);
    QVERIFY(QFile::remove(m_library->filePath(QStringLiteral("a.md"))));
    QTRY_COMPARE_WITH_TIMEOUT(panel.table()->model()->rowCount(), 1, 10000);
    QTest::keyClicks(panel.searchBox(), QStringLiteral("lighthouse"));
    QTRY_COMPARE(panel.results()->count(), 1);
    QVERIFY(updates.size() >= 2);
}

void LibraryPanelTest::model_marksArticlesUnderReview()
{
    LibraryModel model;
    Byline::Core::ArticleSummary marked;
    marked.path = QStringLiteral("marked.md");
    marked.title = QStringLiteral("Marked");
    marked.suggestions = 3;
    marked.comments = 1;
    Byline::Core::ArticleSummary clean;
    clean.path = QStringLiteral("clean.md");
    clean.title = QStringLiteral("Clean");
    model.setArticles({marked, clean});
    QCOMPARE(model.index(0, LibraryModel::Title).data().toString(), QStringLiteral("✎ Marked"));
    QVERIFY(model.index(0, LibraryModel::Title)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Under review: 3")));
    QCOMPARE(model.index(1, LibraryModel::Title).data().toString(), QStringLiteral("Clean"));
    QVERIFY(!model.index(1, LibraryModel::Title).data(Qt::ToolTipRole).toString().contains(QStringLiteral("review")));
    QCOMPARE(model.index(0, LibraryModel::Title).data(LibraryModel::SortRole).toString(), QStringLiteral("marked"));
}

void LibraryPanelTest::model_takesTheSameArticlesAgainRowByRow_andShowsSyncMarks()
{
    LibraryModel model;
    QList<Byline::Core::ArticleSummary> articles;
    for (const char *name : {"a.md", "b.md", "c.md"}) {
        Byline::Core::ArticleSummary article;
        article.path = QLatin1String(name);
        article.title = QString::fromLatin1(name).toUpper();
        articles.append(article);
    }
    model.setArticles(articles);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // The same articles, one of them saved: that row changes, the table is not rebuilt.
    articles[1].words = 42;
    model.setArticles(articles);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), 1);
    QCOMPARE(model.index(1, LibraryModel::Words).data().toString(), QStringLiteral("42"));
    // Another article: rebuilt.
    articles.removeLast();
    model.setArticles(articles);
    QCOMPARE(reset.count(), 1);

    model.setSyncMarks({{QStringLiteral("b.md"), {QStringLiteral("↑"), QStringLiteral("changed here")}}});
    QCOMPARE(model.index(1, LibraryModel::Title).data().toString(), QStringLiteral("↑ B.MD"));
    QCOMPARE(model.index(1, LibraryModel::Sync).data().toString(), QStringLiteral("changed here"));
    QVERIFY(
        model.index(1, LibraryModel::Title).data(Qt::ToolTipRole).toString().contains(QStringLiteral("changed here")));
    QCOMPARE(model.index(0, LibraryModel::Sync).data().toString(), QString());
    QCOMPARE(model.headerData(LibraryModel::Sync, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Sync"));
}

QTEST_MAIN(LibraryPanelTest)
#include "librarypanel_test.moc"
