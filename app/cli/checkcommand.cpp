#include "cli.h"
#include "commandline.h"
#include "commands.h"
#include "console.h"

#include <article/articlefile.h>
#include <spell/spellchecker.h>
#include <spell/spellservice.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <future>
#include <map>

namespace Byline::Cli {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Cli::Check)
};

struct CheckRequest
{
    QStringList files;
    QString language; // overrides the articles' own `lang:`
    bool json = false;
    bool suggest = false;
};

using SpellerFuture = std::shared_future<std::shared_ptr<Core::Speller>>;

// Loading a dictionary takes tens of milliseconds: each is loaded once, on its own thread, while
// the files are read.
class Spellers final
{
public:
    explicit Spellers(Core::SpellService &service)
        : m_service(service)
    { }

    SpellerFuture get(const Core::DictionaryInfo &dictionary)
    {
        auto found = m_loading.find(dictionary.affPath);
        if (found == m_loading.end()) {
            Core::SpellService *service = &m_service;
            found = m_loading
                        .emplace(dictionary.affPath,
                                 std::async(std::launch::async,
                                            [service, dictionary] { return service->speller(dictionary); })
                                     .share())
                        .first;
        }
        return found->second;
    }

private:
    Core::SpellService &m_service;
    std::map<QString, SpellerFuture> m_loading;
};

QString installedLanguages(const Core::SpellService &service)
{
    QStringList names;
    for (const Core::DictionaryInfo &info : service.catalog().dictionaries())
        names.append(QStringLiteral("%1 (%2)").arg(info.languageTag(), info.languageName()));
    return names.isEmpty() ? Text::tr("none") : names.join(QLatin1String(", "));
}

QString noDictionary(const Core::SpellService &service, const QString &language)
{
    return Text::tr("no spelling dictionary for '%1'; install the package %2, or choose one of the installed "
                    "languages: %3")
        .arg(language, Core::SpellService::packageFor(language), installedLanguages(service));
}

struct FileResult
{
    QString path;
    QString lang;
    QString error;
    QList<Core::Misspelling> misspellings;
    QList<QStringList> suggestions;
};

QJsonObject toJson(const FileResult &result)
{
    QJsonObject object {{QLatin1String("path"), result.path},
                        {QLatin1String("lang"), result.lang.isEmpty() ? QJsonValue() : QJsonValue(result.lang)}};
    if (!result.error.isEmpty())
        object[QLatin1String("error")] = result.error;
    QJsonArray misspellings;
    for (qsizetype i = 0; i < result.misspellings.size(); ++i) {
        const Core::Misspelling &m = result.misspellings[i];
        misspellings.append(
            QJsonObject {{QLatin1String("line"), m.line},
                         {QLatin1String("column"), m.column},
                         {QLatin1String("word"), m.word},
                         {QLatin1String("suggestions"), QJsonArray::fromStringList(result.suggestions.value(i))}});
    }
    object[QLatin1String("misspellings")] = misspellings;
    return object;
}

QString toText(const FileResult &result, bool suggest)
{
    QString text;
    for (qsizetype i = 0; i < result.misspellings.size(); ++i) {
        const Core::Misspelling &m = result.misspellings[i];
        text += QStringLiteral("%1:%2:%3: %4").arg(result.path).arg(m.line).arg(m.column).arg(m.word);
        if (suggest) {
            const QStringList suggestions = result.suggestions.value(i);
            text += QLatin1String(" -> ")
                + (suggestions.isEmpty() ? Text::tr("(no suggestions)") : suggestions.join(QLatin1String(", ")));
        }
        text += QLatin1Char('\n');
    }
    return text;
}

