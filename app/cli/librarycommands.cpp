#include "cli.h"
#include "commands.h"
#include "console.h"

#include <library/libraryindex.h>
#include <library/librarylocations.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace Byline::Cli {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Cli::Library)
};

// The library folder of a request, or empty after reporting why there is none.
QString libraryFolder(const QString &requested, const char *command)
{
    const QString folder = requested.isEmpty() ? Core::LibraryLocations::current() : requested;
    if (!QFileInfo(folder).isDir()) {
        const QString name = QLatin1String(command);
        Console::error(
            requested.isEmpty()
                ? Text::tr("byline %1: the library %2 does not exist; give one with --library DIR").arg(name, folder)
                : QFileInfo::exists(folder) ? Text::tr("byline %1: %2 is not a folder").arg(name, folder)
                                            : Text::tr("byline %1: %2 does not exist").arg(name, folder));
        return {};
    }
    return QDir(folder).absolutePath();
}

// Opens and updates the index, with progress on a terminal. False after reporting a failure.
bool openAndUpdate(Core::LibraryIndex &index, const char *command, bool showProgress, Core::IndexReport *report,
                   const std::function<void()> &whileListing = {})
{
    QString error;
    if (!index.open(&error)) {
        Console::error(QStringLiteral("byline %1: %2").arg(QLatin1String(command), error));
        return false;
    }
    const bool terminal = showProgress && isatty(STDERR_FILENO);
    *report = index.update(
        [terminal](int done, int total) {
            if (terminal && total > 200) {
                Console::error(Text::tr("\rReading articles: %1 / %2").arg(done).arg(total) + QLatin1String("\x1b[K"));
            }
        },
        nullptr, whileListing);
    if (terminal && report->indexed + report->updated > 200)
        Console::error(QStringLiteral("\r\x1b[K"));
    if (report->rebuilt)
        Console::error(
            Text::tr("byline %1: the search index was built anew: %2").arg(QLatin1String(command), report->notice));
    return true;
}

QJsonArray failuresJson(const Core::IndexReport &report, const QString &root)
{
    QJsonArray failed;
    for (const auto &[path, error] : report.failed)
        failed.append(QJsonObject {{QStringLiteral("path"), path.isEmpty() ? root : QDir(root).filePath(path)},
                                   {QStringLiteral("error"), error}});
    return failed;
}

QString plainSnippet(QString html, bool terminal)
{
    html.replace(QLatin1String("<mark>"), terminal ? QStringLiteral("\x1b[1m") : QString());
    html.replace(QLatin1String("</mark>"), terminal ? QStringLiteral("\x1b[0m") : QString());
    html.replace(QLatin1String("&lt;"), QLatin1String("<"));
    html.replace(QLatin1String("&gt;"), QLatin1String(">"));
    html.replace(QLatin1String("&quot;"), QLatin1String("\""));
    html.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return html;
}

} // namespace

int runIndex(const IndexRequest &request)
{
    const QString root = libraryFolder(request.library, "index");
    if (root.isEmpty())
        return UsageError;
    Core::LibraryIndex index(root);
    Core::IndexReport report;
    if (!openAndUpdate(index, "index", !request.json, &report))
        return FileFailed;
    if (request.json) {
        const QJsonObject object {{QStringLiteral("library"), root},
                                  {QStringLiteral("indexed"), report.indexed},
                                  {QStringLiteral("updated"), report.updated},
                                  {QStringLiteral("removed"), report.removed},
                                  {QStringLiteral("unchanged"), report.unchanged},
                                  {QStringLiteral("failed"), failuresJson(report, root)},
                                  {QStringLiteral("seconds"), report.seconds}};
        Console::outBytes(QJsonDocument(object).toJson());
    } else {
        Console::out(Text::tr("%1: %2 indexed, %3 updated, %4 removed, %5 unchanged, %6 failed (%7 s)\n")
                         .arg(root)
                         .arg(report.indexed)
                         .arg(report.updated)
                         .arg(report.removed)
                         .arg(report.unchanged)
                         .arg(report.failed.size())
                         .arg(report.seconds, 0, 'f', 2));
        for (const auto &[path, error] : std::as_const(report.failed))
            Console::error(QStringLiteral("%1: %2").arg(path.isEmpty() ? root : QDir(root).filePath(path), error));
    }
    return report.failed.isEmpty() ? Success : FileFailed;
}

int runSearch(const SearchRequest &request)
{
    const QString root = libraryFolder(request.library, "search");
    if (root.isEmpty())
        return UsageError;
    Core::SearchQuery query = Core::SearchQuery::parse(request.words.join(QLatin1Char(' ')));
    if (request.sort == QLatin1String("date"))
        query.sort = Core::SearchQuery::Sort::Date;
    else if (request.sort == QLatin1String("relevance"))
        query.sort = Core::SearchQuery::Sort::Relevance;
    Core::LibraryIndex index(root);
    Core::IndexReport report;
    // Searched while the folder is listed; searched again only if the listing found changes.
    QList<Core::SearchHit> hits;
    if (!openAndUpdate(index, "search", !request.json, &report, [&] { hits = index.search(query, request.limit); }))
        return UsageError;
    if (report.changed())
        hits = index.search(query, request.limit);
    for (const QString &note : std::as_const(query.notes))
        Console::error(Text::tr("byline search: left out: %1").arg(note));
    if (request.json) {
        QJsonArray array;
        for (const Core::SearchHit &hit : hits) {
            const Core::ArticleSummary &a = hit.article;
            array.append(QJsonObject {{QStringLiteral("path"), QDir(root).filePath(a.path)},
                                      {QStringLiteral("title"), a.title},
                                      {QStringLiteral("author"), a.author},
                                      {QStringLiteral("date"), a.date},
                                      {QStringLiteral("status"), a.status},
                                      {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
                                      {QStringLiteral("words"), a.words},
                                      {QStringLiteral("score"), std::round(hit.score * 1000) / 1000},
                                      {QStringLiteral("snippet"), hit.snippet}});
        }
        Console::outBytes(QJsonDocument(array).toJson());
    } else {
        const bool terminal = isatty(STDOUT_FILENO);
        for (qsizetype i = 0; i < hits.size(); ++i) {
            const Core::ArticleSummary &a = hits.at(i).article;
            QStringList facts;
            for (const QString &fact : {a.author, a.date.left(10), a.status})
                if (!fact.isEmpty())
                    facts.append(fact);
            facts.append(Text::tr("%1 words").arg(a.words));
            Console::out(QStringLiteral("%1. %2\n   %3\n   %4\n   %5\n\n")
                             .arg(i + 1)
                             .arg(a.title, facts.join(QStringLiteral(" · ")), QDir(root).filePath(a.path),
                                  plainSnippet(hits.at(i).snippet, terminal)));
        }
        if (hits.isEmpty())
            Console::error(Text::tr("No articles match."));
    }
    return hits.isEmpty() ? FileFailed : Success;
}

} // namespace Byline::Cli
