#include "bylineprocess.h"
#include "externaltool.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString reviewed = QStringLiteral(BYLINE_TEST_DATA "/review/reviewed-column.md");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// `byline review` and every export's `--review`, run as the real program on a column two
// reviewers marked up.
class ReviewCliTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void list_namesEveryMarkWithReviewerAndTime();
    void listJson_givesEveryMarksFields();
    void acceptAll_writesOverTheArticle();
    void rejectAll_byReviewer_toAnotherFile();
    void acceptAllAndRemoveComments_toStandardOutput_isTheCleanCopy();
    void unwritableArticle_failsAndKeepsTheFile();
    void usageErrors_exitTwo_data();
    void usageErrors_exitTwo();
    void stats_countTheFinalText();
    void exportHtml_finalByDefault_markupWhenAsked();
    void exportText_markupKeepsTheMarks();
    void exportPdf_eachView();
    void exportOdt_finalHasNoComments();

private:
    QTemporaryDir m_dir;
    QString m_copy;
};

void ReviewCliTest::init()
{
    m_copy = m_dir.filePath(QStringLiteral("column.md"));
    QFile::remove(m_copy);
    QVERIFY(QFile::copy(reviewed, m_copy));
    QFile::setPermissions(m_copy, QFile::ReadOwner | QFile::WriteOwner);
}

void ReviewCliTest::list_namesEveryMarkWithReviewerAndTime()
{
    const Run run = byline({QStringLiteral("review"), m_copy});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(m_copy
                          + QStringLiteral(":10:79: substitution (Maya Okafor 2026-11-20T10:04:00Z) "
                                           "\"much-hyped\" -> \"the much-hyped\"")),
             qPrintable(out));
    QVERIFY(out.contains(QStringLiteral(":12:91: deletion (Ed Brooks 2026-11-20T11:30:00Z) \"very\"")));
    QVERIFY(
        out.contains(QStringLiteral(":12:102: comment (Ed Brooks 2026-11-20T11:30:00Z) \"intensifier adds nothing\"")));
    QVERIFY(out.contains(QStringLiteral("reply (Maya Okafor 2026-11-20T12:00:00Z) \"vSphere 5, named below.\"")));
    QVERIFY(out.contains(QStringLiteral("resolved (Maya Okafor 2026-11-20T12:11:00Z)")));
    QVERIFY(out.contains(QStringLiteral(": 5 suggestions · 2 open comment threads")));
    QVERIFY(!out.contains(QStringLiteral("literal"))); // code is literal
    QCOMPARE(readAll(m_copy), readAll(reviewed)); // listing changes nothing
}

void ReviewCliTest::listJson_givesEveryMarksFields()
{
    const Run run = byline({QStringLiteral("review"), QStringLiteral("--list"), QStringLiteral("--json"), m_copy});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray files = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(files.size(), 1);
    const QJsonObject file = files.at(0).toObject();
    QCOMPARE(file.value(QLatin1String("path")).toString(), m_copy);
    QCOMPARE(file.value(QLatin1String("suggestions")).toInt(), 5);
    QCOMPARE(file.value(QLatin1String("reviewers")).toArray(),
             QJsonArray({QStringLiteral("Maya Okafor"), QStringLiteral("Ed Brooks")}));
    const QJsonArray marks = file.value(QLatin1String("marks")).toArray();
    QStringList kinds;
    for (const QJsonValue &mark : marks)
        kinds.append(mark.toObject().value(QLatin1String("kind")).toString());
    QCOMPARE(kinds,
             QStringList({"substitution", "addition", "deletion", "comment", "highlight", "comment", "comment",
                          "addition", "deletion", "comment", "comment"}));
    const QJsonObject substitution = marks.at(0).toObject();
    QCOMPARE(substitution.value(QLatin1String("line")).toInt(), 10);
    QCOMPARE(substitution.value(QLatin1String("column")).toInt(), 79);
    QCOMPARE(substitution.value(QLatin1String("reviewer")).toString(), QStringLiteral("Maya Okafor"));
    QCOMPARE(substitution.value(QLatin1String("time")).toString(), QStringLiteral("2026-11-20T10:04:00Z"));
    QCOMPARE(substitution.value(QLatin1String("text")).toString(), QStringLiteral("much-hyped"));
    QCOMPARE(substitution.value(QLatin1String("new")).toString(), QStringLiteral("the much-hyped"));
    const QJsonObject paragraphs = marks.at(7).toObject();
    QCOMPARE(paragraphs.value(QLatin1String("line")).toInt(), 14);
    QVERIFY(paragraphs.value(QLatin1String("text")).toString().contains(QStringLiteral("\n\nThat was")));
    const QJsonObject reply = marks.at(6).toObject();
    QVERIFY(reply.value(QLatin1String("reply")).toBool());
    QCOMPARE(reply.value(QLatin1String("thread")).toInt(),
             marks.at(4).toObject().value(QLatin1String("thread")).toInt());
    const QJsonObject resolved = marks.at(10).toObject();
    QCOMPARE(resolved.value(QLatin1String("verb")).toString(), QStringLiteral("resolved"));
    QVERIFY(resolved.value(QLatin1String("resolved")).toBool());
}

