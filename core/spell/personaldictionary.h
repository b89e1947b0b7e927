#pragma once

#include <QString>
#include <QStringList>

namespace Byline::Core {

// The words a user taught Byline for one language: a plain UTF-8 text file, one word per line,
// in the app's data folder (`spelling/en_US.txt`), so it can be read, edited and backed up by hand.
// Every change re-reads the file first, so two windows or a window and `byline check` adding words
// at the same time keep both.
class PersonalDictionary final
{
public:
    explicit PersonalDictionary(QString path);

    [[nodiscard]] static QString pathFor(const QString &folder, const QString &code);
    [[nodiscard]] QString path() const { return m_path; }

    // Reads the file; a missing file is an empty dictionary. False, with errorString(), when it
    // exists but cannot be read.
    bool load();
    [[nodiscard]] const QStringList &words() const { return m_words; }
    [[nodiscard]] bool contains(const QString &word) const { return m_words.contains(word); }

    // Change the file at once (atomically). False, with errorString(), when it cannot be written;
    // the dictionary is then unchanged.
    bool add(const QString &word);
    bool remove(const QString &word);

    [[nodiscard]] QString errorString() const { return m_error; }

private:
    bool change(const QString &word, bool add);

    QString m_path;
    QStringList m_words;
    QString m_error;
};

} // namespace Byline::Core
