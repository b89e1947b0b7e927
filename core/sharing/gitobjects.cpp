#include "gitobjects.h"

#include <mutex>

namespace Byline::Core::Git {

void initialize()
{
    static std::once_flag once;
    std::call_once(once, [] { git_libgit2_init(); });
}

QString lastError(const QString &fallback)
{
    const git_error *error = git_error_last();
    if (!error || !error->message || !*error->message)
        return fallback;
    return QString::fromUtf8(error->message);
}

int lastErrorClass()
{
    const git_error *error = git_error_last();
    return error ? error->klass : GIT_ERROR_NONE;
}

} // namespace Byline::Core::Git