void ReviewCliTest::acceptAll_writesOverTheArticle()
{
    const Run run = byline({QStringLiteral("review"), QStringLiteral("--accept-all"), m_copy});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("accepted 5 changes")), qPrintable(run.err));
    const QString text = QString::fromUtf8(readAll(m_copy));
    QVERIFY(text.contains(QStringLiteral("about the much-hyped arrival")));
    QVERIFY(text.contains(QStringLiteral("Over the past couple of weeks, I've been having similar feelings")));
    QVERIFY(!text.contains(QStringLiteral("{++the")) && !text.contains(QStringLiteral("{--")));
    // Comments are not changes: the threads stay.
    QVERIFY(text.contains(QStringLiteral("{==VMware vSphere==}{>>@Ed Brooks 2026-11-20T11:32Z: which version?<<}")));
    QVERIFY(text.contains(QStringLiteral("`{++literal++}`")));
    QVERIFY(text.startsWith(QStringLiteral("---\ntitle: \"oVirt at Last\"")));
    const Run again = byline({QStringLiteral("review"), QStringLiteral("--json"), m_copy});
    QCOMPARE(QJsonDocument::fromJson(again.out).array().at(0).toObject().value(QLatin1String("suggestions")).toInt(),
             0);
}

void ReviewCliTest::rejectAll_byReviewer_toAnotherFile()
{
    const QString output = m_dir.filePath(QStringLiteral("rejected.md"));
    const Run run = byline({QStringLiteral("review"), QStringLiteral("--reject-all"), QStringLiteral("--reviewer"),
                            QStringLiteral("ed brooks"), m_copy, QStringLiteral("--output"), output});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(readAll(m_copy), readAll(reviewed)); // the article untouched
    const QString text = QString::fromUtf8(readAll(output));
    QVERIFY(text.contains(QStringLiteral("having very similar")));
    QVERIFY(!text.contains(QStringLiteral("When x86 virtualization")));
    QVERIFY(text.contains(QStringLiteral("Red Hat's code sits at the centre of the project")));
    // Maya's suggestions stay.
    QVERIFY(text.contains(QStringLiteral("{~~much-hyped~>the much-hyped~~}{>>@Maya Okafor 2026-11-20T10:04Z<<}")));
    QVERIFY(text.contains(QStringLiteral("Over {++the ++}")));
}

