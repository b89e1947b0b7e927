#include "spellchecker.h"

#include "../markdown/criticmarkup.h"

#include <QHash>

namespace Byline::Core {

SpellChecker::SpellChecker(std::shared_ptr<Speller> speller, WordScanner::Options options)
    : m_speller(std::move(speller))
    , m_scanner(options)
    , m_english(m_speller && m_speller->dictionary().code.startsWith(QLatin1String("en")))
{ }

QString SpellChecker::normalized(QStringView word)
{
    QString result = word.toString();
    result.replace(QChar(u'\u2019'), QLatin1Char('\'')).replace(QChar(u'\u02bc'), QLatin1Char('\''));
    return result;
}

void SpellChecker::setIgnoredWords(const QStringList &words)
{
    m_ignored.clear();
    for (const QString &word : words)
        m_ignored.insert(normalized(word.trimmed()));
}

bool SpellChecker::isIgnored(QStringView word) const
{
    return !m_ignored.isEmpty() && isIgnoredKey(normalized(word));
}

bool SpellChecker::isIgnoredKey(const QString &key) const
{
    if (m_ignored.isEmpty())
        return false;
    if (m_ignored.contains(key))
        return true;
    // An entry written in lower case also covers the word at the start of a sentence.
    return !key.isEmpty() && key.front().isUpper() && m_ignored.contains(key.front().toLower() + key.mid(1));
}

bool SpellChecker::isPossessiveOfKnownWord(const QString &word) const
{
    if (!m_english || word.size() < 3 || !word.endsWith(QLatin1String("'s")))
        return false;
    const QString stem = word.chopped(2);
    return isIgnoredKey(stem) || m_speller->isCorrect(stem);
}

bool SpellChecker::isCorrect(QStringView word) const
{
    if (!m_speller || word.isEmpty())
        return true;
    const QString key = normalized(word); // once: this runs for every word the editor shows
    return isIgnoredKey(key) || m_speller->isCorrect(key) || isPossessiveOfKnownWord(key);
}

QStringList SpellChecker::suggestions(QStringView word, int maximum) const
{
    if (!m_speller)
        return {};
    QStringList result = m_speller->suggestions(normalized(word), maximum);
    const bool curly = word.contains(u'\u2019');
    if (curly) {
        for (QString &suggestion : result)
            suggestion.replace(QLatin1Char('\''), QChar(u'\u2019'));
    }
    return result;
}

QList<Misspelling> SpellChecker::check(QStringView text) const
{
    QList<Misspelling> result;
    if (!m_speller)
        return result;
    QList<WordScanner::TextWord> words = m_scanner.scanText(text);
    // Only the final text is checked: not what a reviewer deleted, nor comments.
    if (text.contains(u'{')) {
        const QList<CriticMarkup::Range> unread = CriticMarkup::outsideFinalText(CriticMarkup::parse(text));
        auto range = unread.cbegin();
        words.removeIf([&](const WordScanner::TextWord &word) {
            while (range != unread.cend() && range->end <= word.position)
                ++range;
            return range != unread.cend() && range->start < word.position + word.length;
        });
    }
    // Each distinct word is looked up once; repeats are answered here without a copy or a lock.
    QHash<QStringView, bool> verdicts;
    verdicts.reserve(words.size() / 8);
    // Columns are counted on from the line's previous misspelling, so a megabyte line of them is
    // read once, not once for each.
    qsizetype countedLine = -1;
    qsizetype countedTo = 0;
    int countedColumn = 1;
    for (const WordScanner::TextWord &word : words) {
        const QStringView spelling = text.sliced(word.position, word.length);
        auto verdict = verdicts.constFind(spelling);
        if (verdict == verdicts.cend())
            verdict = verdicts.insert(spelling, isCorrect(spelling));
        if (*verdict)
            continue;
        if (word.lineStart != countedLine || word.position < countedTo) {
            countedLine = word.lineStart;
            countedTo = word.lineStart;
            countedColumn = 1;
        }
        countedColumn += WordScanner::columnOf(text, countedTo, word.position) - 1;
        countedTo = word.position;
        result.append({word.line, countedColumn, word.position, word.length, spelling.toString()});
    }
    return result;
}

} // namespace Byline::Core