FileResult checkFile(const QString &path, const CheckRequest &request, const Core::SpellService &service,
                     Spellers &spellers, const Core::WordScannerOptions &options)
{
    FileResult result {path, {}, {}, {}, {}};
    const Core::LoadedArticle loaded = Core::ArticleFile::load(path);
    if (!loaded.ok) {
        result.error = Core::hasErrors(loaded.fileDiagnostics) ? loaded.fileDiagnostics.constFirst().message
                                                               : Text::tr("cannot read the file");
        return result;
    }
    const Core::ArticleMetadata metadata = loaded.article.metadata();
    const QString language = request.language.isEmpty() ? metadata.lang : request.language;
    const auto dictionary = service.resolve(language);
    if (!dictionary) {
        result.error = noDictionary(service, language);
        return result;
    }
    result.lang = dictionary->languageTag();
    const std::shared_ptr<Core::Speller> speller = spellers.get(*dictionary).get();
    if (!speller->isValid()) {
        result.error = speller->errorString();
        return result;
    }
    Core::SpellChecker checker(speller, options);
    checker.setIgnoredWords(metadata.spellingIgnore);
    result.misspellings = checker.check(loaded.text);
    if (request.suggest) {
        QHash<QString, QStringList> known; // one Hunspell search per distinct word
        for (const Core::Misspelling &m : std::as_const(result.misspellings)) {
            if (!known.contains(m.word))
                known.insert(m.word, checker.suggestions(m.word));
            result.suggestions.append(known.value(m.word));
        }
    }
    return result;
}

int runCheck(const CheckRequest &request)
{
    // Deliberately never freed: the process ends right after, and the system takes back a loaded
    // dictionary at once, where freeing it word by word costs about 10 ms. Static, so it stays
    // reachable: LeakSanitizer (the fuzz preset's tests) reports only memory nothing points to.
    static auto &service = *new Core::SpellService; // NOLINT(cppcoreguidelines-owning-memory)
    Spellers spellers(service);
    const QString firstLanguage = request.language.isEmpty() ? service.defaultLanguage() : request.language;
    const auto first = service.resolve(firstLanguage);
    if (!request.language.isEmpty() && !first) {
        Console::error(QStringLiteral("byline check: ") + noDictionary(service, request.language));
        return UsageError;
    }
    if (first)
        spellers.get(*first); // starts loading while the first file is read

    Core::WordScannerOptions options;
    options.skipAllCaps = QSettings().value(QLatin1String(Core::SpellService::skipAllCapsKey), true).toBool();
    QJsonArray array;
    QString text;
    bool failed = false;
    bool misspelled = false;
    for (const QString &path : request.files) {
        const FileResult result = checkFile(path, request, service, spellers, options);
        if (!result.error.isEmpty()) {
            failed = true;
            Console::error(QStringLiteral("%1: %2").arg(path, result.error));
        }
        misspelled = misspelled || !result.misspellings.isEmpty();
        if (request.json)
            array.append(toJson(result));
        else
            text += toText(result, request.suggest);
    }
    if (request.json)
        Console::outBytes(QJsonDocument(array).toJson(QJsonDocument::Indented));
    else
        Console::out(text);
    if (failed)
        return UsageError;
    return misspelled ? FileFailed : Success;
}

} // namespace

int checkCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption lang({QStringLiteral("l"), QStringLiteral("lang")},
                                  Text::tr("Check in this language (en-US, en_GB, de …) whatever the articles' own "
                                           "`lang:` says. Default: each article's `lang:`, else the default language "
                                           "from the settings."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Text::tr("Print a JSON array with one object per file: {path, lang, misspellings: "
                                           "[{line, column, word, suggestions}]}."));
    const QCommandLineOption suggest(QStringLiteral("suggest"), Text::tr("Add up to 7 suggestions for each word."));
    parser.addOptions({lang, json, suggest});
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("Markdown (.md) or plain-text (.txt) articles."),
                                 QStringLiteral("FILE..."));
    if (const auto stop = parseOrExplain(
            parser, arguments,
            Text::tr("Checks the spelling of the prose of articles (never code, addresses or front matter), "
                     "honouring each article's language and `spelling_ignore:` list and the personal dictionary. "
                     "Prints FILE:LINE:COLUMN: word for each misspelling.\n"
                     "Exit codes: 0 no misspellings, 1 misspellings found, 2 an error (unreadable file, unknown "
                     "language).")))
        return *stop;
    return runCheck({parser.positionalArguments(), parser.value(lang), parser.isSet(json), parser.isSet(suggest)});
}

} // namespace Byline::Cli
