#include <spell/spellchecker.h>
#include <spell/spellservice.h>

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <thread>

using Byline::Core::DictionaryCatalog;
using Byline::Core::Misspelling;
using Byline::Core::SpellChecker;
using Byline::Core::Speller;

namespace {

std::shared_ptr<Speller> load(const char *language)
{
    const auto info = DictionaryCatalog(DictionaryCatalog::standardFolders(QString())).find(QLatin1String(language));
    if (!info)
        qFatal("the %s dictionary is not installed (packaging/install-deps.sh installs it)", language);
    return std::make_shared<Speller>(*info);
}

QStringList wordsOf(const QList<Misspelling> &misspellings)
{
    QStringList words;
    for (const Misspelling &m : misspellings)
        words.append(m.word);
    return words;
}

QString sampleColumn()
{
    QFile file(QStringLiteral(":/byline/samples/ovirt-at-last.md"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the sample column is missing");
    return QString::fromUtf8(file.readAll());
}

} // namespace

class SpellCheckerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sampleColumn_flagsItsMisspellingsOnly();
    void codeUrlsAndLinkTargets_areNeverFlagged();
    void positions_areLinesAndColumns();
    void review_onlyTheFinalTextIsChecked();
    void megabyteLineOfMisspellings_isCheckedWithinBudget();
    void apostrophes_curlyAndStraight();
    void ignoreList_coversTheWordAndItsPossessive();
    void suggestions_keepTheWordsApostrophe();
    void language_changesTheVerdict();
    void workerThread_checksSafely();

private:
    std::shared_ptr<Speller> m_english;
    std::shared_ptr<Speller> m_british;
};

void SpellCheckerTest::initTestCase()
{
    m_english = load("en-US");
    m_british = load("en-GB");
}

void SpellCheckerTest::sampleColumn_flagsItsMisspellingsOnly()
{
    const SpellChecker checker(m_english);
    const QString text = sampleColumn();
    const QList<Misspelling> found = checker.check(text);
    const QStringList words = wordsOf(found);
    for (const char *expected : {"Linspire", "productize", "rebrand"})
        QVERIFY2(words.contains(QLatin1String(expected)), expected);
    // Nothing in the front matter (the title there says oVirt too), no numbers, no acronyms.
    const int bodyStart = int(text.indexOf(QLatin1String("\n---\n"), 4)) + 5;
    for (const Misspelling &m : found) {
        QVERIFY2(m.position >= bodyStart, qPrintable(m.word));
        QVERIFY2(m.word != QLatin1String("RHEL") && m.word != QLatin1String("VI3") && m.word != QLatin1String("x86"),
                 qPrintable(m.word));
    }
    // Correct words are not flagged: everything found is what Hunspell rejects.
    for (const Misspelling &m : found)
        QVERIFY2(!m_english->isCorrect(SpellChecker::normalized(m.word)), qPrintable(m.word));
}

void SpellCheckerTest::codeUrlsAndLinkTargets_areNeverFlagged()
{
    const SpellChecker checker(m_english);
    const QString text = QStringLiteral("Teh start. Run `qwzx --frob` or see https://qwzx.example/zxqw and "
                                        "[the docs](https://example.org/qwzxzx \"Docs\").\n\n```\nqwzx zxqw\n```\n\n"
                                        "    indented qwzx\n\n<div class=\"qwzx\">Fine</div> <qwzx@example.org>\n");
    QCOMPARE(wordsOf(checker.check(text)), QStringList {QStringLiteral("Teh")});
}

void SpellCheckerTest::review_onlyTheFinalTextIsChecked()
{
    const SpellChecker checker(m_english);
    // Deleted and replaced words and comments are not the article's; added and new words are.
    const QString text = QStringLiteral("A {--wrod--} {~~teh~>thee~~} {++mispeled++} {==hilite==} "
                                        "word{>>@Ed 2026-11-20T10:04Z: speling<<}.\n{--multi\nlien--} fine");
    QCOMPARE(wordsOf(checker.check(text)).join(u','), QStringLiteral("mispeled,hilite"));
    const QList<Misspelling> found = checker.check(text);
    QCOMPARE(found.at(0).column, 33);
}

void SpellCheckerTest::positions_areLinesAndColumns()
{
    const SpellChecker checker(m_english);
    const QList<Misspelling> found = checker.check(QStringLiteral("---\nlang: en-US\n---\n\nA good wrod.\n«Good» teh"));
    QCOMPARE(found.size(), 2);
    QCOMPARE(found[0].line, 5);
    QCOMPARE(found[0].column, 8);
    QCOMPARE(found[1].line, 6);
    QCOMPARE(found[1].column, 8);
    QCOMPARE(found[1].word, QStringLiteral("teh"));
}

void SpellCheckerTest::megabyteLineOfMisspellings_isCheckedWithinBudget()
{
    // 100,000 misspellings on one line: each column was counted from the line's start (minutes).
    const SpellChecker checker(m_english);
    const QString text
        = QStringLiteral("Fine.\n") + QStringLiteral("A 😀 [wrod](http://example.com/a) ").repeated(100000);
    QElapsedTimer timer;
    timer.start();
    const QList<Misspelling> found = checker.check(text);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed()) + u" ms"));
    QCOMPARE(found.size(), 100000);
    // 33 characters a piece, the emoji counting once; the word starts at the sixth
    QCOMPARE(found.constLast().line, 2);
    QCOMPARE(found.constLast().column, 99999 * 33 + 6);
    QCOMPARE(found.constFirst().column, 6);
}

