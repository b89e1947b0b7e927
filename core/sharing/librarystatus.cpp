#include "librarystatus.h"

namespace Byline::Core::LibraryStatus {

Git::StatusList take(git_repository *repository, bool refresh)
{
    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    options.flags
        = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS | GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
    if (refresh)
        options.flags |= GIT_STATUS_OPT_UPDATE_INDEX;
    git_status_list *list = nullptr;
    if (git_status_list_new(&list, repository, &options) != 0)
        return {};
    return Git::StatusList(list);
}

} // namespace Byline::Core::LibraryStatus
