#pragma once

#include "dictionarycatalog.h"
#include "speller.h"

#include <QHash>

#include <memory>
#include <mutex>
#include <optional>

namespace Byline::Core {

// What spelling needs from the machine: the installed dictionaries, one loaded Speller per
// dictionary shared by every article and thread, and the user's personal dictionaries.
// Thread-safe.
class SpellService final
{
public:
    struct Folders
    {
        QString dictionaries; // where users drop their own .aff/.dic pairs
        QString personal; // the personal dictionaries, one file per language
    };
    // Under the app's data folder: `dictionaries/` and `spelling/`.
    [[nodiscard]] static Folders standardFolders();

    // QSettings keys shared by the window and the command line.
    static constexpr const char *languageKey = "spelling/language";
    static constexpr const char *skipAllCapsKey = "spelling/skipAllCaps";

    // `searchFolders` empty: the standard places (see DictionaryCatalog::standardFolders).
    explicit SpellService(Folders folders = standardFolders(), const QStringList &searchFolders = {});

    [[nodiscard]] const DictionaryCatalog &catalog() const { return m_catalog; }
    [[nodiscard]] const Folders &folders() const { return m_folders; }

    // The dictionary to check `language` in (`en-GB`, `de`); an empty language means the default:
    // the `spelling/language` setting, else the system's language, else en_US, else the first
    // installed. std::nullopt when none is installed for it.
    [[nodiscard]] std::optional<DictionaryInfo> resolve(const QString &language) const;
    [[nodiscard]] QString defaultLanguage() const;

    // The speller for `dictionary`, its personal words added: loaded on first use (tens of
    // milliseconds, so not on the UI thread), shared after. Invalid spellers are returned too, so
    // the caller can show their errorString().
    [[nodiscard]] std::shared_ptr<Speller> speller(const DictionaryInfo &dictionary);

    // Adds `word` to the personal dictionary of `code`, on disk and in its loaded speller.
    bool addToPersonalDictionary(const QString &code, const QString &word, QString *error = nullptr);
    bool removeFromPersonalDictionary(const QString &code, const QString &word, QString *error = nullptr);

    // The Debian package that installs a dictionary for `language` (`hunspell-de-de`).
    [[nodiscard]] static QString packageFor(const QString &language);

private:
    bool changePersonal(const QString &code, const QString &word, bool add, QString *error);

    Folders m_folders;
    DictionaryCatalog m_catalog;
    std::mutex m_lock;
    QHash<QString, std::shared_ptr<Speller>> m_spellers; // by dictionary file
};

} // namespace Byline::Core