void ReviewCliTest::acceptAllAndRemoveComments_toStandardOutput_isTheCleanCopy()
{
    const Run run = byline({QStringLiteral("review"), QStringLiteral("--accept-all"),
                            QStringLiteral("--remove-comments"), m_copy, QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(!text.contains(QStringLiteral("{>>")) && !text.contains(QStringLiteral("{==")));
    QVERIFY(text.contains(QStringLiteral("challenger to VMware vSphere.")));
    QVERIFY(text.contains(QStringLiteral("Red Hat's code of the project.")));
    QCOMPARE(readAll(m_copy), readAll(reviewed));
}

void ReviewCliTest::unwritableArticle_failsAndKeepsTheFile()
{
    // The disk fills up as the article is written back.
    const QTemporaryDir alone;
    const QString path = alone.filePath(QStringLiteral("column.md"));
    QVERIFY(QFile::copy(reviewed, path));
    const Run run = byline({QStringLiteral("review"), QStringLiteral("--accept-all"), path}, {},
                           {{QStringLiteral("BYLINE_WRITE_FAULTS"), QStringLiteral("flush:ENOSPC:column.md")}});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(path + QStringLiteral(": not changed:")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("full")), qPrintable(run.err));
    QCOMPARE(readAll(path), readAll(reviewed));
    QCOMPARE(QDir(alone.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("column.md")});
}

void ReviewCliTest::usageErrors_exitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("both") << QStringList {"--accept-all", "--reject-all", "FILE"} << "not both";
    QTest::newRow("list and change") << QStringList {"--list", "--accept-all", "FILE"} << "only lists";
    QTest::newRow("output without change") << QStringList {"--output", "x.md", "FILE"} << "--output is for";
    QTest::newRow("output of two") << QStringList {"--accept-all", "--output", "x.md", "FILE", "FILE"} << "one FILE";
    QTest::newRow("no file") << QStringList {"--accept-all"} << "no file given";
    QTest::newRow("empty reviewer") << QStringList {"--accept-all", "--reviewer", " ", "FILE"} << "needs a name";
}

void ReviewCliTest::usageErrors_exitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    arguments.replaceInStrings(QStringLiteral("FILE"), m_copy);
    arguments.prepend(QStringLiteral("review"));
    const Run run = byline(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(readAll(m_copy), readAll(reviewed));
}

void ReviewCliTest::stats_countTheFinalText()
{
    const QString clean = m_dir.filePath(QStringLiteral("clean.md"));
    QCOMPARE(byline({QStringLiteral("review"), QStringLiteral("--accept-all"), QStringLiteral("--remove-comments"),
                     m_copy, QStringLiteral("-o"), clean})
                 .exitCode,
             0);
    const auto words = [](const QString &path) {
        const Run run = byline({QStringLiteral("stats"), QStringLiteral("--json"), path});
        return QJsonDocument::fromJson(run.out).array().at(0).toObject().value(QLatin1String("words")).toInt();
    };
    QVERIFY(words(clean) > 60);
    QCOMPARE(words(m_copy), words(clean));
}

