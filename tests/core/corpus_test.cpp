#include <article/articlefile.h>
#include <markdown/boundedrender.h>

#include <QDir>
#include <QTest>

using namespace Byline::Core;

// Every post of a real blog (the Go blog, CC BY 4.0) opens with a title and sane statistics.
class CorpusTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPost_loadsWithTitleAndSaneStats();
};

void CorpusTest::everyPost_loadsWithTitleAndSaneStats()
{
    const QDir corpus(QStringLiteral(BYLINE_CORPUS_DIR));
    const QStringList files = corpus.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() > 300, qPrintable(corpus.path()));
    int withBody = 0;
    int dated = 0;
    for (const QString &name : files) {
        const QString path = corpus.filePath(name);
        const LoadedArticle loaded = ArticleFile::load(path);
        QVERIFY2(loaded.ok, qPrintable(path));
        QVERIFY2(!hasErrors(loaded.diagnostics()), qPrintable(loaded.diagnostics().value(0).toString(path)));
        const ArticleMetadata meta = loaded.article.metadata();
        QVERIFY2(!meta.title.trimmed().isEmpty(), qPrintable(path));
        QVERIFY2(!meta.title.contains(QLatin1Char('\n')), qPrintable(path));

        RenderOptions options;
        options.firstLine = loaded.article.bodyFirstLine();
        const auto render = BoundedRender::renderWithin(loaded.article.body(), options);
        QVERIFY2(render.has_value(), qPrintable(path));
        const TextStats &stats = render->stats;
        QVERIFY2(stats.words >= 0 && stats.characters >= stats.words, qPrintable(path));
        QVERIFY2(stats.sentences <= stats.words && stats.paragraphs <= stats.words + 1, qPrintable(path));
        QVERIFY2(stats.readingMinutes == (stats.words + 229) / 230, qPrintable(path));
        for (const Heading &heading : render->outline) {
            QVERIFY2(heading.level >= 1 && heading.level <= 6, qPrintable(path));
            QVERIFY2(heading.line >= options.firstLine, qPrintable(path));
        }
        if (meta.date)
            ++dated;
        if (stats.words > 0) {
            ++withBody;
            QVERIFY2(stats.words < 20000, qPrintable(path));
        }
    }
    // Redirect stubs have no body; everything else is a real post with a date.
    QVERIFY(withBody > 250);
    QVERIFY(dated > 250);
}

QTEST_GUILESS_MAIN(CorpusTest)
#include "corpus_test.moc"
