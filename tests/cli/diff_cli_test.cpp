#include "bylineprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// `byline diff`: word by word, as JSON, and as suggestions that accept to the new draft and reject
// to the old; exit codes as diff(1).
class DiffCliTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sameDrafts_exitZeroAndPrintNothing();
    void words_markDeletedAndAddedInPlace();
    void frontMatter_isComparedKeyByKey();
    void json_listsEveryChangeWithLinesAndColumns();
    void color_usesRedAndGreen();
    void criticMarkup_acceptsToNewAndRejectsToOld();
    void revision_isComparedByFileAtRevision();
    void missingFile_exitsTwoAndSaysWhich();
    void usage_isChecked();

private:
    QString write(const QString &name, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_old;
    QString m_new;
};

QString DiffCliTest::write(const QString &name, const QString &text)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text.toUtf8());
    return path;
}

void DiffCliTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_old = write(QStringLiteral("filed.md"),
                  QStringLiteral("---\ntitle: The Last Bus\nstatus: draft\ntags: [city]\n---\n"
                                 "The council approved the budget on Tuesday.\n\n"
                                 "The mayor said taxes would not rise.\n"));
    m_new = write(QStringLiteral("edited.md"),
                  QStringLiteral("---\ntitle: The Last Bus Home\nstatus: review\ntags: [city]\n---\n"
                                 "The city council approved the budget on Tuesday night.\n\n"
                                 "The mayor insisted taxes would not rise.\n"));
}

void DiffCliTest::sameDrafts_exitZeroAndPrintNothing()
{
    const Run run = byline({QStringLiteral("diff"), m_old, m_old});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray());
}

void DiffCliTest::words_markDeletedAndAddedInPlace()
{
    const Run run = byline({QStringLiteral("diff"), m_old, m_new});
    QCOMPARE(run.exitCode, 1);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(u"The {+city +}council approved the budget on Tuesday{+ night+}."), qPrintable(out));
    QVERIFY(out.contains(u"The mayor [-said-]{+insisted+} taxes would not rise."));
    QVERIFY(out.contains(u"@@ -6 +6 @@"));
    QVERIFY(out.contains(u"@@ -8 +8 @@"));
}

void DiffCliTest::frontMatter_isComparedKeyByKey()
{
    const QString out = QString::fromUtf8(byline({QStringLiteral("diff"), m_old, m_new}).out);
    QVERIFY2(out.contains(u"front matter title: [-The Last Bus-]{+The Last Bus Home+}"), qPrintable(out));
    QVERIFY(out.contains(u"front matter status: [-draft-]{+review+}"));
    QVERIFY(!out.contains(u"front matter tags"));
    // Not again as words of the YAML.
    QVERIFY(!out.contains(u"@@ -2 +2 @@"));
}

void DiffCliTest::json_listsEveryChangeWithLinesAndColumns()
{
    const Run run = byline({QStringLiteral("diff"), QStringLiteral("--json"), m_old, m_new});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject object = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(object.value(u"equal").toBool(), false);
    QCOMPARE(object.value(u"words_added").toInteger(), 3);
    QCOMPARE(object.value(u"words_deleted").toInteger(), 1);
    QCOMPARE(object.value(u"front_matter").toArray().size(), 2);
    const QJsonArray changes = object.value(u"changes").toArray();
    QCOMPARE(changes.size(), 3);
    const QJsonObject said = changes.at(2).toObject();
    QCOMPARE(said.value(u"kind").toString(), u"replaced");
    QCOMPARE(said.value(u"before").toObject().value(u"text").toString(), u"said");
    QCOMPARE(said.value(u"before").toObject().value(u"line").toInt(), 8);
    QCOMPARE(said.value(u"before").toObject().value(u"column").toInt(), 11);
    QCOMPARE(said.value(u"after").toObject().value(u"text").toString(), u"insisted");
}

