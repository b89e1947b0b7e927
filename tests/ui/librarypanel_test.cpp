#include "testfiles.h"

#include <i18n/translations.h>
#include <library/libraryworker.h>
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

#include <algorithm>

using namespace Byline::WidgetUi;
using Byline::Core::ArticleSummary;
using Byline::Core::IndexReport;
using Byline::Core::SearchHit;

namespace {

constexpr int generatedCount = 40;
constexpr int indexTimeoutMs = 20000;

// The name of the generated article `number` (1 to 40), relative to its library: every tenth in
// the `archive` folder, the others at the top.
QString generatedName(int number)
{
    const QString name = QStringLiteral("column-%1.md").arg(number, 2, 10, QLatin1Char('0'));
    return number % 10 == 0 ? QStringLiteral("archive/") + name : name;
}

// A library the test writes itself, in place of the go-blog corpus: 40 columns with front matter
// (title "Column NN", two authors, the three statuses in turn, tags), all mentioning "paper";
// "lighthouse" is in column 7 alone, "harbour" in columns 3, 14 and 25.
void writeGeneratedLibrary(const QString &folder)
{
    static const QStringList statuses
        = {QStringLiteral("draft"), QStringLiteral("review"), QStringLiteral("published")};
    for (int number = 1; number <= generatedCount; ++number) {
        QByteArray body = "Notes for week " + QByteArray::number(number) + " on the desk, in ink and on paper.\n";
        if (number == 7)
            body += "\nThe lighthouse keeper kept the lamp burning all night.\n";
        if (number == 3 || number == 14 || number == 25)
            body += "\nThe harbour was calm at dawn.\n";
        const QByteArray text = "---\ntitle: Column " + QByteArray::number(number).rightJustified(2, '0')
            + "\nauthor: " + (number % 2 == 0 ? "Ann Lee" : "Ben Ross") + "\ndate: 2025-"
            + QByteArray::number(1 + number % 12).rightJustified(2, '0') + "-"
            + QByteArray::number(1 + number % 28).rightJustified(2, '0') + "\nstatus: "
            + statuses.at(number % 3).toUtf8() + "\ntags: [" + (number % 4 == 0 ? "sea" : "land") + "]\n---\n\n" + body;
        write(QDir(folder).filePath(generatedName(number)), text);
    }
}

bool corpusPresent()
{
    return QFileInfo(QStringLiteral(BYLINE_CORPUS_DIR)).isDir();
}

} // namespace

// The library as a service (index thread, watcher) and as the sidebar that shows it: listing,
// the filter row, searching with the state line, and following the folder. A library the test
// writes serves every test but the one on the real go-blog corpus, which skips when the corpus
// is not beside the sources.
class LibraryPanelTest final : public QObject
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
    void service_setFolder_announcesTheFolderListsAndIndexes();
    void service_search_answersWithItsNumberAndTheHits();
    void service_refreshFiles_readsAChangedFileAtOnce();
    void service_watcher_picksUpAFileAnotherProgramAdds();
    void service_watcher_picksUpAFileAddedToANewFolderLater();
    void service_watcher_picksUpAFileChangedInPlace();

private:
    // A library of 40 generated columns, with its index in the test's cache.
    void openGenerated(LibraryService &service);
    QString database(const QString &name) const { return m_cache.filePath(name + QStringLiteral(".sqlite")); }

    QTemporaryDir m_cache;
    std::unique_ptr<QTemporaryDir> m_library;
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
    m_library = std::make_unique<QTemporaryDir>();
    QVERIFY(m_library->isValid());
}

