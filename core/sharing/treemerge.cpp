#include "treemerge.h"

#include <article/articlemerge.h>
#include <article/textcodec.h>
#include <library/libraryscanner.h>

#include <QFileInfo>
#include <QSet>

#include <optional>
#include <vector>

#include <git2/sys/index.h>

namespace Byline::Core {

namespace {

struct Side
{
    std::optional<git_index_entry> entry;
    QString path;
};

struct Conflict
{
    Side ancestor;
    Side ours;
    Side theirs;
};

Side sideOf(const git_index_entry *entry)
{
    if (!entry)
        return {};
    Side side {*entry, Git::fromUtf8(entry->path)};
    side.entry->path = nullptr; // the index owns the text; `path` keeps a copy
    return side;
}

QByteArray blobBytes(git_repository *repository, const Side &side)
{
    git_blob *raw = nullptr;
    if (!side.entry || git_blob_lookup(&raw, repository, &side.entry->id) != 0)
        return {};
    const Git::Blob blob(raw);
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(raw)), qsizetype(git_blob_rawsize(raw)));
}

// Who last changed `path` among the commits of `from` that `hidden` lacks, and when: the
// newest commit whose tree holds a different version of it than its first parent's.
Attribution lastChange(git_repository *repository, git_commit *from, git_commit *hidden, const QString &path)
{
    const git_signature *fallback = git_commit_author(from);
    Attribution attribution {Git::fromUtf8(fallback->name),
                             QDateTime::fromSecsSinceEpoch(fallback->when.time, Qt::UTC)};
    git_revwalk *raw = nullptr;
    if (git_revwalk_new(&raw, repository) != 0)
        return attribution;
    const Git::Revwalk walk(raw);
    git_revwalk_sorting(raw, GIT_SORT_TIME);
    git_revwalk_push(raw, git_commit_id(from));
    git_revwalk_hide(raw, git_commit_id(hidden));
    const QByteArray utf8 = path.toUtf8();
    auto versionIn = [&](git_commit *commit) { return Git::blobIn(commit, utf8); };
    git_oid id;
    for (int walked = 0; walked < 10000 && git_revwalk_next(&id, raw) == 0; ++walked) {
        git_commit *rawCommit = nullptr;
        if (git_commit_lookup(&rawCommit, repository, &id) != 0)
            continue;
        const Git::Commit commit(rawCommit);
        git_commit *rawParent = nullptr;
        git_commit_parent(&rawParent, rawCommit, 0);
        const Git::Commit parent(rawParent);
        const std::optional<git_oid> now = versionIn(rawCommit);
        const std::optional<git_oid> before = versionIn(rawParent);
        if (now.has_value() == before.has_value() && (!now || git_oid_equal(&*now, &*before)))
            continue;
        const git_signature *author = git_commit_author(rawCommit);
        return {Git::fromUtf8(author->name), QDateTime::fromSecsSinceEpoch(author->when.time, Qt::UTC)};
    }
    return attribution;
}

bool addBlob(git_repository *repository, git_index *index, const QString &path, const QByteArray &bytes, quint32 mode)
{
    git_index_entry entry {};
    if (git_blob_create_from_buffer(&entry.id, repository, bytes.constData(), size_t(bytes.size())) != 0)
        return false;
    const QByteArray utf8 = path.toUtf8();
    entry.path = utf8.constData();
    entry.mode = mode ? mode : quint32(GIT_FILEMODE_BLOB);
    return git_index_add(index, &entry) == 0;
}

// "column (Ed Brooks).md" beside "column.md", for a second version that cannot be merged.
QString besidePath(const QString &path, const QString &who)
{
    const QFileInfo info(path);
    const QString folder = info.path() == QLatin1String(".") ? QString() : info.path() + QLatin1Char('/');
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    return folder + info.completeBaseName() + QStringLiteral(" (%1)").arg(who) + suffix;
}

struct Renames
{
    QHash<QString, QString> renamed; // old path → new path
    QSet<QString> changed; // paths whose content changed (old path)
    QStringList touched; // every new path
};

Renames changesOf(git_repository *repository, git_tree *base, git_tree *side)
{
    Renames renames;
    git_diff *raw = nullptr;
    if (git_diff_tree_to_tree(&raw, repository, base, side, nullptr) != 0)
        return renames;
    const Git::Diff diff(raw);
    git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
    find.flags = GIT_DIFF_FIND_RENAMES;
    git_diff_find_similar(raw, &find);
    for (size_t i = 0; i < git_diff_num_deltas(raw); ++i) {
        const git_diff_delta *delta = git_diff_get_delta(raw, i);
        const QString oldPath = Git::fromUtf8(delta->old_file.path);
        const QString newPath = Git::fromUtf8(delta->new_file.path);
        renames.touched.append(newPath);
        if (delta->status == GIT_DELTA_RENAMED)
            renames.renamed.insert(oldPath, newPath);
        if (delta->status != GIT_DELTA_RENAMED || delta->similarity < 100)
            renames.changed.insert(oldPath);
    }
    return renames;
}

