#include "bylineprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

const QByteArray draft = "---\ntitle: The Harbour at Dawn\n---\n\nGulls over the harbour wall at dawn.\n";
const QByteArray filed = "---\ntitle: The Harbour at Dawn\n---\n\nGulls over the harbour wall at first light.\n";
const QByteArray edited = "---\ntitle: The Harbour at Dawn\n---\n\nGulls, and a ferry, at first light.\n";

} // namespace

// `byline history` and `byline restore`, run as the real program with a home of their own, so
// the revisions go to a data folder the test made and never to the user's.
class HistoryCliTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void noRevisions_saysSoAndExitsZero();
    void keepAndList_newestFirstWithEveryField();
    void listJson_givesEveryField();
    void keep_sameText_keepsNothing();
    void keep_authorFromTheSettings();
    void movedOutsideByline_historyFollows();
    void restore_writesTheRevisionAndKeepsTheReplacedText();
    void restore_byNameAndByNumber();
    void restore_sameText_changesNothing();
    void restore_deletedArticle_comesBack();
    void restore_writeFails_exitOneAndNothingChanged();
    void errors_exitTwo_data();
    void errors_exitTwo();

private:
    Run run(const QStringList &arguments, const QList<std::pair<QString, QString>> &extra = {}) const;
    // The article's revisions as `byline history --json` gives them.
    QJsonArray listed() const;

    std::unique_ptr<QTemporaryDir> m_home;
    QString m_article;
};

void HistoryCliTest::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QDir(m_home->path()).mkpath(QStringLiteral("library"));
    m_article = m_home->filePath(QStringLiteral("library/column.md"));
    writeFile(m_article, draft);
}

