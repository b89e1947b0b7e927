#include "generatedcolumn.h"

#include <QDirIterator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <history/revisionstore.h>

using namespace Byline::Core;
using Status = RevisionStore::KeepResult::Status;

namespace {

// Noon, UTC (the tests run in UTC, so hours and days are the policy's).
const QDateTime start(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

void writeText(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

// Runs `sql` on the store's file through a connection of the test's own; the first column of each row.
QVariantList column(const QString &database, const QString &sql)
{
    QVariantList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(database);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(sql);
            while (query.next())
                values.append(query.value(0));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    return values;
}

} // namespace

// The local revision store, on real SQLite files in a temporary folder: keeping and coalescing,
// names, the pruning policy over generated months of saves, texts stored as keys and deltas, the
// history following renames and moves, a damaged store put aside, and the size of a column's
// history.
class RevisionStoreTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void keep_save_recordsTimeAuthorWordsAndText();
    void keep_sameText_keepsNothing();
    void keep_autosave_atMostOneEveryFewMinutes();
    void keep_namedWithNothingChanged_namesTheNewest();
    void nameRevision_keptThroughPruning();
    void prune_monthsOfSaves_keepWhatThePolicySays();
    void texts_keysAndDeltas_readBackExactly_data();
    void texts_keysAndDeltas_readBackExactly();
    void prune_freesTheTextsNothingNeeds();
    void moved_renameInByline_historyFollows();
    void moved_folder_everyHistoryBelowFollows();
    void moveOutsideByline_foundByItsText();
    void moveOutsideBylineAndEdited_foundByNameAndTitle();
    void copy_doesNotTakeTheHistory();
    void sameFileNameWithoutATitle_isAnotherArticle();
    void damagedStore_isPutAsideAndANewOneStarts_data();
    void damagedStore_isPutAsideAndANewOneStarts();
    void damagedWhileInUse_revisionStillKept();
    void text_unknownRevision_saysSo();
    void hundredRevisionsOfAColumn_fitIn300KB();

private:
    RevisionStore::KeepResult keep(const QString &path, const QString &text, const QDateTime &time,
                                   Revision::Reason reason = Revision::Reason::Save, const QString &name = {});
    [[nodiscard]] QString article(const QString &name) const { return m_articles->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<QTemporaryDir> m_articles;
    std::unique_ptr<RevisionStore> m_store;
};

void RevisionStoreTest::initTestCase()
{
    qputenv("TZ", "UTC");
    QStandardPaths::setTestModeEnabled(true);
}

void RevisionStoreTest::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    m_articles = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<RevisionStore>(m_data->filePath(QStringLiteral("history")), RevisionPolicy());
}

void RevisionStoreTest::cleanup()
{
    m_store.reset();
}

RevisionStore::KeepResult RevisionStoreTest::keep(const QString &path, const QString &text, const QDateTime &time,
                                                  Revision::Reason reason, const QString &name)
{
    RevisionStore::KeepRequest request;
    request.path = path;
    request.text = text;
    request.reason = reason;
    request.author = QStringLiteral("Maya Okafor");
    request.name = name;
    request.time = time;
    return m_store->keep(request);
}

void RevisionStoreTest::keep_save_recordsTimeAuthorWordsAndText()
{
    const QString path = article(QStringLiteral("column.md"));
    const QString text = QStringLiteral("---\ntitle: Harbour\n---\n\nThe harbour at {--first --}dawn, with gulls.\n");
    writeText(path, text);
    const RevisionStore::KeepResult kept = keep(path, text, start);
    QCOMPARE(kept.status, Status::Kept);
    QVERIFY(!kept.revisionId.isEmpty());
    QVERIFY(QFileInfo::exists(m_data->filePath(QStringLiteral("history/history.sqlite"))));
    QVERIFY(!QFileInfo::exists(m_articles->filePath(QStringLiteral("history.sqlite")))); // never in the library

    const QList<Revision> revisions = m_store->revisions(path);
    QCOMPARE(revisions.size(), 1);
    const Revision &revision = revisions.constFirst();
    QCOMPARE(revision.id, kept.revisionId);
    QCOMPARE(revision.time, start);
    QCOMPARE(revision.time.timeSpec(), Qt::UTC);
    QCOMPARE(revision.author, QStringLiteral("Maya Okafor"));
    QCOMPARE(revision.words, 6); // the final text: the deleted word is not counted
    QVERIFY(revision.name.isEmpty());
    QCOMPARE(revision.reason, Revision::Reason::Save);
    QCOMPARE(revision.source, Revision::Source::Local);
    QString error;
    QCOMPARE(m_store->text(path, revision.id, &error), std::optional(text));
}

void RevisionStoreTest::keep_sameText_keepsNothing()
{
    const QString path = article(QStringLiteral("column.md"));
    const RevisionStore::KeepResult first = keep(path, QStringLiteral("One.\n"), start);
    const RevisionStore::KeepResult again = keep(path, QStringLiteral("One.\n"), start.addSecs(3600));
    QCOMPARE(again.status, Status::Unchanged);
    QCOMPARE(again.revisionId, first.revisionId);
    QCOMPARE(keep(path, QStringLiteral("Two.\n"), start.addSecs(7200)).status, Status::Kept);
    // Back to an earlier text: a revision of its own, its text stored once.
    QCOMPARE(keep(path, QStringLiteral("One.\n"), start.addSecs(9000)).status, Status::Kept);
    QCOMPARE(m_store->revisions(path).size(), 3);
    QCOMPARE(column(m_store->databasePath(), QStringLiteral("SELECT count(*) FROM blobs")).value(0).toInt(), 2);
}

void RevisionStoreTest::keep_autosave_atMostOneEveryFewMinutes()
{
    const QString path = article(QStringLiteral("column.md"));
    using Reason = Revision::Reason;
    QCOMPARE(keep(path, QStringLiteral("a"), start, Reason::Autosave).status, Status::Kept); // the first one
    QCOMPARE(keep(path, QStringLiteral("ab"), start.addSecs(30), Reason::Autosave).status, Status::Coalesced);
    QCOMPARE(keep(path, QStringLiteral("abc"), start.addSecs(299), Reason::Autosave).status, Status::Coalesced);
    QCOMPARE(keep(path, QStringLiteral("abcd"), start.addSecs(300), Reason::Autosave).status, Status::Kept);
    // A manual save always keeps one.
    QCOMPARE(keep(path, QStringLiteral("abcde"), start.addSecs(310), Reason::Save).status, Status::Kept);
    QCOMPARE(keep(path, QStringLiteral("abcdef"), start.addSecs(320), Reason::Autosave).status, Status::Coalesced);

    RevisionPolicy often;
    often.autosaveMinutes = 1;
    m_store->setPolicy(often);
    QCOMPARE(keep(path, QStringLiteral("abcdefg"), start.addSecs(370), Reason::Autosave).status, Status::Kept);
    const QList<Revision> revisions = m_store->revisions(path);
    QCOMPARE(revisions.size(), 4);
    QCOMPARE(revisions.at(0).reason, Reason::Autosave);
    QCOMPARE(revisions.at(1).reason, Reason::Save);
}

void RevisionStoreTest::keep_namedWithNothingChanged_namesTheNewest()
{
    const QString path = article(QStringLiteral("column.md"));
    const RevisionStore::KeepResult saved = keep(path, QStringLiteral("Filed.\n"), start);
    const RevisionStore::KeepResult named
        = keep(path, QStringLiteral("Filed.\n"), start.addSecs(60), Revision::Reason::Named, QStringLiteral("Filed"));
    QCOMPARE(named.status, Status::Kept);
    QCOMPARE(named.revisionId, saved.revisionId);
    // A second name for the same text is a revision of its own.
    const RevisionStore::KeepResult second = keep(path, QStringLiteral("Filed.\n"), start.addSecs(120),
                                                  Revision::Reason::Named, QStringLiteral("Sent to the desk"));
    QCOMPARE(second.status, Status::Kept);
    QVERIFY(second.revisionId != saved.revisionId);
    const QList<Revision> revisions = m_store->revisions(path);
    QCOMPARE(revisions.size(), 2);
    QCOMPARE(revisions.at(0).name, QStringLiteral("Sent to the desk"));
    QCOMPARE(revisions.at(1).name, QStringLiteral("Filed"));
}

void RevisionStoreTest::nameRevision_keptThroughPruning()
{
    const QString path = article(QStringLiteral("column.md"));
    const RevisionStore::KeepResult first = keep(path, QStringLiteral("First draft.\n"), start);
    keep(path, QStringLiteral("Second draft.\n"), start.addSecs(600));
    QString error;
    QVERIFY2(m_store->nameRevision(path, first.revisionId, QStringLiteral("As pitched"), &error), qPrintable(error));
    QVERIFY(!m_store->nameRevision(path, QStringLiteral("999"), QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QStringLiteral("column.md has no revision 999")), qPrintable(error));

    // A year of daily saves later, only the named one and one a month are left of the first days.
    for (int day = 1; day <= 365; ++day)
        keep(path, QStringLiteral("Draft of day %1.\n").arg(day), start.addDays(day));
    const QList<Revision> revisions = m_store->revisions(path);
    QCOMPARE(revisions.constLast().id, first.revisionId);
    QCOMPARE(revisions.constLast().name, QStringLiteral("As pitched"));
    QCOMPARE(m_store->text(path, first.revisionId, &error), std::optional(QStringLiteral("First draft.\n")));
    QVERIFY(revisions.size() < 120);
}

void RevisionStoreTest::prune_monthsOfSaves_keepWhatThePolicySays()
{
    const QString path = article(QStringLiteral("column.md"));
    // A save every 53 minutes for 130 days, one of them named.
    constexpr int step = 53 * 60;
    const int count = 130 * 24 * 3600 / step;
    QList<QDateTime> times;
    for (int i = 0; i < count; ++i) {
        times.append(start.addSecs(qint64(i) * step));
        RevisionStore::KeepRequest request {path,
                                            QStringLiteral("Save %1\n").arg(i),
                                            Revision::Reason::Save,
                                            QStringLiteral("Maya Okafor"),
                                            {},
                                            times.constLast(),
                                            i};
        if (i == 100)
            request.name = QStringLiteral("Pitched");
        QCOMPARE(m_store->keep(request).status, Status::Kept);
    }
    const QDateTime now = times.constLast();
    // What must be left: everything of the last day; for a week, the latest of each hour; for 90
    // days, the latest of each day; before, the latest of each month; the named one.
    constexpr qint64 day = qint64(24) * 3600;
    QSet<int> expected {100};
    QSet<QString> periods; // the hours, days and months seen, newest first
    for (int i = count - 1; i >= 0; --i) {
        const qint64 age = times.at(i).secsTo(now);
        const QString hour = times.at(i).toString(QStringLiteral("'h'yyyyMMddHH"));
        const QString dayPeriod = times.at(i).toString(QStringLiteral("'d'yyyyMMdd"));
        const QString month = times.at(i).toString(QStringLiteral("'m'yyyyMM"));
        const QString period = age < 7 * day ? hour : age < 90 * day ? dayPeriod : month;
        if (age < day || !periods.contains(period))
            expected.insert(i);
        periods.unite({hour, dayPeriod, month});
    }
    QSet<int> kept;
    const QList<Revision> revisions = m_store->revisions(path);
    for (const Revision &revision : revisions)
        kept.insert(revision.words); // each save's number
    QVERIFY2(kept == expected,
             qPrintable(QStringLiteral("%1 kept that should not be, %2 gone that should be kept")
                            .arg(QSet(kept).subtract(expected).size())
                            .arg(QSet(expected).subtract(kept).size())));
    QVERIFY(revisions.size() > 24 + 6 * 24 + 80); // and not much more
    QVERIFY(revisions.size() < 27 + 7 * 24 + 90 + 3);
    QString error;
    for (const Revision &revision : revisions)
        QCOMPARE(m_store->text(path, revision.id, &error),
                 std::optional(QStringLiteral("Save %1\n").arg(revision.words)));
}

void RevisionStoreTest::texts_keysAndDeltas_readBackExactly_data()
{
    QTest::addColumn<QStringList>("texts");
    QRandomGenerator random(11);
    QStringList edits {GeneratedColumn::column()};
    for (int i = 0; i < 40; ++i)
        edits.append(GeneratedColumn::edited(edits.constLast(), random));
    QTest::newRow("a column, edited 40 times") << edits;
    const QString foreign
        = QStringLiteral("---\r\ntitle: Zoë’s “Notes”\r\n---\r\n\r\nÆble, café, naïve — 日本語の文章、"
                         "中文的句子。 Ελληνικά. 🙂👍🏽 e\u0301 \u200d\r\n");
    QTest::newRow("not ASCII, CRLF") << QStringList {foreign, foreign + QStringLiteral("Ещё строка 🚋.\r\n"),
                                                     foreign + QStringLiteral("Ещё строка 🚌.\r\n")};
    const QString manuscript = GeneratedColumn::column(100000);
    QTest::newRow("100,000 words") << QStringList {manuscript, GeneratedColumn::edited(manuscript, random)};
    QTest::newRow("empty") << QStringList {QString(), QStringLiteral("Not empty.\n"), QString()};
}

void RevisionStoreTest::texts_keysAndDeltas_readBackExactly()
{
    QFETCH(QStringList, texts);
    const QString path = article(QStringLiteral("column.md"));
    QStringList ids;
    for (int i = 0; i < texts.size(); ++i) {
        const RevisionStore::KeepResult kept = keep(path, texts.at(i), start.addSecs(qint64(60) * i));
        QCOMPARE(kept.status, Status::Kept);
        ids.append(kept.revisionId);
    }
    QString error;
    for (int i = 0; i < texts.size(); ++i) {
        const std::optional<QString> text = m_store->text(path, ids.at(i), &error);
        QVERIFY2(text, qPrintable(error));
        QCOMPARE(text->size(), texts.at(i).size());
        QVERIFY(*text == texts.at(i));
    }
    if (QByteArray(QTest::currentDataTag()) != "empty") {
        const QString database = m_store->databasePath();
        QVERIFY(column(database, QStringLiteral("SELECT count(*) FROM blobs WHERE base IS NULL")).value(0).toInt()
                >= 1);
        QVERIFY(column(database, QStringLiteral("SELECT count(*) FROM blobs WHERE base IS NOT NULL")).value(0).toInt()
                >= 1);
        // One level deep: a delta's base is a key.
        QCOMPARE(column(database,
                        QStringLiteral("SELECT count(*) FROM blobs d JOIN blobs k ON k.id = d.base "
                                       "WHERE k.base IS NOT NULL"))
                     .value(0)
                     .toInt(),
                 0);
    }
}

void RevisionStoreTest::prune_freesTheTextsNothingNeeds()
{
    const QString path = article(QStringLiteral("column.md"));
    QRandomGenerator random(5);
    QString text = GeneratedColumn::column();
    // Autosaves every five minutes for four days: most of them pruned by now.
    for (int i = 0; i < 4 * 24 * 12; ++i) {
        text = GeneratedColumn::edited(text, random);
        QVERIFY(keep(path, text, start.addSecs(qint64(300) * i), Revision::Reason::Autosave).status == Status::Kept);
    }
    const QString database = m_store->databasePath();
    const int revisions = int(m_store->revisions(path).size());
    QVERIFY(revisions < 24 * 12 + 3 * 24 + 2);
    // Every blob is a revision's or the key of one that is.
    QCOMPARE(column(database,
                    QStringLiteral("SELECT count(*) FROM blobs b WHERE NOT EXISTS(SELECT 1 FROM revisions "
                                   "r WHERE r.blob = b.id) AND NOT EXISTS(SELECT 1 FROM blobs d JOIN "
                                   "revisions r ON r.blob = d.id WHERE d.base = b.id)"))
                 .value(0)
                 .toInt(),
             0);
    QVERIFY(column(database, QStringLiteral("SELECT count(*) FROM blobs")).value(0).toInt() <= revisions * 2);
    QString error;
    for (const Revision &revision : m_store->revisions(path))
        QVERIFY2(m_store->text(path, revision.id, &error), qPrintable(error));
}

void RevisionStoreTest::moved_renameInByline_historyFollows()
{
    const QString from = article(QStringLiteral("column.md"));
    const QString to = article(QStringLiteral("harbour-at-dawn.md"));
    writeText(from, QStringLiteral("The harbour.\n"));
    keep(from, QStringLiteral("The harbour.\n"), start);
    keep(from, QStringLiteral("The harbour at dawn.\n"), start.addSecs(60));
    QVERIFY(QFile::rename(from, to));
    QString error;
    QVERIFY2(m_store->moved(from, to, &error), qPrintable(error));
    QCOMPARE(m_store->revisions(to).size(), 2);
    QVERIFY(m_store->revisions(from).isEmpty());
    QCOMPARE(keep(to, QStringLiteral("The harbour at dawn, with gulls.\n"), start.addSecs(120)).status, Status::Kept);
    QCOMPARE(m_store->revisions(to).size(), 3);
}

void RevisionStoreTest::moved_folder_everyHistoryBelowFollows()
{
    const QString one = article(QStringLiteral("drafts/one.md"));
    const QString two = article(QStringLiteral("drafts/deep/two.md"));
    const QString other = article(QStringLiteral("drafts-old/three.md"));
    for (const QString &path : {one, two, other}) {
        writeText(path, path);
        keep(path, path, start);
    }
    QVERIFY(QDir().rename(article(QStringLiteral("drafts")), article(QStringLiteral("filed"))));
    QVERIFY(m_store->moved(article(QStringLiteral("drafts")), article(QStringLiteral("filed"))));
    QCOMPARE(m_store->revisions(article(QStringLiteral("filed/one.md"))).size(), 1);
    QCOMPARE(m_store->revisions(article(QStringLiteral("filed/deep/two.md"))).size(), 1);
    QCOMPARE(m_store->revisions(other).size(), 1); // a folder whose name only starts the same stays
}

void RevisionStoreTest::moveOutsideByline_foundByItsText()
{
    const QString from = article(QStringLiteral("column.md"));
    const QString to = article(QStringLiteral("2026/november/harbour.md"));
    const QString text = GeneratedColumn::column();
    keep(from, QStringLiteral("An early draft.\n"), start);
    writeText(from, text);
    keep(from, text, start.addSecs(60));
    QDir().mkpath(QFileInfo(to).absolutePath());
    QVERIFY(QFile::rename(from, to)); // as `mv` or a file manager does, Byline not told
    const QList<Revision> revisions = m_store->revisions(to);
    QCOMPARE(revisions.size(), 2);
    QString error;
    QCOMPARE(m_store->text(to, revisions.constLast().id, &error), std::optional(QStringLiteral("An early draft.\n")));
    QCOMPARE(keep(to, text + QStringLiteral("More.\n"), start.addSecs(120)).status, Status::Kept);
    QCOMPARE(m_store->revisions(to).size(), 3);
    QVERIFY(m_store->revisions(from).isEmpty());
}

void RevisionStoreTest::moveOutsideBylineAndEdited_foundByNameAndTitle()
{
    const QString from = article(QStringLiteral("drafts/harbour.md"));
    const QString to = article(QStringLiteral("filed/harbour.md"));
    const QString text = QStringLiteral("---\ntitle: The Harbour at Dawn\n---\n\nGulls.\n");
    writeText(from, text);
    keep(from, text, start);
    QDir().mkpath(QFileInfo(to).absolutePath());
    QVERIFY(QFile::rename(from, to));
    const QString edited = text + QStringLiteral("And ferries.\n");
    writeText(to, edited); // edited in another editor too
    QCOMPARE(keep(to, edited, start.addSecs(60)).status, Status::Kept);
    QCOMPARE(m_store->revisions(to).size(), 2);

    // Another file of that name, but a title of its own, starts a history of its own.
    const QString stranger = article(QStringLiteral("elsewhere/harbour.md"));
    const QString other = QStringLiteral("---\ntitle: Harbour Dues\n---\n\nFees.\n");
    writeText(stranger, other);
    QCOMPARE(keep(stranger, other, start.addSecs(120)).status, Status::Kept);
    QCOMPARE(m_store->revisions(stranger).size(), 1);
}

void RevisionStoreTest::copy_doesNotTakeTheHistory()
{
    const QString original = article(QStringLiteral("column.md"));
    const QString copy = article(QStringLiteral("column copy.md"));
    writeText(original, QStringLiteral("Text.\n"));
    keep(original, QStringLiteral("Text.\n"), start);
    QVERIFY(QFile::copy(original, copy));
    QVERIFY(m_store->revisions(copy).isEmpty());
    QCOMPARE(m_store->revisions(original).size(), 1);
}

void RevisionStoreTest::sameFileNameWithoutATitle_isAnotherArticle()
{
    const QString gone = article(QStringLiteral("drafts/notes.md"));
    writeText(gone, QStringLiteral("Call the harbour master.\n"));
    keep(gone, QStringLiteral("Call the harbour master.\n"), start);
    QVERIFY(QFile::remove(gone));
    // A title made from the file name is no sign of the same article.
    const QString other = article(QStringLiteral("elsewhere/notes.md"));
    writeText(other, QStringLiteral("Buy milk.\n"));
    QVERIFY(m_store->revisions(other).isEmpty());
    QCOMPARE(keep(other, QStringLiteral("Buy milk.\n"), start.addSecs(60)).status, Status::Kept);
    QCOMPARE(m_store->revisions(other).size(), 1);
    QCOMPARE(m_store->revisions(gone).size(), 1); // the deleted one's history stays its own
}

void RevisionStoreTest::damagedStore_isPutAsideAndANewOneStarts_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("said");
    QTest::newRow("not SQLite") << QByteArray("These are not the revisions you are looking for.\n").repeated(200)
                                << QStringLiteral("damaged");
    QTest::newRow("another schema") << QByteArray() << QStringLiteral("not Byline's revision store");
}

