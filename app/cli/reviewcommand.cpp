#include "cli.h"
#include "commandline.h"
#include "commands.h"
#include "console.h"

#include <article/articlefile.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

#include <review/reviewedits.h>

namespace Byline::Cli {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Cli::Review)
};

using Core::CriticMarkup;
using Core::Review;
using Core::ReviewEdits;

struct ReviewRequest
{
    QStringList files;
    bool json = false;
    std::optional<ReviewEdits::Decision> decision;
    bool removeComments = false;
    QString reviewer;
    QString output; // a file, "-" for standard output, or empty: in place
};

QString kindName(CriticMarkup::Kind kind)
{
    switch (kind) {
    case CriticMarkup::Kind::Addition:
        return QStringLiteral("addition");
    case CriticMarkup::Kind::Deletion:
        return QStringLiteral("deletion");
    case CriticMarkup::Kind::Substitution:
        return QStringLiteral("substitution");
    case CriticMarkup::Kind::Highlight:
        return QStringLiteral("highlight");
    case CriticMarkup::Kind::Comment:
        break;
    }
    return QStringLiteral("comment");
}

struct Listed
{
    CriticMarkup::Kind kind;
    int line;
    int column;
    Core::Attribution by;
    QString text;
    QString newText; // substitutions
    qsizetype thread; // the item it belongs to
    bool reply = false;
    bool resolved = false;
    Review::Verb verb = Review::Verb::None;
};

