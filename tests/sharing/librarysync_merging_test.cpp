// What two writers' changes to one library become: merged by words, conflicts as suggestions signed by
// both, deletes and renames against edits, and the history of each article.
#include "twowriters.h"

#include <QTest>

class LibrarySyncMergingTest final : public QObject
{
    Q_OBJECT

    TwoWriters w;

private Q_SLOTS:
    void initTestCase() { w.setUpHome(); }
    void init() { w.setUp(); }

    void share_thenClone_giveTheSameArticles_underAMessageNamingThem()
    {
        const QStringList names = QDir(w.columnist).entryList({QStringLiteral("*.md")});
        QCOMPARE(names.size(), 4);
        QCOMPARE(QDir(w.editor).entryList({QStringLiteral("*.md")}), names);
        for (const QString &name : names)
            QCOMPARE(readFile(w.eds(name)), readFile(w.mayas(name)));
        const QString subject
            = git(w.remote, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%an|%ae|%s")});
        QVERIFY2(subject.startsWith(QStringLiteral("Maya Okafor|maya@courier.example|Maya Okafor: 4 ")),
                 qPrintable(subject));
        QVERIFY2(subject.contains(QStringLiteral("The Last Bus Home (draft)")), qPrintable(subject));
        QVERIFY2(subject.contains(QStringLiteral("Libraries After Dark (review)")), qPrintable(subject));
        // Nothing to do is nothing done.
        const SyncReport again = w.syncEditor();
        QVERIFY(again.ok());
        QVERIFY(again.sent.isEmpty() && again.received.isEmpty() && again.changedOnDisk.isEmpty());
    }

    void differentParagraphs_merge()
    {
        edit(w.mayas(bus), lede, QStringLiteral("it is the most honest room in the whole city."));
        edit(w.eds(bus), QStringLiteral("has her shoes in her lap."), QStringLiteral("has her shoes on her lap."));
        QVERIFY(w.syncColumnist().ok());
        const SyncReport report = w.syncEditor();
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.merged, QStringList {bus});
        QVERIFY(report.changedOnDisk.contains(w.eds(bus)));
        const QString merged = readFile(w.eds(bus));
        QVERIFY(merged.contains(QStringLiteral("most honest room in the whole city.")));
        QVERIFY(merged.contains(QStringLiteral("has her shoes on her lap.")));
        QVERIFY(w.syncColumnist().ok());
        QCOMPARE(readFile(w.mayas(bus)), merged);
    }

    void differentSentencesOfOneParagraph_merge_whereGitsLineMergeConflicts()
    {
        const QString first = QStringLiteral("The nurse coming off a double shift");
        const QString second = QStringLiteral("Two students argue, gently,");
        edit(w.mayas(bus), first, QStringLiteral("The nurse coming off a long double shift"));
        edit(w.eds(bus), second, QStringLiteral("Two students argue, quietly,"));
        QVERIFY(w.syncColumnist().ok());
        const SyncReport report = w.syncEditor();
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.exitCode(), 0);
        QVERIFY(report.suggestions.isEmpty());
        const QString merged = readFile(w.eds(bus));
        QVERIFY(merged.contains(QStringLiteral("The nurse coming off a long double shift")));
        QVERIFY(merged.contains(QStringLiteral("Two students argue, quietly,")));
        QVERIFY(!merged.contains(QStringLiteral("<<<<<<<")) && !merged.contains(QStringLiteral("{~~")));

