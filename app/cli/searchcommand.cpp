#include "cli.h"
#include "commandline.h"
#include "commands.h"
#include "console.h"
#include "libraryfolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

#include <unistd.h>

namespace Byline::Cli {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Cli::Search)
};

struct SearchRequest
{
    QStringList words;
    QString library;
    int limit = 20;
    QString sort; // relevance, date, or empty for what the query says
    bool json = false;
};

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

void printJson(const QList<Core::SearchHit> &hits, const QString &root)
{
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
}

void printText(const QList<Core::SearchHit> &hits, const QString &root)
{
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

int runSearch(const SearchRequest &request)
{
    const QString command = QStringLiteral("search");
    const QString root = LibraryFolder::resolve(request.library, command);
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
    if (!LibraryFolder::openAndUpdate(index, command, !request.json, &report,
                                      [&] { hits = index.search(query, request.limit); }))
        return UsageError;
    if (report.changed())
        hits = index.search(query, request.limit);
    for (const QString &note : std::as_const(query.notes))
        Console::error(Text::tr("byline search: left out: %1").arg(note));
    if (request.json)
        printJson(hits, root);
    else
        printText(hits, root);
    return hits.isEmpty() ? FileFailed : Success;
}

} // namespace

int searchCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption library = LibraryFolder::option();
    const QCommandLineOption limit({QStringLiteral("n"), QStringLiteral("limit")},
                                   Text::tr("At most N results. Default: 20."), QStringLiteral("N"),
                                   QStringLiteral("20"));
    const QCommandLineOption sort(QStringLiteral("sort"),
                                  Text::tr("Order: relevance (the default) or date (newest first)."),
                                  QStringLiteral("relevance|date"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Text::tr("Print a JSON array of {path, title, author, date, status, tags, words, "
                                           "score, snippet}, matched words in the snippet inside <mark>…</mark>."));
    parser.addOptions({library, limit, sort, json});
    if (const auto stop = parseOrExplain(
            parser, arguments,
            Text::tr("Searches a library, updating its index first if files changed. Results are ranked (a word in "
                     "the title counts most) and come with a snippet.\n"
                     "Query: words (all must match; stemmed), \"exact phrase\", a OR b, -word, prefix*, title:word, "
                     "author:name, tag:word, status:draft, lang:en, after:2011-01-01, before:2012, sort:date.\n"
                     "Exit codes: 0 articles found, 1 none found, 2 an error."),
            QStringLiteral("QUERY...")))
        return *stop;
    bool numeric = false;
    const int count = parser.value(limit).toInt(&numeric);
    if (!numeric || count < 1) {
        Console::error(Text::tr("byline search: --limit takes a positive number, not '%1'").arg(parser.value(limit)));
        return UsageError;
    }
    const QString order = parser.value(sort);
    if (!order.isEmpty() && order != QLatin1String("relevance") && order != QLatin1String("date")) {
        Console::error(Text::tr("byline search: --sort takes relevance or date, not '%1'").arg(order));
        return UsageError;
    }
    return runSearch({parser.positionalArguments(), parser.value(library), count, order, parser.isSet(json)});
}

} // namespace Byline::Cli
