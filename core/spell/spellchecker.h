#pragma once

#include "speller.h"
#include "wordscanner.h"

#include <QSet>

#include <memory>

namespace Byline::Core {

struct Misspelling
{
    int line = 0; // 1-based
    int column = 0; // 1-based, in characters
    qsizetype position = 0; // in the text
    qsizetype length = 0;
    QString word;
};

// Checks the prose of one article: a shared Speller (its dictionary plus the personal words) and
// the article's own ignore list (`spelling_ignore:` in its front matter). Cheap to copy.
class SpellChecker final
{
public:
    explicit SpellChecker(std::shared_ptr<Speller> speller, WordScanner::Options options = {});

    [[nodiscard]] const WordScanner &scanner() const { return m_scanner; }

    void setIgnoredWords(const QStringList &words);
    [[nodiscard]] bool isIgnored(QStringView word) const;

    // Curly and straight apostrophes are the same; in English, `word's` is right when `word` is,
    // so a name in the personal dictionary or the ignore list covers its possessive too.
    [[nodiscard]] bool isCorrect(QStringView word) const;
    // Up to `maximum` suggestions, written with the word's own kind of apostrophe.
    [[nodiscard]] QStringList suggestions(QStringView word, int maximum = 7) const;

    [[nodiscard]] QList<Misspelling> check(QStringView text) const;

    // The word as Hunspell and the ignore list see it: apostrophes straight.
    [[nodiscard]] static QString normalized(QStringView word);

private:
    [[nodiscard]] bool isIgnoredKey(const QString &key) const; // `key` already normalized()
    [[nodiscard]] bool isPossessiveOfKnownWord(const QString &word) const;

    std::shared_ptr<Speller> m_speller;
    WordScanner m_scanner;
    QSet<QString> m_ignored;
    bool m_english = false;
};

} // namespace Byline::Core