        // git's own merge of the same two commits calls the paragraph a conflict.
        int code = 0;
        git(w.editor,
            {QStringLiteral("merge-tree"), QStringLiteral("--write-tree"), QStringLiteral("HEAD^1"),
             QStringLiteral("HEAD^2")},
            &code);
        QCOMPARE(code, 1);
    }

    void theSameWords_becomeSuggestionsSignedByBoth_andBothVersionsStayInHistory()
    {
        edit(w.mayas(bus), lede, QStringLiteral("it is the most candid room in the city."));
        edit(w.eds(bus), lede, QStringLiteral("it is the most unguarded room in the city."));
        QVERIFY(w.syncEditor().ok());
        const SyncReport report = w.syncColumnist();
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.exitCode(), 1);
        QCOMPARE(report.suggestions, QStringList {bus});
        const QString merged = readFile(w.mayas(bus));
        QVERIFY(!merged.contains(QStringLiteral("<<<<<<<")) && !merged.contains(QStringLiteral(">>>>>>>")));
        const Review review = Review::read(merged);
        QCOMPARE(review.items().size(), 1);
        const Review::Item &item = review.items().constFirst();
        QVERIFY(item.isBy(ed.name));
        QCOMPARE(item.comments.size(), 1);
        QCOMPARE(item.comments.constFirst().by.reviewer, maya.name);
        QVERIFY(decidedAll(merged, ReviewEdits::Decision::Accept).contains(QStringLiteral("most unguarded room")));
        QVERIFY(decidedAll(merged, ReviewEdits::Decision::Reject).contains(QStringLiteral("most candid room")));
        // Both wordings are commits of the library's history.
        const QString log = git(
            w.columnist,
            {QStringLiteral("log"), QStringLiteral("-p"), QStringLiteral("--format=%an"), QStringLiteral("--"), bus});
        QVERIFY(log.contains(QStringLiteral("+The number 14")) && log.contains(QStringLiteral("most candid room")));
        QVERIFY(log.contains(QStringLiteral("most unguarded room")));
        // The editor receives the suggestions; the status marks the article until they are decided.
        QVERIFY(w.syncEditor().ok());
        QCOMPARE(readFile(w.eds(bus)), merged);
        const auto library = SharedLibrary::open(w.columnist, nullptr);
        QCOMPARE(library->status().articles.value(bus), SharedLibrary::State::Suggestions);
    }

    void deleteAgainstEdit_keepsTheEditedArticle_eitherWay()
    {
        const QString other = QStringLiteral("ovirt-at-last.md");
        // Maya deletes one the editor edits; the editor deletes one Maya edits.
        QVERIFY(QFile::remove(w.mayas(bus)));
        edit(w.eds(bus), lede, QStringLiteral("it is the most honest room in town."));
        const QString otherText = readFile(w.mayas(other));
        writeFile(w.mayas(other), otherText + QStringLiteral("\nA late line.\n"));
        QVERIFY(QFile::remove(w.eds(other)));
        QVERIFY(w.syncEditor().ok());
        const SyncReport report = w.syncColumnist();
        QVERIFY2(report.ok(), qPrintable(report.error));
        QVERIFY(readFile(w.mayas(bus)).contains(QStringLiteral("most honest room in town.")));
        QVERIFY(readFile(w.mayas(other)).endsWith(QStringLiteral("A late line.\n")));
        QCOMPARE(report.notes.size(), 2);
        QVERIFY(report.notes.join(QLatin1Char('\n')).contains(bus));
        QVERIFY(report.notes.join(QLatin1Char('\n')).contains(other));
        QVERIFY(w.syncEditor().ok());
        QVERIFY(QFile::exists(w.eds(bus)) && QFile::exists(w.eds(other)));
    }

    void renameAgainstEdit_carriesTheEditsToTheNewName()
    {
        const QString renamed = QStringLiteral("columns/last-bus.md");
        QDir().mkpath(w.mayas(QStringLiteral("columns")));
        QVERIFY(QFile::rename(w.mayas(bus), w.mayas(renamed)));
        edit(w.eds(bus), lede, QStringLiteral("it is the most honest room in town."));
        QVERIFY(w.syncColumnist().ok());
        const SyncReport report = w.syncEditor();
        QVERIFY2(report.ok(), qPrintable(report.error));
        QVERIFY(!QFile::exists(w.eds(bus)));
        QVERIFY(readFile(w.eds(renamed)).contains(QStringLiteral("most honest room in town.")));
        QVERIFY2(report.notes.join(QLatin1Char('\n')).contains(renamed),
                 qPrintable(report.notes.join(QLatin1Char('\n'))));
    }

    void renameAndEditAgainstEdit_mergesByWordsUnderTheNewName()
    {
        const QString renamed = QStringLiteral("last-bus.md");
        edit(w.mayas(bus), QStringLiteral("The nurse coming off a double shift"),
             QStringLiteral("The nurse coming off a long double shift"));
        QVERIFY(QFile::rename(w.mayas(bus), w.mayas(renamed)));
        edit(w.eds(bus), QStringLiteral("Two students argue, gently,"), QStringLiteral("Two students argue, quietly,"));
        QVERIFY(w.syncEditor().ok());
        const SyncReport report = w.syncColumnist();
        QVERIFY2(report.ok(), qPrintable(report.error));
        QVERIFY(!QFile::exists(w.mayas(bus)));
        const QString merged = readFile(w.mayas(renamed));
        QVERIFY(merged.contains(QStringLiteral("a long double shift")));
        QVERIFY(merged.contains(QStringLiteral("argue, quietly,")));
    }

    void gitHistory_listsWhoChangedAnArticle_whenAndWhy_acrossARename()
    {
        edit(w.eds(bus), lede, QStringLiteral("it is the most unguarded room in the city."));
        QVERIFY(w.syncEditor().ok());
        QVERIFY(w.syncColumnist().ok());
        const QString renamed = QStringLiteral("columns/last-bus.md");
        QDir().mkpath(w.mayas(QStringLiteral("columns")));
        QVERIFY(QFile::rename(w.mayas(bus), w.mayas(renamed)));
        edit(w.mayas(renamed), QStringLiteral("has her shoes in her lap."),
             QStringLiteral("has her shoes on her lap."));
        QVERIFY(w.syncColumnist().ok());

        const auto history = GitHistory::forFile(w.mayas(renamed));
        QVERIFY(history);
        const QList<Revision> revisions = ArticleHistory({history.get()}).revisions(w.mayas(renamed));
        QCOMPARE(revisions.size(), 3); // Maya's rename and edit, Ed's edit, Maya's first commit
        QCOMPARE(revisions.at(0).author, maya.name);
        QCOMPARE(revisions.at(1).author, ed.name);
        QCOMPARE(revisions.at(2).author, maya.name);
        QVERIFY(revisions.at(1).message.startsWith(QStringLiteral("Ed Brooks: 1 article")));
        QCOMPARE(revisions.at(1).source, Revision::Source::Git);
        QVERIFY(revisions.at(1).words > 150);
        QString error;
        const std::optional<QString> edsText = history->text(w.mayas(renamed), revisions.at(1).id, &error);
        QVERIFY2(edsText, qPrintable(error));
        QVERIFY(edsText->contains(QStringLiteral("most unguarded room")));
        QVERIFY(edsText->contains(QStringLiteral("shoes in her lap")));
        const std::optional<QString> first = history->text(w.mayas(renamed), revisions.at(2).id, &error);
        QVERIFY2(first, qPrintable(error));
        QVERIFY(first->contains(lede));
        QVERIFY(!GitHistory::forFile(w.dir.filePath(QStringLiteral("home/nowhere.md"))));
    }
};

QTEST_GUILESS_MAIN(LibrarySyncMergingTest)
#include "librarysync_merging_test.moc"