void RevisionStoreTest::damagedStore_isPutAsideAndANewOneStarts()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, said);
    const QString database = m_store->databasePath();
    QDir().mkpath(QFileInfo(database).absolutePath());
    if (content.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(database);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE notes(text TEXT)")));
        db.close();
    } else {
        writeText(database, QString::fromLatin1(content));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = [&] {
        QFile file(database);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();

    const QString path = article(QStringLiteral("column.md"));
    const RevisionStore::KeepResult kept = keep(path, QStringLiteral("Kept all the same.\n"), start);
    QCOMPARE(kept.status, Status::Kept);
    QVERIFY2(kept.notice.contains(said) && kept.notice.contains(QStringLiteral("history.sqlite.damaged-")),
             qPrintable(kept.notice));
    const QStringList aside
        = QDir(QFileInfo(database).absolutePath()).entryList({QStringLiteral("history.sqlite.damaged-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QFile file(QFileInfo(database).absoluteDir().filePath(aside.constFirst()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before); // put aside as it was, not deleted
    QCOMPARE(m_store->revisions(path).size(), 1);
    // Said once.
    QVERIFY(keep(path, QStringLiteral("Again.\n"), start.addSecs(60)).notice.isEmpty());
}

void RevisionStoreTest::damagedWhileInUse_revisionStillKept()
{
    const QString path = article(QStringLiteral("column.md"));
    for (int i = 0; i < 20; ++i)
        keep(path, GeneratedColumn::column(1000, quint32(i)), start.addSecs(qint64(60) * i));
    const QString database = m_store->databasePath();
    m_store.reset(); // the last connection checkpoints the log into the file
    {
        // A failing disk: every page after the first (the schema) overwritten.
        QFile file(database);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8192);
        file.seek(4096);
        file.write(QByteArray(file.size() - 4096, '\xa5'));
    }
    m_store = std::make_unique<RevisionStore>(m_data->filePath(QStringLiteral("history")), RevisionPolicy());
    const RevisionStore::KeepResult kept = keep(path, QStringLiteral("After the damage.\n"), start.addSecs(3600));
    QCOMPARE(kept.status, Status::Kept);
    QVERIFY2(kept.notice.contains(QStringLiteral("damaged")), qPrintable(kept.notice));
    QCOMPARE(m_store->revisions(path).size(), 1);
}

void RevisionStoreTest::text_unknownRevision_saysSo()
{
    const QString path = article(QStringLiteral("column.md"));
    const QString other = article(QStringLiteral("other.md"));
    keep(path, QStringLiteral("Mine.\n"), start);
    const RevisionStore::KeepResult theirs = keep(other, QStringLiteral("Theirs.\n"), start);
    QString error;
    QVERIFY(!m_store->text(path, QStringLiteral("77"), &error));
    QVERIFY2(error.contains(QStringLiteral("column.md has no revision 77")), qPrintable(error));
    QVERIFY(!m_store->text(path, QStringLiteral("seven"), &error));
    QVERIFY(!m_store->text(path, theirs.revisionId, &error)); // another article's
}

void RevisionStoreTest::hundredRevisionsOfAColumn_fitIn300KB()
{
    const QString path = article(QStringLiteral("column.md"));
    QRandomGenerator random(2026);
    QString text = GeneratedColumn::column();
    QVERIFY(GeneratedColumn::wordsIn(text) >= 1000);
    for (int i = 0; i < 100; ++i) {
        QCOMPARE(keep(path, text, start.addSecs(qint64(600) * i)).status, Status::Kept);
        for (int edits = 1 + random.bounded(3); edits > 0; --edits)
            text = GeneratedColumn::edited(text, random);
    }
    QCOMPARE(m_store->revisions(path).size(), 100);
    const QString database = m_store->databasePath();
    m_store.reset(); // checkpointed: the log is in the file
    qint64 bytes = 0;
    for (QDirIterator it(QFileInfo(database).absolutePath(), QDir::Files); it.hasNext();)
        bytes += QFileInfo(it.next()).size();
    qInfo("100 revisions of a %d-word column: %lld bytes on disk", GeneratedColumn::wordsIn(text), bytes);
    QVERIFY2(bytes <= qint64(300) * 1024, qPrintable(QString::number(bytes)));
}

QTEST_GUILESS_MAIN(RevisionStoreTest)
#include "revisionstore_test.moc"
