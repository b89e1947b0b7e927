#include "cli.h"
#include "commandline.h"
#include "commands.h"
#include "console.h"

#include <article/articlefile.h>

#include <QCoreApplication>
#include <QFileInfo>

#include <history/articlehistory.h>
#include <history/revisionstore.h>

namespace Byline::Cli {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Cli::Restore)
};

using Core::Revision;
using Core::RevisionStore;

struct RestoreRequest
{
    QString file;
    QString revision; // as `byline history` lists it, a name, or -1, -2 …
    QString author;
};

// "revision 42 of 2026-11-20 13:04 by Maya Okafor, “Filed”"
QString described(const Revision &revision)
{
    QString text = Text::tr("revision %1 of %2")
                       .arg(revision.id, revision.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!revision.author.isEmpty())
        text += Text::tr(" by %1").arg(revision.author);
    if (revision.isNamed())
        text += QStringLiteral(", \u201c%1\u201d").arg(revision.name);
    return text;
}

int runRestore(const RestoreRequest &request)
{
    RevisionStore store;
    const Core::ArticleHistory history({&store});
    const auto trouble = [&](const QString &message) {
        Console::error(QStringLiteral("byline restore: ") + message);
        return UsageError;
    };
    const auto notRestored = [&](const QString &why) {
        Console::error(Text::tr("byline restore: %1: not restored: %2").arg(request.file, why));
        return FileFailed;
    };
    const bool exists = QFileInfo::exists(request.file);
    const bool hasRevisions = !history.revisions(request.file).isEmpty();
    if (!store.errorString().isEmpty())
        return trouble(store.errorString());
    if (!exists && !hasRevisions)
        return trouble(Text::tr("%1 does not exist").arg(request.file));
    QString error;
    const std::optional<Revision> revision = history.find(request.file, request.revision, &error);
    const std::optional<QString> text = revision ? history.text(request.file, *revision, &error) : std::nullopt;
    if (const QString notice = store.takeNotice(); !notice.isEmpty())
        Console::error(QStringLiteral("byline restore: ") + notice);
    if (!text)
        return trouble(error);

    // A deleted article comes back; one that is there keeps its text as a revision first.
    Core::LoadedArticle loaded;
    if (exists) {
        loaded = Core::ArticleFile::load(request.file);
        Console::diagnostics(request.file, loaded.fileDiagnostics);
        if (!loaded.ok)
            return trouble(Text::tr("%1 could not be read; nothing changed").arg(request.file));
        if (loaded.readOnly)
            return notRestored(Text::tr("Byline cannot read all of its text to keep it as a revision; copy the "
                                        "file aside first"));
        if (loaded.text == *text) {
            Console::out(
                Text::tr("%1 already has the text of %2; nothing changed\n").arg(request.file, described(*revision)));
            return Success;
        }
    }
    QString replaced;
    if (exists) {
        const RevisionStore::KeepResult kept
            = store.keep({request.file, loaded.text, Revision::Reason::Restore, request.author, {}, {}, -1});
        if (kept.status == RevisionStore::KeepResult::Status::Failed)
            return notRestored(Text::tr("its text could not be kept as a revision first (%1: %2); %3 and try again")
                                   .arg(store.databasePath(), kept.reason, RevisionStore::whatToDo(kept.failure)));
        replaced = kept.revisionId;
    }
    const Core::SaveResult saved = Core::ArticleFile::save(request.file, *text, loaded.encoding);
    if (!saved.ok)
        return notRestored(saved.error);
    if (replaced.isEmpty())
        Console::out(Text::tr("%1: restored %2\n").arg(request.file, described(*revision)));
    else
        Console::out(Text::tr("%1: restored %2; the text it replaced is revision %3\n")
                         .arg(request.file, described(*revision), replaced));
    return Success;
}

} // namespace

int restoreCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption revision({QStringLiteral("r"), QStringLiteral("revision")},
                                      Text::tr("The revision to bring back: its id as 'byline history' lists it, "
                                               "its name, or -1 for the newest, -2 for the one before, and so on."),
                                      QStringLiteral("REVISION"));
    const QCommandLineOption author(QStringLiteral("author"),
                                    Text::tr("Who the revision of the replaced text is by. Default: Your name in "
                                             "the window's Preferences, else the account's name."),
                                    QStringLiteral("NAME"));
    parser.addOptions({revision, author});
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("A Markdown article."), QStringLiteral("FILE"));
    if (const auto stop = parseOrExplain(
            parser, arguments,
            Text::tr("Brings back an earlier revision of an article, written safely over the file. The text it "
                     "replaces is kept as a revision first, so a restore can itself be undone; a deleted article "
                     "comes back.\n"
                     "Exit codes: 0 done, 1 the article (or the revision of its text) could not be written and "
                     "nothing changed, 2 wrong usage, no such file or revision, or the revisions could not be "
                     "read."),
            QStringLiteral("FILE")))
        return *stop;
    const auto refuse = [](const QString &message) {
        Console::error(message);
        return UsageError;
    };
    if (parser.positionalArguments().size() != 1)
        return refuse(Text::tr("byline restore: give one FILE\nTry 'byline restore --help'."));
    if (parser.value(revision).trimmed().isEmpty())
        return refuse(Text::tr("byline restore: say which revision with --revision REVISION ('byline history "
                               "FILE' lists them)"));
    return runRestore({parser.positionalArguments().constFirst(), parser.value(revision),
                       parser.isSet(author) ? parser.value(author).trimmed() : RevisionStore::defaultAuthor()});
}

} // namespace Byline::Cli
