// A library folder as a git repository: creating it, its commits and their messages, whom they
// are signed by. Checked against git itself.
#include "gitremotes.h"

#include <QTemporaryDir>
#include <QTest>

#include <sharing/commitmessage.h>
#include <sharing/sharedlibrary.h>

using namespace Byline::Core;
using GitRemotes::git;

class SharedLibraryTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &folder, const QString &name, const QByteArray &text)
    {
        const QString path = QDir(folder).filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(text);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("home"))));
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
    }

    void message_namesTheAuthorTheArticlesTheirTitlesAndStatuses()
    {
        const QString message = CommitMessage::make(
            QStringLiteral("Maya Okafor"),
            {{QStringLiteral("the-last-bus-home.md"), QStringLiteral("The Last Bus"), QStringLiteral("draft"), false},
             {QStringLiteral("after-dark.md"), QStringLiteral("Libraries After Dark"), QStringLiteral("review"),
              false}});
        QCOMPARE(message.section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("Maya Okafor: 2 articles — The Last Bus (draft), Libraries After Dark (review)"));
        QVERIFY(message.contains(QStringLiteral("changed  the-last-bus-home.md\n")));

        QList<CommitMessage::Article> many;
        for (int i = 0; i < 7; ++i)
            many.append({QStringLiteral("a%1.md").arg(i), {}, {}, i == 0});
        const QString subject = CommitMessage::make(QStringLiteral("Ed Brooks"), many).section(QLatin1Char('\n'), 0, 0);
        QCOMPARE(subject, QStringLiteral("Ed Brooks: 7 articles — a0 (deleted), a1, a2, a3 and 3 more"));

        // A library shared for the first time is thousands of files: the body names the first
        // hundred and counts the rest, so the commit stays quick to read.
        QList<CommitMessage::Article> library;
        for (int i = 0; i < 10000; ++i)
            library.append({QStringLiteral("desk/column-%1.md").arg(i), {}, {}, false});
        const QString body
            = CommitMessage::make(QStringLiteral("Maya Okafor"), library).section(QStringLiteral("\n\n"), 1);
        QCOMPARE(body.count(QStringLiteral("changed  desk/column-")), CommitMessage::pathsListed);
        QVERIFY(body.endsWith(QStringLiteral("changed  desk/column-99.md\nand 9900 more\n")));
    }

    void create_commitsEveryChange_underAMessageGitReads()
    {
        const QString folder = m_dir.filePath(QStringLiteral("library"));
        write(folder, QStringLiteral("bus.md"), "---\ntitle: The Last Bus\nstatus: draft\n---\n\nBody.\n");
        write(folder, QStringLiteral("desk/dark.md"),
              "---\ntitle: Libraries After Dark\nstatus: review\n---\n\nBody.\n");
        QString error;
        const auto library = SharedLibrary::create(folder, &error);
        QVERIFY2(library, qPrintable(error));
        QVERIFY(SharedLibrary::isShared(folder));
        QCOMPARE(git(folder, {QStringLiteral("symbolic-ref"), QStringLiteral("HEAD")}),
                 QStringLiteral("refs/heads/main"));

        const SharingIdentity maya {QStringLiteral("Maya Okafor"), QStringLiteral("maya@courier.example")};
        const SharedLibrary::Commit first = library->commitAll(library->identity(maya));
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.paths.size(), 2);
        QCOMPARE(git(folder, {QStringLiteral("log"), QStringLiteral("--format=%an <%ae>|%s")}),
                 QStringLiteral("Maya Okafor <maya@courier.example>|Maya Okafor: 2 articles — The Last Bus (draft), "
                                "Libraries After Dark (review)"));
        QCOMPARE(git(folder, {QStringLiteral("status"), QStringLiteral("--porcelain")}), QString());

        // Nothing changed: no commit.
        QVERIFY(library->commitAll(maya).id.isEmpty());

        // An edit and a deletion, seen by the status, then committed; git agrees.
        write(folder, QStringLiteral("bus.md"), "---\ntitle: The Last Bus\nstatus: edited\n---\n\nBody, edited.\n");
        QVERIFY(QFile::remove(QDir(folder).filePath(QStringLiteral("desk/dark.md"))));
        const SharedLibrary::Status status = library->status();
        QCOMPARE(status.articles.value(QStringLiteral("bus.md")), SharedLibrary::State::ChangedHere);
        QCOMPARE(status.articles.value(QStringLiteral("desk/dark.md")), SharedLibrary::State::DeletedHere);
        QCOMPARE(status.toSend, 2); // never sent: everything is still to send
        const SharedLibrary::Commit second = library->commitAll(maya);
        QCOMPARE(second.message.section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("Maya Okafor: 2 articles — The Last Bus (edited), Libraries After Dark (deleted)"));
        QCOMPARE(git(folder, {QStringLiteral("status"), QStringLiteral("--porcelain")}), QString());
        QCOMPARE(git(folder, {QStringLiteral("ls-files")}), QStringLiteral("bus.md"));
    }

    // A commit of named files builds its tree from HEAD's without reading the index: what it
    // stores must be what `git add` would (filters, modes), and the index it writes afterwards
    // must hold the files' stat data, so git itself finds nothing to look at again.
    void commitPaths_storesWhatGitWould_andLeavesAnIndexGitTrusts()
    {
        const QString folder = m_dir.filePath(QStringLiteral("named"));
        write(folder, QStringLiteral("bus.md"), "---\ntitle: The Last Bus\nstatus: draft\n---\n\nBody.\n");
        write(folder, QStringLiteral("desk/notes.txt"), "line one\nline two\n");
        const QString tool = write(folder, QStringLiteral("tools/count.sh"), "#!/bin/sh\nwc -w \"$@\"\n");
        QVERIFY(QFile::setPermissions(tool, QFile::permissions(tool) | QFile::ExeOwner));
        write(folder, QStringLiteral("gone.md"), "# Gone\n\nSoon.\n");
        QString error;
        const auto library = SharedLibrary::create(folder, &error);
        QVERIFY2(library, qPrintable(error));
        const SharingIdentity maya {QStringLiteral("Maya Okafor"), QStringLiteral("maya@courier.example")};
        QVERIFY(library->commitAll(maya).error.isEmpty());
        const QString first = git(folder, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});

        // An edit, an edit of the executable script, a deletion and a new file in a new folder.
        QTest::qWait(30);
        write(folder, QStringLiteral("bus.md"), "---\ntitle: The Last Bus\nstatus: review\n---\n\nBody, edited.\n");
        write(folder, QStringLiteral("tools/count.sh"), "#!/bin/sh\nwc -w -- \"$@\"\n");
        QVERIFY(QFile::remove(QDir(folder).filePath(QStringLiteral("gone.md"))));
        write(folder, QStringLiteral("new/fresh.md"), "# Fresh\n\nNew.\n");
        QTest::qWait(30);
        const QStringList named = {QStringLiteral("bus.md"), QStringLiteral("tools/count.sh"),
                                   QStringLiteral("gone.md"), QStringLiteral("new/fresh.md")};
        const SharedLibrary::Commit commit = library->commitPaths(maya, named);
        QVERIFY2(commit.error.isEmpty(), qPrintable(commit.error));
        QVERIFY(commit.message.startsWith(QStringLiteral("Maya Okafor: 4 articles — ")));
        QCOMPARE(git(folder, {QStringLiteral("rev-parse"), QStringLiteral("HEAD~1")}), first);
        // git finds the tree complete and the index true to HEAD and to the files, without
        // hashing anything again (diff-files compares stat data only).
        QCOMPARE(git(folder, {QStringLiteral("diff-files"), QStringLiteral("--name-only")}), QString());
        QCOMPARE(git(folder,
                     {QStringLiteral("diff-index"), QStringLiteral("--cached"), QStringLiteral("--name-only"),
                      QStringLiteral("HEAD")}),
                 QString());
        QCOMPARE(git(folder, {QStringLiteral("status"), QStringLiteral("--porcelain")}), QString());
        QCOMPARE(git(folder,
                     {QStringLiteral("ls-tree"), QStringLiteral("-r"), QStringLiteral("--name-only"),
                      QStringLiteral("HEAD")}),
                 QStringLiteral("bus.md\ndesk/notes.txt\nnew/fresh.md\ntools/count.sh"));
        QVERIFY(git(folder, {QStringLiteral("ls-tree"), QStringLiteral("HEAD"), QStringLiteral("tools/count.sh")})
                    .startsWith(QStringLiteral("100755 ")));
        QCOMPARE(git(folder, {QStringLiteral("fsck"), QStringLiteral("--no-progress")}), QString());

        // Touched, not changed: no commit, and the index learns the new stat data.
        QTest::qWait(30);
        QFile touched(QDir(folder).filePath(QStringLiteral("desk/notes.txt")));
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(touched.setFileTime(QDateTime::currentDateTime(), QFileDevice::FileModificationTime));
        touched.close();
        const QString head = git(folder, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        QVERIFY(library->commitPaths(maya, {QStringLiteral("desk/notes.txt")}).id.isEmpty());
        QCOMPARE(git(folder, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), head);
        QCOMPARE(git(folder, {QStringLiteral("diff-files"), QStringLiteral("--name-only")}), QString());

        // Attributes asking for line-ending conversion: the blob is what git stores (LF), not
        // the file's bytes (CRLF).
        write(folder, QStringLiteral(".gitattributes"), "*.txt text\n");
        QVERIFY(library->commitAll(maya).error.isEmpty());
        QTest::qWait(30);
        write(folder, QStringLiteral("desk/notes.txt"), "line one\r\nline two\r\nline three\r\n");
        QTest::qWait(30);
        QVERIFY(library->commitPaths(maya, {QStringLiteral("desk/notes.txt")}).error.isEmpty());
        QCOMPARE(git(folder, {QStringLiteral("cat-file"), QStringLiteral("-p"), QStringLiteral("HEAD:desk/notes.txt")}),
                 QStringLiteral("line one\nline two\nline three"));
        QCOMPARE(git(folder, {QStringLiteral("status"), QStringLiteral("--porcelain")}), QString());
    }

    void identity_fallsBackOnGitsConfiguration()
    {
        const QString folder = m_dir.filePath(QStringLiteral("configured"));
        QString error;
        const auto library = SharedLibrary::create(folder, &error);
        QVERIFY(library);
        git(folder, {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Ed Brooks")});
        git(folder, {QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("ed@courier.example")});
        const SharingIdentity identity = library->identity({});
        QCOMPARE(identity.name, QStringLiteral("Ed Brooks"));
        QCOMPARE(identity.email, QStringLiteral("ed@courier.example"));
        const SharingIdentity preferred = library->identity({QStringLiteral("Edward Brooks"), {}});
        QCOMPARE(preferred.name, QStringLiteral("Edward Brooks"));
        QCOMPARE(preferred.email, QStringLiteral("ed@courier.example"));
    }

    void notARepository_isAClearError()
    {
        QString error;
        QVERIFY(!SharedLibrary::open(m_dir.filePath(QStringLiteral("nowhere")), &error));
        QVERIFY(error.contains(QStringLiteral("not a shared library")));
        const QString bare = GitRemotes::bareRepository(m_dir.filePath(QStringLiteral("bare.git")));
        QVERIFY(!SharedLibrary::open(bare, &error));
        QVERIFY(error.contains(QStringLiteral("bare")));
    }
};

QTEST_GUILESS_MAIN(SharedLibraryTest)
#include "sharedlibrary_test.moc"
