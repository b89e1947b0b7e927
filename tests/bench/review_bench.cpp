// Benchmarks for the review (issue budgets: parse every mark of a 100,000-word article with 2,000
// marks in ≤ 10 ms, accept all in ≤ 20 ms; a marked-up article's preview render next to the same
// article's without marks). Measured, not asserted; run by run-benchmarks.sh.
//
//   byline_review_bench mark FILE MARKS OUT.md   FILE with MARKS marks of every kind by three reviewers
//   byline_review_bench time FILE [ITERATIONS]   median milliseconds of each step, one JSON line
#include <article/articlefile.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <review/reviewedits.h>
#include <review/reviewrender.h>

using namespace Byline::Core;

namespace {

int markUp(const QString &in, int marks, const QString &out)
{
    const LoadedArticle loaded = ArticleFile::load(in);
    if (!loaded.ok)
        return 2;
    const QString text = loaded.article.body();
    // Words in prose lines only, so no mark falls in code.
    QList<qsizetype> starts;
    LineScanner::State state;
    LineScanner::forEachLine(text, [&](QStringView line, int index, qsizetype lineStart) {
        if (LineScanner::scanLine(line, index + 1, state).kind != LineScanner::LineKind::Prose || line.contains(u'`')
            || line.contains(u'{') || line.contains(u'['))
            return;
        for (qsizetype i = 1; i < line.size(); ++i) {
            if (line[i - 1] == u' ' && line[i].isLetter())
                starts.append(lineStart + i);
        }
    });
    QRandomGenerator random(42);
    std::vector<qsizetype> chosen;
    for (int i = 0; i < marks && !starts.isEmpty(); ++i)
        chosen.push_back(starts.at(random.bounded(starts.size())));
    std::sort(chosen.begin(), chosen.end());
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
    const QStringList names = {QStringLiteral("Maya Okafor"), QStringLiteral("Ed Brooks"), QStringLiteral("Zoë Fry")};
    QString marked;
    qsizetype at = 0;
    int n = 0;
    for (const qsizetype start : chosen) {
        qsizetype end = start;
        while (end < text.size() && text[end].isLetter())
            ++end;
        if (start < at)
            continue;
        marked += QStringView(text).sliced(at, start - at);
        const QString word = text.mid(start, end - start);
        const Attribution by {names.at(n % 3), QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC).addSecs(60 * n)};
        switch (n % 5) {
        case 0:
            marked += QStringLiteral("{++new ++}") + ReviewEdits::commentMark(by, {}) + word;
            break;
        case 1:
            marked += QStringLiteral("{--") + word + QStringLiteral("--}") + ReviewEdits::commentMark(by, {});
            break;
        case 2:
            marked += QStringLiteral("{~~") + word + QStringLiteral("~>better~~}") + ReviewEdits::commentMark(by, {});
            break;
        case 3:
            marked += QStringLiteral("{==") + word + QStringLiteral("==}")
                + ReviewEdits::commentMark(by, QStringLiteral("Is this right?"));
            break;
        default:
            marked += word + ReviewEdits::commentMark(by, QStringLiteral("A note on this."));
            break;
        }
        at = end;
        ++n;
    }
    marked += QStringView(text).sliced(at);
    std::printf("%d marks\n", n);
    return ArticleFile::save(out, marked).ok ? 0 : 1;
}

template<typename Work>
double medianMs(int iterations, Work work)
{
    std::vector<double> times;
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer clock;
        clock.start();
        work();
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

int timeSteps(const QString &path, int iterations)
{
    const LoadedArticle loaded = ArticleFile::load(path);
    if (!loaded.ok)
        return 2;
    const QString text = loaded.text;
    const QString body = loaded.article.body();
    const Review review = Review::read(text);
    const QString plain = ReviewEdits::view(body, ReviewEdits::View::Final);
    RenderOptions preview;
    preview.sourceAnchors = true;
    preview.splitBlocks = true;
    preview.stats = TextStatsBuilder::Detail::Counts;
    const double parse = medianMs(iterations, [&] { (void)Review::read(text); });
    const double acceptAll = medianMs(iterations, [&] {
        const Review read = Review::read(text);
        (void)ReviewEdits::apply(text, ReviewEdits::decideAll(text, read, ReviewEdits::Decision::Accept));
    });
    const double markup = medianMs(iterations, [&] {
        (void)ReviewRender::render(body, preview, {ReviewEdits::View::Markup, false});
    });
    const double final = medianMs(iterations, [&] {
        (void)ReviewRender::render(body, preview, {ReviewEdits::View::Final, false});
    });
    const double unmarked = medianMs(iterations, [&] { (void)Renderer::render(plain, preview); });
    // The markup render's parts: marks read and drawn as decorations, then the decorated text rendered.
    RenderOptions decorated = preview;
    const Review bodyReview = Review::read(body, CriticMarkup::Start::Body);
    const double decorate = medianMs(iterations, [&] {
        InlineDecorations decorations;
        (void)ReviewRender::decorate(body, bodyReview, false, decorations);
    });
    const QString decoratedText = *ReviewRender::decorate(body, bodyReview, false, decorated.decorations);
    const double renderDecorated = medianMs(iterations, [&] { (void)Renderer::render(decoratedText, decorated); });
    std::printf(
        "{\"file\": \"%s\", \"items\": %lld, \"words\": %d, \"parse_ms\": %.2f, \"accept_all_ms\": %.2f, "
        "\"render_markup_ms\": %.2f, \"decorate_ms\": %.2f, \"render_decorated_ms\": %.2f, \"render_final_ms\": %.2f, "
        "\"render_unmarked_ms\": %.2f}\n",
        qPrintable(path), qlonglong(review.items().size()), Renderer::render(plain).stats.words, parse, acceptAll,
        markup, decorate, renderDecorated, final, unmarked);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 5 && args.at(1) == u"mark")
        return markUp(args.at(2), args.at(3).toInt(), args.at(4));
    if (args.size() >= 3 && args.at(1) == u"time")
        return timeSteps(args.at(2), args.size() >= 4 ? args.at(3).toInt() : 9);
    std::fprintf(stderr, "usage: byline_review_bench mark FILE MARKS OUT.md | time FILE [ITERATIONS]\n");
    return 2;
}