void SpellCheckerTest::apostrophes_curlyAndStraight()
{
    const SpellChecker checker(m_english);
    for (const char16_t *word : {u"don't", u"don’t", u"Microsoft's", u"Microsoft’s", u"it’s"})
        QVERIFY2(checker.isCorrect(QStringView(word)), qPrintable(QStringView(word).toString()));
    QVERIFY(!checker.isCorrect(u"oVirt’s"));
    QVERIFY(!checker.isCorrect(u"oVirt's"));
}

void SpellCheckerTest::ignoreList_coversTheWordAndItsPossessive()
{
    SpellChecker checker(m_english);
    checker.setIgnoredWords({QStringLiteral("oVirt"), QStringLiteral(" vSphere "), QStringLiteral("linspire")});
    QVERIFY(checker.isCorrect(u"oVirt"));
    QVERIFY(checker.isCorrect(u"oVirt’s"));
    QVERIFY(checker.isCorrect(u"oVirt's"));
    QVERIFY(checker.isCorrect(u"vSphere"));
    QVERIFY(checker.isCorrect(u"Linspire")); // a lower-case entry covers the capitalised word
    QVERIFY(!checker.isCorrect(u"Ovirt")); // but case the author wrote is kept
    QVERIFY(!checker.isCorrect(u"productize"));
    // The ignore list belongs to the article, not to the shared speller.
    QVERIFY(!SpellChecker(m_english).isCorrect(u"oVirt"));
    QVERIFY(!m_english->isCorrect(QStringLiteral("oVirt")));
}

void SpellCheckerTest::suggestions_keepTheWordsApostrophe()
{
    const SpellChecker checker(m_english);
    const QStringList straight = checker.suggestions(u"dont");
    QVERIFY(straight.contains(QStringLiteral("don't")));
    const QStringList curly = checker.suggestions(u"doesn’");
    QVERIFY(!curly.isEmpty());
    for (const QString &suggestion : curly)
        QVERIFY2(!suggestion.contains(QLatin1Char('\'')), qPrintable(suggestion));
    QVERIFY(checker.suggestions(u"teh", 3).size() <= 3);
}

void SpellCheckerTest::language_changesTheVerdict()
{
    const QString text = QStringLiteral("The colour of the organisation's color.");
    QCOMPARE(wordsOf(SpellChecker(m_english).check(text)), QStringList({"colour", "organisation's"}));
    QCOMPARE(wordsOf(SpellChecker(m_british).check(text)), QStringList({"color"}));
}

void SpellCheckerTest::workerThread_checksSafely()
{
    const QString text = sampleColumn();
    const QStringList expected = wordsOf(SpellChecker(m_english).check(text));
    QStringList fromWorker;
    std::thread worker([&] {
        // A fresh speller made, used and destroyed off the main thread while the main thread
        // checks with its own.
        const auto speller = load("en-US");
        fromWorker = wordsOf(SpellChecker(speller).check(text));
    });
    for (int i = 0; i < 20; ++i)
        QCOMPARE(wordsOf(SpellChecker(m_british).check(text)).isEmpty(), false);
    worker.join();
    QCOMPARE(fromWorker, expected);
}

QTEST_GUILESS_MAIN(SpellCheckerTest)
#include "spellchecker_test.moc"