Run HistoryCliTest::run(const QStringList &arguments, const QList<std::pair<QString, QString>> &extra) const
{
    QList<std::pair<QString, QString>> environment {
        {QStringLiteral("HOME"), m_home->path()},
        {QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data"))},
        {QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config"))},
    };
    environment.append(extra);
    return byline(arguments, m_home->filePath(QStringLiteral("library")), environment);
}

QJsonArray HistoryCliTest::listed() const
{
    const Run listing = run({QStringLiteral("history"), m_article, QStringLiteral("--json")});
    return QJsonDocument::fromJson(listing.out).array();
}

void HistoryCliTest::noRevisions_saysSoAndExitsZero()
{
    const Run table = run({QStringLiteral("history"), m_article});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.isEmpty());
    QVERIFY2(table.err.contains(QStringLiteral("has no revisions yet")), qPrintable(table.err));
    const Run json = run({QStringLiteral("history"), m_article, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out).array(), QJsonArray());
    // Nothing is written next to the article.
    QCOMPARE(QDir(m_home->filePath(QStringLiteral("library"))).entryList(QDir::Files | QDir::Hidden),
             QStringList {QStringLiteral("column.md")});
}

void HistoryCliTest::keepAndList_newestFirstWithEveryField()
{
    const Run first = run({QStringLiteral("history"), m_article, QStringLiteral("--keep"), QStringLiteral("--author"),
                           QStringLiteral("Maya Okafor")});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.startsWith(QByteArray(m_article.toUtf8() + ": kept revision ")), first.out.constData());
    writeFile(m_article, filed);
    QCOMPARE(run({QStringLiteral("history"), m_article, QStringLiteral("--keep"), QStringLiteral("--name"),
                  QStringLiteral("Filed to the desk"), QStringLiteral("--author"), QStringLiteral("Zoë Fry")})
                 .exitCode,
             0);
    QVERIFY(QFileInfo::exists(m_home->filePath(QStringLiteral("data/Byline/Byline/history/history.sqlite"))));

    const Run table = run({QStringLiteral("history"), QStringLiteral("column.md")}); // relative to the folder
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = QString::fromUtf8(table.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("ID")) && lines.at(0).contains(QStringLiteral("WORDS")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(QStringLiteral("Zoë Fry"))
                 && lines.at(1).endsWith(QStringLiteral("Filed to the desk")),
             qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).contains(QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"))));
    QVERIFY(lines.at(2).contains(QStringLiteral("Maya Okafor")));
    QVERIFY(lines.at(2).endsWith(QStringLiteral("    7"))); // the draft's words, under WORDS
}

void HistoryCliTest::listJson_givesEveryField()
{
    run({QStringLiteral("history"), m_article, QStringLiteral("--keep"), QStringLiteral("--author"),
         QStringLiteral("Maya Okafor")});
    writeFile(m_article, filed);
    run({QStringLiteral("history"), m_article, QStringLiteral("--keep"), QStringLiteral("--name"),
         QStringLiteral("Filed")});
    const QJsonArray revisions = listed();
    QCOMPARE(revisions.size(), 2);
    const QJsonObject newest = revisions.at(0).toObject();
    const QJsonObject oldest = revisions.at(1).toObject();
    QCOMPARE(newest.value(QLatin1String("name")).toString(), QStringLiteral("Filed"));
    QCOMPARE(newest.value(QLatin1String("reason")).toString(), QStringLiteral("named"));
    QCOMPARE(newest.value(QLatin1String("source")).toString(), QStringLiteral("local"));
    QCOMPARE(newest.value(QLatin1String("words")).toInt(), 8);
    QVERIFY(oldest.value(QLatin1String("name")).isNull());
    QCOMPARE(oldest.value(QLatin1String("author")).toString(), QStringLiteral("Maya Okafor"));
    QCOMPARE(oldest.value(QLatin1String("reason")).toString(), QStringLiteral("save"));
    QVERIFY(newest.value(QLatin1String("id")).toString() != oldest.value(QLatin1String("id")).toString());
    const QString time = newest.value(QLatin1String("time")).toString();
    QVERIFY2(time.endsWith(QLatin1Char('Z')), qPrintable(time));
    const QDateTime parsed = QDateTime::fromString(time, Qt::ISODate);
    QVERIFY(parsed.isValid());
    QVERIFY(qAbs(parsed.secsTo(QDateTime::currentDateTimeUtc())) < 120);
}

void HistoryCliTest::keep_sameText_keepsNothing()
{
    const Run first = run({QStringLiteral("history"), m_article, QStringLiteral("--keep")});
    const Run again = run({QStringLiteral("history"), m_article, QStringLiteral("--keep")});
    QCOMPARE(again.exitCode, 0);
    const QByteArray id = first.out.mid(first.out.lastIndexOf(' ') + 1).trimmed();
    QCOMPARE(again.out, QByteArray(m_article.toUtf8() + ": unchanged since revision " + id + "\n"));
    QCOMPARE(listed().size(), 1);
}

void HistoryCliTest::keep_authorFromTheSettings()
{
    // The name the window asks for once (Preferences ▸ Your name), in the settings they share.
    QDir(m_home->path()).mkpath(QStringLiteral("config/Byline"));
    writeFile(m_home->filePath(QStringLiteral("config/Byline/Byline.conf")), "[articles]\nauthor=Ed Brooks\n");
    QCOMPARE(run({QStringLiteral("history"), m_article, QStringLiteral("--keep")}).exitCode, 0);
    QCOMPARE(listed().at(0).toObject().value(QLatin1String("author")).toString(), QStringLiteral("Ed Brooks"));
}

void HistoryCliTest::movedOutsideByline_historyFollows()
{
    run({QStringLiteral("history"), m_article, QStringLiteral("--keep")});
    writeFile(m_article, filed);
    run({QStringLiteral("history"), m_article, QStringLiteral("--keep")});
    QDir(m_home->path()).mkpath(QStringLiteral("library/2026"));
    const QString moved = m_home->filePath(QStringLiteral("library/2026/harbour.md"));
    QVERIFY(QFile::rename(m_article, moved));
    const Run listing = run({QStringLiteral("history"), moved, QStringLiteral("--json")});
    QCOMPARE(listing.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(listing.out).array().size(), 2);
    QCOMPARE(run({QStringLiteral("restore"), moved, QStringLiteral("--revision"), QStringLiteral("-2")}).exitCode, 0);
    QCOMPARE(readAll(moved), draft);
}

void HistoryCliTest::restore_writesTheRevisionAndKeepsTheReplacedText()
{
    run({QStringLiteral("history"), m_article, QStringLiteral("--keep")});
    const QString draftId = listed().at(0).toObject().value(QLatin1String("id")).toString();
    writeFile(m_article, filed);
    run({QStringLiteral("history"), m_article, QStringLiteral("--keep")});
    writeFile(m_article, edited); // saved by another editor, never kept

    const Run restore = run({QStringLiteral("restore"), m_article, QStringLiteral("--revision"), draftId,
                             QStringLiteral("--author"), QStringLiteral("Ed Brooks")});
    QCOMPARE(restore.exitCode, 0);
    QVERIFY2(restore.out.contains(QByteArray("restored revision " + draftId.toUtf8())), restore.out.constData());
    QVERIFY(restore.out.contains("the text it replaced is revision "));
    QCOMPARE(readAll(m_article), draft);
    QCOMPARE(QDir(QFileInfo(m_article).absolutePath()).entryList(QDir::Files | QDir::Hidden),
             QStringList {QStringLiteral("column.md")}); // written safely: no temporary file left

    const QJsonObject replaced = listed().at(0).toObject();
    QCOMPARE(replaced.value(QLatin1String("reason")).toString(), QStringLiteral("restore"));
    QCOMPARE(replaced.value(QLatin1String("author")).toString(), QStringLiteral("Ed Brooks"));
    // The restore itself can be undone: the replaced text is a revision like any other.
    QCOMPARE(run({QStringLiteral("restore"), m_article, QStringLiteral("--revision"),
                  replaced.value(QLatin1String("id")).toString()})
                 .exitCode,
             0);
    QCOMPARE(readAll(m_article), edited);
}

void HistoryCliTest::restore_byNameAndByNumber()
{
    run({QStringLiteral("history"), m_article, QStringLiteral("--keep"), QStringLiteral("--name"),
         QStringLiteral("First draft")});
    writeFile(m_article, filed);
    run({QStringLiteral("history"), m_article, QStringLiteral("--keep")});
    QCOMPARE(run({QStringLiteral("restore"), m_article, QStringLiteral("-r"), QStringLiteral("First draft")}).exitCode,
             0);
    QCOMPARE(readAll(m_article), draft);
    // -1 is the newest: now the text the restore replaced.
    QCOMPARE(run({QStringLiteral("restore"), m_article, QStringLiteral("-r"), QStringLiteral("-1")}).exitCode, 0);
    QCOMPARE(readAll(m_article), filed);
}

void HistoryCliTest::restore_sameText_changesNothing()
{
    run({QStringLiteral("history"), m_article, QStringLiteral("--keep")});
    const Run restore = run({QStringLiteral("restore"), m_article, QStringLiteral("-r"), QStringLiteral("-1")});
    QCOMPARE(restore.exitCode, 0);
    QVERIFY2(restore.out.contains("nothing changed"), restore.out.constData());
    QCOMPARE(listed().size(), 1);
}

void HistoryCliTest::restore_deletedArticle_comesBack()
{
    run({QStringLiteral("history"), m_article, QStringLiteral("--keep")});
    QVERIFY(QFile::remove(m_article));
    const Run listing = run({QStringLiteral("history"), m_article});
    QCOMPARE(listing.exitCode, 0);
    QVERIFY(listing.out.contains("ID"));
    QCOMPARE(run({QStringLiteral("restore"), m_article, QStringLiteral("-r"), QStringLiteral("-1")}).exitCode, 0);
    QCOMPARE(readAll(m_article), draft);
}

void HistoryCliTest::restore_writeFails_exitOneAndNothingChanged()
{
    run({QStringLiteral("history"), m_article, QStringLiteral("--keep")});
    writeFile(m_article, filed);
    const Run restore = run({QStringLiteral("restore"), m_article, QStringLiteral("-r"), QStringLiteral("-1")},
                            {{QStringLiteral("BYLINE_WRITE_FAULTS"), QStringLiteral("flush:ENOSPC:column.md")}});
    QCOMPARE(restore.exitCode, 1);
    QVERIFY2(restore.err.contains(m_article + QStringLiteral(": not restored: "))
                 && restore.err.contains(QStringLiteral("the disk is full")),
             qPrintable(restore.err));
    QCOMPARE(readAll(m_article), filed);
    QCOMPARE(QDir(QFileInfo(m_article).absolutePath()).entryList(QDir::Files | QDir::Hidden),
             QStringList {QStringLiteral("column.md")});
}

void HistoryCliTest::errors_exitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("history: no file") << QStringList {"history"} << "give one FILE";
    QTest::newRow("history: two files") << QStringList {"history", "FILE", "FILE"} << "give one FILE";
    QTest::newRow("history: missing") << QStringList {"history", "missing.md"} << "missing.md does not exist";
    QTest::newRow("history: keep missing") << QStringList {"history", "missing.md", "--keep"} << "does not exist";
    QTest::newRow("history: name alone") << QStringList {"history", "FILE", "--name", "x"} << "are for --keep";
    QTest::newRow("history: empty name") << QStringList {"history", "FILE", "--keep", "--name", " "} << "needs a name";
    QTest::newRow("restore: no revision") << QStringList {"restore", "FILE"} << "--revision REVISION";
    QTest::newRow("restore: missing") << QStringList {"restore", "missing.md", "-r", "-1"} << "does not exist";
    QTest::newRow("restore: no revisions") << QStringList {"restore", "FILE", "-r", "-1"} << "has no revisions yet";
    QTest::newRow("restore: unknown option") << QStringList {"restore", "FILE", "--revison", "1"} << "--help";
}

void HistoryCliTest::errors_exitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    arguments.replaceInStrings(QStringLiteral("FILE"), m_article);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(readAll(m_article), draft);
}

QTEST_GUILESS_MAIN(HistoryCliTest)
#include "history_cli_test.moc"
