// Talking to real remotes: a push refused because the remote moved, git daemon going away mid-sync,
// cancelling, the status of each article, HTTP logins through git http-backend, the stamps that
// spare a sync with nothing to do a full status, and a library without a remote.
#include "twowriters.h"

#include <QTest>

#include <cstdio>

class LibrarySyncRemotesTest final : public QObject
{
    Q_OBJECT

    TwoWriters w;

private Q_SLOTS:
    void initTestCase() { w.setUpHome(); }
    void init() { w.setUp(); }

    void aPushRejectedBecauseTheRemoteMoved_fetchesMergesAndSendsAgain()
    {
        edit(w.mayas(bus), lede, QStringLiteral("it is the most honest room in the whole city."));
        edit(w.eds(bus), QStringLiteral("has her shoes in her lap."), QStringLiteral("has her shoes on her lap."));
        // Just before Maya's push, Ed's sync lands on the remote.
        bool raced = false;
        SyncControl control;
        control.progress = [&](const SyncProgress &progress) {
            if (progress.step == SyncProgress::Step::Pushing && !raced) {
                raced = true;
                QVERIFY(w.syncEditor().ok());
            }
        };
        const SyncReport report = w.syncColumnist(control);
        QVERIFY(raced);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QVERIFY(report.received.contains(bus));
        const QString remoteText = git(w.remote, {QStringLiteral("show"), QStringLiteral("main:") + bus});
        QVERIFY(remoteText.contains(QStringLiteral("in the whole city.")));
        QVERIFY(remoteText.contains(QStringLiteral("shoes on her lap.")));
    }

    void theRemoteGoingAwayMidSync_losesNothing_andTheNextSyncSends()
    {
        // The same library served by git daemon.
        GitRemotes::GitDaemon daemon(QFileInfo(w.remote).path());
        QVERIFY(daemon.start());
        const QString url = daemon.url(QStringLiteral("library.git"));
        const QString viaDaemon = QDir(w.columnist).filePath(QStringLiteral("../maya-daemon"));
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
        QVERIFY(git(w.remote, {QStringLiteral("show"), QStringLiteral("main:") + bus})
                    .contains(QStringLiteral("most honest room in town.")));
        QVERIFY(library->status().lastError.isEmpty());
    }

    void cancelling_stopsTheSync_andLosesNothing()
    {
        edit(w.mayas(bus), lede, QStringLiteral("it is the most honest room in town."));
        std::atomic_bool cancel = false;
        SyncControl control;
        control.cancel = &cancel;
        control.progress = [&](const SyncProgress &progress) {
            if (progress.step == SyncProgress::Step::Fetching)
                cancel = true;
        };
        const SyncReport report = w.syncColumnist(control);
        QVERIFY(!report.ok());
        QVERIFY(report.cancelled);
        QVERIFY(readFile(w.mayas(bus)).contains(QStringLiteral("room in town.")));
        QVERIFY(w.syncColumnist().ok());
        QVERIFY(git(w.remote, {QStringLiteral("show"), QStringLiteral("main:") + bus})
                    .contains(QStringLiteral("room in town.")));
    }

    void status_tellsEachArticlesState()
    {
        edit(w.mayas(bus), lede, QStringLiteral("it is the most honest room in town."));
        writeFile(w.mayas(QStringLiteral("new-column.md")), QStringLiteral("# New\n\nFresh.\n"));
        QVERIFY(QFile::remove(w.mayas(QStringLiteral("ovirt-at-last.md"))));
        edit(w.eds(QStringLiteral("libraries-after-dark.md")), QStringLiteral("# Libraries After Dark"),
             QStringLiteral("# Libraries After Dark, Again"));
        edit(w.eds(bus), QStringLiteral("has her shoes in her lap."), QStringLiteral("has her shoes on her lap."));
        QVERIFY(w.syncEditor().ok());
        // Fetch without merging, as a sync that stopped after fetching leaves it.
        git(w.columnist, {QStringLiteral("fetch"), QStringLiteral("-q"), QStringLiteral("origin")});
        const auto library = SharedLibrary::open(w.columnist, nullptr);
        const SharedLibrary::Status status = library->status();
        QVERIFY(status.ok());
        QCOMPARE(status.branch, QStringLiteral("main"));
        QCOMPARE(status.remoteUrl, w.remote);
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
        GitRemotes::HttpBackend server(QFileInfo(w.remote).path(),
                                       w.dir.filePath(QStringLiteral("http%1").arg(w.round)));
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
        const QString viaHttp = w.dir.filePath(QStringLiteral("http-clone%1").arg(w.round));
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
                   {QStringLiteral("-rl"), QStringLiteral("s3cret"), w.dir.filePath(QStringLiteral("home"))});
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

