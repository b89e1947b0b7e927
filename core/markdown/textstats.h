#pragma once

#include <QString>

namespace Byline::Core {

// Counts a reader cares about, over the visible text only: no markup, no front matter.
struct TextStats
{
    static constexpr int defaultWordsPerMinute = 230;

    int words = 0;
    int characters = 0; // Unicode code points, spaces included
    int sentences = 0;
    int paragraphs = 0;
    int readingMinutes = 0;
    bool hasSentences = false; // counted only at TextStatsBuilder::Detail::Full
    // Flesch reading ease over the paragraphs (headings and code excluded); meaningful for
    // English prose. Unset when there is no full sentence to measure.
    double fleschReadingEase = 0.0;
    bool hasFlesch = false;
};

// Accumulates TextStats block by block as a renderer walks the document.
class TextStatsBuilder final
{
public:
    enum class BlockKind { Paragraph, Heading, Code };
    enum class Detail {
        None, // nothing
        Counts, // words, characters, paragraphs, reading time
        Full, // also sentences and Flesch reading ease
    };

    explicit TextStatsBuilder(Detail detail = Detail::Full, int wordsPerMinute = TextStats::defaultWordsPerMinute);

    void addBlock(BlockKind kind, QStringView text);
    [[nodiscard]] TextStats result() const;

    // Whitespace-separated tokens holding a letter or digit; each CJK ideograph or kana is a word.
    [[nodiscard]] static int countWords(QStringView text);
    [[nodiscard]] static int countSentences(QStringView text);
    // English syllables by vowel groups, the estimate Flesch's formula is used with.
    [[nodiscard]] static int countSyllables(QStringView word);
    // Han ideographs and kana: scripts written without spaces between words.
    [[nodiscard]] static bool isIdeographic(char32_t c);

private:
    Detail m_detail;
    int m_wordsPerMinute;
    TextStats m_stats;
    qint64 m_proseWords = 0;
    qint64 m_proseSyllables = 0;
};

} // namespace Byline::Core
