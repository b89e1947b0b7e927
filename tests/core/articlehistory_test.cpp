#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <history/articlehistory.h>
#include <history/revisionstore.h>

using namespace Byline::Core;

namespace {

const QDateTime start(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

// A shared library's history as git will give it: commits by hash, between the local revisions.
class CommitHistory final : public HistorySource
{
public:
    QList<Revision> revisions(const QString & /*filePath*/) const override
    {
        return {commit(QStringLiteral("9f3c2a1"), 150), commit(QStringLiteral("4be07d2"), 30)};
    }
    std::optional<QString> text(const QString & /*filePath*/, const QString &revisionId,
                                QString * /*error*/) const override
    {
        return QStringLiteral("Committed as %1.\n").arg(revisionId);
    }
    Revision::Source kind() const override { return Revision::Source::Git; }
    QString name() const override { return QStringLiteral("the library's git history"); }

private:
    static Revision commit(const QString &id, int minutes)
    {
        Revision revision;
        revision.id = id;
        revision.time = start.addSecs(qint64(60) * minutes);
        revision.author = QStringLiteral("Ed Brooks");
        revision.reason = Revision::Reason::Commit;
        revision.source = Revision::Source::Git;
        return revision;
    }
};

} // namespace

// ArticleHistory over the local store and a second source: merged newest first, revisions found
// by relative number, id or name, texts read from the source that holds them.
class ArticleHistoryTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void revisions_mergedNewestFirst();
    void find_bySpec_data();
    void find_bySpec();
    void find_nothingMatches_saysWhy_data();
    void find_nothingMatches_saysWhy();
    void text_comesFromItsSource();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<RevisionStore> m_store;
    CommitHistory m_commits;
    QStringList m_ids; // the local revisions, oldest first
};

void ArticleHistoryTest::init()
{
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("column.md"));
    m_store = std::make_unique<RevisionStore>(m_dir->filePath(QStringLiteral("history")), RevisionPolicy());
    m_ids.clear();
    const QStringList names = {QString(), QStringLiteral("Filed"), QString(), QStringLiteral("Filed")};
    for (int i = 0; i < 4; ++i) {
        const RevisionStore::KeepResult kept
            = m_store->keep({m_path, QStringLiteral("Draft %1.\n").arg(i), Revision::Reason::Save,
                             QStringLiteral("Maya Okafor"), names.at(i), start.addSecs(qint64(3600) * i), -1});
        QCOMPARE(kept.status, RevisionStore::KeepResult::Status::Kept);
        m_ids.append(kept.revisionId);
    }
}

void ArticleHistoryTest::revisions_mergedNewestFirst()
{
    const ArticleHistory history({m_store.get(), &m_commits});
    QStringList ids;
    for (const Revision &revision : history.revisions(m_path))
        ids.append(revision.id);
    // Local at 0, 60, 120 and 180 minutes; commits at 30 and 150.
    QCOMPARE(ids,
             (QStringList {m_ids.at(3), QStringLiteral("9f3c2a1"), m_ids.at(2), m_ids.at(1), QStringLiteral("4be07d2"),
                           m_ids.at(0)}));
}

void ArticleHistoryTest::find_bySpec_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("found"); // "local N": m_ids[N]; otherwise the id itself
    QTest::newRow("-1 is the newest") << "-1"
                                      << "local 3";
    QTest::newRow("-2 the one before") << "-2"
                                       << "9f3c2a1";
    QTest::newRow("-6 the oldest") << "-6"
                                   << "local 0";
    QTest::newRow("a local id") << "id 1"
                                << "local 1";
    QTest::newRow("a commit") << "4be07d2"
                              << "4be07d2";
    QTest::newRow("a name: the newest of it") << "Filed"
                                              << "local 3";
    QTest::newRow("spaces around") << " -3 "
                                   << "local 2";
}

void ArticleHistoryTest::find_bySpec()
{
    QFETCH(QString, spec);
    QFETCH(QString, found);
    if (spec.startsWith(QLatin1String("id ")))
        spec = m_ids.at(spec.mid(3).toInt());
    if (found.startsWith(QLatin1String("local ")))
        found = m_ids.at(found.mid(6).toInt());
    const ArticleHistory history({m_store.get(), &m_commits});
    QString error;
    const std::optional<Revision> revision = history.find(m_path, spec, &error);
    QVERIFY2(revision, qPrintable(error));
    QCOMPARE(revision->id, found);
}

void ArticleHistoryTest::find_nothingMatches_saysWhy_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("message");
    QTest::newRow("too far back") << "-7"
                                  << "column.md has 6 revisions; -7 is not one of them";
    QTest::newRow("-0") << "-0"
                        << "-0 is not one of them";
    QTest::newRow("no such id") << "12345"
                                << "no revision with the id or name \u201c12345\u201d";
    QTest::newRow("a name's wrong case") << "filed"
                                         << "no revision with the id or name \u201cfiled\u201d";
}

void ArticleHistoryTest::find_nothingMatches_saysWhy()
{
    QFETCH(QString, spec);
    QFETCH(QString, message);
    const ArticleHistory history({m_store.get(), &m_commits});
    QString error;
    QVERIFY(!history.find(m_path, spec, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(
        !ArticleHistory({m_store.get()}).find(m_dir->filePath(QStringLiteral("new.md")), QStringLiteral("-1"), &error));
    QVERIFY2(error.contains(QStringLiteral("new.md has no revisions yet")), qPrintable(error));
}

void ArticleHistoryTest::text_comesFromItsSource()
{
    const ArticleHistory history({m_store.get(), &m_commits});
    QString error;
    const std::optional<Revision> local = history.find(m_path, QStringLiteral("-1"), &error);
    QVERIFY(local);
    QCOMPARE(history.text(m_path, *local, &error), std::optional(QStringLiteral("Draft 3.\n")));
    const std::optional<Revision> commit = history.find(m_path, QStringLiteral("-2"), &error);
    QVERIFY(commit);
    QCOMPARE(history.text(m_path, *commit, &error), std::optional(QStringLiteral("Committed as 9f3c2a1.\n")));
    QVERIFY(!ArticleHistory({m_store.get()}).text(m_path, *commit, &error));
    QVERIFY2(error.contains(QStringLiteral("not available")), qPrintable(error));
}

QTEST_GUILESS_MAIN(ArticleHistoryTest)
#include "articlehistory_test.moc"
