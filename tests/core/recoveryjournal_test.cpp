#include <safety/recoveryjournal.h>

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/time.h>
#include <unistd.h>

using Byline::Core::RecoveryJournal;

namespace {

// Run as a child: journal a document, then die the hard way, as a crash or `kill -9` would.
[[noreturn]] void journalAndDie(const QString &root)
{
    RecoveryJournal journal(root);
    journal.write(RecoveryJournal::idForPath(QStringLiteral("/articles/column.md")),
                  QStringLiteral("/articles/column.md"), QStringLiteral("Unsaved paragraph — with “quotes”.\n"));
    journal.write(QStringLiteral("untitled-1"), QString(), QStringLiteral("A draft never saved.\n"));
    ::kill(::getpid(), SIGKILL);
    std::abort();
}

// Run as a child: journal a document, save it (the entry goes), then die with nothing unsaved.
[[noreturn]] void saveAndDie(const QString &root)
{
    RecoveryJournal journal(root);
    journal.write(QStringLiteral("untitled-1"), QString(), QStringLiteral("Saved in the end.\n"));
    journal.remove(QStringLiteral("untitled-1"));
    ::kill(::getpid(), SIGKILL);
    std::abort();
}

void runChild(const char *what, const QString &root)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QLatin1String(what), root});
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
}

void makeOld(const QString &folder)
{
    const timeval old[2] = {{::time(nullptr) - 3600, 0}, {::time(nullptr) - 3600, 0}};
    QVERIFY(::utimes(QFile::encodeName(folder).constData(), old) == 0);
}

QStringList sessionFolders(const QString &root)
{
    return QDir(root).entryList({QStringLiteral("session-*")}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class RecoveryJournalTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedSession_leavesEntriesToRestore();
    void runningSession_isNotOffered();
    void cleanEnd_leavesNothing();
    void discard_forgetsTheEntryAndItsFolder();
    void damagedEntry_isSkipped();
    void unwritableRoot_isReported();
    void deadEmptySessions_areRemovedAtTheNextStart();
};

void RecoveryJournalTest::killedSession_leavesEntriesToRestore()
{
    QTemporaryDir root;
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--journal-and-die"), root.path()});
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    const QList<RecoveryJournal::Entry> entries = RecoveryJournal::orphanedEntries(root.path());
    QCOMPARE(entries.size(), 2);
    const auto column = std::find_if(entries.begin(), entries.end(), [](const auto &e) { return !e.path.isEmpty(); });
    QVERIFY(column != entries.end());
    QCOMPARE(column->path, QStringLiteral("/articles/column.md"));
    QCOMPARE(column->text, QStringLiteral("Unsaved paragraph — with “quotes”.\n"));
    QVERIFY(column->written.isValid());
    QVERIFY(column->written.secsTo(QDateTime::currentDateTimeUtc()) < 60);
}

void RecoveryJournalTest::runningSession_isNotOffered()
{
    QTemporaryDir root;
    RecoveryJournal journal(root.path());
    QVERIFY(journal.isValid());
    QVERIFY(journal.write(QStringLiteral("a"), QString(), QStringLiteral("text")));
    QVERIFY(RecoveryJournal::orphanedEntries(root.path()).isEmpty());
}

void RecoveryJournalTest::cleanEnd_leavesNothing()
{
    QTemporaryDir root;
    {
        RecoveryJournal journal(root.path());
        QVERIFY(journal.write(QStringLiteral("a"), QString(), QStringLiteral("text")));
        journal.remove(QStringLiteral("a")); // saved
    }
    QVERIFY(QDir(root.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void RecoveryJournalTest::discard_forgetsTheEntryAndItsFolder()
{
    QTemporaryDir root;
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--journal-and-die"), root.path()});
    QVERIFY(child.waitForFinished(10000));
    const auto entries = RecoveryJournal::orphanedEntries(root.path());
    QCOMPARE(entries.size(), 2);
    RecoveryJournal::discard(entries.at(0));
    QCOMPARE(RecoveryJournal::orphanedEntries(root.path()).size(), 1);
    RecoveryJournal::discard(entries.at(1));
    QVERIFY(RecoveryJournal::orphanedEntries(root.path()).isEmpty());
    QVERIFY(QDir(root.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void RecoveryJournalTest::damagedEntry_isSkipped()
{
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("session-x")));
    QFile damaged(root.filePath(QStringLiteral("session-x/abc.journal")));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(R"({"version": 1, "text": "cut off)");
    damaged.close();
    QVERIFY(RecoveryJournal::orphanedEntries(root.path()).isEmpty());
}

void RecoveryJournalTest::unwritableRoot_isReported()
{
    QTemporaryDir parent;
    QFile blocker(parent.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
    blocker.close();
    RecoveryJournal journal(blocker.fileName());
    QVERIFY(!journal.isValid());
    QVERIFY(journal.errorString().contains(QLatin1String("cannot create")));
    QString error;
    QVERIFY(!journal.write(QStringLiteral("a"), QString(), QStringLiteral("text"), &error));
    QVERIFY(!error.isEmpty());
}

void RecoveryJournalTest::deadEmptySessions_areRemovedAtTheNextStart()
{
    QTemporaryDir root;
    for (int i = 0; i < 3; ++i)
        runChild("--save-and-die", root.path());
    runChild("--journal-and-die", root.path());
    const QStringList dead = sessionFolders(root.path());
    QCOMPARE(dead.size(), 4);
    for (const QString &folder : dead)
        makeOld(root.filePath(folder));
    runChild("--save-and-die", root.path()); // died just now: may be a session still starting, so kept

    const RecoveryJournal running(root.path());
    QVERIFY(running.isValid());
    const RecoveryJournal next(root.path());
    QVERIFY(next.isValid());

    // Left: the killed session with unsaved text, the young one, and the two running.
    const QStringList left = sessionFolders(root.path());
    QCOMPARE(left.size(), 4);
    QCOMPARE(RecoveryJournal::orphanedEntries(root.path()).size(), 2);
    QVERIFY(left.contains(QFileInfo(running.sessionFolder()).fileName()));
    QVERIFY(left.contains(QFileInfo(next.sessionFolder()).fileName()));
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--save-and-die") == 0) {
        QCoreApplication app(argc, argv);
        saveAndDie(QString::fromLocal8Bit(argv[2]));
    }
    if (argc == 3 && qstrcmp(argv[1], "--journal-and-die") == 0) {
        QCoreApplication app(argc, argv);
        journalAndDie(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    RecoveryJournalTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "recoveryjournal_test.moc"