    void aSyncWithNothingToDo_trustsTheStamps_butNeverMissesAChange()
    {
        // Two syncs with nothing in between: the second finds the stamps holding and sends nothing.
        QTest::qWait(50);
        QVERIFY(w.syncColumnist().ok());
        const QString stamps = QDir(w.columnist).filePath(QStringLiteral(".git/byline-stamps"));
        QVERIFY(QFile::exists(stamps));
        const auto readAll = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        SyncReport report = w.syncColumnist();
        QVERIFY(report.ok() && report.sent.isEmpty() && report.commitMessage.isEmpty());

        // The same size, other words, written in place: sent.
        QTest::qWait(50);
        const QString path = w.mayas(bus);
        QString text = readFile(path);
        const qsizetype at = text.indexOf(QStringLiteral("honest"));
        text.replace(at, 6, QStringLiteral("candid"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write(text.toUtf8());
        file.close();
        QTest::qWait(50);
        report = w.syncColumnist();
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.sent, QStringList {bus});
        // Only that file was looked at and stamped again: the next sync trusts the stamps.
        QVERIFY(QFile::exists(stamps));
        const QByteArray after = readAll(stamps);
        const QDateTime written = QFileInfo(stamps).lastModified();
        QTest::qWait(20);
        QVERIFY(w.syncColumnist().ok());
        QCOMPARE(QFileInfo(stamps).lastModified(), written); // not taken again: they held
        QCOMPARE(readAll(stamps), after);

        // A new article in a new folder, then one removed: each sent.
        QTest::qWait(50);
        writeFile(w.mayas(QStringLiteral("desk/new-column.md")), QStringLiteral("# New\n\nFresh.\n"));
        report = w.syncColumnist();
        QCOMPARE(report.sent, QStringList {QStringLiteral("desk/new-column.md")});
        QTest::qWait(50);
        QVERIFY(QFile::remove(w.mayas(QStringLiteral("ovirt-at-last.md"))));
        report = w.syncColumnist();
        QCOMPARE(report.sent, QStringList {QStringLiteral("ovirt-at-last.md")});

        // Saved as Byline saves, a new file renamed over the old (its folder's time moves, its
        // names do not): sent; and a new file beside it, in a folder that was there: sent too.
        QTest::qWait(50);
        const QString replacement = path + QStringLiteral(".new");
        writeFile(replacement, readFile(path).replace(QStringLiteral("candid"), QStringLiteral("frank")));
        QVERIFY(std::rename(QFile::encodeName(replacement).constData(), QFile::encodeName(path).constData()) == 0);
        report = w.syncColumnist();
        QCOMPARE(report.sent, QStringList {bus});
        QTest::qWait(50);
        writeFile(w.mayas(QStringLiteral("second-column.md")), QStringLiteral("# Second\n\nMore.\n"));
        report = w.syncColumnist();
        QCOMPARE(report.sent, QStringList {QStringLiteral("second-column.md")});
        QTest::qWait(50);
        edit(path, QStringLiteral("frank"), QStringLiteral("candid"));
        QVERIFY(w.syncColumnist().ok());

        // Touched, not changed: nothing to send, no empty commit.
        QTest::qWait(50);
        QVERIFY(w.syncColumnist().ok());
        const QString before = git(w.columnist, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        QFile touched(w.mayas(QStringLiteral("libraries-after-dark.md")));
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(touched.setFileTime(QDateTime::currentDateTime(), QFileDevice::FileModificationTime));
        touched.close();
        report = w.syncColumnist();
        QVERIFY(report.ok() && report.sent.isEmpty());
        QCOMPARE(git(w.columnist, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), before);

        // Changed right after a sync, within the clock's tick: still found.
        report = w.syncColumnist();
        edit(path, QStringLiteral("candid"), QStringLiteral("honest"));
        report = w.syncColumnist();
        QCOMPARE(report.sent, QStringList {bus});
        QCOMPARE(git(w.columnist, {QStringLiteral("status"), QStringLiteral("--porcelain")}), QString());
    }

    void aLibraryWithoutARemote_saysWhatToDo()
    {
        const QString alone = w.dir.filePath(QStringLiteral("alone%1").arg(w.round));
        QDir().mkpath(alone);
        QString error;
        QVERIFY(SharedLibrary::create(alone, &error));
        const SyncReport report = LibrarySync::sync(alone, maya);
        QVERIFY(!report.ok());
        QVERIFY(report.error.contains(QStringLiteral("Share")));
        const SyncReport notEmpty = LibrarySync::clone(w.remote, w.columnist);
        QVERIFY(!notEmpty.ok());
        QVERIFY(QFile::exists(w.mayas(bus)));
        QVERIFY(SharedLibrary::open(w.columnist, nullptr));
    }
};

QTEST_GUILESS_MAIN(LibrarySyncRemotesTest)
#include "librarysync_remotes_test.moc"