void LibraryPanelTest::openGenerated(LibraryService &service)
{
    writeGeneratedLibrary(m_library->path());
    service.setFolder(m_library->path(), database(QString::fromLatin1(QTest::currentTestFunction())));
    QTRY_VERIFY_WITH_TIMEOUT(service.isIndexed(), indexTimeoutMs);
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

void LibraryPanelTest::service_setFolder_announcesTheFolderListsAndIndexes()
{
    writeGeneratedLibrary(m_library->path());
    LibraryService service;
    QVERIFY(service.folder().isEmpty());
    QSignalSpy folderChanged(&service, &LibraryService::folderChanged);
    QSignalSpy listed(&service, &LibraryService::listed);
    QSignalSpy updated(&service, &LibraryService::updated);
    QSignalSpy failed(&service, &LibraryService::failed);
    // A relative path becomes the absolute folder.
    const QString relative = QDir::current().relativeFilePath(m_library->path());
    service.setFolder(relative, database(QStringLiteral("service")));
    QCOMPARE(folderChanged.size(), 1); // at once, before anything is read
    QCOMPARE(folderChanged.constFirst().constFirst().toString(), m_library->path());
    QCOMPARE(service.folder(), m_library->path());
    QVERIFY(!service.isIndexed());
    QVERIFY(listed.isEmpty()); // listing runs on the index's thread

    QVERIFY(updated.wait(indexTimeoutMs));
    QVERIFY(service.isIndexed());
    QVERIFY(failed.isEmpty());
    const auto report = updated.constFirst().constFirst().value<IndexReport>();
    QCOMPARE(report.indexed, generatedCount);
    QVERIFY(report.failed.isEmpty());
    // A new index lists the files by name first, then with what they say about themselves.
    QVERIFY(listed.size() >= 2);
    const auto byName = listed.constFirst().at(0).value<QList<ArticleSummary>>();
    QCOMPARE(byName.size(), generatedCount);
    const auto articles = listed.constLast().at(0).value<QList<ArticleSummary>>();
    QCOMPARE(articles.size(), generatedCount);
    QCOMPARE(listed.constLast().at(1).toStringList(), (QStringList {QString(), QStringLiteral("archive")}));
    QCOMPARE(service.articles().size(), generatedCount);
    QCOMPARE(service.folders(), (QStringList {QString(), QStringLiteral("archive")}));
    const auto seventh = std::find_if(articles.cbegin(), articles.cend(),
                                      [](const ArticleSummary &a) { return a.path == QLatin1String("column-07.md"); });
    QVERIFY(seventh != articles.cend());
    QCOMPARE(seventh->title, QStringLiteral("Column 07"));
    QCOMPARE(seventh->author, QStringLiteral("Ben Ross"));
    QCOMPARE(service.statusOf(m_library->filePath(QStringLiteral("column-07.md"))), QStringLiteral("review"));
    QCOMPARE(service.statusOf(m_library->filePath(QStringLiteral("archive/column-30.md"))), QStringLiteral("draft"));
    QCOMPARE(service.statusOf(m_library->filePath(QStringLiteral("missing.md"))), QString());
    QCOMPARE(service.absolute(QStringLiteral("archive/column-10.md")),
             m_library->filePath(QStringLiteral("archive/column-10.md")));

    // Another library: announced, and nothing of the first is kept.
    QTemporaryDir other;
    write(other.filePath(QStringLiteral("only.md")), "# Only\n\nOne article.\n");
    listed.clear();
    service.setFolder(other.path(), database(QStringLiteral("service-other")));
    QCOMPARE(folderChanged.size(), 2);
    QCOMPARE(folderChanged.constLast().constFirst().toString(), other.path());
    QVERIFY(service.articles().isEmpty());
    QVERIFY(service.folders().isEmpty());
    QVERIFY(service.statusOf(m_library->filePath(QStringLiteral("column-07.md"))).isEmpty());
    QVERIFY(!service.isIndexed());
    QTRY_VERIFY_WITH_TIMEOUT(service.isIndexed(), indexTimeoutMs);
    QCOMPARE(service.articles().size(), 1);
    QCOMPARE(service.articles().constFirst().path, QStringLiteral("only.md"));
}

void LibraryPanelTest::service_search_answersWithItsNumberAndTheHits()
{
    LibraryService service;
    openGenerated(service);
    QSignalSpy searched(&service, &LibraryService::searched);
    const quint64 harbour = service.search(QStringLiteral("harbour"), 50);
    QVERIFY(searched.isEmpty()); // the search runs on the index's thread
    QVERIFY(searched.wait());
    QCOMPARE(searched.constFirst().at(0).value<quint64>(), harbour);
    const auto hits = searched.constFirst().at(1).value<QList<SearchHit>>();
    QStringList found;
    for (const SearchHit &hit : hits) {
        found.append(hit.article.path);
        QVERIFY2(hit.snippet.contains(QLatin1String("<mark>")), qPrintable(hit.snippet));
        QCOMPARE(hit.firstMatch.toLower(), QStringLiteral("harbour"));
    }
    found.sort();
    QCOMPARE(
        found,
        (QStringList {QStringLiteral("column-03.md"), QStringLiteral("column-14.md"), QStringLiteral("column-25.md")}));
    QVERIFY(searched.constFirst().at(2).toStringList().isEmpty());

    // Filters, and a limit; each search carries a number of its own.
    searched.clear();
    const quint64 drafts = service.search(QStringLiteral("paper status:draft author:\"Ann Lee\""), 5);
    QVERIFY(drafts > harbour);
    QVERIFY(searched.wait());
    QCOMPARE(searched.constFirst().at(0).value<quint64>(), drafts);
    const auto limited = searched.constFirst().at(1).value<QList<SearchHit>>();
    QCOMPARE(limited.size(), 5);
    for (const SearchHit &hit : limited) {
        QCOMPARE(hit.article.status, QStringLiteral("draft"));
        QCOMPARE(hit.article.author, QStringLiteral("Ann Lee"));
    }

    searched.clear();
    service.search(QStringLiteral("submarine"), 50);
    QVERIFY(searched.wait());
    QVERIFY(searched.constFirst().at(1).value<QList<SearchHit>>().isEmpty());
}

void LibraryPanelTest::service_refreshFiles_readsAChangedFileAtOnce()
{
    LibraryService service;
    openGenerated(service);
    const QString seventh = m_library->filePath(QStringLiteral("column-07.md"));
    QCOMPARE(service.statusOf(seventh), QStringLiteral("review"));
    QSignalSpy listed(&service, &LibraryService::listed);
    QSignalSpy updated(&service, &LibraryService::updated);
    write(seventh, "---\ntitle: Column 07, rewritten\nstatus: published\n---\n\nThe lighthouse went dark.\n");
    service.refreshFiles({seventh});
    QVERIFY(updated.wait());
    const auto report = updated.constFirst().constFirst().value<IndexReport>();
    QCOMPARE(report.updated, 1);
    QVERIFY(!listed.isEmpty()); // listed again, with what changed
    QCOMPARE(service.statusOf(seventh), QStringLiteral("published"));
    QCOMPARE(service.articles().size(), generatedCount);

    QSignalSpy searched(&service, &LibraryService::searched);
    service.search(QStringLiteral("lighthouse"), 50);
    QVERIFY(searched.wait());
    const auto hits = searched.constFirst().at(1).value<QList<SearchHit>>();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.constFirst().article.title, QStringLiteral("Column 07, rewritten"));

    // A file gone is gone from the list (the folder's watch may report it too).
    updated.clear();
    QVERIFY(QFile::remove(seventh));
    service.refreshFiles({seventh});
    QTRY_VERIFY(std::any_of(updated.cbegin(), updated.cend(), [](const QList<QVariant> &signal) {
        return signal.constFirst().value<IndexReport>().removed == 1;
    }));
    QCOMPARE(service.articles().size(), generatedCount - 1);
    QCOMPARE(service.statusOf(seventh), QString());
}