void ReviewCliTest::exportHtml_finalByDefault_markupWhenAsked()
{
    const Run final = byline({QStringLiteral("export"), m_copy, QStringLiteral("--format"), QStringLiteral("fragment"),
                              QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(final.exitCode, 0);
    const QString clean = QString::fromUtf8(final.out);
    QVERIFY(clean.contains(QStringLiteral("having similar feelings")));
    QVERIFY(!clean.contains(QStringLiteral("intensifier")) && !clean.contains(QStringLiteral("Ed Brooks")));
    QVERIFY(!clean.contains(QStringLiteral("critic")) && !clean.contains(QStringLiteral("{~~")));
    const Run markup
        = byline({QStringLiteral("export"), m_copy, QStringLiteral("--format"), QStringLiteral("html"),
                  QStringLiteral("--review"), QStringLiteral("markup"), QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(markup.exitCode, 0);
    const QString page = QString::fromUtf8(markup.out);
    QVERIFY(page.contains(QStringLiteral("class=\"critic-del\"")));
    QVERIFY(page.contains(QStringLiteral("class=\"critic-ins\"")));
    QVERIFY(page.contains(QStringLiteral("<b>Ed Brooks</b>")));
    QVERIFY(page.contains(QStringLiteral("intensifier adds nothing")));
    QString report;
    QCOMPARE(tidyExitCode(page, &report), 0); // valid HTML: no mark straddles a paragraph
    QVERIFY2(report.isEmpty(), qPrintable(report));
    const Run original
        = byline({QStringLiteral("export"), m_copy, QStringLiteral("--format"), QStringLiteral("fragment"),
                  QStringLiteral("--review"), QStringLiteral("original"), QStringLiteral("-o"), QStringLiteral("-")});
    QVERIFY(QString::fromUtf8(original.out).contains(QStringLiteral("having very similar")));
    QVERIFY(!QString::fromUtf8(original.out).contains(QStringLiteral("When x86")));
    const Run wrong = byline({QStringLiteral("export"), m_copy, QStringLiteral("--review"), QStringLiteral("all")});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY(wrong.err.contains(QStringLiteral("--review takes final, markup, original")));
}

void ReviewCliTest::exportText_markupKeepsTheMarks()
{
    const Run run
        = byline({QStringLiteral("export"), m_copy, QStringLiteral("--format"), QStringLiteral("txt"),
                  QStringLiteral("--review"), QStringLiteral("markup"), QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(QStringLiteral("having {--very --}{>>Ed Brooks, ")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("{--much-hyped--}{++the much-hyped++}")));
    QVERIFY(text.contains(QStringLiteral(": which version? \u21b3 Maya Okafor, ")));
    const Run final = byline({QStringLiteral("export"), m_copy, QStringLiteral("--format"), QStringLiteral("txt"),
                              QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(QString::fromUtf8(final.out).count(QLatin1Char('{')), 1); // only the code's
    QVERIFY(final.out.contains("{++literal++}"));
}

void ReviewCliTest::exportPdf_eachView()
{
    QHash<QString, QString> texts;
    for (const QString &view : {QStringLiteral("final"), QStringLiteral("markup"), QStringLiteral("original")}) {
        const QString pdf = m_dir.filePath(view + QStringLiteral(".pdf"));
        const Run run = byline({QStringLiteral("export"), m_copy, QStringLiteral("--format"), QStringLiteral("pdf"),
                                QStringLiteral("--review"), view, QStringLiteral("-o"), pdf});
        QCOMPARE(run.exitCode, 0);
        texts[view] = toolOutput(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
    }
    QVERIFY(texts[QStringLiteral("final")].contains(QStringLiteral("having similar feelings")));
    QVERIFY(!texts[QStringLiteral("final")].contains(QStringLiteral("Ed Brooks")));
    QVERIFY2(texts[QStringLiteral("markup")].contains(QStringLiteral("having very")),
             qPrintable(texts[QStringLiteral("markup")]));
    QVERIFY(texts[QStringLiteral("markup")].contains(QStringLiteral("Ed Brooks")));
    QVERIFY(texts[QStringLiteral("markup")].contains(QStringLiteral("which version?")));
    QVERIFY(texts[QStringLiteral("original")].contains(QStringLiteral("having very similar feelings")));
    QVERIFY(!texts[QStringLiteral("original")].contains(QStringLiteral("When x86")));
}

void ReviewCliTest::exportOdt_finalHasNoComments()
{
    const QString odt = m_dir.filePath(QStringLiteral("column.odt"));
    QCOMPARE(byline({QStringLiteral("export"), m_copy, QStringLiteral("--format"), QStringLiteral("odt"),
                     QStringLiteral("-o"), odt})
                 .exitCode,
             0);
    const QString content
        = toolOutput(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    QVERIFY(content.contains(QStringLiteral("having similar feelings")));
    QVERIFY(!content.contains(QStringLiteral("which version")) && !content.contains(QStringLiteral("{--")));
}

QTEST_GUILESS_MAIN(ReviewCliTest)
#include "review_cli_test.moc"
