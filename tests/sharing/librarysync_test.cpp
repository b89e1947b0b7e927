// Sharing a library through real git remotes: a bare repository on disk, `git daemon` and
// `git http-backend` on 127.0.0.1, and two clones, a columnist's and an editor's.
#include "gitremotes.h"

#include <QTemporaryDir>
#include <QTest>

#include <history/articlehistory.h>
#include <review/review.h>
#include <review/reviewedits.h>
#include <sharing/githistory.h>
#include <sharing/librarysync.h>

using namespace Byline::Core;
using GitRemotes::git;

namespace {

const SharingIdentity maya {QStringLiteral("Maya Okafor"), QStringLiteral("maya@courier.example")};
const SharingIdentity ed {QStringLiteral("Ed Brooks"), QStringLiteral("ed@courier.example")};

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

// Replaces `from` (which must be there once) by `to` in the file.
void edit(const QString &path, const QString &from, const QString &to)
{
    QString text = readFile(path);
    QCOMPARE(text.count(from), 1);
    writeFile(path, text.replace(from, to));
}

QString decidedAll(const QString &text, ReviewEdits::Decision decision)
{
    const Review review = Review::read(text);
    return ReviewEdits::apply(text, ReviewEdits::decideAll(text, review, decision));
}

const QString bus = QStringLiteral("the-last-bus-home.md");
const QString lede = QStringLiteral("it is the most honest room in the city.");

} // namespace

class LibrarySyncTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_remote; // the bare repository
    QString m_columnist; // Maya's library, shared first
    QString m_editor; // Ed's clone
    int m_round = 0;

    QString columnist(const QString &name) const { return QDir(m_columnist).filePath(name); }
    QString editor(const QString &name) const { return QDir(m_editor).filePath(name); }

    SyncReport syncColumnist(const SyncControl &control = {}) { return LibrarySync::sync(m_columnist, maya, control); }
    SyncReport syncEditor(const SyncControl &control = {}) { return LibrarySync::sync(m_editor, ed, control); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // No git configuration, credential helper or known host of this machine's user takes part.
        qputenv("HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("home"))));
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        QDir().mkpath(m_dir.filePath(QStringLiteral("home")));
    }

    // Each test: a fresh remote, Maya's library of the four sample columns shared to it, and
    // Ed's clone.
    void init()
    {
        const QString round = m_dir.filePath(QStringLiteral("round%1").arg(++m_round));
        m_remote = GitRemotes::bareRepository(QDir(round).filePath(QStringLiteral("remotes/library.git")));
        m_columnist = QDir(round).filePath(QStringLiteral("maya"));
        m_editor = QDir(round).filePath(QStringLiteral("ed"));
        QDir().mkpath(m_columnist);
        for (const QString &name : QDir(QStringLiteral(BYLINE_SAMPLES_DIR)).entryList({QStringLiteral("*.md")}))
            QVERIFY(QFile::copy(QDir(QStringLiteral(BYLINE_SAMPLES_DIR)).filePath(name), columnist(name)));
        const SyncReport shared = LibrarySync::share(m_columnist, m_remote, maya);
        QVERIFY2(shared.ok(), qPrintable(shared.error));
        const SyncReport cloned = LibrarySync::clone(m_remote, m_editor);
        QVERIFY2(cloned.ok(), qPrintable(cloned.error));
    }

    void share_thenClone_giveTheSameArticles_underAMessageNamingThem()
    {
        const QStringList names = QDir(m_columnist).entryList({QStringLiteral("*.md")});
        QCOMPARE(names.size(), 4);
        QCOMPARE(QDir(m_editor).entryList({QStringLiteral("*.md")}), names);
        for (const QString &name : names)
            QCOMPARE(readFile(editor(name)), readFile(columnist(name)));
        const QString subject
            = git(m_remote, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%an|%ae|%s")});
        QVERIFY2(subject.startsWith(QStringLiteral("Maya Okafor|maya@courier.example|Maya Okafor: 4 ")),
                 qPrintable(subject));
        QVERIFY2(subject.contains(QStringLiteral("The Last Bus Home (draft)")), qPrintable(subject));
        QVERIFY2(subject.contains(QStringLiteral("Libraries After Dark (review)")), qPrintable(subject));
        // Nothing to do is nothing done.
        const SyncReport again = syncEditor();
        QVERIFY(again.ok());
        QVERIFY(again.sent.isEmpty() && again.received.isEmpty() && again.changedOnDisk.isEmpty());
    }

    void differentParagraphs_merge()
    {
        edit(columnist(bus), lede, QStringLiteral("it is the most honest room in the whole city."));
        edit(editor(bus), QStringLiteral("has her shoes in her lap."), QStringLiteral("has her shoes on her lap."));
        QVERIFY(syncColumnist().ok());
        const SyncReport report = syncEditor();
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.merged, QStringList {bus});
        QVERIFY(report.changedOnDisk.contains(editor(bus)));
        const QString merged = readFile(editor(bus));
        QVERIFY(merged.contains(QStringLiteral("most honest room in the whole city.")));
        QVERIFY(merged.contains(QStringLiteral("has her shoes on her lap.")));
        QVERIFY(syncColumnist().ok());
        QCOMPARE(readFile(columnist(bus)), merged);
    }

    void differentSentencesOfOneParagraph_merge_whereGitsLineMergeConflicts()
    {
        const QString first = QStringLiteral("The nurse coming off a double shift");
        const QString second = QStringLiteral("Two students argue, gently,");
        edit(columnist(bus), first, QStringLiteral("The nurse coming off a long double shift"));
        edit(editor(bus), second, QStringLiteral("Two students argue, quietly,"));
        QVERIFY(syncColumnist().ok());
        const SyncReport report = syncEditor();
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.exitCode(), 0);
        QVERIFY(report.suggestions.isEmpty());
        const QString merged = readFile(editor(bus));
        QVERIFY(merged.contains(QStringLiteral("The nurse coming off a long double shift")));
        QVERIFY(merged.contains(QStringLiteral("Two students argue, quietly,")));
        QVERIFY(!merged.contains(QStringLiteral("<<<<<<<")) && !merged.contains(QStringLiteral("{~~")));

        // git's own merge of the same two commits calls the paragraph a conflict.
        int code = 0;
        git(m_editor,
            {QStringLiteral("merge-tree"), QStringLiteral("--write-tree"), QStringLiteral("HEAD^1"),
             QStringLiteral("HEAD^2")},
            &code);
        QCOMPARE(code, 1);
    }

    void theSameWords_becomeSuggestionsSignedByBoth_andBothVersionsStayInHistory()
    {
        edit(columnist(bus), lede, QStringLiteral("it is the most candid room in the city."));
        edit(editor(bus), lede, QStringLiteral("it is the most unguarded room in the city."));
        QVERIFY(syncEditor().ok());
        const SyncReport report = syncColumnist();
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.exitCode(), 1);
        QCOMPARE(report.suggestions, QStringList {bus});
        const QString merged = readFile(columnist(bus));
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
            m_columnist,
            {QStringLiteral("log"), QStringLiteral("-p"), QStringLiteral("--format=%an"), QStringLiteral("--"), bus});
        QVERIFY(log.contains(QStringLiteral("+The number 14")) && log.contains(QStringLiteral("most candid room")));
        QVERIFY(log.contains(QStringLiteral("most unguarded room")));
        // The editor receives the suggestions; the status marks the article until they are decided.
        QVERIFY(syncEditor().ok());
        QCOMPARE(readFile(editor(bus)), merged);
        const auto library = SharedLibrary::open(m_columnist, nullptr);
        QCOMPARE(library->status().articles.value(bus), SharedLibrary::State::Suggestions);
    }

    void deleteAgainstEdit_keepsTheEditedArticle_eitherWay()
    {
        const QString other = QStringLiteral("ovirt-at-last.md");
        // Maya deletes one the editor edits; the editor deletes one Maya edits.
        QVERIFY(QFile::remove(columnist(bus)));
        edit(editor(bus), lede, QStringLiteral("it is the most honest room in town."));
        const QString otherText = readFile(columnist(other));
        writeFile(columnist(other), otherText + QStringLiteral("\nA late line.\n"));
        QVERIFY(QFile::remove(editor(other)));
        QVERIFY(syncEditor().ok());
        const SyncReport report = syncColumnist();
        QVERIFY2(report.ok(), qPrintable(report.error));
        QVERIFY(readFile(columnist(bus)).contains(QStringLiteral("most honest room in town.")));
        QVERIFY(readFile(columnist(other)).endsWith(QStringLiteral("A late line.\n")));
        QCOMPARE(report.notes.size(), 2);
        QVERIFY(report.notes.join(QLatin1Char('\n')).contains(bus));
        QVERIFY(report.notes.join(QLatin1Char('\n')).contains(other));
        QVERIFY(syncEditor().ok());
        QVERIFY(QFile::exists(editor(bus)) && QFile::exists(editor(other)));
    }

    void renameAgainstEdit_carriesTheEditsToTheNewName()
    {
        const QString renamed = QStringLiteral("columns/last-bus.md");
        QDir().mkpath(columnist(QStringLiteral("columns")));
        QVERIFY(QFile::rename(columnist(bus), columnist(renamed)));
        edit(editor(bus), lede, QStringLiteral("it is the most honest room in town."));
        QVERIFY(syncColumnist().ok());
        const SyncReport report = syncEditor();
        QVERIFY2(report.ok(), qPrintable(report.error));
        QVERIFY(!QFile::exists(editor(bus)));
        QVERIFY(readFile(editor(renamed)).contains(QStringLiteral("most honest room in town.")));
        QVERIFY2(report.notes.join(QLatin1Char('\n')).contains(renamed),
                 qPrintable(report.notes.join(QLatin1Char('\n'))));
    }

    void renameAndEditAgainstEdit_mergesByWordsUnderTheNewName()
    {
        const QString renamed = QStringLiteral("last-bus.md");
        edit(columnist(bus), QStringLiteral("The nurse coming off a double shift"),
             QStringLiteral("The nurse coming off a long double shift"));
        QVERIFY(QFile::rename(columnist(bus), columnist(renamed)));
        edit(editor(bus), QStringLiteral("Two students argue, gently,"),
             QStringLiteral("Two students argue, quietly,"));
        QVERIFY(syncEditor().ok());
        const SyncReport report = syncColumnist();
        QVERIFY2(report.ok(), qPrintable(report.error));
        QVERIFY(!QFile::exists(columnist(bus)));
        const QString merged = readFile(columnist(renamed));
        QVERIFY(merged.contains(QStringLiteral("a long double shift")));
        QVERIFY(merged.contains(QStringLiteral("argue, quietly,")));
    }

    void aPushRejectedBecauseTheRemoteMoved_fetchesMergesAndSendsAgain()
    {
        edit(columnist(bus), lede, QStringLiteral("it is the most honest room in the whole city."));
        edit(editor(bus), QStringLiteral("has her shoes in her lap."), QStringLiteral("has her shoes on her lap."));
        // Just before Maya's push, Ed's sync lands on the remote.
        bool raced = false;
        SyncControl control;
        control.progress = [&](const SyncProgress &progress) {
            if (progress.step == SyncProgress::Step::Pushing && !raced) {
                raced = true;
                QVERIFY(syncEditor().ok());
            }
        };
        const SyncReport report = syncColumnist(control);
        QVERIFY(raced);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QVERIFY(report.received.contains(bus));
        const QString remoteText = git(m_remote, {QStringLiteral("show"), QStringLiteral("main:") + bus});
        QVERIFY(remoteText.contains(QStringLiteral("in the whole city.")));
        QVERIFY(remoteText.contains(QStringLiteral("shoes on her lap.")));
    }

    void theRemoteGoingAwayMidSync_losesNothing_andTheNextSyncSends()
    {
        // The same library served by git daemon.
        GitRemotes::GitDaemon daemon(QFileInfo(m_remote).path());
        QVERIFY(daemon.start());
        const QString url = daemon.url(QStringLiteral("library.git"));
        const QString viaDaemon = QDir(m_columnist).filePath(QStringLiteral("../maya-daemon"));
        const SyncReport cloned = LibrarySync::clone(url, viaDaemon);
        QVERIFY2(cloned.ok(), qPrintable(cloned.error));
        const QString path = QDir(viaDaemon).filePath(bus);
        edit(path, lede, QStringLiteral("it is the most honest room in town."));
        const QString written = readFile(path);

        SyncControl control;
        control.progress = [&](const SyncProgress &progress) {
            if (progress.step == SyncProgress::Step::Fetching)
                daemon.stop();
        };
        const SyncReport failed = LibrarySync::sync(viaDaemon, maya, control);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.exitCode(), 2);
        QVERIFY(failed.offline);
        QVERIFY2(failed.error.contains(QStringLiteral("Could not reach")), qPrintable(failed.error));
        QCOMPARE(readFile(path), written);
        const auto library = SharedLibrary::open(viaDaemon, nullptr);
        QCOMPARE(library->status().articles.value(bus), SharedLibrary::State::ChangedHere);
        QCOMPARE(library->status().lastError, failed.error);

        QVERIFY(daemon.start());
        const SyncReport report = LibrarySync::sync(viaDaemon, maya);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.sent, QStringList {bus});
        QVERIFY(git(m_remote, {QStringLiteral("show"), QStringLiteral("main:") + bus})
                    .contains(QStringLiteral("most honest room in town.")));
        QVERIFY(library->status().lastError.isEmpty());
    }

    void cancelling_stopsTheSync_andLosesNothing()
    {
        edit(columnist(bus), lede, QStringLiteral("it is the most honest room in town."));
        std::atomic_bool cancel = false;
        SyncControl control;
        control.cancel = &cancel;
        control.progress = [&](const SyncProgress &progress) {
            if (progress.step == SyncProgress::Step::Fetching)
                cancel = true;
        };
        const SyncReport report = syncColumnist(control);
        QVERIFY(!report.ok());
        QVERIFY(report.cancelled);
        QVERIFY(readFile(columnist(bus)).contains(QStringLiteral("room in town.")));
        QVERIFY(syncColumnist().ok());
        QVERIFY(git(m_remote, {QStringLiteral("show"), QStringLiteral("main:") + bus})
                    .contains(QStringLiteral("room in town.")));
    }

    void status_tellsEachArticlesState()
    {
        edit(columnist(bus), lede, QStringLiteral("it is the most honest room in town."));
        writeFile(columnist(QStringLiteral("new-column.md")), QStringLiteral("# New\n\nFresh.\n"));
        QVERIFY(QFile::remove(columnist(QStringLiteral("ovirt-at-last.md"))));
        edit(editor(QStringLiteral("libraries-after-dark.md")), QStringLiteral("# Libraries After Dark"),
             QStringLiteral("# Libraries After Dark, Again"));
        edit(editor(bus), QStringLiteral("has her shoes in her lap."), QStringLiteral("has her shoes on her lap."));
        QVERIFY(syncEditor().ok());
        // Fetch without merging, as a sync that stopped after fetching leaves it.
        git(m_columnist, {QStringLiteral("fetch"), QStringLiteral("-q"), QStringLiteral("origin")});
        const auto library = SharedLibrary::open(m_columnist, nullptr);
        const SharedLibrary::Status status = library->status();
        QVERIFY(status.ok());
        QCOMPARE(status.branch, QStringLiteral("main"));
        QCOMPARE(status.remoteUrl, m_remote);
        QCOMPARE(status.articles.value(bus), SharedLibrary::State::ChangedBoth);
        QCOMPARE(status.articles.value(QStringLiteral("new-column.md")), SharedLibrary::State::NewHere);
        QCOMPARE(status.articles.value(QStringLiteral("ovirt-at-last.md")), SharedLibrary::State::DeletedHere);
        QCOMPARE(status.articles.value(QStringLiteral("libraries-after-dark.md")), SharedLibrary::State::ChangedThere);
        QVERIFY(!status.articles.contains(QStringLiteral("why-i-still-print-my-drafts.md")));
        QCOMPARE(status.toSend, 3);
        QCOMPARE(status.toReceive, 2);
        QVERIFY(status.lastSync.isValid());
    }

    void overHttp_aLoginIsAsked_retriesAreCapped_andNothingIsKeptInPlainText()
    {
        if (!GitRemotes::HttpBackend::available())
            QSKIP("lighttpd or git-http-backend is not installed (packaging/install-deps.sh installs them)");
        GitRemotes::HttpBackend server(QFileInfo(m_remote).path(),
                                       m_dir.filePath(QStringLiteral("http%1").arg(m_round)));
        QVERIFY(server.start());

        struct Prompts final : SharingPrompts
        {
            QStringList passwords;
            int asked = 0;
            std::optional<Login> askLogin(const QString &, const QString &, const QString &) override
            {
                if (asked >= passwords.size())
                    return std::nullopt;
                return Login {QStringLiteral("editor"), passwords.at(asked++)};
            }
            std::optional<QString> askPassphrase(const QString &) override { return std::nullopt; }
            bool trustHostKey(const QString &, const QString &, const QString &) override { return false; }
        };

        // A wrong password, then the right one: two questions, and the clone works.
        Prompts once;
        once.passwords = {QStringLiteral("wrong"), QStringLiteral("s3cret")};
        const QString viaHttp = m_dir.filePath(QStringLiteral("http-clone%1").arg(m_round));
        SyncControl control;
        control.prompts = &once;
        const SyncReport cloned = LibrarySync::clone(server.url(QStringLiteral("library.git")), viaHttp, control);
        QVERIFY2(cloned.ok(), qPrintable(cloned.error));
        QCOMPARE(once.asked, 2);
        QCOMPARE(cloned.received.size(), 4);

        // Always wrong: given up after the cap, with a message, the articles untouched.
        edit(QDir(viaHttp).filePath(bus), lede, QStringLiteral("it is the most honest room in town."));
        Prompts never;
        never.passwords = QStringList(10, QStringLiteral("wrong"));
        control.prompts = &never;
        const SyncReport refused = LibrarySync::sync(viaHttp, ed, control);
        QVERIFY(!refused.ok());
        QCOMPARE(never.asked, 3);
        QVERIFY2(refused.error.contains(QStringLiteral("refused the login")), qPrintable(refused.error));
        QVERIFY(readFile(QDir(viaHttp).filePath(bus)).contains(QStringLiteral("room in town.")));

        // No password in the repository's configuration, nor anywhere under the test's home.
        QVERIFY(!readFile(QDir(viaHttp).filePath(QStringLiteral(".git/config"))).contains(QStringLiteral("s3cret")));
        QProcess grep;
        grep.start(QStringLiteral("grep"),
                   {QStringLiteral("-rl"), QStringLiteral("s3cret"), m_dir.filePath(QStringLiteral("home"))});
        grep.waitForFinished();
        QVERIFY(grep.readAllStandardOutput().isEmpty());

        // With the right login the changes go out.
        Prompts right;
        right.passwords = {QStringLiteral("s3cret")};
        control.prompts = &right;
        const SyncReport sent = LibrarySync::sync(viaHttp, ed, control);
        QVERIFY2(sent.ok(), qPrintable(sent.error));
        QCOMPARE(sent.sent, QStringList {bus});
    }

    void gitHistory_listsWhoChangedAnArticle_whenAndWhy_acrossARename()
    {
        edit(editor(bus), lede, QStringLiteral("it is the most unguarded room in the city."));
        QVERIFY(syncEditor().ok());
        QVERIFY(syncColumnist().ok());
        const QString renamed = QStringLiteral("columns/last-bus.md");
        QDir().mkpath(columnist(QStringLiteral("columns")));
        QVERIFY(QFile::rename(columnist(bus), columnist(renamed)));
        edit(columnist(renamed), QStringLiteral("has her shoes in her lap."),
             QStringLiteral("has her shoes on her lap."));
        QVERIFY(syncColumnist().ok());

        const auto history = GitHistory::forFile(columnist(renamed));
        QVERIFY(history);
        const QList<Revision> revisions = ArticleHistory({history.get()}).revisions(columnist(renamed));
        QCOMPARE(revisions.size(), 3); // Maya's rename and edit, Ed's edit, Maya's first commit
        QCOMPARE(revisions.at(0).author, maya.name);
        QCOMPARE(revisions.at(1).author, ed.name);
        QCOMPARE(revisions.at(2).author, maya.name);
        QVERIFY(revisions.at(1).message.startsWith(QStringLiteral("Ed Brooks: 1 article")));
        QCOMPARE(revisions.at(1).source, Revision::Source::Git);
        QVERIFY(revisions.at(1).words > 150);
        QString error;
        const std::optional<QString> edsText = history->text(columnist(renamed), revisions.at(1).id, &error);
        QVERIFY2(edsText, qPrintable(error));
        QVERIFY(edsText->contains(QStringLiteral("most unguarded room")));
        QVERIFY(edsText->contains(QStringLiteral("shoes in her lap")));
        const std::optional<QString> first = history->text(columnist(renamed), revisions.at(2).id, &error);
        QVERIFY2(first, qPrintable(error));
        QVERIFY(first->contains(lede));
        QVERIFY(!GitHistory::forFile(m_dir.filePath(QStringLiteral("home/nowhere.md"))));
    }

    void aSyncWithNothingToDo_trustsTheStamps_butNeverMissesAChange()
    {
        // Two syncs with nothing in between: the second finds the stamps holding and sends nothing.
        QTest::qWait(50);
        QVERIFY(syncColumnist().ok());
        QVERIFY(QFile::exists(QDir(m_columnist).filePath(QStringLiteral(".git/byline-stamps"))));
        SyncReport report = syncColumnist();
        QVERIFY(report.ok() && report.sent.isEmpty() && report.commitMessage.isEmpty());

        // The same size, other words, written in place: sent.
        QTest::qWait(50);
        const QString path = columnist(bus);
        QString text = readFile(path);
        const qsizetype at = text.indexOf(QStringLiteral("honest"));
        text.replace(at, 6, QStringLiteral("candid"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write(text.toUtf8());
        file.close();
        report = syncColumnist();
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.sent, QStringList {bus});

        // A new article in a new folder, then one removed: each sent.
        QTest::qWait(50);
        writeFile(columnist(QStringLiteral("desk/new-column.md")), QStringLiteral("# New\n\nFresh.\n"));
        report = syncColumnist();
        QCOMPARE(report.sent, QStringList {QStringLiteral("desk/new-column.md")});
        QTest::qWait(50);
        QVERIFY(QFile::remove(columnist(QStringLiteral("ovirt-at-last.md"))));
        report = syncColumnist();
        QCOMPARE(report.sent, QStringList {QStringLiteral("ovirt-at-last.md")});

        // Touched, not changed: nothing to send, no empty commit.
        QTest::qWait(50);
        QVERIFY(syncColumnist().ok());
        const QString before = git(m_columnist, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        QFile touched(columnist(QStringLiteral("libraries-after-dark.md")));
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(touched.setFileTime(QDateTime::currentDateTime(), QFileDevice::FileModificationTime));
        touched.close();
        report = syncColumnist();
        QVERIFY(report.ok() && report.sent.isEmpty());
        QCOMPARE(git(m_columnist, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), before);

        // Changed right after a sync, within the clock's tick: still found.
        report = syncColumnist();
        edit(path, QStringLiteral("candid"), QStringLiteral("honest"));
        report = syncColumnist();
        QCOMPARE(report.sent, QStringList {bus});
        QCOMPARE(git(m_columnist, {QStringLiteral("status"), QStringLiteral("--porcelain")}), QString());
    }

    void aLibraryWithoutARemote_saysWhatToDo()
    {
        const QString alone = m_dir.filePath(QStringLiteral("alone%1").arg(m_round));
        QDir().mkpath(alone);
        QString error;
        QVERIFY(SharedLibrary::create(alone, &error));
        const SyncReport report = LibrarySync::sync(alone, maya);
        QVERIFY(!report.ok());
        QVERIFY(report.error.contains(QStringLiteral("Share")));
        const SyncReport notEmpty = LibrarySync::clone(m_remote, m_columnist);
        QVERIFY(!notEmpty.ok());
        QVERIFY(QFile::exists(columnist(bus)));
        QVERIFY(SharedLibrary::open(m_columnist, nullptr));
    }
};

QTEST_GUILESS_MAIN(LibrarySyncTest)
#include "librarysync_test.moc"
