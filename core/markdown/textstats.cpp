#include "textstats.h"

#include <QTextBoundaryFinder>

#include <cmath>

namespace Byline::Core {

namespace {

template<typename WordFn>
int forEachWord(QStringView text, WordFn onWord)
{
    int count = 0;
    qsizetype start = -1;
    bool hasAlnum = false;
    const auto finish = [&](qsizetype end) {
        if (start >= 0 && hasAlnum) {
            ++count;
            onWord(text.sliced(start, end - start));
        }
        start = -1;
        hasAlnum = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype at = i;
        char32_t code = text.at(i).unicode();
        if (QChar::isHighSurrogate(code) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (code < 0x80) { // ASCII without a Unicode table lookup: most prose is mostly ASCII
            if (code == ' ' || (code >= '\t' && code <= '\r')) {
                finish(at);
                continue;
            }
            if (start < 0)
                start = at;
            hasAlnum = hasAlnum || (code >= 'a' && code <= 'z') || (code >= 'A' && code <= 'Z')
                || (code >= '0' && code <= '9');
            continue;
        }
        if (QChar::isSpace(code)) {
            finish(at);
            continue;
        }
        if (TextStatsBuilder::isIdeographic(code)) {
            finish(at);
            ++count;
            continue;
        }
        if (start < 0)
            start = at;
        if (QChar::isLetterOrNumber(code))
            hasAlnum = true;
    }
    finish(text.size());
    return count;
}

int countCodePoints(QStringView text)
{
    int count = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++count;
    }
    return count;
}

} // namespace

bool TextStatsBuilder::isIdeographic(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) // hiragana, katakana
        || (c >= 0x3400 && c <= 0x4DBF) // CJK extension A
        || (c >= 0x4E00 && c <= 0x9FFF) // CJK unified ideographs
        || (c >= 0xF900 && c <= 0xFAFF) // compatibility ideographs
        || (c >= 0x20000 && c <= 0x3134F); // extensions B–G
}

TextStatsBuilder::TextStatsBuilder(Detail detail, int wordsPerMinute)
    : m_detail(detail)
    , m_wordsPerMinute(wordsPerMinute > 0 ? wordsPerMinute : TextStats::defaultWordsPerMinute)
{
    m_stats.hasSentences = detail == Detail::Full;
}

void TextStatsBuilder::addBlock(BlockKind kind, QStringView text)
{
    m_stats.characters += countCodePoints(text);
    if (kind != BlockKind::Paragraph) {
        m_stats.words += countWords(text);
        return;
    }
    ++m_stats.paragraphs;
    if (m_detail != Detail::Full) {
        m_stats.words += countWords(text);
        return;
    }
    const int words = forEachWord(text, [this](QStringView word) { m_proseSyllables += countSyllables(word); });
    m_stats.words += words;
    m_proseWords += words;
    m_stats.sentences += countSentences(text);
}

TextStats TextStatsBuilder::result() const
{
    TextStats stats = m_stats;
    stats.readingMinutes = int(std::ceil(double(stats.words) / m_wordsPerMinute));
    if (stats.sentences > 0 && m_proseWords > 0) {
        stats.hasFlesch = true;
        stats.fleschReadingEase = 206.835 - 1.015 * (double(m_proseWords) / stats.sentences)
            - 84.6 * (double(m_proseSyllables) / double(m_proseWords));
    }
    return stats;
}

int TextStatsBuilder::countWords(QStringView text)
{
    return forEachWord(text, [](QStringView) {});
}

int TextStatsBuilder::countSentences(QStringView text)
{
    // UAX #29 breaks sentences only after terminators; without one inside, a text is one
    // sentence, and the (costly) boundary finder can be skipped.
    const QStringView trimmed = text.trimmed();
    const QStringView inner = trimmed.isEmpty() ? trimmed : trimmed.chopped(1);
    const bool mayBreak = std::any_of(inner.begin(), inner.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return u == u'.' || u == u'!' || u == u'?' || (u >= 0x80 && (c.isPunct() || c.isSpace()));
    });
    if (!mayBreak)
        return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); }) ? 1 : 0;

    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    int count = 0;
    qsizetype start = 0;
    while (finder.toNextBoundary() >= 0) {
        const qsizetype end = finder.position();
        const QStringView sentence = text.sliced(start, end - start);
        if (std::any_of(sentence.begin(), sentence.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            ++count;
        start = end;
    }
    return count;
}

int TextStatsBuilder::countSyllables(QStringView word)
{
    int syllables = 0;
    bool previousVowel = false;
    qsizetype letters = 0;
    char16_t last = 0;
    char16_t beforeLast = 0;
    for (const QChar c : word) {
        char16_t lower = c.unicode();
        if (lower < 0x80) { // the common case, without a Unicode table lookup
            if (lower >= u'A' && lower <= u'Z')
                lower = char16_t(lower + (u'a' - u'A'));
            else if (lower < u'a' || lower > u'z')
                continue;
        } else if (c.isLetter()) {
            lower = c.toLower().unicode();
        } else {
            continue;
        }
        const bool vowel
            = lower == u'a' || lower == u'e' || lower == u'i' || lower == u'o' || lower == u'u' || lower == u'y';
        if (vowel && !previousVowel)
            ++syllables;
        previousVowel = vowel;
        beforeLast = last;
        last = lower;
        ++letters;
    }
    // A final silent e ("make"), but not "-le" ("table") or a word that is all e.
    if (letters > 2 && last == u'e' && beforeLast != u'l' && syllables > 1)
        --syllables;
    return std::max(1, syllables);
}

} // namespace Byline::Core
