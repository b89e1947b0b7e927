// Benchmarks of the library index against the budgets of DESIGN.md.
//   byline_library_bench generate DIR N     writes N synthetic articles of ~1,000 words
//   byline_library_bench index DIR [DB]     build from scratch, re-open, one changed file, queries
//   byline_library_bench word RANK          the generated vocabulary's word of that rank
// Prints one JSON object; times in milliseconds.
#include <library/libraryindex.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace Byline::Core;

namespace {

constexpr int vocabularySize = 20000;

// Pronounceable made-up words; word k of the vocabulary is used with Zipf frequency ~ 1/(k+1),
// as words of real prose are, so common, middling and rare query words all exist.
QStringList vocabulary()
{
    static const char *const onsets[] = {"b", "c", "d", "f",  "g",  "h",  "l",  "m",  "n",  "p",  "r", "s",
                                         "t", "v", "w", "br", "ch", "cl", "st", "tr", "sh", "gr", "pl"};
    static const char *const vowels[] = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "io"};
    static const char *const codas[] = {"", "n", "r", "s", "t", "l", "nd", "st", "rk", "m"};
    QStringList words;
    QRandomGenerator random(7);
    QSet<QString> seen;
    while (words.size() < vocabularySize) {
        QString word;
        const int syllables = 1 + int(random.bounded(3));
        for (int s = 0; s < syllables; ++s) {
            word += QLatin1String(onsets[random.bounded(int(std::size(onsets)))]);
            word += QLatin1String(vowels[random.bounded(int(std::size(vowels)))]);
        }
        word += QLatin1String(codas[random.bounded(int(std::size(codas)))]);
        if (!seen.contains(word)) {
            seen.insert(word);
            words.append(word);
        }
    }
    return words;
}

class ZipfSampler
{
public:
    explicit ZipfSampler(int size)
    {
        double sum = 0;
        m_cumulative.reserve(size);
        for (int k = 0; k < size; ++k) {
            sum += 1.0 / (k + 1);
            m_cumulative.append(sum);
        }
        for (double &c : m_cumulative)
            c /= sum;
    }
    int next(QRandomGenerator &random) const
    {
        const double u = random.generateDouble();
        return int(std::lower_bound(m_cumulative.cbegin(), m_cumulative.cend(), u) - m_cumulative.cbegin());
    }

private:
    QList<double> m_cumulative;
};