// Every mark a reader would name: changes, highlights, and each comment of a thread (a bare
// attribution is part of its change, not a mark of its own).
QList<Listed> listed(QStringView text, const Review &review)
{
    QList<Listed> marks;
    for (qsizetype i = 0; i < review.items().size(); ++i) {
        const Review::Item &item = review.items().at(i);
        const CriticMarkup::Mark &mark = item.mark;
        if (mark.kind != CriticMarkup::Kind::Comment) {
            Listed entry {mark.kind, item.line, item.column, item.by, {}, {}, i, false, item.resolved};
            if (mark.kind == CriticMarkup::Kind::Substitution) {
                entry.text = mark.oldText.of(text).toString();
                entry.newText = mark.newText.of(text).toString();
            } else {
                entry.text = mark.content.of(text).toString();
            }
            marks.append(entry);
        }
        bool first = true;
        for (const Review::Comment &comment : item.comments) {
            marks.append({CriticMarkup::Kind::Comment,
                          comment.line,
                          comment.column,
                          comment.by,
                          comment.text,
                          {},
                          i,
                          !first,
                          item.resolved,
                          comment.verb});
            first = false;
        }
    }
    return marks;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject toJson(const QString &path, QStringView text, const Review &review)
{
    QJsonArray marks;
    for (const Listed &mark : listed(text, review)) {
        QJsonObject object {
            {QLatin1String("kind"), kindName(mark.kind)},
            {QLatin1String("line"), mark.line},
            {QLatin1String("column"), mark.column},
            {QLatin1String("reviewer"), orNull(mark.by.reviewer)},
            {QLatin1String("time"), orNull(isoTime(mark.by.time))},
            {QLatin1String("text"), mark.text},
            {QLatin1String("thread"), mark.thread},
        };
        if (mark.kind == CriticMarkup::Kind::Substitution)
            object[QLatin1String("new")] = mark.newText;
        if (mark.kind == CriticMarkup::Kind::Comment) {
            object[QLatin1String("reply")] = mark.reply;
            object[QLatin1String("resolved")] = mark.resolved;
            if (mark.verb != Review::Verb::None)
                object[QLatin1String("verb")]
                    = mark.verb == Review::Verb::Resolved ? QStringLiteral("resolved") : QStringLiteral("reopened");
        }
        marks.append(object);
    }
    QJsonArray problems;
    for (const CriticMarkup::Problem &problem : review.problems())
        problems.append(
            QJsonObject {{QLatin1String("line"), problem.line}, {QLatin1String("message"), problem.message}});
    return {
        {QLatin1String("path"), path},
        {QLatin1String("suggestions"), review.changeCount()},
        {QLatin1String("open_threads"), review.openThreadCount()},
        {QLatin1String("reviewers"), QJsonArray::fromStringList(review.reviewers())},
        {QLatin1String("marks"), marks},
        {QLatin1String("problems"), problems},
    };
}

QString toText(const QString &path, QStringView text, const Review &review)
{
    QString out;
    for (const Listed &mark : listed(text, review)) {
        QString who = mark.by.isEmpty() ? Text::tr("unsigned") : mark.by.reviewer;
        if (mark.by.time.isValid())
            who += QLatin1Char(' ') + isoTime(mark.by.time);
        QString said = QStringLiteral("\"%1\"").arg(mark.text.simplified());
        if (mark.kind == CriticMarkup::Kind::Substitution)
            said += QStringLiteral(" -> \"%1\"").arg(mark.newText.simplified());
        QString kind = kindName(mark.kind);
        if (mark.verb == Review::Verb::Resolved)
            kind = Text::tr("resolved");
        else if (mark.verb == Review::Verb::Reopened)
            kind = Text::tr("reopened");
        else if (mark.reply)
            kind = Text::tr("reply");
        out += QStringLiteral("%1:%2:%3: %4 (%5)%6\n")
                   .arg(path)
                   .arg(mark.line)
                   .arg(mark.column)
                   .arg(kind, who, mark.text.isEmpty() && mark.newText.isEmpty() ? QString() : QLatin1Char(' ') + said);
    }
    out += Text::tr("%1: %n suggestions", nullptr, int(review.changeCount())).arg(path) + QStringLiteral(" · ")
        + Text::tr("%n open comment threads", nullptr, int(review.openThreadCount())) + QLatin1Char('\n');
    return out;
}

// The text with the request's decisions made, and how many changes and threads they took.
QString decided(const QString &text, const ReviewRequest &request, qsizetype *changes, qsizetype *threads)
{
    QString result = text;
    if (request.decision) {
        const Review review = Review::read(result);
        const Core::TextEdits edits = ReviewEdits::decideAll(result, review, *request.decision, request.reviewer);
        *changes = std::count_if(review.items().cbegin(), review.items().cend(), [&](const Review::Item &item) {
            return item.isChange() && (request.reviewer.isEmpty() || item.isBy(request.reviewer));
        });
        result = ReviewEdits::apply(result, edits);
    }
    if (request.removeComments) {
        const Review review = Review::read(result);
        const Core::TextEdits edits = ReviewEdits::removeComments(result, review, request.reviewer);
        *threads = edits.size();
        result = ReviewEdits::apply(result, edits);
    }
    return result;
}

int runReview(const ReviewRequest &request)
{
    const bool changing = request.decision || request.removeComments;
    QJsonArray array;
    int exitCode = Success;
    for (const QString &path : request.files) {
        const Core::LoadedArticle loaded = Core::ArticleFile::load(path);
        Console::diagnostics(path, loaded.fileDiagnostics);
        if (!loaded.ok) {
            exitCode = FileFailed;
            continue;
        }
        const Review review = Review::read(loaded.text);
        for (const CriticMarkup::Problem &problem : review.problems())
            Console::error(Text::tr("%1:%2: warning: %3").arg(path).arg(problem.line).arg(problem.message));
        if (!changing) {
            if (request.json)
                array.append(toJson(path, loaded.text, review));
            else
                Console::out(toText(path, loaded.text, review));
            continue;
        }
        qsizetype changes = 0;
        qsizetype threads = 0;
        const QString text = decided(loaded.text, request, &changes, &threads);
        const QString verb = !request.decision                   ? Text::tr("removed")
            : *request.decision == ReviewEdits::Decision::Accept ? Text::tr("accepted")
                                                                 : Text::tr("rejected");
        QString target = request.output.isEmpty() ? path : request.output;
        if (target == u"-") {
            Console::out(text);
        } else if (text != loaded.text || target != path) {
            if (target == path && loaded.readOnly) {
                Console::error(Text::tr("%1: not changed: Byline cannot write this file back without losing what it "
                                        "could not read; write the result elsewhere with --output FILE")
                                   .arg(path));
                exitCode = FileFailed;
                continue;
            }
            const Core::SaveResult saved = Core::ArticleFile::save(target, text, loaded.encoding);
            if (!saved.ok) {
                Console::error(Text::tr("%1: not changed: %2").arg(target, saved.error));
                exitCode = FileFailed;
                continue;
            }
        }
        if (request.json) {
            array.append(QJsonObject {{QLatin1String("path"), path},
                                      {QLatin1String("written"), target == u"-" ? QJsonValue() : QJsonValue(target)},
                                      {QLatin1String("changes"), changes},
                                      {QLatin1String("threads_removed"), threads}});
        } else if (target != u"-") {
            QStringList done;
            if (request.decision)
                done.append(Text::tr("%1 %n changes", nullptr, int(changes)).arg(verb));
            if (request.removeComments)
                done.append(Text::tr("removed %n comment threads", nullptr, int(threads)));
            Console::error(Text::tr("%1: %2").arg(target, done.join(QStringLiteral(", "))));
        }
    }
    if (request.json)
        Console::outBytes(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return exitCode;
}

} // namespace

int reviewCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption list(QStringLiteral("list"),
                                  Text::tr("List every suggestion and comment with its line, column, reviewer and "
                                           "time (what the command does without --accept-all, --reject-all or "
                                           "--remove-comments)."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Text::tr("Print a JSON array with one object per file: path, suggestions, "
                                           "open_threads, reviewers and marks [{kind, line, column, reviewer, time, "
                                           "text, new, thread, reply, resolved}]."));
    const QCommandLineOption acceptAll(QStringLiteral("accept-all"), Text::tr("Accept every suggested change."));
    const QCommandLineOption rejectAll(QStringLiteral("reject-all"), Text::tr("Reject every suggested change."));
    const QCommandLineOption removeComments(QStringLiteral("remove-comments"),
                                            Text::tr("Remove comment threads; highlights become plain text and "
                                                     "changes keep who made them."));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"),
                                      Text::tr("Only this reviewer's changes (or threads), by name, regardless of "
                                               "case."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Text::tr("Write the result to FILE (one input only), or - for standard output, "
                                             "instead of over the article."),
                                    QStringLiteral("FILE"));
    parser.addOptions({list, json, acceptAll, rejectAll, removeComments, reviewer, output});
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("Markdown articles."), QStringLiteral("FILE..."));
    if (const auto stop = parseOrExplain(
            parser, arguments,
            Text::tr("Lists the suggestions and comments (CriticMarkup) in articles, with reviewers and times, or "
                     "accepts or rejects them; changes are written safely over the article, or to --output.\n"
                     "Exit codes: 0 done, 1 a file could not be read or written (the others were still done), "
                     "2 wrong usage.")))
        return *stop;
    ReviewRequest request {parser.positionalArguments(), parser.isSet(json),     std::nullopt,
                           parser.isSet(removeComments), parser.value(reviewer), parser.value(output)};
    const auto refuse = [](const QString &message) {
        Console::error(message);
        return UsageError;
    };
    if (parser.isSet(acceptAll) && parser.isSet(rejectAll))
        return refuse(Text::tr("byline review: choose --accept-all or --reject-all, not both"));
    if (parser.isSet(acceptAll))
        request.decision = ReviewEdits::Decision::Accept;
    else if (parser.isSet(rejectAll))
        request.decision = ReviewEdits::Decision::Reject;
    const bool changing = request.decision || request.removeComments;
    if (parser.isSet(list) && changing)
        return refuse(Text::tr("byline review: --list only lists; leave it out to accept, reject or remove"));
    if (!request.output.isEmpty() && !changing)
        return refuse(Text::tr("byline review: --output is for the result of --accept-all, --reject-all or "
                               "--remove-comments"));
    if (!request.output.isEmpty() && request.files.size() != 1)
        return refuse(Text::tr("byline review: --output takes the result of one article; give one FILE"));
    if (parser.isSet(reviewer) && request.reviewer.trimmed().isEmpty())
        return refuse(Text::tr("byline review: --reviewer needs a name"));
    return runReview(request);
}

} // namespace Byline::Cli
