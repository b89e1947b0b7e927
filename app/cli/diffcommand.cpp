#include "cli.h"
#include "commandline.h"
#include "commands.h"
#include "console.h"

#include <article/article.h>
#include <article/articlefile.h>
#include <article/frontmatterdiff.h>
#include <markdown/linestarts.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <thread>

#include <history/articlehistory.h>
#include <history/revisionstore.h>
#include <review/diffsuggestions.h>
#include <review/reviewedits.h>
#include <review/worddiff.h>

namespace Byline::Cli {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Cli::Diff)
};

using Core::WordDiff;

enum class Output { Words, Color, Json, CriticMarkup };

struct DiffRequest
{
    QString before;
    QString after;
    Output output = Output::Words;
    QString reviewer;
};

// One side of the comparison: a file's text, or a revision of it.
struct Side
{
    QString name; // as given
    QString text;
    Core::Article article;
    bool ok = false;
    Core::Diagnostics diagnostics; // of reading it
    Core::LineStarts lines {QStringView()}; // of the text, for the outputs that number lines
    WordDiff::Prepared prepared; // its body, for the word diff
};

// `spec` is a file, or FILE@REVISION (an id, a name, -1 for the newest revision) when no file of
// that whole name exists.
Side readText(const QString &spec)
{
    Side side;
    side.name = spec;
    const qsizetype at = spec.lastIndexOf(u'@');
    if (QFileInfo::exists(spec) || at <= 0) {
        Core::LoadedArticle loaded = Core::ArticleFile::load(spec);
        side.text = std::move(loaded.text);
        side.article = std::move(loaded.article);
        side.ok = loaded.ok;
        side.diagnostics = std::move(loaded.fileDiagnostics);
        return side;
    }
    // Each thread reading a side opens the store for itself: a store belongs to its thread.
    const QString file = spec.first(at);
    Core::RevisionStore store;
    const Core::ArticleHistory history({&store});
    QString error;
    const std::optional<Core::Revision> revision = history.find(file, spec.sliced(at + 1), &error);
    const std::optional<QString> text = revision ? history.text(file, *revision, &error) : std::nullopt;
    if (!text) {
        side.diagnostics = {{Core::Diagnostic::Severity::Error, 0, error}};
        return side;
    }
    side.text = *text;
    side.article = Core::Article::fromText(*text, file);
    side.ok = true;
    return side;
}

// The lines are found and hashed on the thread that reads the text, beside the other side's
// reading. The prepared body refers to the text's characters, which moving the side keeps.
Side readSide(const QString &spec, bool forWordDiff)
{
    Side side = readText(spec);
    if (forWordDiff) {
        side.lines = Core::LineStarts(side.text);
        side.prepared = WordDiff::Prepared(side.text, Core::DiffSuggestions::bodyStart(side.text), side.lines);
    }
    return side;
}

QString kindName(const WordDiff::Change &change)
{
    switch (change.kind()) {
    case WordDiff::Kind::Added:
        return change.isMove() ? QStringLiteral("moved_here") : QStringLiteral("added");
    case WordDiff::Kind::Deleted:
        return change.isMove() ? QStringLiteral("moved_away") : QStringLiteral("deleted");
    case WordDiff::Kind::Replaced:
        break;
    }
    return QStringLiteral("replaced");
}

QList<Core::FrontMatterDiff::Field> frontMatterChanges(const Side &before, const Side &after)
{
    return Core::FrontMatterDiff::compare(before.article.frontMatter(), after.article.frontMatter());
}