// The index's conflicts, one per article: a rename's sides stand at different paths, which the
// index's NAME entries tie together (git's stages alone would make them two conflicts, a delete
// against an edit and an article nobody had).
std::vector<Conflict> conflictsOf(git_index *index)
{
    std::vector<Conflict> conflicts;
    QSet<QPair<QString, int>> taken;
    auto stage = [&](const char *path, int number) {
        const git_index_entry *entry = path ? git_index_get_bypath(index, path, number) : nullptr;
        if (entry)
            taken.insert({Git::fromUtf8(path), number});
        return sideOf(entry);
    };
    for (size_t i = 0; i < git_index_name_entrycount(index); ++i) {
        const git_index_name_entry *names = git_index_name_get_byindex(index, i);
        Conflict conflict {stage(names->ancestor, 1), stage(names->ours, 2), stage(names->theirs, 3)};
        if (conflict.ancestor.entry || conflict.ours.entry || conflict.theirs.entry)
            conflicts.push_back(conflict);
    }
    git_index_conflict_iterator *raw = nullptr;
    if (git_index_conflict_iterator_new(&raw, index) != 0)
        return conflicts;
    const Git::ConflictIterator iterator(raw);
    const git_index_entry *ancestor = nullptr;
    const git_index_entry *ours = nullptr;
    const git_index_entry *theirs = nullptr;
    auto unless = [&](const git_index_entry *entry, int number) {
        return entry && !taken.contains({Git::fromUtf8(entry->path), number}) ? entry : nullptr;
    };
    while (git_index_conflict_next(&ancestor, &ours, &theirs, raw) == 0) {
        const Conflict conflict {sideOf(unless(ancestor, 1)), sideOf(unless(ours, 2)), sideOf(unless(theirs, 3))};
        if (conflict.ancestor.entry || conflict.ours.entry || conflict.theirs.entry)
            conflicts.push_back(conflict);
    }
    return conflicts;
}

Git::Tree treeOf(git_commit *commit)
{
    git_tree *tree = nullptr;
    if (commit)
        git_commit_tree(&tree, commit);
    return Git::Tree(tree);
}

} // namespace

