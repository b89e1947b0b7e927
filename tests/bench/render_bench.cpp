// Benchmarks for the renderer, run by run-benchmarks.sh (not by CTest: budgets are measured, not asserted).
//
//   byline_bench make-document WORDS OUT.md [SOURCE_DIR]   a long document from real articles
//   byline_bench render FILE [ITERATIONS]                  Renderer timings, one JSON line
//   byline_bench render-once FILE html|preview|report      one render, for counting instructions
//                                                          with valgrind --tool=callgrind
#include <article/articlefile.h>
#include <markdown/renderer.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Byline::Core;

namespace {

int makeDocument(int targetWords, const QString &out, const QString &sourceDir)
{
    const QDir dir(sourceDir);
    const QStringList names = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    if (names.isEmpty()) {
        std::fprintf(stderr, "no .md files in %s\n", qPrintable(sourceDir));
        return 2;
    }
    QString document;
    int words = 0;
    for (int round = 0; words < targetWords; ++round) {
        for (const QString &name : names) {
            const LoadedArticle loaded = ArticleFile::load(dir.filePath(name));
            if (!loaded.ok)
                continue;
            const int articleWords = Renderer::render(loaded.article.body()).stats.words;
            if (articleWords == 0)
                continue;
            document += loaded.article.body() + QStringLiteral("\n\n");
            words += articleWords;
            if (words >= targetWords)
                break;
        }
        if (round > 1000)
            return 2;
    }
    const SaveResult saved = ArticleFile::save(out, document);
    if (!saved.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(saved.error));
        return 1;
    }
    std::printf("%s: %d words, %lld bytes\n", qPrintable(out), Renderer::render(document).stats.words,
                static_cast<long long>(document.toUtf8().size()));
    return 0;
}

template<typename Work>
double medianMs(int iterations, Work work)
{
    std::vector<double> samples;
    samples.reserve(size_t(iterations));
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer clock;
        clock.start();
        work();
        samples.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

RenderOptions optionsFor(const QString &mode)
{
    RenderOptions options;
    if (mode == QLatin1String("html")) {
        options.stats = TextStatsBuilder::Detail::None;
    } else if (mode == QLatin1String("preview")) { // what the editor's preview asks for on every pause
        options.sourceAnchors = true;
        options.stats = TextStatsBuilder::Detail::Counts;
    } else { // what `byline stats` asks for
        options.stats = TextStatsBuilder::Detail::Full;
    }
    return options;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

int renderOnce(const QString &path, const QString &mode)
{
    const RenderResult result = Renderer::render(readText(path), optionsFor(mode));
    std::printf("%d words, %lld characters of HTML\n", result.stats.words, static_cast<long long>(result.html.size()));
    return 0;
}

int render(const QString &path, int iterations)
{
    const QString markdown = readText(path);
    const RenderOptions htmlOnly = optionsFor(QStringLiteral("html"));
    const RenderOptions preview = optionsFor(QStringLiteral("preview"));
    const RenderOptions report = optionsFor(QStringLiteral("report"));
    qsizetype sink = 0;
    const double html = medianMs(iterations, [&] { sink += Renderer::render(markdown, htmlOnly).html.size(); });
    const double live = medianMs(iterations, [&] { sink += Renderer::render(markdown, preview).html.size(); });
    const double full = medianMs(iterations, [&] { sink += Renderer::render(markdown, report).html.size(); });
    const RenderResult result = Renderer::render(markdown, preview);
    std::printf("{\"words\": %d, \"html_ms\": %.2f, \"preview_ms\": %.2f, \"report_ms\": %.2f, \"sink\": %lld}\n",
                result.stats.words, html, live, full, static_cast<long long>(sink));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == QLatin1String("make-document") && args.size() >= 4)
        return makeDocument(args.at(2).toInt(), args.at(3), args.value(4, QStringLiteral(BYLINE_CORPUS_DIR)));
    if (args.value(1) == QLatin1String("render-once") && args.size() >= 4)
        return renderOnce(args.at(2), args.at(3));
    if (args.value(1) == QLatin1String("render") && args.size() >= 3)
        return render(args.at(2), args.value(3, QStringLiteral("30")).toInt());
    std::fprintf(stderr,
                 "usage: byline_bench make-document WORDS OUT.md [SOURCE_DIR] | render FILE [ITERATIONS] | "
                 "render-once FILE html|preview|report\n");
    return 2;
}