QByteArray toJson(const Side &before, const Side &after, const WordDiff &diff)
{
    const Core::LineStarts &oldLines = before.lines;
    const Core::LineStarts &newLines = after.lines;
    const auto place = [](const Core::LineStarts &lines, QStringView text, WordDiff::Range range) {
        return QJsonObject {{QLatin1String("line"), lines.lineOf(range.start)},
                            {QLatin1String("column"), lines.columnOf(range.start)},
                            {QLatin1String("text"), range.of(text).toString()}};
    };
    QJsonArray changes;
    for (const WordDiff::Change &change : diff.changes()) {
        QJsonObject object {{QLatin1String("kind"), kindName(change)},
                            {QLatin1String("before"), place(oldLines, before.text, change.before)},
                            {QLatin1String("after"), place(newLines, after.text, change.after)}};
        if (change.isMove())
            object[QLatin1String("moved_with")] = change.movedWith;
        changes.append(object);
    }
    QJsonArray fields;
    for (const Core::FrontMatterDiff::Field &field : frontMatterChanges(before, after)) {
        fields.append(QJsonObject {
            {QLatin1String("key"), field.key},
            {QLatin1String("before"), field.wasPresent ? QJsonValue(field.before) : QJsonValue()},
            {QLatin1String("after"), field.isPresent ? QJsonValue(field.after) : QJsonValue()},
        });
    }
    const QJsonObject object {
        {QLatin1String("before"), before.name},
        {QLatin1String("after"), after.name},
        {QLatin1String("equal"), before.text == after.text},
        {QLatin1String("words_deleted"), diff.wordsDeleted()},
        {QLatin1String("words_added"), diff.wordsAdded()},
        {QLatin1String("front_matter"), fields},
        {QLatin1String("changes"), changes},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// As `git diff --word-diff` and wdiff print it: each changed line of the new text once, with
// [-deleted-] and {+added+} words in place (or red and green with --color), under the line
// numbers of both texts.
QString toWords(const Side &before, const Side &after, const WordDiff &diff, bool color)
{
    const QString deletedOpen = color ? QStringLiteral("\x1b[31m") : QStringLiteral("[-");
    const QString deletedClose = color ? QStringLiteral("\x1b[m") : QStringLiteral("-]");
    const QString addedOpen = color ? QStringLiteral("\x1b[32m") : QStringLiteral("{+");
    const QString addedClose = color ? QStringLiteral("\x1b[m") : QStringLiteral("+}");
    const QLatin1String headerOpen(color ? "\x1b[36m" : "");
    const QLatin1String headerClose(color ? "\x1b[m\n" : "\n");
    const Core::LineStarts &oldLines = before.lines;
    const Core::LineStarts &newLines = after.lines;
    const QList<WordDiff::Change> &changes = diff.changes();

    QString out;
    for (const Core::FrontMatterDiff::Field &field : frontMatterChanges(before, after)) {
        const QString was = field.wasPresent ? deletedOpen + field.before + deletedClose : QString();
        const QString is = field.isPresent ? addedOpen + field.after + addedClose : QString();
        out += Text::tr("front matter %1: %2%3").arg(field.key, was, is) + u'\n';
    }
    qsizetype oldLine = 1;
    qsizetype newLine = 1;
    for (qsizetype k = 0; k < changes.size();) {
        // The changes that share lines of the new text print together.
        const auto lastCharacter
            = [](const WordDiff::Change &change) { return std::max(change.after.end - 1, change.after.start); };
        // The changes are in the order of both texts: each line is found from the one before.
        const qsizetype firstLine = newLines.lineOf(changes[k].after.start, newLine);
        const qsizetype groupStart = newLines.startOfLine(firstLine);
        newLine = newLines.lineOf(lastCharacter(changes[k]), firstLine);
        qsizetype groupEnd = newLines.endOfLine(newLine);
        qsizetype next = k + 1;
        while (next < changes.size() && changes[next].after.start <= groupEnd) {
            newLine = newLines.lineOf(lastCharacter(changes[next]), newLine);
            groupEnd = std::max(groupEnd, newLines.endOfLine(newLine));
            ++next;
        }
        out += headerOpen;
        out += QLatin1String("@@ -");
        oldLine = oldLines.lineOf(changes[k].before.start, oldLine);
        out += QString::number(oldLine);
        out += QLatin1String(" +");
        out += QString::number(firstLine);
        out += QLatin1String(" @@");
        out += headerClose;
        qsizetype at = groupStart;
        for (qsizetype c = k; c < next; ++c) {
            const WordDiff::Change &change = changes[c];
            out += QStringView(after.text).sliced(at, change.after.start - at);
            if (change.isMove()) {
                const WordDiff::Change &other = changes[change.movedWith];
                out += change.kind() == WordDiff::Kind::Deleted
                    ? Text::tr("(moved to line %1) ").arg(newLines.lineOf(other.after.start))
                    : Text::tr("(moved from line %1) ").arg(oldLines.lineOf(other.before.start));
            }
            if (!change.before.of(before.text).isEmpty())
                out += deletedOpen + change.before.of(before.text) + deletedClose;
            if (!change.after.of(after.text).isEmpty())
                out += addedOpen + change.after.of(after.text) + addedClose;
            at = change.after.end;
        }
        out += QStringView(after.text).sliced(at, std::max(groupEnd - at, qsizetype(0)));
        if (!out.endsWith(u'\n'))
            out += u'\n';
        k = next;
    }
    return out;
}

int runDiff(const DiffRequest &request)
{
    // The two drafts are read at once: on a long draft, decoding is a good part of the time.
    const bool forWordDiff = request.output != Output::CriticMarkup;
    Side after;
    std::thread reader([&] { after = readSide(request.after, forWordDiff); });
    const Side before = readSide(request.before, forWordDiff);
    reader.join();
    Console::diagnostics(before.name, before.diagnostics);
    Console::diagnostics(after.name, after.diagnostics);
    if (!before.ok || !after.ok)
        return UsageError;
    const bool equal = before.text == after.text;

    if (request.output == Output::CriticMarkup) {
        Core::Attribution by;
        if (!request.reviewer.isEmpty())
            by = {Core::ReviewEdits::cleanReviewerName(request.reviewer), QDateTime::currentDateTimeUtc()};
        const Core::DiffSuggestions::Result result = Core::DiffSuggestions::make(before.text, after.text, by);
        if (!result.ok()) {
            Console::error(Text::tr("byline diff: %1").arg(result.error));
            return UsageError;
        }
        if (result.frontMatterChanged)
            Console::error(Text::tr("byline diff: the front matter differs; marks cannot stand in it, so it is "
                                    "%1's (rejecting every suggestion gives %2's body under it)")
                               .arg(after.name, before.name));
        Console::out(result.text);
        return equal ? Success : FileFailed;
    }

    // The front matter is compared key by key; the words are the bodies'.
    const WordDiff diff = WordDiff::compare(before.prepared, after.prepared);
    switch (request.output) {
    case Output::Json:
        Console::outBytes(toJson(before, after, diff));
        break;
    case Output::Color:
    case Output::Words:
        Console::out(toWords(before, after, diff, request.output == Output::Color));
        break;
    case Output::CriticMarkup:
        break;
    }
    return equal ? Success : FileFailed;
}

} // namespace

int diffCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  Text::tr("Print a JSON object: before, after, equal, words_deleted, words_added, "
                                           "front_matter [{key, before, after}] and changes [{kind (added, "
                                           "deleted, replaced, moved_away, moved_here), before {line, column, "
                                           "text}, after {line, column, text}, moved_with}]."));
    const QCommandLineOption criticMarkup(QStringLiteral("criticmarkup"),
                                          Text::tr("Print B's text with every change from A as a CriticMarkup "
                                                   "suggestion: accepting them all gives B, rejecting them all "
                                                   "gives A."));
    const QCommandLineOption color(QStringLiteral("color"),
                                   Text::tr("Show deleted words in red and added words in green instead of [-…-] "
                                            "and {+…+}."));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"),
                                      Text::tr("With --criticmarkup: sign the suggestions with this name and the "
                                               "time now."),
                                      QStringLiteral("NAME"));
    parser.addOptions({json, criticMarkup, color, reviewer});
    parser.addPositionalArgument(QStringLiteral("A"),
                                 Text::tr("The old draft: a file, or FILE@REVISION for a revision Byline kept of "
                                          "it (an id, a name, -1 for the newest; see byline history)."));
    parser.addPositionalArgument(QStringLiteral("B"), Text::tr("The new draft: a file or FILE@REVISION."));
    if (const auto stop = parseOrExplain(
            parser, arguments,
            Text::tr("Compares two drafts word by word: words, spaces and punctuation; front matter key by key; a "
                     "paragraph that moved is shown as moved.\n"
                     "Exit codes: 0 the drafts are the same, 1 they differ, 2 trouble (a file could not be read, "
                     "wrong usage).")))
        return *stop;
    const QStringList files = parser.positionalArguments();
    const auto refuse = [](const QString &message) {
        Console::error(message);
        return UsageError;
    };
    if (files.size() != 2)
        return refuse(Text::tr("byline diff: give two drafts to compare, A and B"));
    if (int(parser.isSet(json)) + int(parser.isSet(criticMarkup)) + int(parser.isSet(color)) > 1)
        return refuse(Text::tr("byline diff: choose one of --json, --criticmarkup and --color"));
    if (parser.isSet(reviewer) && !parser.isSet(criticMarkup))
        return refuse(Text::tr("byline diff: --reviewer signs the suggestions of --criticmarkup"));
    DiffRequest request {files.at(0), files.at(1), Output::Words, parser.value(reviewer)};
    if (parser.isSet(json))
        request.output = Output::Json;
    else if (parser.isSet(criticMarkup))
        request.output = Output::CriticMarkup;
    else if (parser.isSet(color))
        request.output = Output::Color;
    return runDiff(request);
}

} // namespace Byline::Cli