void LibraryPanelTest::service_watcher_picksUpAFileAnotherProgramAdds()
{
    LibraryService service;
    openGenerated(service);
    QSignalSpy listed(&service, &LibraryService::listed);
    // Written by another program: Byline is not told, the folder's watcher sees it.
    const QString added = m_library->filePath(QStringLiteral("archive/visitor.md"));
    write(added, "---\ntitle: A Visitor\nstatus: approved\n---\n\nThe submarine surfaced.\n");
    QTRY_COMPARE_WITH_TIMEOUT(service.articles().size(), generatedCount + 1, 10000);
    QVERIFY(!listed.isEmpty());
    QCOMPARE(service.statusOf(added), QStringLiteral("approved"));
    QVERIFY(service.isIndexed());

    QSignalSpy searched(&service, &LibraryService::searched);
    service.search(QStringLiteral("submarine"), 50);
    QVERIFY(searched.wait());
    const auto hits = searched.constFirst().at(1).value<QList<SearchHit>>();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.constFirst().article.path, QStringLiteral("archive/visitor.md"));
}

void LibraryPanelTest::service_watcher_picksUpAFileAddedToANewFolderLater()
{
    LibraryService service;
    openGenerated(service);
    QSignalSpy updated(&service, &LibraryService::updated);
    // A folder made by the file manager, empty: the index has nothing to list in it.
    QVERIFY(QDir(m_library->path()).mkdir(QStringLiteral("drafts")));
    QVERIFY(updated.wait(10000));
    QCOMPARE(service.articles().size(), generatedCount);
    // An article saved into it by another program afterwards.
    const QString added = m_library->filePath(QStringLiteral("drafts/later.md"));
    write(added, "---\ntitle: Later\nstatus: draft\n---\n\nWritten elsewhere.\n");
    QTRY_COMPARE_WITH_TIMEOUT(service.articles().size(), generatedCount + 1, 10000);
    QCOMPARE(service.statusOf(added), QStringLiteral("draft"));
    QVERIFY(service.folders().contains(QStringLiteral("drafts")));
}

void LibraryPanelTest::service_watcher_picksUpAFileChangedInPlace()
{
    LibraryService service;
    openGenerated(service);
    const QString seventh = m_library->filePath(QStringLiteral("column-07.md"));
    // Rewritten where it is (not saved by renaming), as some editors and scripts do.
    write(seventh, "---\ntitle: Column 07\nstatus: published\n---\n\nChanged in place.\n");
    QTRY_COMPARE_WITH_TIMEOUT(service.statusOf(seventh), QStringLiteral("published"), 10000);
}

QTEST_MAIN(LibraryPanelTest)
#include "librarypanel_test.moc"
