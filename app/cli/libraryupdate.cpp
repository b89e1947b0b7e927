// LibraryFolder's index half, apart from its folder half so that a program needing only the
// folder (byline-share) does not link the index and SQLite.
#include "console.h"
#include "libraryfolder.h"

#include <QCoreApplication>

#include <unistd.h>

namespace Byline::Cli::LibraryFolder {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Cli::Library)
};

// Above this many articles to read, a terminal is shown how far the reading is.
constexpr int progressFrom = 200;

} // namespace

bool openAndUpdate(Core::LibraryIndex &index, const QString &command, bool showProgress, Core::IndexReport *report,
                   const std::function<void()> &whileListing)
{
    QString error;
    if (!index.open(&error)) {
        Console::error(QStringLiteral("byline %1: %2").arg(command, error));
        return false;
    }
    const bool terminal = showProgress && isatty(STDERR_FILENO);
    *report = index.update(
        [terminal](int done, int total) {
            if (terminal && total > progressFrom) {
                Console::error(Text::tr("\rReading articles: %1 / %2").arg(done).arg(total) + QLatin1String("\x1b[K"));
            }
        },
        nullptr, whileListing);
    if (terminal && report->indexed + report->updated > progressFrom)
        Console::error(QStringLiteral("\r\x1b[K"));
    if (report->rebuilt)
        Console::error(Text::tr("byline %1: the search index was built anew: %2").arg(command, report->notice));
    return true;
}

} // namespace Byline::Cli::LibraryFolder
