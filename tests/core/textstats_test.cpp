#include <markdown/textstats.h>

#include <QTest>

using namespace Byline::Core;

class TextStatsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countWords_data();
    void countWords();
    void countSentences_data();
    void countSentences();
    void countSyllables_data();
    void countSyllables();
    void flesch_simpleProseScoresHigh();
    void readingMinutes_roundUp();
    void codeAndHeadings_countWordsButNotProse();
    void countsDetail_skipsSentencesAndFlesch();
};

void TextStatsTest::countWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("words");
    QTest::newRow("empty") << "" << 0;
    QTest::newRow("spaces") << "   " << 0;
    QTest::newRow("simple") << "one two  three" << 3;
    QTest::newRow("punctuation alone") << "a -- b — c" << 3;
    QTest::newRow("contraction") << "don't stop" << 2;
    QTest::newRow("hyphenated") << "open-source challenger" << 2;
    QTest::newRow("slash") << "Debian GNU/Linux" << 2;
    QTest::newRow("numbers") << "RHEL 5 in 2007" << 4;
    QTest::newRow("cjk") << QString::fromUtf8("日本語の文章") << 6;
    QTest::newRow("mixed cjk") << QString::fromUtf8("Qt 日本") << 3;
    QTest::newRow("accents") << QString::fromUtf8("café naïve") << 2;
    QTest::newRow("emoji word") << QString::fromUtf8("hello 🙂") << 1;
}

void TextStatsTest::countWords()
{
    QFETCH(QString, text);
    QFETCH(int, words);
    QCOMPARE(TextStatsBuilder::countWords(text), words);
}

void TextStatsTest::countSentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("sentences");
    QTest::newRow("one") << "A sentence." << 1;
    QTest::newRow("two") << "One. Two!" << 2;
    QTest::newRow("question") << "Why? Because." << 2;
    QTest::newRow("no terminal") << "Trailing words" << 1;
    QTest::newRow("decimal") << "It costs 3.50 today." << 1;
    QTest::newRow("ellipsis mid-sentence")
        << QString::fromUtf8("Wait… what?") << 1; // U+2026 is no terminator in UAX #29
    QTest::newRow("only punctuation") << "..." << 0;
}

void TextStatsTest::countSentences()
{
    QFETCH(QString, text);
    QFETCH(int, sentences);
    QCOMPARE(TextStatsBuilder::countSentences(text), sentences);
}

void TextStatsTest::countSyllables_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("syllables");
    QTest::newRow("the") << "the" << 1;
    QTest::newRow("cat") << "cat" << 1;
    QTest::newRow("make") << "make" << 1;
    QTest::newRow("table") << "table" << 2;
    QTest::newRow("water") << "water" << 2;
    QTest::newRow("computer") << "computer" << 3;
    QTest::newRow("rhythm") << "rhythm" << 1;
    QTest::newRow("number") << "2007" << 1;
}

void TextStatsTest::countSyllables()
{
    QFETCH(QString, word);
    QFETCH(int, syllables);
    QCOMPARE(TextStatsBuilder::countSyllables(word), syllables);
}

void TextStatsTest::flesch_simpleProseScoresHigh()
{
    TextStatsBuilder easy;
    easy.addBlock(TextStatsBuilder::BlockKind::Paragraph, u"The cat sat on the mat. The dog ran to the park.");
    TextStatsBuilder hard;
    hard.addBlock(TextStatsBuilder::BlockKind::Paragraph,
                  u"Institutional virtualization infrastructure necessitates considerable organizational "
                  u"coordination between heterogeneous administrative constituencies.");
    QVERIFY(easy.result().hasFlesch && hard.result().hasFlesch);
    QVERIFY2(easy.result().fleschReadingEase > 90, qPrintable(QString::number(easy.result().fleschReadingEase)));
    QVERIFY2(hard.result().fleschReadingEase < 10, qPrintable(QString::number(hard.result().fleschReadingEase)));
    QVERIFY(!TextStatsBuilder().result().hasFlesch);
}

void TextStatsTest::readingMinutes_roundUp()
{
    TextStatsBuilder builder(TextStatsBuilder::Detail::Full, 230);
    builder.addBlock(TextStatsBuilder::BlockKind::Paragraph, QString(QStringLiteral("word ")).repeated(231));
    QCOMPARE(builder.result().words, 231);
    QCOMPARE(builder.result().readingMinutes, 2);
    QCOMPARE(TextStatsBuilder().result().readingMinutes, 0);
}

void TextStatsTest::codeAndHeadings_countWordsButNotProse()
{
    TextStatsBuilder builder;
    builder.addBlock(TextStatsBuilder::BlockKind::Heading, u"A heading");
    builder.addBlock(TextStatsBuilder::BlockKind::Code, u"int main() { return 0; }");
    const TextStats stats = builder.result();
    QCOMPARE(stats.words, 2 + 4); // "{", "}" hold no letter or digit
    QCOMPARE(stats.paragraphs, 0);
    QCOMPARE(stats.sentences, 0);
    QVERIFY(!stats.hasFlesch);
    QCOMPARE(stats.characters, 9 + 24);
}

void TextStatsTest::countsDetail_skipsSentencesAndFlesch()
{
    const QString text = QStringLiteral("One sentence here. Another one there.");
    TextStatsBuilder counts(TextStatsBuilder::Detail::Counts);
    TextStatsBuilder full(TextStatsBuilder::Detail::Full);
    counts.addBlock(TextStatsBuilder::BlockKind::Paragraph, text);
    full.addBlock(TextStatsBuilder::BlockKind::Paragraph, text);
    QCOMPARE(counts.result().words, full.result().words);
    QCOMPARE(counts.result().characters, full.result().characters);
    QCOMPARE(counts.result().paragraphs, 1);
    QVERIFY(!counts.result().hasSentences && !counts.result().hasFlesch);
    QVERIFY(full.result().hasSentences && full.result().hasFlesch);
    QCOMPARE(full.result().sentences, 2);
}

QTEST_GUILESS_MAIN(TextStatsTest)
#include "textstats_test.moc"