QStringList TreeMerge::authors(git_repository *repository, git_commit *ours, git_commit *theirs)
{
    QStringList names;
    git_revwalk *raw = nullptr;
    if (git_revwalk_new(&raw, repository) != 0)
        return names;
    const Git::Revwalk walk(raw);
    git_revwalk_sorting(raw, GIT_SORT_TIME);
    git_revwalk_push(raw, git_commit_id(theirs));
    git_revwalk_hide(raw, git_commit_id(ours));
    git_oid id;
    while (git_revwalk_next(&id, raw) == 0) {
        git_commit *rawCommit = nullptr;
        if (git_commit_lookup(&rawCommit, repository, &id) != 0)
            continue;
        const Git::Commit commit(rawCommit);
        const QString name = Git::fromUtf8(git_commit_author(rawCommit)->name);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

TreeMerge::Result TreeMerge::merge(git_repository *repository, git_commit *ours, git_commit *theirs)
{
    Result result;
    git_oid baseId;
    git_commit *rawBase = nullptr;
    if (git_merge_base(&baseId, repository, git_commit_id(ours), git_commit_id(theirs)) == 0)
        git_commit_lookup(&rawBase, repository, &baseId);
    const Git::Commit base(rawBase);

    git_merge_options options = GIT_MERGE_OPTIONS_INIT;
    options.flags = GIT_MERGE_FIND_RENAMES;
    git_index *rawIndex = nullptr;
    if (git_merge_commits(&rawIndex, repository, ours, theirs, &options) != 0) {
        result.error = tr("Could not merge the changes: %1").arg(Git::lastError());
        return result;
    }
    Git::Index index(rawIndex);

    const Git::Tree baseTree = treeOf(rawBase);
    const Renames ourChanges = changesOf(repository, baseTree.get(), treeOf(ours).get());
    const Renames theirChanges = changesOf(repository, baseTree.get(), treeOf(theirs).get());
    result.received = theirChanges.touched;
    result.authors = authors(repository, ours, theirs);
    const QString theirName = result.authors.value(0, tr("the other writer"));

    // A rename on one side met an edit on the other: git carried the edit over; say where it went.
    for (auto [renames, edits] : {std::pair {&ourChanges, &theirChanges}, std::pair {&theirChanges, &ourChanges}}) {
        for (auto it = renames->renamed.cbegin(); it != renames->renamed.cend(); ++it) {
            if (edits->changed.contains(it.key()) && !edits->renamed.contains(it.key()))
                result.notes.append(
                    tr("“%1” was renamed “%2” on one side and edited on the other: the edits are in “%2”.")
                        .arg(it.key(), it.value()));
        }
    }

    const std::vector<Conflict> conflicts = conflictsOf(rawIndex);
    for (const Conflict &conflict : conflicts) {
        for (const Side *side : {&conflict.ancestor, &conflict.ours, &conflict.theirs}) {
            if (side->entry)
                git_index_conflict_remove(rawIndex, side->path.toUtf8().constData());
        }
        const QString basePath = conflict.ancestor.path;
        if (conflict.ours.entry && !conflict.theirs.entry) {
            result.notes.append(tr("“%1” was deleted by %2 and edited here: the edited article is kept.")
                                    .arg(conflict.ours.path, theirName));
            addBlob(repository, rawIndex, conflict.ours.path, blobBytes(repository, conflict.ours),
                    conflict.ours.entry->mode);
            continue;
        }
        if (!conflict.ours.entry && conflict.theirs.entry) {
            result.notes.append(tr("“%1” was deleted here and edited by %2: their edited article is kept.")
                                    .arg(conflict.theirs.path, theirName));
            addBlob(repository, rawIndex, conflict.theirs.path, blobBytes(repository, conflict.theirs),
                    conflict.theirs.entry->mode);
            continue;
        }
        if (!conflict.ours.entry)
            continue;
        // Both have it. Where one side renamed it, the merged article takes the new name.
        const QString path = (conflict.ours.path == basePath && conflict.theirs.path != basePath && !basePath.isEmpty())
            ? conflict.theirs.path
            : conflict.ours.path;
        const QByteArray ourBytes = blobBytes(repository, conflict.ours);
        const QByteArray theirBytes = blobBytes(repository, conflict.theirs);
        const DecodedText ourText = TextCodec::decode(ourBytes);
        const DecodedText theirText = TextCodec::decode(theirBytes);
        const DecodedText baseText = TextCodec::decode(blobBytes(repository, conflict.ancestor));
        const bool text = LibraryScanner::isArticleFile(path) && !ourText.binary && !theirText.binary
            && !baseText.binary && !ourText.lossy && !theirText.lossy && !baseText.lossy;
        if (text) {
            const ArticleMerge::Side ourSide {ourText.text, lastChange(repository, ours, theirs, conflict.ours.path)};
            const ArticleMerge::Side theirSide {theirText.text,
                                                lastChange(repository, theirs, ours, conflict.theirs.path)};
            const ArticleMerge::Result merged = ArticleMerge::merge(baseText.text, ourSide, theirSide);
            if (merged.ok()) {
                if (!addBlob(repository, rawIndex, path, TextCodec::encode(merged.text, ourText.format),
                             conflict.ours.entry->mode)) {
                    result.error = tr("Could not store the merged “%1”: %2").arg(path, Git::lastError());
                    return result;
                }
                (merged.conflicts > 0 ? result.suggestions : result.merged).append(path);
                for (const QString &note : merged.notes)
                    result.notes.append(QStringLiteral("%1: %2").arg(path, note));
                continue;
            }
            result.notes.append(QStringLiteral("%1: %2").arg(path, merged.error));
        }
        // Not mergeable by words: ours stays, theirs beside it.
        const QString beside = besidePath(path, theirName);
        addBlob(repository, rawIndex, path, ourBytes, conflict.ours.entry->mode);
        addBlob(repository, rawIndex, beside, theirBytes, conflict.theirs.entry->mode);
        result.notes.append(tr("“%1” was changed on both sides and cannot be merged by words: yours stays, "
                               "theirs is “%2”.")
                                .arg(path, beside));
    }
    // Articles both changed in different places merged by lines already; they are merged too.
    for (const QString &path : theirChanges.touched) {
        if (ourChanges.touched.contains(path) && !result.merged.contains(path) && !result.suggestions.contains(path))
            result.merged.append(path);
    }
    if (git_index_has_conflicts(rawIndex)) {
        result.error = tr("Some changes could not be merged; nothing was changed.");
        return result;
    }
    result.index = std::move(index);
    return result;
}

} // namespace Byline::Core
