// In `byline` and `byline-print`, the sharing commands continue in `byline-share`, the command
// line linked with libgit2, so no other command pays for loading it.
#include "../desklauncher.h"
#include "commands.h"

namespace Byline::Cli {

int shareCommand(const QStringList &)
{
    return launchSharer();
}

int cloneCommand(const QStringList &)
{
    return launchSharer();
}

int syncCommand(const QStringList &)
{
    return launchSharer();
}

} // namespace Byline::Cli