int generate(const QString &folder, int count)
{
    const QStringList words = vocabulary();
    const ZipfSampler zipf(int(words.size()));
    const QStringList authors
        = {QStringLiteral("Ann Lee"),       QStringLiteral("Bo Chen"),   QStringLiteral("Cy Dar"),
           QStringLiteral("Dana Okafor"),   QStringLiteral("Eli Novak"), QStringLiteral("Fay Moreau"),
           QStringLiteral("Gus Lindqvist"), QStringLiteral("Hana Sato")};
    const QStringList statuses
        = {QStringLiteral("draft"), QStringLiteral("review"), QStringLiteral("approved"), QStringLiteral("published")};
    QRandomGenerator random(42);
    for (int i = 0; i < count; ++i) {
        const QString sub = QStringLiteral("%1").arg(2000 + i % 25);
        QDir().mkpath(QDir(folder).filePath(sub));
        QString text;
        const auto sentence = [&](int length) -> QString {
            QString s;
            for (int w = 0; w < length; ++w) {
                QString word = words.at(zipf.next(random));
                if (w == 0)
                    word[0] = word[0].toUpper();
                s += (w ? QStringLiteral(" ") : QString()) + word;
            }
            return QString(s + QStringLiteral(". "));
        };
        const QDate date = QDate(2000 + i % 25, 1, 1).addDays(int(random.bounded(365)));
        text += QStringLiteral("---\ntitle: \"%1\"\nauthor: %2\ndate: %3\nstatus: %4\ntags: [%5, %6]\nlang: en-GB\n"
                               "words: 1000\n---\n\n")
                    .arg(sentence(4).chopped(2), authors.at(i % authors.size()), date.toString(Qt::ISODate),
                         statuses.at(int(random.bounded(int(statuses.size())))), words.at(int(random.bounded(50))),
                         words.at(int(random.bounded(50))));
        int written = 0;
        int paragraph = 0;
        while (written < 1000) {
            if (paragraph % 4 == 3)
                text += QStringLiteral("## ") + sentence(3).chopped(2) + QStringLiteral("\n\n");
            for (int s = 0; s < 5; ++s) {
                const int length = 8 + int(random.bounded(16));
                text += sentence(length);
                written += length;
            }
            text += QStringLiteral("\n\n");
            ++paragraph;
        }
        QFile file(QDir(folder).filePath(QStringLiteral("%1/article-%2.md").arg(sub).arg(i, 6, 10, QLatin1Char('0'))));
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(text.toUtf8());
    }
    return 0;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(std::ceil(p * double(values.size())) - 1)));
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The fixed mix, as people search an archive: the words of a topic (in 45 % down to 0.1 % of the
// articles), two-word queries, phrases, prefixes, OR, exclusions, fields, filters and dates, by
// relevance and by date.
QStringList queryMix(const QStringList &words)
{
    QStringList mix;
    for (int k : {150, 300, 600, 1200, 2500, 5000, 9000, 15000})
        mix << words.at(k) << words.at(k) + QLatin1Char(' ') + words.at(k + 7);
    mix << QStringLiteral("\"%1 %2\"").arg(words.at(400), words.at(401)) << words.at(700).left(4) + QLatin1Char('*')
        << words.at(250).left(3) + QLatin1Char('*') << QStringLiteral("%1 OR %2").arg(words.at(800), words.at(900))
        << QStringLiteral("%1 -%2").arg(words.at(500), words.at(200)) << QStringLiteral("title:%1").arg(words.at(12))
        << QStringLiteral("author:lee %1").arg(words.at(1000)) << QStringLiteral("tag:%1").arg(words.at(7))
        << QStringLiteral("status:draft %1").arg(words.at(350)) << QStringLiteral("status:review")
        << QStringLiteral("%1 after:2010 before:2012").arg(words.at(450))
        << QStringLiteral("sort:date %1").arg(words.at(650)) << QStringLiteral("c++ e-mail \"unbalanced");
    return mix;
}

// Words in every article, which no one searches for but someone will type: reported on their own.
QStringList worstCases(const QStringList &words)
{
    return {words.at(0), words.at(3) + QLatin1Char(' ') + words.at(10),
            QStringLiteral("\"%1 %2\"").arg(words.at(0), words.at(1)), words.at(2).left(2) + QLatin1Char('*')};
}

int measure(const QString &folder, QString database)
{
    QTemporaryDir cache;
    if (database.isEmpty())
        database = cache.filePath(QStringLiteral("bench.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(database + suffix);
    QJsonObject result;
    QElapsedTimer timer;
    {
        timer.start();
        LibraryIndex index(folder, database);
        index.open();
        const IndexReport report = index.update();
        result[QStringLiteral("build_ms")] = msSince(timer);
        result[QStringLiteral("articles")] = report.indexed;
    }
    result[QStringLiteral("database_mb")] = double(QFileInfo(database).size()) / 1e6;
    {
        timer.start();
        LibraryIndex index(folder, database);
        index.open();
        const IndexReport report = index.update();
        result[QStringLiteral("reopen_ms")] = msSince(timer);
        result[QStringLiteral("reopen_unchanged")] = report.unchanged;

        // One article edited: the watcher's path (that file) and a whole update (scan and compare).
        const QList<ArticleSummary> all = index.articles();
        const QString changed = all.at(all.size() / 2).path;
        const auto append = [path = QDir(folder).filePath(changed)](const QByteArray &text) {
            QFile file(path);
            return file.open(QIODevice::Append) && file.write(text) == text.size();
        };
        append("\nA new closing paragraph about lighthouses.\n");
        timer.start();
        const IndexReport one = index.updateFiles({changed});
        result[QStringLiteral("one_file_ms")] = msSince(timer);
        append("\nAnd a second one about foghorns.\n");
        timer.start();
        const IndexReport whole = index.update();
        result[QStringLiteral("one_file_full_update_ms")] = msSince(timer);
        if (one.updated != 1 || whole.updated != 1)
            std::fprintf(stderr, "unexpected: %d %d updated\n", one.updated, whole.updated);

        const QStringList mix = queryMix(vocabulary());
        QList<double> times;
        QJsonArray perQuery;
        for (int round = 0; round < 6; ++round) {
            for (const QString &text : mix) {
                timer.start();
                const QList<SearchHit> hits = index.search(SearchQuery::parse(text), 20);
                const double ms = msSince(timer);
                if (round > 0) // the first round warms the cache
                    times.append(ms);
                if (round == 5)
                    perQuery.append(QJsonObject {{QStringLiteral("query"), text},
                                                 {QStringLiteral("ms"), ms},
                                                 {QStringLiteral("hits"), int(hits.size())}});
            }
        }
        result[QStringLiteral("query_p50_ms")] = percentile(times, 0.50);
        result[QStringLiteral("query_p99_ms")] = percentile(times, 0.99);
        result[QStringLiteral("query_max_ms")] = percentile(times, 1.0);
        result[QStringLiteral("queries")] = perQuery;
        QJsonArray worst;
        for (const QString &text : worstCases(vocabulary())) {
            timer.start();
            const QList<SearchHit> hits = index.search(SearchQuery::parse(text), 20);
            worst.append(QJsonObject {{QStringLiteral("query"), text}, {QStringLiteral("ms"), msSince(timer)}});
        }
        result[QStringLiteral("words_in_every_article")] = worst;
    }
    std::fputs(QJsonDocument(result).toJson().constData(), stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("generate"))
        return generate(args.at(2), args.at(3).toInt());
    if (args.size() >= 3 && args.at(1) == QLatin1String("index"))
        return measure(args.at(2), args.value(3));
    if (args.size() >= 3 && args.at(1) == QLatin1String("word")) {
        // The generator's word of that rank (0 is the most frequent), for searches from outside.
        std::puts(qPrintable(vocabulary().value(args.at(2).toInt())));
        return 0;
    }
    std::fputs("usage: byline_library_bench generate DIR N | index DIR [DATABASE] | word RANK\n", stderr);
    return 2;
}
