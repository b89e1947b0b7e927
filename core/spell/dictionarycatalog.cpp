#include "dictionarycatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace Byline::Core {

QString DictionaryInfo::languageName() const
{
    const QLocale locale(code.section(QLatin1Char('_'), 0, 1));
    if (locale.language() == QLocale::C)
        return code;
    const QString language = QLocale::languageToString(locale.language());
    const QString region = code.contains(QLatin1Char('_')) ? QLocale::territoryToString(locale.territory()) : QString();
    return region.isEmpty() ? language : language + QLatin1String(" (") + region + QLatin1Char(')');
}

QString DictionaryInfo::languageTag() const
{
    return code.section(QLatin1Char('_'), 0, 1).replace(QLatin1Char('_'), QLatin1Char('-'));
}

QStringList DictionaryCatalog::standardFolders(const QString &userFolder)
{
    QStringList folders;
    if (!userFolder.isEmpty())
        folders.append(userFolder);
    QStringList dataDirs = qEnvironmentVariable("XDG_DATA_DIRS").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    if (dataDirs.isEmpty())
        dataDirs = {QStringLiteral("/usr/local/share"), QStringLiteral("/usr/share")};
    const QString dataHome = qEnvironmentVariable("XDG_DATA_HOME", QDir::homePath() + QLatin1String("/.local/share"));
    dataDirs.prepend(dataHome);
    for (const QString &dir : std::as_const(dataDirs)) {
        folders.append(dir + QLatin1String("/hunspell"));
        folders.append(dir + QLatin1String("/myspell"));
        folders.append(dir + QLatin1String("/myspell/dicts"));
    }
    folders.append({QStringLiteral("/usr/share/hunspell"), QStringLiteral("/usr/share/myspell")});
    folders.removeDuplicates();
    return folders;
}

DictionaryCatalog::DictionaryCatalog(const QStringList &folders)
{
    QSet<QString> seen;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        const QFileInfoList affixes
            = dir.entryInfoList({QStringLiteral("*.aff")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &aff : affixes) {
            const QString code = aff.completeBaseName();
            const QString dic = dir.filePath(code + QLatin1String(".dic"));
            if (seen.contains(code) || !QFileInfo(dic).isReadable())
                continue;
            seen.insert(code);
            m_dictionaries.append({code, aff.absoluteFilePath(), QFileInfo(dic).absoluteFilePath()});
        }
    }
}

QString DictionaryCatalog::normalizedCode(const QString &language)
{
    QStringList parts = language.trimmed().split(QRegularExpression(QStringLiteral("[-_]")), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    parts[0] = parts[0].toLower();
    if (parts.size() > 1 && parts[1].size() == 2)
        parts[1] = parts[1].toUpper();
    return parts.join(QLatin1Char('_'));
}

std::optional<DictionaryInfo> DictionaryCatalog::find(const QString &language) const
{
    const QString code = normalizedCode(language);
    if (code.isEmpty())
        return std::nullopt;
    for (const DictionaryInfo &info : m_dictionaries) {
        if (info.code == code)
            return info;
    }
    if (code.contains(QLatin1Char('_')))
        return std::nullopt; // a country was asked for: another country's spelling is not it
    const QString usual = QLocale(code).name(); // en → en_US, de → de_DE
    std::optional<DictionaryInfo> first;
    for (const DictionaryInfo &info : m_dictionaries) {
        if (info.code == usual)
            return info;
        if (!first && info.code.section(QLatin1Char('_'), 0, 0) == code)
            first = info;
    }
    return first;
}

} // namespace Byline::Core
