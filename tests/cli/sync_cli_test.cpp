// `byline share`, `clone` and `sync` as scripts use them: real bare repositories, JSON reports
// and the exit codes the manual gives (0 done, 1 done with suggestions, 2 failed).
#include "bylineprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void replaceIn(const QString &path, const QString &from, const QString &to)
{
    QString text = readFile(path);
    QCOMPARE(text.count(from), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.replace(from, to).toUtf8());
}

QJsonObject jsonOf(const Run &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

QStringList listOf(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

const QString bus = QStringLiteral("the-last-bus-home.md");
const QString lede = QStringLiteral("the most honest room in the city.");

} // namespace

class SyncCliTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Each writer has a home and settings of their own, with the name Preferences would hold.
    QList<std::pair<QString, QString>> as(const QString &who)
    {
        const QString home = m_dir.filePath(QStringLiteral("home-") + who);
        QDir().mkpath(home + QStringLiteral("/config/Byline"));
        QFile settings(home + QStringLiteral("/config/Byline/Byline.conf"));
        if (settings.open(QIODevice::WriteOnly | QIODevice::Truncate))
            settings.write("[articles]\nauthor=" + who.toUtf8() + "\n[sharing]\nemail=" + who.toLower().toUtf8()
                           + "@courier.example\n");
        return {{QStringLiteral("HOME"), home},
                {QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config")},
                {QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1")}};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void commandsThatDoNotSync_neverLoadLibgit2()
    {
        auto environment = as(QStringLiteral("Maya"));
        environment.append({QStringLiteral("LD_DEBUG"), QStringLiteral("libs")});
        const Run stats = byline({QStringLiteral("stats"), sampleMarkdown}, {}, environment);
        QCOMPARE(stats.exitCode, 0);
        QVERIFY(stats.err.contains(QStringLiteral("libQt6Core")));
        QVERIFY2(!stats.err.contains(QStringLiteral("libgit2")), "byline stats loaded libgit2");
        const Run help = byline({QStringLiteral("sync"), QStringLiteral("--help")}, {}, environment);
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.err.contains(QStringLiteral("libgit2")));
        QVERIFY(help.out.contains("Exit codes: 0 done, 1 done with changes of the same words"));
    }

    void shareCloneAndSync_reportAsJson_withTheDocumentedExitCodes()
    {
        const QString remote = m_dir.filePath(QStringLiteral("library.git"));
        QProcess::execute(QStringLiteral("git"),
                          {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), QStringLiteral("-b"),
                           QStringLiteral("main"), remote});
        const QString maya = m_dir.filePath(QStringLiteral("maya"));
        const QString ed = m_dir.filePath(QStringLiteral("ed"));
        QDir().mkpath(maya);
        for (const QString &name : QDir(QStringLiteral(BYLINE_SAMPLES_DIR)).entryList({QStringLiteral("*.md")}))
            QVERIFY(QFile::copy(QDir(QStringLiteral(BYLINE_SAMPLES_DIR)).filePath(name), QDir(maya).filePath(name)));

        const Run shared = byline({QStringLiteral("share"), QStringLiteral("--library"), maya,
                                   QStringLiteral("--remote"), remote, QStringLiteral("--json")},
                                  {}, as(QStringLiteral("Maya")));
        QCOMPARE(shared.exitCode, 0);
        QCOMPARE(listOf(jsonOf(shared).value(QStringLiteral("sent"))).size(), 4);
        QVERIFY(jsonOf(shared)
                    .value(QStringLiteral("commitMessage"))
                    .toString()
                    .startsWith(QStringLiteral("Maya: 4 articles — ")));

        const Run cloned
            = byline({QStringLiteral("clone"), remote, ed, QStringLiteral("--json")}, {}, as(QStringLiteral("Ed")));
        QCOMPARE(cloned.exitCode, 0);
        QCOMPARE(listOf(jsonOf(cloned).value(QStringLiteral("received"))).size(), 4);
        QCOMPARE(readFile(QDir(ed).filePath(bus)), readFile(QDir(maya).filePath(bus)));

        // The same words, changed by both: the second sync exits 1 and names the article.
        replaceIn(QDir(maya).filePath(bus), lede, QStringLiteral("the most candid room in the city."));
        replaceIn(QDir(ed).filePath(bus), lede, QStringLiteral("the most unguarded room in the city."));
        const Run edSync
            = byline({QStringLiteral("sync"), QStringLiteral("--library"), ed}, {}, as(QStringLiteral("Ed")));
        QCOMPARE(edSync.exitCode, 0);
        QVERIFY(edSync.out.contains("Sent:\n  the-last-bus-home.md\n"));
        const Run mayaSync
            = byline({QStringLiteral("sync"), QStringLiteral("--library"), maya, QStringLiteral("--json")}, {},
                     as(QStringLiteral("Maya")));
        QCOMPARE(mayaSync.exitCode, 1);
        const QJsonObject report = jsonOf(mayaSync);
        QCOMPARE(listOf(report.value(QStringLiteral("suggestions"))), QStringList {bus});
        QCOMPARE(listOf(report.value(QStringLiteral("received"))), QStringList {bus});
        QVERIFY(report.value(QStringLiteral("ok")).toBool());
        const QString merged = readFile(QDir(maya).filePath(bus));
        QVERIFY(merged.contains(QStringLiteral("{~~candid~>unguarded~~}{>>@Ed ")));
        QVERIFY(!merged.contains(QStringLiteral("<<<<<<<")));
        // `byline review` lists it, signed by Ed.
        const Run review = byline({QStringLiteral("review"), QStringLiteral("--list"), QDir(maya).filePath(bus)});
        QVERIFY2(review.out.contains("\"candid\" -> \"unguarded\""), review.out.constData());

        // A remote that is gone: exit 2, a message, the article as it was.
        replaceIn(QDir(ed).filePath(bus), QStringLiteral("Nobody on the last bus"),
                  QStringLiteral("No one on the last bus"));
        const QString before = readFile(QDir(ed).filePath(bus));
        QVERIFY(QDir(remote).removeRecursively());
        const Run gone
            = byline({QStringLiteral("sync"), QStringLiteral("--library"), ed}, {}, as(QStringLiteral("Ed")));
        QCOMPARE(gone.exitCode, 2);
        QVERIFY2(gone.err.startsWith(QStringLiteral("byline sync: ")), qPrintable(gone.err));
        QCOMPARE(readFile(QDir(ed).filePath(bus)), before);
    }

    void usageErrors_exit2()
    {
        QCOMPARE(byline({QStringLiteral("share"), QStringLiteral("--library"), m_dir.path()}).exitCode, 2);
        QCOMPARE(byline({QStringLiteral("clone"), QStringLiteral("only-one")}).exitCode, 2);
        const Run notShared = byline({QStringLiteral("sync"), QStringLiteral("--library"), m_dir.path()}, {},
                                     as(QStringLiteral("Maya")));
        QCOMPARE(notShared.exitCode, 2);
        QVERIFY2(notShared.err.contains(QStringLiteral("not a shared library")), qPrintable(notShared.err));
    }
};

QTEST_GUILESS_MAIN(SyncCliTest)
#include "sync_cli_test.moc"
