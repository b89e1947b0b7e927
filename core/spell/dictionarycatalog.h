#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Byline::Core {

// An installed Hunspell dictionary: a `.aff` and `.dic` pair.
struct DictionaryInfo
{
    QString code; // as the files are named: en_US, de_DE_frami
    QString affPath;
    QString dicPath;

    // "English (United States)"; the code when the language is unknown to the locale database.
    [[nodiscard]] QString languageName() const;
    // "en-US": the form articles write in `lang:`.
    [[nodiscard]] QString languageTag() const;
};

// Every Hunspell dictionary the machine has: the user's own folder first (so a dictionary dropped
// there wins), then the XDG data folders' hunspell/ and myspell/, then /usr/share/hunspell and
// /usr/share/myspell. A code found twice is listed once, from the first folder.
class DictionaryCatalog final
{
public:
    explicit DictionaryCatalog(const QStringList &folders);

    // The folders searched, given the user's own dictionary folder.
    [[nodiscard]] static QStringList standardFolders(const QString &userFolder);

    [[nodiscard]] const QList<DictionaryInfo> &dictionaries() const { return m_dictionaries; }

    // The dictionary for a language as articles write it: `en-US`, `en_GB`, `de`. An exact match
    // first; for a bare language, the locale's usual country (en → en_US) or else the first.
    [[nodiscard]] std::optional<DictionaryInfo> find(const QString &language) const;

    // `en-US` and `en_us` both become `en_US`.
    [[nodiscard]] static QString normalizedCode(const QString &language);

private:
    QList<DictionaryInfo> m_dictionaries;
};

} // namespace Byline::Core