void DiffCliTest::color_usesRedAndGreen()
{
    const QByteArray out = byline({QStringLiteral("diff"), QStringLiteral("--color"), m_old, m_new}).out;
    QVERIFY(out.contains("\x1b[31msaid\x1b[m"));
    QVERIFY(out.contains("\x1b[32minsisted\x1b[m"));
}

void DiffCliTest::criticMarkup_acceptsToNewAndRejectsToOld()
{
    const Run run = byline({QStringLiteral("diff"), QStringLiteral("--criticmarkup"), QStringLiteral("--reviewer"),
                            QStringLiteral("Ed Brooks"), m_old, m_new});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"front matter differs"));
    const QString marked = write(QStringLiteral("marked.md"), QString::fromUtf8(run.out));
    QVERIFY(run.out.contains("{~~said~>insisted~~}{>>@Ed Brooks "));

    const Run accepted = byline(
        {QStringLiteral("review"), QStringLiteral("--accept-all"), QStringLiteral("-o"), QStringLiteral("-"), marked});
    QCOMPARE(accepted.exitCode, 0);
    QFile edited(m_new);
    QVERIFY(edited.open(QIODevice::ReadOnly));
    QCOMPARE(accepted.out, edited.readAll());

    const Run rejected = byline(
        {QStringLiteral("review"), QStringLiteral("--reject-all"), QStringLiteral("-o"), QStringLiteral("-"), marked});
    QCOMPARE(rejected.exitCode, 0);
    QCOMPARE(QString::fromUtf8(rejected.out),
             QStringLiteral("---\ntitle: The Last Bus Home\nstatus: review\ntags: [city]\n---\n"
                            "The council approved the budget on Tuesday.\n\n"
                            "The mayor said taxes would not rise.\n"));
}

void DiffCliTest::revision_isComparedByFileAtRevision()
{
    // A history of its own, in a data folder of the test's.
    const QList<std::pair<QString, QString>> home {
        {QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data"))},
        {QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config"))}};
    const QString column = write(QStringLiteral("column.md"), QStringLiteral("The mayor said taxes would not rise.\n"));
    QCOMPARE(byline({QStringLiteral("history"), column, QStringLiteral("--keep"), QStringLiteral("--name"),
                     QStringLiteral("Filed")},
                    {}, home)
                 .exitCode,
             0);
    write(QStringLiteral("column.md"), QStringLiteral("The mayor insisted taxes would not rise.\n"));

    const Run byName = byline({QStringLiteral("diff"), column + QStringLiteral("@Filed"), column}, {}, home);
    QCOMPARE(byName.exitCode, 1);
    QVERIFY2(byName.out.contains("The mayor [-said-]{+insisted+} taxes"), byName.out.constData());
    const Run newest = byline({QStringLiteral("diff"), column + QStringLiteral("@-1"), column}, {}, home);
    QCOMPARE(newest.out, byName.out);

    const Run unknown = byline({QStringLiteral("diff"), column + QStringLiteral("@nothing"), column}, {}, home);
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(u"nothing"));
}

void DiffCliTest::missingFile_exitsTwoAndSaysWhich()
{
    const QString missing = m_dir->filePath(QStringLiteral("gone.md"));
    const Run run = byline({QStringLiteral("diff"), m_old, missing});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(missing));
    QCOMPARE(run.out, QByteArray());
}

void DiffCliTest::usage_isChecked()
{
    QCOMPARE(byline({QStringLiteral("diff"), m_old}).exitCode, 2);
    QCOMPARE(
        byline({QStringLiteral("diff"), QStringLiteral("--json"), QStringLiteral("--color"), m_old, m_new}).exitCode,
        2);
    QCOMPARE(
        byline({QStringLiteral("diff"), QStringLiteral("--reviewer"), QStringLiteral("Ed"), m_old, m_new}).exitCode, 2);
}

QTEST_GUILESS_MAIN(DiffCliTest)
#include "diff_cli_test.moc"
