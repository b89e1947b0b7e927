// Spellchecking benchmark, run by run-benchmarks.sh (budgets are measured here, not asserted).
//
//   byline_spell_bench FILE [LANG]   one JSON line: dictionary load, a whole-document check from a
//                                    cold cache and a warm one, the cost of re-checking one line
//                                    as a keystroke does, and the time suggestions take
#include <article/articlefile.h>
#include <spell/spellchecker.h>
#include <spell/spellservice.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Byline::Core;

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[size_t(double(values.size() - 1) * fraction)];
}

// A keystroke re-checks its line: scan it and look up every word, one of them new to the cache.
std::vector<double> keystrokeCosts(const SpellChecker &checker, const QStringList &lines)
{
    std::vector<double> costs;
    QList<WordScanner::Word> words;
    int typed = 0;
    for (const QString &original : lines) {
        if (original.size() < 200)
            continue;
        const QString line = original.left(original.size() / 2) + QStringLiteral("x%1 ").arg(typed++, 0, 26)
            + original.mid(original.size() / 2);
        QElapsedTimer timer;
        timer.start();
        WordScanner::State state;
        words.clear();
        checker.scanner().scanLine(line, 1, state, &words);
        int wrong = 0;
        for (const WordScanner::Word &word : std::as_const(words))
            wrong += checker.isCorrect(QStringView(line).sliced(word.start, word.length)) ? 0 : 1;
        costs.push_back(elapsedMs(timer));
        if (wrong < 0)
            std::puts("");
    }
    return costs;
}

} // namespace

int main(int argc, char *argv[])
{
    const QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: byline_spell_bench FILE [LANG]\n");
        return 2;
    }
    const LoadedArticle loaded = ArticleFile::load(args[1]);
    if (!loaded.ok)
        return 1;
    QElapsedTimer timer;
    timer.start();
    SpellService service({QStringLiteral("/nonexistent"), QStringLiteral("/nonexistent")});
    const auto dictionary = service.resolve(args.value(2, QStringLiteral("en-US")));
    const double catalogMs = elapsedMs(timer);
    if (!dictionary)
        return 2;

    timer.restart();
    auto speller = std::make_shared<Speller>(*dictionary);
    const double loadMs = elapsedMs(timer);
    const SpellChecker checker(speller);

    timer.restart();
    const QList<WordScanner::TextWord> words = checker.scanner().scanText(loaded.text);
    const double scanMs = elapsedMs(timer);

    timer.restart();
    const QList<Misspelling> found = checker.check(loaded.text);
    const double coldMs = elapsedMs(timer);
    timer.restart();
    const QList<Misspelling> again = checker.check(loaded.text);
    const double warmMs = elapsedMs(timer);

    const std::vector<double> keystrokes = keystrokeCosts(checker, loaded.text.split(QLatin1Char('\n')));

    QSet<QString> distinctWrong;
    for (const Misspelling &m : found)
        distinctWrong.insert(m.word);
    std::vector<double> suggest;
    for (const QString &word : std::as_const(distinctWrong)) {
        if (suggest.size() >= 150)
            break;
        timer.restart();
        (void)checker.suggestions(word);
        suggest.push_back(elapsedMs(timer));
    }

    std::printf("{\"file\": \"%s\", \"words\": %lld, \"distinct_words\": %lld, \"misspellings\": %lld, "
                "\"catalog_ms\": %.2f, \"load_ms\": %.2f, \"scan_ms\": %.2f, \"check_cold_ms\": %.2f, "
                "\"check_warm_ms\": %.2f, \"keystroke_line_ms_p50\": %.4f, \"keystroke_line_ms_max\": %.4f, "
                "\"suggest_ms_p50\": %.1f, \"suggest_ms_p95\": %.1f, \"suggest_ms_max\": %.1f}\n",
                qPrintable(args[1]), static_cast<long long>(words.size()),
                static_cast<long long>(speller->cachedWords()), static_cast<long long>(again.size()), catalogMs, loadMs,
                scanMs, coldMs, warmMs, percentile(keystrokes, 0.5), percentile(keystrokes, 1.0),
                percentile(suggest, 0.5), percentile(suggest, 0.95), percentile(suggest, 1.0));
    return 0;
}
