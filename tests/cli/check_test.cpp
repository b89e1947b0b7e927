#include "bylineprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString sample = QStringLiteral(BYLINE_SAMPLES_DIR "/ovirt-at-last.md");

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QStringList wordsIn(const QByteArray &json, int file = 0)
{
    QStringList words;
    const QJsonArray misspellings
        = QJsonDocument::fromJson(json).array().at(file).toObject().value(QLatin1String("misspellings")).toArray();
    for (const auto &m : misspellings)
        words.append(m.toObject().value(QLatin1String("word")).toString());
    return words;
}

} // namespace

// `byline check`, run as a separate process with its own data and settings folders.
class CheckTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sample_listsFileLineColumnWord();
    void json_hasOneObjectPerFileWithSuggestions();
    void codeAndAddresses_areClean_exitZero();
    void lang_fromArticleAndOption();
    void ignoreListAndPersonalDictionary_areHonoured();
    void unknownLanguage_exitTwo_listsInstalled();
    void missingFile_exitTwo_othersStillChecked();

private:
    Run check(const QStringList &arguments) const
    {
        return byline(QStringList {QStringLiteral("check")} + arguments, {},
                      {{QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data"))},
                       {QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config"))}});
    }

    QTemporaryDir m_home;
    QTemporaryDir m_files;
};

void CheckTest::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(m_files.isValid());
}

void CheckTest::sample_listsFileLineColumnWord()
{
    const Run run = check({sample});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.contains(sample + QStringLiteral(":17:420: productize")));
    QVERIFY(lines.contains(sample + QStringLiteral(":17:408: rebrand")));
    QVERIFY(lines.contains(sample + QStringLiteral(":11:636: Linspire")));
    for (const QString &line : lines) {
        const int lineNumber = line.section(QLatin1Char(':'), 1, 1).toInt();
        QVERIFY2(lineNumber > 7, qPrintable(line)); // never the front matter
    }
}

void CheckTest::json_hasOneObjectPerFileWithSuggestions()
{
    const QString clean = writeFile(m_files, QStringLiteral("clean.md"), "All words here are fine.\n");
    const Run run = check({QStringLiteral("--json"), QStringLiteral("--suggest"), sample, clean});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray files = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(files.size(), 2);
    const QJsonObject first = files.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("path")).toString(), sample);
    QCOMPARE(first.value(QLatin1String("lang")).toString(), QStringLiteral("en-US"));
    bool sawRebrand = false;
    for (const auto &value : first.value(QLatin1String("misspellings")).toArray()) {
        const QJsonObject m = value.toObject();
        QVERIFY(m.value(QLatin1String("line")).toInt() > 0 && m.value(QLatin1String("column")).toInt() > 0);
        const QJsonArray suggestions = m.value(QLatin1String("suggestions")).toArray();
        QVERIFY(suggestions.size() <= 7);
        if (m.value(QLatin1String("word")).toString() == QLatin1String("rebrand")) {
            sawRebrand = true;
            QVERIFY(!suggestions.isEmpty());
        }
    }
    QVERIFY(sawRebrand);
    QVERIFY(files.at(1).toObject().value(QLatin1String("misspellings")).toArray().isEmpty());
}

void CheckTest::codeAndAddresses_areClean_exitZero()
{
    const QString path = writeFile(m_files, QStringLiteral("code.md"),
                                   "---\ntitle: Qwzx zxqw\nslug: qwzx-zxqw\n---\n\n"
                                   "Run `qwzx --frob` and see <https://qwzx.example/zxqw> or "
                                   "[the manual](https://example.org/qwzxzx).\n\n```sh\nqwzx zxqw\n```\n");
    const Run run = check({path});
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(run.exitCode, 0);
}

void CheckTest::lang_fromArticleAndOption()
{
    const QString british
        = writeFile(m_files, QStringLiteral("british.md"), "---\nlang: en_GB\n---\n\nThe colour of the color.\n");
    Run run = check({QStringLiteral("--json"), british});
    QCOMPARE(QJsonDocument::fromJson(run.out).array().at(0).toObject().value(QLatin1String("lang")).toString(),
             QStringLiteral("en-GB"));
    QCOMPARE(wordsIn(run.out), QStringList {QStringLiteral("color")});
    run = check({QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("en-US"), british});
    QCOMPARE(wordsIn(run.out), QStringList {QStringLiteral("colour")});
}

void CheckTest::ignoreListAndPersonalDictionary_areHonoured()
{
    const QString path = writeFile(m_files, QStringLiteral("ignore.md"),
                                   "---\nspelling_ignore: [oVirt]\n---\n\noVirt and oVirt’s rival vSphere.\n");
    QCOMPARE(wordsIn(check({QStringLiteral("--json"), path}).out), QStringList {QStringLiteral("vSphere")});
    // The window's personal dictionary: a plain file in the data folder.
    const QString personal = m_home.filePath(QStringLiteral("data/Byline/Byline/spelling"));
    QVERIFY(QDir().mkpath(personal));
    writeFile(m_home, QStringLiteral("data/Byline/Byline/spelling/en_US.txt"), "vSphere\n");
    const Run run = check({path});
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(run.exitCode, 0);
}

void CheckTest::unknownLanguage_exitTwo_listsInstalled()
{
    const Run run = check({QStringLiteral("--lang"), QStringLiteral("xx-YY"), sample});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("en-US (English (United States))")), qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("en-GB")));
    // A file naming a language that is not installed is an error too; the others are checked.
    const QString german = writeFile(m_files, QStringLiteral("german.md"), "---\nlang: de\n---\n\nEin Tesst.\n");
    const Run mixed = check({german, sample});
    QCOMPARE(mixed.exitCode, 2);
    QVERIFY(mixed.err.contains(QLatin1String("hunspell-de-de")));
    QVERIFY(mixed.out.contains("productize"));
}

void CheckTest::missingFile_exitTwo_othersStillChecked()
{
    const Run run = check({m_files.filePath(QStringLiteral("absent.md")), sample});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("absent.md")));
    QVERIFY(run.out.contains("productize"));
}

QTEST_GUILESS_MAIN(CheckTest)
#include "check_test.moc"
