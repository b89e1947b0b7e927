// Benchmarks for the local revision store (issue budgets: keeping a revision adds ≤ 2 ms to saving
// a 1,000-word column; listing 1,000 revisions ≤ 20 ms; 100 revisions of a 1,000-word column take
// ≤ 300 KB on disk). Measured, not asserted; run by run-benchmarks.sh.
//
//   byline_history_bench [FOLDER]   one JSON line; the stores are made in FOLDER (default: a
//                                   temporary folder), so a real disk can be measured
#include "core/generatedcolumn.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

#include <history/revisionstore.h>

using namespace Byline::Core;

namespace {

const QDateTime start(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);

double percentile(std::vector<double> times, double fraction)
{
    std::sort(times.begin(), times.end());
    return times.at(std::min(times.size() - 1, size_t(double(times.size()) * fraction)));
}

qint64 bytesIn(const QString &folder)
{
    qint64 bytes = 0;
    for (QDirIterator it(folder, QDir::Files); it.hasNext();)
        bytes += QFileInfo(it.next()).size();
    return bytes;
}

double ms(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// The CPU time of this thread: on a shared machine, what the work costs without the time other
// processes took the CPU from it.
double cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QTemporaryDir temporary;
    const QString root = QCoreApplication::arguments().value(1, temporary.path());
    const QString article = QDir(root).filePath(QStringLiteral("column.md"));

    // 100 saves of a 1,000-word column, a few small edits between them, ten minutes apart: every
    // one kept (the last day's), each timed as the window's save would run it.
    const QString columnStore = QDir(root).filePath(QStringLiteral("column-history"));
    QRandomGenerator random(2026);
    QString text = GeneratedColumn::column();
    const int words = GeneratedColumn::wordsIn(text);
    std::vector<double> keeps;
    std::vector<double> keepsCpu;
    std::vector<double> keepsCounted;
    {
        RevisionStore store(columnStore, RevisionPolicy());
        for (int i = 0; i < 100; ++i) {
            RevisionStore::KeepRequest request {article,
                                                text,
                                                Revision::Reason::Save,
                                                QStringLiteral("Maya Okafor"),
                                                {},
                                                start.addSecs(qint64(600) * i),
                                                -1};
            QElapsedTimer clock;
            clock.start();
            const RevisionStore::KeepResult result = store.keep(request);
            keepsCounted.push_back(ms(clock));
            if (result.status != RevisionStore::KeepResult::Status::Kept)
                return 1;
            for (int edits = 1 + random.bounded(3); edits > 0; --edits)
                text = GeneratedColumn::edited(text, random);
        }
        // The window passes the word count it already has.
        for (int i = 100; i < 200; ++i) {
            text = GeneratedColumn::edited(text, random);
            RevisionStore::KeepRequest request {article,
                                                text,
                                                Revision::Reason::Save,
                                                QStringLiteral("Maya Okafor"),
                                                {},
                                                start.addSecs(qint64(600) * i),
                                                1000};
            QElapsedTimer clock;
            clock.start();
            const double cpu = cpuMs();
            (void)store.keep(request);
            keepsCpu.push_back(cpuMs() - cpu);
            keeps.push_back(ms(clock));
        }
    }
    // The size of the first 100: a store of its own, checkpointed by closing it.
    const QString sizeStore = QDir(root).filePath(QStringLiteral("size-history"));
    {
        QRandomGenerator again(2026);
        QString column = GeneratedColumn::column();
        RevisionStore store(sizeStore, RevisionPolicy());
        for (int i = 0; i < 100; ++i) {
            (void)store.keep({article,
                              column,
                              Revision::Reason::Save,
                              QStringLiteral("Maya Okafor"),
                              {},
                              start.addSecs(qint64(600) * i),
                              -1});
            for (int edits = 1 + again.bounded(3); edits > 0; --edits)
                column = GeneratedColumn::edited(column, again);
        }
    }
    const qint64 size = bytesIn(sizeStore);

    // 1,000 revisions of one article, listed.
    const QString listStore = QDir(root).filePath(QStringLiteral("list-history"));
    std::vector<double> lists;
    std::vector<double> listsCpu;
    int listed = 0;
    {
        RevisionPolicy keepAll;
        keepAll.keepAllHours = 24 * 366;
        RevisionStore store(listStore, keepAll);
        for (int i = 0; i < 1000; ++i)
            (void)store.keep(
                {article, QStringLiteral("Revision %1\n").arg(i), Revision::Reason::Save, QStringLiteral("Maya Okafor"),
                 i % 50 == 0 ? QStringLiteral("Named %1").arg(i) : QString(), start.addSecs(qint64(60) * i), i});
        for (int run = 0; run < 30; ++run) {
            QElapsedTimer clock;
            clock.start();
            const double cpu = cpuMs();
            listed = int(store.revisions(article).size());
            listsCpu.push_back(cpuMs() - cpu);
            lists.push_back(ms(clock));
        }
    }
    // A manuscript: keeping a revision of 100,000 words (no budget; for scale).
    std::vector<double> manuscript;
    {
        RevisionStore store(QDir(root).filePath(QStringLiteral("manuscript-history")), RevisionPolicy());
        QString book = GeneratedColumn::column(100000);
        for (int i = 0; i < 10; ++i) {
            QElapsedTimer clock;
            clock.start();
            (void)store.keep({article,
                              book,
                              Revision::Reason::Save,
                              QStringLiteral("Maya Okafor"),
                              {},
                              start.addSecs(qint64(600) * i),
                              100000});
            manuscript.push_back(ms(clock));
            book = GeneratedColumn::edited(book, random);
        }
    }
    std::printf("{\"column_words\": %d, \"keep_ms_p50\": %.3f, \"keep_ms_p90\": %.3f, \"keep_cpu_ms_p50\": %.3f, "
                "\"keep_cpu_ms_p90\": %.3f, \"keep_counting_words_ms_p50\": %.3f, \"keep_counting_words_ms_p90\": "
                "%.3f, \"size_100_revisions_bytes\": %lld, \"listed\": %d, \"list_ms_p50\": %.3f, \"list_ms_max\": "
                "%.3f, \"list_cpu_ms_p50\": %.3f, \"keep_100000_words_ms_p50\": %.2f}\n",
                words, percentile(keeps, 0.5), percentile(keeps, 0.9), percentile(keepsCpu, 0.5),
                percentile(keepsCpu, 0.9), percentile(keepsCounted, 0.5), percentile(keepsCounted, 0.9), size, listed,
                percentile(lists, 0.5), percentile(lists, 1.0), percentile(listsCpu, 0.5), percentile(manuscript, 0.5));
    return 0;
}
