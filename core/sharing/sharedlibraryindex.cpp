#include "gitobjects.h"
#include "sharedlibrary.h"

// SharedLibrary's index after a commit: written at once, or left waiting for writeIndex(), on
// this handle or another one's (a sync writes it on a thread of its own while the commit goes out).
namespace Byline::Core {

std::optional<std::vector<SharedLibrary::IndexChange>> SharedLibrary::takeIndexChanges()
{
    if (!m_indexWaiting || m_indexChanges.empty())
        return std::nullopt;
    m_indexWaiting = false;
    return std::exchange(m_indexChanges, {});
}

void SharedLibrary::setIndexChanges(std::vector<IndexChange> changes)
{
    m_indexChanges = std::move(changes);
    m_indexWaiting = true;
}

void SharedLibrary::readIndex()
{
    git_index *raw = nullptr;
    if (git_repository_index(&raw, m_repository) == 0)
        git_index_read(raw, 0);
    git_index_free(raw);
}

bool SharedLibrary::writeIndex(QString *error)
{
    if (!std::exchange(m_indexWaiting, false))
        return true;
    const std::vector<IndexChange> changes = std::exchange(m_indexChanges, {});
    git_index *raw = nullptr;
    int failed = git_repository_index(&raw, m_repository);
    const Git::Index index(raw);
    // What commitPaths() committed goes into the index as read from disk now.
    if (!failed && !changes.empty())
        failed = git_index_read(raw, 0);
    for (const IndexChange &change : changes) {
        if (failed)
            break;
        if (!change.entry) {
            if (git_index_get_bypath(raw, change.path.constData(), 0))
                failed = git_index_remove_bypath(raw, change.path.constData());
            continue;
        }
        git_index_entry entry = *change.entry;
        entry.path = change.path.constData();
        failed = git_index_add(raw, &entry);
    }
    if (failed || git_index_write(raw) != 0) {
        if (error)
            *error = tr("Could not write the library's git index: %1").arg(Git::lastError());
        return false;
    }
    return true;
}

} // namespace Byline::Core
