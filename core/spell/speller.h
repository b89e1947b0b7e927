#pragma once

#include "dictionarycatalog.h"

#include <QHash>
#include <QStringConverter>

#include <memory>
#include <mutex>

class Hunspell;

namespace Byline::Core {

// One Hunspell dictionary, safe to use from any thread.
//
// Hunspell 1.7.1 races when instances are created or destroyed on different threads at once, so
// every instance is created and destroyed under one process-wide lock; one instance's calls are
// serialised by its own lock. Words go in and suggestions come out in the dictionary's declared
// encoding (its `SET` line), converted from and to UTF-16 here. Results are cached per word, so
// checking a document costs one Hunspell call per distinct word; suggestions are computed only
// when asked for.
class Speller final
{
public:
    // isValid() is false when the files cannot be read or their encoding is unknown;
    // errorString() says which.
    explicit Speller(const DictionaryInfo &dictionary);
    ~Speller();
    Q_DISABLE_COPY_MOVE(Speller)

    [[nodiscard]] bool isValid() const { return m_valid; }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] const DictionaryInfo &dictionary() const { return m_dictionary; }
    [[nodiscard]] QString encoding() const { return m_encodingName; }

    [[nodiscard]] bool isCorrect(const QString &word) const;
    [[nodiscard]] QStringList suggestions(const QString &word, int maximum = 7) const;
    // Accepts `word` from now on (the personal dictionary and the article's ignore list).
    void addWord(const QString &word);
    void removeWord(const QString &word);

    [[nodiscard]] qsizetype cachedWords() const;

private:
    [[nodiscard]] std::string encode(const QString &word, bool *ok) const;
    [[nodiscard]] QString decode(const std::string &bytes) const;
    void changeWord(const QString &word, bool accept);

    DictionaryInfo m_dictionary;
    std::unique_ptr<Hunspell> m_hunspell;
    QString m_encodingName;
    QByteArray m_converter; // the encoding's name as QStringConverter knows it
    bool m_utf8 = true;
    bool m_valid = false;
    QString m_error;
    mutable std::mutex m_lock;
    mutable QHash<QString, bool> m_cache;
};

} // namespace Byline::Core
