#include <article/article.h>
#include <article/frontmatter.h>

#include <QElapsedTimer>
#include <QTest>

#include <sys/resource.h>

using namespace Byline::Core;

// Front matter that is well-formed but hostile: YAML aliases that expand exponentially ("billion
// laughs"), an alias inside its own anchor, nesting deeper than the parsers allow. Each is refused
// quickly with a line and a reason, the article opens with the whole text as its body, and honest
// uses of the same features still work.
class FrontMatterLimitsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yaml_aliasBomb_isTooComplexQuicklyAndInLittleMemory_data();
    void yaml_aliasBomb_isTooComplexQuicklyAndInLittleMemory();
    void yaml_aliasInsideItsOwnAnchor_isRefused();
    void yaml_honestAliases_areRead();
    void yaml_largeHonestBlock_isNotTooComplex();
    void yaml_deepNesting_namesTheLineAndTheReason_data();
    void yaml_deepNesting_namesTheLineAndTheReason();
    void toml_deepNesting_namesTheLine();
};

namespace {

struct Opened
{
    Article article;
    Diagnostics diagnostics;
};

Opened open(const QString &text)
{
    Opened opened;
    opened.article
        = Article::fromText(text, QStringLiteral("hostile.md"), Article::SourceFormat::Markdown, &opened.diagnostics);
    return opened;
}

// Ten levels of ten aliases each: 10^10 values if expanded, in about 400 bytes.
QString billionLaughs()
{
    QString yaml = QStringLiteral("title: Laughs\nl0: &l0 \"lol\"\n");
    for (int level = 1; level <= 10; ++level) {
        QStringList aliases;
        for (int i = 0; i < 10; ++i)
            aliases.append(QStringLiteral("*l%1").arg(level - 1));
        yaml += QStringLiteral("l%1: &l%1 [%2]\n").arg(level).arg(aliases.join(QLatin1Char(',')));
    }
    return yaml;
}

// Few values, long text: a 20,000-character string aliased 10,000 times is 200 MB of text.
QString longTextLaughs()
{
    return QStringLiteral("title: Laughs\nlong: &long \"%1\"\nmany: [%2]\n")
        .arg(QString(20'000, QLatin1Char('a')), QStringList(10'000, QStringLiteral("*long")).join(QLatin1Char(',')));
}

long peakMemoryMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

void FrontMatterLimitsTest::yaml_aliasBomb_isTooComplexQuicklyAndInLittleMemory_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<int>("firstLine");
    QTest::addColumn<int>("lastLine");
    // The line named is the key whose value crossed the limit: one of l1…l10, file lines 4 to 13.
    QTest::newRow("values") << billionLaughs() << 4 << 13;
    QTest::newRow("text") << longTextLaughs() << 4 << 4;
}

