#include "spellservice.h"

#include "personaldictionary.h"

#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace Byline::Core {

SpellService::Folders SpellService::standardFolders()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return {data + QLatin1String("/dictionaries"), data + QLatin1String("/spelling")};
}

SpellService::SpellService(Folders folders, const QStringList &searchFolders)
    : m_folders(std::move(folders))
    , m_catalog(searchFolders.isEmpty() ? DictionaryCatalog::standardFolders(m_folders.dictionaries) : searchFolders)
{ }

QString SpellService::defaultLanguage() const
{
    QString chosen = QSettings().value(QLatin1String(languageKey)).toString();
    if (!chosen.isEmpty())
        return chosen;
    const QString system = QLocale::system().name();
    if (m_catalog.find(system))
        return DictionaryCatalog::normalizedCode(system);
    if (m_catalog.find(QStringLiteral("en_US")) || m_catalog.dictionaries().isEmpty())
        return QStringLiteral("en_US");
    return m_catalog.dictionaries().constFirst().code;
}

std::optional<DictionaryInfo> SpellService::resolve(const QString &language) const
{
    return m_catalog.find(language.trimmed().isEmpty() ? defaultLanguage() : language);
}

std::shared_ptr<Speller> SpellService::speller(const DictionaryInfo &dictionary)
{
    {
        const std::lock_guard guard(m_lock);
        if (const auto found = m_spellers.constFind(dictionary.affPath); found != m_spellers.cend())
            return *found;
    }
    // Loaded outside the lock: another language may load at the same time. Should two threads
    // load the same one, the first stored wins.
    auto speller = std::make_shared<Speller>(dictionary);
    PersonalDictionary personal(PersonalDictionary::pathFor(m_folders.personal, dictionary.code));
    if (speller->isValid() && personal.load()) {
        for (const QString &word : personal.words())
            speller->addWord(word);
    }
    const std::lock_guard guard(m_lock);
    return *m_spellers.insert(dictionary.affPath, m_spellers.value(dictionary.affPath, speller));
}

bool SpellService::addToPersonalDictionary(const QString &code, const QString &word, QString *error)
{
    return changePersonal(code, word, true, error);
}

bool SpellService::removeFromPersonalDictionary(const QString &code, const QString &word, QString *error)
{
    return changePersonal(code, word, false, error);
}

bool SpellService::changePersonal(const QString &code, const QString &word, bool add, QString *error)
{
    PersonalDictionary personal(PersonalDictionary::pathFor(m_folders.personal, code));
    if (!(add ? personal.add(word) : personal.remove(word))) {
        if (error)
            *error = personal.errorString();
        return false;
    }
    const std::lock_guard guard(m_lock);
    for (const std::shared_ptr<Speller> &speller : std::as_const(m_spellers)) {
        if (speller->dictionary().code != code)
            continue;
        if (add)
            speller->addWord(word.trimmed());
        else
            speller->removeWord(word.trimmed());
    }
    return true;
}

QString SpellService::packageFor(const QString &language)
{
    // Debian splits these languages by country; the others come as one package per language.
    static const QStringList byCountry
        = {QStringLiteral("de_AT"), QStringLiteral("de_CH"), QStringLiteral("de_DE"), QStringLiteral("en_AU"),
           QStringLiteral("en_CA"), QStringLiteral("en_GB"), QStringLiteral("en_US"), QStringLiteral("en_ZA"),
           QStringLiteral("pt_BR"), QStringLiteral("pt_PT")};
    QString code = DictionaryCatalog::normalizedCode(language).section(QLatin1Char('_'), 0, 1);
    const QString bare = code.section(QLatin1Char('_'), 0, 0);
    if (!code.contains(QLatin1Char('_'))) {
        const QString usual = QLocale(bare).name();
        if (byCountry.contains(usual))
            code = usual;
    }
    if (byCountry.contains(code))
        return QLatin1String("hunspell-") + code.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    return QLatin1String("hunspell-") + bare;
}

} // namespace Byline::Core
