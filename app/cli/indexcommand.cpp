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

namespace Byline::Cli {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Cli::Index)
};

struct IndexRequest
{
    QString library; // empty: the current library from the settings
    bool json = false;
};

QJsonArray failuresJson(const Core::IndexReport &report, const QString &root)
{
    QJsonArray failed;
    for (const auto &[path, error] : report.failed)
        failed.append(QJsonObject {{QStringLiteral("path"), path.isEmpty() ? root : QDir(root).filePath(path)},
                                   {QStringLiteral("error"), error}});
    return failed;
}

int runIndex(const IndexRequest &request)
{
    const QString command = QStringLiteral("index");
    const QString root = LibraryFolder::resolve(request.library, command);
    if (root.isEmpty())
        return UsageError;
    Core::LibraryIndex index(root);
    Core::IndexReport report;
    if (!LibraryFolder::openAndUpdate(index, command, !request.json, &report))
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

} // namespace

int indexCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption library = LibraryFolder::option();
    const QCommandLineOption json(
        QStringLiteral("json"),
        Text::tr("Print {library, indexed, updated, removed, unchanged, failed: [{path, error}], seconds}."));
    parser.addOptions({library, json});
    if (const auto stop = parseOrExplain(
            parser, arguments,
            Text::tr("Builds or updates the search index of a library folder (Markdown and text files, hidden "
                     "folders left out). Only new and changed files are read; the articles are never written to. "
                     "The index is kept in the cache folder and rebuilt from the files when it is missing or "
                     "damaged.\n"
                     "Exit codes: 0 done, 1 some files could not be read or parsed (listed on standard error), 2 no "
                     "such library."),
            QString()))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        Console::error(Text::tr("byline index: unexpected argument '%1'; give the folder with --library DIR")
                           .arg(parser.positionalArguments().constFirst()));
        return UsageError;
    }
    return runIndex({parser.value(library), parser.isSet(json)});
}

} // namespace Byline::Cli
