// Benchmarks for the word diff (issue budgets: `byline diff` of two 100,000-word drafts with 1 %
// of the words changed ≤ 1.0 × `git diff --no-index --word-diff=porcelain` and ≤ 0.5 × wdiff,
// whole process, ≤ 150 MB; run-benchmarks.sh times the processes). Measured, not asserted.
//
//   byline_diff_bench edit FILE PERCENT OUT.md [SEED]   FILE with PERCENT % of its words replaced,
//                                                        taken out or put in, and one paragraph moved
//   byline_diff_bench time A B [ITERATIONS]              median milliseconds in process, one JSON line
#include <article/articlefile.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <review/diffsuggestions.h>
#include <review/worddiff.h>

using namespace Byline::Core;

namespace {

int edit(const QString &in, double percent, const QString &out, quint32 seed)
{
    const LoadedArticle loaded = ArticleFile::load(in);
    if (!loaded.ok)
        return 2;
    QString text = loaded.text;
    const qsizetype bodyStart = DiffSuggestions::bodyStart(text);
    QRandomGenerator random(seed);

    // One paragraph moved: the tenth to just before the last.
    QStringList paragraphs = text.sliced(bodyStart).split(QStringLiteral("\n\n"));
    if (paragraphs.size() > 20)
        paragraphs.insert(paragraphs.size() - 1, paragraphs.takeAt(10));
    text = text.first(bodyStart) + paragraphs.join(QStringLiteral("\n\n"));

    static const QRegularExpression word(QStringLiteral("\\b[A-Za-z]+\\b"));
    std::vector<std::pair<qsizetype, qsizetype>> words;
    for (auto it = word.globalMatch(text, bodyStart); it.hasNext();) {
        const auto match = it.next();
        words.emplace_back(match.capturedStart(), match.capturedLength());
    }
    const qsizetype edits = qsizetype(double(words.size()) * percent / 100.0);
    std::vector<qsizetype> chosen;
    for (qsizetype k = 0; k < edits; ++k)
        chosen.push_back(random.bounded(qsizetype(words.size())));
    std::sort(chosen.begin(), chosen.end());
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
    static const QStringList replacements {QStringLiteral("council"), QStringLiteral("harbour"),
                                           QStringLiteral("quietly"), QStringLiteral("evening"),
                                           QStringLiteral("printed"), QStringLiteral("reader")};
    for (auto it = chosen.crbegin(); it != chosen.crend(); ++it) {
        const auto [start, length] = words[std::size_t(*it)];
        const QString &other = replacements[random.bounded(replacements.size())];
        switch (random.bounded(3)) {
        case 0:
            text.replace(start, length, other);
            break;
        case 1:
            text.remove(start, length + (start + length < text.size() && text[start + length] == u' ' ? 1 : 0));
            break;
        default:
            text.insert(start, other + u' ');
            break;
        }
    }
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    file.write(text.toUtf8());
    return 0;
}

template<typename Run>
double medianMs(int iterations, Run run)
{
    std::vector<double> times;
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

int time(const QString &a, const QString &b, int iterations)
{
    const LoadedArticle before = ArticleFile::load(a);
    const LoadedArticle after = ArticleFile::load(b);
    if (!before.ok || !after.ok)
        return 2;
    qsizetype changes = 0;
    const double diffMs
        = medianMs(iterations, [&] { changes = WordDiff::compare(before.text, after.text).changes().size(); });
    qsizetype suggestions = 0;
    const double suggestMs = medianMs(iterations, [&] {
        suggestions = DiffSuggestions::make(before.text, after.text, {QStringLiteral("Ed"), {}}).suggestions;
    });
    std::printf("{\"changes\": %lld, \"word_diff_ms\": %.2f, \"suggestions\": %lld, \"as_suggestions_ms\": %.2f}\n",
                qint64(changes), diffMs, qint64(suggestions), suggestMs);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 5 && args.at(1) == u"edit")
        return edit(args.at(2), args.at(3).toDouble(), args.at(4), args.size() > 5 ? args.at(5).toUInt() : 1);
    if (args.size() >= 4 && args.at(1) == u"time")
        return time(args.at(2), args.at(3), args.size() > 4 ? args.at(4).toInt() : 11);
    std::fprintf(stderr, "usage: byline_diff_bench edit FILE PERCENT OUT.md [SEED] | time A B [ITERATIONS]\n");
    return 2;
}
