#include "treechanges.h"

#include <cstring>

namespace Byline::Core::Git {

namespace {

bool isTree(const git_tree_entry *entry)
{
    return entry && git_tree_entry_type(entry) == GIT_OBJECT_TREE;
}

void collect(git_repository *repository, const git_tree *from, const git_tree *to, const QString &prefix,
             QStringList &paths);

// Every file below one entry that only one side has, or a file that changed.
void differ(git_repository *repository, const git_tree_entry *a, const git_tree_entry *b, const QString &prefix,
            QStringList &paths)
{
    const git_tree_entry *named = a ? a : b;
    const QString path = prefix + fromUtf8(git_tree_entry_name(named));
    if (isTree(a) || isTree(b)) {
        git_tree *left = nullptr;
        git_tree *right = nullptr;
        if (isTree(a))
            git_tree_lookup(&left, repository, git_tree_entry_id(a));
        if (isTree(b))
            git_tree_lookup(&right, repository, git_tree_entry_id(b));
        const Tree ownedLeft(left);
        const Tree ownedRight(right);
        collect(repository, left, right, path + QLatin1Char('/'), paths);
        // A file on one side where the other has a folder of that name.
        if ((a && !isTree(a)) || (b && !isTree(b)))
            paths.append(path);
        return;
    }
    paths.append(path);
}

void collect(git_repository *repository, const git_tree *from, const git_tree *to, const QString &prefix,
             QStringList &paths)
{
    const size_t fromCount = from ? git_tree_entrycount(from) : 0;
    const size_t toCount = to ? git_tree_entrycount(to) : 0;
    size_t i = 0;
    size_t j = 0;
    // Both lists are sorted by name (git's order); a merge walk pairs them up.
    while (i < fromCount || j < toCount) {
        const git_tree_entry *a = i < fromCount ? git_tree_entry_byindex(from, i) : nullptr;
        const git_tree_entry *b = j < toCount ? git_tree_entry_byindex(to, j) : nullptr;
        int order = 0;
        if (!a)
            order = 1;
        else if (!b)
            order = -1;
        else
            order = std::strcmp(git_tree_entry_name(a), git_tree_entry_name(b));
        if (order < 0) {
            differ(repository, a, nullptr, prefix, paths);
            ++i;
        } else if (order > 0) {
            differ(repository, nullptr, b, prefix, paths);
            ++j;
        } else {
            if (!git_oid_equal(git_tree_entry_id(a), git_tree_entry_id(b))
                || git_tree_entry_filemode(a) != git_tree_entry_filemode(b))
                differ(repository, a, b, prefix, paths);
            ++i;
            ++j;
        }
    }
}

} // namespace

QStringList changedPaths(git_repository *repository, const git_tree *from, const git_tree *to)
{
    QStringList paths;
    if (from && to && git_oid_equal(git_tree_id(from), git_tree_id(to)))
        return paths;
    collect(repository, from, to, QString(), paths);
    return paths;
}

} // namespace Byline::Core::Git
