#include <spell/speller.h>

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using Byline::Core::DictionaryCatalog;
using Byline::Core::DictionaryInfo;
using Byline::Core::Speller;

namespace {

DictionaryInfo english()
{
    return *DictionaryCatalog(DictionaryCatalog::standardFolders(QString())).find(QStringLiteral("en-US"));
}

// A small dictionary in a legacy encoding, written byte by byte as such dictionaries are.
DictionaryInfo legacyDictionary(const QTemporaryDir &folder, const char *encoding, const QStringList &words)
{
    const QString code = QStringLiteral("xx_XX");
    QFile aff(folder.filePath(code + QLatin1String(".aff")));
    QFile dic(folder.filePath(code + QLatin1String(".dic")));
    if (!aff.open(QIODevice::WriteOnly) || !dic.open(QIODevice::WriteOnly))
        qFatal("cannot write the test dictionary");
    aff.write(QByteArray("SET ") + encoding + "\nTRY aeioulnrstcdz\n");
    QString hunspellName = QString::fromLatin1(encoding);
    hunspellName.replace(QLatin1String("ISO8859"), QLatin1String("ISO-8859"));
    QStringEncoder encoder(hunspellName.toLatin1().constData());
    dic.write(QByteArray::number(words.size()) + '\n');
    for (const QString &word : words)
        dic.write(QByteArray(encoder.encode(word)) + "\n");
    return {code, aff.fileName(), dic.fileName()};
}

} // namespace

class SpellerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleColumnWords();
    void suggestions_areOnDemandAndLimited();
    void addedWords_areAccepted();
    void cache_holdsOneResultPerDistinctWord();
    void latin1Dictionary_roundTrips();
    void latin2Dictionary_roundTrips();
    void workerThreads_createCheckAndDestroySafely();
    void missingFiles_areReported();
};

void SpellerTest::sampleColumnWords()
{
    const Speller speller(english());
    QVERIFY(speller.isValid());
    QCOMPARE(speller.encoding(), QStringLiteral("UTF-8"));
    for (const char *word : {"Linspire", "productize", "rebrand"})
        QVERIFY2(!speller.isCorrect(QString::fromLatin1(word)), word);
    for (const char *word : {"virtualization", "challenger", "Walmart", "column"})
        QVERIFY2(speller.isCorrect(QString::fromLatin1(word)), word);
}

void SpellerTest::suggestions_areOnDemandAndLimited()
{
    const Speller speller(english());
    QVERIFY(speller.suggestions(QStringLiteral("speling")).contains(QStringLiteral("spelling")));
    QVERIFY(speller.suggestions(QStringLiteral("teh"), 3).size() <= 3);
    QCOMPARE(speller.cachedWords(), 0); // suggesting checks nothing into the cache
}

void SpellerTest::addedWords_areAccepted()
{
    Speller speller(english());
    QVERIFY(!speller.isCorrect(QStringLiteral("oVirt")));
    speller.addWord(QStringLiteral("oVirt"));
    QVERIFY(speller.isCorrect(QStringLiteral("oVirt")));
    speller.removeWord(QStringLiteral("oVirt"));
    QVERIFY(!speller.isCorrect(QStringLiteral("oVirt")));
}

void SpellerTest::cache_holdsOneResultPerDistinctWord()
{
    const Speller speller(english());
    for (int i = 0; i < 100; ++i) {
        QVERIFY(speller.isCorrect(QStringLiteral("bus")));
        QVERIFY(!speller.isCorrect(QStringLiteral("Linspire")));
    }
    QCOMPARE(speller.cachedWords(), 2);
}

void SpellerTest::latin1Dictionary_roundTrips()
{
    QTemporaryDir folder;
    const Speller speller(legacyDictionary(folder, "ISO8859-1", {QStringLiteral("café"), QStringLiteral("naïve")}));
    QVERIFY2(speller.isValid(), qPrintable(speller.errorString()));
    QCOMPARE(speller.encoding(), QStringLiteral("ISO8859-1"));
    QVERIFY(speller.isCorrect(QStringLiteral("café")));
    QVERIFY(speller.isCorrect(QStringLiteral("naïve")));
    QVERIFY(!speller.isCorrect(QStringLiteral("cafe")));
    QVERIFY(speller.suggestions(QStringLiteral("cafe")).contains(QStringLiteral("café")));
    QVERIFY(!speller.isCorrect(QStringLiteral("łódź"))); // not even encodable: not a word of it
}

void SpellerTest::latin2Dictionary_roundTrips()
{
    if (!QStringEncoder("ISO-8859-2").isValid())
        QSKIP("this Qt has no ISO-8859-2 converter");
    QTemporaryDir folder;
    const Speller speller(legacyDictionary(folder, "ISO8859-2", {QStringLiteral("łódź"), QStringLiteral("żółw")}));
    QVERIFY2(speller.isValid(), qPrintable(speller.errorString()));
    QVERIFY(speller.isCorrect(QStringLiteral("łódź")));
    QVERIFY(speller.isCorrect(QStringLiteral("żółw")));
    QVERIFY(!speller.isCorrect(QStringLiteral("zolw")));
    QVERIFY(speller.suggestions(QStringLiteral("żólw")).contains(QStringLiteral("żółw")));
}

void SpellerTest::workerThreads_createCheckAndDestroySafely()
{
    const DictionaryInfo dictionary = english();
    std::atomic<int> wrong {0};
    constexpr int threadCount = 4;
    std::vector<std::thread> threads;
    threads.reserve(threadCount);
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back([&] {
            for (int round = 0; round < 3; ++round) {
                const Speller own(dictionary); // created and destroyed on this thread
                for (int i = 0; i < 200; ++i) {
                    if (!own.isCorrect(QStringLiteral("newspaper")) || own.isCorrect(QStringLiteral("Linspire")))
                        ++wrong;
                }
            }
        });
    }
    const Speller shared(dictionary);
    std::vector<std::thread> readers;
    readers.reserve(threadCount);
    for (int t = 0; t < threadCount; ++t) {
        readers.emplace_back([&, t] {
            for (int i = 0; i < 500; ++i) {
                const QString word = QStringLiteral("word%1").arg((i + t) % 50); // digits: never words
                if (shared.isCorrect(word) || !shared.isCorrect(QStringLiteral("editor")))
                    ++wrong;
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    for (auto &thread : readers)
        thread.join();
    QCOMPARE(wrong.load(), 0);
}

void SpellerTest::missingFiles_areReported()
{
    const Speller speller(DictionaryInfo {QStringLiteral("zz_ZZ"), QStringLiteral("/nonexistent/zz_ZZ.aff"),
                                          QStringLiteral("/nonexistent/zz_ZZ.dic")});
    QVERIFY(!speller.isValid());
    QVERIFY(speller.errorString().contains(QLatin1String("zz_ZZ")));
    QVERIFY(speller.isCorrect(QStringLiteral("anything"))); // unchecked, never flagged
}

QTEST_GUILESS_MAIN(SpellerTest)
#include "speller_test.moc"
