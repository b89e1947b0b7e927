#include "cli.h"
#include "commandline.h"
#include "commands.h"
#include "console.h"

#include <article/articlefile.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <history/articlehistory.h>
#include <history/revisionstore.h>

namespace Byline::Cli {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Cli::History)
};

using Core::Revision;
using Core::RevisionStore;

struct HistoryRequest
{
    QString file;
    bool json = false;
    bool keep = false;
    QString name;
    QString author;
};

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonArray toJson(const QList<Revision> &revisions)
{
    QJsonArray array;
    for (const Revision &revision : revisions) {
        array.append(QJsonObject {{QLatin1String("id"), revision.id},
                                  {QLatin1String("time"), revision.time.toUTC().toString(Qt::ISODate)},
                                  {QLatin1String("author"), orNull(revision.author)},
                                  {QLatin1String("words"), revision.words},
                                  {QLatin1String("name"), orNull(revision.name)},
                                  {QLatin1String("reason"), Revision::reasonName(revision.reason)},
                                  {QLatin1String("source"), Revision::sourceName(revision.source)}});
    }
    return array;
}

// ID, TIME (local), AUTHOR, WORDS, NAME: columns as wide as their widest entry.
QString toTable(const QList<Revision> &revisions)
{
    QList<QStringList> rows {
        {Text::tr("ID"), Text::tr("TIME"), Text::tr("AUTHOR"), Text::tr("WORDS"), Text::tr("NAME")}};
    for (const Revision &revision : revisions)
        rows.append({revision.id, revision.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     revision.author, QString::number(revision.words), revision.name});
    QList<qsizetype> widths(5, 0);
    for (const QStringList &row : rows) {
        for (int column = 0; column < 4; ++column)
            widths[column] = std::max(widths.at(column), row.at(column).size());
    }
    QString table;
    for (const QStringList &row : rows) {
        QString line = row.at(0).leftJustified(widths.at(0)) + QStringLiteral("  ")
            + row.at(1).leftJustified(widths.at(1)) + QStringLiteral("  ") + row.at(2).leftJustified(widths.at(2))
            + QStringLiteral("  ") + row.at(3).rightJustified(widths.at(3)) + QStringLiteral("  ") + row.at(4);
        table += line.trimmed() + QLatin1Char('\n');
    }
    return table;
}

int keepNow(const HistoryRequest &request, RevisionStore &store)
{
    const Core::LoadedArticle loaded = Core::ArticleFile::load(request.file);
    Console::diagnostics(request.file, loaded.fileDiagnostics);
    if (!loaded.ok || loaded.readOnly) {
        Console::error(
            Text::tr("byline history: %1: no revision kept: Byline cannot read all of this file").arg(request.file));
        return UsageError;
    }
    const RevisionStore::KeepResult result
        = store.keep({request.file,
                      loaded.text,
                      request.name.isEmpty() ? Revision::Reason::Save : Revision::Reason::Named,
                      request.author,
                      request.name,
                      {},
                      -1});
    if (!result.notice.isEmpty())
        Console::error(QStringLiteral("byline history: ") + result.notice);
    using Status = RevisionStore::KeepResult::Status;
    if (result.status == Status::Failed) {
        Console::error(
            Text::tr("byline history: %1: no revision kept in %2: %3; %4 and try again")
                .arg(request.file, store.databasePath(), result.reason, RevisionStore::whatToDo(result.failure)));
        return FileFailed;
    }
    const bool kept = result.status == Status::Kept;
    if (request.json) {
        Console::outBytes(QJsonDocument(QJsonObject {{QLatin1String("path"), request.file},
                                                     {QLatin1String("status"),
                                                      kept ? QStringLiteral("kept") : QStringLiteral("unchanged")},
                                                     {QLatin1String("revision"), result.revisionId}})
                              .toJson(QJsonDocument::Indented));
    } else {
        Console::out(kept ? Text::tr("%1: kept revision %2\n").arg(request.file, result.revisionId)
                          : Text::tr("%1: unchanged since revision %2\n").arg(request.file, result.revisionId));
    }
    return Success;
}

int runHistory(const HistoryRequest &request)
{
    RevisionStore store;
    if (request.keep)
        return keepNow(request, store);
    const QList<Revision> revisions = Core::ArticleHistory({&store}).revisions(request.file);
    if (const QString notice = store.takeNotice(); !notice.isEmpty())
        Console::error(QStringLiteral("byline history: ") + notice);
    if (!store.errorString().isEmpty()) {
        Console::error(QStringLiteral("byline history: ") + store.errorString());
        return UsageError;
    }
    // A deleted article's history is still listed, so that it can be restored.
    if (revisions.isEmpty() && !QFileInfo::exists(request.file)) {
        Console::error(Text::tr("byline history: %1 does not exist").arg(request.file));
        return UsageError;
    }
    if (request.json) {
        Console::outBytes(QJsonDocument(toJson(revisions)).toJson(QJsonDocument::Indented));
    } else if (revisions.isEmpty()) {
        Console::error(Text::tr("%1 has no revisions yet: Byline keeps one each time it is saved, or with "
                                "'byline history %1 --keep'")
                           .arg(request.file));
    } else {
        Console::out(toTable(revisions));
    }
    return Success;
}

} // namespace

int historyCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  Text::tr("Print a JSON array, newest first: [{id, time (ISO 8601, UTC), author, "
                                           "words, name, reason, source}]."));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  Text::tr("Keep the file's text as a revision now, as a save in the window does "
                                           "(nothing when it is the newest revision's text)."));
    const QCommandLineOption name(QStringLiteral("name"),
                                  Text::tr("With --keep: the revision's name; a named revision is kept forever."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption author(QStringLiteral("author"),
                                    Text::tr("With --keep: who the revision is by. Default: Your name in the "
                                             "window's Preferences, else the account's name."),
                                    QStringLiteral("NAME"));
    parser.addOptions({json, keep, name, author});
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("A Markdown article."), QStringLiteral("FILE"));
    if (const auto stop = parseOrExplain(
            parser, arguments,
            Text::tr("Lists the revisions Byline kept of an article, newest first: id, time, author, words and "
                     "name. Revisions are kept on this computer, in Byline's data folder, and follow the article "
                     "when it is renamed or moved.\n"
                     "Exit codes: 0 done (also when the article has no revisions yet), 1 the revision could not be "
                     "kept, 2 wrong usage, no such file, or the revisions could not be read."),
            QStringLiteral("FILE")))
        return *stop;
    const auto refuse = [](const QString &message) {
        Console::error(message);
        return UsageError;
    };
    if (parser.positionalArguments().size() != 1)
        return refuse(Text::tr("byline history: give one FILE\nTry 'byline history --help'."));
    const HistoryRequest request {
        parser.positionalArguments().constFirst(), parser.isSet(json), parser.isSet(keep), parser.value(name).trimmed(),
        parser.isSet(author) ? parser.value(author).trimmed() : RevisionStore::defaultAuthor()};
    if (!request.keep && (parser.isSet(name) || parser.isSet(author)))
        return refuse(Text::tr("byline history: --name and --author are for --keep"));
    if (parser.isSet(name) && request.name.isEmpty())
        return refuse(Text::tr("byline history: --name needs a name"));
    if (request.keep && !QFileInfo(request.file).isFile())
        return refuse(Text::tr("byline history: %1 does not exist").arg(request.file));
    return runHistory(request);
}

} // namespace Byline::Cli