void FrontMatterLimitsTest::yaml_aliasBomb_isTooComplexQuicklyAndInLittleMemory()
{
    QFETCH(QString, yaml);
    QFETCH(int, firstLine);
    QFETCH(int, lastLine);
    const QString text = QStringLiteral("---\n") + yaml + QStringLiteral("---\nThe body.\n");

    QElapsedTimer timer;
    timer.start();
    const Opened opened = open(text);
    const qint64 elapsed = timer.elapsed();

    QVERIFY2(elapsed < 1000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    QVERIFY2(peakMemoryMegabytes() < 200, qPrintable(QStringLiteral("%1 MB").arg(peakMemoryMegabytes())));
    QCOMPARE(opened.diagnostics.size(), 1);
    const Diagnostic &diagnostic = opened.diagnostics.first();
    QCOMPARE(diagnostic.severity, Diagnostic::Severity::Error);
    QVERIFY2(diagnostic.message.contains(QLatin1String("too complex")), qPrintable(diagnostic.message));
    QVERIFY2(diagnostic.message.contains(QLatin1String("aliases")), qPrintable(diagnostic.message));
    QVERIFY2(diagnostic.line >= firstLine && diagnostic.line <= lastLine, qPrintable(QString::number(diagnostic.line)));
    QVERIFY(opened.article.frontMatter().isNull());
    QCOMPARE(opened.article.body(), text);
    QCOMPARE(opened.article.toText(), text);
    QCOMPARE(opened.article.metadata().title, QStringLiteral("Hostile"));
}

void FrontMatterLimitsTest::yaml_aliasInsideItsOwnAnchor_isRefused()
{
    for (const QString &yaml :
         {QStringLiteral("title: T\nloop: &x [1, *x]\n"), QStringLiteral("title: T\nloop: &x {a: *x}\n")}) {
        const QString text = QStringLiteral("---\n") + yaml + QStringLiteral("---\nBody\n");
        const Opened opened = open(text);
        QCOMPARE(opened.diagnostics.size(), 1);
        QCOMPARE(opened.diagnostics.first().line, 3);
        QVERIFY2(opened.diagnostics.first().message.contains(QLatin1String("refers to the value that contains it")),
                 qPrintable(opened.diagnostics.first().message));
        QCOMPARE(opened.article.body(), text);
    }
}

void FrontMatterLimitsTest::yaml_honestAliases_areRead()
{
    const Opened opened = open(QStringLiteral("---\ntitle: T\nauthor: &me Maya Okafor\neditor: *me\n"
                                              "tags: &tags [city, night]\nsection-tags: *tags\n---\nBody\n"));
    QVERIFY(opened.diagnostics.isEmpty());
    QCOMPARE(opened.article.frontMatter().value(QStringLiteral("editor")).toString(), QStringLiteral("Maya Okafor"));
    QCOMPARE(opened.article.frontMatter().value(QStringLiteral("section-tags")).toList().size(), 2);
}

void FrontMatterLimitsTest::yaml_largeHonestBlock_isNotTooComplex()
{
    // 50,000 tags and a 2 MB summary: large, but every value is written out, none expanded.
    QStringList tags;
    for (int i = 0; i < 50'000; ++i)
        tags.append(QStringLiteral("t%1").arg(i));
    const QString text = QStringLiteral("---\ntitle: Big\ntags: [%1]\nsummary: \"%2\"\n---\nBody\n")
                             .arg(tags.join(QLatin1Char(',')), QString(2'000'000, QLatin1Char('s')));
    const Opened opened = open(text);
    QVERIFY2(opened.diagnostics.isEmpty(), qPrintable(opened.diagnostics.value(0).message));
    QCOMPARE(opened.article.frontMatter().value(QStringLiteral("tags")).toList().size(), 50'000);
    QCOMPARE(opened.article.metadata().title, QStringLiteral("Big"));
}

void FrontMatterLimitsTest::yaml_deepNesting_namesTheLineAndTheReason_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<int>("firstLine");
    QTest::addColumn<int>("lastLine");
    QString block = QStringLiteral("title: Deep\nnested:\n");
    for (int depth = 1; depth <= 500; ++depth)
        block += QString(qsizetype(depth) * 2, QLatin1Char(' ')) + QStringLiteral("-\n");
    QTest::newRow("block lists, 500 levels") << block << 4 << 504;
    QTest::newRow("flow lists, 500 levels") << QStringLiteral("title: Deep\nnested: %1%2\n")
                                                   .arg(QString(500, QLatin1Char('[')), QString(500, QLatin1Char(']')))
                                            << 3 << 3;
    QString maps = QStringLiteral("title: Deep\nnested: ");
    for (int depth = 0; depth < 500; ++depth)
        maps += QStringLiteral("{a: ");
    maps += QLatin1Char('x') + QString(500, QLatin1Char('}')) + QLatin1Char('\n');
    QTest::newRow("flow maps, 500 levels") << maps << 3 << 3;
}

void FrontMatterLimitsTest::yaml_deepNesting_namesTheLineAndTheReason()
{
    QFETCH(QString, yaml);
    QFETCH(int, firstLine);
    QFETCH(int, lastLine);
    const QString text = QStringLiteral("---\n") + yaml + QStringLiteral("---\nBody\n");
    const Opened opened = open(text);
    QCOMPARE(opened.diagnostics.size(), 1);
    const Diagnostic &diagnostic = opened.diagnostics.first();
    QVERIFY2(diagnostic.line >= firstLine && diagnostic.line <= lastLine, qPrintable(QString::number(diagnostic.line)));
    QVERIFY2(diagnostic.message.contains(QLatin1String("nested too deeply")), qPrintable(diagnostic.message));
    QVERIFY2(!diagnostic.message.contains(QLatin1String("bad file")), qPrintable(diagnostic.message));
    QCOMPARE(opened.article.body(), text);
}

void FrontMatterLimitsTest::toml_deepNesting_namesTheLine()
{
    const QString text = QStringLiteral("+++\ntitle = \"Deep\"\nnested = %1%2\n+++\nBody\n")
                             .arg(QString(500, QLatin1Char('[')), QString(500, QLatin1Char(']')));
    const Opened opened = open(text);
    QCOMPARE(opened.diagnostics.size(), 1);
    QCOMPARE(opened.diagnostics.first().line, 3);
    QVERIFY2(opened.diagnostics.first().message.contains(QLatin1String("nested")),
             qPrintable(opened.diagnostics.first().message));
    QCOMPARE(opened.article.body(), text);
}

QTEST_GUILESS_MAIN(FrontMatterLimitsTest)
#include "frontmatterlimits_test.moc"
