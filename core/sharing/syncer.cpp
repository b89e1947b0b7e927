#include "syncer.h"

#include "commitmessage.h"
#include "librarysync.h"
#include "remotesession.h"
#include "treechanges.h"
#include "treemerge.h"

#include <QDir>

#include <future>

namespace Byline::Core {

namespace {

// What `reference` points at; nothing when it does not exist (yet).
std::optional<git_oid> idAt(git_repository *repository, const char *reference)
{
    git_oid id;
    if (git_reference_name_to_id(&id, repository, reference) != 0)
        return std::nullopt;
    return id;
}

Git::Commit commitOf(git_repository *repository, const std::optional<git_oid> &id)
{
    git_commit *commit = nullptr;
    if (!id || git_commit_lookup(&commit, repository, &*id) != 0)
        return {};
    return Git::Commit(commit);
}

Git::Tree treeOf(git_commit *commit)
{
    git_tree *tree = nullptr;
    if (commit)
        git_commit_tree(&tree, commit);
    return Git::Tree(tree);
}

QByteArray headId(git_repository *repository)
{
    git_oid id;
    if (git_reference_name_to_id(&id, repository, "HEAD") != 0)
        return {};
    return QByteArray(git_oid_tostr_s(&id));
}

} // namespace

QString Syncer::branch() const
{
    git_reference *head = nullptr;
    if (git_reference_lookup(&head, m_repository, "HEAD") != 0)
        return QStringLiteral("main");
    const Git::Reference owned(head);
    const QString target = Git::fromUtf8(git_reference_symbolic_target(head));
    return target.startsWith(QLatin1String("refs/heads/")) ? target.mid(11) : QStringLiteral("main");
}

bool Syncer::fetch(git_remote *remote)
{
    RemoteSession session(Git::fromUtf8(git_remote_url(remote)), m_control, SyncProgress::Step::Fetching);
    session.setKnownLogin(m_login);
    git_fetch_options options = GIT_FETCH_OPTIONS_INIT;
    options.callbacks = session.callbacks();
    options.prune = GIT_FETCH_PRUNE;
    // A library's sync reads the branch only: no tags to ask for, no FETCH_HEAD to write.
    options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE;
    options.update_fetchhead = 0;
    m_control.report({SyncProgress::Step::Fetching, 0, 0});
    const int code = git_remote_fetch(remote, nullptr, &options, "byline: fetch");
    session.finish(code == 0);
    if (code == 0) {
        if (session.login())
            m_login = session.login();
        return true;
    }
    m_report.offline = session.unreachable(code);
    m_report.cancelled = session.cancelled();
    return fail(session.failure(code));
}

// Checks `target` out over the working folder (which holds `from`, committed) and moves the
// branch to it. Files changed since the commit are never overwritten: the checkout refuses.
bool Syncer::moveTo(git_commit *target, git_tree *from)
{
    const Git::Tree to = treeOf(target);
    git_checkout_options options = GIT_CHECKOUT_OPTIONS_INIT;
    options.checkout_strategy = GIT_CHECKOUT_SAFE;
    options.baseline = from;
    if (git_checkout_tree(m_repository, reinterpret_cast<git_object *>(to.get()), &options) != 0)
        return fail(LibrarySync::tr("An article changed while the sync was merging, so nothing was overwritten (%1). "
                                    "Sync again.")
                        .arg(Git::lastError()));
    const QString reference = QStringLiteral("refs/heads/") + branch();
    git_reference *moved = nullptr;
    if (git_reference_create(&moved, m_repository, reference.toUtf8().constData(), git_commit_id(target), 1,
                             "byline: sync")
        != 0)
        return fail(LibrarySync::tr("Could not move the library to the merged version: %1").arg(Git::lastError()));
    git_reference_free(moved);

    for (const QString &path : Git::changedPaths(m_repository, from, to.get())) {
        const QString absolute = m_library.absolutePath(path);
        if (!m_report.changedOnDisk.contains(absolute))
            m_report.changedOnDisk.append(absolute);
    }
    return true;
}

// Brings what the fetch found into the branch: nothing, a fast-forward, or a merge by words.
bool Syncer::integrate(const SharingIdentity &identity)
{
    const QString tracking = QStringLiteral("refs/remotes/origin/") + branch();
    const std::optional<git_oid> theirId = idAt(m_repository, tracking.toUtf8().constData());
    const std::optional<git_oid> ourId = idAt(m_repository, "HEAD");
    if (!theirId || (ourId && git_oid_equal(&*ourId, &*theirId)))
        return true; // the remote has nothing yet, or nothing new: no commit needs reading
    const Git::Commit theirs = commitOf(m_repository, theirId);
    if (!theirs)
        return true;
    if (!ourId) { // nothing here yet: take theirs
        if (!writeIndex() || !moveTo(theirs.get(), nullptr))
            return false;
        for (const QString &path : std::as_const(m_report.changedOnDisk))
            m_received.insert(QDir(m_library.root()).relativeFilePath(path));
        return true;
    }
    const Git::Commit ours = commitOf(m_repository, ourId);
    if (!ours)
        return fail(LibrarySync::tr("The library's last commit cannot be read: %1").arg(Git::lastError()));
    if (git_graph_descendant_of(m_repository, &*ourId, &*theirId) == 1)
        return true;
    // A checkout reads the index from disk: the commit's must be there first.
    if (!writeIndex())
        return false;
    const Git::Tree ourTree = treeOf(ours.get());
    m_control.report({SyncProgress::Step::Merging, 0, 0});
    for (const QString &name : TreeMerge::authors(m_repository, ours.get(), theirs.get())) {
        if (!m_report.from.contains(name))
            m_report.from.append(name);
    }
    if (git_graph_descendant_of(m_repository, &*theirId, &*ourId) == 1) { // fast-forward
        const size_t before = size_t(m_report.changedOnDisk.size());
        if (!moveTo(theirs.get(), ourTree.get()))
            return false;
        for (qsizetype i = qsizetype(before); i < m_report.changedOnDisk.size(); ++i)
            m_received.insert(QDir(m_library.root()).relativeFilePath(m_report.changedOnDisk.at(i)));
        return true;
    }

    TreeMerge::Result merged = TreeMerge::merge(m_repository, ours.get(), theirs.get());
    if (!merged.ok())
        return fail(merged.error);
    for (const QString &path : std::as_const(merged.received))
        m_received.insert(path);
    for (const QString &path : std::as_const(merged.merged)) {
        if (!m_report.merged.contains(path))
            m_report.merged.append(path);
    }
    for (const QString &path : std::as_const(merged.suggestions)) {
        if (!m_report.suggestions.contains(path))
            m_report.suggestions.append(path);
    }
    m_report.notes += merged.notes;

    git_oid treeId;
    git_tree *rawTree = nullptr;
    if (git_index_write_tree_to(&treeId, merged.index.get(), m_repository) != 0
        || git_tree_lookup(&rawTree, m_repository, &treeId) != 0)
        return fail(LibrarySync::tr("Could not write the merged library: %1").arg(Git::lastError()));
    const Git::Tree tree(rawTree);
    git_signature *rawSignature = nullptr;
    if (git_signature_now(&rawSignature, identity.name.toUtf8().constData(), identity.email.toUtf8().constData()) != 0)
        return fail(
            LibrarySync::tr("“%1 <%2>” cannot sign a commit: %3").arg(identity.name, identity.email, Git::lastError()));
    const Git::Signature signature(rawSignature);
    const git_commit *parents[] = {ours.get(), theirs.get()};
    const QString message = CommitMessage::merge(identity.name, merged.authors, int(merged.received.size()));
    git_oid mergeId;
    git_commit *rawMerge = nullptr;
    if (git_commit_create(&mergeId, m_repository, nullptr, rawSignature, rawSignature, "UTF-8",
                          message.toUtf8().constData(), rawTree, 2, parents)
            != 0
        || git_commit_lookup(&rawMerge, m_repository, &mergeId) != 0)
        return fail(LibrarySync::tr("Could not commit the merge: %1").arg(Git::lastError()));
    const Git::Commit mergeCommit(rawMerge);
    return moveTo(rawMerge, ourTree.get());
}

// Every article changed here since the remote's version: what a push of `ours` sends.
QStringList Syncer::unsent(git_commit *ours, git_commit *theirs) const
{
    git_oid base;
    Git::Commit baseCommit;
    if (theirs && git_merge_base(&base, m_repository, git_commit_id(ours), git_commit_id(theirs)) == 0) {
        git_commit *raw = nullptr;
        git_commit_lookup(&raw, m_repository, &base);
        baseCommit.reset(raw);
    }
    return Git::changedPaths(m_repository, treeOf(baseCommit.get()).get(), treeOf(ours).get());
}

namespace {

// The index of a commit of named files, on a thread of its own with a repository handle of its
// own: it reads the index while the commit is made, then puts the commit's files in, writes it
// and takes the stamps (they hold for HEAD and the files, whatever the remote says) while the
// commit goes out. Changes it could not write come back to the sync's own handle.
Syncer::Indexed indexAside(const QString &root, std::future<Syncer::IndexChanges> committed,
                           const WorktreeStamps::Check &checked)
{
    Syncer::Indexed indexed;
    QString error;
    const std::unique_ptr<SharedLibrary> library = SharedLibrary::open(root, &error);
    if (library)
        library->readIndex();
    Syncer::IndexChanges changes = committed.get();
    if (!changes)
        return indexed;
    if (!library) {
        indexed.unwritten = std::move(changes);
        return indexed;
    }
    library->setIndexChanges(std::move(*changes));
    if (!library->writeIndex(&indexed.error))
        return indexed;
    git_repository *repository = library->handle();
    git_index *raw = nullptr;
    if (git_repository_index(&raw, repository) == 0) {
        const Git::Index index(raw);
        WorktreeStamps(root, Git::fromUtf8(git_repository_path(repository)))
            .update(repository, raw, checked, headId(repository));
        indexed.stamped = true;
    }
    return indexed;
}

} // namespace

bool Syncer::run(const SharingIdentity &identity, std::future<WorktreeStamps::Check> stamps)
{
    const QString url = m_library.remoteUrl();
    if (url.isEmpty())
        return fail(LibrarySync::tr("This library has no remote to sync with. Share it first (File ▸ Share Library…, "
                                    "or byline share --library DIR --remote URL)."));
    git_remote *rawRemote = nullptr;
    if (git_remote_lookup(&rawRemote, m_repository, "origin") != 0)
        return fail(LibrarySync::tr("The library's remote cannot be read: %1").arg(Git::lastError()));
    const Git::Remote remote(rawRemote);

    // The first fetch runs while the stamps are checked; what changed here is committed whether
    // the remote answered or not (offline, the changes wait committed).
    const bool fetched = fetch(remote.get());
    const SyncReport failedFetch = m_report;
    m_report.error.clear();
    m_control.report({SyncProgress::Step::Committing, 0, 0});
    // Nothing changed since the library was last found clean: no commit to make, and no need to
    // ask libgit2 for a full status to know it.
    const QByteArray head = headId(m_repository);
    const WorktreeStamps::Check checked = stamps.get();
    const bool clean = checked.clean(head);
    // Only files changed that the stamps name: commit them, without a status of everything.
    const bool onlyChecked = !clean && checked.onlyFiles(head) && checked.changed.size() < 1000;
    if (!clean) {
        std::promise<IndexChanges> committed;
        if (onlyChecked)
            m_indexing = std::async(std::launch::async, indexAside, m_library.root(), committed.get_future(), checked);
        const SharedLibrary::Commit commit = onlyChecked
            ? m_library.commitPaths(identity, checked.changed, SharedLibrary::IndexWrite::Later)
            : m_library.commitAll(identity, SharedLibrary::IndexWrite::Later);
        if (onlyChecked)
            committed.set_value(m_library.takeIndexChanges());
        if (!commit.error.isEmpty())
            return fail(commit.error);
        m_report.commitMessage = commit.message;
    }
    if (!fetched) { // offline: the commit waits, and the stamps say it is the library's state
        if (writeIndex())
            keepStamps(clean);
        m_report.error = failedFetch.error;
        return false;
    }

    for (int round = 0; round < LibrarySync::maxRounds; ++round) {
        if (m_control.cancelled()) {
            m_report.cancelled = true;
            return fail(LibrarySync::tr("Cancelled. Nothing was lost: what was not sent goes out with the next sync."));
        }
        if ((round > 0 && !fetch(remote.get())) || !integrate(identity))
            return false;
        const std::optional<git_oid> ourId = idAt(m_repository, "HEAD");
        const std::optional<git_oid> theirId
            = idAt(m_repository, (QStringLiteral("refs/remotes/origin/") + branch()).toUtf8().constData());
        const bool ahead = ourId && (!theirId || !git_oid_equal(&*ourId, &*theirId));
        // Commits are read only when there is something to send.
        const Git::Commit ours = ahead ? commitOf(m_repository, ourId) : Git::Commit();
        const Git::Commit theirs = ahead ? commitOf(m_repository, theirId) : Git::Commit();
        const QStringList outgoing = ahead ? unsent(ours.get(), theirs.get()) : QStringList();
        if (!ahead && !writeIndex())
            return false;
        switch (ahead ? push(ours.get(), theirs.get()) : Push::Done) {
        case Push::Done:
            if (!writeIndex())
                return false;
            keepStamps(clean);
            for (const QString &path : outgoing) {
                if (!m_received.contains(path) || m_report.merged.contains(path) || m_report.suggestions.contains(path))
                    m_report.sent.append(path);
            }
            m_report.received = QStringList(m_received.cbegin(), m_received.cend());
            m_report.received.sort();
            return true;
        case Push::Rejected:
            continue; // the remote moved: fetch and merge what came, then push again
        case Push::Failed:
            return false;
        }
    }
    return fail(LibrarySync::tr("The remote kept changing while Byline sent its changes (%n attempts). "
                                "Everything is committed here; sync again in a moment.",
                                nullptr, LibrarySync::maxRounds));
}

// After a sync that found the library clean and changed nothing, the stamps still hold; after
// one that committed only the files they named, indexAside() stamped those again; else all are
// taken again (the index now matches HEAD and the files).
void Syncer::keepStamps(bool clean)
{
    if ((clean || m_stamped) && m_report.changedOnDisk.isEmpty())
        return;
    const WorktreeStamps stamps(m_library.root(), Git::fromUtf8(git_repository_path(m_repository)));
    git_index *raw = nullptr;
    if (git_repository_index(&raw, m_repository) != 0) {
        stamps.forget();
        return;
    }
    const Git::Index index(raw);
    git_index_read(raw, 0);
    stamps.record(m_repository, raw, headId(m_repository));
}

Syncer::~Syncer()
{
    const QString error = m_report.error;
    if (!writeIndex() && !error.isEmpty())
        m_report.error = error;
}

bool Syncer::writeIndex()
{
    if (m_indexing.valid()) {
        Indexed indexed = m_indexing.get();
        m_stamped = indexed.stamped;
        if (indexed.unwritten)
            m_library.setIndexChanges(std::move(*indexed.unwritten));
        if (!indexed.error.isEmpty())
            return fail(indexed.error);
    }
    QString error;
    return m_library.writeIndex(&error) || fail(error);
}

} // namespace Byline::Core
